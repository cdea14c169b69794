"""Round 24 of simulated users: facts read wrongly from what people said. A city a flight lands in replaced
the destination city (Heidelberg → Frankfurt) and "my destination is still Heidelberg" did not put it back; a
supervisor "in favour, not formally asked yet" was noted as an authorisation, and "I said he is in favour" was
read as his words; "tot eind juni ipv eind mei" noted the old end and said "I can't find"; "fine luglio" was
said to have no day; "je n'ai pas de doctorat" left the priority fact open. Played through action_respond with
the entities the extractor gives, in the languages of the round and in English, with the nearby wordings that
keep their reading."""
from __future__ import annotations

import pytest

from actions import i18n
from actions.i18n import t
from tests.actions.answered import no_cant_find
from tests.actions.conftest import texts
from tests.actions.test_round13 import LUCCA_OPEN, hear

LANGS = ("en", "fr", "nl", "it")
UPDATED = {lang: t(lang, "changed_facts", facts="")[:8] for lang in LANGS}
DAY_NOT_SAID = {lang: t(lang, "day_assumed")[:20] for lang in LANGS}

HEIDELBERG = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral",
              "receiving_org": "research_institute", "destination": "DE", "destination_city": "Heidelberg",
              "start_date": "2026-05-11", "end_date": "2026-05-22", "citizenship": ["IN"],
              "itm_staff_member": False, "has_scholarship": True, "goal": "eligibility"}


def city_line(reply: str) -> str:
    """The line of the reply that notes or updates facts ("" if none)."""
    keys = ("changed_facts", "noted")
    starts = tuple(t(lang, key, facts="\0").split("\0")[0] for lang in LANGS for key in keys)
    return next((line for line in reply.splitlines() if line.startswith(starts)), "")


# B1. The city a flight, a train or a bus lands in, in the destination's country, is no new destination.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Okay. I'll be flying from Brussels to Frankfurt. Will the flight be paid?"),
    ("en", "I'll take the train to Frankfurt."),
    ("en", "I land in Frankfurt on the 10th."),
    ("fr", "Je prends le vol Bruxelles-Francfort, le vol est-il remboursé ?"),
    ("fr", "Je prends le vol pour Francfort."),
    ("nl", "Ik vlieg van Brussel naar Frankfurt, wordt de vlucht betaald?"),
    ("it", "Prendo il volo per Francoforte, il volo è rimborsato?"),
])
async def test_the_city_a_flight_lands_in_keeps_the_destination(dispatcher, monkeypatch, lang, text):
    # Round 24: "Updated: destination city: Heidelberg → Frankfurt am Main."
    got = await hear(dispatcher, monkeypatch, text, {**HEIDELBERG, "language": lang})
    reply = texts(dispatcher)
    assert "destination_city" not in got and "destination" not in got, got
    assert "Frankfurt" not in city_line(reply) and "Brussels" not in city_line(reply), reply


RESTORED = [
    ("en", "Sorry, just to be clear, my destination is still Heidelberg, not Frankfurt. Frankfurt is only "
           "the airport I fly into."),
    ("fr", "Ma destination reste Heidelberg, pas Francfort. Francfort, c'est seulement l'aéroport."),
    ("nl", "Mijn bestemming is nog steeds Heidelberg, niet Frankfurt. Frankfurt is enkel de luchthaven."),
    ("it", "La mia destinazione è sempre Heidelberg, non Francoforte. Francoforte è solo l'aeroporto."),
]


@pytest.mark.parametrize(("lang", "text"), RESTORED)
async def test_the_destination_said_again_puts_it_back_and_says_so(dispatcher, monkeypatch, lang, text):
    # Round 24: "Your answer stays the same", the city left on Frankfurt until asked again.
    frankfurt = {**HEIDELBERG, "destination_city": "Frankfurt am Main", "language": lang}
    got = await hear(dispatcher, monkeypatch, text, frankfurt)
    assert got.get("destination_city") == "Heidelberg", got
    line = city_line(texts(dispatcher))
    assert line.startswith(UPDATED[lang]) and "Frankfurt am Main → Heidelberg" in line, texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), RESTORED[:1])
async def test_the_destination_said_again_as_it_stands_changes_nothing(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**HEIDELBERG, "language": lang})
    assert "destination_city" not in got, got
    assert "Frankfurt" not in city_line(texts(dispatcher)), texts(dispatcher)


NO_CITY = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral",
           "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "slots", "text", "city"), [
    ("en", NO_CITY, "I'm going to Frankfurt.", "Frankfurt am Main"),
    ("en", NO_CITY, "I'll fly to Frankfurt.", "Frankfurt am Main"),
    ("fr", NO_CITY, "Je vais à Francfort.", "Frankfurt am Main"),
    ("en", NO_CITY, "I'm going to Heidelberg, and I'll fly into Frankfurt.", "Heidelberg"),
    ("en", HEIDELBERG, "Actually I'm going to Frankfurt instead.", "Frankfurt am Main"),
    ("nl", HEIDELBERG, "Eigenlijk ga ik toch naar Frankfurt.", "Frankfurt am Main"),
    ("en", HEIDELBERG, "My destination is Frankfurt now, the lab moved.", "Frankfurt am Main"),
    # a flight to a city in another country than the one given: a new destination, as before
    ("en", HEIDELBERG, "I'm flying to Vienna", "Vienna"),
])
async def test_a_city_said_as_the_destination_still_sets_it(dispatcher, monkeypatch, lang, slots, text, city):
    got = await hear(dispatcher, monkeypatch, text, {**slots, "language": lang})
    assert got.get("destination_city") == city, got
    # Round 28: said back as the person wrote it ("Francfort", "Frankfurt"), the name kept in `city_words`.
    said = (got.get("city_words") or {}).get(city, city)
    assert said in text and said in city_line(texts(dispatcher)), texts(dispatcher)


MSIDA = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended", "destination": "MT",
         "destination_city": "Msida", "receiving_org": "hei", "goal": "eligibility"}


async def test_a_flight_to_another_city_of_malta_leaves_msida(dispatcher, monkeypatch):
    got = await hear(dispatcher, monkeypatch, "I fly from Brussels to Valletta", {**MSIDA, "language": "en"})
    assert "destination_city" not in got, got


async def test_a_flight_to_valletta_with_no_city_given_names_it(dispatcher, monkeypatch):
    slots = {k: v for k, v in MSIDA.items() if k != "destination_city"} | {"language": "en"}
    got = await hear(dispatcher, monkeypatch, "I fly from Brussels to Valletta", slots)
    assert got.get("destination_city") == "Valletta", got


# B2 and B3. A supervisor in favour who was not asked formally has not authorised the stay yet; the person's
# own "I said" is not the supervisor speaking; "you didn't explain how to ask the Board" is a question.
BARCELONA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
             "receiving_org": "enterprise", "destination": "ES", "destination_city": "Barcelona",
             "start_date": "2016-04-01", "end_date": "2016-07-31", "prior_erasmus_months": 0.0,
             "goal": "eligibility", "gender": "f"}


def authorised_yes(lang: str) -> str:
    return f"{i18n.label(lang, 'fields', 'supervisor_authorised')}: {t(lang, 'button_yes')}"


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Grazie. Il mio relatore è favorevole, ma non gliel'ho ancora chiesto formalmente. Come funziona "
           "l'autorizzazione? Devo chiedere io al Consiglio Scientifico?"),
    ("en", "Thanks. My supervisor is in favour, but I haven't formally asked him yet. How does the "
           "authorisation work?"),
    ("en", "My supervisor is in favour but I haven't asked formally."),
    ("en", "My supervisor agreed informally."),
    ("fr", "Merci. Mon directeur de thèse est favorable, mais je ne lui ai pas encore demandé "
           "officiellement. Comment ça marche ?"),
    ("nl", "Bedankt. Mijn promotor staat er positief tegenover, maar ik heb het hem nog niet formeel "
           "gevraagd. Hoe werkt dat?"),
])
async def test_a_supervisor_in_favour_not_asked_formally_has_not_authorised(dispatcher, monkeypatch, lang,
                                                                           text):
    # Round 24: "Preso nota: autorizzazione del supervisore: Sì", and the condition left the verdict.
    got = await hear(dispatcher, monkeypatch, text, {**BARCELONA, "language": lang}, LUCCA_OPEN)
    reply = texts(dispatcher)
    assert got.get("supervisor_authorised") is not True, got
    assert authorised_yes(lang) not in reply, reply
    condition = "Il Suo supervisore (relatore) deve" if lang == "it" else "(advisor)" if lang == "en" else ""
    assert condition in reply, reply  # the verdict still names the supervisor's authorisation


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il mio relatore ha già firmato l'autorizzazione."),
    ("it", "Il mio relatore ha detto che va bene."),
    ("en", "My supervisor agreed."),
    ("fr", "Mon directeur de thèse a donné son accord."),
])
async def test_a_supervisor_who_agreed_is_still_noted(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**BARCELONA, "language": lang}, LUCCA_OPEN)
    assert got.get("supervisor_authorised") is True, got
    assert authorised_yes(lang) in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Scusi, ma io non ho ancora l'autorizzazione del relatore: ho detto che è favorevole, non che ha "
           "firmato qualcosa. E non mi ha spiegato come si chiede al Consiglio Scientifico."),
    ("en", "Sorry, but I don't have my supervisor's authorisation yet: I said he is in favour, not that he "
           "signed anything. And you didn't explain how to ask the Scientific Board."),
])
@pytest.mark.parametrize("intent", ["out_of_scope", "inform"])
async def test_taking_back_the_authorisation_reopens_it_and_gets_the_answer(dispatcher, monkeypatch, lang,
                                                                            text, intent):
    # Round 24: "Questo esula da ciò in cui posso aiutarLa", the authorisation kept as Yes.
    slots = {**BARCELONA, "supervisor_authorised": True, "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN, intent=intent)
    reply = texts(dispatcher)
    assert "supervisor_authorised" in got and got["supervisor_authorised"] is None, got
    assert f"{t(lang, 'button_yes')} → {t(lang, 'value_unknown')}" in reply, reply
    # How the Board's authorisation is asked: the call does not say; who knows.
    assert t(lang, "condition_when", reason="", who="").strip()[:30] in reply and "Giorgetti" in reply, reply
    assert t(lang, "out_of_scope_in_flow", institutions="")[:20] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Come si chiede l'autorizzazione al Consiglio Scientifico? Devo presentare una domanda io o la fa "
           "il relatore?"),
    ("en", "How is the Scientific Board's authorisation requested?"),
])
async def test_how_the_board_is_asked_says_the_call_does_not_say_and_who_knows(dispatcher, monkeypatch, lang,
                                                                              text):
    # Round 24: "Nel Suo caso: ... deve autorizzarlo il Consiglio Scientifico.", the condition said again.
    await hear(dispatcher, monkeypatch, text, {**BARCELONA, "language": lang}, LUCCA_OPEN)
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "condition_when", reason="Q", who="").split("Q")[0]), reply
    assert t(lang, "condition_when", reason="", who="").strip()[:30] in reply and "Giorgetti" in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "How does the grant work?"),
    ("fr", "Comment ça marche, la bourse ?"),
])
async def test_how_something_else_works_is_no_question_about_the_board(dispatcher, monkeypatch, lang, text):
    await hear(dispatcher, monkeypatch, text, {**BARCELONA, "language": lang}, LUCCA_OPEN)
    reply = texts(dispatcher)
    assert t(lang, "condition_when", reason="", who="").strip()[:30] not in reply, reply


# B4. "X ipv Y", "X instead of Y", "X au lieu de Y", "X invece di Y": X is the new value; "can I stay until
# X?" is answered with the checks on the stay's dates.
BERGEN = {"call": "itm-2024", "role": "msc_student", "activity": "study", "receiving_org": "hei",
          "destination": "NO", "destination_city": "Bergen", "start_date": "2026-02-01",
          "end_date": "2026-05-31", "citizenship": ["BE"], "has_scholarship": False, "goal": "eligibility"}
DAYS_150 = {"en": "Yes: your stay of 150 days", "fr": "Oui : votre séjour de 150 jours",
            "nl": "Ja: uw verblijf van 150 dagen", "it": "Sì: il Suo soggiorno di 150 giorni"}


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "jammer. andere vraag: kan ik ook blijven tot eind juni ipv eind mei?"),
    ("nl", "kan ik tot 30 juni blijven i.p.v. 31 mei?"),
    ("en", "other question: can I also stay until the end of June instead of the end of May?"),
    ("fr", "est-ce que je peux rester jusqu'à fin juin au lieu de fin mai ?"),
    ("it", "posso restare fino a fine giugno invece di fine maggio?"),
])
async def test_staying_until_x_instead_of_y_moves_the_end_to_x_with_the_length_check(dispatcher, monkeypatch,
                                                                                    lang, text):
    # Round 24: "Genoteerd: einddatum: 31 mei 2026 (de dag werd niet genoemd...)" and "Ik vind het antwoord
    # daarop niet".
    got = await hear(dispatcher, monkeypatch, text, {**BERGEN, "language": lang})
    reply = texts(dispatcher)
    assert got.get("end_date") == "2026-06-30", got
    assert DAYS_150[lang] in reply, reply
    assert DAY_NOT_SAID[lang] not in reply, reply
    no_cant_find(reply)


async def test_staying_past_the_calls_last_day_is_a_no(dispatcher, monkeypatch):
    text = "can I stay until the end of August instead of the end of May?"
    got = await hear(dispatcher, monkeypatch, text, {**BERGEN, "language": "en"})
    reply = texts(dispatcher)
    assert got.get("end_date") == "2026-08-31", got
    assert reply.startswith("No: your end on 31 August 2026 is after the 31 July 2026"), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'll stay until the end of June."),
    ("nl", "ik blijf tot eind juni ipv eind mei"),
])
async def test_a_new_end_said_without_a_question_is_noted_without_a_yes(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**BERGEN, "language": lang})
    reply = texts(dispatcher)
    assert got.get("end_date") == "2026-06-30", got
    assert not reply.startswith(t(lang, "answer_yes", answer="")[:3]), reply


# B5. "fine luglio", "the end of July", "fin juillet", "eind juli" name the month's last day.
LUCCA_START = {k: v for k, v in BARCELONA.items()
               if k not in ("start_date", "end_date", "prior_erasmus_months")}


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Dal primo aprile fino a fine luglio, quindi circa quattro mesi."),
    ("it", "Dal primo aprile fino alla fine di luglio"),
    ("en", "From 1 April until the end of July, so about four months."),
    ("fr", "Du 1er avril à fin juillet, donc environ quatre mois."),
    ("nl", "Van 1 april tot eind juli, dus ongeveer vier maanden."),
])
async def test_the_end_of_a_month_is_its_last_day_said(dispatcher, monkeypatch, lang, text):
    # Round 24: "data di fine: 31 luglio 2016 (il giorno non è stato indicato: ...)".
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA_START, "language": lang, "asked": "start_date"},
                     LUCCA_OPEN)
    assert (got.get("start_date"), got.get("end_date")) == ("2016-04-01", "2016-07-31"), got
    assert DAY_NOT_SAID[lang] not in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "From 1 April until July"),
    ("it", "Dal primo aprile fino a luglio"),
])
async def test_a_month_alone_as_the_end_still_says_the_day_was_not_said(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA_START, "language": lang, "asked": "start_date"},
                     LUCCA_OPEN)
    assert got.get("end_date") == "2016-07-31", got
    assert DAY_NOT_SAID[lang] in texts(dispatcher), texts(dispatcher)


# B6. "I have no PhD" said by a staff member answers the staff priority to PhD and postdoctoral staff.
LJUBLJANA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "receiving_org": "hei",
             "destination": "SI", "destination_city": "Ljubljana", "start_date": "2026-05-04",
             "end_date": "2026-05-08", "citizenship": ["BE"], "green_travel": False, "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vous avez dit que la priorité va aux doctorants. Moi je n'ai pas de doctorat, j'ai quand même "
           "une chance ?"),
    ("en", "You said priority goes to PhD staff. I have no PhD, do I still stand a chance?"),
    ("en", "I don't have a PhD. Do I still have a chance?"),
    ("nl", "Je zei dat doctorandi voorrang krijgen. Ik heb geen doctoraat, maak ik nog kans?"),
    ("it", "Ha detto che la priorità va ai dottorandi. Io non ho un dottorato, ho comunque una possibilità?"),
])
async def test_no_phd_answers_the_priority(dispatcher, monkeypatch, lang, text):
    # Round 24: "C'est le cas (membre du personnel doctorant ou postdoctorant) ?" right after.
    got = await hear(dispatcher, monkeypatch, text, {**LJUBLJANA, "language": lang})
    reply = texts(dispatcher)
    assert got.get("doctoral_or_postdoc_staff") is False, got
    assert t(lang, "priority_ask", fields="")[:8] not in reply, reply
    assert "✗" in reply, reply  # the staff priority does not favour them


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "I have a PhD, do I get priority?", True),  # a PhD held: a PhD staff member (round 61)
    ("fr", "Les doctorants ont la priorité ?", None),
    ("fr", "je fais un doctorat", True),
    ("en", "I'm a postdoc", True),
])
async def test_a_phd_named_otherwise_keeps_its_reading(dispatcher, monkeypatch, lang, text, value):
    got = await hear(dispatcher, monkeypatch, text, {**LJUBLJANA, "language": lang})
    assert got.get("doctoral_or_postdoc_staff") is value, got
