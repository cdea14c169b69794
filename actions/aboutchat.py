"""Requests about the conversation itself, answered before any question about the call: a fact the person
only mentions, a part left out of the e-mail summary, a summary of the answer, whether the assistant needs
anything more from the person, and what it holds about them (the host's name too). Each answers the whole turn
(actions/dialogue.py)."""
from __future__ import annotations

from actions.amountcause import amount_cause
from actions.factsheld import facts_held
from actions.hostparent import host_held
from actions.mentionq import mention_question
from actions.stillneeded import still_needed
from actions.summaryedit import summary_edit
from actions.summaryq import summary_request
from actions.turn import Turn


def about_the_chat(turn: Turn, changed: str | None) -> bool:
    """Whether one of them answered. A summary edit before the summary ("remove the host from the summary"
    also names the summary); "samenvatting graag" in short; "do you need anything else from me?" last."""
    return mention_question(turn, changed) or summary_edit(turn, changed) or summary_request(turn, changed) \
        or still_needed(turn, changed) or facts_held(turn, changed) or host_held(turn, changed) \
        or amount_cause(turn)
