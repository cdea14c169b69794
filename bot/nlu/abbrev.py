"""Words written as abbreviations, which are no place names: "UvA" (Universiteit van Amsterdam) was read as
Uva, a town in Russia, and turned a staff training in Amsterdam into a not-eligible plan (round 46). A capital
letter inside a word that is not all capitals ("UvA", "UGent", "KULeuven") marks a name of one's own, and a
short word in capitals ("UCL", "VUB") an acronym; places.py takes neither as a small city. The Dutch "IJ"
("IJmuiden", "IJsselstein") is one letter, and a large city's name shouted ("GENT", "ROMA") stays the city.
"""

from __future__ import annotations

import re

ACRONYM_LETTERS = 4
PARTS_RX = re.compile(r"[^\W\d_]+")


def mixed_case(word: str) -> bool:
    """A capital after the first letter of a word that is not all capitals ("UvA", "UGent")."""
    if word.startswith("IJ"):
        word = "I" + word[2:]
    return not word.isupper() and any(ch.isupper() for ch in word[1:])


def abbreviation(original: str, small: bool) -> bool:
    """Whether the text of a place mention is written as an abbreviation: a part in mixed case, or, for a
    small city (`small`), a short word all in capitals."""
    parts = PARTS_RX.findall(original)
    if any(mixed_case(part) for part in parts):
        return True
    return small and len(parts) == 1 and original.isupper() and len(original) <= ACRONYM_LETTERS
