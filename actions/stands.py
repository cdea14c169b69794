"""What was told, in short: the key that says whether an answer changed, the outcome in a few words, and "your
answer stays the same", said only after a message that states facts (new, changed, the same or not known) or
checks what it was told."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.newreason import new_reasons
from actions.phrases import has
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn
from actions.unplaced import open_questions
from actions.whatiffirst import case_line


def stands_line(turn: Turn, decision: dict[str, Any], changed: str | None) -> str | None:
    """"Your answer stays the same: ...", only after a message that stated facts (changed or said again), or
    that checks what it was told ("so I send it all before 19 November, right?": "Yes: ..." when the date it
    names is the one to apply by); never as a reply to words that state nothing."""
    apply_by = (decision.get("deadlines") or {}).get("apply_by")
    named = {str(e.get("value"))[:10] for e in turn.entities if e.get("entity") in ("start_date", "end_date")}
    # The date to apply by, said back (unless this turn's answer already confirmed it, actions/applyby.py).
    told = bool(apply_by) and apply_by in named and not turn.dates_told
    # Only a check of what was told, with no other question in the message ("..., giusto? quindi ho ancora 12
    # mesi?" asks something else too); a date said back is confirmed even when the contact named with it was.
    confirming = has("confirm_question", turn.text) and (told or turn.restated and not turn.answered) \
        and not open_questions(turn.text)
    # "Correction: it's actually NOVA University Lisbon. Does that change anything?": a fact said again, the
    # same kind as before, asks the same as a changed one ("No: your answer stays the same").
    matters = bool(changed or turn.restated) and has("matters_question", turn.text)
    restated = turn.restated and (changed or not turn.answered and "?" not in turn.text)
    # "would it change anything if the course was only 16 to 18 March?": that case's answer. (The same dates a
    # year earlier judged on an ended call are the case the person asked for, not a what-if.)
    if turn.what_if and not turn.as_if_dates:
        # "if I extend it to 8 May, is it still OK?": yes or no first (actions/whatiffirst.py), unless the
        # message asked something else this turn already answered.
        line = None if turn.answered else case_line(turn, decision, same=True)
        turn.answered = True
        return line or t(turn.lang, "what_if_stands", outcome=short_outcome(decision, turn.lang))
    if not (confirming or matters or restated):
        return None
    from actions.keepcase import own_plan

    own = own_plan(turn)  # after a what-if: the person's own plan's answer, named as such
    outcome = short_outcome(decision, turn.lang)
    stands = t(turn.lang, "verdict_stands_own", facts=own, outcome=outcome) if own \
        else t(turn.lang, "verdict_stands", outcome=outcome)
    reasons = new_reasons(turn, decision) if changed and not own else []
    if reasons:  # London, then Basel: not eligible, now because of Switzerland (round 50)
        stands = "\n".join([t(turn.lang, "verdict_stands_reasons", outcome=outcome), *reasons])
    # "does that matter?": "No"; "before 19 November, right?": "Yes". Not when this turn already answered
    # the question ("does that matter for my chances?" got the priorities: then "No:" reads as their answer).
    if matters and not turn.answered or confirming and told:
        turn.answered = turn.answered or confirming
        return t(turn.lang, "answer_no" if matters else "answer_yes", answer=stands[:1].lower() + stands[1:])
    turn.answered = turn.answered or confirming
    return "\n".join([stands, *who_checks(turn, decision)])


def who_checks(turn: Turn, decision: dict[str, Any]) -> list[str]:
    """"Per quanto riguarda la Carta ECHE della KU Leuven, non lo so. E non so nemmeno se c'è un accordo":
    under "your answer stays the same", who can check each condition said not known this turn (the rules
    core's settled_by, with the call's contacts). Round 50 got the unchanged answer alone."""
    before = turn.tracker.get_slot("skipped") or []
    now = turn.get("skipped") or []
    conditions = {c.get("field"): c for c in decision.get("conditions") or []}
    new = [f for f in conditions if f in now and f not in before and turn.get(f) is None]
    if not new:
        return []
    from actions.conditions import settled_by

    lang = turn.lang
    lines = [t(lang, "condition_checkers")]
    for name in new:
        field = i18n.label(lang, "fields", name, turn.get("role"))
        who = settled_by(turn, conditions[name].get("settled_by"))
        lines.append(t(lang, "condition_checker", field=field[:1].upper() + field[1:], who=who))
    return lines


def still_right(turn: Turn) -> bool:
    """"Wait, end of March wasn't my stay. Is everything still right?" after an answer: "Yes: your answer
    stays the same: ..." when the facts give the answer told (round 19 got "I can't find"); a changed answer
    is said in full by the flow."""
    previous = turn.get("last_decision") or {}
    if not previous or not has("still_right", turn.text) or not turn.get("call"):
        return False
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the flow says what is wrong
        return False
    if decision_key(decision) != previous.get("key"):
        return False
    stands = t(turn.lang, "verdict_stands", outcome=short_outcome(decision, turn.lang))
    turn.say(t(turn.lang, "answer_yes", answer=stands[:1].lower() + stands[1:]))
    return True


def decision_key(decision: dict[str, Any]) -> list[Any]:
    """What the person was told: outcome, reasons, conditions, dates and amounts."""
    grant = decision.get("grant") or {}
    return [decision.get("call"), decision.get("verdict"),
            sorted(f.get("rule") or "" for f in decision.get("failed") or []),
            sorted(c.get("field") or "" for c in decision.get("conditions") or []),
            sorted(decision.get("missing") or []), (decision.get("deadlines") or {}).get("apply_by"),
            grant.get("total_eur"), grant.get("indicative_total_eur"), grant.get("travel_eur")]


def dates_only(turn: Turn) -> bool:
    """Whether the facts this message changed are dates only: a new status or nationality can change what
    the refusal says would work ("as staff: a training of 2 to 60 days"), so it is said again then."""
    from actions.profile import PROFILE_SLOTS

    changed = {k for k, v in turn.changes.items() if k in PROFILE_SLOTS and turn.tracker.get_slot(k) != v}
    return bool(changed) and changed <= {*STAY_DATE_SLOTS, "graduation_date"}


def refusal_unchanged(previous: Any, decision: dict[str, Any]) -> bool:
    """A "not eligible" for a rule that is no date, told before for the same rules: the dates, amounts and
    facts still missing are never told with it, so new dates leave it as it was (round 61 said the whole
    not-eligible block again after the dates)."""
    from actions.answer import only_deadlines_failed

    if decision.get("verdict") != "not_eligible" or only_deadlines_failed(decision) \
            or not isinstance(previous, list) or len(previous) < 5:
        return False
    return list(previous[:4]) == decision_key(decision)[:4]


def short_outcome(decision: dict[str, Any], lang: str) -> str:
    """"eligible (provided that ...), apply by 9 December 2025" in a few words."""
    verdict = decision.get("verdict") or "incomplete"
    if verdict == "eligible" and decision.get("conditions"):
        verdict = "eligible_provided"
    words = t(lang, f"outcome_{verdict}")
    apply_by = (decision.get("deadlines") or {}).get("apply_by")
    if apply_by and verdict != "not_eligible":
        words = t(lang, "outcome_with_date", outcome=words, date=i18n.fmt_date(apply_by, lang))
    return words


def renamed_same(turn: Turn) -> bool:
    """"Correction: it's actually NOVA University Lisbon. Does that change anything?" after an answer: a fact
    said again with the value it had (another host of the same kind), no yes/no fact named, and whether it
    matters asked: the answer stands (stands_line), not a topic of the call."""
    if not turn.restated or not turn.get("last_decision") or not has("matters_question", turn.question) \
            or has("why_matters", turn.text):
        return False
    if len(open_questions(turn.text)) > 1:
        return False  # "does it matter that it's an institute? must there be an agreement?": each its answer
    from actions.asides import named_facts

    if named_facts(turn.text):
        return False  # "no idea if it has an ECHE, is that a problem?": the condition (actions/conditions.py)
    from actions.profile import PROFILE_SLOTS

    if any(f in turn.changes and turn.changes[f] != turn.tracker.get_slot(f) for f in PROFILE_SLOTS):
        return False  # "I'm Dutch. Does it matter that the traineeship is in my own country?": a new fact
    return any(turn.get(str(e.get("entity"))) == e.get("value") for e in turn.entities)
