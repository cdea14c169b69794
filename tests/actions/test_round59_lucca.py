"""Round 59 (r59-n2, r59-q2), IMT Lucca PhD students on 10 January 2016.

- "ciao, sono un dottorando IMT, vorrei fare un tirocinio erasmus a londra, il regno unito va bene?" with no
  call picked got ITM's 2024-2026 rules: "Questo paese (Regno Unito) rientra tra i paesi terzi non associati
  al programma", "non è più associato al programma dal 2021", and a button "ITM Anversa 2024-2026" for a call
  not yet published. A call whose period begins after today (rules_core.call_status `period_from`) is no
  current call while another one is: the Lucca call answers, the UK a Programme Country (group 1).
- "nessuno, mai fatto Erasmus. Una domanda: sono argentina, posso partecipare?" began "Questo paese
  (Argentina) non è tra le destinazioni del bando": "argentina" said of oneself is the nationality (noted),
  and "can I take part?" after it gets "Yes: the call asks for no particular nationality", who may apply.
- "Hola, soy doctoranda en el IMT Lucca, ..." then Italian replies said "Come dottorando": Spanish feminine
  role words set the grammatical gender."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.actions.conversation import play

TODAY = "2016-01-10"
UK_FIRST = {
    "it": ("ciao, sono un dottorando IMT, vorrei fare un tirocinio erasmus a londra, il regno unito va bene?",
           "Paesi del Programma", ("non associati", "2021")),
    "en": ("hi, I'm an IMT PhD student, I'd like to do an Erasmus traineeship in London, is the UK ok?",
           "Programme Countries", ("not associated", "2021")),
    "fr": ("salut, je suis doctorant à l'IMT, je voudrais faire un stage Erasmus à Londres, le Royaume-Uni "
           "ça va ?", "pays du programme", ("non associés", "2021")),
    "nl": ("hoi, ik ben doctorandus aan IMT, ik wil een Erasmus-stage in Londen doen, is het Verenigd "
           "Koninkrijk ok?", "programmalanden", ("niet-geassocieerde", "2021")),
}


@pytest.mark.parametrize("lang", sorted(UK_FIRST))
async def test_a_destination_asked_before_any_call_is_answered_for_the_call_of_the_day(monkeypatch, lang):
    text, programme, never = UK_FIRST[lang]
    got = await play(monkeypatch, {"language": lang}, [(text, "check_eligibility")], TODAY,
                     user_event="parsed")
    reply = got.replies[0]
    assert programme in reply, reply
    for words in never:
        assert words not in reply, reply
    assert "ITM" not in reply, reply  # no button for ITM's 2024-2026 call in January 2016
    assert got.slots.get("call") == "imt-lucca-2015"


def test_a_call_not_yet_published_is_no_current_call(monkeypatch):
    from actions.calls import current_calls

    monkeypatch.setenv("MOBILITY_TODAY", TODAY)
    assert current_calls() == ["imt-lucca-2015"]
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # both published then: both proposed
    assert set(current_calls()) == {"itm-2024", "imt-lucca-2015"}


def test_period_from_is_the_first_year_of_the_call():
    import rules_core

    assert rules_core.call_status("itm-2024", dt.date(2016, 1, 10))["period_from"] == "2024-01-01"
    assert rules_core.call_status("imt-lucca-2015", dt.date(2016, 1, 10))["period_from"] == "2015-01-01"


LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "FR",
         "destination_city": "Paris", "receiving_org": "hei", "start_date": "2016-03-01",
         "end_date": "2016-07-31", "goal": "eligibility", "asked": "prior_erasmus_months"}
NATIONALITY = {
    "it": ("nessuno, mai fatto Erasmus. Una domanda: sono argentina, posso partecipare?",
           "Sì: il bando non chiede una cittadinanza particolare", "non è tra le destinazioni"),
    "en": ("I'm Argentinian, can I take part?", "Yes: the call asks for no particular nationality",
           "not one of the call's destinations"),
    "fr": ("je suis argentine, je peux participer ?", "Oui : l'appel n'exige aucune nationalité",
           "destinations de l'appel"),
    "nl": ("ik ben Argentijnse, mag ik meedoen?", "Ja: de oproep vraagt geen bepaalde nationaliteit",
           "bestemmingen van de oproep"),
}


@pytest.mark.parametrize("lang", sorted(NATIONALITY))
async def test_my_nationality_and_can_i_take_part_is_no_destination(monkeypatch, lang):
    text, yes, wrong = NATIONALITY[lang]
    got = await play(monkeypatch, {**LUCCA, "language": lang}, [(text, "inform")], TODAY,
                     user_event="parsed")
    reply = got.replies[0]
    assert reply.startswith(yes), reply
    assert "PhD" in reply or "dottorandi" in reply or "doctorants" in reply or "doctoraatsstudenten" in reply
    assert wrong not in reply, reply
    assert got.slots.get("citizenship") == ["AR"]
    assert got.slots.get("destination") == "FR"


async def test_spanish_feminine_role_word_sets_the_gender(monkeypatch):
    got = await play(monkeypatch, {}, [
        ("Hola, soy doctoranda en el IMT Lucca, ¿puedo hacer un Erasmus en París?", "check_eligibility"),
        ("Ah, va bene, allora continuo in italiano. Vorrei fare un periodo di studio alla Sorbonne "
         "University, dal 1 marzo al 31 luglio 2016.", "inform")], TODAY, user_event="parsed")
    assert got.slots.get("gender") == "f"
    assert "Come dottoranda," in got.replies[1], got.replies[1]
    assert "dottorando," not in got.replies[1]


@pytest.mark.parametrize("text", ["soy investigadora en el IMT", "soy doctorando en el IMT"])
def test_spanish_role_words_read_for_gender(text):
    from actions.phrases import has

    assert has("feminine_words", text) == text.startswith("soy investigadora")
    assert has("masculine_words", text) == text.startswith("soy doctorando")
