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
    from actions.fewerq import top_up_lines

    found = top_up_lines(turn, "low_means_lead")
    if found is None:
        return False  # no address to name: the other answers are tried
    lines, label, contact = found
    if len(lines) > 1:  # the top-ups were found: whom to ask whether one counts
        lines.append(t(turn.lang, "low_means_who", group=label, contact=contact))
    else:
        from actions.verdict import contact_lines

        lines += contact_lines(str(call_id), turn.get("role"), turn.lang)
    from actions.awardedq import keep_goal

    keep_goal(turn)
    turn.say("\n".join(lines))
    turn.answered = True
    return True
