"""The amount asked as one question of several ("So in plain words: roughly how much would I get for the 19
days, and can I apply already now or do I have to wait?"): the person's amount (in a line or two once its
block was shown), beside the other question's answer. Round 48 answered the date to apply by alone, and the
person had to ask "And the money? How much roughly?" again."""
from __future__ import annotations

import logging
from typing import Any

from actions.turn import Turn

logger = logging.getLogger(__name__)


def amount_of_several(turn: Turn) -> bool:
    """For one question of the message (Turn.focus set) that asks the amount: its lines; whether said."""
    if turn.focus is None or not _asks_amount(turn.text):
        return False
    from actions.askedfirst import amount_lines
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception as err:  # an incomplete or invalid profile: the other answers stand
        logger.debug("no amount for one question: %s", type(err).__name__)
        return False
    if not _joined_first(turn) and decision.get("missing"):
        # ("donc 5 jours c'est juste le minimum c'est ça ? et combien je toucherais ?": an amount asked in a
        # sentence of its own after another answer, with every fact known, round 51)
        return False
    if _amount_said(turn, decision.get("grant") or {}):
        return True  # "And per day? How much would I get for the stay itself?": said once (round 60)
    lines = amount_lines(turn, decision)
    if lines:
        turn.say("\n".join(lines))
    return bool(lines)


def _amount_said(turn: Turn, grant: dict[str, Any]) -> bool:
    """Whether an answer of this turn already gave the amount: the total (or the indicative one) where the
    rules core has one, else the travel support (the per-day answer says it in a line, and the travel block
    came after it once more)."""
    from actions import i18n

    key = next((k for k in ("total_eur", "indicative_total_eur", "travel_eur") if grant.get(k)), None)
    if key is None:
        return False
    figure = i18n.fmt_eur(grant[key], turn.lang)
    return any(figure in line for line in turn.said)


def _joined_first(turn: Turn) -> bool:
    """Whether the question is the amount part of a sentence that joins a second question to it (only there:
    "so I would've been eligible? and how much would I have gotten" waits for the nationality, round 39)."""
    from actions.sentences import SENTENCE_RX
    from actions.unplaced import joined_questions

    full = str(turn.tracker.latest_message.get("text") or "")
    return any(len(parts) > 1 and parts[0] == turn.text
               for parts in (joined_questions(s) for s in SENTENCE_RX.split(full)))


def _asks_amount(sentence: str) -> bool:
    from actions.askedfirst import GOAL_KEYS
    from actions.phrases import PHRASES
    from actions.unplaced import asks_amount

    keys = dict(GOAL_KEYS)["grant"]
    return asks_amount(sentence) and any(PHRASES[k].search(sentence) for k in keys)
