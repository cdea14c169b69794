"""A date the person quotes back as a complaint is no new date: round 49, "15 februari?? ik zei tot 13
februari" (the assistant had wrongly said "tot en met 15 februari") stored a start on 15 February 2026 and,
read after it, an end on 13 February 2027 (364 days, "not eligible"). A date followed by "??" or "?!", or
by "?" and "I said ..." in the same message, echoes what was said to the person (phrases `date_echoed`,
`i_said`): it is dropped. A date after "I said (until)" restates the field that already has that day and
month, with its stored year. Used by actions/facts.py before the dates' roles are read."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.phrases import PHRASES, has
from actions.stayslots import STAY_DATE_SLOTS

DATES = STAY_DATE_SLOTS


def echoed(text: str, ent: dict[str, Any]) -> bool:
    """Whether the date mention is followed by the marks of a quoted complaint ("15 februari??")."""
    after = text[int(ent.get("end") or 0):]
    return bool(PHRASES["date_echoed"].match(after)) \
        or after.lstrip().startswith("?") and has("i_said", after)


def unquoted_dates(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The message's dates without those quoted back, and a date "I said" as the stored field it restates."""
    dates = [e for e in entities if e.get("entity") in DATES and isinstance(e.get("start"), int)]
    if not dates or not any(echoed(text, e) for e in dates) and not has("i_said", text):
        return entities
    held = {name: str(tracker.get_slot(name) or "")[:10] for name in DATES}
    out = []
    for ent in entities:
        if not any(ent is d for d in dates):
            out.append(ent)
            continue
        if echoed(text, ent):
            continue  # "15 februari??": the wrong date quoted back, no new one
        before = text[max(0, ent["start"] - 25):ent["start"]]
        if has("i_said", before):
            day = str(ent.get("value"))[5:10]
            same = [name for name in DATES if held[name] and held[name][5:10] == day]
            if same:
                name = ent["entity"] if ent["entity"] in same else same[0]
                ent = {**ent, "entity": name, "value": held[name], "restated": True}
        out.append(ent)
    return out
