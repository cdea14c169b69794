"""A refusal by a rule that excludes the activity itself (a conference): the call's own why and what would
work instead, from the call data's topic `<activity>_alternative` (round 54: "conférence" was refused with
the rule alone, and "pourquoi une conférence ne compte pas ?" got the rule again)."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.i18n import t

logger = logging.getLogger(__name__)


def alternative_lines(decision: dict[str, Any], lang: str) -> list[str]:
    """For the failures of `decision` by an `activity_excluded` rule of one activity: the call's topic on
    why it does not count and what would, for the roles those rules concern (both, before the role is
    known). Nothing when the call data has no such topic."""
    call_id = decision.get("call")
    excluded = [f for f in decision.get("failed") or [] if f.get("kind") == "activity_excluded"]
    if not call_id or not excluded:
        return []
    try:
        from actions.profile import core

        call = core().get_call(str(call_id))
        rules = {r.id: r for r in call.rules}
        said = [rules[str(f.get("rule"))] for f in excluded if str(f.get("rule")) in rules]
        activities = {a for r in said for a in (r.params or {}).get("activities") or ()}
        roles = {role for r in said for role in (r.applies_to.roles or ())}
        if len(activities) != 1:
            return []
        topic = call.topics.get(f"{activities.pop()}_alternative")
        if topic is None:
            return []
        part = topic.for_role(next(iter(roles)) if len(roles) == 1 else None)
    except Exception as err:  # a call file problem: the refusal stands without it
        logger.debug("no alternative: %s", err)
        return []
    text = part.text.get(lang) or part.text.get("en")
    return [f"💡 {text} ({t(lang, 'source')}: {i18n.source(str(call_id), part.source, lang)})"]
