"""A request to start over that restates the plan in the same message ("Ricominciamo. Sono dipendente dell'ITM
di Anversa, amministrativa. Job shadowing all'Università di Granada, 10-12 marzo 2026. Posso?", "let's start
over: I'm ITM staff, a staff training in Granada in March", "on recommence : ...", "opnieuw beginnen: ...").

Round 45: such a message was only asked "do you want to start over?" (or answered "anything else?"), and the
plan it restated was never read. The person says at once what the new conversation is: the old answers are
forgotten without asking, and the message is read as the first of the new conversation. Used by
actions/dialogue.py."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import Restarted, SlotSet

from actions.confirm import DESTRUCTIVE, destructive
from actions.i18n import t
from actions.turn import Turn

# The kinds of entities that state the plan or the person (a bare "start over" names none).
FACT_KINDS = ("country", "city", "start_date", "end_date", "duration", "role", "activity", "institution",
              "receiving_org")


def restates_plan(turn: Turn) -> bool:
    """Whether a typed request to start over also names facts of the plan or the person."""
    return not turn.is_payload and any(e.get("entity") in FACT_KINDS for e in turn.entities)


def _reading_intent(tracker: Tracker) -> str:
    """What the message asks besides starting over: the NLU's next guess that is no destructive request."""
    ranking = tracker.latest_message.get("intent_ranking") or []
    names = [str(r.get("name") or "") for r in ranking if isinstance(r, dict)]
    return next((n for n in names if n and n not in DESTRUCTIVE), "check_eligibility")


async def on_request(action: Any, turn: Turn, request: str, domain: Any) -> list[dict[str, Any]]:
    """A destructive request: confirmed first (actions/confirm.py), unless it starts over with the plan
    restated: then the conversation starts over, and the message is read as its first one."""
    if request != "restart" or not restates_plan(turn):
        return destructive(turn, request)
    tracker = turn.tracker
    turn.say(t(turn.lang, "restarted"))
    message = {**tracker.latest_message, "intent": {"name": _reading_intent(tracker), "confidence": 1.0}}
    fresh = Tracker(sender_id=tracker.sender_id, slots={"language": turn.lang}, latest_message=message,
                    events=[], paused=False, followup_action=None, active_loop={},
                    latest_action_name="action_listen")
    events: list[dict[str, Any]] = await action._run(turn.dispatcher, fresh, domain)
    return [Restarted(), SlotSet("language", turn.lang), *(e for e in events if e.get("name") != "language")]
