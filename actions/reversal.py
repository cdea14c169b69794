""""No, that's backwards", "c'est l'inverse", "het is andersom", "è il contrario" right after a yes/no fact
was noted: that fact is the other way round. With one such fact just noted it is turned round; with several,
the person is asked which (nothing is guessed). A fact the message states again ("I DO have a scholarship")
is taken as said. Used by actions/facts.py; the last reply's facts come from the conversation's slot
events."""
from __future__ import annotations

from typing import TYPE_CHECKING

from rasa_sdk import Tracker

from actions.metatalk import last_reply
from actions.phrases import has
from actions.profile import BOOL_SLOTS

if TYPE_CHECKING:
    from actions.facts import Reading


def turn_round(tracker: Tracker, text: str, reading: Reading) -> None:
    """Flip the one yes/no fact the last reply noted, or put the several it noted in
    `reading.which_reversed` (the person is asked which)."""
    if not has("reversed", text):
        return
    just, _ = last_reply(tracker)
    noted = [name for name, value in just.items()
             if name in BOOL_SLOTS and isinstance(value, bool) and tracker.get_slot(name) == value]
    if not noted or any(name in reading.values or name in reading.unknown for name in noted):
        return  # nothing just noted, or the message says itself how it is ("I DO have a scholarship")
    if len(noted) == 1:
        reading.values[noted[0]] = not just[noted[0]]
    else:
        reading.which_reversed = noted
