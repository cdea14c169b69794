"""Round 31: a top-up for a group the profile does not record (students with fewer opportunities, EU-wide,
erasmus-figures.md HIGH) is listed in `grant.group_top_ups` with its source, never among the plan's own
`grant.top_ups` or `grant.notes` (no one is told they get it without being asked)."""

from __future__ import annotations

import pytest

from .helpers import ITM_STAFF, ITM_STUDENT, LUCCA, ev

REFERENCE = "erasmus-figures.md"


@pytest.mark.parametrize(("activity", "start", "end", "figure"), [
    ("traineeship", "2026-03-01", "2026-05-31", "250 EUR per month"),
    ("study", "2026-03-01", "2026-05-31", "250 EUR per month"),
    ("short_term_blended", "2026-03-02", "2026-03-13", "100 EUR for 5-14 days"),
])
def test_itm_students_have_the_fewer_opportunities_top_up(activity, start, end, figure) -> None:
    grant = ev(ITM_STUDENT, activity=activity, start_date=start, end_date=end)["grant"]
    found = grant["group_top_ups"]
    assert [g["group"] for g in found] == ["fewer_opportunities"], found
    assert figure in found[0]["text"] and found[0]["source"].startswith(REFERENCE), found
    assert not any("fewer opportunities" in n for n in grant["notes"]), grant["notes"]
    assert not any("fewer opportunities" in str(t.get("text")) for t in grant["top_ups"]), grant["top_ups"]


def test_the_traineeship_top_up_stays_the_plans_own() -> None:
    grant = ev(ITM_STUDENT, activity="traineeship", destination="France", start_date="2026-03-01",
               end_date="2026-05-31")["grant"]
    assert any("150 EUR" in str(t.get("text")) for t in grant["top_ups"]), grant["top_ups"]


@pytest.mark.parametrize("lang", ["fr", "nl", "it"])
def test_the_top_up_is_in_the_reply_language(lang) -> None:
    grant = ev(ITM_STUDENT, lang=lang, start_date="2026-03-01", end_date="2026-05-31")["grant"]
    found = grant["group_top_ups"]
    assert "250 EUR" in found[0]["text"] and "students" not in found[0]["text"], found


def test_staff_and_lucca_have_none() -> None:
    assert ev(ITM_STAFF)["grant"]["group_top_ups"] == []
    assert ev(LUCCA)["grant"]["group_top_ups"] == []
