"""Round 52. Green travel said in passing and hedged ("Combien pour le voyage ? Je prendrais probablement le
train.", "probably the train") is not noted as a fact (round 45, actions/hedgedtravel.py), and the summary
asked for later ("Donc pour résumer, jusqu'à quelle date ... et à qui ?") gave the standard travel amount
only. The summary now says the green travel amount too (the rules core's grant with green travel), as what
the person said they would likely do."""
from __future__ import annotations

from actions import i18n, when
from actions.i18n import t
from actions.phrases import PHRASES, has, negation_in
from actions.turn import Turn


def green_summary_line(turn: Turn) -> str | None:
    """The travel support with green travel, for a summary, when the person said they would likely travel
    green and has not said for sure either way; None otherwise or when it changes nothing."""
    if turn.get("green_travel") is not None or not _said_likely(turn):
        return None
    from actions.askabout import grants_by_travel_mode

    grants = grants_by_travel_mode(turn)
    if grants is None:
        return None
    plain, greener = grants[0].get("travel_eur"), grants[1].get("travel_eur")
    if not greener or plain == greener:
        return None
    return t(turn.lang, "summary_green_likely", amount=i18n.fmt_eur(greener, turn.lang))


def _said_likely(turn: Turn) -> bool:
    said = [str(e.get("text") or "") for e in turn.tracker.events or [] if e.get("event") == "user"]
    return any(_hedged_vehicle(text) for text in [*said, turn.text])


def _hedged_vehicle(text: str) -> bool:
    """A train, bus or car-pool named in a part of a sentence that hedges it, asks nothing and denies
    nothing ("Je prendrais probablement le train.", "probably the train", "ik ga wss met de trein")."""
    for match in PHRASES["green_vehicle"].finditer(text):
        part = when.clause(text, match.start(), match.end())
        if has("hedged_plan", part) and "?" not in part and not negation_in(part):
            return True
    return False
