"""Shared helpers: complete eligible base profiles for each call, changed one fact at a time by the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rules_core import evaluate

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"

ITM_STAFF: dict[str, Any] = {
    "call": "itm-2024",
    "as_of": "2025-09-15",
    "role": "staff",
    "activity": "staff_training",
    "destination": "Spain",
    "citizenship": ["BE"],
    "receiving_org": "hei",
    "receiving_org_has_eche": True,
    "start_date": "2026-02-09",
    "end_date": "2026-02-20",
    "application_date": "2025-09-15",
}
ITM_STUDENT: dict[str, Any] = {
    "call": "itm-2024",
    "as_of": "2025-09-15",
    "role": "msc_student",
    "activity": "study",
    "destination": "Portugal",
    "citizenship": ["BE"],
    "receiving_org": "hei",
    "receiving_org_has_eche": True,
    "start_date": "2026-02-01",
    "end_date": "2026-04-30",
    "application_date": "2025-09-15",
}
LUCCA: dict[str, Any] = {
    "call": "imt-lucca-2015",
    "as_of": "2016-01-05",
    "role": "phd_student",
    "supervisor_authorised": True,
    "activity": "study",
    "destination": "Francia",
    "citizenship": ["IT"],
    "receiving_org": "hei",
    "receiving_org_has_eche": True,
    "interinstitutional_agreement": True,
    "start_date": "2016-04-01",
    "end_date": "2016-06-30",
    "application_date": "2016-01-05",
    "prior_erasmus_months": 0,
}


def ev(base: dict[str, Any], lang: str = "en", **changes: Any) -> dict[str, Any]:
    """Evaluate `base` with some fields changed (None removes a field)."""
    profile = {**base, **changes}
    profile = {k: v for k, v in profile.items() if v is not None}
    return evaluate(profile, lang)


def failed_ids(decision: dict[str, Any]) -> list[str]:
    return [f["rule"] for f in decision["failed"]]


def passed_ids(decision: dict[str, Any]) -> list[str]:
    return [p["rule"] for p in decision["passed"]]
