"""The kind of post denied, not the staff membership: "postdoc, not permanent staff", "pas personnel
permanent", "geen vast personeel", "non personale di ruolo". Round 25 noted "ITM staff membership: No" for a
postdoc and asked the role again. A temporary or fixed-term post is still a staff post. Used by
actions/facts.py and actions/asides.py wherever a staff word is read as negated."""
from __future__ import annotations

import re

from actions.phrases import PHRASES

BEFORE_REACH = 40  # characters before the staff word: the reach of a negation (actions/phrases.py)
AFTER_GAP_RX = re.compile(r"\s*((member|membre|lid|membro)\s+)?$")  # "not staff member on a permanent ..."
AFTER_REACH = 30


def kind_denied(text: str, start: int, end: int) -> bool:
    """Whether the negation before the staff word at [start, end) is about the kind of post: a word for a
    permanent or tenured post between the two, or right after the staff word."""
    if PHRASES["staff_kind"].search(text[max(0, start - BEFORE_REACH):start]):
        return True
    after = PHRASES["staff_kind"].search(text, end, min(len(text), end + AFTER_REACH))
    return bool(after and AFTER_GAP_RX.match(text[end:after.start()]))
