"""Round 34 (hypodates): "Let's say the 15th, Monday to Friday" with "a week" said earlier stored 15-21 March
2027; Monday to Friday from Monday 15 March is 15-19 March. Now a weekday range said with a start day ends the
stay on the range's last weekday of that week (actions/weekrange.py), in four languages. "If the same trip had
been in March 2026" with an end day said in the same message took 1-19 March 2026 (the month's 1st); now the
stored stay moves with its days kept (actions/when.py, phrases same_dates). Nearby: a start day without a
weekday range still ends after the length said; "Monday 15 to Friday 19 March" keeps its said days; a month
alone with a weekday range sets no end from the assumed 1st."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.conftest import texts
from tests.actions.test_round13 import SIM_TODAY, hear

WAITING = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "DE",
           "destination_city": "Berlin", "goal": "eligibility", "closed_told": "itm-2024",
           "hypothetical": True, "asked_once": True, "asked": "start_date", "start_month": "2027-03",
           "duration": "P1W"}
STORED = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "DE",
          "destination_city": "Berlin", "goal": "eligibility", "closed_told": "itm-2024>after",
          "start_date": "2027-03-15"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "No idea yet, probably mid-March. Let's say the 15th, Monday to Friday."),
    ("en", "the 15th, from monday through friday"),
    ("fr", "Disons le 15, du lundi au vendredi."),
    ("nl", "Zeg maar de 15e, van maandag tot vrijdag."),
    ("it", "Diciamo il 15, da lunedì a venerdì."),
    ("it", "il 15, dal lunedì al venerdì"),
])
async def test_a_weekday_range_ends_on_its_last_weekday(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**WAITING, "language": lang}, SIM_TODAY)
    assert got.get("start_date") == "2027-03-15", (got, texts(dispatcher))
    assert got.get("end_date") == "2027-03-19", (got, texts(dispatcher))


@pytest.mark.parametrize(("lang", "text"), [("en", "Let's say the 15th."), ("fr", "Disons le 15."),
                                            ("nl", "Zeg maar de 15e."), ("it", "Diciamo il 15.")])
async def test_a_start_day_alone_still_ends_after_the_length(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**WAITING, "language": lang}, SIM_TODAY)
    assert (got.get("start_date"), got.get("end_date")) == ("2027-03-15", "2027-03-21"), got


@pytest.mark.parametrize(("lang", "text"), [("en", "from Monday 15 to Thursday 18 March"),
                                            ("fr", "du lundi 15 au jeudi 18 mars")])
async def test_weekdays_with_their_days_keep_the_days_said(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**WAITING, "language": lang}, SIM_TODAY)
    assert (got.get("start_date"), got.get("end_date")) == ("2027-03-15", "2027-03-18"), got


SAME_TRIP = [
    ("en", "Monday to Friday would end on the 19th, not the 21st. And yes I know the dates are outside, "
           "that's why I asked hypothetically: if the same trip had been in, say, March 2026, would I have "
           "been eligible, and what would I have received?"),
    ("en", "if the same trip had been in March 2026, would I have been eligible?"),
    ("fr", "et si le même séjour avait été en mars 2026, aurais-je été éligible ?"),
    # (Dutch "als dezelfde reis/week in maart 2026 was geweest" still takes 1 March: a gap before this round)
    ("it", "e se lo stesso viaggio fosse stato a marzo 2026, sarei stata idonea?"),
]


@pytest.mark.parametrize(("lang", "text"), SAME_TRIP)
@pytest.mark.parametrize("end", ["2027-03-19", "2027-03-21"])
async def test_the_same_trip_in_another_year_keeps_its_days(monkeypatch, lang, text, end):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**STORED, "end_date": end, "language": lang}, SIM_TODAY)
    case = (got.get("what_if_case") or {}).get("_past") or got
    assert case.get("start_date") == "2026-03-15", (got, texts(dispatcher))
    # the end said with it ("on the 19th, not the 21st") is kept; otherwise the stored length
    want = "2026-03-19" if "19th" in text or end == "2027-03-19" else "2026-03-21"
    assert case.get("end_date") == want, (got, texts(dispatcher))
    assert not any(f"{d} 1 {m} 2026" in texts(dispatcher) for d in (":", "date") for m in ("March", "mars"))


# 3. "I'm German. Does that matter?" with dates after the ended call's period: the rule that fails whatever
# the dates is said at once (already so on main when this round ran; kept as a guard). Nearby: a nationality
# that passes gets no "not eligible".
@pytest.mark.parametrize(("lang", "text", "rule"), [
    ("en", "I'm German. Does that matter?", "not an eligible destination"),
    ("fr", "Je suis allemande. Est-ce que ça compte ?", "Destination non éligible"),
    ("nl", "Ik ben Duitse. Maakt dat uit?", "Geen toegelaten bestemming"),
    ("it", "Sono tedesca. Conta qualcosa?", "Destinazione non ammessa"),
])
@pytest.mark.parametrize("end", ["2027-03-19", "2027-03-21"])
async def test_a_rule_failing_whatever_the_dates_is_said(monkeypatch, lang, text, rule, end):
    dispatcher = CollectingDispatcher()
    said = "I meant 15 to 19 March. " if end == "2027-03-21" and lang == "en" else ""
    got = await hear(dispatcher, monkeypatch, said + text, {**STORED, "end_date": end, "language": lang},
                     SIM_TODAY)
    assert got.get("citizenship") == ["DE"], got
    assert rule in texts(dispatcher), texts(dispatcher)


async def test_a_nationality_that_passes_is_not_ruled_out(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "I'm Belgian. Does that matter?",
               {**STORED, "end_date": "2027-03-19", "language": "en"}, SIM_TODAY)
    assert "not an eligible destination" not in texts(dispatcher), texts(dispatcher)
