"""The amount asked again after its block was shown, or asked as "just the figure" ("quindi in pratica quanto
prenderei? dimmi solo la cifra"): the figure in a line or two, with who confirms it, not the whole block of
parts and notes again (round 39 showed the same block three times, the third to "just tell me the number").
The same for a verdict said again after a fact changed (new dates, a new destination): the new figure in a
line or two, once a block was shown in this conversation (round 39: "cambio date" brought the whole block
back with its 70/50 EUR and "not the full cost" notes). Every figure is the rules core's; the notes stay
where they were said."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.answer import grant_lines
from actions.i18n import t
from actions.openings import openings
from actions.phrases import has, informal
from actions.turn import Turn

# The first line of a whole amount block: the total, no amount (with who knows), the rest of the amount not
# known (after the travel part); the block's parts and notes follow indented.
OPENING_KEYS = ("grant_total", "grant_unknown", "grant_rest_unknown")
AMOUNT_FIELDS = ("amount", "basis")  # their placeholders
# A block's parts ("  - Individual support: …") and notes ("  (An Erasmus+ grant is not intended …)"); a
# summary's indented orientation line is neither.
BLOCK_LINES = ("  - ", "  (")


def short_amount(turn: Turn, decision: dict[str, Any]) -> list[str] | None:
    """The short lines, or None when the full block is the answer (not shown yet, not "just the figure")."""
    full = grant_lines(decision, turn.lang)
    if not (decision.get("grant") or {}) or not full:
        return None
    if not (has("just_the_figure", turn.text) or _shown(turn, full[0])):
        return None
    return brief_lines(decision, turn.lang)


def brief_lines(decision: dict[str, Any], lang: str) -> list[str]:
    """The amount in a line or two: the call's total; or the travel part and the EU-wide guide total; or
    "no figure published, about X for orientation" with who knows; or the line that says there is none."""
    grant = decision.get("grant") or {}
    full = grant_lines(decision, lang)
    if not full:
        return []
    days = grant.get("days") or "?"
    total, guide = grant.get("total_eur"), grant.get("indicative_total_eur")
    if total is not None:
        return [t(lang, "summary_short_amount", amount=i18n.fmt_eur(total, lang), days=days)]
    if grant.get("travel_eur") and not full[0].startswith(openings(("grant_unknown",), AMOUNT_FIELDS)):
        # the travel part is known (its own line first): it, then the guide total or who knows the rest
        rest = t(lang, "summary_short_guide", amount=i18n.fmt_eur(guide, lang), days=days) \
            if guide is not None else full[1] if len(full) > 1 else ""
        return [full[0], *([rest] if rest else [])]
    if guide is not None:
        return [t(lang, "amount_short_guide", amount=i18n.fmt_eur(guide, lang), days=days,
                  basis=grant.get("basis") or "")]
    return [full[0]]  # no figure at all: the line that says so, and who knows


def brief_again(turn: Turn, decision: dict[str, Any]) -> list[str] | None:
    """A verdict said again once a whole amount block was shown: the amount in a line or two, and only the
    notes on it not read before (a green-travel note that comes with a new fact is still said once); None
    while no block was shown (the first block is whole)."""
    if not block_shown(turn):
        return None
    said = "\n".join(str(e.get("text") or "") for e in turn.tracker.events or [] if e.get("event") == "bot")
    # (a note read as a sentence of its own, "Viaggio sostenibile: …" answering the bus question, was read)
    notes = [str(n) for n in (decision.get("grant") or {}).get("notes") or []]
    new = [f"  ({n})" for n in notes
           if n.rstrip(".") not in said and informal(n, turn.lang).rstrip(".") not in said]
    lines = brief_lines(decision, turn.lang)
    changed = _changed_line(turn, decision)
    return [*([changed, *lines[1:]] if changed and lines else lines), *new]


def _changed_line(turn: Turn, decision: dict[str, Any]) -> str | None:
    """"facciamo fino al 31 maggio invece, quanto cambia?": the new total beside the one told before (round 43
    gave the new one alone, and first "I can't find"); None unless asked and both totals are the call's."""
    if not has("amount_change_question", turn.text):
        return None
    previous = turn.get("last_decision") or {}
    old = previous.get("grant") if previous.get("call") == decision.get("call") else None
    new = decision.get("grant") or {}
    if not isinstance(old, dict) or old.get("total_eur") is None or new.get("total_eur") is None:
        return None
    eur = lambda v: i18n.fmt_eur(v, turn.lang)  # noqa: E731
    same = old["total_eur"] == new["total_eur"]
    key = "summary_short_amount_same" if same else "summary_short_amount_changed"
    return t(turn.lang, key, amount=eur(new["total_eur"]), days=new.get("days") or "?",
             old=eur(old["total_eur"]), old_days=old.get("days") or "?")


def block_shown(turn: Turn) -> bool:
    """Whether an earlier reply showed a whole amount block: its first line with its parts or notes under it
    (a one-line amount, in a summary or said again, does not count: its notes were never read)."""
    starts = openings(OPENING_KEYS, AMOUNT_FIELDS)
    for event in turn.tracker.events or []:
        if event.get("event") != "bot":
            continue
        lines = str(event.get("text") or "").split("\n")
        opened = [i for i, line in enumerate(lines) if line.strip().startswith(starts)]
        if opened and any(line.startswith(BLOCK_LINES) for line in lines[opened[0] + 1:]):
            return True
    return False


def _shown(turn: Turn, line: str) -> bool:
    """Whether an earlier reply showed this amount's first line (as sent: in the person's register)."""
    said = [str(e.get("text") or "") for e in turn.tracker.events or [] if e.get("event") == "bot"]
    forms = {line.strip(), informal(line, turn.lang).strip()}
    return any(form in text for text in said for form in forms)
