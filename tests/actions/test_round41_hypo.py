"""Round 41 (hypo): hypotheticals read as facts, and questions about a case answered as something else.
r41-a, an ITM PhD student's short-term doctoral mobility at the University of Cape Town, 13 April-1 May 2026
(eligible provided an inter-institutional agreement exists):
1. "ITM needs an actual agreement with Cape Town? and if there isn't one yet can it be signed in time?" got
   "In that case you could not go ...: and there is none": the "if" asks whether it can be arranged, no case
   (actions/ifnotq.py defers, actions/intime.py answers both questions at once).
2. "wait, I don't know if there is one or not, I was asking. so am I still eligible?" got the priorities: the
   answer itself is asked (actions/priorityq.py _verdict_asked).
3. "so as a PhD student my chances are basically zero?" got "No:" and the priority against him: a priority
   only ranks, it goes against him, the office knows how many apply (no_chance_question, actions/nochance.py).
4. "is 13 feb a fixed deadline or just 2 months before i leave? like if i move my trip to june" stored the end
   of June: an example after a question is no fact (actions/example.py).
r41-e, a Lucca PhD student, closed call, own dates March-June 2027:
5. "Yes please - if it were still open, would I have been eligible?" after the offer got "No: the call is
   closed" and the offer again: the offer is taken, as its button takes it (actions/endedcall.py).
6. "with my real dates in 2027, would that old call have covered them at all?" got "the call is closed": its
   mobility period, from the call data (actions/periodq.py).
Nearby answers kept: "what if there is no agreement?", "there is no agreement" said, "with that MSc priority,
am I still eligible?", "I'll move it to June: from 8 to 26 June", "is it still open?", a yes with no offer
before, "does the grant cover my stay?".
"""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from actions.phrases import gendered
from tests.actions.conftest import texts
from tests.actions.conversation import play
from tests.actions.test_round13 import ITM_OPEN, answered, hear

LANGS = ("en", "fr", "nl", "it")
CAPE_TOWN = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral",
             "goal": "eligibility", "destination": "ZA", "destination_city": "Cape Town",
             "receiving_org": "hei", "citizenship": ["MA"], "start_date": "2026-04-13",
             "end_date": "2026-05-01", "itm_staff_member": False}
TODAY = "2026-12-03"  # the simulated student's server: both calls ended
LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "receiving_org": "hei", "destination": "ES",
         "destination_city": "Madrid", "start_date": "2027-03-01", "end_date": "2027-06-30",
         "goal": "deadline", "closed_told": "imt-lucca-2015>after"}


def _head(lang: str, key: str) -> str:
    """The words a reply key opens with, before its first placeholder."""
    fields = ("reason", "source", "who", "call", "dates", "first", "last", "years", "answer", "facts")
    return t(lang, key, **{f: "{" for f in fields}).split("{")[0]


async def _cape_town(monkeypatch: pytest.MonkeyPatch, lang: str) -> dict[str, Any]:
    return await answered(monkeypatch, {**CAPE_TOWN, "language": lang}, ITM_OPEN)


# 1. "and if there isn't one yet, can it be signed in time?": no case, the condition and who knows.
IN_TIME = [
    ("en", "ok so ITM needs an actual agreement with Cape Town? and if there isn't one yet can it be signed "
           "in time?"),
    ("fr", "donc l'IMT a besoin d'un vrai accord avec Le Cap ? et s'il n'y en a pas encore, peut-il être "
           "signé à temps ?"),
    ("nl", "dus het ITG heeft echt een overeenkomst met Kaapstad nodig? en als er nog geen is, kan die op "
           "tijd getekend worden?"),
    ("it", "quindi serve davvero un accordo con Città del Capo? e se non c'è ancora, può essere firmato in "
           "tempo?"),
]


@pytest.mark.parametrize(("lang", "text"), IN_TIME)
async def test_if_there_is_none_yet_asks_whether_it_can_be_signed(monkeypatch, lang, text):
    slots = await _cape_town(monkeypatch, lang)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    reply = texts(dispatcher)
    assert "interinstitutional_agreement" not in got, got
    assert reply.startswith(_head(lang, "condition_in_time")), reply
    assert _head(lang, "if_not_no") not in reply, reply
    assert reply.count("erasmusplusmobility@itg.be") >= 2 and len(dispatcher.messages) == 1, reply


WHAT_IF_NONE = [
    ("en", "and what if there is no agreement?"),
    ("fr", "et s'il n'y a pas d'accord ?"),
    ("nl", "en als er geen overeenkomst is?"),
    ("it", "e se non c'è l'accordo?"),
]


@pytest.mark.parametrize(("lang", "text"), WHAT_IF_NONE)
async def test_what_if_there_is_none_is_still_answered_for_that_case(monkeypatch, lang, text):
    slots = await _cape_town(monkeypatch, lang)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    assert "interinstitutional_agreement" not in got, got
    assert texts(dispatcher).startswith(_head(lang, "if_not_no")), texts(dispatcher)


NO_AGREEMENT = [
    ("en", "there is no agreement between ITM and Cape Town"),
    ("fr", "il n'y a aucun accord entre l'IMT et Le Cap"),
    ("nl", "er is geen overeenkomst tussen het ITG en Kaapstad"),
    ("it", "non c'è nessun accordo tra l'ITM e Città del Capo"),
]


@pytest.mark.parametrize(("lang", "text"), NO_AGREEMENT)
async def test_no_agreement_said_is_still_recorded(monkeypatch, lang, text):
    slots = await _cape_town(monkeypatch, lang)
    got = await hear(CollectingDispatcher(), monkeypatch, text, slots, ITM_OPEN)
    assert got.get("interinstitutional_agreement") is False, got


# 2. "so am I still eligible?" after saying one does not know: the answer, not the priorities.
STILL_ELIGIBLE = [
    ("en", "wait, I don't know if there is one or not, I was asking. so am I still eligible?"),
    ("fr", "attendez, je ne sais pas s'il y en a un ou pas, je demandais. donc je suis toujours éligible ?"),
    ("nl", "wacht, ik weet niet of er een is of niet, ik vroeg het maar. kom ik dan nog in aanmerking?"),
    ("it", "aspetta, non so se c'è o no, lo chiedevo. quindi sono ancora idoneo?"),
]


@pytest.mark.parametrize(("lang", "text"), STILL_ELIGIBLE)
async def test_am_i_still_eligible_gets_the_answer(monkeypatch, lang, text):
    slots = await _cape_town(monkeypatch, lang)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    reply = texts(dispatcher)
    assert "interinstitutional_agreement" not in got, got
    # ("sono ancora idoneo?" says the person's gender: the reply says "idoneo", round 45)
    head = gendered(_head(lang, "verdict_eligible_provided"), lang, got.get("gender"))
    assert reply.startswith(head), reply
    assert _head(lang, "priority_can_apply") not in reply and "✗" not in reply, reply


async def test_still_eligible_with_the_priority_named_gets_the_priorities(monkeypatch):
    slots = await _cape_town(monkeypatch, "en")
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "with that MSc priority, am I still eligible?", slots, ITM_OPEN)
    assert texts(dispatcher).startswith(t("en", "priority_can_apply")), texts(dispatcher)


# 3. "my chances are basically zero?": not no chance, the priority against them, the office knows the numbers.
ZERO = [
    ("en", "and that thing about only 2 grants and MSc priority - so as a PhD student my chances are "
           "basically zero?"),
    ("fr", "et ce truc des 2 bourses seulement et de la priorité aux masters : en tant que doctorant, mes "
           "chances sont quasi nulles ?"),
    ("nl", "en dat van maar 2 beurzen en voorrang voor masterstudenten: als doctoraatsstudent zijn mijn "
           "kansen dus eigenlijk nul?"),
    ("it", "e quella cosa delle sole 2 borse e della priorità ai master: da dottorando le mie possibilità "
           "sono praticamente zero?"),
]


@pytest.mark.parametrize(("lang", "text"), ZERO)
async def test_chances_basically_zero_is_not_no_chance(monkeypatch, lang, text):
    slots = await _cape_town(monkeypatch, lang)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "no_chance_not_none")), reply
    assert not reply.startswith(t(lang, "priority_no")), reply
    assert "✗" in reply and _head(lang, "no_chance_office") in reply, reply
    assert reply.count("erasmusplusmobility@itg.be") >= 1, reply


async def test_chances_zero_after_the_priorities_were_listed_says_it_plainly(monkeypatch):
    slots = await _cape_town(monkeypatch, "en")
    played = await play(monkeypatch, slots, [("with that MSc priority, am I still eligible?", "inform"),
                                             (ZERO[0][1], "inform")], ITM_OPEN)
    reply = played.replies[-1]
    assert reply.startswith(t("en", "no_chance_not_none")), reply
    assert t("en", "no_chance_priorities_above") in reply and "✗" not in reply, reply
    assert _head("en", "no_chance_office") in reply, reply


async def test_do_i_get_priority_keeps_its_answer(monkeypatch):
    slots = await _cape_town(monkeypatch, "en")
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "do I get priority?", slots, ITM_OPEN)
    assert texts(dispatcher).startswith(t("en", "priority_no")), texts(dispatcher)


# 4. An example after a question ("like if i move my trip to june") is no fact; the question is answered.
EXAMPLE = [
    ("en", "is 13 feb a fixed deadline or just 2 months before i leave? like if i move my trip to june"),
    ("en", "is 13 feb a fixed deadline or just 2 months before i leave? for example if I left in June"),
    ("fr", "le 13 février, c'est une date fixe ou juste 2 mois avant mon départ ? par exemple si je déplace "
           "mon voyage en juin"),
    ("fr", "le 13 février, c'est une date fixe ? comme si je partais en juin"),
    ("nl", "is 13 februari een vaste deadline of gewoon 2 maanden voor mijn vertrek? bijvoorbeeld als ik "
           "mijn reis naar juni verschuif"),
    ("nl", "is 13 februari een vaste deadline? stel dat ik in juni vertrek"),
    ("it", "il 13 febbraio è una scadenza fissa o solo 2 mesi prima della partenza? tipo se sposto il "
           "viaggio a giugno"),
    ("it", "il 13 febbraio è una scadenza fissa? per esempio se partissi a giugno"),
]


@pytest.mark.parametrize(("lang", "text"), EXAMPLE)
async def test_an_example_after_a_question_stores_nothing(monkeypatch, lang, text):
    slots = await _cape_town(monkeypatch, lang)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    reply = texts(dispatcher)
    assert not {"start_date", "end_date", "what_if_case", "duration"} & set(got), got
    assert "→" not in reply and _head(lang, "what_if_facts") not in reply, reply
    assert "13" in reply and "2026" in reply, reply  # the date to apply by, for the stored departure


MOVED = [
    ("en", "ok, I'll move it to June: from 8 to 26 June 2026"),
    ("fr", "ok, je le déplace en juin : du 8 au 26 juin 2026"),
    ("nl", "ok, ik verschuif het naar juni: van 8 tot 26 juni 2026"),
    ("it", "ok, lo sposto a giugno: dall'8 al 26 giugno 2026"),
]


@pytest.mark.parametrize(("lang", "text"), MOVED)
async def test_moving_the_trip_still_updates_it(monkeypatch, lang, text):
    slots = await _cape_town(monkeypatch, lang)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    assert (got.get("start_date"), got.get("end_date")) == ("2026-06-08", "2026-06-26"), got
    assert "→" in texts(dispatcher)


# 5. A yes to the offer, or "would I have been eligible if it were open?": the as-if answer starts.
OFFER_YES = [
    ("en", "Yes please - if it were still open, would I have been eligible?"),
    ("en", "yes please"),
    ("fr", "Oui volontiers - s'il était encore ouvert, aurais-je été éligible ?"),
    ("nl", "Ja graag - als de oproep nog open was, zou ik dan in aanmerking gekomen zijn?"),
    ("it", "Sì grazie - se fosse ancora aperto, sarei stato idoneo?"),
]


def _offered(lang: str) -> list[dict[str, Any]]:
    return [{"event": "user", "text": "So there is no way for me to apply at the moment?"},
            {"event": "bot", "text": t(lang, "call_closed_offer_short")}]


@pytest.mark.parametrize(("lang", "text"), OFFER_YES)
async def test_a_yes_to_the_offer_starts_the_as_if_answer(monkeypatch, lang, text):
    played = await play(monkeypatch, {**LUCCA, "language": lang}, [(text, "affirm")], TODAY,
                        before=_offered(lang))
    reply = played.replies[-1]
    assert played.last.get("hypothetical") is True, played.last
    assert reply.startswith(_head(lang, "as_if_years_earlier")), reply
    assert t(lang, "call_closed_offer_short") not in reply, reply


WOULD_HAVE = [
    ("en", "If it were still open, would I have been eligible?"),
    ("fr", "s'il était encore ouvert, aurais-je été éligible ?"),
    ("nl", "als de oproep nog open was, zou ik dan in aanmerking gekomen zijn?"),
    ("it", "se il bando fosse ancora aperto, sarei stato idoneo?"),
]


@pytest.mark.parametrize(("lang", "text"), WOULD_HAVE)
async def test_would_i_have_been_eligible_starts_the_as_if_answer(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA, "language": lang}, TODAY,
                     intent="check_eligibility")
    assert got.get("hypothetical") is True, got
    assert texts(dispatcher).startswith(_head(lang, "as_if_years_earlier")), texts(dispatcher)


async def test_is_it_still_open_still_gets_no(monkeypatch):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, "is it still open?", {**LUCCA, "language": "en",
                                                                     "closed_told": None}, TODAY)
    assert got.get("hypothetical") is not True, got
    assert texts(dispatcher).startswith(_head("en", "answer_no")), texts(dispatcher)


async def test_a_yes_without_the_offer_before_starts_no_case(monkeypatch):
    before = [{"event": "user", "text": "hi"}, {"event": "bot", "text": t("en", "next_call_unknown")}]
    played = await play(monkeypatch, {**LUCCA, "language": "en"}, [("yes please", "affirm")], TODAY,
                        before=before)
    assert played.last.get("hypothetical") is not True, played.last


# 6. Whether the old call covered the own dates: no, its period from the call data.
COVERED = [
    ("en", "ok. Just to be sure - with my real dates in 2027, would that old call have covered them at all?",
     "1 February 2016"),
    ("en", "My question was whether March-June 2027 would even have been inside its mobility period?",
     "30 September 2016"),
    ("fr", "mes vraies dates de 2027, l'ancien appel les aurait-il couvertes ?", "1er février 2016"),
    ("nl", "zouden mijn echte data in 2027 binnen de periode van die oproep gevallen zijn?",
     "1 februari 2016"),
    ("it", "le mie date vere del 2027 sarebbero rientrate nel periodo del bando?", "1 febbraio 2016"),
]


@pytest.mark.parametrize(("lang", "text", "first"), COVERED)
@pytest.mark.parametrize("told", ["imt-lucca-2015>after", "imt-lucca-2015>as_if"])
async def test_the_old_calls_period_answers_whether_it_covered_the_dates(monkeypatch, lang, text, first,
                                                                         told):
    slots = {**LUCCA, "language": lang, "closed_told": told, "activity": "study", "prior_erasmus_months": 0,
             "hypothetical": told.endswith("as_if") or None}
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, TODAY)
    reply = texts(dispatcher)
    assert reply.startswith(_head(lang, "period_covers_after")), reply
    assert first in reply and "2027" in reply, reply
    assert "start_date" not in got and "end_date" not in got, got


async def test_whether_the_grant_covers_the_stay_is_no_period_question(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "does the grant cover my stay?",
               {**LUCCA, "language": "en", "activity": "study", "prior_erasmus_months": 0}, TODAY)
    assert _head("en", "period_covers_after") not in texts(dispatcher), texts(dispatcher)
