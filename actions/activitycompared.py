"""Another activity asked about, not chosen (round 49): "Une question : vous proposiez aussi une « mobilité
doctorale de courte durée ». Serait-elle plus adaptée à mon séjour de trois mois ?" was noted as "Mis à jour :
le type de mobilité: Période d'études → Mobilité doctorale de courte durée" and answered "vous n'êtes pas
éligible". A question whether another activity would suit better, or about one the bot offered, once an
activity is known, is a case (actions/asides.py what_if): answered for that activity, nothing stored."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.phrases import has


def other_activity_asked(text: str, tracker: Tracker, values: dict[str, Any]) -> bool:
    """The message names an activity other than the person's own in a question comparing it or about the
    bot's offer ("would short-term doctoral mobility be more suitable?", "zou ... beter passen?")."""
    known, named = tracker.get_slot("activity"), values.get("activity")
    if not known or not named or named == known or "?" not in text:
        return False
    return has("activity_compared", text) and not has("change_of_mind", text)
