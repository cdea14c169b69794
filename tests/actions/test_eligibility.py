"""The 'why?' helper keeps the person's side of the rules."""
from __future__ import annotations

from actions.eligibility import relevant_reasons


def test_reasons_keep_only_this_persons_side():
    reasons = ["staff_x: For staff.", "student_x: For students.", "student_y: For students.", "general: All."]
    assert relevant_reasons(reasons, "staff") == ["For staff.", "All."]
    assert relevant_reasons(reasons, "msc_student") == ["For students.", "All."]

