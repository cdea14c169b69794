"""What the assistant told, said back as a statement, then a new question ("Helder. Dus ik moet ten laatste 19
november aanvragen. Naar welk adres stuur ik mijn aanvraag precies, en wat moet erbij?"): the new question is
the one answered, on its own sentences (Turn.focus), after one short line confirming what was said back. Round
39 answered the date to apply by again and nothing else. Only a saying back that is right is taken so: a wrong
date or amount is corrected by the checks of actions/recap.py and actions/applyby.py, as before. Used by
actions/earlyasks.py."""
from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from actions.i18n import t
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

DATE_ENTITIES = STAY_DATE_SLOTS
# A sentence and the signs that end it: "19 nov." inside a date is no end (a digit or a lower-case word
# follows it).
SENTENCE_RX = re.compile(r".+?(?:[.!?]+(?=\s+[^\s\da-zà-ÿ])|[.!?]*$)", re.S)


def said_back(turn: Turn) -> tuple[str, int] | None:
    """The line confirming what the statements before the question say back, and where the question starts;
    None when the message says nothing back, asks nothing after it, or says something back wrongly."""
    if not turn.get("last_decision") or not turn.get("call") or turn.is_payload or turn.focus is not None:
        return None
    text = turn.text
    spans = [(m.start(), m.end()) for m in SENTENCE_RX.finditer(text) if m.group().strip()]
    first = next((i for i, (lo, hi) in enumerate(spans) if "?" in text[lo:hi]), None)
    if not first:  # no question, or the question comes first ("is it 19 November? so ...")
        return None
    start = spans[first][0]
    from actions.unplaced import open_questions

    if not open_questions(text[start:]):
        return None  # "Dus 19 november. Klopt dat?": a check, answered by the checks that confirm it
    lines = _date_lines(turn, start) + _amount_lines(turn, text[:start])
    if not lines or None in lines:
        return None
    return " ".join(str(line) for line in lines), start


def _date_lines(turn: Turn, start: int) -> list[str | None]:
    """The date to apply by said back (a line), a date that is not it nor the stay's own (None)."""
    named = {str(e.get("value"))[:10] for e in turn.entities
             if e.get("entity") in DATE_ENTITIES and isinstance(e.get("start"), int) and e["start"] < start}
    named -= {str(turn.get("start_date") or "")[:10], str(turn.get("end_date") or "")[:10]}
    if not named:
        return []
    from actions.applyby import _dates, ahead, ended, personal_deadlines

    deadlines = personal_deadlines(turn)
    if deadlines is None or named != {deadlines["apply_by"]}:
        return [None]
    months, past = ahead(deadlines, turn.lang), ended(turn)
    dates = _dates(deadlines, turn.lang)
    turn.dates_told = True
    return [t(turn.lang, "apply_by_confirmed" + past, ahead=months, **dates) if months
            else t(turn.lang, "apply_by_confirmed_deadline" + past, **dates)]


def _amount_lines(turn: Turn, said: str) -> list[str | None]:
    """An amount the person was given said back ("so 309 € for the trip."), confirmed; another one: None."""
    from actions.recap import AMOUNT_RX, amount_value
    from actions.recap import _amount_lines as checked

    amounts = [amount_value(m.group(1) or m.group(2)) for m in AMOUNT_RX.finditer(said)]
    if not amounts:
        return []
    from actions.flow import evaluate

    try:
        lines = checked(evaluate(turn), amounts, turn.lang)
    except Exception:  # an incomplete or invalid profile: not taken as a saying back
        return [None]
    if not lines or any(not line.startswith("✓") for line in lines):
        return [None]
    return [f"{t(turn.lang, 'recap_right')} {'; '.join(line[2:] for line in lines)}."]


async def answer_after(turn: Turn, answer: Callable[[Turn], Awaitable[str]]) -> str | None:
    """The new question's answer after the saying back is confirmed ('resume'); None when there is none."""
    back = said_back(turn)
    if back is None:
        return None
    line, start = back
    turn.say(line)
    question, turn.focus = turn.question, (start, len(turn.text))
    turn.question = turn.text
    try:
        answered = await answer(turn)
        if not answered:
            from actions.unplaced import cannot_answer

            cannot_answer(turn)
    finally:
        turn.focus, turn.question = None, question
    turn.answered = True
    return answered if answered == "done" else "resume"
