"""Round 37 (simulated users r37-a, an ITM PhD student's short doctoral mobility at a Berlin university
hospital, and r37-c, an IMT Lucca PhD student in Paris): questions the assistant did not answer.

1. "è la charité, l'ospedale universitario... quindi università credo?" got every role's host rules. Now: the
   call does not say whether a university hospital counts as a university; for the person's own kind of
   mobility what it changes (the rules core's host checks, with the source); who confirms.
2. "non c'è un altro tipo di mobilità per 40 giorni?" got "I can't find". Now: yes or no from the duration
   rules of every kind of mobility open to the person, with each kind's limits.
3. "quindi i soldi restano quei 948 più o meno? e il viaggio me lo pagano o no": a last question without its
   mark ("o no", "or not") is a question too: both answered.
4. "se mando tutto a febbraio, quando saprò se me la danno la borsa?" (the date to apply by, then the
   deadline topic again), "dopo quanto tempo mi rispondono?" ("I can't find"): February is in time, and the
   call does not say when the results come, whom to ask, who selects (actions/uncovered.py).
5. "le Board c'est qui ? c'est le conseil scientifique ?", "je dois leur écrire moi-même ou ça passe par mon
   directeur ?": what the call says about the Scientific Board and what it does not, whom to ask; asked again
   one line, never the contact summary.
6. "y a un formulaire en ligne ou j'envoie un mail ?" is no question about a virtual component; "de février à
   fin mai alors ? ça passe ?" (dates that change the plan) gets the verdict first, not one date's check.
Played through action_respond on tracker fixtures in four languages, with nearby cases that keep their
answers."""
from __future__ import annotations

from typing import Any

import pytest

from actions.asides import named_facts
from actions.i18n import label, t
from actions.profile import core
from tests.actions.conversation import play

ITM_OPEN, LUCCA_OPEN = "2025-10-01", "2016-01-10"
LANGS = ("en", "fr", "nl", "it")
BERLIN = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility", "activity": "short_term_doctoral",
          "destination": "DE", "destination_city": "Berlin", "citizenship": ["IT"],
          "start_date": "2026-06-08", "end_date": "2026-06-19", "receiving_org": "hei",
          "itm_staff_member": False}
PARIS = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
         "destination": "FR", "destination_city": "Paris", "receiving_org": "hei", "citizenship": ["FR"],
         "start_date": "2016-02-01", "end_date": "2016-05-31", "prior_erasmus_months": 8.0}
CANT_FIND = {lang: t(lang, "faq_did_you_mean_in_flow")[:25] for lang in LANGS}


async def converse(monkeypatch: pytest.MonkeyPatch, today: str, slots: dict[str, Any],
                   messages: list[tuple[str, str]]) -> tuple[list[str], dict[str, Any]]:
    """Each message in turn (the slots so far, the earlier turns as events): the replies, the last slots."""
    said = await play(monkeypatch, slots, messages, today)
    return said.replies, said.last


def opening(lang: str, key: str, **params: str) -> str:
    """A reply's fixed opening: the locale text up to its first placeholder."""
    return t(lang, key, **{k: "\0" for k in params}).split("\0")[0]


def topic(call_id: str, key: str, lang: str) -> str:
    return core().get_call(call_id).topics[key].answer(lang)


# 1. A university hospital as the host.
HOSPITAL = [
    ("en", "it's the Charité, the university hospital... so a university I guess?"),
    ("fr", "c'est la Charité, l'hôpital universitaire... donc une université je pense ?"),
    ("nl", "het is de Charité, het universitair ziekenhuis... dus een universiteit denk ik?"),
    ("it", "è la charité, l'ospedale universitario... quindi università credo?"),
]


@pytest.mark.parametrize(("lang", "text"), HOSPITAL)
@pytest.mark.parametrize("intent", ["inform", "faq_receiving_org"])
async def test_a_university_hospital_is_answered_for_the_persons_mobility(monkeypatch, lang, text, intent):
    slots = {**{k: v for k, v in BERLIN.items() if k != "receiving_org"}, "language": lang,
             "asked": "receiving_org"}
    [reply], _ = await converse(monkeypatch, ITM_OPEN, slots, [(text, intent)])
    assert t(lang, "hospital_not_said") in reply, reply
    assert opening(lang, "hospital_either", activity="")[:12] in reply, reply
    assert "ECHE" in reply and "erasmusplusmobility@itg.be" in reply, reply
    # Not every role's host rules (the staff's and the traineeship's lists).
    assert topic("itm-2024", "receiving_org_types", lang)[:40] not in reply, reply
    assert CANT_FIND[lang] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), HOSPITAL)
async def test_for_a_study_period_the_hospital_must_be_a_university(monkeypatch, lang, text):
    slots = {**BERLIN, "activity": "study", "start_date": "2026-02-02", "end_date": "2026-05-29",
             "language": lang}
    [reply], _ = await converse(monkeypatch, ITM_OPEN, slots, [(text, "faq_receiving_org")])
    assert t(lang, "hospital_not_said") in reply, reply
    assert opening(lang, "hospital_hei_only", activity="")[:12] in reply, reply


RESEARCH = [("en", "is a research institute fine too?"), ("fr", "un institut de recherche, ça va aussi ?"),
            ("nl", "telt een onderzoeksinstituut ook?"), ("it", "va bene anche un istituto di ricerca?")]


@pytest.mark.parametrize(("lang", "text"), RESEARCH)
async def test_a_kind_of_host_without_a_hospital_keeps_its_check(monkeypatch, lang, text):
    [reply], _ = await converse(monkeypatch, ITM_OPEN, {**BERLIN, "language": lang},
                                [(text, "faq_receiving_org")])
    assert t(lang, "hospital_not_said") not in reply, reply


# 2. Another kind of mobility for a length.
OTHER_KIND = {
    "en": "too bad. isn't there another kind of mobility for {n} days?",
    "fr": "dommage. il n'y a pas un autre type de mobilité pour {n} jours ?",
    "nl": "jammer. is er geen ander soort mobiliteit voor {n} dagen?",
    "it": "peccato. e non c'è un altro tipo di mobilità per {n} giorni?",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_no_kind_of_mobility_fits_40_days(monkeypatch, lang):
    [reply], got = await converse(monkeypatch, ITM_OPEN, {**BERLIN, "language": lang},
                                  [(OTHER_KIND[lang].format(n=40), "check_eligibility")])
    assert reply.startswith(opening(lang, "answer_no", answer="")), reply
    assert opening(lang, "other_kind_none", length="")[:15].lower() in reply.lower(), reply
    assert "30" in reply and "12" in reply, reply  # the doctoral and the study/traineeship limits
    assert CANT_FIND[lang] not in reply, reply
    assert got.get("end_date") in (None, BERLIN["end_date"]), got  # the plan stays


@pytest.mark.parametrize("lang", LANGS)
async def test_70_days_fit_study_and_traineeship(monkeypatch, lang):
    [reply], _ = await converse(monkeypatch, ITM_OPEN, {**BERLIN, "language": lang},
                                [(OTHER_KIND[lang].format(n=70), "check_eligibility")])
    assert reply.startswith(opening(lang, "answer_yes", answer="")), reply
    for kind in ("study", "traineeship"):
        assert label(lang, "activities", kind) in reply, reply


# 3. Two questions, the last without its question mark.
TWO = [
    ("en", "so the money stays around 948? and do they pay the travel or not"),
    ("fr", "donc l'argent reste autour de 948 ? et le voyage ils me le paient ou pas"),
    ("nl", "dus het geld blijft ongeveer 948? en betalen ze de reis of niet"),
    ("it", "quindi i soldi restano quei 948 più o meno? e il viaggio me lo pagano o no"),
]
# The grant's note on travel support for this destination (the call data's words).
TRAVEL = {"en": "Travel support for this destination", "fr": "L'aide au voyage pour cette destination",
          "nl": "Reissteun voor deze bestemming", "it": "Il contributo di viaggio per questa destinazione"}
HOW_MUCH = {"en": "How much would I get?", "fr": "Combien est-ce que je toucherais ?",
            "nl": "Hoeveel zou ik krijgen?", "it": "Quanto riceverei?"}


@pytest.mark.parametrize(("lang", "text"), TWO)
async def test_both_questions_are_answered(monkeypatch, lang, text):
    replies, _ = await converse(monkeypatch, ITM_OPEN, {**BERLIN, "language": lang},
                                [(HOW_MUCH[lang], "ask_grant"), (text, "check_eligibility")])
    reply = replies[1]
    assert "948" in reply, reply  # the amount asked about
    assert TRAVEL[lang] in reply or opening(lang, "travel_not_known", city="", answer="")[:20] in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_one_amount_question_gets_no_travel_answer(monkeypatch, lang):
    text = dict(TWO)[lang].split("?")[0] + "?"
    replies, _ = await converse(monkeypatch, ITM_OPEN, {**BERLIN, "language": lang},
                                [(HOW_MUCH[lang], "ask_grant"), (text, "check_eligibility")])
    assert TRAVEL[lang] not in replies[1], replies[1]


# 4. When the results come.
WHEN_ANSWER = [
    ("en", "ok but how long until they answer me?"),
    ("fr", "ok mais au bout de combien de temps ils me répondent ?"),
    ("nl", "ok maar hoe lang duurt het voor ik een antwoord krijg?"),
    ("it", "si ok ma dopo quanto tempo mi rispondono?"),
]
IF_FEBRUARY = [
    ("en", "ok. and if I send everything in February, when will I know if I get the grant?"),
    ("fr", "ok. et si je postule en février, quand est-ce que je saurai si j'ai la bourse ?"),
    ("nl", "ok. en als ik in februari aanvraag, wanneer weet ik of ik de beurs krijg?"),
    ("it", "ok. e se mando tutto a febbraio, quando saprò se me la danno la borsa?"),
]


def not_said(lang: str) -> str:
    """The calls' silence on when the selection's results come (actions/uncovered.py)."""
    return label(lang, "uncovered_names", "selection_timing")


@pytest.mark.parametrize(("lang", "text"), WHEN_ANSWER)
@pytest.mark.parametrize("intent", ["out_of_scope", "ask_deadline"])
async def test_when_the_answer_comes_is_not_said(monkeypatch, lang, text, intent):
    [reply], _ = await converse(monkeypatch, ITM_OPEN, {**BERLIN, "language": lang}, [(text, intent)])
    assert not_said(lang) in reply, reply
    assert "erasmusplusmobility@itg.be" in reply, reply
    assert CANT_FIND[lang] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), IF_FEBRUARY)
async def test_applying_in_february_and_when_the_answer_comes(monkeypatch, lang, text):
    [reply], _ = await converse(monkeypatch, ITM_OPEN, {**BERLIN, "language": lang}, [(text, "ask_deadline")])
    assert reply.startswith("📅"), reply  # the date to apply by for the departure: February is in time
    assert not_said(lang) in reply, reply
    assert topic("itm-2024", "application_deadline", lang)[:40] not in reply, reply
    assert label(lang, "uncovered_names", "grant_payment") not in reply, reply  # not when it is paid


@pytest.mark.parametrize(("lang", "text"), IF_FEBRUARY)
async def test_lucca_when_the_answer_comes(monkeypatch, lang, text):
    slots = {**PARIS, "language": lang}
    [reply], _ = await converse(monkeypatch, LUCCA_OPEN, slots, [(text.split(", ")[-1], "ask_deadline")])
    assert not_said(lang) in reply and "erasmus@imtlucca.it" in reply, reply


DEADLINE = [("en", "what is the deadline?"), ("fr", "c'est quoi la date limite ?"),
            ("nl", "wat is de deadline?"), ("it", "qual è la scadenza?")]


@pytest.mark.parametrize(("lang", "text"), DEADLINE)
async def test_the_deadline_question_keeps_its_answer(monkeypatch, lang, text):
    [reply], _ = await converse(monkeypatch, ITM_OPEN, {**BERLIN, "language": lang}, [(text, "ask_deadline")])
    assert not_said(lang) not in reply, reply


# 5. Who the Scientific Board is.
BOARD = [
    ("en", "wait, who is the Board? is it the scientific board you mentioned?",
     "ok I got that, but who is actually on this council? do I write to them myself or through my "
     "supervisor?"),
    ("fr", "attends, le Board c'est qui ? c'est le conseil scientifique dont tu parles ?",
     "oui ça j'ai compris mais c'est qui concrètement ce conseil ? je dois leur écrire moi-même ou ça passe "
     "par mon directeur ?"),
    ("nl", "wacht, wie is die Board? is dat de wetenschappelijke raad waar je het over hebt?",
     "ja dat snap ik, maar wie zit er concreet in die raad? schrijf ik ze zelf of loopt dat via mijn "
     "promotor?"),
    ("it", "aspetta, chi è il Board? è il consiglio scientifico di cui parli?",
     "sì questo l'ho capito, ma chi fa parte concretamente di questo consiglio? devo scrivere loro io o "
     "passa dal mio relatore?"),
]


@pytest.mark.parametrize(("lang", "first", "again"), BOARD)
async def test_who_the_board_is_then_asked_again(monkeypatch, lang, first, again):
    replies, got = await converse(monkeypatch, LUCCA_OPEN, {**PARIS, "language": lang},
                                  [(first, "faq_who_can_apply"), (again, "ask_contact")])
    board = topic("imt-lucca-2015", "scientific_board", lang)
    assert board[20:60] in replies[0], replies[0]
    assert "erasmus@imtlucca.it" in replies[0], replies[0]
    assert opening(lang, "board_again", who="")[:20] in replies[1], replies[1]
    for reply in replies:
        assert t(lang, "contact_summary")[:15] not in reply, reply  # never the e-mail summary
        assert "mailto:" not in reply, reply
    assert got.get("goal") in (None, "eligibility"), got


@pytest.mark.parametrize(("lang", "first", "again"), BOARD)
async def test_the_board_asked_with_the_contact_intent_first(monkeypatch, lang, first, again):
    [reply], _ = await converse(monkeypatch, LUCCA_OPEN, {**PARIS, "language": lang},
                                [(again, "ask_contact")])
    # ("ce conseil", "this council" alone name no board without the message before: the contact answer)
    if lang in ("en", "fr"):
        return
    assert topic("imt-lucca-2015", "scientific_board", lang)[20:60] in reply, reply
    assert t(lang, "contact_summary")[:15] not in reply, reply


CONTACT = [("en", "whom do I write to if I have questions?"), ("fr", "à qui j'écris si j'ai des questions ?"),
           ("nl", "naar wie schrijf ik als ik vragen heb?"), ("it", "a chi scrivo se ho domande?")]


@pytest.mark.parametrize(("lang", "text"), CONTACT)
async def test_a_contact_question_keeps_the_contact_answer(monkeypatch, lang, text):
    [reply], _ = await converse(monkeypatch, LUCCA_OPEN, {**PARIS, "language": lang}, [(text, "ask_contact")])
    assert "erasmus@imtlucca.it" in reply and t(lang, "contact_summary")[:15] in reply, reply


# 6. "Online" about the application form; new dates asked whether they pass.
ONLINE = [
    ("en", "how do I apply concretely? is there an online form or do I send an email?"),
    ("fr", "et concrètement je postule comment ? y a un formulaire en ligne ou j'envoie un mail ?"),
    ("nl", "hoe dien ik concreet in? is er een online formulier of stuur ik een mail?"),
    ("it", "come mi candido concretamente? c'è un modulo online o mando una mail?"),
]


@pytest.mark.parametrize(("lang", "text"), ONLINE)
async def test_an_online_form_is_no_virtual_component(monkeypatch, lang, text):
    assert "virtual_component" not in named_facts(text, asking=True)
    [reply], _ = await converse(monkeypatch, LUCCA_OPEN, {**PARIS, "language": lang},
                                [(text, "faq_application")])
    assert opening(lang, "condition_not_in_call_silent", field="")[:20] not in reply, reply
    assert "erasmus@imtlucca.it" in reply and "PDF" in reply.upper(), reply  # how it is handed in


@pytest.mark.parametrize("text", ["is there an online part?", "y a-t-il une partie en ligne ?",
                                  "is er een virtuele component?", "c'è una parte virtuale?",
                                  "there is an online form, but is the virtual part compulsory?"])
def test_the_virtual_part_is_still_named(text):
    assert "virtual_component" in named_facts(text, asking=True)


NEW_DATES = [
    ("en", "ok and from 1 February to 31 May then? does that work?"),
    ("fr", "ok et de février à fin mai alors ? ça passe ?"),
    ("nl", "ok en van 1 februari tot 31 mei dan? is dat goed?"),
    ("it", "ok e dal 1 febbraio al 31 maggio allora? va bene?"),
]


@pytest.mark.parametrize(("lang", "text"), NEW_DATES)
async def test_new_dates_asked_whether_they_pass_get_the_verdict(monkeypatch, lang, text):
    slots = {**PARIS, "end_date": "2016-07-31", "language": lang}
    [reply], got = await converse(monkeypatch, LUCCA_OPEN, slots, [(text, "check_eligibility")])
    assert got.get("end_date") == "2016-05-31", got
    # The verdict first, its conditions once (in the verdict below), no one date's check.
    assert reply.split("\n")[0] == t(lang, "dates_pass_provided"), reply


SAME_DATE = [("en", "is 31 May still ok?"), ("fr", "le 31 mai, ça passe encore ?"),
             ("nl", "31 mei is nog goed?"), ("it", "il 31 maggio va ancora bene?")]


@pytest.mark.parametrize(("lang", "text"), SAME_DATE)
async def test_a_date_as_it_stands_keeps_its_check(monkeypatch, lang, text):
    [reply], _ = await converse(monkeypatch, LUCCA_OPEN, {**PARIS, "language": lang}, [(text, "inform")])
    assert t(lang, "dates_pass_provided") not in reply and t(lang, "dates_pass") not in reply, reply
