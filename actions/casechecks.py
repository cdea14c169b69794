"""What a case changes in the rules core's checks: the checks that fail for the case but not for the person's
own facts, and their explanations said with their sources (actions/virtualq.py "without the online part",
actions/ifnotq.py "what if there is none?")."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.turn import Turn


def new_failures(own: dict[str, Any], case: dict[str, Any]) -> list[dict[str, Any]]:
    """The case's failed checks that the person's own decision does not fail."""
    before = {f.get("rule") for f in own.get("failed") or []}
    return [f for f in case.get("failed") or [] if f.get("rule") not in before]


def sourced_checks(turn: Turn, checks: list[dict[str, Any]], closed: bool = True) -> str:
    """The checks' explanations with their sources; `closed` False: the last one without its full stop (a
    sentence goes on after it)."""
    lang, last = turn.lang, len(checks) - 1
    parts = []
    for i, check in enumerate(checks):
        said = str(check.get("explanation"))
        said = said if closed or i < last else said.rstrip(".")
        where = i18n.source(turn.get("call"), check.get("source"), lang)
        parts.append(f"{said} ({t(lang, 'source')}: {where})")
    return " ".join(parts)
