""""Can I go?", "am I eligible?", "puis-je partir ?", "mag ik gaan?", "posso andare?" asked with (or after)
the plan: the whole answer's yes or no first, from the rules core's verdict for the plan. Round 31: a staff
training in Kampala, "9 to 18 February 2026. Can I go?", opened with one check's "Yes: your stay of 10 days
is within the 2 days to 60 days allowed" and only then said the plan was not eligible (Uganda). A question
about one check ("is 10 days long enough?", "can I stay until 30 June?") keeps that check's answer."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def overall_asked(question: str) -> bool:
    return has("overall_question", question)


def plan_line(turn: Turn, decision: dict[str, Any]) -> str | None:
    """The plan's answer in one line: "No: you are not eligible. <every failing reason>", "Yes: you are
    eligible, apply by <date>.", "Yes, provided that: <the conditions>"; None while facts are missing with
    nothing failing (the next question comes, no yes or no is founded yet)."""
    lang, verdict = turn.lang, decision.get("verdict")
    if verdict == "not_eligible":
        reasons = " ".join(_sentence(f.get("explanation")) for f in decision.get("failed") or [])
        return t(lang, "answer_no", answer=t(lang, "plan_not_eligible", reasons=reasons))
    if verdict != "eligible":
        return None
    conditions = [_sentence(c.get("explanation")) for c in decision.get("conditions") or []]
    if conditions:
        return t(lang, "plan_eligible_provided", conditions=" ".join(conditions))
    outcome = t(lang, "outcome_eligible")
    apply_by = (decision.get("deadlines") or {}).get("apply_by")
    if apply_by and not (turn.get("hypothetical") or turn.as_if_in_time):
        outcome = t(lang, "outcome_with_date", outcome=outcome, date=i18n.fmt_date(apply_by, lang))
    return t(lang, "answer_yes", answer=t(lang, "plan_eligible", outcome=outcome))


def _sentence(text: Any) -> str:
    said = str(text or "").strip()
    return said if said.endswith((".", "!", "?")) else f"{said}."
