""""Does it matter that I'm Dutch?", "maakt het uit dat ik Nederlandse ben?": what the call's rules read of
the nationality for this plan, from the rules core. No rule reads it (IMT Lucca): "No", and what counts is
the destination, with its checks; a rule reads it (ITM: not a country of your citizenship): that check and
whether it holds. A selection priority about the home country (IMT Lucca) is said too: it is no condition,
but it counts."""
from __future__ import annotations

from typing import Any

from actions.askabout import asking, evaluate_with, sourced
from actions.i18n import t
from actions.neednationality import (
    as_condition,
    asks_nationality_needed,
    needed_lines,
    reads_applicant,
    what_counts,
)
from actions.phrases import has
from actions.polarity import reads_polarity
from actions.profile import core, profile_from_tracker
from actions.turn import Turn

NATIONALITY_FIELDS = {"citizenship", "country_of_origin"}


@reads_polarity  # its yes or no already answers "is that a problem?" the right way round
def nationality_question(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    question = asking(text)
    # The nationality named in the sentence that asks ("I'm Belgian. Can I go to Spain?" asks about the plan;
    # "I'm also Dutch. Does that matter?" about the change, which "your answer stays the same" answers).
    at = text.find(question)
    # "do I need to be Belgian?", "I'm not Belgian, is that a problem?": the nationality asked as a condition
    # is not the person's (actions/neednationality.py).
    said = [e for e in turn.entities if e.get("entity") == "country" and e.get("role") == "citizenship"
            and at <= int(e.get("start") or -1) < at + len(question)
            and not as_condition(text, int(e["start"]))]
    if not call_id or "?" not in question:
        return False
    needed = asks_nationality_needed(question)
    place = [e for e in turn.entities if e.get("entity") == "country" and e.get("role") != "citizenship"
             and at <= int(e.get("start") or -1) < at + len(question)]
    # "Je suis française. Le fait que le Sénégal ne soit pas en Europe pose-t-il un problème ?": the
    # destination's place (actions/destinationq.py), not the nationality.
    # ("would Lisbon be ok, since I'm not Portuguese?" asks about Lisbon; "must I be Belgian to go to Spain?"
    # about the nationality)
    if place and not asks_nationality_needed(question, lacking=False) \
            and (has("destination_question", question) or has("outside_europe", question)):
        return False
    if not said and has("matters_question", question):
        said = _said_before_asking(turn, question, str(call_id))
    named = has("nationality_word", question)
    only = has("only_because_question", question)
    # "sono argentina, posso partecipare?": whether the nationality said lets one take part (round 59 read
    # "argentina" as a destination and said "Argentina is not among the call's destinations")
    take_part = bool(said) and not needed and has("take_part_question", question) \
        and not has("matters_question", question)
    if not (needed or take_part or said and (has("matters_question", question) or only)
            or named and (has("matters_question", question) or has("yes_no_question", question.strip()))):
        return False
    from rules_core.kinds import READS

    # The nationality asked about counts for this question only ("if I were Dutch") when none is stored.
    slots: dict[str, Any] = {"citizenship": [str(e["value"]) for e in said]} if said else {}
    # "c'est juste parce que je suis portugaise que Lisbonne ne marche pas ?" with Salamanca the plan: the
    # place the question names, not the plan's (round 54 answered "Non" about Spain).
    slots.update(_other_place(turn, at, question))
    try:
        decision = evaluate_with(turn, **slots)
        call = core().get_call(str(call_id))
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    ids = {r.id for r in call.rules if NATIONALITY_FIELDS & {*(r.fields or []), *READS.get(r.kind, ())}}
    lang = turn.lang
    failed = [f for f in decision.get("failed") or [] if f.get("rule") in ids]
    passed = [p for p in decision.get("passed") or [] if p.get("rule") in ids]
    if (needed or take_part) and not reads_applicant(call, ids):
        # "can I take part?" is answered "Yes", "do I need to be Belgian?" "No", with who may apply after
        lines = needed_lines(str(call_id), turn.get("role"), lang, "nationality_no_bar" if take_part
                             else "nationality_not_needed") + what_counts(lang, _checks(
            turn, failed, passed, ids, str(call_id)))
    elif failed and only and (others := [f for f in decision.get("failed") or []
                                         if f.get("rule") not in ids]):
        # "is it only because I'm Italian?" with another rule failing too: not only that.
        lines = [t(lang, "nationality_not_only"), *[sourced("✗", f.get("explanation"), call_id,
                                                            f.get("source"), lang) for f in failed + others]]
    elif failed:  # "does it matter?", "is it only because...?" (the only failing rules read it): yes
        first = sourced("", failed[0].get("explanation"), call_id, failed[0].get("source"), lang).strip()
        lines = [t(lang, "answer_yes", answer=first),
                 *[sourced("✗", f.get("explanation"), call_id, f.get("source"), lang) for f in failed[1:]]]
    elif passed:
        # Read only by where one may go (ITM: not a country of your citizenship): no condition on who applies.
        only_where = all(r.kind.startswith("destination") for r in call.rules if r.id in ids)
        lines = [t(lang, "nationality_destination_only" if only_where else "nationality_passes"),
                 *[sourced("✓", p.get("explanation"), call_id, p.get("source"), lang) for p in passed]]
    elif ids:  # a rule reads it, not yet checked (no destination yet): what it checks
        from actions.eligibility import relevant_reasons

        needed = core().needed_for(str(call_id), "citizenship", lang)
        reasons = relevant_reasons(list(needed), turn.get("role"))
        lines = [t(lang, "nationality_rules"), *[f"• {r}" for r in reasons]]
    else:
        lines = [t(lang, "nationality_none")]
        lines += [sourced("✓", p.get("explanation"), call_id, p.get("source"), lang)
                  for p in decision.get("passed") or [] if str(p.get("kind", "")).startswith("destination")]
        lines += [sourced("✗", f.get("explanation"), call_id, f.get("source"), lang)
                  for f in decision.get("failed") or [] if str(f.get("kind", "")).startswith("destination")]
    lines += _home_country_priorities(turn, call, slots)
    turn.say("\n".join(lines))
    return True


def _other_place(turn: Turn, at: int, question: str) -> dict[str, Any]:
    """The destination a "just because"-question names by a city or country other than the plan's."""
    if not has("only_because_question", question):
        return {}
    for ent in turn.entities:
        begin = ent.get("start")
        if isinstance(begin, int) and at <= begin < at + len(question) and ent.get("role") != "citizenship":
            code = ent.get("country_code") if ent.get("entity") == "city" else \
                ent.get("value") if ent.get("entity") == "country" else None
            if code and str(code) != str(turn.get("destination") or ""):
                return {"destination": str(code)}
    return {}


def _checks(turn: Turn, failed: list[dict[str, Any]], passed: list[dict[str, Any]], ids: set[str],
            call_id: str) -> list[str]:
    """The call's checks that read the nationality, as they stand for this plan: failed, passed, or (no
    destination yet) what they check."""
    lang = turn.lang
    if failed or passed:
        return [*[sourced("✗", f.get("explanation"), call_id, f.get("source"), lang) for f in failed],
                *[sourced("✓", p.get("explanation"), call_id, p.get("source"), lang) for p in passed]]
    if not ids:
        return []  # no rule reads it (IMT Lucca): nothing it changes
    from actions.eligibility import relevant_reasons

    return [f"• {r}" for r in relevant_reasons(list(core().needed_for(call_id, "citizenship", lang)),
                                               turn.get("role"))]


def _home_country_priorities(turn: Turn, call: Any, slots: dict[str, Any]) -> list[str]:
    """The call's selection priorities about going to a country of one's citizenship, for this person."""
    about = {p.id for p in call.priorities or []
             if p.applies_to.destination_in_citizenship is not None
             or (p.favours is not None and p.favours.destination_in_citizenship is not None)}
    if not about:
        return []
    from actions.facts import view

    try:
        items = core().priorities(profile_from_tracker(view(turn.view, **slots)), turn.lang)
    except Exception:  # an invalid profile: no priority line rather than no answer
        return []
    marks = {True: "✓", False: "✗", None: "•"}
    lines = [sourced(marks[i["favoured"]], i["text"], turn.get("call"), i["source"], turn.lang)
             for i in items if i["id"] in about]
    turn.priorities_said = turn.priorities_said or bool(lines)
    # Against the person: what that means (round 25 wanted "it does not exclude you, but ranks you lower").
    lower = any(i["favoured"] is False for i in items if i["id"] in about)
    return [t(turn.lang, "nationality_priority_lower" if lower else "nationality_priority"), *lines] \
        if lines else []


def _said_before_asking(turn: Turn, question: str, call_id: str) -> list[dict[str, Any]]:
    """"German. Does that matter, since Austria is next door?", "ik ben Nederlandse. Maakt het uit dat de
    stage in mijn eigen land is?": a nationality said just before "does that matter?" is what is asked
    about when the question names a place or the home country, when no answer was given yet, or when a
    priority of the call reads it (round 25: no answer, or "your answer stays the same" without the
    home-country preference). Otherwise the update answers it ("No: your answer stays the same")."""
    said = [e for e in turn.entities if e.get("entity") == "country" and e.get("role") == "citizenship"]
    if not said:
        return []
    at = turn.text.find(question)
    places = has("home_country_words", question) or any(
        e.get("entity") == "country" and e.get("role") != "citizenship"
        and at <= int(e.get("start") or -1) < at + len(question) for e in turn.entities)
    reads_home = any(p.favours is not None and p.favours.destination_in_citizenship is not None
                     for p in core().get_call(call_id).priorities or [])
    return said if places or not turn.get("last_decision") or reads_home else []

