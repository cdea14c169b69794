"""The e-mail summary not sent again when nothing decisive changed (round 50: "Hier is een samenvatting om in
je e-mail te plakken" and its mailto link came in two replies in a row, the second only adding "Status:
Masterstudent aan ITG Antwerpen." after the person said so). A summary shown in one of the last replies that
holds every line of the new one but the person's status, kind of mobility, funding or earlier months is the
one to send: those lines are said to be added to it."""
from __future__ import annotations

from rasa_sdk import Tracker

from actions.phrases import gendered, informal

# Summary parts whose change alone does not make a new summary worth sending (actions/contact.py).
MINOR_PARTS = ("status", "mobility", "funding", "prior")


def summary_added(tracker: Tracker, body: str, lang: str, call_id: str) -> list[str] | None:
    """The lines the new summary adds to one shown in the last replies (empty when it is the same); None
    when none shown there holds its other lines (the summary is sent in full)."""
    from actions.contact import recent_reply_lines, summary_parts

    wanted = [line.strip() for line in body.splitlines() if line.strip()]
    if not wanted:
        return None
    gender = tracker.get_slot("gender")
    minor = {gendered(line, lang, gender).strip() for part, line in summary_parts(tracker, lang, call_id)
             if part in MINOR_PARTS}
    for shown in recent_reply_lines(tracker):
        missing = [line for line in wanted if not in_shown(line, shown, lang)]
        if missing != wanted and all(line in minor for line in missing):
            return missing
    return None


def in_shown(line: str, shown: set[str], lang: str) -> bool:
    """Whether a summary line is among the lines shown, as it was sent: in the "tu" register where the person
    uses it, and with the Italian elisions ("dall'8 marzo": round 58 sent Elena's summary again for "dal")."""
    from actions.elision import elide

    return any(form in shown for form in {line, informal(line, lang).strip()}
               | ({elide(line), elide(informal(line, lang)).strip()} if lang == "it" else set()))


def added_text(lines: list[str], lang: str) -> str:
    from actions.i18n import t

    if not lines:
        return t(lang, "contact_summary_same")
    return t(lang, "contact_summary_same_add", lines=" ".join(lines))

