""""Why? What did I tell you that makes me priority?" after a priority answer: the facts the person gave that
the call's priority reads, and what the rules core makes of them (round 48: a senior researcher who said
he was neither a PhD candidate nor a postdoc got "From what you told me, the call's priorities favour you"
three times, with no fact named). Which priority favours whom is the rules core's (rules_core.priority)."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import sourced
from actions.i18n import t
from actions.phrases import has
from actions.prioritystill import still_lines
from actions.turn import Turn


def why_lines(turn: Turn, items: list[dict[str, Any]]) -> list[str]:
    """For a why asked about the priorities: "You told me: PhD or postdoctoral staff member: No. So this
    priority does not favour you (...)" with the priorities it decides; nothing when no why is asked or the
    person gave none of the facts they read."""
    if turn.intent != "ask_why" and not has("why_word", turn.text):
        return []
    from actions.answer import show_value

    lang, call_id = turn.lang, turn.get("call")
    decided = [i for i in items if i["favoured"] is not None]
    fields = list(dict.fromkeys(f for i in decided for f in i["reads"] if turn.get(f) is not None))
    if not decided or not fields:
        return []
    facts = "; ".join(f"{i18n.label(lang, 'fields', f)}: {show_value(f, turn.get(f), lang)}" for f in fields)
    lower = [i for i in decided if i["favoured"] is False]
    higher = [i for i in decided if i["favoured"] is True]
    lines = []
    if lower:
        lines += [t(lang, "priority_why_lower", facts=facts),
                  *[sourced("✗", i["text"], call_id, i["source"], lang) for i in lower],
                  *still_lines(turn, lower)]
    if higher:
        lines += [t(lang, "priority_why_higher", facts=facts),
                  *[sourced("✓", i["text"], call_id, i["source"], lang) for i in higher]]
    return lines


def priority_why(turn: Turn) -> bool:
    """"Why? What did I tell you that makes me priority?" (a why that names the priority, before the checks
    an "ask_why" otherwise gets): the facts said and what the priorities make of them; False when none of
    the facts they read was given."""
    if not turn.get("call") or not has("priority_question", turn.text) \
            or not (turn.intent == "ask_why" or has("why_word", turn.text)):
        return False
    from actions.priorityq import _items

    lines = why_lines(turn, _items(turn))
    if not lines:
        return False
    turn.say("\n".join(lines))
    turn.priorities_said = True
    return True
