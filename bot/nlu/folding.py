"""Folding for name lookup: lowercase, no accents, offsets kept (shared by places.py and demonyms.py)."""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lowercase and strip accents char by char, so offsets in the folded text equal the original ones."""
    out = []
    for ch in text:
        low = ch.lower()
        base = unicodedata.normalize("NFD", low)[0] if len(low) == 1 else ch
        out.append("'" if base in "\u2019\u2018`\u00b4" else base)
    return "".join(out)


def key_of(name: str) -> str:
    """The lookup key of a name: its folded words joined by one space ("Côte d'Ivoire" -> "cote d ivoire")."""
    return " ".join(WORD.findall(fold(name)))
