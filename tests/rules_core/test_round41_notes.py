"""Round 41: the call's note on a stay in several countries is said only when the profile says the plan names
several places (`several_places`); the staff's green travel days stay the staff's note."""
from __future__ import annotations

import pytest

import rules_core
from rules_core.engine import InvalidProfile

LEUVEN = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "BE",
          "destination_city": "Leuven", "citizenship": ["NL"], "start_date": "2016-02-15",
          "end_date": "2016-06-30", "as_of": "2016-01-10", "prior_erasmus_months": 0}


def test_one_country_note_only_with_several_places():
    assert "one_country" not in rules_core.evaluate(LEUVEN)["note_ids"]
    assert "one_country" not in rules_core.evaluate({**LEUVEN, "several_places": False})["note_ids"]
    assert "one_country" in rules_core.evaluate({**LEUVEN, "several_places": True})["note_ids"]


def test_several_places_must_be_yes_or_no():
    with pytest.raises(InvalidProfile):
        rules_core.evaluate({**LEUVEN, "several_places": "two"})


STAFF_GREEN = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "ES",
               "destination_city": "Madrid", "citizenship": ["BE"], "start_date": "2026-02-09",
               "end_date": "2026-02-20", "as_of": "2025-09-15", "receiving_org": "hei",
               "receiving_org_has_eche": True, "green_travel": True}


def test_keep_the_staff_green_travel_days_note():
    notes = rules_core.evaluate(STAFF_GREEN)["grant"]["notes"]
    assert any("4 more travel days" in n for n in notes), notes
