""""What happens if I only do the week in Lisbon?", "et sans la partie en ligne ?", "e se salto la parte
online?": a blended mobility without its virtual part, answered for that case from the rules core (the
person's facts with virtual_component False), what it would change first; nothing is stored.

"Dus het online deel is echt verplicht, ook als ik alleen de 10 dagen wil?": yes or no from the same case (a
rule that fails without it makes it required); "Worden de online dagen ook betaald, of alleen de 10 dagen in
Porto?": the days the rules core's grant counts (the stay's dates), and that the call says nothing of paying
for the online part. Both got "I can't find that in the call"."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import evaluate_with, is_question
from actions.casechecks import new_failures, sourced_checks
from actions.i18n import t
from actions.onlinedays import online_days_question
from actions.phrases import has
from actions.turn import Turn


def skip_virtual_question(turn: Turn) -> bool:
    # "et si y en a pas je peux pas partir ?", "if my programme has no online part, is it over?": the
    # programme lacks it (round 39 got the condition line again): no, and whom to ask whether it has one.
    # ("et si y en a pas" names it only in the message's other question: the whole message is read for it)
    whole = str(turn.tracker.latest_message.get("text") or "")
    lacks = has("lacks_virtual", turn.text) and has("virtual_part", whole)
    if not _blended_question(turn) or not (lacks or has("without_virtual", turn.text)):
        return False
    found = _without_it(turn)
    if found is None:
        return False
    lang = turn.lang
    reason = sourced_checks(turn, found[0])
    if lacks and reason:
        # Whether it has one is not known (round 41: "aucune idée si y en a une. ça change quoi si y en a
        # pas ?" got the failing wording, "la vôtre n'en a pas"): the case, then the condition as it stands.
        condition = _condition(turn)
        turn.say(t(lang, "virtual_missing_no", reason=condition) if condition
                 else t(lang, "skip_virtual_no", reason=reason[:1].lower() + reason[1:]))
        return True
    turn.say(t(lang, "skip_virtual_no", reason=reason[:1].lower() + reason[1:]) if reason
             else t(lang, "skip_virtual_same"))
    return True


def _condition(turn: Turn) -> str:
    """The virtual part as a condition of the plan, with its source ("A short-term blended mobility must have
    a compulsory virtual component: check with the organisers..."); "" when the rules core asks none."""
    try:
        found = evaluate_with(turn, virtual_component=None).get("conditions") or []
    except Exception:  # an incomplete or invalid profile: the failing check is said instead
        return ""
    return sourced_checks(turn, [c for c in found if c.get("field") == "virtual_component"])


def _not_said(turn: Turn, key: str) -> bool:
    """What the call does not say about the virtual part, and whom to ask."""
    from actions.verdict import contact_lines

    turn.say("\n".join([t(turn.lang, key), *contact_lines(turn.get("call"), turn.get("role"), turn.lang)]))
    return True


def _blended_question(turn: Turn) -> bool:
    blended = turn.get("virtual_component") is True or turn.get("activity") == "short_term_blended"
    return bool(turn.get("call")) and blended and is_question(turn.text)


def _without_it(turn: Turn) -> tuple[list[dict[str, Any]], list[dict[str, Any]]] | None:
    """The rules core's checks that would fail without the virtual part (none: nothing would change), and
    the same checks as they pass with it; None when the plan cannot be evaluated."""
    try:
        case = evaluate_with(turn, virtual_component=False)
        own = evaluate_with(turn, virtual_component=True)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return None
    new = new_failures(own, case)
    ids = {f.get("rule") for f in new}
    return new, [p for p in own.get("passed") or [] if p.get("rule") in ids]


def virtual_question(turn: Turn) -> bool:
    """Whether the online part is required, or paid, asked about a blended mobility; on a doctoral one, that
    it is optional."""
    text = turn.text
    if _doctoral_question(turn):
        return True
    if _blended_question(turn) and online_days_question(turn):
        return True  # "Telt het online gedeelte mee voor de duur?": no, the days are the physical ones
    if _blended_question(turn) and has("virtual_who", text) \
            and (has("virtual_part", text) or has("virtual_part", turn.earlier_text())):
        # "right but who sets it up, me or the summer school people?" after asking what the part is (round 43)
        return _not_said(turn, "virtual_who_not_said")
    if not _blended_question(turn) or not has("virtual_part", text):
        return False
    if has("paid_question", text):
        return _days_paid(turn)
    if has("virtual_timing", text):
        # "Before or after the days in Barcelona, or during?": the call says the part is compulsory, not when.
        return _not_said(turn, "virtual_when_not_said")
    if not has("required_question", text):
        return False
    found = _without_it(turn)
    if found is None:
        return False
    lang = turn.lang
    failing, passing = found
    if failing:
        # The check as it passes with the virtual part ("your blended mobility has the compulsory virtual
        # component"), then that without it the plan fails; the failing wording said "yours has none".
        reason = sourced_checks(turn, passing or failing, closed=False)
        turn.say(t(lang, "virtual_required_yes", reason=reason[:1].lower() + reason[1:]))
    else:  # a doctoral mobility's virtual part is optional: nothing would change without it
        same = t(lang, "skip_virtual_same")
        turn.say(t(lang, "answer_no", answer=same[:1].lower() + same[1:]))
    return True


def _doctoral_question(turn: Turn) -> bool:
    """"Do I need an online/virtual component?" on a short-term doctoral mobility: no, it is optional (the
    call's topic, from the reference's EU-wide rule). It got "not needed for your plan; the call asks for it
    only for another status: Master's student" (round 24), as if it were barred."""
    call_id = turn.get("call")
    if not call_id or turn.get("activity") != "short_term_doctoral" or not is_question(turn.text) \
            or not has("virtual_part", turn.text) or has("paid_question", turn.text) \
            or has("without_virtual", turn.text):  # "what if I skip it?": what that case would change
        return False
    from actions.faq import topics_of

    found = topics_of(str(call_id), ("doctoral_virtual",))
    if not found:
        return False
    source = i18n.source(str(call_id), found[0].source, turn.lang)
    turn.say(f"{found[0].answer(turn.lang)} ({t(turn.lang, 'source')}: {source})")
    return True


def _days_paid(turn: Turn) -> bool:
    """The days the grant estimate counts (the stay's dates, from the rules core), then that the call says
    nothing of paying for the online part, and who knows."""
    try:
        grant: dict[str, Any] = evaluate_with(turn).get("grant") or {}
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    from actions.verdict import contact_lines

    counted = grant.get("day_count") or {}
    lang, call_id = turn.lang, turn.get("call")
    lines = []
    if grant.get("days") and counted.get("start") and counted.get("end"):
        city = turn.get("destination_city")
        place = i18n.city(city, lang, words=turn.get("city_words")) if city \
            else i18n.country(turn.get("destination"), lang)
        lines.append(t(lang, "virtual_days_paid", days=grant["days"], place=place,
                       start=i18n.fmt_date(counted["start"], lang), end=i18n.fmt_date(counted["end"], lang)))
        lines += [f"  - {p.get('label')}: {i18n.fmt_eur(p.get('amount_eur'), lang)}"
                  for p in grant.get("breakdown") or []]
        if grant.get("basis"):
            lines.append(f"  ({grant['basis']})")
    lines += [t(lang, "virtual_days_not_said"), *contact_lines(call_id, turn.get("role"), lang)]
    turn.say("\n".join(lines))
    return True
