"""When a condition of the plan is due, in the call's own words, and a condition asked to be skipped (round
36, for actions/conditions.py).

"and the agreement? does it have to be there before i apply or just before i leave" got "For your case: an
agreement must be signed before the mobility", and "... does the agrement with UB need to exist before i
apply" nothing: the call data now says when it is due (the rules core's `before_mobility`: Lucca's "prior
inter-institutional agreements"), and that is the answer, "No, not by the day you apply" first when the day
of applying is asked. "if i did only march to may, would i skip the board thing?" got "No: ... not needed",
a no that reads as "you would not skip it": a skip asked about is a "Yes"."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn
from rules_core.vocab import CONDITION_FIELDS


def timing_answered(turn: Turn, found: dict[str, Any], asking: str) -> bool:
    """The timing of the condition `found` (a decision's condition) answered from the call's own words: due
    with the application (actions/withapp.py) or before the mobility; False when the call says neither."""
    if found.get("with_application"):
        from actions.withapp import in_application

        return in_application(turn)
    due = found.get("before_mobility")
    if not due:
        return False
    whole = str(turn.tracker.latest_message.get("text") or "")
    applying = has("before_applying", asking) or has("before_applying", whole)
    key = "condition_before_mobility_apply" if applying else "condition_before_mobility"
    turn.say(t(turn.lang, key, text=due.get("text"),
               source=i18n.source(turn.get("call"), due.get("source"), turn.lang)))
    turn.options_answered = True  # "before I apply or before I leave?": the answer names which
    return True


def as_skipped(lang: str, asking: str, reply: str) -> str:
    """A "No: ... not needed" answer to "would I skip it?", "can I avoid it?" opens with "Yes:" instead."""
    opening = t(lang, "answer_no", answer="").rstrip()
    if not has("skip_question", asking) or not reply.startswith(opening):
        return reply
    return t(lang, "answer_yes", answer=reply[len(opening):].lstrip())


def timing_asked(asking: str, named: list[str]) -> bool:
    """Whether the question asks when (or through whom) a condition is settled: "before the 18th or after?",
    and, with a condition named, "devo averla già prima del 18 gennaio?", "va allegata alla domanda oppure si
    chiede dopo?" (round 50)."""
    return has("condition_timing", asking) or bool(named) and (
        has("before_or_after", asking) or has("with_application_question", asking))


def asks_condition_timing(text: str) -> bool:
    """"L'approvazione del Consiglio deve arrivare prima del 18 gennaio o dopo?": when a condition the
    sentence names is settled, a date in it only a point of reference (not "is the 18th my date to apply
    by?")."""
    from actions.asides import named_facts
    from actions.askabout import asking

    question = asking(text)
    # ("... devo averla già prima del 18 gennaio?": a date named as when it is due, round 50)
    timing = has("condition_timing", question) or has("before_or_after", question) \
        or has("with_application_question", question)
    return timing and any(name in CONDITION_FIELDS for name in named_facts(question, asking=True))


def timing_topic(turn: Turn, named: list[str], asking: str) -> bool:
    """"Must the Scientific Board approve before 18 January or can it be later?": what the call says of when
    the condition named is due (its `<field>_timing` topic: the advisor's authorisation goes with the
    application, the call says no date for the Board's), its section, and whom to ask. False for a call
    with no such topic (the condition's own answer then says the call does not say)."""
    from actions.profile import core

    if not has("due_when_question", asking):
        return False  # how or through whom it is asked: the condition's own answer (the call does not say)
    call_id = str(turn.get("call"))
    try:
        topics = core().get_call(call_id).topics
    except Exception:  # a call file problem: the condition's own answer
        return False
    topic = next((topics[f"{n}_timing"] for n in named if f"{n}_timing" in topics), None)
    if topic is None:
        return False
    from actions.verdict import short_contacts

    lang = turn.lang
    who = short_contacts(call_id, turn.get("role"), lang)
    # Said part by part, each with its section, when the call data has it so (round 50): the last part's
    # section closes the sentence with whom to ask.
    parts = [(s.text.get(lang), s.source) for s in topic.sections] or [(topic.answer(lang), topic.source)]
    before = [t(lang, "condition_timing_part", text=text, source=t(lang, "source"),
                where=i18n.source(call_id, source, lang)) for text, source in parts[:-1]]
    text, source = parts[-1]
    turn.say(" ".join([*before, t(lang, "condition_timing_topic", text=text, source=t(lang, "source"),
                                  where=i18n.source(call_id, source, lang), who=who)]))
    turn.options_answered = True  # "before the 18th or later?": the answer says what is known of each
    return True
