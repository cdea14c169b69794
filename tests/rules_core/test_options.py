"""rules_core.options: for a plan the call refuses, the variations its own rules allow (round 25: a PhD
student with 10 earlier Erasmus months asked "what else could I do?" after "only 60 days left" and got "I
can't find").
Every variation found is checked against evaluate() on both sides of the limit that stops it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from rules_core import InvalidProfile, options
from rules_core.cli import main

from .helpers import ITM_STAFF, LUCCA, ev, failed_ids

# Round 25 (Z4): 10 earlier months in this PhD, a study period of 3 months in Amsterdam.
AMSTERDAM = {**LUCCA, "destination": "NL", "citizenship": None, "prior_erasmus_months": 10,
             "as_of": "2016-01-10", "application_date": None}


def profile(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {k: v for k, v in {**base, **changes}.items() if v is not None}


def by_activity(found: dict[str, Any], key: str) -> dict[str, dict[str, Any]]:
    return {entry["activity"]: entry for entry in found[key]}


def test_the_cycle_cap_leaves_a_traineeship_of_60_days():
    found = options(profile(AMSTERDAM))
    assert found["verdict"] == "not_eligible" and [f["rule"] for f in found["failed"]] == ["cycle_cap"]
    [trainee] = found["options"]
    assert trainee["activity"] == "traineeship" and trainee["changed"] == ["activity", "end_date"]
    assert (trainee["start_date"], trainee["end_date"], trainee["days"]) == ("2016-04-01", "2016-05-31", 60)
    assert trainee["verdict"] == "eligible" and trainee["longest_end"] == "2016-05-31"
    assert trainee["limit"] == "longest" and [r["rule"] for r in trainee["limits"]] == ["cycle_cap"]
    assert "61 days" in trainee["limits"][0]["explanation"]
    # Both sides of the limit that stops it, as evaluate() judges them.
    assert ev(AMSTERDAM, activity="traineeship", end_date="2016-05-31")["verdict"] == "eligible"
    assert failed_ids(ev(AMSTERDAM, activity="traineeship", end_date="2016-06-01")) == ["cycle_cap"]


def test_a_study_period_is_blocked_below_by_its_minimum_and_above_by_the_cap():
    study = by_activity(options(profile(AMSTERDAM)), "blocked")["study"]
    tried = {t["end_date"]: t for t in study["tried"]}
    assert set(tried) == {"2016-05-31", "2016-06-30"}, study
    shorter, longer = tried["2016-05-31"], tried["2016-06-30"]
    assert [f["rule"] for f in shorter["failed"]] == ["study_duration"]
    said = shorter["failed"][0]["explanation"]
    assert "60 days" in said and "3 months" in said
    assert [f["rule"] for f in longer["failed"]] == ["cycle_cap"]
    assert "only 60 days left" in longer["failed"][0]["explanation"]


def test_with_90_days_left_the_plan_itself_fits_and_a_traineeship_on_the_same_dates_too():
    found = options(profile(AMSTERDAM, prior_erasmus_months=9))
    assert found["verdict"] == "eligible" and found["blocked"] == []
    [trainee] = found["options"]  # the plan itself is no "other option"
    assert trainee["changed"] == ["activity"] and trainee["end_date"] == "2016-06-30"


def test_with_45_days_left_nothing_fits_and_both_limits_are_named():
    found = options(profile(AMSTERDAM, prior_erasmus_months=10.5))
    assert found["options"] == []
    trainee = by_activity(found, "blocked")["traineeship"]
    tried = {t["end_date"]: [f["rule"] for f in t["failed"]] for t in trainee["tried"]}
    assert tried == {"2016-05-15": ["traineeship_duration"], "2016-06-30": ["cycle_cap"]}, trainee
    # 45 days is the cap's edge: one day more fails it; 60 days is the traineeship minimum.
    assert failed_ids(ev(AMSTERDAM, prior_erasmus_months=10.5, activity="traineeship",
                         end_date="2016-05-15")) == ["traineeship_duration"]
    assert "cycle_cap" in failed_ids(ev(AMSTERDAM, prior_erasmus_months=10.5, activity="traineeship",
                                        end_date="2016-05-16"))


def test_a_staff_training_too_long_is_cut_to_60_calendar_days():
    found = options(profile(ITM_STAFF, end_date="2026-04-19"))  # 9 February - 19 April: 70 days
    [training] = found["options"]
    assert (training["end_date"], training["calendar_days"]) == ("2026-04-09", 60)
    assert training["changed"] == ["end_date"] and training["limit"] == "longest"
    assert "61 calendar days" in training["limits"][0]["explanation"]  # (round 49: "calendar")
    assert ev(ITM_STAFF, end_date="2026-04-09")["verdict"] == "eligible"
    assert failed_ids(ev(ITM_STAFF, end_date="2026-04-10")) == ["staff_duration"]


def test_a_too_short_study_period_is_lengthened_to_its_minimum():
    student = {**ITM_STAFF, "role": "msc_student", "activity": "study", "end_date": "2026-03-20"}
    found = options(student)
    study = by_activity(found, "options")["study"]
    assert study["end_date"] == "2026-04-08" and study["limit"] == "shortest"  # 9 Feb - 8 Apr: 60 days
    assert "shorter than the 2 months minimum" in study["limits"][0]["explanation"]
    assert failed_ids(ev(student, end_date="2026-04-07")) == ["student_duration"]
    blended = by_activity(found, "options")["short_term_blended"]  # 40 days: too long for 5-30 days
    assert blended["end_date"] == "2026-03-10" and blended["calendar_days"] == 30


def test_a_departure_too_soon_to_apply_for_moves_the_start_keeping_the_length():
    soon = profile(ITM_STAFF, as_of="2025-10-01", application_date=None, start_date="2025-11-01",
                   end_date="2025-11-05")
    assert [f["rule"] for f in options(soon)["failed"]] == ["staff_apply_two_months_before"]
    [training] = options(soon)["options"]
    assert training["changed"] == ["start_date", "end_date"]
    assert (training["start_date"], training["end_date"]) == ("2025-12-01", "2025-12-05")
    assert ev(soon, start_date="2025-12-01", end_date="2025-12-05")["verdict"] == "eligible"
    assert failed_ids(ev(soon, start_date="2025-11-30", end_date="2025-12-04")) \
        == ["staff_apply_two_months_before"]


def test_an_excluded_destination_has_no_option_and_says_why():
    found = options(profile(ITM_STAFF, destination="Brazil"))
    assert found["options"] == []
    [training] = found["blocked"]
    assert {f["rule"] for t in training["tried"] for f in t["failed"]} == {"staff_destination"}


def test_a_conference_leaves_the_staff_training_on_the_same_dates():
    found = options(profile(ITM_STAFF, activity="conference"))
    [training] = found["options"]
    assert training["activity"] == "staff_training" and training["changed"] == ["activity"]
    assert by_activity(found, "blocked")["conference"]["tried"][0]["failed"][0]["rule"] \
        == "staff_conference_excluded"


def test_without_a_role_nothing_is_searched_and_bad_input_is_refused():
    assert options({"call": "itm-2024", "destination": "Spain"})["options"] == []
    with pytest.raises(InvalidProfile):
        options(profile(ITM_STAFF, end_date="2026-01-01"))


@pytest.mark.parametrize("lang", ["fr", "nl", "it"])
def test_the_explanations_are_in_the_language_asked(lang):
    trainee = options(profile(AMSTERDAM), lang)["options"][0]
    words = {"fr": "61 jours", "nl": "61 dagen", "it": "61 giorni"}[lang]
    assert words in trainee["limits"][0]["explanation"]


def test_the_command_prints_the_options(tmp_path, capsys):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(profile(AMSTERDAM)))
    assert main(["options", str(path), "--lang", "nl"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["options"][0]["end_date"] == "2016-05-31" and "60 dagen" in out["blocked"][0]["tried"][0][
        "failed"][0]["explanation"]
    path.write_text(json.dumps(profile(AMSTERDAM, end_date="2016-03-01")))
    assert main(["options", str(path)]) == 2
    assert capsys.readouterr().out == ""


def test_a_plan_that_passes_says_how_short_and_long_it_may_be():
    found = options(profile(ITM_STAFF))  # 9-20 February 2026: eligible as it is
    assert found["verdict"] == "eligible" and found["options"] == [] and found["blocked"] == []
    assert found["plan"] == {"shortest_end": "2026-02-10", "longest_end": "2026-04-09"}  # 2 and 60 days
    assert failed_ids(ev(ITM_STAFF, end_date="2026-02-09")) == ["staff_duration"]
    assert ev(ITM_STAFF, end_date="2026-02-10")["verdict"] == "eligible"
    assert options(profile(AMSTERDAM))["plan"] is None  # a refused plan has no range of its own
