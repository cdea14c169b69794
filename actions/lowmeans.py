""""Is er eventueel extra steun mogelijk? Mijn budget is nogal beperkt.", "is er een toeslag voor studenten
met weinig middelen?", "any extra help? I'm on a low income",
"y a-t-il une aide en plus ? j'ai peu de moyens",
"c'è un aiuto in più? ho pochi soldi": extra money for a low income or a tight budget. Round 37 repeated the
whole amount block, then answered "Yes: traineeship top-up", which every trainee gets. The answer is the
call data's top-up for students with fewer opportunities (the EU-wide one, with its source and the remark
that the call does not mention it nor who counts), and that the call does not say who decides whether one
counts: whom to ask. A call with no such figure: that it says nothing, and whom to ask.

The group named in the question itself ("a top-up for students with fewer opportunities?") keeps its answer
(actions/topupq.py group_top_up); named only beside another question ("that top-up every trainee gets? I
mean something for students with fewer opportunities") it is answered here."""
from __future__ import annotations

from actions.askabout import asking, is_question
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.turn import Turn


def asked(text: str) -> bool:
    """Whether the message asks for extra money for a low income or a tight budget."""
    if not is_question(text):
        return False
    if has("group_who_question", text) or has("how_do_i_know", text):
        return False  # "who counts as having fewer opportunities?": actions/fewerq.py
    group = any(rx.search(text) for rx in PHRASES["group_named"].values())
    in_question = any(rx.search(asking(text)) for rx in PHRASES["group_named"].values())
    if not (has("low_means", text) or group and not in_question):
        return False
    return has("extra_support", text) or has("top_up_asked", text) or has("top_up_question", text)


def low_means_question(turn: Turn) -> bool:
    call_id = turn.get("call")
    if not call_id or turn.is_payload or not asked(turn.text):
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
        lines = [t(lang, "low_means_lead", call=call_name(call, lang), group=label),
                 *[f"• {_capital(source_line(call, g, lang))}" for g in found],
                 t(lang, "low_means_who", group=label, contact=contact)]
    else:
        from actions.verdict import contact_lines

        lines = [t(lang, "group_top_up_none", call=call_name(call, lang), group=label),
                 *contact_lines(call, turn.get("role"), lang)]
    from actions.awardedq import keep_goal

    keep_goal(turn)
    turn.say("\n".join(lines))
    turn.answered = True
    return True
