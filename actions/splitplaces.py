"""Round 57 (r57-e2, an IMT Lucca PhD student going to TU Delft): "potrei dividere il periodo tra Delft e
Lovanio? Cioè qualche mese alla TU Delft e qualche mese alla KU Leuven in Belgio." moved the plan to "KU
Leuven / Leuven / Belgio" and answered "Non trovo la risposta nel testo del bando", the rule in a footnote;
"resto a Delft per tutto il periodo" then noted the host "TU Delft e KU Leuven".

A question about splitting the stay between places ("split between", "partager entre", "verdelen tussen",
"dividere tra") changes no destination, city or host: it is answered by the call's topic on several countries,
with its source, after a plain "No" when it names two places that are no branches of one host. "resto a
Delft", "I'll stay in Delft" keep (or bring back) the plan at that place only."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.severalplaces import names_several_places

if TYPE_CHECKING:
    from rasa_sdk import Tracker

    from actions.turn import Turn

HOST_NAME = "receiving_org_name"
PLACE_SLOTS = ("destination", "destination_city", "receiving_org", HOST_NAME, "city_words")
TOPIC = "several_countries"
# Two hosts joined in one name ("TU Delft e KU Leuven"): no one host's name.
_JOINED = re.compile(r"\s(?:and|et|en|e|und|y|\+|&)\s", re.I)


def split_asked(text: str) -> bool:
    return has("split_between", text)


def one_of_joined(old: str, new: str) -> bool:
    """"TU Delft" out of "TU Delft e KU Leuven"."""
    return _JOINED.search(old) is not None and new in old


def keep_one_place(tracker: Tracker, text: str, values: dict[str, Any]) -> None:
    """The places of a split question are no plan; "resto a Delft" keeps the host that stays."""
    if split_asked(text):
        for slot in PLACE_SLOTS:
            values.pop(slot, None)
        return
    said = PHRASES["stay_only_at"].search(text)
    if not said:
        return
    place = said.group("place").casefold()
    held = str(tracker.get_slot(HOST_NAME) or "")
    name = values.get(HOST_NAME)
    if name and _JOINED.search(str(name)):
        values.pop(HOST_NAME)  # "TU Delft e KU Leuven sono due istituzioni diverse": the two, not the host
    if held and _JOINED.search(held):
        kept = [part for part in _JOINED.split(held) if place in part.casefold()]
        if kept:
            values[HOST_NAME] = kept[0].strip()
    if values.get("destination_city") and place not in str(values["destination_city"]).casefold():
        values.pop("destination_city")  # the other place named with the stay
        values.pop("destination", None)


def split_answer(turn: Turn, changed: str | None) -> bool:
    """"could I split the period between Delft and Leuven?": the call's rule on several countries."""
    if turn.is_payload or not split_asked(turn.text) or not turn.get("call"):
        return False
    from actions.faq import topic_texts, topics_of

    topics = topics_of(turn.get("call"), (TOPIC,), turn.get("role"))
    if not topics:
        return False
    entities = list(turn.tracker.latest_message.get("entities") or [])
    lines = [changed] if changed else []
    if names_several_places(entities) and not has("split_branches", turn.text):
        lines.append(t(turn.lang, "split_no"))
    lines.append(topic_texts(turn.get("call"), topics, turn.lang))
    turn.say("\n".join(lines))
    turn.answered = True
    return True
