""""What is an ECHE?", "What is the Erasmus Charter for Higher Education?", "qu'est-ce qu'une ECHE ?", "wat is
een ECHE?", "che cos'è l'ECHE?": what the ECHE is, from the call's `eche` topic (with its sources), at once
and in any state: before small talk, the contact card or the pending question. Round 48 (ITM PhD student, a
stay in Copenhagen): "what's this ECHE thing" and "you didn't say what an ECHE actually is?" got the condition
line again, and "What is the Erasmus Charter for Higher Education?" (read as ask_contact) the contact card and
an e-mail summary. With another question in the message, the conversation goes on for it; the same topic said
twice in one reply is dropped there (actions/onceinreply.py)."""
from __future__ import annotations

import logging

from actions.phrases import QUESTION_RX, has
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

logger = logging.getLogger(__name__)



def eche_sentences(text: str) -> list[str]:
    """The sentences of the message that ask what the ECHE is."""
    return [s for s in SENTENCE_RX.split(text) if has("eche_meaning", s)]


def eche_first(turn: Turn, changed: str | None, stated: bool, asked: str | None) -> bool:
    """What the ECHE is, when asked; with nothing else asked, then the facts the message stated with the
    answer they make, else the pending question again. Whether the turn is done."""
    if not eche_meaning(turn) or not nothing_else_asked(turn):
        return False
    from actions.flow import ask, proceed

    if stated:
        proceed(turn, changed)
    elif asked and turn.get(asked) in (None, []):
        ask(turn, asked)
    return True


def eche_meaning(turn: Turn) -> bool:
    """The call's ECHE topic said when the message asks what the ECHE is; whether it was said."""
    if turn.is_payload or not eche_sentences(turn.text):
        return False
    from actions.echeplan import plan_eche_said

    call_id = call_asked(turn)
    if call_id and plan_eche_said(turn, call_id, meaning_asked=True):  # for the plan only (round 62)
        return True
    return say_call_topic(turn, "eche")


def say_call_topic(turn: Turn, name: str, lead: str | None = None) -> bool:
    """The call's topic `name` said (after `lead`, if any) for the call the message is about; whether it
    was said (no call, or a call without that topic: the other answers are tried)."""
    from actions.faq import render_topics, topics_of

    call_id = call_asked(turn)
    try:
        found = topics_of(call_id, (name,)) if call_id else []
    except Exception as err:  # an unknown call: the other answers are tried
        logger.debug("no topic %s: %s", name, type(err).__name__)
        return False
    if not found:
        return False
    turn.say("\n".join(filter(None, (lead, render_topics(call_id, found, turn.lang)))))
    return True


def nothing_else_asked(turn: Turn) -> bool:
    """Whether the message asks nothing besides what the ECHE is ("Ok. What is the ECHE?")."""
    rest = [s for s in SENTENCE_RX.split(turn.text) if s.strip() and not has("eche_meaning", s)
            and not has("eche_check_question", s) and not has("eche_check_it", s)]  # the answer says how
    return not any("?" in s or QUESTION_RX.search(s.strip()) for s in rest)


def call_asked(turn: Turn) -> str | None:
    """The conversation's call, else the call whose deadline is latest (the programme as it stands now)."""
    call_id = turn.get("call")
    if call_id:
        return str(call_id)
    import datetime as dt

    from actions.calls import call_ids, closes

    ids = list(call_ids())
    return max(ids, key=lambda c: closes(c) or dt.date.min) if ids else None
