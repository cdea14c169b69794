"""A weekday range said with a start day ("the 15th, Monday to Friday", "le 15, du lundi au vendredi",
"de 15e, van maandag tot vrijdag", "il 15, da lunedì a venerdì"): the stay ends on the range's last weekday in
the week of the start (round 34 stored 15-21 March 2027 from "a week" said earlier: Monday to Friday is 15-19
March). Weekday names come from dateparser's locale data, as in bot/nlu/daywords.py.
Used by actions/facts.py."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from dateparser.languages import default_loader

from bot.nlu.daywords import LANGS, WEEKDAY_KEYS, alt
from bot.nlu.places import fold

# Full names only, as daywords does: the short forms are words or months in the other languages.
_NUMBER = {fold(name): n for lang in LANGS for n, key in enumerate(WEEKDAY_KEYS)
           for name in default_loader.get_locale(lang).info.get(key, []) if len(name) >= 5}
_TO = (r"-|–|to|through|thru|till|until|au|a|jusqu'?au|tot en met|tot|t/m|al|fino al|fino a")
# A day number after the second name makes it a date ("Monday 15 to Friday 19 March"): the NLU reads those.
RANGE_RX = re.compile(rf"\b(?P<a>{alt(_NUMBER)})\s*(?:{_TO})\s*(?P<b>{alt(_NUMBER)})\b"
                      r"(?!\s*,?\s*(?:the\s+)?\d)")


def weekday_end(text: str, values: dict[str, Any], assumed: set[str]) -> None:
    """The end set to the range's last weekday on or after the start day said in this message (a month said
    alone, "the same trip in March 2026", names no week: its 1st is only assumed)."""
    start = values.get("start_date")
    m = RANGE_RX.search(fold(text))
    if not (m and isinstance(start, str) and len(start) >= 10) or start in assumed:
        return
    day = dt.date.fromisoformat(start[:10])
    ahead = (_NUMBER[m.group("b")] - day.weekday()) % 7
    values["end_date"] = (day + dt.timedelta(days=ahead or 7)).isoformat()
    if "duration" in values:
        values["duration"] = None
