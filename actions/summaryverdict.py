"""The e-mail summary's verdict and what follows it (actions/contact.py): "eligible, on this condition: ..."
in the verdict's own line (round 61: "Verdict: eligible." was read as unconditional, the condition only
below it), the date to apply by, the amount, what failed."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.answer import only_deadlines_failed
from actions.i18n import t


def verdict_parts(decision: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """The e-mail summary's verdict line, with its condition when one (else its conditions below it), and
    what follows it."""
    verdict = i18n.label(lang, "verdicts", decision.get("verdict"))
    conditions = decision.get("conditions") or []
    if conditions and decision.get("verdict") == "eligible":
        # "Eligible provided that...": the office reads the conditions, not only "eligible"; in the verdict's
        # own line (round 61: "Verdict: eligible." read as unconditional, the condition only below it).
        # In the person's voice ("My supervisor must authorise..."): they send these lines to the office.
        said = [c.get("first_person") or c.get("explanation") for c in conditions]
        if len(said) == 1:
            return [("verdict", t(lang, "summary_verdict_provided_one", verdict=verdict, condition=said[0])),
                    *_after_verdict(decision, lang)]
        lines = [("verdict", t(lang, "summary_verdict_provided", verdict=verdict))]
        lines += [("verdict", f"- {c}") for c in said]
        return lines + _after_verdict(decision, lang)
    return [("verdict", t(lang, "summary_verdict", verdict=verdict)), *_after_verdict(decision, lang)]


def _after_verdict(decision: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """The summary's lines after the verdict: the date to apply by, the amount, what failed."""
    total = (decision.get("grant") or {}).get("total_eur")
    lines: list[tuple[str, str]] = []
    apply_by = (decision.get("deadlines") or {}).get("apply_by")
    if apply_by and decision.get("verdict") != "not_eligible":  # round 19: the summary had no date
        lines.append(("apply_by", t(lang, "summary_apply_by", date=i18n.fmt_date(apply_by, lang))))
    travel = (decision.get("grant") or {}).get("travel_eur")
    if decision.get("verdict") == "not_eligible" and not only_deadlines_failed(decision):
        total = travel = None  # a plan the rules turn down gets no grant: no amount beside "not eligible"
    if total is not None:
        lines.append(("grant", t(lang, "summary_grant", amount=i18n.fmt_eur(total, lang))))
    elif travel and decision.get("verdict") != "not_eligible":
        lines.append(("grant", t(lang, "summary_travel", amount=i18n.fmt_eur(travel, lang))))
    lines += [("verdict", f"- {f.get('explanation')}") for f in (decision.get("failed") or [])[:3]]
    return lines
