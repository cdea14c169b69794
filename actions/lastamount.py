""""💶 The amount: as above." only when the last amount the person was shown is this answer's: a what-if's
amount shown since (round 36: €1,106 for a case, then "as above" for the plan's €948) makes "above" point at
the wrong figure, so the amount is said in full again. Round 55: "how much would I get?" (typed, or its
button) got "💶 The amount: as above." and the verdict again: a message that asks the amount gets it, and "as
above" stays only for an amount in the immediately previous reply."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.turn import Turn


def _amount(decision: dict[str, Any]) -> float | None:
    grant = decision.get("grant") or {}
    for key in ("total_eur", "indicative_total_eur", "travel_eur"):
        if grant.get(key) is not None:
            return float(grant[key])
    return None


def last_amount_differs(turn: Turn, decision: dict[str, Any]) -> bool:
    """Whether the last message that showed an amount in euros did not show this answer's amount."""
    amount = _amount(decision)
    if amount is None:
        return False
    said = [str(e.get("text") or "") for e in turn.tracker.events or [] if e.get("event") == "bot"]
    said += [str(m.get("text") or "") for m in turn.dispatcher.messages]
    last = next((s for s in reversed(said) if "€" in s), None)
    return last is not None and i18n.fmt_eur(amount, turn.lang) not in last


def amount_said_again(turn: Turn, decision: dict[str, Any]) -> bool:
    """Whether the amount is said again (in a line or two) rather than "as above": another amount shown since,
    the message asks the amount ("how much would I get?", typed or clicked), or the previous reply did not
    show it."""
    if last_amount_differs(turn, decision):
        return True
    from actions.answer import grant_lines
    from actions.phrases import informal
    from actions.unplaced import asks_amount

    typed = str(turn.tracker.latest_message.get("typed") or turn.text)
    if turn.text.startswith("/ask_grant") or asks_amount(typed):
        return True
    previous = _previous_reply(turn)
    if not previous:  # no earlier reply known (its events not kept): "as above" as the answer remembers it
        return False
    amount = _amount(decision)
    if amount is not None:  # the figure itself, however it was said
        return not any(i18n.fmt_eur(amount, turn.lang) in text for text in previous)
    full = grant_lines(decision, turn.lang)  # no figure: the line that says so
    if not full:
        return False
    forms = {full[0].strip(), informal(full[0], turn.lang).strip()}
    return not any(form in text for text in previous for form in forms)


def _previous_reply(turn: Turn) -> list[str]:
    """The texts of the assistant's reply to the person's message before this one."""
    events = list(turn.tracker.events or [])
    while events and events[-1].get("event") != "bot":  # this message's own user and slot events, if there
        events.pop()
    out: list[str] = []
    for event in reversed(events):
        if event.get("event") == "user":
            break
        if event.get("event") == "bot":
            out.append(str(event.get("text") or ""))
    return out
