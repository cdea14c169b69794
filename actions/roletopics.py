"""A call topic said to the people it is for (round 60: an ITM lecturer asking whether she could "combine the
training with some teaching hours" was told the students' scholarship priorities). A topic whose audience
leaves out the person's role is replaced by the topic that says the same for their role, where there is one
(the students' priorities against another scholarship: the role's own priorities)."""
from __future__ import annotations

from typing import Any

# A topic meant for some roles -> the topic whose part for the person's role says the same for them.
FOR_THEIR_ROLE = {"scholarship_compatibility": "priorities"}


def for_the_role(call_id: str, keys: tuple[str, ...], role: Any) -> tuple[str, ...]:
    """`keys` with each topic the person's role is not among the audience of replaced by its counterpart
    for that role (kept when it has none, or the role is not known)."""
    if not role:
        return keys
    from actions.profile import core

    try:
        topics = core().get_call(str(call_id)).topics
    except Exception:  # a call file problem: the topics as asked
        return keys
    out: list[str] = []
    for key in keys:
        topic = topics.get(key)
        other = FOR_THEIR_ROLE.get(key)
        if topic is not None and topic.audience and role not in topic.audience and other in topics:
            key = str(other)
        if key not in out:
            out.append(key)
    return tuple(out)
