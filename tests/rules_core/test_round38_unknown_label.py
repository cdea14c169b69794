"""Round 38: a staff member's first message (no activity yet) got "✓ Your receiving organisation (higher
education institution) may host this None.": a label not known yet is said in words, in every language."""
from __future__ import annotations

import pytest

from rules_core.engine import evaluate

PROFILE = {"call": "itm-2024", "as_of": "2025-10-01", "role": "staff", "receiving_org": "hei",
           "destination": "SE", "start_date": "2026-04-13", "end_date": "2026-04-24"}


@pytest.mark.parametrize(("lang", "words"), [("en", "planned mobility"), ("fr", "mobilité prévue"),
                                             ("nl", "geplande mobiliteit"), ("it", "mobilità prevista")])
def test_a_host_checked_before_the_activity_names_no_none(lang, words):
    decision = evaluate(PROFILE, lang)
    texts = [p["explanation"] for p in decision["passed"] + decision["failed"]]
    assert not any("None" in t for t in texts), texts
    assert any(words in t for t in texts), texts


def test_a_known_activity_keeps_its_name():
    decision = evaluate({**PROFILE, "activity": "staff_training"}, "en")
    assert any("may host this staff training" in p["explanation"] for p in decision["passed"])
