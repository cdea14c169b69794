"""The dates of a recap checked back (actions/recap.py), as the person meant them. Round 49 (an MSc student,
blended mobility in Granada, 11-20 May 2026): "no, the start is still 11 may, the online sessions in april are
just the virtual part. and before you said about 790 euro, is that right?" got "Not quite; ... ✗ not 1 April
2026: apply by 11 March 2026", the April of the online part read as a date to apply by she never gave; and
"just to sum up: deadline 11 march, around 790 euro ..., right?" got the 790 and the e-mail confirmed, not the
date: the NLU sets a date after "deadline" aside (it is no date of the stay), so the recap never saw it.
Now a date of the online part is no point of the recap, and a date said right after a word for the deadline
is one."""
from __future__ import annotations

from typing import Any

from actions.onlinepart import drop_online_dates
from actions.phrases import PHRASES
from actions.stayslots import STAY_DATE_SLOTS

DATE_ENTITIES = STAY_DATE_SLOTS
NEAR = 40  # how far after the deadline word its date may stand ("deadline is on 11 march")


def recap_dates(text: str, entities: list[dict[str, Any]]) -> set[str]:
    """The days a recap names: the date entities not said of the online part, and the deadline dates."""
    kept = drop_online_dates(text, entities)
    return {str(e.get("value"))[:10] for e in kept if e.get("entity") in DATE_ENTITIES} | deadline_dates(text)


def deadline_dates(text: str) -> set[str]:
    """The days said right after a word for the deadline ("deadline 11 march", "scadenza il 4 marzo")."""
    words = list(PHRASES["deadline_words"].finditer(text))
    if not words:
        return set()
    from bot.nlu.dates import find_dates, today
    from bot.nlu.folding import fold

    folded = fold(text)
    for m in words:  # (the extractor sets a date after these words aside: blanked, the date is read)
        folded = folded[:m.start()] + " " * (m.end() - m.start()) + folded[m.end():]
    return {f.value[:10] for f in find_dates(folded, today())
            if f.entity in DATE_ENTITIES and any(0 <= f.start - m.end() <= NEAR for m in words)}
