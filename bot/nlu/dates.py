"""Dates and date ranges in en/fr/nl/it, resolved against the message date (lengths: bot/nlu/durations.py,
a day said without its month: bot/nlu/days.py).

Month and weekday words come from dateparser's locale data (bot/nlu/daywords.py); the patterns are our
own precompiled regexes, because dateparser.search_dates costs tens of milliseconds per message and misreads
ranges.
Works on text folded by places.fold (lowercase, no accents, same offsets).
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
from dataclasses import dataclass

from bot.nlu import dateyears, days, dayspan, daywords
from bot.nlu.dateyears import Found

MONTHS, FULL_MONTHS, _alt = daywords.MONTHS, daywords.FULL_MONTHS, daywords.alt
MON = rf"(?:{_alt(MONTHS)})\.?"
DAY_NUMBER = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|eme|e|ste|de|°|º|o)?"
# Before the month only: "il primo marzo", "the first of March" ("may first" after it is "I may first ask").
DAY = rf"(?:{DAY_NUMBER}|{daywords.FIRST})"
YEAR = r"(?:(?:19|20)\d\d)"
# "early March", "to late May", "mi-mars", "eind mei": words that place a day inside a month.
QUALIFIER = (r"(?:(?:late|early|mid|end of|fin|mi|eind|begin|half|midden|fine|inizio|meta)\s*-?\s*"
             r"(?:of\s+|de\s+|di\s+|van\s+)?)?")
DATE_RX = re.compile(
    rf"\b(?:(?P<iy>{YEAR})-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)"
    rf"|(?P<nd>[0-3]?\d)(?P<sep>[/.\-])(?P<nm>[01]?\d)(?P=sep)(?P<ny>{YEAR}|\d\d)"
    rf"|(?P<ad>{DAY})\s*(?:of\s+|de\s+)?(?P<am>{MON})(?:\s*,?\s*(?:de\s+)?(?P<ay>{YEAR}))?"
    rf"|(?P<bm>{MON})\s+(?P<bd>{DAY_NUMBER})(?![\d:])(?:\s*,?\s*(?P<by>{YEAR}))?"
    rf"|(?P<cm>{MON})\s+(?P<cy>{YEAR})"
    rf"|(?P<month>{_alt(FULL_MONTHS)}))(?!\w)"
)
# A bare day before a full date: "du 1er au 20 mars", "1-15 March", "between 1 and 15 March".
BARE_DAY_RX = re.compile(
    rf"\b(?P<ds>(?P<d>[0-3]?\d|{daywords.FIRST})(?:st|nd|rd|th|er|e|ste|°)?)\s*"
    r"(?:-|–|to|till|until|au|a|tot en met|tot|al|all'|fino al|fino all'|and|et|en|e|t/m)"
    r"\s*(?:the|le|il)?\s*$"
)
CONNECTOR_RX = re.compile(
    r"^\s*(?:-|–|—|to|till|until|through|and|au|a|et|jusqu'?au|jusqu'?a|tot(?: en met)?|t/m|en|al|e|"
    r"fino al|fino ad|fino a|all'|ad|tot|till the|to the|au|through|"  # ("da febbraio ad aprile")
    # "1 Feb till end of April", "jusqu'à la fin avril", "tot eind april", "fino alla fine di aprile"
    r"(?:to|till|until|through)\s+(?:the\s+)?end\s+of|jusqu'?a\s+(?:la\s+)?fin\s*(?:d'|de)?|"
    r"tot\s+(?:het\s+)?einde?\s*(?:van)?|fino\s+alla\s+fine\s*(?:di)?)\s*(?:the\s+|le\s+|il\s+)?"
    # "early March to late May", "mi-mars à fin mai", "half maart tot eind mei"
    + QUALIFIER + "$"
)
END_CUE_RX = re.compile(
    # Whole words: "plutôt le 2 février" is no Dutch "tot" (round 42 read the departure as the end).
    r"(?<!\w)(?:until|till|up to|by|through|ending|ends|end(?: of)?|jusqu'?(?:au|a|en)|fin|au plus tard|"
    r"tot(?: en met)?|"
    r"t/m|uiterlijk|eindigend|eindigt|einde|eind|fino (?:al|ad|a|alla|all')|entro|termina|fine|finisce|"
    r"se termine|finit)"
    r"\s*(?:on|the|le|il|de|op|la|el|l')?\s*$"
)
# The return named before its date ("le retour resterait le 30 avril", "back on 30 April", "terug op 30
# april", "il rientro il 30 aprile"): the end of the stay (round 42 read it as a second start).
RETURN_CUE_RX = re.compile(
    r"\b(?:retour|rentre\w*|return\w*|back|terugkeer|terugreis|terug|ritorno|rientro|torno|rientr\w*)\b"
    r"(?:\s+\w+){0,2}\s*(?:on|the|le|il|de|op|la|l')?\s*$"
)
MONTH_START_CUE_RX = re.compile(
    r"(?:from|starting|start|starts|beginning|begin|early|in|on|leaving|depart\w*|des|debut|en|a "
    r"partir de|partir|"
    r"vanaf|van|begin|in|eind|da|dal|dalla|dai|a partire da|inizio|a|ad|nel|di|du|au mois de|mois de|"
    r"until|till|by|to|jusqu'?en|jusqu'?a|jusqu'?au|fin|tot|fino a|entro|fine|and|et|e|en|end|the end|"
    r"the beginning|mid|mi|midden|half|meta|late|early|einde|fine di|fin d'|debut d')"
    r"\s*-?\s*(?:of\s+|de\s+|di\s+)?$"
)

DEADLINE_RX = re.compile(
    # ("il termine è il 31 luglio" is a deadline; French "il se termine le 31 août" is the stay's end)
    r"(?:deadline|closing date|cut-off date|date limite|delai|scadenza|"
    r"(?<!se )(?<!je )(?<!qui )(?<!on )termine|uiterste datum|indiendatum)"
    # only filler between the word and the date: "deadline is 31 July", not "deadline if I leave in May"
    r"(?:[\s:,\-]|\b(?:is|est|e|the|le|la|il|on|op|was|de|du|van|del|della|al|of|it)\b)*$"
)

def today() -> dt.date:
    """The message date: MOBILITY_TODAY (YYYY-MM-DD) when set, else the real date."""
    raw = os.environ.get("MOBILITY_TODAY", "")
    try:
        return dt.date.fromisoformat(raw) if raw else dt.date.today()
    except ValueError:
        return dt.date.today()


@dataclass
class Mention:
    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    month_only: bool = False


def _mentions(folded: str) -> list[Mention]:
    out: list[Mention] = []
    for m in DATE_RX.finditer(folded):
        g = m.groupdict()
        if g["iy"]:
            out.append(Mention(m.start(), m.end(), int(g["id"]), int(g["im"]), int(g["iy"])))
        elif g["nd"]:
            year = int(g["ny"]) + (2000 if len(g["ny"]) == 2 else 0)
            out.append(Mention(m.start(), m.end(), int(g["nd"]), int(g["nm"]), year))
        elif g["am"] or g["bm"]:
            day, mon, year = (g["ad"], g["am"], g["ay"]) if g["am"] else (g["bd"], g["bm"], g["by"])
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    daywords.day_number(day),
                    MONTHS[mon.rstrip(".")],
                    int(year) if year else None,
                )
            )
        elif g["cm"]:
            out.append(
                Mention(m.start(), m.end(), None, MONTHS[g["cm"].rstrip(".")], int(g["cy"]), month_only=True)
            )
        elif g["month"] and (MONTH_START_CUE_RX.search(folded[max(0, m.start() - 25) : m.start()])
                             or MONTH_RANGE_AFTER_RX.match(folded[m.end() : m.end() + 40])
                             or MONTH_DASH_BEFORE_RX.search(folded[max(0, m.start() - 25) : m.start()])
                             or not (folded[: m.start()] + folded[m.end() :]).strip(" .,!?")):
            if g["month"] == "may" and not re.search(
                r"\b(?:in|from|until|till|to|by|of|early|late|end|mid)[\s-]+$", folded[: m.start()]
            ):
                continue  # "may I apply" is not a month
            out.append(Mention(m.start(), m.end(), None, FULL_MONTHS[g["month"]], None, month_only=True))
    out += _short_months_in_ranges(folded, out)
    return [_mid_month(folded, m) for m in sorted(out, key=lambda m: m.start)]


def _short_months_in_ranges(folded: str, found: list[Mention]) -> list[Mention]:
    """"the exchange is just feb to june 2027", "feb-jun 2027": a short month name alone opens a range when
    another month follows it (round 26 read only "june 2027", as the start, and the stay's start was lost).
    Alone elsewhere "mar", "ago", "set" are words ("2 years ago", "set to June" needs a range opener)."""
    out = []
    for m in SHORT_RANGE_RX.finditer(folded):
        if any(f.start < m.end("m") and m.start("m") < f.end for f in found):
            continue
        opener = RANGE_OPENER_RX.search(folded[max(0, m.start() - 12):m.start()])
        if m.group("m") in OPENER_ONLY and not opener:
            continue
        out.append(Mention(m.start("m"), m.end("m"), None, MONTHS[m.group("m")], None, month_only=True))
    return out


def _mid_month(folded: str, m: Mention) -> Mention:
    if m.month_only and MID_MONTH_RX.search(folded[max(0, m.start - 25) : m.start]):
        return Mention(m.start, m.end, 15, m.month, m.year)
    return m


def _date(year: int, month: int, day: int | None, last: bool) -> dt.date | None:
    if day is None:
        day = calendar.monthrange(year, month)[1] if last else 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _next_year(ref: dt.date, month: int, day: int | None) -> int:
    """Year of the next occurrence of (month, day) from ref; a month alone counts from the current month."""
    if day is None:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if (month, day) >= (ref.month, ref.day) else ref.year + 1


# "maart tot mei", "febbraio-aprile": a bare month followed by a connector and another month is the start of a
# range.
RANGE_WORDS = r"(?:to|till|until|through|tot|au|ad|a|à|al|fino ad|fino a|jusqu'?en)"
# The other month may be short ("june-aug 2026", "june to aug 2026": round 28 read "aug 2026" alone).
MONTH_RANGE_AFTER_RX = re.compile(
    rf"(?:\s*[-–]\s*|\s*{RANGE_WORDS}\s+)"
    + QUALIFIER + rf"(?:{_alt(MONTHS)})\.?(?!\w)")
# "febbraio-aprile": the range's second month, right after the first and a dash.
MONTH_DASH_BEFORE_RX = re.compile(rf"\b(?:{_alt(MONTHS)})\.?\s*[-–]\s*$")
# "feb to june 2027", "feb-jun 2027", "van feb tot juni": a short month name before a range's other month.
SHORT_MONTHS = {name for name in MONTHS if name not in FULL_MONTHS}
SHORT_RANGE_RX = re.compile(
    rf"\b(?P<m>{_alt(SHORT_MONTHS)})\.?(?=\s*(?:-|–|{RANGE_WORDS})\s*"
    + QUALIFIER + rf"(?:{_alt(MONTHS)})\b)")
# Short names that are words too ("two years ago to June", "set to June"): a range only after "from", "de"...
OPENER_ONLY = {"ago", "set", "mar", "gen"}
RANGE_OPENER_RX = re.compile(r"\b(?:from|between|de|du|entre|van|vanaf|tussen|da|dal|dalla|tra|fra)\s*$")
# Words between a cue and its month that place the day in the month ("until mid July", "jusqu'à début mai").
PLACING_RX = re.compile(r"(?:\bmid|\bmi|\bmidden|\bhalf|\bmeta|\bearly|\blate|\bbegin|\bdebut|\binizio)"
                        r"\s*-?\s*(?:of\s+|de\s+|di\s+|van\s+|d')?$")
# "mid May", "mi-mars", "half mei", "metà maggio": a month said with "mid" is its 15th.
MID_MONTH_RX = re.compile(r"(?:\bmid|\bmi|\bmidden|\bhalf|\bmeta|\bverso la meta|\bmeta di|\bla mi)"
                          r"\s*-?\s*(?:of\s+|de\s+|di\s+|van\s+)?$")
NEXT_YEAR_RX = re.compile(r"\b(?:next year|l'annee prochaine|volgend jaar|volgende jaar|l'anno prossimo|"
                          r"prossimo anno|anno prossimo)\b")


def find_dates(folded: str, ref: dt.date | None = None) -> list[Found]:
    ref = ref or today()
    said = folded  # (a day said after a weekday name, "fin vendredi 13", is a day: days.lone_days)
    folded = daywords.blank_weekdays(folded)
    if NEXT_YEAR_RX.search(folded):
        ref = dt.date(ref.year + 1, 1, 1)  # "March to May next year": months without a year fall in it
    mentions = _mentions(folded)
    found: list[Found] = []
    used: set[int] = set()
    guessed: set[int] = set()  # indexes in `found` of dates whose year was not said
    for i, m in enumerate(mentions):
        if i in used or m.month is None:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt and nxt.month and CONNECTOR_RX.match(folded[m.end : nxt.start]):
            found += _range(m, nxt, ref)
            used.add(i + 1)
            continue
        span = dayspan.after_month(folded, m.end) if m.month_only else None
        if span:
            found += _range(Mention(span.first_start, span.first_end, span.first, m.month, m.year),
                            Mention(span.last_start, span.last_end, span.last, m.month, m.year), ref)
            continue
        head = folded[max(0, m.start - 40) : m.start]
        bare = BARE_DAY_RX.search(head)
        if bare and not m.month_only and m.day is not None:
            first_start = m.start - len(head) + bare.start("d")
            start = Mention(
                first_start, m.start - len(head) + bare.end("ds"), daywords.day_number(bare.group("d")), None,
                None
            )
            found += _range(start, m, ref)
            continue
        if DEADLINE_RX.search(folded[max(0, m.start - 40) : m.start]):
            continue  # "the deadline is 31 July" is the call's date, not the user's mobility
        # "until mid July", "tot half juli": the cue stands before the word that places the day in the month.
        lead = PLACING_RX.sub("", folded[max(0, m.start - 30) : m.start])
        end_cue = bool(END_CUE_RX.search(lead) or RETURN_CUE_RX.search(lead))
        year = m.year or _next_year(ref, m.month, m.day)
        date = _date(year, m.month, m.day, last=end_cue)
        if date:
            entity = "end_date" if end_cue else "start_date"
            found.append(Found(entity, m.start, m.end, date.isoformat(), _month_only(m.day, m.month_only)))
            if m.year is None:
                guessed.add(len(found) - 1)
    found = dateyears.said_twice(dateyears.start_before_end(found, guessed), guessed)
    # ("la scadenza del 18" is the call's date, as "the deadline is 31 July" is)
    return found + [Found(entity, start, end, value, (("day_only", True),))
                    for entity, start, end, value in days.lone_days(said, ref)
                    if not any(f.start < end and start < f.end for f in found)
                    and not DEADLINE_RX.search(folded[max(0, start - 40):start])]


def _range(a: Mention, b: Mention, ref: dt.date) -> list[Found]:
    """A range: the first mention borrows month/year from the second when it lacks them ("du 1er au 20 mars");
    a range without years takes the next occurrence and rolls the end into the next year if needed."""
    a_month = a.month or b.month
    if b.year:
        b_year = b.year
        a_year = a.year or (b_year if (a_month, a.day or 1) <= (b.month, b.day or 31) else b_year - 1)
    else:
        a_year = a.year or _next_year(ref, a_month, a.day)
        b_year = a_year if (b.month, b.day or 31) >= (a_month, a.day or 1) else a_year + 1
    out = []
    start = _date(a_year, a_month, a.day, last=False)
    end = _date(b_year, b.month, b.day, last=True)
    if start:
        out.append(Found("start_date", a.start, a.end, start.isoformat(), _month_only(a.day, a.month_only)))
    if end:
        out.append(Found("end_date", b.start, b.end, end.isoformat(), _month_only(b.day, b.month_only)))
    return out


def _month_only(day: int | None, month_only: bool) -> tuple[tuple[str, bool], ...]:
    return (("month_only", True),) if day is None and month_only else ()
