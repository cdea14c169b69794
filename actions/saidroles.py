"""Roles of a date said farther from it than the cues right before or after it (actions/when.py date_roles):
- the role it does not have, in its part of the sentence: "nee, februari 2027 is wanneer ik zou vertrekken,
  niet het einde", "February 2027, not the end", "février 2027, pas la fin", "febbraio 2027, non la fine" is
  the start (round 36 stored it as the end date, 28 February 2027, and judged a stay of 390 days); "not the
  start" makes it the end;
- the departure an apply-by question is about: "voor februari 2027 moet ik dan ten laatste begin december
  2026 aanvragen?", "for February 2027 must I apply by early December?", "pour février 2027, je dois postuler
  début décembre ?", "per febbraio 2027 devo candidarmi entro inizio dicembre?": the one date of the stay in
  a question about applying is when the person would leave (round 36 read it as the end after the stay).
A date whose applying time it is was already left out (actions/when.py applying_time)."""
from __future__ import annotations

from typing import Any

from actions.phrases import PHRASES, has
from actions.stayslots import STAY_DATE_SLOTS

STAY = STAY_DATE_SLOTS
ENDS = ".;!?\n"  # what ends a sentence


def role_denied(text: str, ent: dict[str, Any], dates: list[dict[str, Any]]) -> str | None:
    """The other role, when the words after the date, in its sentence, say it is not the end (or start)."""
    left, right = _alone(text, ent, dates)
    if right is None:
        return None
    rest = text[int(ent.get("end") or ent["start"]):right]
    not_end, not_start = PHRASES["not_end_after"].search(rest), PHRASES["not_start_after"].search(rest)
    return "start_date" if not_end and not not_start else "end_date" if not_start and not not_end else None


def departure_asked(text: str, ent: dict[str, Any], dates: list[dict[str, Any]]) -> str | None:
    """The start, for the one date of the stay in a question about applying, without a cue of its own."""
    left, right = _alone(text, ent, dates)
    if right is None or len(dates) != 1:
        return None
    sentence = text[left:right]
    return "start_date" if "?" in sentence and has("application_words", sentence) else None


def _alone(text: str, ent: dict[str, Any], dates: list[dict[str, Any]]) -> tuple[int, int | None]:
    """The sentence around `ent` when no other stay date is in it; (0, None) otherwise."""
    left, right = _sentence(text, int(ent["start"]), int(ent.get("end") or ent["start"]))
    inside = [d for d in dates if isinstance(d.get("start"), int) and left <= int(d["start"]) < right]
    return (left, right) if len(inside) == 1 and inside[0] is ent else (0, None)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around a mention begins and ends, its closing mark included."""
    left = max(text.rfind(sep, 0, start) for sep in ENDS) + 1
    rights = [i for i in (text.find(sep, end) for sep in ENDS) if i >= 0]
    return left, min(rights) + 1 if rights else len(text)
