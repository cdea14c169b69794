""""T'as dit qu'il y a que 2 bourses pour les pays tiers, donc la suisse aussi ?": a note of the call the
person was told (its number said back) asked about a country. Whether the note concerns that country is the
rules core's: the note is among the notes of the plan with that destination, or it is not; the country's
groups say why. Round 31 answered the destination's verdict again ("Yes: ... you may go there") instead."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.askabout import evaluate_with, is_question
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.profile import core
from actions.sentences import SENTENCE_RX
from actions.setlabels import sets_text
from actions.turn import Turn


def note_country_question(turn: Turn) -> bool:
    """Whether the note the message names was said of the country it asks about; whether it answered."""
    call_id, text = turn.get("call"), turn.text
    if not call_id or not turn.get("last_decision") or not is_question(text):
        return False
    numbers = {m.group(1) for m in PHRASES["grants_counted"].finditer(text)}
    code = _country_asked(turn)
    if not numbers or not code:
        return False
    here = _notes(turn, {})
    there = _notes(turn, {"destination": code})
    said = [n for n in [*there, *here] if any(re.search(rf"(?<![\d.,]){n_}(?![\d.,])", n) for n_ in numbers)]
    if not said:
        return False
    try:
        status = core().destination_status(str(call_id), code, turn.lang)
    except Exception:  # an unknown country: the destination answers report it
        return False
    if not status["labels"]:
        return False  # a country the call does not cover: the destination answer says so
    note = said[0]
    key = "note_concerns_it" if note in there else "note_not_for_it"
    turn.say(t(turn.lang, key, country=i18n.country(code, turn.lang), sets=sets_text(status),
               note=note))
    return True


def _country_asked(turn: Turn) -> str | None:
    """The country named in a sentence that asks whether the same holds for it ("donc la suisse aussi ?")."""
    text = turn.text
    for sentence in SENTENCE_RX.split(text):
        if "?" not in sentence or not has("also_question", sentence):
            continue
        lo = text.find(sentence)
        for ent in turn.entities:
            start = ent.get("start")
            inside = isinstance(start, int) and lo <= start < lo + len(sentence)
            if inside and ent.get("entity") == "country" and ent.get("role") != "citizenship":
                return str(ent.get("value"))
    return None


def _notes(turn: Turn, slots: dict[str, Any]) -> list[str]:
    """The call's notes for the person's plan, with `slots` changed for this question only."""
    from actions.verdict import call_notes

    try:
        return call_notes(evaluate_with(turn, **slots))
    except Exception:  # an incomplete or invalid profile: no note to compare
        return []
