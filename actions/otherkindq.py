""""Peccato. E non c'è un altro tipo di mobilità per 40 giorni?", "is there another kind of mobility for 40
days?": which kinds of mobility open to the person allow a stay of that length (the length said, else the
case or plan just told), from the rules core's duration checks for each, yes or no first, then each kind's
limits with their sections of the call. Round 37 got "I can't find the answer in the call text"."""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from actions import i18n
from actions.askabout import asking, evaluate_with, is_question
from actions.i18n import t
from actions.phrases import has
from actions.profile import end_from_duration
from actions.turn import Turn

logger = logging.getLogger(__name__)


def other_kind_question(turn: Turn) -> bool:
    call_id, text = turn.get("call"), turn.text
    if not call_id or not turn.get("role") or not is_question(text) or not has("other_kind_question", text):
        return False
    stay = _stay(turn)
    if stay is None:
        return False
    start, end = stay
    from actions.flow import judged_profile
    from actions.lengthq import _limits, duration_rules
    from rules_core.loader import compiled
    from rules_core.messages import fmt_amount
    from rules_core.options import open_activities

    lang, role = turn.lang, turn.get("role")
    try:
        kinds = open_activities(compiled(str(call_id)), judged_profile(turn), lang)
    except Exception as err:  # an incomplete or invalid profile: the other answers are tried
        logger.debug("no kinds for a length: %s", type(err).__name__)
        return False
    fits, limits = [], []
    for kind in kinds:
        rules = duration_rules(str(call_id), role, kind)
        if not rules:
            continue
        limits += [_limits(str(call_id), rule, kind, lang) for rule in rules]
        if _fits(turn, kind, start, end, {r.id for r in rules}):
            fits.append(kind)
    if not limits:
        return False
    length = fmt_amount((end - start).days + 1, "days", lang)
    if fits:
        names = ", ".join(i18n.label(lang, "activities", k) for k in fits)
        head = t(lang, "answer_yes", answer=t(lang, "other_kind_fits", length=length, kinds=names))
    else:
        head = t(lang, "answer_no", answer=t(lang, "other_kind_none", length=length))
    turn.say("\n".join([head, *limits]))
    return True


def _stay(turn: Turn) -> tuple[dt.date, dt.date] | None:
    """The stay asked about: a length said in the question from the plan's start, else the case just told
    (its dates), else the plan's dates."""
    question = asking(turn.text)
    at = max(turn.text.find(question), 0)
    case: dict[str, Any] = turn.tracker.get_slot("what_if_case") or {}
    start = _date(case.get("start_date")) or _date(turn.get("start_date"))
    if start is None:
        return None
    for entity in turn.entities:
        inside = at <= int(entity.get("start") or 0) <= at + len(question)
        if entity.get("entity") == "duration" and inside:
            end = end_from_duration(start, str(entity.get("value")))
            if end is not None:
                return start, end
    end = _date(case.get("end_date")) or _date(turn.get("end_date"))
    return (start, end) if end is not None and end >= start else None


def _fits(turn: Turn, kind: str, start: dt.date, end: dt.date, ids: set[str]) -> bool:
    try:
        decision = evaluate_with(turn, activity=kind, start_date=start.isoformat(), end_date=end.isoformat())
    except Exception:  # an invalid profile for this kind: not said to fit
        return False
    return not any(f.get("rule") in ids for f in decision.get("failed") or []) \
        and any(p.get("rule") in ids for p in decision.get("passed") or [])


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
