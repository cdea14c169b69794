""""dus dat mag gewoon, 5 maanden?", "Une semaine du lundi au vendredi, c'est une durée acceptable ?",
"5 jours, c'est assez long pour être accepté ?": a yes/no question whether the person's own stay is
acceptable, answered by actions/lengthq.py with the rules core's duration check for their plan, yes or no
first. Round 24 got the call's whole durations paragraph (staff, blended, doctoral...) and the travel support
instead.

The question names the stay's length (a length matching the stored dates, or a word for length) and whether
it is fine; a length other than the plan's is a case of its own ("would 3 months be fine?"), and a question
that also names a place, a host or a kind of mobility is about that, not the length.

Round 51: "5 jours c'est assez ?" (a bare "assez"), "5 jours c'est le minimum ?", "is that the minimum?" got
"I can't find the answer" or the whole durations topic: "assez" ending the question asks it too, and whether
the length is the minimum is answered with the rule's minimum and the stay's days the rules core counted
("Oui : 5 jours est le minimum (de 5 jours à 30 jours) pour une mobilité hybride de courte durée ; ton séjour
de 5 jours y est.")."""
from __future__ import annotations

import datetime as dt
from typing import Any

from actions.phrases import has
from actions.turn import Turn

# How far the end of a length said in words ("une semaine", "5 maanden") may fall from the stored end and
# still be the same stay (Monday to Friday is "a week"): a few days, or a tenth of a long stay.
SAME_STAY_DAYS = 3
SAME_STAY_SHARE = 10
OTHER_SUBJECTS = ("country", "city", "receiving_org", "activity", "role")
SHIFTED = {"start_date", "end_date", "duration", "skipped"}


def own_length_asked(turn: Turn, question: str) -> bool:
    start, end = _dates(turn)
    # (an ended call's dates taken a year earlier are the plan's own stay, not a what-if: round 58)
    # ("ok et du coup combien pour ces 3 mois ?" asks the amount for those months: round 53)
    shifted = bool(turn.as_if_dates) and set(turn.what_if) <= SHIFTED and not has("how_much", question)
    if start is None or end is None or turn.what_if and not shifted or "?" not in question:
        return False
    if not (has("acceptable_question", question) or has("enough_words", question)
            or has("length_minimum", question)) \
            or has("wh_start", question.lower()):  # ("is 2 months enough?": round 50)
        return False
    lo = max(turn.text.find(question), 0)
    inside = [e for e in turn.entities
              if isinstance(e.get("start"), int) and lo <= int(e["start"]) < lo + len(question)]
    # ("ma 2 mesi bastano per un tirocinio?" of a traineeship: the plan's own kind named is still its length)
    if any(e.get("entity") in OTHER_SUBJECTS and not (e.get("entity") == "activity"
                                                       and e.get("value") == turn.get("activity"))
           for e in inside):
        return False
    lengths = [str(e.get("value")) for e in inside if e.get("entity") == "duration"]
    if not lengths:
        # ("is that the minimum?" of the stay; not right after an amount, the minimum of which it may ask)
        return has("length_words", question) or has("length_minimum", question) and not _after_amount(turn)
    return all(same_stay(start, end, value) for value in lengths)


def minimum_line(turn: Turn, rule: Any, params: dict[str, Any], own: tuple[str, str] | None,
                 decision_grant: dict[str, Any]) -> str | None:
    """"Oui : 5 jours est le minimum (de 5 jours à 30 jours) pour une mobilité hybride de courte durée ; ton
    séjour de 5 jours y est.": whether the stay is at the rule's minimum, by the days the rules core counted
    for it (calendar days for limits in days, 30-day months for limits in months); None without them."""
    from actions import i18n
    from actions.i18n import t
    from rules_core.messages import fmt_amount

    unit = params["unit"]
    days = decision_grant.get("calendar_days" if unit == "days" else "days")
    if own is None or not isinstance(days, int):
        return None
    lang = turn.lang
    activity = turn.get("activity") or next(iter(rule.applies_to.activities or []), None)
    what = i18n.label(lang, "activities_case", activity) if activity else t(lang, "scope_any")
    low, high = fmt_amount(params["min"], unit, lang), fmt_amount(params["max"], unit, lang)
    per = 30 if unit == "months" else 1
    key = "length_minimum_yes" if days == params["min"] * per else "length_minimum_no"
    line = t(lang, key, min=low, max=high, what=what)
    if own[0] == "✓":
        return line + t(lang, "length_minimum_within", days=fmt_amount(days, "days", lang))
    return f"{line}.\n✗ {own[1]}"


def condition_before(turn: Turn, question: str) -> None:
    """"aucune idée s'il y a une partie en ligne. 5 jours c'est assez ?": what the person said of an open
    condition before the length question is answered first, as asked (round 51 answered one or the other)."""
    from actions.asides import named_facts
    from actions.flow import evaluate
    from actions.i18n import t

    full = str(turn.tracker.latest_message.get("text") or "")
    before = full[:max(full.find(question), 0)]
    named = named_facts(before) if turn.focus is None and before.strip() and "?" not in before else []
    if not named:
        return
    try:
        conditions = evaluate(turn).get("conditions") or []
    except Exception:  # an incomplete or invalid profile: the length answer alone
        return
    lines = [t(turn.lang, "condition_about", reason=c.get("explanation")) for c in conditions
             if c.get("field") in named]
    if lines:
        turn.say("\n".join(lines))


def _after_amount(turn: Turn) -> bool:
    """The last reply gave an amount ("395,00 €"): "is that the minimum?" may ask about it."""
    last = next((e.get("text") or "" for e in reversed(turn.tracker.events) if e.get("event") == "bot"), "")
    return "€" in last or "EUR" in last


def same_stay(start: dt.date, end: dt.date, duration: str) -> bool:
    from actions.profile import end_from_duration

    said_end = end_from_duration(start, duration)
    if said_end is None:
        return False
    room = max(SAME_STAY_DAYS, ((end - start).days + 1) // SAME_STAY_SHARE)
    return abs((said_end - end).days) <= room


def _dates(turn: Turn) -> tuple[Any, Any]:
    try:
        start, end = (dt.date.fromisoformat(str(turn.get(name))) for name in ("start_date", "end_date"))
        return start, end
    except ValueError:  # a date not given (None) or not a date: no stay to check
        return None, None
