"""A day said without its month ("until the 15th", "jusqu'au 15", "tot de 15e", "fino al 15", "le 15"), alone
or at the end of a clause. Its month is the conversation's to give (the stay's month, in
actions/partial_dates.py); here it gets the next month that has that day, and find_dates marks it
`day_only`."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from bot.nlu.daywords import WEEKDAYS

END_CUE = (r"until|till|up to|through|by|jusqu'?\s*au|jusqu'?\s*a|au|tot en met|tot|t/m|uiterlijk|"
           r"fino al|fino all'|entro il|al|bis zum|bis")
START_CUE = r"from|since|starting|start|on|a partir du|des le|du|vanaf|van|op|dal|dall'|a partire dal"
TIME_OF_DAY = (r"(?:in the |at |au |le |du |in de |'s |di |in )?"
               r"(?:evening|morning|afternoon|night|soir|matin|apres-midi|soiree|avond|avonds|ochtend|ochtends|"
               r"middag|middags|sera|mattina|pomeriggio|notte)")
EVENING_OF_RX = re.compile(r"\b(?:sera|mattina|pomeriggio|notte|giornata|soir|matin|apres-midi|nuit|journee|"
                           r"avond|ochtend|middag|nacht)\s*$")
# Cues that make a bare number a day ("until 15", "fino al 15"); "by 15", "up to 15" stay numbers.
DAY_CUE_RX = re.compile(r"until|till|jusqu'?\s*au?|tot(?: en met)?|t/m|uiterlijk|fino all?'?|entro il|al|"
                        r"bis(?: zum)?")
LONE_DAY_RX = re.compile(
    rf"(?<![\w/.\-])(?:(?:(?P<end>{END_CUE})|(?P<start>{START_CUE}))\s+)?"
    # "fin vendredi 13", "tot vrijdag de 13e": a weekday name makes the number a day, as an article does
    rf"(?:(?P<wd>{WEEKDAYS})\s*,?\s*)?"
    # "la sera del 19": "del" is the Italian "of the" (a day only after the time of day: EVENING_OF_RX)
    r"(?P<art>the|le|il|del|l'|de|den)?\s*(?P<d>[0-3]?\d)(?P<suf>st|nd|rd|th|er|eme|e|ste|de|°|º)?"
    # followed by a word it is no date: "the 3rd year", "le 15 rue", "il 15%", "15 days"; the time of day
    # keeps it one ("partirei il 19 sera", "le 19 au soir", "the 19th in the evening", "de 19e 's avonds")
    r"(?=\s*(?:[.,;!?)]|$|(?:and|et|en|e|or|ou|o|please|svp|graag|grazie|thanks|merci|bedankt)\b"
    rf"|(?:{TIME_OF_DAY}|terug)\b))"  # ("ik kom de 23e terug")
)


def lone_days(folded: str, ref: dt.date) -> list[tuple[str, int, int, str]]:
    """(entity, start, end, ISO value) of each day said without its month in folded text."""
    out = []
    for m in LONE_DAY_RX.finditer(folded):
        day, art, suf = int(m.group("d")), m.group("art"), m.group("suf")
        end_cue, cue = m.group("end"), m.group("end") or m.group("start")
        alone = not (folded[: m.start()] + folded[m.end() :]).strip(" .,!?")
        if not 1 <= day <= 31:
            continue
        # "the 15th", "le 15", "until 15", "15th" on its own: a day; "the 15", "from 15", "by 15": a number
        strong = bool(end_cue and DAY_CUE_RX.fullmatch(end_cue))
        # "la sera del 19", "le soir du 19": the day of an evening; "prima del 18", "du 19" alone stay numbers
        of_day = EVENING_OF_RX.search(folded[: m.start()]) and (art == "del" or m.group("start") == "du")
        if art == "del" and not of_day:
            continue
        marked = m.group("wd") or of_day or art and (suf or art in ("le", "il", "l'"))
        if not (cue and (art or suf or strong) or marked or alone and suf):
            continue
        start = m.start("wd") if m.group("wd") else m.start("art") if art else m.start("d")
        out.append(("end_date" if end_cue else "start_date", start, m.end(), next_day(ref, day).isoformat()))
    return out


def next_day(ref: dt.date, day: int) -> dt.date:
    """The first date from ref that is that day of its month (the 31st skips the shorter months)."""
    year, month = ref.year, ref.month
    while True:
        if day <= calendar.monthrange(year, month)[1] and dt.date(year, month, day) >= ref:
            return dt.date(year, month, day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
