"""How to find out whether a university holds the ECHE ("how do i check if karolinska has the eche myself?",
"is there like a list online where i can look up if a uni has the charter", "comment vérifier si Karolinska a
la charte ?", "hoe check ik zelf of karolinska het ECHE heeft?", "c'è un elenco online delle università che
hanno la carta?"): the call's `eche_check` topic (the call names no list of holders of its own; who can
confirm it), at once and in any state. Round 49: the first got every check of the answer again (read as
show_checks), the second the out-of-scope reply, though the ECHE was the one condition left of the person's
answer.

What the ECHE is, asked in the same message, comes first and says who can confirm it
(actions/echemeaning.py)."""
from __future__ import annotations

import logging

from actions.echemeaning import call_asked, eche_first, eche_sentences
from actions.phrases import QUESTION_RX, has
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

logger = logging.getLogger(__name__)
TOPIC = "eche_check"


def eche_answers(turn: Turn, changed: str | None, stated: bool, asked: str | None) -> bool:
    """What the ECHE is, or how to check that a university holds it, when asked; whether the turn is done."""
    if eche_sentences(turn.text):
        return eche_first(turn, changed, stated, asked)
    from actions.echeyoucheck import you_check

    if you_check(turn):  # "tu peux pas verifier toi ?": No, and who can (round 61)
        return True
    return eche_check_first(turn, changed, stated, asked)


def eche_check_first(turn: Turn, changed: str | None, stated: bool, asked: str | None) -> bool:
    """The call's word on checking the ECHE, when asked; with nothing else asked, then the facts the message
    stated with the answer they make, else the pending question again. Whether the turn is done."""
    if turn.is_payload or not has("eche_check_question", turn.text):
        return False
    if turn.changes.get("receiving_org_has_eche") is True:
        return False  # "I checked the list, Karolinska has the ECHE": said, not asked
    if not _said(turn):
        return False
    rest = [s for s in SENTENCE_RX.split(turn.text) if s.strip() and not has("eche_check_question", s)]
    if any("?" in s or QUESTION_RX.search(s.strip()) for s in rest):
        return False  # another question: the conversation goes on for it
    from actions.flow import ask, proceed

    if stated and changed:
        proceed(turn, changed)
    elif asked and turn.get(asked) in (None, []):
        ask(turn, asked)
    return True


def _said(turn: Turn) -> bool:
    """The topic, and whom to ask at the person's own institution (round 12's answer ended so too)."""
    from actions.faq import render_topics, topics_of
    from actions.verdict import contact_lines

    call_id = call_asked(turn)
    from actions.echeplan import plan_eche_said

    if call_id and plan_eche_said(turn, call_id):  # for the plan, not every kind of mobility (round 53)
        return True
    try:
        # What the ECHE is first (rounds 12 and 29 answered "how can I check if X has an ECHE?" with it)
        found = topics_of(call_id, ("eche", TOPIC)) if call_id else []
    except Exception as err:  # an unknown call: the other answers are tried
        logger.debug("no ECHE check topic: %s", type(err).__name__)
        return False
    if len(found) < 2:
        return False
    lines = [render_topics(call_id, found, turn.lang)]
    lines += contact_lines(call_id, turn.get("role"), turn.lang, key="ask_at_home")
    turn.say("\n".join(lines))
    return True
