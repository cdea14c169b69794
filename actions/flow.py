"""What comes next once a message's facts are in: the institution, a closed call, the next question, or the
answer. The rules core decides what is missing; this only decides the order and the words."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.answer import deadline_lines, grant_lines
from actions.applieddate import held_applied_on
from actions.calls import shared_name_in, sharing, status_of
from actions.contactonce import contact_shown
from actions.duewhen import asks_condition_timing
from actions.eligibility import _buttons_for
from actions.endedcall import closed_answer, closed_checks, closed_dates
from actions.i18n import t
from actions.monthafter import open_call_line
from actions.monthstart import month_lines
from actions.phrases import has
from actions.priordepends import depends_lines
from actions.profile import PROFILE_SLOTS, core, fields_to_ask, profile_from_tracker, today
from actions.saidabove import said_conditions_dropped
from actions.shown import new_notes, notes_now_true, notes_said_in, notes_told
from actions.stands import dates_only, decision_key, refusal_unchanged, stands_line
from actions.stillopen import still_open
from actions.turn import Turn
from actions.verdict import deadline_answer, render_verdict, verdict_buttons
from actions.whatiffirst import case_line

logger = logging.getLogger(__name__)

GOALS = ("eligibility", "grant", "deadline", "contact")


def unknown_fields(turn: Turn) -> list[str]:
    value = turn.get("skipped")
    return [f for f in value if turn.get(f) in (None, [])] if isinstance(value, list) else []


def evaluate(turn: Turn) -> dict[str, Any]:
    return core().evaluate(judged_profile(turn), lang=turn.lang)


def judged_profile(turn: Turn) -> dict[str, Any]:
    """The profile the person's answer is judged on (also what actions/optionsq.py searches around)."""
    profile = profile_from_tracker(turn.view)
    in_time = turn.get("hypothetical") or turn.as_if_in_time
    closes = status_of(profile["call"]).get("closes") if in_time else None
    if not closes or closes >= profile["as_of"]:
        return profile
    applied = held_applied_on(turn)  # "if I had applied on 1 December 2025" (round 53)
    # "What would have applied to me?": judged as if the person had applied in time, i.e. on the last day
    # the call allowed for this departure (its own apply-by date), never later than its deadline.
    profile["as_of"] = closes
    first = core().evaluate(profile, lang=turn.lang)
    apply_by = (first.get("deadlines") or {}).get("apply_by")
    # Applied on time: on the apply-by date for this departure, else on the deadline itself (never today).
    profile["application_date"] = applied or (apply_by if apply_by and apply_by < closes else closes)
    return profile


def implied_facts(turn: Turn) -> None:
    """Facts the activity settles ("a study period is always at a university"): a receiving-organisation rule
    of the call that admits one type only, for this role and activity."""
    call_id, activity, role = turn.get("call"), turn.get("activity"), turn.get("role")
    if not call_id or not activity or turn.get("receiving_org"):
        return
    for rule in core().get_call(call_id).rules:
        types = rule.params.get("types") if rule.kind == "receiving_org_allowed" else None
        scope = rule.applies_to
        if not types or len(types) != 1 or scope is None:
            continue
        if activity in (scope.activities or []) and (not role or role in (scope.roles or [role])):
            turn.set("receiving_org", types[0])
            return


def ask(turn: Turn, slot: str) -> None:
    turn.set("asked", slot)
    if slot == "call":
        shared = shared_name_in(turn.entities)
        text = t(turn.lang, "ask_call", name=shared.upper(), sharing=sharing(shared, turn.lang)) if shared \
            else t(turn.lang, "ask_institution")
        turn.say(text, _buttons_for("call", turn.view, turn.lang))
        return
    question = t(turn.lang, f"ask_{slot}", example=example_date(turn))
    month = turn.get("start_month") if slot == "start_date" else None
    if isinstance(month, str):  # "4 dagen in januari": the month is known, its day is asked
        first = f"{month}-01"
        question = t(turn.lang, "ask_start_day", month=i18n.fmt_month(first, turn.lang),
                     first=i18n.fmt_date(first, turn.lang))
    reminder = still_open(turn, slot, question)  # just asked, and something else asked since: one line
    if not reminder and not turn.get("asked_once"):
        question = f"{question}\n{t(turn.lang, 'form_hint')}"
        turn.set("asked_once", True)
    turn.say(reminder or question, _buttons_for(slot, turn.view, turn.lang))


def example_date(turn: Turn) -> str:
    """An example date inside the call's years (Lucca: 2016), in the person's language."""
    import datetime as dt

    year = today().year
    call_id = turn.get("call")
    if call_id:
        end = core().get_call(call_id).windows.get("mobility_end")
        year = int(str(end)[:4]) if end else year
    return i18n.fmt_date(dt.date(year, 3, 1), turn.lang)


def proceed(turn: Turn, changed: str | None = None, all_checks: bool = False) -> None:
    """Ask the institution, say a call has ended, ask the next missing fact, or answer."""
    from actions.whichcall import take_call_from_facts

    call_id = turn.get("call")
    if not call_id and not take_call_from_facts(turn):
        ask(turn, "call")
        return
    call_id = turn.get("call")
    if turn.get("goal") == "contact" and not all_checks:
        return  # the contact skill answers (dialogue.py); "Show all checks" after it: the checks (round 49)
    status = status_of(call_id)
    from actions.later import after_the_call
    from actions.whatnow import what_now

    if what_now(turn, status):
        return  # "so what do I do now?" after the ended call was said: the step to take
    if status["status"] == "closed" and after_the_call(turn, status, changed):
        return  # a stay after the ended call's period: no verdict as if applied in time
    if status["status"] == "closed" and not turn.get("hypothetical"):
        if changed:
            turn.say(changed)
        if turn.get("goal") != "grant":
            # An ended call gives no date to apply by, and what its rules would have said comes only when
            # the person asks for it ("what would have applied to me?").
            from actions.later import closed_was_told

            first = not closed_was_told(turn, call_id)
            closed_answer(turn, status, short=not first)
            turn.set("closed_told", call_id)
            if turn.get("goal") == "deadline":
                closed_dates(turn)
            elif first:
                closed_checks(turn)
            return
        # A grant question about an ended call: what it paid, judged as if applied in time, said as ended.
        from actions.closedline import closed_line

        turn.say(closed_line(status, turn.lang))
        turn.as_if_in_time = True
        changed = None  # said above: not again with the answer
    implied_facts(turn)
    from actions.lengthfit import activity_by_length

    taken = activity_by_length(turn)  # "research stay, 13 April - 1 May": 19 days, a short-term doctoral one
    changed = "\n".join(filter(None, [changed, taken])) or None  # said after the facts the person gave
    try:
        decision = evaluate(turn)
    except core().UnknownCountry as err:
        names = ", ".join(err.suggestions[:3])
        turn.say(t(turn.lang, "unknown_country", text=str(err.text)[:40], names=names))
        return
    except core().InvalidProfile as err:
        turn.say(t(turn.lang, "invalid_profile", reason=str(err)))
        return
    from actions.otherfits import destination_fit, other_fit

    decision["other_fit"] = other_fit(turn, decision) or destination_fit(turn, decision)  # (rounds 55, 59)
    unknown = unknown_fields(turn)
    to_ask = [f for f in fields_to_ask(turn.view, decision) if f not in unknown and f in PROFILE_SLOTS]
    from actions.casefact import case_fact_first

    # "so I would've been eligible? and how much?" in a case that the nationality decides: that asked first
    case_first = [] if to_ask else case_fact_first(turn, decision, status["status"] == "closed", unknown)
    to_ask = to_ask or case_first
    if to_ask and not decision.get("failed"):
        if changed:
            turn.say(changed)
        from actions.askedfirst import asked_first, grant_amounts
        from actions.progress import interim_status
        from actions.shown import only_new_checks

        amounts = None if case_first else grant_amounts(turn)
        if amounts:
            turn.say(amounts)
        asked_first(turn, decision, bool(amounts))  # "Quanto riceverei?" with the facts: before the checks
        # What a rich message already settles, on the profile judged (an ended call's case: as if in time).
        judged = judged_profile(turn) if turn.get("hypothetical") or turn.as_if_in_time else None
        interim = interim_status(turn.view, turn.lang, decision, profile=judged)
        interim = only_new_checks(interim, turn)
        interim = open_call_line(turn, status) or interim  # "march 2027" after its period: never "possible"
        if interim:
            turn.say(interim)
        from actions.notyet import before_question

        before_question(turn, changed, to_ask, decision, bool(case_first))  # "I can't tell yet: ..."
        ask(turn, to_ask[0])
        return
    turn.set("asked", None)
    goal = turn.get("goal") or "eligibility"
    previous = turn.get("last_decision") or {}
    hypothetical = bool(turn.get("hypothetical") or turn.as_if_in_time) and status["status"] == "closed"
    # Never a live verdict for an ended call: what would have applied, no date to apply by; the header opens
    # what follows it, so it is said only with something under it.
    from actions.pastcase import header as case_header

    header = case_header(turn, status, decision) if hypothetical else []
    from actions.keepcase import own_plan

    own = own_plan(turn)  # a what-if case set aside: this answer is the person's own plan's, said so
    header += [t(turn.lang, "own_plan_header", facts=own)] if own else []
    # An answer is given once in full. While the facts leave it as it was, a turn that answered a question
    # says only that answer (and any "Updated:" line with one line saying the answer stands); only "so can I
    # go?" (or a button) gets the first lines again. The call's notes are said once each (actions/shown.py).
    key = decision_key(decision)
    same = not all_checks and previous.get("key") == key
    # The same refusal after new dates only is not said again (round 61).
    if not same and not all_checks and not hypothetical and not turn.what_if and dates_only(turn):
        same = refusal_unchanged(previous.get("key"), decision)
    if not same and not all_checks:
        from actions.amounttold import amount_answered

        same = amount_answered(turn, previous, key, decision)  # the new amount was this turn's answer
    asks_verdict = turn.is_payload or has("verdict_question", turn.text) \
        or has("would_have_applied", turn.text) or turn.intent in ("ask_grant", "ask_deadline") \
        or has("case_verdict_question", turn.text)  # "would that have worked?" about an ended call's case
    # ("E quanto riceverei? Non ho nessuna borsa di studio": the fact noted, then the amount asked, round 63)
    from actions.unplaced import goal_asked

    if same and not turn.answered and (not changed or goal_asked(turn)) and _follow_up(turn, goal):
        # "And the individual support?" after the answer: only what was asked, and where the rest is.
        from actions.amountsame import amount_memory
        from actions.askedfirst import other_goal_lines

        if changed:
            turn.set("last_decision", {**previous, **amount_memory(previous, decision)})
        from actions.shortamount import short_amount

        short = short_amount(turn, decision) if goal == "grant" else None
        if short:  # the block shown already, or "just the figure": in a line or two
            # ("hoeveel krijg ik en tot wanneer aanvragen?": the date too, in the order asked)
            short = other_goal_lines(turn, decision, goal, short)
            turn.say("\n".join([*([changed] if changed else []), *short]), verdict_buttons(turn.lang, False))
            turn.answered = True
            return
        from actions.shortdeadline import short_deadline

        again = short_deadline(turn, decision) if goal == "deadline" and not hypothetical else None
        lines = (grant_lines(decision, turn.lang) or [t(turn.lang, "grant_none")]) if goal == "grant" \
            else again or deadline_answer(decision, turn.lang, hypothetical,
                                           month_lines(turn) if goal == "deadline" else None)
        lines = other_goal_lines(turn, decision, goal, lines)  # "hoeveel krijg ik en tot wanneer?": both
        # (the date asked again is the whole answer: no pointer to "the rest", round 55 found it odd)
        more = [t(turn.lang, "followup_more")] if goal != "deadline" else []
        noted = [changed] if changed else []
        turn.say("\n".join([*noted, *lines, *more]), verdict_buttons(turn.lang, False))
        turn.answered = True
        if goal == "deadline":
            from actions.howapply import how_too

            how_too(turn)  # "Wanneer moet ik precies aanvragen, en hoe?": how too (round 63)
        return
    if same and (turn.answered or changed or not asks_verdict):
        if changed:  # a shorter stay's days: "does the amount change?" compares with this plan (round 49)
            from actions.amountsame import amount_memory
            now = turn.get("last_decision") or {}
            turn.set("last_decision", {**now, **amount_memory(now, decision)})
        lines = [changed] if changed else []
        # ("must the Board approve before the deadline or after?" names the deadline only as a reference)
        if turn.answered and has("when_to_apply", turn.text) and not hypothetical and not turn.dates_told \
                and not asks_condition_timing(turn.text):
            lines += deadline_lines(decision, turn.lang, turn.get("start_date"))
        stands = stands_line(turn, decision, changed)
        if stands:
            lines.append(stands)
        lines += notes_now_true(turn, decision, previous)
        if own and stands and own in stands:  # "For your own plan (...), the answer stays": named once
            header = [h for h in header if h != t(turn.lang, "own_plan_header", facts=own)]
        body = lines[1:] if changed else lines  # what was noted first, the header over what it opens
        if lines:
            turn.say("\n".join([*lines[:len(lines) - len(body)], *(header if body else []), *body]))
        return
    from actions.conditionmet import condition_met

    if not all_checks and condition_met(turn, decision, key, previous, changed, header):
        return  # "I checked, it has the ECHE": that condition met, the answer's head line (round 36)
    said_notes = notes_told(previous, decision)
    told = previous.get("told") if previous.get("call") == decision.get("call") else None
    from actions.amountsame import amount_memory
    from actions.lastamount import amount_said_again
    from actions.shortamount import brief_again

    if told and amount_said_again(turn, decision):
        told = {k: v for k, v in told.items() if k != "grant"}  # another amount shown since: this one in full
    # A what-if's outcome is its own yes or no ("No: in that case ..."), never "Based on what you told me,
    # you are not eligible" with the case's facts as if they were the plan's (round 36).
    case = case_line(turn, decision) if turn.what_if and not turn.as_if_dates and not all_checks else None
    from actions.casegrant import case_grant

    if case is not None and case_grant(turn, decision, changed):  # "and the grant in that case?" (round 61)
        return
    # "Noted: ..." first, then what would have applied (or the case's answer: the case named in it, round 48)
    lead = [changed] if changed and (header or case) else []
    shown = said_conditions_dropped(turn, decision) if case is None else decision  # (not again under it)
    text, told = render_verdict(shown, goal, turn.lang, turn.get("role"), unknown,
                                None if lead else changed, all_checks, same, hypothetical,
                                turn.get("start_date"), new_notes(turn, decision, said_notes), told,
                                month_lines(turn) if goal == "deadline" and not hypothetical else None,
                                contact_shown(turn.tracker), outcome=case is None,
                                depends=depends_lines(turn, decision, unknown),
                                # once a whole amount block was shown: the amount in a line or two
                                brief_amount=None if all_checks else brief_again(turn, decision))
    # ("Show all checks" would show the plan's checks, not the case's: not offered under a case)
    from actions.staffroute import staff_route  # "as staff you can": the role the failed rule names (r51)

    route, more = staff_route(turn, decision) if case is None and not all_checks else ([], [])
    turn.say("\n".join(line for line in [*lead, *header, case, text, *route] if line),
             more + verdict_buttons(turn.lang, all_checks or case is not None))
    if case is not None and decision.get("verdict") == "not_eligible":
        from actions.keepcase import drop_keep_button

        drop_keep_button(turn)  # a case ruled out is no plan to keep (round 51)
    turn.verdict_said = True
    turn.set("last_decision", {"call": decision.get("call"), "key": key,
                               "notes_told": sorted(said_notes | notes_said_in(turn, decision, text)),
                               "told": told, "apply_by": (decision.get("deadlines") or {}).get("apply_by"),
                               **amount_memory(previous, decision)})  # "does the amount stay the same?"


def _follow_up(turn: Turn, goal: str) -> bool:
    """A grant or dates question asked after the answer, not "so can I go?" nor a button."""
    return goal in ("grant", "deadline") and turn.intent in ("ask_grant", "ask_deadline") \
        and not turn.is_payload and not has("verdict_question", turn.text)
