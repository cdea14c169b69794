"""Round 53 (a Brazilian ITM master's student with a chronic illness, study period in Berlin): "Is there extra
money for students with a health condition?", "does my illness count as fewer opportunities?", "if my illness
makes the stay more expensive, like special medical costs, is there some support for that?" got the green
travel aside, credit recognition and who can apply. The call text says nothing of health or disability; the
call data has the EU-wide top-up for students with fewer opportunities (reference figures, HIGH): that top-up
with its source, and that whether a health condition makes one count is the office's to decide, whom to ask.
Nothing else is said (no other support is in the call data). Used by actions/earlyasks.py."""
from __future__ import annotations

import re
from typing import Any

from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def asked(text: str) -> bool:
    """Extra money or support asked for a health condition, an illness or a disability, or whether one counts
    as fewer opportunities."""
    return is_question(text) and has("health_condition", text) and has("health_support_asked", text)


def health_question(turn: Turn) -> bool:
    call_id = turn.get("call")
    if not call_id or turn.is_payload or turn.get("role") == "staff" or not asked(turn.text):
        return False
    from actions.calls import call_name
    from actions.fewerq import _capital, _contact, _group_label, _group_top_ups
    from actions.topupq import source_line

    lang, call = turn.lang, str(call_id)
    contact = _contact(call, turn.get("role"))
    if not contact:
        return False  # no address to name: the other answers are tried
    label = _group_label(lang)
    found = _group_top_ups(turn)
    if found:
        lines = [t(lang, "health_lead", call=call_name(call, lang), group=label),
                 *[f"• {_capital(source_line(call, _top_up_only(g), lang))}" for g in found]]
    else:
        lines = [t(lang, "group_top_up_none", call=call_name(call, lang), group=label)]
    coordinator = _coordinator(call, turn.get("role"), lang)
    lines.append(t(lang, "health_who" if coordinator else "health_who_one", group=label, contact=contact,
                   coordinator=coordinator))
    from actions.awardedq import keep_goal

    keep_goal(turn)
    turn.say("\n".join(lines))
    turn.answered = True
    return True


def _top_up_only(top_up: dict[str, Any]) -> dict[str, Any]:
    """The top-up without the call data's remark on who counts (the answer's last line says it)."""
    from actions.fewerq import _first_sentence

    return {**top_up, "text": _first_sentence(str(top_up.get("text") or ""))}


def _coordinator(call_id: str, role: str | None, lang: str) -> str:
    """The person the call names for the role without an address ("your departmental educational coordinator
    or supervisor"), as said inside a sentence; "" when there is none."""
    from actions.verdict import role_contacts

    for c in role_contacts(call_id, role):
        if not c.email:
            said = re.sub(r"\s*\(.*\)\s*$", "", (c.role_text or {}).get(lang) or c.role or "")
            return said[:1].lower() + said[1:]
    return ""
