"""Names of institutions in the destinations' languages, written as people type them (often in lower case):
"instituto de higiene e medicina tropical", "universidade nova de lisboa", "universidad complutense de
madrid", "uniwersytet jagielloński". They are no evidence of the language a person writes in: round 33 read
"het IHMT, instituto de higiene e medicina tropical, is deel van de universidade nova de lisboa" as
Portuguese, said "I speak English, français, Nederlands and italiano" and went on in English with a Dutch
speaker.

A name starts at the word for the institution in one of those languages and runs over the words after it up to
a punctuation mark or a small word only English, French, Dutch or Italian has ("van", "the", "pour", "della":
bot/function_words.py), so the sentence around it is kept. Standard library only (bot/language.py).
"""
from __future__ import annotations

import re

from bot.function_words import OWN

# The word for the institution, in the destinations' languages other than the four (Portuguese, Spanish,
# German, Polish, Romanian, Turkish, Czech, Croatian, Hungarian, Finnish...); the four languages' own words
# ("université", "istituto", "universiteit") are evidence of the language they belong to and stay.
_HEADS = (r"universidade|universidad|universität|universitaet|universitat|universitet|uniwersytet|"
          r"universitatea|üniversitesi|universiteti|univerzita|univerzitet|sveučilište|egyetem|yliopisto|"
          r"instituto|instytut|institutul|fundação|fundacion|fundación|faculdade|facultad|fakultät|"
          r"hochschule|fachhochschule|escola|escuela|hospitalar|klinikum|krankenhaus|akademie|"
          r"akademia|politécnico|politecnica|politécnica|politechnika|colegio|colégio|centro hospitalar")
# Small words inside such names that the four languages have too ("de", "e", "da", "del", "la"): the name
# goes on over them.
_LINKS = frozenset(("de", "da", "do", "dos", "das", "del", "la", "las", "los", "el", "e", "y", "i", "di",
                    "der", "die", "und", "für", "fur"))
_HEAD_RX = re.compile(rf"(?<!\w)(?:{_HEADS})(?!\w)", re.I)
_WORD_RX = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]", re.U)
_OWN = frozenset().union(*OWN.values())


def without_foreign_names(text: str) -> str:
    """The text with each institution name in another language blanked out."""
    out, at = [], 0
    for head in _HEAD_RX.finditer(text):
        if head.start() < at:
            continue
        end = head.end()
        for word in _WORD_RX.finditer(text, head.end()):
            token = word.group().lower()
            if not token[0].isalpha() or token in _OWN and token not in _LINKS:
                break  # a punctuation mark, or a small word of the sentence around the name
            end = word.end()
        out.append(text[at:head.start()])
        out.append(" ")
        at = end
    out.append(text[at:])
    return "".join(out)
