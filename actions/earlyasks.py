"""Questions answered before the others of actions/incontext.py (round 36): the call a first message's facts
leave is taken first (its question then gets the call's answer), a partner network the call suggests
(actions/partnerq.py), and whether an ended call's rule holds for the next call; round 37's amounts without a
grant, grants still left and extra money for a tight budget."""
from __future__ import annotations

import re

from rasa_sdk.types import DomainDict

from actions.boardq import board_asked
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def authority_asked(turn: Turn) -> bool:
    """Who the Board is, or who must authorise the plan (actions/signoff.py): asked with "who", read as "whom
    do I contact?", the call's answer and not the contact card with the e-mail summary (rounds 37, 43)."""
    from actions.signoff import sign_off_asked

    return board_asked(turn) or sign_off_asked(turn)


async def answer_question(turn: Turn, domain: DomainDict) -> str:
    """actions/incontext.py answer_question, after these (the dialogue's entry to the questions); after what
    the assistant told said back, the new question only (actions/saidback.py, round 39)."""
    from actions import incontext
    from actions.saidback import answer_after

    async def answer(turn: Turn) -> str:
        return early_answer(turn) or await incontext.answer_question(turn, domain)

    answered = await answer_after(turn, answer) or await answer(turn)
    if answered == "resume":
        # Whichever answer took the message, each other question of it gets its own ("I'm just a technician,
        # do I still have a chance? and do I need a letter from the Prague lab first?": round 41 answered the
        # chances alone); once a turn (actions/twoquestions.py).
        from actions.incontext import _and_the_others

        _and_the_others(turn, answered)
    return answered


def early_answer(turn: Turn) -> str:
    """'' when none of these; 'resume' or 'done' as actions/incontext.py answer_question."""
    from actions.partnerq import partner_question
    from actions.whichcall import call_for_question

    call_for_question(turn)
    from actions.teachalong import teaching_alongside

    if teaching_alongside(turn):  # "can I give a lecture or two during the training week?" (round 60)
        from actions.incontext import _and_the_others

        _and_the_others(turn, "resume")  # ("Does it matter that I am Spanish? And ... lectures at Porto?")
        return "resume" if turn.restated else "done"  # no "Your answer stays the same" for a plan not touched
    from actions.notsaiddate import date_not_said

    if date_not_said(turn):  # "i didnt say 1 april was a deadline??": right, sorry; the other questions too
        from actions.incontext import _and_the_others

        return _and_the_others(turn, "resume")
    from actions.amountsource import amount_source_question

    if amount_source_question(turn):  # "Where does the 230 EUR figure come from? Is it in the call?" (62)
        return "done"
    from actions.amountsame import amount_same_question

    # "does the amount stay the same if I finish on 22 May?": the case's amount beside the plan's (round 41),
    # before the duration topic and the whole amount block its words also bring.
    if amount_same_question(turn):
        return "done"
    from actions.breakdownq import breakdown_answer

    if breakdown_answer(turn):  # "c'est quoi le détail ?" after an amount: its parts (round 53)
        return "done"
    if partner_question(turn) or round37_question(turn):
        return "resume"
    from actions.awardedq import grants_awarded
    from actions.healthq import health_question
    from actions.lowmeans import low_means_question
    from actions.withoutgrant import without_grant

    # Round 37: an amount without a grant, whether grants are left, extra money for a tight budget, before the
    # travel support, the programme's countries and the traineeship top-up their words also name.
    # (extra money for a health condition, before the green travel and who can apply its words bring: round
    # 53)
    if without_grant(turn) or grants_awarded(turn) or health_question(turn) or low_means_question(turn):
        from actions.incontext import _and_the_others

        return _and_the_others(turn, "resume")
    from actions.restfine import rest_fine

    if rest_fine(turn):  # "e a parte quello, il resto andava bene?" after a refusal (round 58)
        return "resume"
    from actions.periodq import period_question

    # ("would that old call have covered my 2027 dates at all?": its own period, round 41)
    return "done" if next_call_rule(turn) or period_question(turn) else ""


def round37_question(turn: Turn) -> bool:
    """Round 37: who the Board is, whether a university hospital counts as a university, another kind of
    mobility for a length, when the results come; each the call's own words, before the in-context answers
    that took their words for a condition or a date to apply by."""
    from actions.boardq import board_question
    from actions.hospitalq import hospital_question
    from actions.otherkindq import other_kind_question
    from actions.resultsq import results_question

    return board_question(turn) or hospital_question(turn) or other_kind_question(turn) \
        or results_question(turn)


def next_call_rule(turn: Turn) -> bool:
    """"geldt die regel van 2 maanden vooraf ook voor de volgende oproep?", "can I count on the two months for
    2027?" after an ended call: that rule is the ended call's; the next call may set others, not known here;
    whom to ask. Round 36 got "I know no newer call" and "I can't find it" with topic buttons."""
    call_id = turn.get("call")
    from actions.samerules import asks_own_place

    # ("e l'Italia nel prossimo bando potrebbe andare bene?": what the next call allows, round 58)
    if not call_id or turn.is_payload or "?" not in turn.text \
            or not (has("rule_words", turn.text) or asks_own_place(turn)):
        return False
    from actions.calls import call_name, status_of

    status = status_of(str(call_id))
    last = str(status.get("mobility_to") or status.get("closes") or "")
    if status.get("status") != "closed" or not last:
        return False
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", turn.text)]
    if not (has("next_call", turn.text) or any(y > int(last[:4]) for y in years)):
        return False
    if "duration" in turn.changes:  # "the two-month rule" names the rule, not the stay's length
        turn.set("duration", turn.tracker.get_slot("duration"))
    from actions.verdict import describe_in, role_contacts

    lang = turn.lang
    who = "; ".join(describe_in(c, lang) for c in role_contacts(str(call_id), turn.get("role"))[:2])
    from actions.samerules import same_rules_answer

    # "if the next call has the same rules, ...": the ended call's rule, conditionally
    name = call_name(str(call_id), lang)
    same = same_rules_answer(turn, str(call_id), name, who)
    if not same and not has("rule_words", turn.text):
        from actions.samerules import next_call_place

        same = next_call_place(turn, str(call_id), name, who)
    turn.say(same or t(lang, "rule_next_call", call=name, who=who))
    return True
