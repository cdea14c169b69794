"""What the grant counts, said after "the call says nothing about staying on privately": the mobility's own
days (the rules core's day count for the person's dates) and the call data's note on travel days. Private
days added before or after are no change of the dates (round 45: "can I tack a few days of holiday on after,
say stay till the 28th?" got when the grant is paid, then "I can't find the answer")."""
from __future__ import annotations

from actions.i18n import fmt_date, t
from actions.phrases import has
from actions.turn import Turn


def funded_days(turn: Turn) -> list[str]:
    """The line on the days the grant counts; none without a day count for the person's plan."""
    from actions.askabout import evaluate_with

    try:
        grant = evaluate_with(turn).get("grant") or {}
    except Exception:  # an incomplete or invalid profile: the not-said answer alone
        return []
    start, end = turn.get("start_date"), turn.get("end_date")
    if not grant.get("days") or not start or not end:
        return []
    lang = turn.lang
    dates = {"days": grant["days"], "start": fmt_date(start, lang), "end": fmt_date(end, lang)}
    notes = [n for n in grant.get("notes") or [] if has("travel_days_question", n)]
    if notes:
        return [t(lang, "private_days_funded", note=notes[0][:1].lower() + notes[0][1:], **dates)]
    return [t(lang, "private_days_funded_only", **dates)]
