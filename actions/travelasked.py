"""Round 36. The travel support asked in other words: "is travel paid on top of that or not?", "no i mean do I
get money for the flight to Lisbon, travel support" (said again after a misreading, with no "?"), "le vol est
remboursé ?", "wordt de vlucht vergoed?", "il viaggio è pagato?"; and a short question that only goes on with
a travel question just asked ("yes or no for portugal?", "and for Lisbon?", "oui ou non pour le Portugal ?",
"en voor Porto?", "e per Lisbona?"), which round 35 answered as a question about the destination ("Yes:
Portugal belongs to the EU") to a person asking whether the flight is paid. The words are phrase data
(actions/locales/phrases.yaml: travel_question, travel_paid, restated_lead, followup_only)."""
from __future__ import annotations

from actions.phrases import QUESTION_RX, has
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

# Places blanked out of a follow-up before its words are read ("yes or no for portugal?": "yes or no for ?").
PLACE_ENTITIES = {"country", "city"}


def asks(text: str) -> bool:
    """A question: its "?", a question's opening, or a question said again after a misreading ("no i mean do
    I get money for the flight", "nee ik bedoel, krijg ik geld voor de vlucht")."""
    text = text.strip()
    return "?" in text or QUESTION_RX.search(text) is not None or has("yes_no_question", text) \
        or has("restated_lead", text)


def names_travel(text: str) -> bool:
    """The travel support, travel costs, the flight or the ticket named, or the travel said paid ("is travel
    paid on top of that?")."""
    return has("travel_question", text) or has("travel_paid", text)


def travel_asked(text: str) -> bool:
    """Whether the message asks about the travel support, the flight or the ticket being paid."""
    return asks(text) and names_travel(text)


def travel_followup(turn: Turn) -> bool:
    """"Yes or no for portugal?" right after a travel question: the travel support again, yes, no or not
    known first (actions/travelq.py), not the destination's place in the programme."""
    if not turn.get("call") or not _goes_on(turn):
        return False
    from actions.replylanguage import previous_message

    previous = previous_message(turn.tracker)
    if previous is None or not travel_asked(str(previous["message"].get("text") or "")):
        return False
    from actions.travelq import travel_question

    return travel_question(turn, followup=True)


def _goes_on(turn: Turn) -> bool:
    """The message's last sentence asks nothing of its own: a place at most, with "yes or no", "and",
    "what about" ("you didnt really answer about travel. yes or no for portugal?")."""
    text = turn.text
    blanked = list(text)
    for entity in turn.entities:
        start, end = entity.get("start"), entity.get("end")
        if entity.get("entity") in PLACE_ENTITIES and isinstance(start, int) and isinstance(end, int):
            blanked[start:end] = " " * (end - start)
    sentences = [s for s in SENTENCE_RX.split("".join(blanked)) if s.strip()]
    return bool(sentences) and "?" in sentences[-1] and has("followup_only", sentences[-1])
