"""The amount asked again after its block was shown, or asked as "just the figure" ("quindi in pratica quanto
prenderei? dimmi solo la cifra"): the figure in a line or two, with who confirms it, not the whole block of
parts and notes again (round 39 showed the same block three times, the third to "just tell me the number").
Every figure is the rules core's; the notes stay where they were said."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.answer import grant_lines
from actions.i18n import t
from actions.phrases import has, informal
from actions.turn import Turn


def short_amount(turn: Turn, decision: dict[str, Any]) -> list[str] | None:
    """The short lines, or None when the full block is the answer (not shown yet, not "just the figure")."""
    grant = decision.get("grant") or {}
    full = grant_lines(decision, turn.lang)
    if not grant or not full or not (has("just_the_figure", turn.text) or _shown(turn, full[0])):
        return None
    lang, days = turn.lang, grant.get("days") or "?"
    total, guide = grant.get("total_eur"), grant.get("indicative_total_eur")
    if total is not None:
        return [t(lang, "summary_short_amount", amount=i18n.fmt_eur(total, lang), days=days)]
    if guide is not None:
        return [t(lang, "amount_short_guide", amount=i18n.fmt_eur(guide, lang), days=days,
                  basis=grant.get("basis") or "")]
    return [full[0]]  # no figure at all: the line that says so, and who knows


def _shown(turn: Turn, line: str) -> bool:
    """Whether an earlier reply showed this amount's first line (as sent: in the person's register)."""
    said = [str(e.get("text") or "") for e in turn.tracker.events or [] if e.get("event") == "bot"]
    forms = {line.strip(), informal(line, turn.lang).strip()}
    return any(form in text for text in said for form in forms)
