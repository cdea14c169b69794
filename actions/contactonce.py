"""When the "📧 Next step: …" contact goes with an answer. Round 31: once shown in full, "📧 Next step, as
above: …" still came with nearly every later answer (the dates asked, a top-up, the same verdict again). The
contact is said the first time, with a verdict whose outcome changed since it was last said, when the person
asks whom to contact (actions/contactq.py) and where the call has no answer and the reply names who knows
(those keep their short line, actions/onceinreply.py); never under a plain answer once said."""
from __future__ import annotations

import json
from typing import Any

from rasa_sdk import Tracker

from actions.openings import openings
from actions.shown import shown_lines

# The lines that carry the contacts, in full or in short, whatever the reply's language.
CONTACT_KEYS = ("next_step", "next_step_same", "ask_at_home")


def contact_shown(tracker: Tracker) -> bool:
    """Whether a reply before this message said the contacts (in full or as the short line)."""
    prefixes = openings(CONTACT_KEYS, ("contacts",))
    return any(line.startswith(prefixes) for line in shown_lines(tracker))


def outcome_key(decision: dict[str, Any]) -> str:
    """The verdict as the person hears it: the outcome, the rules that rule it out, the conditions; not the
    dates nor the amount, which change without anything new to do."""
    key = [decision.get("call"), decision.get("verdict"),
           sorted(f.get("rule") or "" for f in decision.get("failed") or []),
           sorted(c.get("field") or "" for c in decision.get("conditions") or [])]
    return json.dumps(key)


def contact_wanted(shown: bool, told: dict[str, str], contact: str, outcome: str | None) -> bool:
    """A verdict's contact (`shown`: said by an earlier reply; `told`: the blocks the last verdict said, with
    the contact's fingerprint once it said it): the first time; with an outcome (`outcome`: its key, None
    when the reply says no outcome) other than the one it was last said with; or when the contacts themselves
    changed (staff, not a student, now)."""
    if not shown and not told.get("contact"):
        return True
    if told.get("contact") and told.get("contact") != contact:
        return True
    return outcome is not None and told.get("contact_for") != outcome


def plain_answer_contact(tracker: Tracker, lines: list[str]) -> list[str]:
    """The contact under a plain answer (a top-up, say): only when no reply said it before."""
    return [] if contact_shown(tracker) else lines
