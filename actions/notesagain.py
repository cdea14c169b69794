"""The notes on an amount said before, restated in short when the amount is asked about again ("  (As said
above: Erasmus+ counts every month as 30 days; no separate travel support existed for intra-European student
mobility in that period.)"): each note's first clause, from the rules core's grant notes. Round 62 (r62-m3,
r62-r3): "(The notes on this amount are further up in our conversation.)" stood in for them."""
from __future__ import annotations

import re

from actions.i18n import t

# Where a note's first clause ends: its colon or semicolon, an aside in brackets, or its first sentence.
_CLAUSE_END_RX = re.compile(r"\s*(?:[:;]|\s\(|\.\s)")


def notes_again(lang: str, lines: list[str]) -> str:
    """The left-out note lines ("  (note.)", "  Erasmus+ counts every month as 30 days: ...") in one line."""
    clauses = []
    for line in lines:
        text = line.strip()
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1]
        clause = _CLAUSE_END_RX.split(text, maxsplit=1)[0].strip().rstrip(".")
        if clause:
            # ("Travel support", "L'aide au voyage" go on the sentence; "ITM's Annex 2" keeps its capitals)
            lower = clause[1:2].islower() or clause[1:2] in ("'", "’")
            clauses.append(clause[:1].lower() + clause[1:] if lower else clause)
    if not clauses:
        return t(lang, "grant_parts_above")
    return t(lang, "cycle_notes_again", notes=t(lang, "cycle_notes_sep").join(clauses))
