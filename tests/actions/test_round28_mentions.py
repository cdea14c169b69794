"""Round 28 of simulated users: facts stored from words that did not state them.
1. "scrivo a daniela giorgetti per accordo, consiglio scientifico e pagamento" noted the Scientific Board's
   authorisation as given (the Italian "a" read as the French "has", the listing comma cutting off "scrivo");
   a topic one will ask or has asked about is no yes, in the four languages and for every condition.
2. "ben ik wel een dag onderweg heen en een dag terug" moved the end of a 20-24 April training to 21 April:
   a length of the journey is no length of the stay.
3. "could i go june to september instead?" was stored as the plan: a period asked about with a word of
   another choice is a case, kept aside; a change of mind still updates.
Played through action_respond with the extractor's entities, with the nearby wordings that keep their
reading."""
from __future__ import annotations

import pytest

from actions.facts import Reading
from actions.i18n import label
from actions.inpassing import facts_in_passing
from tests.actions.conftest import texts
from tests.actions.test_round13 import hear


def passing(text: str) -> Reading:
    reading = Reading()
    facts_in_passing(text, None, reading)
    return reading


# 1. Naming a condition one will ask about, or has asked for, says nothing of its answer.
LUCCA_OPEN = "2016-01-10"
GRANADA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "ES",
           "destination_city": "Granada", "receiving_org": "hei", "start_date": "2016-03-01",
           "end_date": "2016-07-31", "prior_erasmus_months": 0, "supervisor_authorised": True,
           "goal": "eligibility"}
BOARD_STILL_NEEDED = {"en": "Scientific Board must authorise", "fr": "Conseil scientifique doit",
                      "nl": "Wetenschappelijke Raad moet", "it": "deve autorizzarlo il Consiglio Scientifico"}


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "ok allora scrivo a daniela giorgetti per accordo, consiglio scientifico e pagamento. "
           "grazie mille!"),
    ("en", "ok so I'll write to Daniela about the agreement, the board authorisation and the payment. "
           "thanks!"),
    ("en", "I'll ask her about the board authorisation"),
    ("fr", "je vais écrire à Daniela pour l'accord, l'autorisation du conseil scientifique et le paiement."),
    ("fr", "je vais lui écrire pour l'autorisation du conseil scientifique"),
    ("nl", "ik mail Daniela over de overeenkomst, de toestemming van de raad en de betaling. bedankt!"),
    ("nl", "ik mail haar over de toestemming van de raad"),
    ("it", "consiglio scientifico e accordo li chiedo a Daniela"),
])
async def test_a_board_one_will_ask_about_is_no_yes(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**GRANADA, "language": lang}, LUCCA_OPEN)
    reply = texts(dispatcher)
    assert "board_authorised" not in got and "interinstitutional_agreement" not in got, got
    assert label(lang, "fields", "board_authorised") not in reply, reply  # never "noted: ... Yes"
    assert "✅" not in reply or BOARD_STILL_NEEDED[lang] in reply, reply


@pytest.mark.parametrize("text", [
    "I have asked the board", "ho scritto al consiglio scientifico", "j'ai écrit au conseil scientifique",
    "ik heb de raad gemaild", "ik heb het aan de raad gevraagd",
    "I've emailed the office about the agreement",
    "ho chiesto al mio relatore", "ik ga met mijn promotor praten", "I'll talk with my supervisor",
    "il consiglio scientifico si chiede dopo la candidatura", "I'll check whether Granada has the ECHE",
    "ik ga het akkoord en de toestemming van de raad aanvragen",
])
def test_a_request_made_or_meant_sets_no_condition(text):
    assert not passing(text).values, passing(text).values


@pytest.mark.parametrize(("text", "name"), [
    ("the board has approved", "board_authorised"),
    ("il consiglio ha già autorizzato", "board_authorised"),
    ("le conseil scientifique a donné son accord", "board_authorised"),
    ("de raad heeft toestemming gegeven", "board_authorised"),
    ("ho l'autorizzazione del consiglio scientifico", "board_authorised"),
    ("j'ai l'autorisation du conseil scientifique", "board_authorised"),
    ("si, il consiglio scientifico", "board_authorised"),
    ("I asked my supervisor and he agreed", "supervisor_authorised"),
    ("ho chiesto al relatore e ha firmato", "supervisor_authorised"),
    ("l'université a la charte ECHE", "receiving_org_has_eche"),
    ("Granada has an ECHE", "receiving_org_has_eche"),
    ("I am at ITM with a DGD scholarship.", "has_scholarship"),
    ("sono all'IMT con una borsa di studio", "has_scholarship"),
])
def test_words_that_say_it_is_given_still_give_a_yes(text, name):
    assert passing(text).values == {name: True}, passing(text).values


@pytest.mark.parametrize("text", [
    "the supervisor signed, I'll ask the board",
    "il mio supervisore ha firmato e chiedo al consiglio",
    "I'll ask the board and my supervisor has signed",
    "I have asked the board and my supervisor has signed",
    "scrivo a Daniela per l'accordo, il relatore ha già firmato",
])
def test_a_yes_beside_an_intention_stays_the_others(text):
    reading = passing(text)
    assert reading.values == {"supervisor_authorised": True}, reading.values


@pytest.mark.parametrize("text", ["I haven't asked the board yet", "non l'ho ancora chiesto al consiglio"])
def test_a_request_not_made_is_still_pending(text):
    reading = passing(text)
    assert not reading.values and "board_authorised" in reading.unknown, reading


# 2. A day of travel there and back is no end date; a day earlier back, on 23 April, is.
TRAINING = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "SE",
            "destination_city": "Stockholm", "receiving_org": "hei", "start_date": "2026-04-20",
            "end_date": "2026-04-24", "citizenship": ["BE"], "green_travel": True, "goal": "eligibility"}
ITM_2026 = "2026-01-10"


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ik begrijp het. Als ik met de trein ga, ben ik wel een dag onderweg heen en een dag terug. "
           "Worden die reisdagen ook betaald?"),
    ("nl", "De treinreis duurt een dag. Wordt die betaald?"),
    ("en", "If I go by train I need one day to get there and one day back. Are those travel days paid?"),
    ("en", "the train takes one day, are travel days paid?"),
    ("fr", "En train, le trajet dure un jour : un jour de voyage aller et un jour retour. C'est payé ?"),
    ("fr", "Si je prends le train, je mets un jour pour y aller. Ces jours sont payés ?"),
    ("it", "Se vado in treno, ci metto un giorno all'andata e un giorno al ritorno. Sono pagati?"),
    ("it", "In treno sono un giorno di viaggio all'andata e uno al ritorno: sono pagati?"),
])
async def test_travel_days_are_no_stay_dates(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**TRAINING, "language": lang}, ITM_2026)
    assert "end_date" not in got and "start_date" not in got and not got.get("duration"), got
    assert "→" not in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "ik kom een dag vroeger terug, op 23 april"),
    ("en", "actually I'll stay one day less, until 23 April"),
    ("fr", "finalement je reste jusqu'au 23 avril"),
    ("it", "alla fine resto fino al 23 aprile"),
])
async def test_an_earlier_return_still_moves_the_end(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**TRAINING, "language": lang}, ITM_2026)
    assert got.get("end_date") == "2026-04-23", got


@pytest.mark.parametrize(("text", "length"), [
    ("I'm going for 5 days, plus one day of travel each way", "P5D"),
    ("vado per tre mesi, il viaggio dura un giorno", "P3M"),
    ("I'll spend two weeks there", "P2W"),
])
async def test_the_stays_own_length_is_kept_beside_a_journey(dispatcher, monkeypatch, text, length):
    slots = {k: v for k, v in TRAINING.items() if k != "end_date"}
    got = await hear(dispatcher, monkeypatch, text, {**slots, "language": "en"}, ITM_2026)
    ends = {"P5D": "2026-04-24", "P3M": "2026-07-19", "P2W": "2026-05-03"}
    assert got.get("end_date") == ends[length], got


# 3. "could I / can I / would it work to go X instead?" is a case; "actually I'll go X instead" a change.
COPENHAGEN = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "DK",
              "destination_city": "Copenhagen", "receiving_org": "hei", "start_date": "2026-02-01",
              "end_date": "2026-05-31", "citizenship": ["IN"], "goal": "eligibility"}
ITM_OPEN = "2025-10-01"
SUMMER = {"start_date": "2026-06-01", "end_date": "2026-09-30"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ok fine ill ask them. quick q - could i go june to september instead?"),
    ("en", "could i go june to september instead"),
    ("en", "can I go June to September instead?"),
    ("en", "would it work to go June to September instead?"),
    ("fr", "et si je partais plutôt de juin à septembre ?"),
    ("fr", "je peux partir plutôt de juin à septembre ?"),
    ("nl", "zou ik ook van juni tot september kunnen gaan?"),
    ("nl", "kan ik ook van juni tot september gaan?"),
    ("it", "potrei andare invece da giugno a settembre?"),
    ("it", "posso andare invece da giugno a settembre?"),
])
async def test_another_period_asked_about_is_a_case(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**COPENHAGEN, "language": lang}, ITM_OPEN)
    assert "start_date" not in got and "end_date" not in got, got
    case = got.get("what_if_case") or {}
    assert {k: case.get(k) for k in SUMMER} == SUMMER, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "actually I'll go June to September instead"),
    ("en", "change it to June-September"),
    ("en", "I can go June to September instead"),
    ("fr", "en fait je pars de juin à septembre"),
    ("nl", "ik ga toch liever van juni tot september"),
    ("it", "anzi, vado da giugno a settembre"),
])
async def test_a_change_of_mind_still_updates_the_plan(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**COPENHAGEN, "language": lang}, ITM_OPEN)
    assert {k: got.get(k) for k in SUMMER} == SUMMER, got
    assert "what_if_case" not in got, got


async def test_instead_of_the_end_named_still_moves_it(dispatcher, monkeypatch):
    text = "can I stay until the end of June instead of the end of May?"
    got = await hear(dispatcher, monkeypatch, text, {**COPENHAGEN, "language": "en"}, ITM_OPEN)
    assert got.get("end_date") == "2026-06-30", got
