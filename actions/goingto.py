""""Je vais à Québec." was answered "Au revoir, et bonne mobilité !" (round 20): the NLU read the going as a
leave-taking, like "bon, j'y vais". Going to a named place says where the stay is: read as a statement."""
from __future__ import annotations

import re
from typing import Any

from actions.phrases import PHRASES

PLACE_ENTITIES = ("city", "country")
WORD_START_RX = re.compile(r"\b\w")
REACH = 60  # characters before a word searched for the going words


def going_to_place(text: str, entities: list[dict[str, Any]]) -> bool:
    """Whether the message says where one goes: the going words ("je vais à", "I'm going to", "ik ga naar",
    "vado a") right before a capitalised word or a place the NLU found."""
    places = {e.get("start") for e in entities if e.get("entity") in PLACE_ENTITIES}
    return any((m.group().isupper() or m.start() in places)
               and PHRASES["going_to_place"].search(text[max(0, m.start() - REACH):m.start()])
               for m in WORD_START_RX.finditer(text))
