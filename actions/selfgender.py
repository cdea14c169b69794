"""The person's grammatical gender from their own words: "je suis doctorante", "sono dottoranda" anywhere
(feminine_words), "Sono idonea?", "sono amministrativa", "je suis née" said of oneself (feminine_self), and
a nationality said of oneself in a form that marks it: "Sono italiana", "je suis française" (round 45: an
Italian woman still read "idoneo/a" and the button "Sono idoneo/a?"). A form shared by both ("sono belga",
"je suis belge", "keniota") says nothing. Used by actions/facts.py."""
from __future__ import annotations

import re

from actions.phrases import has
from bot.nlu.folding import fold
from bot.nlu.places import DEMONYMS

FRENCH_FEMININE = ("aise", "oise", "ande", "aine", "ole")


def _pairs() -> tuple[set[str], set[str]]:
    """The nationality words that have a feminine and a masculine form (folded): Italian "-a"/"-o"
    ("italiana"/"italiano"), French "-aise"/"-ais", "-oise"/"-ois", "-ande"/"-and", "-aine"/"-ain",
    "-ole"/"-ol", "-enne"/"-en"; not "belga", "belge", "suisse", nor the Dutch "belgische"."""
    feminine, masculine = set(), set()
    for word in (w for w in DEMONYMS if " " not in w):
        masc = word[:-1] + "o" if word.endswith("a") else word[:-2] if word.endswith("enne") \
            else word[:-1] if word.endswith(FRENCH_FEMININE) else None
        if masc and masc in DEMONYMS:
            feminine.add(word)
            masculine.add(masc)
    return feminine, masculine


def _said_rx(words: set[str]) -> re.Pattern[str]:
    """The words after "sono" / "je suis" (folded text), with the words that may stand between."""
    alts = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    between = r"((una?|une?|anche|aussi|di nazionalita|de nationalite)\s+)*"
    return re.compile(rf"\b(sono|je suis|suis-je)\s+{between}({alts})(?![/\w(])")


_FEMININE, _MASCULINE = _pairs()
_FEMININE_RX, _MASCULINE_RX = _said_rx(_FEMININE), _said_rx(_MASCULINE)


def gender_said(text: str) -> str | None:
    """"f", "m", or None when the words mark no gender."""
    folded = fold(text)
    if has("feminine_words", text) or has("feminine_self", text) or _FEMININE_RX.search(folded):
        return "f"
    if has("masculine_words", text) or has("masculine_self", text) or _MASCULINE_RX.search(folded):
        return "m"
    return None
