"""How many grants (places) there are: "hoeveel plekken zijn er?", "how many places are there?", "combien de
places ?", "quanti posti ci sono?". Round 38: at IMT Lucca it was skipped beside a question on the chances,
then answered with the grant amount ("hoeveel" read as how much). Now the call's number (its `grant_count`
topic), or that the call does not say and whom to ask; never the amount."""
from __future__ import annotations

import re

from actions.phrases import PHRASES
from actions.turn import Turn


def asks_count(text: str) -> bool:
    """A question about how many grants or places there are that asks no amount."""
    from actions.askabout import asking, is_question
    from actions.unplaced import asks_amount

    return is_question(text) and bool(PHRASES["topic_words"]["grant_count"].search(asking(text))) \
        and not asks_amount(text)


def count_question(turn: Turn) -> bool:
    """A sentence of the message asking how many grants there are: answered before the other questions of
    the message (the chances, the priorities), which are answered after it."""
    if not turn.get("call") or turn.focus is not None:
        return False
    sentences = [s for s in re.split(r"(?<=[?.!])\s+", turn.text) if asks_count(s)]
    if not sentences:
        return False
    from actions.askabout import named_topic

    return bool(named_topic(turn, sentences[0]))
