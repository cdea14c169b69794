"""The role a call's text is said for when the person has not said theirs but their kind of mobility settles
it (round 59: an ITM traineeship, the role not yet asked, got "the amounts are in Annex 1 (staff, 2024 call)
and Annex 2 (students) ... e.g. travel support by distance band (309 EUR for 500-1999 km)" and a staff
source: a traineeship is a student's, and students in Europe get no distance-band travel support)."""
from __future__ import annotations

from typing import Any

from actions.turn import Turn


def roles_doing(call_id: str, activity: str) -> list[str]:
    """The roles the call's rules let do this kind of mobility (ITM traineeship: MSc and PhD students)."""
    from actions.eligibility import _admitted
    from rules_core.vocab import ROLES

    return _admitted(call_id, "role", ROLES, {"activity": activity},
                     lambda kind: kind == "role_allowed" or kind.startswith("activity_")) or []


def topic_role(turn: Turn, keys: tuple[str, ...]) -> str | None:
    """The person's role; unknown, one of the roles the stored kind of mobility leaves when the call says
    the topics alike to each of them (their part is the same), else None (the whole topic is said)."""
    role, call_id, activity = turn.get("role"), turn.get("call"), turn.get("activity")
    if role or not call_id or not isinstance(activity, str):
        return str(role) if role else None
    from actions.profile import core

    try:
        call = core().get_call(str(call_id))
        roles = roles_doing(str(call_id), activity)
    except Exception:  # an unknown call or activity: the whole topic
        return None
    topics = [call.topics[k] for k in keys if k in call.topics]
    if not roles or not topics:
        return None
    said: set[Any] = {tuple(str(topic.for_role(r).text) for topic in topics) for r in roles}
    return roles[0] if len(said) == 1 else None
