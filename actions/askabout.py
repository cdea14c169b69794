"""Questions about the call answered with the person's own facts, yes or no first, from the rules core and the
call data: green travel ("can I go by train, does that change anything?"), a kind of host ("is a research
institute fine?"), what the ECHE is and how to check it, what a third country is, and a call topic named in
the person's own words ("what documents do I need?") when the NLU gave another intent (priority: see
actions/priorityq.py). actions/incontext.py calls them; each returns whether it answered."""
from __future__ import annotations

import logging
import re
from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import PHRASES, QUESTION_RX, has
from actions.profile import core
from actions.setlabels import sets_text
from actions.turn import Turn

logger = logging.getLogger(__name__)


def asking(text: str) -> str:
    """The sentence that asks ("my advisor said ok. do I need the board?" asks about the board)."""
    return next((s for s in re.split(r"(?<=[.!?])\s+", text) if "?" in s), text)


def is_question(text: str) -> bool:
    return "?" in text or QUESTION_RX.search(text.strip()) is not None


def evaluate_with(turn: Turn, **slots: Any) -> dict[str, Any]:
    """The rules core's decision for the person's facts with `slots` changed for this question only."""
    from actions.facts import view
    from actions.flow import evaluate

    saved = turn.view
    turn.view = view(turn.view, **slots)
    try:
        return evaluate(turn)
    finally:
        turn.view = saved


def sourced(mark: str, text: Any, call_id: str | None, source: Any, lang: str) -> str:
    return f"{mark} {text} ({t(lang, 'source')}: {i18n.source(call_id, source, lang)})"


def sourced_entry(mark: str, entry: dict[str, Any], call_id: str | None, lang: str) -> str:
    """A failed or passed rule of the rules core's decision, with its section."""
    return sourced(mark, entry.get("explanation"), call_id, entry.get("source"), lang)


def grants_by_travel_mode(turn: Turn) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The rules core's grant for the person's plan without and with green travel; None for an incomplete or
    invalid profile (the other answers are tried then)."""
    try:
        standard = evaluate_with(turn, green_travel=False).get("grant") or {}
        green = evaluate_with(turn, green_travel=True).get("grant") or {}
    except Exception:  # an incomplete or invalid profile
        return None
    return standard, green


def green_only_notes(standard: dict[str, Any], green: dict[str, Any]) -> list[str]:
    """The grant notes that hold with green travel and not without it (the extra travel days, for staff)."""
    return [n for n in green.get("notes") or [] if n not in (standard.get("notes") or [])]


def green_travel(turn: Turn) -> bool:
    """"Can I go by train, does that change anything?": the travel support with and without green travel
    for the person's destination, and what else green travel adds (the extra travel days of the reference)."""
    text, call_id = turn.text, turn.get("call")
    question = asking(text)
    from actions.travelmode import named

    # ("e se ci vado in pullman invece che in aereo, prendo di più?": the bus named is the green travel asked)
    said_green = PHRASES["fact_words"]["green_travel"].search(question) or named(question, "green_mode")
    if not call_id or not is_question(text) or not said_green \
            or has("green_light", question) or has("travel_paid", question):
        return False  # ("is the train to amsterdam paid?" asks the travel support: actions/travelq.py)
    grants = grants_by_travel_mode(turn)
    if grants is None:
        return False
    standard, green = grants
    lang = turn.lang
    plain, greener = standard.get("travel_eur"), green.get("travel_eur")
    band = next((p.get("label") for p in standard.get("breakdown") or [] if p.get("amount_eur") == plain), "")
    if plain and greener:
        key = "green_yes" if greener != plain else "green_same"
        lines = [t(lang, key, green=i18n.fmt_eur(greener, lang), standard=i18n.fmt_eur(plain, lang),
                   amount=i18n.fmt_eur(plain, lang), band=band)]
    elif plain == 0 and green_only_notes(standard, green):
        # What the call data says of green travel for this case, not the grant's notes again (round 50: "the
        # way you travel does not change the grant" and the whole notes block, to a student bound for Basel)
        turn.say("\n".join(green_only_notes(standard, green)))
        return True
    elif plain == 0:
        lines = [t(lang, "green_no_travel", notes=" ".join(standard.get("notes") or []))]
    elif not turn.get("destination_city") and turn.get("destination"):
        lines = [t(lang, "travel_need_city")]
    elif _own_case(green, standard):
        # (the call data's few words for the person's own case: who decides, not other cases' figures)
        turn.say(t(lang, "green_unknown", notes=" ".join(_own_case(green, standard))))
        return True
    else:
        # Only the notes about travel, without their own "not known" opening (said by the answer's first
        # words): the grant's other notes are not what was asked.
        notes = [PHRASES["unknown_travel_lead"].sub("", n, count=1) for n in standard.get("notes") or []
                 if PHRASES["travel_question"].search(n)]
        lines = [t(lang, "green_unknown", notes=" ".join(notes) or standard.get("basis") or "-")]
    # What green travel adds besides the amount (the call data's grant notes for green travel).
    lines += [f"ℹ {n}" for n in green_only_notes(standard, green)]
    turn.say("\n".join(lines))
    return True


def _own_case(green: dict[str, Any], standard: dict[str, Any]) -> list[str]:
    """The few words the call data has for a green-travel note, for the person's own case."""
    shorts = green.get("notes_short") or {}
    return [shorts[n] for n in green_only_notes(standard, green) if n in shorts]


def green_extra(turn: Turn) -> bool:
    """"I heard you get something extra if you travel green?": what green travel adds, before the top-ups and
    the grant follow-ups that read "extra" as the amount (round 32 got the staff member's amount block)."""
    question = asking(turn.text)
    extra = has("top_up_asked", question) or has("top_up_question", question)
    return extra and PHRASES["fact_words"]["green_travel"].search(question) is not None and green_travel(turn)


def eche_question(turn: Turn) -> bool:
    """"How do I check the ECHE?", "hoe weet ik of Lissabon een ECHE heeft?": what the ECHE is and who
    knows (the call's `eche` topic), the person's own condition, and whom to ask at their institution."""
    call_id, question = turn.get("call"), asking(turn.text)
    if not PHRASES["topic_words"]["eche"].search(question) and has("embedded_question", question):
        question = turn.text  # "the ECHE thing, no idea if it has it. how would I even check that?"
    # The asking sentence: "I don't know if it has an ECHE. Is that a problem?" asks about the condition;
    # "ECHE? geen idee of bergen dat heeft" says the term back: what is it (round 24: the condition again).
    if not call_id or not PHRASES["topic_words"]["eche"].search(question) \
            or not (has("embedded_question", question) or has("term_echo", question)):
        return False
    if has("do_you_know", question) and has("exists_question", question):
        return False  # "do you know if Complutense has one?": not known here (actions/conditions.py)
    from actions.echeplan import plan_eche_said
    from actions.faq import render_topics, topics_of
    from actions.verdict import contact_lines

    if not has("term_echo", question) and plan_eche_said(turn, str(call_id)):  # for the plan (round 53)
        return True
    found = topics_of(call_id, ("eche",))
    if not found:
        return False
    lines = [render_topics(call_id, found, turn.lang)]
    try:
        conditions = evaluate_with(turn).get("conditions") or []
    except Exception:  # an incomplete or invalid profile: the topic alone
        conditions = []
    lines += [t(turn.lang, "condition_about", reason=c.get("explanation")) for c in conditions
              if c.get("field") == "receiving_org_has_eche"]
    lines += contact_lines(call_id, turn.get("role"), turn.lang, key="ask_at_home")
    turn.say("\n".join(lines))
    return True


def third_countries(turn: Turn) -> bool:
    """"What is a third country (not associated)?": the call's explanation, and where the person's
    destination stands (its country sets, and whether their role may go there)."""
    text, call_id = turn.text, turn.get("call")
    if not call_id or not is_question(text) or not PHRASES["topic_words"]["third_countries"].search(text):
        return False
    from actions.faq import render_topics, topics_of

    found = topics_of(call_id, ("third_countries",)) or topics_of(call_id, ("destinations",))
    if not found:
        return False
    lines = [render_topics(call_id, found, turn.lang)]
    destination = turn.get("destination")
    if destination:
        lines += destination_lines(call_id, str(destination), turn.get("role"), turn.lang)
    turn.say("\n".join(lines))
    return True


def destination_lines(call_id: str, code: str, role: str | None, lang: str) -> list[str]:
    """The country's place in the call's country sets and, for a role, whether it may go there."""
    try:
        status = core().destination_status(call_id, code, lang)
    except Exception as err:  # an unknown country: nothing to add
        logger.debug("no destination status: %s", type(err).__name__)
        return []
    name = i18n.country(code, lang)
    if not status["labels"]:
        return [t(lang, "destination_outside", country=name)]
    lines = [t(lang, "destination_status", country=name, sets=sets_text(status))]
    if role:
        lines += destination_checks(call_id, role, code, lang) or [t(lang, "destination_ok_for_you")]
    return lines


def destination_checks(call_id: str, role: str, code: str, lang: str) -> list[str]:
    """The destination rules that fail for this role (the rules core's reasons)."""
    decision = core().evaluate({"call": call_id, "role": role, "destination": code}, lang=lang)
    return [f"✗ {f.get('explanation')}" for f in decision.get("failed") or []
            if f.get("kind", "").startswith("destination")]


# The study grants for students from other countries: no answer to one's own scholarship, once the priorities
# that read it were said (round 62 quoted them after "ik heb een beurs ..., telt dat?").
SAID_WITH_PRIORITIES = ("dgd_scholarships",)


def named_topic(turn: Turn, sentence: str | None = None) -> str:
    """A question naming a call topic in its own words ("what documents do I need to apply?", "quels
    documents ?") that no other answer took: that topic, from the call data, with its source."""
    text, call_id = sentence or turn.text, turn.get("call")
    if not call_id or not is_question(text):
        return ""
    from actions.faq import named_topics, render_topics, topics_of
    from actions.roletopics import for_the_role

    for key in for_the_role(str(call_id), tuple(named_topics(asking(text))), turn.get("role")):
        if key in SAID_WITH_PRIORITIES and getattr(turn, "priorities_said", False):
            continue  # "wat bedoel je met maar 2 beurzen?" with the scholarship's priorities just said (62)
        found = topics_of(str(call_id), (key,), turn.get("role"))
        if found:
            turn.say(render_topics(str(call_id), found, turn.lang))
            return "resume"
        missing = not_said(str(call_id), key, turn.get("role"), turn.lang)
        if missing:  # "hoeveel plekken zijn er?" at Lucca, which gives no number: said so, and whom to ask
            turn.say(missing)
            return "resume"
    return ""


def not_said(call_id: str, key: str, role: str | None, lang: str) -> str:
    """"The IMT Lucca call does not say how many grants there are: ask ..." for a topic the call leaves out
    that has its own sentence (locales `topic_not_said`); "" for the others."""
    sentence = i18n.label(lang, "topic_not_said", key)
    if sentence == key:
        return ""
    from actions.calls import call_name
    from actions.faq import role_contacts_text

    return sentence.format(call=call_name(call_id, lang), contacts=role_contacts_text(call_id, role, lang))
