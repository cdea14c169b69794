"""A day range said right after its month: "12 jours en mars 2027 (du 8 au 19)", "in March 2027, from the
8th to the 19th", "maart 2027 (van 8 tot 19)", "a marzo 2027, dall'8 al 19". Round 45 kept "mars 2027" alone,
so the stay's days were asked again and its length (which names the kind of mobility) was never known."""

from __future__ import annotations

import re
from dataclasses import dataclass

SUFFIX = r"(?:st|nd|rd|th|er|eme|e|ste|de|°|º)?"
DAYS_AFTER_MONTH_RX = re.compile(
    r"^\s*[(,:;]?\s*(?:[-–]\s*)?"
    r"(?:from\s+(?:the\s+)?|du\s+|van\s+(?:de\s+)?|dal\s+|dall'\s*|da\s+|de\s+|between\s+(?:the\s+)?|entre\s+le\s+|"
    r"tussen\s+(?:de\s+)?|tra\s+il\s+)?"
    rf"(?P<a>[0-3]?\d){SUFFIX}\s*"
    r"(?:-|–|to\s+(?:the\s+)?|till\s+(?:the\s+)?|until\s+(?:the\s+)?|and\s+(?:the\s+)?|au\s+|a\s+|et\s+le\s+|"
    r"tot(?:\s+en\s+met)?\s+(?:de\s+)?|t/m\s+|en\s+(?:de\s+)?|al\s+|all'\s*|fino\s+al\s+|e\s+il\s+)"
    rf"(?P<b>[0-3]?\d){SUFFIX}"
    # a number followed by a unit is no day: "(du 8 au 19 jours)", "1-2 weeks"
    r"(?!\s*(?:\d|days?\b|jours?\b|dagen\b|dag\b|giorni\b|weeks?\b|semaines?\b|weken\b|settimane\b|%))"
)


@dataclass
class DaySpan:
    first: int
    first_start: int
    first_end: int
    last: int
    last_start: int
    last_end: int


def after_month(folded: str, month_end: int) -> DaySpan | None:
    """The two days of a range that follows a month at month_end, when the first comes before the second."""
    m = DAYS_AFTER_MONTH_RX.match(folded[month_end:month_end + 45])
    if not m:
        return None
    first, last = int(m.group("a")), int(m.group("b"))
    if not 1 <= first < last <= 31:
        return None
    return DaySpan(first, month_end + m.start("a"), month_end + m.end("a"),
                   last, month_end + m.start("b"), month_end + m.end("b"))
