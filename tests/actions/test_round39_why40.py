"""Round 39 (why40), from two simulated conversations and a French homonym:

1. Lucca, a traineeship at ETH Zurich: "wait why? switzerland is in europe lol" got the same rule again. The
   why about a refused destination now adds what the call data says of the country, with its reference
   (the country sets' `notes`: Switzerland not a programme country since 2014; the UK not associated since
   2021 for the ITM call), and that being in Europe is not what counts when Europe is named. "Is
   Switzerland part of Erasmus?" says the same note.
2. ITM ended, the as-if case of March-June 2026 without the nationality: "what if I had ... applied in
   time?" (read as a deadline question) and "so I would've been eligible? and how much would I have
   gotten" got the general notes or an amount block, the nationality only after it. Now: "I can't tell
   yet: it depends on nationality" and the question for it, the amount or date with the answer.
3. "Grenade" alone as the destination (French: the Spanish city Granada and the country Grenada) took the
   country silently: now "Do you mean Grenade (Spain) or Grenade (the country)?" with two buttons.
Kept: a why about a refused country without a note, an amount asked alone, "Grenada" in English, a
nationality answer, "la Grenade, l'île", "à Grenade" (the city).
"""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from rules_core import destination_status
from rules_core.messages import catalogue
from tests.actions.conftest import texts
from tests.actions.test_answers import respond
from tests.actions.test_round13 import ITM_OPEN, hear

LUCCA_OPEN = "2016-01-10"
ENDED = "2026-12-04"
ZURICH = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "receiving_org": "hei",
          "destination": "CH", "destination_city": "Zurich", "start_date": "2016-03-01",
          "end_date": "2016-05-31", "goal": "eligibility"}
NOTE_2014 = {"en": "Switzerland has not been an Erasmus+ programme country since 2014",
             "fr": "La Suisse n'est plus un pays du programme Erasmus+ depuis 2014",
             "nl": "Zwitserland is sinds 2014 geen programmaland van Erasmus+ meer",
             "it": "La Svizzera non è più un paese del programma Erasmus+ dal 2014"}


def _head(lang: str, key: str) -> str:
    return t(lang, key, note="{", source="{", fields="{", city="{", city_country="{",
             country="{").split("{")[0]


async def _told(monkeypatch, slots, lang, today):
    got = await hear(CollectingDispatcher(), monkeypatch, "so can I go?", {**slots, "language": lang}, today)
    return {**slots, **got, "language": lang}


# 1. What the programme says of a refused country -------------------------------------------------------

def test_the_notes_are_call_data_with_their_reference():
    lucca = destination_status("imt-lucca-2015", "CH", "en")
    assert lucca["notes"][0]["text"] == NOTE_2014["en"], lucca
    assert lucca["notes"][0]["source"].startswith("erasmus-figures.md, Countries"), lucca
    assert "2021" in destination_status("itm-2024", "GB", "en")["notes"][0]["text"]
    assert destination_status("imt-lucca-2015", "GB", "en")["notes"] == []  # a programme country in 2015/16
    assert destination_status("itm-2024", "FR", "en")["notes"] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "wait why? switzerland is in europe lol"),
    ("fr", "attends, pourquoi ? la Suisse est en Europe"),
    ("nl", "wacht, waarom? Zwitserland ligt toch in Europa"),
    ("it", "aspetta, perché? la Svizzera è in Europa"),
])
async def test_why_switzerland_in_europe_gets_the_programme_fact(monkeypatch, lang, text):
    slots = await _told(monkeypatch, ZURICH, lang, LUCCA_OPEN)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN)
    said = texts(dispatcher)
    assert NOTE_2014[lang] in said, said
    assert _head(lang, "country_note_europe") in said, said
    assert catalogue(lang)["reference_source"] in said, said
    assert said.index("✗") < said.index(NOTE_2014[lang]), said  # the rule first, then why it is so


async def test_why_without_europe_gets_the_fact_alone(monkeypatch):
    slots = await _told(monkeypatch, ZURICH, "en", LUCCA_OPEN)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "why is that?", slots, LUCCA_OPEN)
    said = texts(dispatcher)
    assert NOTE_2014["en"] in said and _head("en", "country_note_europe") not in said, said


async def test_why_for_a_country_without_a_note_keeps_its_answer(monkeypatch):
    slots = await _told(monkeypatch, {**ZURICH, "destination": "RU", "destination_city": "Moscow"}, "en",
                        LUCCA_OPEN)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "why is that?", slots, LUCCA_OPEN)
    said = texts(dispatcher)
    assert "✗ Russia" in said and "since 20" not in said, said


async def test_why_a_staff_training_in_the_uk_gets_2021(monkeypatch):
    staff = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "GB",
             "destination_city": "London", "start_date": "2026-03-02", "end_date": "2026-03-06",
             "goal": "eligibility", "citizenship": ["BE"]}
    slots = await _told(monkeypatch, staff, "en", ITM_OPEN)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "why? the UK is in Europe", slots, ITM_OPEN)
    said = texts(dispatcher)
    assert "has not been associated to the programme since 2021" in said, said


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "is Switzerland part of Erasmus?"),
    ("fr", "la Suisse fait partie d'Erasmus ?"),
    ("nl", "doet Zwitserland mee aan Erasmus?"),
    ("it", "la Svizzera fa parte di Erasmus?"),
])
async def test_is_switzerland_part_of_erasmus_says_the_fact(monkeypatch, lang, text):
    slots = await _told(monkeypatch, ZURICH, lang, LUCCA_OPEN)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN)
    assert NOTE_2014[lang] in texts(dispatcher), texts(dispatcher)


async def test_is_the_uk_still_in_erasmus_says_2021(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "is the UK still in Erasmus?", {"call": "itm-2024", "language": "en"})
    assert "since 2021" in texts(dispatcher), texts(dispatcher)


async def test_is_austria_part_of_erasmus_has_no_note(monkeypatch):
    slots = await _told(monkeypatch, ZURICH, "en", LUCCA_OPEN)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "is Austria part of Erasmus?", slots, LUCCA_OPEN)
    assert "since 20" not in texts(dispatcher), texts(dispatcher)


# 2. An as-if case that the nationality decides ---------------------------------------------------------

FIRST = ("Hi. I'm an MSc student at ITM Antwerp. Can I still apply for an Erasmus traineeship at a health "
         "NGO in Casablanca, March to June 2027?")
CASE = "ok. what if I had done this last year, march to end of june 2026, and applied in time?"


CASES = {"en": CASE,
         "fr": "et si je l'avais fait l'an dernier, de mars à fin juin 2026, en postulant à temps ?",
         "nl": "en als ik het vorig jaar had gedaan, maart tot eind juni 2026, en op tijd had aangevraagd?",
         "it": "e se l'avessi fatto l'anno scorso, da marzo a fine giugno 2026, candidandomi in tempo?"}


async def _in_case(monkeypatch, intent="inform", lang="en"):
    slots: dict = {"language": "en"}
    for text, said_as in ((FIRST, "check_eligibility"), (CASES[lang], intent)):
        dispatcher = CollectingDispatcher()
        slots = {**slots, **await hear(dispatcher, monkeypatch, text, slots, ENDED, intent=said_as)}
        slots["language"] = lang
    return slots, texts(dispatcher)


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_case_read_as_a_deadline_question_asks_the_nationality(monkeypatch, lang):
    slots, said = await _in_case(monkeypatch, "ask_deadline", lang)
    head, question = _head(lang, "cant_tell_yet_deadline"), t(lang, "ask_citizenship").split("?")[0]
    assert head in said and question in said, said
    assert "📅" not in said and slots.get("asked") == "citizenship", (said, slots)
    assert said.index(head) < said.index(question), said


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "so I would've been eligible? and how much would I have gotten"),
    ("fr", "donc j'aurais été éligible ? et combien j'aurais reçu ?"),
    ("nl", "dus ik was in aanmerking gekomen? en hoeveel had ik gekregen?"),
    ("it", "quindi sarei stato idoneo? e quanto avrei ricevuto?"),
])
async def test_would_i_have_been_eligible_asks_the_nationality_first(monkeypatch, lang, text):
    slots, _ = await _in_case(monkeypatch)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**slots, "language": lang}, ENDED, intent="ask_grant")
    said = texts(dispatcher)
    assert said.startswith(_head(lang, "cant_tell_yet_grant")), said
    assert "€" not in said and {**slots, **got}.get("asked") == "citizenship", (said, got)
    assert len(said.splitlines()) <= 3, said


async def test_the_amount_comes_with_the_nationality(monkeypatch):
    slots, _ = await _in_case(monkeypatch)
    dispatcher = CollectingDispatcher()
    slots = {**slots, **await hear(dispatcher, monkeypatch, "so I would've been eligible? and how much?",
                                   slots, ENDED, intent="ask_grant")}
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, "I'm Belgian", slots, ENDED)
    said = texts(dispatcher)
    assert got.get("citizenship") == ["BE"] and "€" in said and "would have been eligible" in said, said


async def test_the_amount_asked_alone_keeps_its_answer(monkeypatch):
    slots, _ = await _in_case(monkeypatch)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "how much would I have gotten?", slots, ENDED, intent="ask_grant")
    said = texts(dispatcher)
    assert "€" in said and _head("en", "cant_tell_yet_grant") not in said, said


async def test_a_skipped_nationality_gives_the_amount(monkeypatch):
    slots, _ = await _in_case(monkeypatch)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "so I would've been eligible? and how much would I have gotten",
               {**slots, "skipped": ["citizenship"]}, ENDED, intent="ask_grant")
    said = texts(dispatcher)
    assert "€" in said and _head("en", "cant_tell_yet_grant") not in said, said


# 3. A bare name that is a country's and a bigger city's -------------------------------------------------

ITM = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text", "slots"), [
    ("fr", "Grenade", {"asked": "destination"}),
    ("fr", "je voudrais faire un stage, destination Grenade, en mai", {}),
    ("nl", "Norfolk", {"asked": "destination"}),
])
async def test_a_bare_namesake_is_asked_about(monkeypatch, lang, text, slots):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**ITM, **slots, "language": lang})
    said = texts(dispatcher)
    assert _head(lang, "namesake_which") in said, said
    assert "destination" not in got and "destination_city" not in got, got
    buttons = [b for m in dispatcher.messages for b in m.get("buttons") or []]
    assert len(buttons) == 2 and all(b["payload"].startswith("/inform") for b in buttons), buttons


async def test_the_city_button_and_the_country_button(monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    slots = {**ITM, "activity": "traineeship", "asked": "destination", "language": "fr"}
    city = [{"entity": "destination", "value": "ES"}, {"entity": "destination_city", "value": "Granada"}]
    got = await respond(CollectingDispatcher(), text='/inform{"destination": "ES", "destination_city": '
                        '"Granada"}', intent="inform", entities=city, slots=slots)
    assert got.get("destination") == "ES" and got.get("destination_city") == "Granada", got
    got = await respond(CollectingDispatcher(), text='/inform{"destination": "GD"}', intent="inform",
                        entities=[{"entity": "destination", "value": "GD"}], slots=slots)
    assert got.get("destination") == "GD" and not got.get("destination_city"), got


@pytest.mark.parametrize(("lang", "text", "slots", "field", "value"), [
    ("en", "Grenada", {"asked": "destination"}, "destination", "GD"),  # in English only the country
    ("fr", "Grenade", {"asked": "citizenship"}, "citizenship", ["GD"]),  # a nationality, no destination
    ("fr", "la Grenade, l'île", {"asked": "destination"}, "destination", "GD"),
    ("fr", "je voudrais faire un stage à Grenade", {}, "destination", "ES"),  # round 39's city word
])
async def test_a_settled_name_keeps_its_reading(monkeypatch, lang, text, slots, field, value):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**ITM, **slots, "language": lang})
    assert got.get(field) == value, got
    assert _head(lang, "namesake_which") not in texts(dispatcher), texts(dispatcher)
