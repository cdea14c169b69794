"""A "what if ...?" case is answered without changing the person's facts (actions/asides.py). Its facts are
kept aside: "Keep this as my plan" (its button, or "let's go with that") makes them the plan, with the
"Updated: a → b" line; until then an answer said to stand is said to be the own plan's (round 18: after "what
if Nairobi instead?" got "eligible", "your answer stays the same: not eligible" read as Nairobi's)."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

# Marks a case answered in the message before: only the next answer is named as the own plan's (named on
# every answer after, it became noise); the case itself stays until taken or its facts are stated.
FRESH = "_fresh"


def store_case(turn: Turn, values: dict[str, Any]) -> None:
    from actions.ownwords import NAME_SLOTS
    from actions.profile import PROFILE_SLOTS

    # Only what differs from the plan ("same dates" said again is no part of the case); the host's name and
    # the city's spelling said with it go with it when it is kept.
    case = {n: v for n, v in values.items() if n in PROFILE_SLOTS and v not in (None, [])
            and v != turn.tracker.get_slot(n)}
    case.update({n: values[n] for n in NAME_SLOTS if n in values and case})
    turn.set("what_if_case", {**case, FRESH: True, **_past(turn)})


def _case(turn: Turn) -> dict[str, Any]:
    from actions.pastcase import PAST

    case = turn.get("what_if_case")
    return {n: v for n, v in case.items() if n not in (FRESH, PAST)} if isinstance(case, dict) else {}


def _past(turn: Turn) -> dict[str, Any]:
    """An ended call's past case kept aside with it (actions/pastcase.py): it outlives a what-if case."""
    from actions.pastcase import PAST

    case = turn.get("what_if_case")
    return {PAST: case[PAST]} if isinstance(case, dict) and case.get(PAST) else {}


def keep_button(lang: str) -> list[dict[str, str]]:
    # The payload is the title's words: read like typed words, in every channel.
    return [{"title": t(lang, "button_keep_case"), "payload": t(lang, "button_keep_case")}]


def drop_keep_button(turn: Turn) -> None:
    """A case ruled out ("ETH Zurich is out even if I start 1 Feb?": No) is no plan to keep: its button goes
    (round 51 offered "Keep this as my plan" under a "not eligible")."""
    keep = t(turn.lang, "button_keep_case")
    for message in turn.dispatcher.messages:
        if message.get("buttons"):
            message["buttons"] = [b for b in message["buttons"] if b.get("payload") != keep]


def kept_values(turn: Turn) -> dict[str, Any]:
    """The case's facts when the message takes it as the plan."""
    case = _case(turn)
    if not case or not has("keep_case", turn.text) or has("what_if", turn.text):
        return {}
    return case


def forget_case(turn: Turn, stated: dict[str, Any]) -> None:
    """The case is forgotten once taken, or once the person states one of its facts themselves; a message
    after the one it was answered in makes it no longer fresh."""
    case = _case(turn)
    if not case or turn.what_if:
        return
    if set(stated) & set(case):
        turn.set("what_if_case", _past(turn) or None)
    elif (turn.get("what_if_case") or {}).get(FRESH):
        turn.set("what_if_case", {**case, **_past(turn)})


def own_plan(turn: Turn) -> str | None:
    """"destination city: Accra" for the facts of the person's plan that a case still set aside differs in."""
    from actions.answer import show_value
    from actions.ownwords import city_words
    from actions.profile import PROFILE_SLOTS

    # The case as it was when this message came: answered in the message before.
    case = turn.tracker.get_slot("what_if_case")
    if not isinstance(case, dict) or not case.get(FRESH) or turn.what_if:
        return None
    words = city_words(turn)
    own = [f"{i18n.field_told(turn.lang, n)}: {show_value(n, turn.get(n), turn.lang, words)}"
           for n, v in case.items()
           if n in PROFILE_SLOTS and turn.get(n) not in (None, []) and turn.get(n) != v]
    return "; ".join(own) or None
