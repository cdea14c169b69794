"""Round 60's direct answers, tried early in actions/dialogue.respond (before the virtual-part, deadline,
contact and host answers that misread them): whether the online part moves the date to apply by, whether a
blended course must be a BIP, how to learn who one's coordinator is, whether a traineeship host needs an
accreditation."""
from __future__ import annotations

from actions.bipq import bip_question
from actions.coordinatorwho import coordinator_unknown
from actions.hostaccredit import host_accreditation
from actions.onlinedeadline import online_deadline_question
from actions.turn import Turn


def round60_answers(turn: Turn, changed: str | None) -> bool:
    return online_deadline_question(turn, changed) or bip_question(turn, changed) \
        or coordinator_unknown(turn, changed) or host_accreditation(turn, changed)
