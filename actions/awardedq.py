""""Weet u of die 2 beurzen al vergeven zijn?", "zijn ze al toegekend of niet?", "are the grants already
gone?", "les bourses sont-elles déjà attribuées ?", "le borse sono già state assegnate?": whether grants
are still available. Nothing in the call data says how many are already awarded, so the answer is that it
cannot be known here, the call's own rule on how grants are awarded (first come, first served until the
budget runs out, with its source), and whom to ask. Round 37 got the programme countries' paragraph, then
"I can't find" with topic buttons."""
from __future__ import annotations

from actions.askabout import asking, is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

RULE_TOPICS = ("first_come_first_served",)  # the call's rule on how its grants are given out


def asked(turn: Turn) -> bool:
    """Whether the message asks if the grants are already awarded, still available, the budget used up."""
    text = turn.text
    if not is_question(text):
        return False
    question = asking(text)
    if not has("awarded_question", question) or has("own_grant_said", question):
        return False
    # "zijn ze al toegekend?" names no grant: the message before must have ("die 2 beurzen")
    return has("grants_named", question) or has("grants_named", turn.earlier_text())


def grants_awarded(turn: Turn) -> bool:
    call_id = turn.get("call")
    if not call_id or turn.is_payload or not asked(turn):
        return False
    from actions.fewerq import _contact

    contact = _contact(str(call_id), turn.get("role"))
    if not contact:
        return False  # no address to name: the other answers are tried
    from actions import i18n
    from actions.faq import topics_of

    lang = turn.lang
    lines = [t(lang, "awarded_unknown")]
    for topic in topics_of(str(call_id), RULE_TOPICS, turn.get("role")):
        source = i18n.source(call_id, topic.source, lang)
        lines.append(f"{topic.answer(lang)} ({t(lang, 'source')}: {source})")
    lines.append(t(lang, "awarded_ask", contact=contact))
    keep_goal(turn)
    turn.say("\n".join(lines))
    turn.answered = True
    return True


def keep_goal(turn: Turn) -> None:
    """A question read as "how much?" or "am I eligible?" is answered by itself, not with the whole answer
    again (the goal the intent would set is left as it was)."""
    if turn.intent in ("ask_grant", "check_eligibility"):
        turn.set("goal", turn.tracker.get_slot("goal"))
