"""What was asked is answered first (round 41). "... a Oslo dal 2 marzo al 29 maggio 2026, in treno. Quanto
riceverei?" stated its facts, got three checks and "what is your nationality?", and never its amount, which
the nationality does not change; "hoeveel krijg ik en tot wanneer aanvragen?" got the date alone. A goal
question (how much, by when to apply, whom to write to) asked with facts is answered with the person's facts
as far as they go, then the next open question comes; each goal question of a message gets its answer, in
the order asked, in a line where its block was shown already."""
from __future__ import annotations

import logging
from typing import Any

from actions.answer import deadline_lines, grant_lines
from actions.phrases import PHRASES
from actions.turn import Turn
from actions.unplaced import asks_amount, open_questions

# Each goal question and the phrase keys that ask it (actions/locales/phrases.yaml).
logger = logging.getLogger(__name__)

GOAL_KEYS = (("grant", ("amount_asked", "estimate_words", "bare_amount_question")),
             ("deadline", ("when_to_apply",)),
             ("contact", ("contact_question",)))


def goal_questions(text: str) -> list[str]:
    """The goal questions the message asks ("grant", "deadline", "contact"), in the order asked; two in one
    sentence ("hoeveel krijg ik en tot wanneer aanvragen?") by where their words stand."""
    found: dict[str, int] = {}
    offset = 0
    for sentence in open_questions(text):
        at = text.find(sentence, offset)
        at = max(at, 0)
        offset = at + len(sentence)
        for goal, keys in GOAL_KEYS:
            if goal in found or goal == "grant" and not asks_amount(sentence):
                continue
            places = [m.start() for m in (PHRASES[k].search(sentence) for k in keys) if m]
            if places:
                found[goal] = at + min(places)
    return sorted(found, key=found.__getitem__)


def asked_first(turn: Turn, decision: dict[str, Any], amounts_said: bool) -> None:
    """In the middle of the form: the amount and the date to apply by the message asks, with the facts so
    far, before the checks and the next question (the contact answer is actions/dialogue.py's)."""
    if turn.answered or turn.is_payload or turn.focus is not None:
        return
    lines: list[str] = []
    for goal in goal_questions(turn.question):
        if goal == "grant" and not amounts_said and turn.get("goal") != "grant":
            lines += amount_lines(turn, decision)
        elif goal == "deadline" and turn.get("goal") != "deadline":
            lines += deadline_lines(decision, turn.lang, turn.get("start_date"))
    if lines:
        turn.say("\n".join(lines))
        turn.answered = True


def amount_lines(turn: Turn, decision: dict[str, Any]) -> list[str]:
    """The person's amount as far as the facts give it (in a line or two once its block was shown); with no
    amount yet (no dates), the call's published amounts."""
    from actions.shortamount import short_amount

    if (decision.get("grant") or {}) and grant_lines(decision, turn.lang):
        return short_amount(turn, decision) or grant_lines(decision, turn.lang)
    published = published_amounts(turn)
    return [published] if published else []


def other_goal_lines(turn: Turn, decision: dict[str, Any], goal: str, answer: list[str]) -> list[str]:
    """A grant or dates follow-up after the answer that asks the other one too ("hoeveel krijg ik en tot
    wanneer aanvragen?"): both, in the order asked; `answer`: the lines for `goal`."""
    asked = [g for g in goal_questions(turn.text) if g in ("grant", "deadline")]
    if goal not in asked or len(asked) < 2:
        return answer
    lines: list[str] = []
    for one in asked:
        if one == goal:
            lines += answer
        elif one == "grant":
            lines += amount_lines(turn, decision)
        else:
            lines += deadline_lines(decision, turn.lang, turn.get("start_date"))
    return lines


def next_question(turn: Turn, stated: bool, asked: str | None) -> None:
    """After the contact: "whom do I write to?" on the way, the pending question again; "... from 2 March to
    29 May 2026. Whom do I write to?", the next fact the eligibility check still needs."""
    from actions.flow import ask, evaluate, unknown_fields

    if asked and turn.intent != "ask_contact" and turn.get(asked) in (None, []):
        ask(turn, asked)
        return
    if not stated or not turn.get("call") or turn.get("asked") not in (None, asked):
        return
    from actions.calls import status_of

    if status_of(str(turn.get("call"))).get("status") == "closed" \
            and (turn.get("hypothetical") is not True or turn.get("goal") == "grant"):
        return  # an ended call: no form questions unless what would have applied was asked (round 50); not
        # for its amount alone, which they do not change (round 60 asked the Erasmus months after the contact)
    from actions.facts import view
    from actions.profile import PROFILE_SLOTS, fields_to_ask

    try:
        decision = evaluate(turn)
    except Exception:  # an unknown country or an invalid profile: the contact answer stands alone
        return
    if decision.get("failed"):
        return
    unknown = unknown_fields(turn)
    to_ask = [f for f in fields_to_ask(view(turn.view, goal="eligibility"), decision)
              if f not in unknown and f in PROFILE_SLOTS]
    if to_ask:
        ask(turn, to_ask[0])


def date_with_contact(turn: Turn) -> None:
    """"tegen wanneer moet ik aanvragen en bij wie?": the date to apply by asked with whom, said before the
    contact answer (round 58 gave the date alone, round 26 the contact alone); in a line once the date was
    shown (actions/shortdeadline.py)."""
    if turn.is_payload or not turn.get("call") or not turn.get("start_date") \
            or "deadline" not in goal_questions(turn.text) or turn.get("hypothetical") is True:
        return
    if PHRASES["one_deadline_question"].search(turn.text):
        # "Is that a fixed call deadline or just two months before I leave? Who do I contact to actually
        # apply?": how the date is set, not "As said: apply by ..." again (round 61); the contact after it.
        from actions.applyby import why_apply_by

        others, turn.others_asked = turn.others_asked, True
        told = why_apply_by(turn, None, with_contact=True)
        turn.others_asked = others or told
        if told:
            return
    from actions.calls import status_of
    from actions.flow import evaluate
    from actions.shortdeadline import short_deadline

    if status_of(str(turn.get("call"))).get("status") == "closed":
        return  # an ended call: that it ended is the answer of its contact lines
    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the contact answer alone
        return
    if decision.get("failed"):
        return
    lines = short_deadline(turn, decision) or deadline_lines(decision, turn.lang, turn.get("start_date"))
    if lines:
        turn.say("\n".join(lines))
        turn.dates_told = True


def grant_amounts(turn: Turn) -> str | None:
    """A grant question gets the call's published amounts at once (the `grant_amounts` topic), before the
    questions that lead to a personal estimate."""
    named_now = "call" in turn.changes and turn.get("goal") == "grant"
    return published_amounts(turn) if turn.intent == "ask_grant" or named_now else None


def published_amounts(turn: Turn) -> str | None:
    """The call's published amounts (the `grant_amounts` topic), or None."""
    if not turn.get("call"):
        return None
    from actions.activityroles import topic_role
    from actions.faq import render_topics, topics_of

    call_id = str(turn.get("call"))
    try:  # (the role not said, a traineeship's: the students' part, round 59)
        found = topics_of(call_id, ("grant_amounts",), topic_role(turn, ("grant_amounts",)))
    except Exception as err:  # a call file problem: the questions still come
        logger.warning("grant amounts unavailable: %s", type(err).__name__)
        return None
    return render_topics(call_id, found, turn.lang) if found else None
