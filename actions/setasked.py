""""Is Switzerland in the EU?", "la Norvège est-elle un pays associé ?": the kind of country set a question
names (rules_core/vocab.py SET_STATUSES). Read by the answer (actions/destinationq.py) and by the fact reader,
for which a country asked about this way is no new destination."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions.phrases import has
from rules_core.vocab import SET_STATUSES

# Not-associated before associated, whose words it contains.
_ORDER = sorted(SET_STATUSES, key=lambda kind: kind != "not_associated")
_SENTENCE = re.compile(r"[^.!?]*\?")


def set_asked(text: str) -> str | None:
    """The first kind of set whose words a question of the text has, if any: "Non è nell'UE..." said beside
    "è ammessa?" is the person's remark, not the question."""
    for question in _SENTENCE.findall(text):
        if has("set_said_not_in", question):
            continue  # "Noorwegen zit toch niet in de EU?": whether it can be chosen is the question
        kind = next((kind for kind in _ORDER if has(f"set_asked_{kind}", question)), None)
        if kind:
            return kind
    return None


def drop_countries_in_set_questions(tracker: Tracker, text: str, entities: list[dict[str, Any]]
                                    ) -> list[dict[str, Any]]:
    """A country named in a question about its set, while another destination is known, is asked about,
    not chosen (round 24: "Is Switzerland in the EU?" turned Bergen, Norway into Switzerland)."""
    known = tracker.get_slot("destination")
    if not known:
        return entities
    spans = [m.span() for m in _SENTENCE.finditer(text) if set_asked(m.group(0))]

    def asked_about(e: dict[str, Any]) -> bool:
        start = e.get("start")
        return e.get("entity") == "country" and e.get("role") != "citizenship" and e.get("value") != known \
            and isinstance(start, int) and any(lo <= start < hi for lo, hi in spans)

    return [e for e in entities if not asked_about(e)]
