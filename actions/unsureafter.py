""""boh, non lo so", "no idea", "je ne sais pas" right after an answer whose open item is a condition (the
host's ECHE): the person answers what the answer left open, though nothing was asked. Round 39 got the
generic "Can I help you with anything else?" and the main buttons. It is read as about that condition: no
need to know it now, who confirms it (the call data's contacts), and that the answer holds once it is met."""
from __future__ import annotations

import re

from actions.i18n import t
from actions.phrases import has, informal
from actions.turn import Turn

# A don't-know on its own is short ("boh, non lo so", "I have no idea honestly"); a longer message says more.
MAX_WORDS = 8


def unsure_about_condition(turn: Turn) -> bool:
    text = turn.text
    if not has("dont_know", text) or "?" in text or turn.get("asked") or not turn.get("last_decision") \
            or not turn.get("call") or len(re.findall(r"\w+", text)) > MAX_WORDS:
        return False
    from actions.flow import evaluate

    try:
        conditions = evaluate(turn).get("conditions") or []
    except Exception:  # an incomplete or invalid profile: nothing was left open by an answer
        return False
    last = _last_reply(turn)
    shown = [c for c in conditions if _in(str(c.get("explanation") or ""), last, turn.lang)]
    if not shown:
        return False  # the reply before named no condition: the don't-know is not about one
    from actions.conditions import field_label, settled_by

    role = turn.get("role")
    lines = [t(turn.lang, "unsure_condition", field=field_label(str(c.get("field")), turn.lang, role),
               who=settled_by(turn, c.get("settled_by"))) for c in shown]
    turn.say("\n".join(lines))
    return True


def _last_reply(turn: Turn) -> str:
    """The bot's reply to the message before this one (all its messages)."""
    said: list[str] = []
    for event in reversed(turn.tracker.events or []):
        if event.get("event") == "user" and said:
            break
        if event.get("event") == "bot":
            said.append(str(event.get("text") or ""))
    return "\n".join(said)


def _in(line: str, reply: str, lang: str) -> bool:
    return bool(line) and (line in reply or informal(line, lang) in reply)
