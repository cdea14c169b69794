""""What else could I do?", "is there another way?", "wat kan ik nog wel?", "que puis-je faire d'autre ?",
"cos'altro potrei fare?" after an answer, and "could I do a shorter study period of 2 months instead?": the
variations of the plan that the call's own rules allow, as the rules core searches them (rules_core.options:
another activity open to the role, the same start with the end the limits allow, the same length moved), each
with its dates, and why the nearest others fail, with the sections of the call. A question that names a
variation ("a shorter study period of 2 months") gets yes or no for it first. Round 25 got "I can't find the
answer" after "not eligible: only 60 days left"; a 2-month traineeship fitted."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.askabout import asking, is_question
from actions.casechecks import sourced_checks
from actions.i18n import t
from actions.noway import no_way_lines
from actions.phrases import gendered, has
from actions.profile import core, end_from_duration
from actions.turn import Turn

logger = logging.getLogger(__name__)

PLAN = ("activity", "start_date", "end_date")


def options_asked(turn: Turn) -> bool:
    """Whether the message asks what else the person could do, after an answer about their plan."""
    text = _full(turn)
    return bool(turn.get("call")) and bool(turn.get("last_decision")) and is_question(text) \
        and (has("options_question", text) or _variant(turn) is not None or has("no_way_question", text))


def options_question(turn: Turn) -> bool:
    if not options_asked(turn) or any(turn.get(name) != turn.tracker.get_slot(name) for name in PLAN):
        return False  # a plan changed by this message is judged as the new plan (its verdict follows)
    from actions.flow import judged_profile

    try:
        profile = judged_profile(turn)
        found = core().options(profile, lang=turn.lang)
    except Exception as err:  # an incomplete or invalid profile: the other answers are tried
        logger.debug("no options: %s", type(err).__name__)
        return False
    text = _full(turn)
    no_way = has("no_way_question", text)
    if no_way and found["verdict"] == "eligible" and not has("options_question", text) \
            and _variant(turn) is None:
        return False  # "is there any way to get the money before I leave?" about a plan that passes
    lines, named = _asked_variant(turn, profile, found)
    kinds = [option for option in found["options"] if option is not named]
    head = t(turn.lang, _head_key(found, kinds))
    opened = bool(lines)  # a "No:" or "Yes:" for the variation the question names
    if not lines and has("yes_no_question", asking(text).strip()):  # "is there another way?"
        head = t(turn.lang, "answer_yes" if kinds else "answer_no", answer=head[:1].lower() + head[1:])
        opened = True
    if named:  # the variation asked about, found by the search: what limits it, its conditions
        lines += _option_lines(turn, named)[1:]
    from actions.offered import offer_lines

    refused = not kinds and not named and found["verdict"] != "eligible"
    # "No way at all, even changing the dates?" with fewer days left in the study cycle than any stay lasts.
    way = no_way_lines(turn, found) if no_way and refused else []
    # No variation passes: what the call offers this person, and which facts of theirs stand in the way.
    offer = offer_lines(turn, found) if refused and not way else []
    if way:
        lines, opened = way, True
    elif offer:
        lines += offer
    elif kinds or found["blocked"] or not lines:  # (a variation answered needs no "nothing else" after it)
        lines.append(head)
    lines += [line for option in kinds for line in _option_lines(turn, option)]
    if found["blocked"] and not offer and not way:
        if kinds:
            lines.append(t(turn.lang, "options_blocked"))
        from actions.insteadrole import split_refused

        # Refused to the person's role whatever the plan ("apply as staff instead"): said once, not per date.
        refused, blocked = split_refused(turn, found["blocked"])
        lines += refused + [_blocked_line(turn, one) for one in blocked]
    from actions.verdict import short_contacts

    # The contacts of the role the leading option applies in (a PhD student sent to staff: the staff office).
    role = (kinds[0].get("role") if kinds else None) or turn.get("role")
    lines.append(t(turn.lang, "options_who", who=short_contacts(str(turn.get("call")), role, turn.lang)))
    reply = "\n".join(lines)
    if gendered(reply, turn.lang, turn.get("gender")) in turn.said:
        return True  # one question of a message that asks two, answered with the whole message already
    buttons: list[dict[str, str]] = []
    one = [named] if named else kinds
    if len(one) == 1:  # the one variation can become the plan ("Keep this as my plan")
        from actions.keepcase import keep_button, store_case

        store_case(turn, {name: one[0].get(name) for name in (*PLAN, "role")})
        buttons = keep_button(turn.lang)
    turn.options_answered = turn.options_answered or opened  # its "No:" is kept after "... or ...?"
    turn.say(reply, buttons)
    return True


def _head_key(found: dict[str, Any], kinds: list[dict[str, Any]]) -> str:
    """What the list is: instead of a refused plan, besides an accepted one, or nothing else at all."""
    eligible = found["verdict"] == "eligible"
    if kinds:
        return "options_intro_eligible" if eligible else "options_intro"
    if not found["blocked"]:
        return "options_only_plan"  # an accepted plan, and no other activity the call offers the role
    return "options_none_eligible" if eligible else "options_none"


def _option_lines(turn: Turn, option: dict[str, Any]) -> list[str]:
    lang = turn.lang
    name = i18n.label(lang, "activities", option["activity"])
    if option.get("start_date") and option.get("end_date"):
        lines = [t(lang, "option_line", activity=name, start=i18n.fmt_date(option["start_date"], lang),
                   end=i18n.fmt_date(option["end_date"], lang))]
    else:
        lines = [f"✓ {name}"]
    from actions.insteadrole import role_lines

    lines += role_lines(turn, option)
    if option.get("limit") and option.get("limits"):
        lines.append(t(lang, f"option_{option['limit']}", reason=sourced_checks(turn, option["limits"])))
    conditions = option.get("conditions") or []
    if conditions:
        lines.append(t(lang, "option_conditions", conditions=sourced_checks(turn, conditions)))
    missing = [i18n.label(lang, "fields", field) for field in option.get("missing") or []]
    if missing:
        lines.append(t(lang, "option_missing", fields=", ".join(missing)))
    return lines


def _blocked_line(turn: Turn, blocked: dict[str, Any]) -> str:
    lang = turn.lang
    name = i18n.label(lang, "activities", blocked["activity"])
    tries = blocked.get("tried") or []
    if not blocked.get("start_date") or len(tries) == 1 and not tries[0].get("end_date"):
        return f"✗ {name}: {sourced_checks(turn, tries[0]['failed'] if tries else [])}"
    parts = [t(lang, "option_tried", end=i18n.fmt_date(tried["end_date"], lang),
               reason=sourced_checks(turn, tried["failed"])) for tried in tries]
    head = t(lang, "option_blocked", activity=name, start=i18n.fmt_date(blocked["start_date"], lang))
    return "\n".join([head, *parts])


def _variant(turn: Turn) -> tuple[str, str | None] | None:
    """("study", "P2M") for "could I do a shorter study period of 2 months instead?": the activity named
    (else the plan's) and the length said nearest to it; None when no variation is named."""
    text = _full(turn)
    entities = [e for e in turn.tracker.latest_message.get("entities") or [] if isinstance(e, dict)]
    lengths = [e for e in entities if e.get("entity") == "duration" and isinstance(e.get("start"), int)]
    shorter = has("shorter_question", text)
    if not shorter and not (lengths and has("instead_words", text)):
        return None
    named = next((e for e in entities if e.get("entity") == "activity"), None)
    activity = str(named["value"]) if named else turn.get("activity")
    if not activity:
        return None
    at = int(named.get("start") or 0) if named else len(text)
    length = min(lengths, key=lambda e: abs(int(e["start"]) - at), default=None)
    return str(activity), str(length["value"]) if length else None


def _asked_variant(turn: Turn, profile: dict[str, Any], found: dict[str, Any]
                   ) -> tuple[list[str], dict[str, Any] | None]:
    """Yes or no for the variation the question names, with the rules that refuse it; and the option of
    the search it is, if any (not listed again)."""
    import datetime as dt

    variant = _variant(turn)
    start = profile.get("start_date")
    if variant is None or not start:
        return [], None
    activity, length = variant
    lang, name = turn.lang, i18n.label(turn.lang, "activities", activity).lower()
    same = [o for o in found["options"] if o["activity"] == activity and o["start_date"] == start]
    plan = found.get("plan")
    if length is None and activity == turn.get("activity") and plan and plan.get("shortest_end"):
        # "could I do a shorter one?" about a plan that passes: how short (and long) it may be from its start
        return [t(lang, "options_range_yes", activity=name, start=i18n.fmt_date(start, lang),
                  shortest=i18n.fmt_date(plan["shortest_end"], lang),
                  longest=i18n.fmt_date(plan["longest_end"], lang))], None
    if length is None:  # "a shorter one?": the nearest variation of that activity, if any
        if not same:
            return [], None
        return [t(lang, "options_variant_yes", activity=name, start=i18n.fmt_date(start, lang),
                  end=i18n.fmt_date(same[0]["end_date"], lang))], same[0]
    end_day = end_from_duration(dt.date.fromisoformat(start), length)
    if end_day is None:
        return [], None
    case = {**profile, "activity": activity, "end_date": end_day.isoformat()}
    decision = core().evaluate(case, lang=lang)
    dates = {"start": i18n.fmt_date(start, lang), "end": i18n.fmt_date(end_day, lang)}
    if decision.get("verdict") == "not_eligible":
        reasons = sourced_checks(turn, decision.get("failed") or [])
        return [t(lang, "options_variant_no", activity=name, reasons=reasons, **dates)], None
    match = next((o for o in same if o["end_date"] == end_day.isoformat()), None)
    return [t(lang, "options_variant_yes", activity=name, **dates)], match


def _full(turn: Turn) -> str:
    """The whole message (one of its questions asked on its own is still part of it)."""
    return str(turn.tracker.latest_message.get("text") or "")
