"""A language named as one to speak or know ("do i need to speak swedish?", "dois-je parler suédois ?", "moet
ik Zweeds spreken?", "devo parlare svedese?", "do i need swedish?"): a question about a language requirement
(actions/languageq.py), whatever the language. Round 49: "do i need to speak swedish?" got the application
documents, because the phrases named only the four languages of the calls and a few neighbours.

The names are Babel's (CLDR) names, in English, French, Dutch and Italian, of the languages official in some
country; the words that make one asked for are phrases (`language_skill_before`, `language_skill_after`,
`language_needed_before`, `language_needed_after`)."""
from __future__ import annotations

import re
from functools import cache

from actions.phrases import has

_LOCALES = ("en", "fr", "nl", "it")
_STATUS = ("official", "de_facto_official", "official_regional")
_MIN_LENGTH = 4  # "ga", "lao", "ewe": no short names, which are other words too
_WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)  # "l'olandese": the name after the apostrophe
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")
_REACH = 40  # characters before and after a name that can ask for it


@cache
def language_names() -> frozenset[str]:
    """The one-word names (lower case) of the languages official somewhere, in the four languages, with the
    feminine forms of French, Dutch and Italian adjectives ("suédoise", "Zweedse", "spagnola")."""
    from babel import Locale
    from babel.core import get_global

    codes = {code.split("_")[0] for langs in get_global("territory_languages").values()
             for code, info in langs.items() if info.get("official_status") in _STATUS}
    names: set[str] = set()
    for locale in _LOCALES:
        known = Locale(locale).languages
        for code in codes:
            name = str(known.get(code) or "").lower()
            if " " in name or len(name) < _MIN_LENGTH:
                continue
            names.add(name)
            if locale in ("fr", "nl") and not name.endswith("e"):
                names.add(name + "e")
            if locale == "it" and name.endswith("o"):
                names.add(name[:-1] + "a")
    return frozenset(names)


def speaking_asked(text: str) -> bool:
    """Whether a sentence asks whether a language must be spoken or known: a word of need in it, and the
    language named right after a verb of speaking or knowing ("speak swedish", "parler suédois", "sapere lo
    spagnolo"), right before one ("Zweeds spreken"), right after a word of need ("do i need swedish?") or
    before one ("is swedish required?")."""
    names = language_names()
    for sentence in _SENTENCE.split(text):
        for word in _WORD.finditer(sentence):
            if word.group(0).lower() not in names:
                continue
            before = sentence[max(0, word.start() - _REACH):word.start()]
            after = sentence[word.end():word.end() + _REACH]
            if has("language_needed_before", before) or has("language_needed_after", after):
                return True
            if has("language_needed", sentence) and (has("language_skill_before", before)
                                                     or has("language_skill_after", after)):
                return True
    return False

