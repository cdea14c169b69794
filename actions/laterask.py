"""An ended call asked about again while the person's own dates fall after its period (a PhD study period in
March-June 2027 after a call whose mobilities ended in 2016): "am I eligible?", "Am I eligible?" typed as the
button says, "i asked if phd students can go at all", "so just to recap, ...?". Each gets the closed call's
answer at once: closed since when, what it covered, whom to ask about the next call and the offer to say what
would have applied; the same question again gets its first line and the offer (round 29 said only the first
line, then "anything else?" twice, and a recap "In short: not eligible" judged the 2027 dates by the 2016
deadlines that the assistant had just said do not judge them)."""
from __future__ import annotations

from typing import Any

from actions.i18n import t
from actions.phrases import informal
from actions.turn import Turn

OFFERS = ("call_closed_offer", "call_closed_offer_short")


def previous_reply(turn: Turn) -> list[str]:
    """The lines of the replies to the person's message before this one (Rasa's events end with this
    message itself)."""
    lines: list[str] = []
    skipped = False
    for event in reversed(turn.tracker.events or []):
        kind = event.get("event")
        if kind == "user":
            if lines or skipped:
                break
            skipped = True  # this message (or, with no reply in between, the one before: nothing said)
        elif kind == "bot":
            lines[:0] = [line.strip() for line in str(event.get("text") or "").splitlines()]
    return lines


def repeated(turn: Turn) -> bool:
    """Whether the reply just before already gave the closed call's answer (its offer is its last line)."""
    offers = {t(turn.lang, key) for key in OFFERS}
    offers |= {informal(o, turn.lang) for o in offers}
    return any(line in offers for line in previous_reply(turn))


def later_dates(turn: Turn) -> dict[str, Any] | None:
    """The ended call's status when the person's own dates fall after its period and no past case is being
    judged in this message; None otherwise."""
    if turn.get("hypothetical") is True or turn.as_if_dates:
        return None
    from actions.pastcase import ended_status

    return ended_status(turn)


def closed_again(turn: Turn, status: dict[str, Any], changed: str | None = None) -> None:
    """The closed call's answer, in full unless the reply before was it already."""
    from actions.endedcall import closed_answer

    if changed:
        turn.say(changed)
    closed_answer(turn, status, short=repeated(turn))
    turn.answered = True


def closed_instead(turn: Turn, changed: str | None = None) -> bool:
    """A summary or a recap asked while the own dates fall after the ended call's period: the closed call's
    answer, never a verdict on those dates."""
    status = later_dates(turn)
    if status is None:
        return False
    closed_again(turn, status, changed)
    return True
