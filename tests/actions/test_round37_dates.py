"""Round 37 (r37dates): stored dates and facts that were not what the person said.
1. "I'm doing my MSc ... and finish end of June 2026. could I do a traineeship in Geneva after that, like
   sept to nov 2026?" stored the graduation as the stay's end (30 June 2026) and dropped Sept-Nov as dates
   in a question: the degree's end is the graduation date only (actions/graduation.py, phrases
   graduation_word), "the end of June" is the month's last day, no cue of the stay, and "after that" places
   the stay, it asks nothing about dates (phrases placed_after). "1st sept 2026, till end of november" ended
   on 30 November 2025: a year said with one end of a range holds for the other (actions/partial_dates.py).
   "no, 30 november 2026. start is 1 september 2026" read two starts and kept neither: of two dates, one
   cued as the start, the other is the end (actions/when.py).
2. Staff plan 8-12 March 2027 (Monday-Friday), call ended: "what if it had been March 2026, same week?"
   made 8-12 March 2026 (Sunday-Thursday): a week moved keeps its weekdays (actions/casedates.py). "small
   correction, same week in 2026 is Mon 9 to Fri 13 March" went into the real plan ("end date: 12 March
   2027 -> 13 March 2027"): in the case, a date said without its year is the case's, and "Mon 9", "Fri 13"
   are days (bot/nlu/daywords.py). The case left for the own plan was forgotten: "so for the 2026 what-if:
   ... Correct?" took the plan's dates a year back (8-12 March 2026, apply by 8 January); now it is
   recalled.
3. "309 EUR travel, 417 by train, ... Correct?" stored green travel Yes (a figure recapped), and "I haven't
   decided on the train yet" stored No: now nothing, and open (actions/travelmode.py).
Nearby answers kept: a stay's own end at the end of June, "finish the traineeship", a range with its year
at the end, a real change of the plan, "same dates" (calendar dates), "by train" and "I'll fly" as plans.
"""
from __future__ import annotations

import datetime as dt

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.nlu.extract import extract
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

ENDED = "2026-12-03"  # the simulated staff member's server: the ITM call ended
GENEVA = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "goal": "eligibility",
          "destination": "CH", "destination_city": "Geneva"}
OSLO = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
        "destination": "NO", "destination_city": "Oslo", "start_date": "2027-03-08", "end_date": "2027-03-12",
        "receiving_org": "hei", "receiving_org_has_eche": True, "citizenship": ["BE"],
        "closed_told": "itm-2024>as_if"}
IN_CASE = {**OSLO, "hypothetical": True,
           "what_if_case": {"_past": {"start_date": "2026-03-08", "end_date": "2026-03-12"}}}
CASE_LEFT = {**OSLO, "closed_told": "itm-2024>after",
             "what_if_case": {"_past": {"start_date": "2026-03-09", "end_date": "2026-03-13", "left": True}}}


def _case(got: dict) -> tuple:
    case = (got.get("what_if_case") or {}).get("_past") or {}
    return case.get("start_date"), case.get("end_date")


# 1. The graduation is no date of the stay; the stay's range said after it is the stay.
GRADUATION = [
    ("en", "hey, quick question - I'm doing my MSc at ITM Antwerp and finish end of June 2026. could I do an "
           "erasmus traineeship at the WHO in Geneva after that, like sept to nov 2026?"),
    ("en", "I graduate at the end of June 2026. Could I do a traineeship in Geneva after that, from "
           "September to November 2026?"),
    ("fr", "Je serai diplômé fin juin 2026 et je voudrais faire un stage à Genève de septembre à novembre "
           "2026."),
    ("fr", "Je fais mon master à l'IMT et je finis fin juin 2026. Je voudrais faire un stage à Genève de "
           "septembre à novembre 2026."),
    ("nl", "Ik studeer af eind juni 2026 en wil een stage doen in Genève van september tot november 2026."),
    ("nl", "Ik doe mijn master aan het ITG en ben klaar eind juni 2026. Ik wil een stage doen in Genève van "
           "september tot november 2026."),
    ("it", "Mi laureo a fine giugno 2026 e vorrei fare un tirocinio a Ginevra da settembre a novembre 2026."),
    ("it", "Faccio il master all'ITM e finisco a fine giugno 2026. Vorrei fare un tirocinio a Ginevra da "
           "settembre a novembre 2026."),
]


@pytest.mark.parametrize(("lang", "text"), GRADUATION)
async def test_the_graduation_is_no_end_of_the_stay(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {"language": lang}, ITM_OPEN)
    assert got.get("graduation_date") == "2026-06-30", got
    assert (got.get("start_date"), got.get("end_date")) == ("2026-09-01", "2026-11-30"), got


STAY_END = [
    ("en", "My traineeship in Geneva runs from 1 March 2026 and ends at the end of June 2026."),
    ("en", "I'm doing my MSc at ITM and finish the traineeship at the end of June 2026, starting 1 March "
           "2026."),
    ("fr", "Mon stage à Genève commence le 1er mars 2026 et se termine fin juin 2026."),
    ("nl", "Mijn stage in Genève begint op 1 maart 2026 en eindigt eind juni 2026."),
    ("it", "Il mio tirocinio a Ginevra inizia il 1° marzo 2026 e finisce a fine giugno 2026."),
]


@pytest.mark.parametrize(("lang", "text"), STAY_END)
async def test_the_stays_own_end_of_june_stays_its_end(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {"language": lang}, ITM_OPEN)
    assert got.get("end_date") == "2026-06-30" and not got.get("graduation_date"), got


CARRIED = [
    ("en", "1st sept 2026, till end of november. wait, is switzerland even ok? it's not EU"),
    ("fr", "1er septembre 2026, jusqu'à fin novembre."),
    ("nl", "1 september 2026, tot eind november."),
    ("it", "1 settembre 2026, fino a fine novembre."),
]


@pytest.mark.parametrize(("lang", "text"), CARRIED)
async def test_the_year_of_the_start_holds_for_the_end(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    slots = {**GENEVA, "language": lang, "asked": "start_date", "graduation_date": "2026-06-30"}
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    assert (got.get("start_date"), got.get("end_date")) == ("2026-09-01", "2026-11-30"), got
    assert "2025" not in texts(dispatcher)


async def test_a_range_with_its_year_at_the_end_is_kept(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch, "from 1 March to 15 April 2026",
                     {**GENEVA, "language": "en"}, ITM_OPEN)
    assert (got.get("start_date"), got.get("end_date")) == ("2026-03-01", "2026-04-15"), got


BOTH_DATES = [
    ("en", "no, 30 november 2026. start is 1 september 2026"),
    ("fr", "non, 30 novembre 2026. le début est le 1er septembre 2026"),
    ("nl", "nee, 30 november 2026. de start is 1 september 2026"),
    ("it", "no, 30 novembre 2026. l'inizio è il 1 settembre 2026"),
]


@pytest.mark.parametrize(("lang", "text"), BOTH_DATES)
async def test_a_start_said_with_another_date_makes_that_one_the_end(monkeypatch, lang, text):
    slots = {**GENEVA, "language": lang, "asked": "start_date", "end_date": "2026-06-30"}
    got = await hear(CollectingDispatcher(), monkeypatch, text, slots, ITM_OPEN)
    assert (got.get("start_date"), got.get("end_date")) == ("2026-09-01", "2026-11-30"), got


# 2. A week moved by a year keeps its weekdays; corrections in the case are the case's.
SAME_WEEK = [
    ("en", "And what would I have got if it had been March 2026, same week?"),
    ("fr", "Et qu'est-ce que j'aurais eu si c'était en mars 2026, la même semaine ?"),
    ("nl", "En wat zou ik gekregen hebben als het in maart 2026 was geweest, dezelfde week?"),
    ("it", "E cosa avrei avuto se fosse stato a marzo 2026, la stessa settimana?"),
]


@pytest.mark.parametrize(("lang", "text"), SAME_WEEK)
async def test_the_same_week_a_year_earlier_keeps_its_weekdays(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**OSLO, "language": lang}, ENDED)
    assert _case(got) == ("2026-03-09", "2026-03-13"), got
    assert "start_date" not in got or got["start_date"] == "2027-03-08", got
    assert "8 January 2026" not in texts(dispatcher)


async def test_the_same_dates_a_year_earlier_keep_their_days(monkeypatch):
    text = "And what would I have got if it had been March 2026, same dates?"
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**OSLO, "language": "en"}, ENDED)
    assert _case(got) == ("2026-03-08", "2026-03-12"), got


CORRECTION = [
    ("en", "I'm Belgian. And small correction, same week in 2026 is Mon 9 to Fri 13 March, not 8-12."),
    ("en", "Small correction: it's 9 to 13 March, not 8-12."),
    ("fr", "Petite correction : la même semaine en 2026, c'est du lun. 9 au ven. 13 mars, pas du 8 au 12."),
    ("nl", "Kleine correctie: dezelfde week in 2026 is van maandag 9 tot vrijdag 13 maart, niet 8-12."),
    ("it", "Piccola correzione: la stessa settimana nel 2026 è da lunedì 9 a venerdì 13 marzo, non 8-12."),
]


@pytest.mark.parametrize(("lang", "text"), CORRECTION)
async def test_a_correction_in_the_case_is_the_cases(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**IN_CASE, "language": lang}, ENDED)
    assert got.get("start_date") in (None, "2027-03-08") and got.get("end_date") in (None, "2027-03-12"), got
    assert _case(got) == ("2026-03-09", "2026-03-13"), got
    assert "2027 →" not in texts(dispatcher) and "13 March 2027" not in texts(dispatcher)


async def test_a_real_change_of_the_plan_in_the_case_still_updates(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch, "actually my real trip is 8 to 19 March 2027",
                     {**IN_CASE, "language": "en"}, ENDED)
    assert got.get("end_date") == "2027-03-19", got


RECALLED = [
    ("en", "So for the 2026 what-if: 309 EUR travel, 417 by train, daily rate unknown, apply by 9 Jan 2026. "
           "Correct?"),
    ("fr", "Donc pour le cas de 2026 : 309 EUR de voyage, 417 en train, et postuler avant le 9 janvier 2026. "
           "C'est bien ça ?"),
    ("nl", "Dus voor het geval van 2026: 309 EUR reis, 417 met de trein, aanvragen voor 9 januari 2026. "
           "Klopt dat?"),
    ("it", "Quindi per il caso del 2026: 309 EUR di viaggio, 417 in treno, candidarsi entro il 9 gennaio "
           "2026. Giusto?"),
]


@pytest.mark.parametrize(("lang", "text"), RECALLED)
@pytest.mark.parametrize("intent", ["ask_grant", "inform"])
async def test_the_case_left_is_recalled_by_its_year(monkeypatch, lang, text, intent):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**CASE_LEFT, "language": lang}, ENDED, intent=intent)
    assert _case(got) == ("2026-03-09", "2026-03-13"), got
    assert "green_travel" not in got, got
    assert got.get("start_date") in (None, "2027-03-08"), got


async def test_a_case_left_for_another_plan_is_not_recalled(monkeypatch):
    slots = {**CASE_LEFT, "start_date": "2027-06-07", "end_date": "2027-06-11", "language": "en"}
    got = await hear(CollectingDispatcher(), monkeypatch, "what would I have got in 2026?", slots, ENDED,
                     intent="ask_grant")
    assert _case(got)[0] != "2026-03-09", got


WEEKDAYS = [
    ("Mon 9 to Fri 13 March 2026", ("2026-03-09", "2026-03-13")),
    ("du lun. 9 au ven. 13 mars 2026", ("2026-03-09", "2026-03-13")),
    ("da lun 9 a ven 13 marzo 2026", ("2026-03-09", "2026-03-13")),
    ("van ma 9 tot vr 13 maart 2026", ("2026-03-09", "2026-03-13")),
    ("Mar 9 to Mar 13 2026", ("2026-03-09", "2026-03-13")),  # "Mar" is March, no Tuesday
]


@pytest.mark.parametrize(("text", "dates"), WEEKDAYS)
def test_short_weekday_names_before_a_day_are_read_through(text, dates):
    found = {e["entity"]: e["value"] for e in extract(text, dt.date(2026, 12, 3))
             if e["entity"] in ("start_date", "end_date")}
    assert (found.get("start_date"), found.get("end_date")) == dates, found


# 3. A figure recapped states no travel; undecided leaves it open.
RECAP = [
    ("en", "So for the 2026 what-if: 309 EUR travel, 417 by train, daily rate unknown. Correct?"),
    ("fr", "Donc 309 EUR de voyage, 417 en train, c'est bien ça ?"),
    ("nl", "Dus 309 EUR reis, 417 met de trein, klopt dat?"),
    ("it", "Quindi 309 EUR di viaggio, 417 in treno, giusto?"),
]


@pytest.mark.parametrize(("lang", "text"), RECAP)
async def test_a_recapped_train_figure_stores_nothing(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**OSLO, "language": lang}, ENDED)
    assert "green_travel" not in got, got


UNDECIDED = [
    ("en", "I haven't decided on the train yet. And the apply-by date, 9 Jan, yes or no?"),
    ("en", "I haven't decided about the train"),
    ("fr", "Je n'ai pas encore décidé pour le train."),
    ("nl", "Ik heb nog niet beslist over de trein."),
    ("it", "Non ho ancora deciso per il treno."),
]


@pytest.mark.parametrize(("lang", "text"), UNDECIDED)
async def test_an_undecided_train_is_open_not_no(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text,
                     {**IN_CASE, "green_travel": True, "language": lang}, ENDED)
    assert got.get("green_travel", "kept") is None, got


PLANS = [("en", "I'll go by train", True), ("fr", "je prends le train", True),
         ("nl", "ik ga met de trein", True), ("it", "vado in treno", True),
         ("en", "not by train, I'll fly", False)]


@pytest.mark.parametrize(("lang", "text", "green"), PLANS)
async def test_travel_said_as_the_plan_is_still_noted(monkeypatch, lang, text, green):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**OSLO, "language": lang}, ENDED)
    assert got.get("green_travel") is green, got
