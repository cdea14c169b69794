"""A question that follows a what-if is that case's, until the person takes it (round 52: a PhD student at IMT
Lucca, a traineeship in London 1 May - 31 July 2016, asked "if the company offered to extend until 31 August,
would anything change for me?"). "And how much would the grant be in that case?" then got the own plan's
€1,440.00, and "with the extension to 31 August, would the extra month be funded too?" wrote 31 August into
the plan ("Updated: end date: 31 July 2016 → 31 August 2016") though she never clicked "Keep this as my plan".
Now words pointing back at the case ("in that case", "dans ce cas", "in dat geval", "in quel caso") or a
question naming only the case's own facts again answer for that case, said so, and the plan stays; the case
stays aside, so "ok let's do that" or its button still makes it the plan (and "The August extension was only
hypothetical" names no date of the plan: actions/casevariation.py drop_case_dates). Used by
actions/noting.py."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.turn import Turn


def follow_case(turn: Turn, values: dict[str, Any]) -> str | None:
    """The case's facts set again for this turn when the message asks about it (the case's facts said again
    are taken out of `values`); the line naming the case, or None when the message is not about it."""
    from actions.asides import PERSONAL_FACTS
    from actions.askabout import is_question
    from actions.caseresume import _shown, _stored_case
    from actions.keepcase import FRESH, store_case
    from actions.phrases import has
    from actions.profile import PROFILE_SLOTS

    stored = turn.tracker.get_slot("what_if_case")
    case = _stored_case(turn)
    if not isinstance(stored, dict) or not stored.get(FRESH) or not case or turn.what_if:
        return None
    text = turn.text
    # ("I mean the amount of money for April-July, 4 months": the case's amount asked again, no question mark,
    # wrote the end of July into the plan, round 61)
    meant = has("meant_said", text) and (has("money_named", text) or has("funding_words", text))
    if has("keep_case", text) or has("real_trip", text) or not (is_question(text) or meant):
        return None
    plan = {n: v for n, v in values.items() if n in PROFILE_SLOTS and n not in PERSONAL_FACTS}
    # (a fact the case kept from the plan said again is the case's too: "April-July" is 1 April to 31 July)
    if any(case.get(n, turn.get(n)) != v for n, v in plan.items()):
        return None  # a fact of its own: the plan's (or another case's), not this case's
    if not any(n in case for n in plan) and not has("that_case_said", text):
        return None
    if plan and (has("moves_plan", text) or has("change_of_mind", text)):
        return None  # "ok, I'll extend to 31 August then?": the plan moves
    for name in plan:
        values.pop(name)
    for name, value in case.items():
        turn.set(name, value)
    turn.what_if |= {*case, "skipped", "last_decision", "duration"}
    store_case(turn, case)  # still aside, still fresh: "ok let's do that" keeps it
    turn.case_followed = True
    facts = [f"{i18n.field_told(turn.lang, n)}: {_shown(n, v, turn.lang)}"
             for n, v in case.items() if n in PROFILE_SLOTS and v not in (None, [])]
    return i18n.t(turn.lang, "what_if_facts", facts="; ".join(facts))

