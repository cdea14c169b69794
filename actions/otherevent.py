""""and can I apply in april? i am very busy with exams until end of march", "j'ai des examens jusqu'à fin
mars", "ik heb examens tot eind maart", "ho esami fino a fine marzo": a date said of something other than the
mobility (exams, the person's classes, thesis or work) is no date of the stay. Round 53 read "until end of
march" as the stay's end, put it after the 11 May start (a month without a year is the one after the start:
31 March 2027) and turned the verdict to "not eligible". A date in a clause that names the mobility itself, a
place or a stay verb ("go", "leave") stays the stay's: "my mobility is still 11 to 15 may". Used by
actions/facts.py before the dates get their roles."""
from __future__ import annotations

from typing import Any

from actions.onlinepart import PIECE_CUT_RX
from actions.phrases import PHRASES, has

STAY = ("start_date", "end_date", "duration")
PLACES = ("city", "country", "receiving_org", "institution")


def drop_other_event_dates(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities without the dates and lengths said of another event."""
    if not PHRASES["other_event"].search(text):
        return entities
    return [e for e in entities if not _of_other_event(text, e, entities)]


def _names_other_event(piece: str) -> bool:
    """Whether the clause names another event, not as the time the stay comes after or before ("from 1 June,
    after my exams" is the stay's June)."""
    return any(not PHRASES["event_relative"].search(piece[max(0, m.start() - 20):m.start()])
               for m in PHRASES["other_event"].finditer(piece))


def _of_other_event(text: str, ent: dict[str, Any], entities: list[dict[str, Any]]) -> bool:
    start = ent.get("start")
    if ent.get("entity") not in STAY or not isinstance(start, int):
        return False
    end = int(ent.get("end") or start)
    left = max((m.end() for m in PIECE_CUT_RX.finditer(text) if m.end() <= start), default=0)
    right = min((m.start() for m in PIECE_CUT_RX.finditer(text) if m.start() >= end), default=len(text))
    piece = text[left:right]
    if has("mobility_named", piece) or has("stay_words", piece):
        return False
    if not _names_other_event(piece):
        # "la fin mars, ce sont mes examens": the next clause says what the date is
        cut = PIECE_CUT_RX.search(text, right)
        after = PIECE_CUT_RX.search(text, right + 1) if cut and cut.start() == right else None
        nxt = text[right + 1:after.start() if after else len(text)] if right < len(text) else ""
        if text[right:right + 1] not in (",", ";", ":") or not has("names_what_it_is", nxt) \
                or not _names_other_event(nxt):
            return False
    # "my thesis fieldwork in Kisumu from March to June": a place said with it makes it the stay
    return not any(e.get("entity") in PLACES and isinstance(e.get("start"), int)
                   and left <= e["start"] < right for e in entities)
