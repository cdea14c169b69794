"""The words of dates, from dateparser's locale data (the maintained lists): month names, weekday names, and
what dates.py must see through around a day number: weekday names ("du lundi 9 au vendredi 13 mars", "from
Monday 9 to Friday 13 March") and the first of the month said in words ("il primo marzo", "le premier mars").

Weekday names are blanked, not removed, so offsets stay those of the message: the range and cue patterns then
read "du 9 au 13 mars" and "fin 13 mars" as before. Works on text folded by places.fold (lowercase, no
accents, same offsets).
"""

from __future__ import annotations

import re

from dateparser.languages import default_loader

from bot.nlu.places import fold

LANGS = ("en", "fr", "nl", "it")
MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december")
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for lang in LANGS:
        info = default_loader.get_locale(lang).info
        for number, key in enumerate(MONTH_KEYS, start=1):
            for name in info.get(key, []):
                name = fold(name).rstrip(".")
                if len(name) >= 3:
                    table.setdefault(name, number)
    table.update({"sept": 9, "febr": 2})
    # A message in another language is answered in English, but its facts are still read (round 45: "del 2 de
    # febrero al 30 de abril de 2026" was asked again). Spanish full names only: its short forms ("ene",
    # "set", "may") are words in the four languages.
    for number, key in enumerate(MONTH_KEYS, start=1):
        for name in default_loader.get_locale("es").info.get(key, []):
            name = fold(name)
            if len(name) >= 5:
                table.setdefault(name, number)
    return table


def _weekday_names() -> set[str]:
    # Full names only: the short forms ("mar", "di", "do", "sa") are words or months in the other languages.
    return {fold(name) for lang in LANGS for key in WEEKDAY_KEYS
            for name in default_loader.get_locale(lang).info.get(key, []) if len(name) >= 5}


def alt(words: object) -> str:
    """A regex alternation of the words, longest first."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


MONTHS = _month_table()
# Full names only for a month alone ("from February"): abbreviations like "mar", "ago" are words too.
FULL_MONTHS = {name: n for name, n in MONTHS.items() if len(name) >= 4 or name in ("mai", "may", "mei")}
WEEKDAYS = alt(_weekday_names())
# Short forms, only right before a day ("Mon 9 to Fri 13 March", "lun. 9", "ven 13 marzo"; round 37 read only
# "13 March" of it): "mar" is March, and the Dutch and Italian two-letter forms ("di", "do") are words.
SHORT_WEEKDAYS = alt({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "lun", "mer",
                      "jeu", "ven", "sam", "dim", "gio", "sab", "dom", "wo", "vr", "za"})
# "the first of March", "le premier mars", "il primo marzo": the 1st, said in words. (dateparser reads none of
# them; "eerste" is left out: Dutch writes "1 maart", and "de eerste maartweek" is no date.)
FIRST = r"(?:premier|primo|first)"
# A weekday name naming the day after it ("lundi 9", "friday the 13th", "monday, march 9"); "until Friday"
# without a day is left as said.
WEEKDAY_RX = re.compile(
    rf"\b(?:(?:{WEEKDAYS})\b|(?:{SHORT_WEEKDAYS})\b\.?)\s*,?"
    rf"(?=\s*(?:the\s+|le\s+|il\s+|de\s+)?(?:\d|{FIRST}\b|(?:{alt(FULL_MONTHS)})\s+\d))"
)


def blank_weekdays(folded: str) -> str:
    """The folded text with each weekday name before a day blanked (same length, same offsets)."""
    return WEEKDAY_RX.sub(lambda m: " " * len(m.group(0)), folded)


def day_number(said: str) -> int:
    """The day of "9", "13th", "1er", "primo"."""
    digits = re.match(r"\d+", said)
    return int(digits.group()) if digits else 1
