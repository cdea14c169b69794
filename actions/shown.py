"""What the assistant already showed in this conversation, so that a list it builds again ("So far: ✓ …")
carries only what is new (round 24: the same ✓ checks in each of the first three replies), and the call's
notes each said once, also one that holds only once a later fact is given (round 25: the home-country
preference never came, the notes having been "told" with the first answer)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rasa_sdk import Tracker

from actions.phrases import gendered, informal

if TYPE_CHECKING:
    from actions.turn import Turn

MARKS = ("✓ ", "✗ ")


def shown_lines(tracker: Tracker) -> set[str]:
    """Every line of every reply said before this message."""
    lines: set[str] = set()
    for event in tracker.events or []:
        if event.get("event") == "bot":
            lines.update(line.strip() for line in str(event.get("text") or "").splitlines())
    return lines


def only_new_checks(block: str | None, turn: Turn) -> str | None:
    """The block without its check lines (✓/✗) shown before; None when no check line is left, since its
    heading alone ("So far it looks possible:") would say nothing new. Lines are compared as they were sent:
    in the person's grammatical gender and, where they say "tu", in that register."""
    if not block:
        return block
    shown = shown_lines(turn.tracker)
    lines = _nationality_once(block.splitlines(), turn)

    now = [text.lower() for text in turn.said]

    def seen(line: str) -> bool:
        said = gendered(line, turn.lang, turn.get("gender")).strip()
        # (or said this turn as an answer: "Sì: il tuo soggiorno di 60 giorni rientra ..." to "2 mesi
        # bastano?", not again as a check line after it, round 62)
        body = line[1:].strip().lower()
        return said in shown or informal(said, turn.lang).strip() in shown \
            or bool(body) and any(body in text for text in now)

    checks = [line for line in lines if line.startswith(MARKS)]
    if not checks:
        return block
    fresh = [line for line in checks if not seen(line)]
    if not fresh:
        return None
    return "\n".join(line for line in lines if not line.startswith(MARKS) or line in fresh)


def _nationality_once(lines: list[str], turn: Turn) -> list[str]:
    """Without "Your nationality decides the rest: ..." when this reply said already that the destination
    holds unless it is a country of one's nationality ("can it be outside Europe?", round 60)."""
    from actions.i18n import t

    if not any(t(turn.lang, "destination_ok_nationality_open") in said for said in turn.said):
        return lines
    mark = t(turn.lang, "interim_nationality_decides", country="\0").split("\0")[0]
    return [line for line in lines if not line.startswith(mark)]


def call_note_ids(decision: dict[str, Any]) -> dict[str, str]:
    """The call's notes for the person (not the assumptions), each text with its id in the call data."""
    assumed = len(decision.get("assumptions") or [])
    texts = list(decision.get("notes") or [])[assumed:]
    ids = list(decision.get("note_ids") or [])
    return dict(zip(texts, ids if len(ids) == len(texts) else texts, strict=True))


def notes_told(previous: dict[str, Any], decision: dict[str, Any]) -> set[str]:
    """The ids of the call's notes said before in this conversation (`last_decision.notes_told`), or True for
    an answer stored before they were listed (then every note the decision has counts as said)."""
    if previous.get("call") != decision.get("call"):
        return set()
    told = previous.get("notes_told")
    if told is True:
        return set(call_note_ids(decision).values())
    return {str(n) for n in told} if isinstance(told, list) else set()


def new_notes(turn: Turn, decision: dict[str, Any], told: set[str]) -> list[str]:
    """The call's notes for the person not said before; none when this turn's answer said the priorities
    they repeat ("your scholarship may lower your ranking" after "it ranks you lower")."""
    fresh = [text for text, key in call_note_ids(decision).items() if key not in told]
    return [] if turn.priorities_said else fresh


def notes_said_in(turn: Turn, decision: dict[str, Any], text: str) -> set[str]:
    """The ids of the notes an answer said (`text`), or covered by the priorities said this turn; those of a
    ruled-out answer are not said and wait."""
    return {key for note, key in call_note_ids(decision).items()
            if dated(decision) and (turn.priorities_said or f"ℹ {note}" in text)}


def dated(decision: dict[str, Any]) -> bool:
    """Whether the answer says dates and notes: not when a rule other than a date rules the plan out."""
    from actions.answer import only_deadlines_failed

    return decision.get("verdict") != "not_eligible" or only_deadlines_failed(decision)


def notes_now_true(turn: Turn, decision: dict[str, Any], previous: dict[str, Any]) -> list[str]:
    """While the answer stands: a note of the call that holds once a later fact is given ("preference goes to
    students not going to their home country" once the nationality is known), said once."""
    told = notes_told(previous, decision)
    fresh = {key for key in call_note_ids(decision).values() if key not in told}
    # (a what-if case's notes are not the person's plan's)
    if not fresh or not previous or not dated(decision) or turn.what_if:
        return []
    turn.set("last_decision", {**previous, "notes_told": sorted(told | fresh)})
    return [f"ℹ {n}" for n in new_notes(turn, decision, told)]
