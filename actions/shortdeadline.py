"""The date asked again ("what's the deadline again?", "c'était quand déjà ?", "tot wanneer ook alweer?"):
once a reply showed the apply-by date for this departure, it comes back in one line with the departure it is
for; the end of the mobility and the call's note on how the date is set were read already. Round 45 gave the
same four lines to each ask, and the note named the 31 July 2026 end a second time."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.answer import soon_lines
from actions.i18n import t
from actions.turn import Turn


def short_deadline(turn: Turn, decision: dict[str, Any]) -> list[str] | None:
    """The one line, or None while the date was not shown yet (the first answer is whole)."""
    deadlines = decision.get("deadlines") or {}
    apply_by, start = deadlines.get("apply_by"), turn.get("start_date")
    if not apply_by or not start:
        return None
    date = i18n.fmt_date(apply_by, turn.lang)
    said = [str(e.get("text") or "") for e in turn.tracker.events or [] if e.get("event") == "bot"]
    if not any("📅" in text and date in text for text in said):
        return None
    line = t(turn.lang, "deadline_again", date=date, start=i18n.fmt_date(str(start), turn.lang))
    return [line, *soon_lines(apply_by, deadlines.get("application_deadline"), turn.lang)]


def without_repeated_end(lines: list[str], deadlines: dict[str, Any], lang: str) -> list[str]:
    """The call's note already names the end of all mobility ("31 July 2026 is the deadline of all mobility
    activities; ..."): the line "The mobility must end by 31 July 2026." goes, the note says it."""
    end_by, note = deadlines.get("mobility_end_by"), str(deadlines.get("note") or "")
    if not end_by or not note or i18n.fmt_date(end_by, lang) not in note:
        return lines
    return [line for line in lines if line != t(lang, "deadline_end_by", date=i18n.fmt_date(end_by, lang))]
