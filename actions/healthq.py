"""Round 53 (a Brazilian ITM master's student with a chronic illness, study period in Berlin): "Is there extra
money for students with a health condition?", "does my illness count as fewer opportunities?", "if my illness
makes the stay more expensive, like special medical costs, is there some support for that?" got the green
travel aside, credit recognition and who can apply. The call text says nothing of health or disability; the
call data has the EU-wide top-up for students with fewer opportunities (reference figures, HIGH): that top-up
with its source, and that whether a health condition makes one count is the office's to decide, whom to ask.
Nothing else is said (no other support is in the call data). Used by actions/earlyasks.py."""
from __future__ import annotations

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
    from actions.fewerq import top_up_lines

    lang, call = turn.lang, str(call_id)
    found = top_up_lines(turn, "health_lead", first_sentence=True)  # the last line says who counts
    if found is None:
        return False  # no address to name: the other answers are tried
    lines, label, contact = found
    coordinator = _coordinator(call, turn.get("role"), lang)
    lines.append(t(lang, "health_who" if coordinator else "health_who_one", group=label, contact=contact,
                   coordinator=coordinator))
    from actions.awardedq import keep_goal

    keep_goal(turn)
    turn.say("\n".join(lines))
    turn.answered = True
    return True


def _coordinator(call_id: str, role: str | None, lang: str) -> str:
    """The person the call names for the role without an address ("your departmental educational coordinator
    or supervisor"), as said inside a sentence; "" when there is none."""
    from actions.verdict import role_contacts, role_in_sentence

    for c in role_contacts(call_id, role):
        if not c.email:
            return role_in_sentence(c, lang)
    return ""
