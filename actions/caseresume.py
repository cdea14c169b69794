"""A what-if case stays the one talked about until it is answered, and a reference to it takes its dates.
Round 48 (a PhD student at IMT Lucca graduating on 20 April 2016, her own plan June-August refused): "what if
I do the traineeship before the defence instead, from 15 february to 15 april 2016? does that work? and how
much money would I get?" was answered "I can't tell yet: it depends on previous Erasmus months", but her
"none, never did erasmus before" then got the old June-August verdict and no amount. Now the answer to the
question asked for a case goes on with that case: its verdict and its amount. And "no, I mean the february to
april one. keep that as my plan please" stored 1 February - 30 April (the days taken from the months): dates
said by their months only, the months of the case set aside, are the case's exact dates. Used by
actions/noting.py."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

DATES = STAY_DATE_SLOTS


def _stored_case(turn: Turn) -> dict[str, Any]:
    """The case set aside as it was when this message came (not its markers)."""
    from actions.keepcase import FRESH
    from actions.pastcase import PAST

    case = turn.tracker.get_slot("what_if_case")
    return {n: v for n, v in case.items() if n not in (FRESH, PAST)} if isinstance(case, dict) else {}


def meant_case_dates(turn: Turn, values: dict[str, Any], assumed: set[str]) -> None:
    """"the february to april one" with a case of 15 February - 15 April aside: the case's own dates (in
    place, and no longer days taken from a month). Only when every date said is a month without its day,
    the month of the case's date."""
    case = _stored_case(turn)
    said = [n for n in DATES if n in values]
    if not said or any(n not in assumed or not isinstance(case.get(n), str) for n in said):
        return
    if any(str(values[n])[:7] != str(case[n])[:7] for n in said):
        return
    for name in DATES:
        if isinstance(case.get(name), str):
            values[name] = case[name]
            assumed.discard(name)


def resume_case(turn: Turn, values: dict[str, Any]) -> str | None:
    """The answer to the question asked while a case was answered ("I can't tell yet: it depends on previous
    Erasmus months"): the case's facts are set again for this turn only, so its verdict (and amount) follows.
    Returns the line naming the case, or None when the message does not answer that question alone."""
    from actions.asides import PERSONAL_FACTS
    from actions.keepcase import FRESH, store_case
    from actions.phrases import has
    from actions.profile import PROFILE_SLOTS

    stored = turn.tracker.get_slot("what_if_case")
    asked = turn.tracker.get_slot("asked")
    case = _stored_case(turn)
    if not isinstance(stored, dict) or not stored.get(FRESH) or not case or not asked or asked not in values:
        return None
    if has("keep_case", turn.text) or turn.what_if:
        return None
    # Only facts about the person (the one asked first): a plan fact said moves the plan, not the case.
    if any(n in PROFILE_SLOTS and n not in PERSONAL_FACTS for n in values):
        return None
    for name, value in case.items():
        turn.set(name, value)
    turn.what_if |= {*case, "skipped", "last_decision", "duration"}
    store_case(turn, case)
    facts = [f"{i18n.label(turn.lang, 'fields', n)}: {_shown(n, v, turn.lang)}"
             for n, v in case.items() if n in PROFILE_SLOTS and v not in (None, [])]
    return i18n.t(turn.lang, "what_if_facts", facts="; ".join(facts))


def _shown(name: str, value: Any, lang: str) -> str:
    from actions.answer import show_value

    return show_value(name, value, lang, None)
