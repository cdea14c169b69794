"""Names of a country or nationality that are also an everyday word in another language people write in, and
what follows them when they are that word: the Dutch "indien" ("if": "indien ik in augustus terugkom") is the
French for Indian ("je suis indien", "un passeport indien"), and a Dutch clause follows it ("indien ik",
"indien nodig"), never a French one (round 31: "Ik ben Belg, indien ik ..." noted India as a nationality).
places.py reads none of these as a place where its clause follows. Pure Python, no Rasa import."""
from __future__ import annotations

import re

# The folded word, and the words that open the clause it leads into as the everyday word.
_DUTCH_CLAUSE = (
    r"ik|je|jij|u|we|wij|ze|zij|hij|het|er|dat|dit|men|jullie|mijn|uw|onze|ons|zijn|haar|een|deze|die|"
    r"nodig|noodzakelijk|mogelijk|gewenst|gevraagd|niet|wel|zo|alles|toch|van toepassing|iemand|iets|"
    r"daar|hier|later"
)
WORDS = {"indien": rf"(?:{_DUTCH_CLAUSE})"}
_NEXT = {word: re.compile(rf"^\s+{rx}(?!\w)") for word, rx in WORDS.items()}


def common_word_here(key: str, folded: str, end: int) -> bool:
    """Whether the name `key` ending at folded[end] is the other language's word here."""
    rx = _NEXT.get(key)
    return bool(rx and rx.match(folded[end:end + 40]))
