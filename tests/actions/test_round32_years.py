"""Round 32: the year the person said for their stay. After "What would have applied to me?" under the ended
Lucca call, "february 2027, for about 5 months" got "So far so good: this looks possible" with ✓ checks and
"On which day in February 2027?"; "not fixed yet, say 1 feb" was stored as 1 February 2016 (the call's year,
not the month's); "wait, 2027 not 2016!" changed nothing and a full "eligible, €1,400" for 2016 followed.
Now a day said for a start month waiting for it takes that month's year (actions/partial_dates.py), a year
said instead of another moves the stay ("Updated: ...", actions/yearfix.py), and a start month after the
call's period is said to be so at once (actions/later.py, actions/monthafter.py). The same for the ITM call.
Nearby: a date said without a year and no month waiting still takes the call's year; a month inside the
period still gets its day asked; a year pair that is no stored date's year moves nothing."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, SIM_TODAY, hear

LUCCA_AS_IF = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "AT",
               "destination_city": "Vienna", "goal": "eligibility", "closed_told": "imt-lucca-2015",
               "hypothetical": True, "receiving_org": "hei", "asked_once": True, "asked": "start_date"}
ITM_AS_IF = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "PT",
             "destination_city": "Lisbon", "goal": "eligibility", "closed_told": "itm-2024",
             "hypothetical": True, "asked_once": True, "asked": "start_date"}
ITM_PLAN = {k: v for k, v in ITM_AS_IF.items() if k not in ("closed_told", "hypothetical")}

DAY_FOR_FEBRUARY = [
    ("en", "not fixed yet, say 1 feb"),
    ("fr", "pas encore fixé, disons le 1er"),
    ("fr", "pas encore fixé, disons le 1er février"),
    ("nl", "nog niet vast, zeg 1 feb"),
    ("it", "non ancora, diciamo il 1"),
    ("it", "non ancora, diciamo il 1 febbraio"),
]


def _waiting(slots: dict, month: str, length: str, lang: str) -> dict:
    """The slots while the day of a start month said without it is asked (the state round 32 reached)."""
    return {**slots, "start_month": month, "duration": length, "language": lang}


# 1. A day said for the start month waiting for it takes that month's year.
@pytest.mark.parametrize(("lang", "text"), DAY_FOR_FEBRUARY)
async def test_the_day_of_a_waiting_month_keeps_its_year(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, _waiting(LUCCA_AS_IF, "2027-02", "P5M", lang), SIM_TODAY)
    assert got.get("start_date") == "2027-02-01", (got, texts(dispatcher))
    assert got.get("end_date") == "2027-06-30", got
    assert "2016" not in texts(dispatcher).split("(")[0].split("\n")[0], texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "not fixed yet, say 1 march"),
    ("fr", "pas encore fixé, disons le 1er mars"),
    ("nl", "nog niet vast, zeg 1 maart"),
    ("it", "non ancora, diciamo il 1 marzo"),
])
@pytest.mark.parametrize(("slots", "today"), [(ITM_AS_IF, SIM_TODAY), (ITM_PLAN, ITM_OPEN)])
async def test_the_itm_day_of_march_2027_stays_in_2027(monkeypatch, lang, text, slots, today):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, _waiting(slots, "2027-03", "P3M", lang), today)
    assert got.get("start_date") == "2027-03-01", (got, texts(dispatcher))
    assert got.get("end_date") == "2027-05-31", got


@pytest.mark.parametrize(("lang", "text"), [("en", "1 March"), ("fr", "le 1er mars"), ("nl", "1 maart"),
                                            ("it", "il 1 marzo")])
async def test_a_date_without_year_and_no_month_waiting_still_takes_the_calls_year(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**LUCCA_AS_IF, "language": lang}, SIM_TODAY)
    assert got.get("start_date") == "2016-03-01", got


# 2. A year said instead of another moves the stay, said as updated.
YEAR_FIXES = [
    ("en", "wait, 2027 not 2016! and 0 months so far"),
    ("en", "not 2016 but 2027"),
    ("fr", "c'est 2027, pas 2016"),
    ("fr", "pas en 2016 mais en 2027"),
    ("nl", "2027, niet 2016"),
    ("nl", "niet 2016 maar 2027"),
    ("it", "2027 non 2016"),
    ("it", "non nel 2016 ma nel 2027"),
]
STORED_2016 = {**LUCCA_AS_IF, "start_date": "2016-02-01", "end_date": "2016-06-30",
               "asked": "prior_erasmus_months"}


@pytest.mark.parametrize(("lang", "text"), YEAR_FIXES)
async def test_a_year_said_instead_of_the_stored_one_moves_the_stay(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**STORED_2016, "language": lang}, SIM_TODAY)
    assert got.get("start_date") == "2027-02-01" and got.get("end_date") == "2027-06-30", got
    said = texts(dispatcher)
    reply = got.get("language") or lang
    assert said.startswith(t(reply, "changed_facts", facts="")[:8]), said
    assert i18n.fmt_date("2027-02-01", reply) in said.split("\n")[0], said
    # Dates after the call's period: no verdict as if applied in time, said so.
    assert t(reply, "dates_after_call", dates="", last="")[:8] in said, said
    assert "prior_erasmus_months" not in got or "0 months" in text, got
    assert "€1,400" not in said and "✅" not in said, said


async def test_a_year_correction_moves_the_itm_stay_too(monkeypatch):
    slots = {**ITM_AS_IF, "start_date": "2026-03-01", "end_date": "2026-05-31", "asked": "citizenship"}
    got = await hear(CollectingDispatcher(), monkeypatch, "wait, 2027 not 2026!", slots, SIM_TODAY)
    assert got.get("start_date") == "2027-03-01" and got.get("end_date") == "2027-05-31", got


@pytest.mark.parametrize("text", ["2017 not 2018", "the 2015/2016 call, not 2014?"])
async def test_a_year_pair_no_stored_date_has_moves_nothing(monkeypatch, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**STORED_2016, "language": "en"}, SIM_TODAY)
    assert "start_date" not in got and "end_date" not in got, got


# 3. A start month after the call's period is said to be so at once, never "this looks possible".
MONTHS_2027 = [
    ("en", "february 2027, for about 5 months"),
    ("fr", "février 2027, pour environ 5 mois"),
    ("nl", "februari 2027, voor ongeveer 5 maanden"),
    ("it", "febbraio 2027, per circa 5 mesi"),
]


@pytest.mark.parametrize(("lang", "text"), MONTHS_2027)
async def test_a_month_after_the_ended_calls_period_is_said_at_once(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA_AS_IF, "language": lang}, SIM_TODAY)
    said = texts(dispatcher)
    after = t(lang, "dates_after_call", dates=i18n.fmt_month("2027-02-01", lang),
              last=i18n.fmt_date("2016-09-30", lang))
    assert after in said, said
    assert t(lang, "interim_so_far") not in said and "✓" not in said, said
    assert got.get("asked", "kept") is None, got
    assert got.get("start_month") == "2027-02", got


async def test_the_day_after_the_month_block_says_only_the_new_dates(monkeypatch):
    dispatcher = CollectingDispatcher()
    slots = {**_waiting(LUCCA_AS_IF, "2027-02", "P5M", "en"), "closed_told": "imt-lucca-2015>after",
             "asked": None}
    slots.pop("hypothetical")
    got = await hear(dispatcher, monkeypatch, "not fixed yet, say 1 feb", slots, SIM_TODAY)
    said = texts(dispatcher)
    assert got.get("start_date") == "2027-02-01", got
    assert "1 February 2027 – 30 June 2027" in said, said
    assert t("en", "call_closed", call="", date="")[:10] not in said, said


async def test_the_itm_month_after_its_period_is_said_at_once(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "march 2027, for about 3 months", {**ITM_AS_IF, "language": "en"},
               SIM_TODAY)
    said = texts(dispatcher)
    after = "Your dates (March 2027) fall after this call's period (mobilities until 31 July 2026)"
    assert after in said, said
    assert t("en", "interim_so_far") not in said, said


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "march 2027, for about 3 months"),
    ("fr", "mars 2027, pour environ 3 mois"),
    ("nl", "maart 2027, voor ongeveer 3 maanden"),
    ("it", "marzo 2027, per circa 3 mesi"),
])
async def test_an_open_call_says_the_month_is_after_its_period_then_asks_the_day(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**ITM_PLAN, "language": lang}, ITM_OPEN)
    said = texts(dispatcher)
    assert t(lang, "month_after_period", month=i18n.fmt_month("2027-03-01", lang),
             last=i18n.fmt_date("2026-07-31", lang)) in said, said
    assert t(lang, "interim_so_far") not in said, said
    assert got.get("asked", "start_date") == "start_date", got


@pytest.mark.parametrize(("slots", "today", "text", "month"), [
    (LUCCA_AS_IF, SIM_TODAY, "february 2016, for about 5 months", "2016-02-01"),
    (ITM_PLAN, ITM_OPEN, "march 2026, for about 3 months", "2026-03-01"),
])
async def test_a_month_inside_the_period_still_gets_its_day_asked(monkeypatch, slots, today, text, month):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**slots, "language": "en"}, today)
    said = texts(dispatcher)
    assert t("en", "ask_start_day", month=i18n.fmt_month(month, "en"), first=i18n.fmt_date(month, "en")) \
        in said, said
    assert t("en", "month_after_period", month="", last="")[:10] not in said, said
    assert "fall after this call's period" not in said, said
    assert got.get("asked", "start_date") == "start_date", got
