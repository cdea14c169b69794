"""European cities whose name is an everyday word in a language people write in ("nice", "split", "bath",
"reading", "tours", "lens"): once kept out of the city names altogether (lexicon.CITY_STOP), so "un stage à
Nice" or "naar Split" gave no destination (round 31). They are the city only where the words make them a
name: capitalised, right after a place word ("in Nice", "à Nice", "a Split", "naar Split", "to Bath"), and
not inside a run of capitalised words ("Have a Nice Day", "To Split The Stay"). "that's nice", "nice,
thanks", "split the stay", "a bath" stay words. Pure Python, no Rasa import (used by places.py).

Capital cities and cities outside Europe whose name is a word (Malé: "male", Mobile: "mobile") stay out.
"""
from __future__ import annotations

import re
from collections.abc import Container

PLACE_ONLY = frozenset((
    "nice", "split", "bath", "reading", "tours", "sens", "lens", "sete", "gap", "duren", "leer", "hove",
    "goes", "alba", "bra",
))

_NEXT_WORD_RX = re.compile(r"^[ \t]+([^\W\d_][\w'-]*)")
_I_RX = re.compile(r"I(?:'\w+)?$")  # "In Nice I'd stay...": the English "I" is capitalised anyway
_CUE_RX = re.compile(r"(\w+)[ \t]+$")
# The unaccented "a" is the Italian "to" ("a Split per tre mesi") or the English article ("a Nice day", "a
# Split stay"): the city only when what follows is no noun: the end, a mark, a number or one of these words.
_AFTER_ITALIAN_A = frozenset((
    "per", "da", "dal", "dalla", "dall", "dai", "dagli", "nel", "nella", "nei", "in", "a", "ad", "e", "ed",
    "o", "oppure", "presso", "con", "tra", "fra", "fino", "entro", "di", "del", "della", "durante", "verso",
    "dopo", "prima", "il", "la", "lo", "l", "le", "gli", "i", "un", "una", "come", "perche", "ma", "poi",
    "anche", "quindi", "allora",
))


def named_as_place(text: str, start: int, end: int, cued: bool, place_names: Container[str]) -> bool:
    """Whether text[start:end], one of PLACE_ONLY, names the city: capitalised, after a place word (`cued`),
    and not followed by another capitalised word that is no place's name (`place_names`: folded keys)."""
    if not cued or not text[start:start + 1].isupper():
        return False
    nxt = _NEXT_WORD_RX.match(text[end:end + 40])
    if nxt and nxt.group(1)[:1].isupper() and not _I_RX.match(nxt.group(1)):
        return nxt.group(1).lower() in place_names  # "in Split Croatia", not "a Nice Day"
    cue = _CUE_RX.search(text[max(0, start - 20):start])
    if cue and cue.group(1) == "a" and nxt:
        return nxt.group(1) in _AFTER_ITALIAN_A
    return True
