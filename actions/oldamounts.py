"""An amount asked for the person's own dates after an ended call's period ("for 2027 would it be the same
920 or more?", "is 920 what I'd get in 2027 or just what people got in 2016?"): the call's amounts were for
its own years only, the later ones are not known and whom to ask; then what it paid for the same dates the
fewest whole years earlier (as actions/later.py same_dates_earlier takes them), labelled with those dates.
Round 29 computed the 2015/2016 rates over "1 March to 30 June 2027" and read as a 2027 figure. A question
about the past case itself ("how much did people get back then?") keeps its answer there."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.askabout import evaluate_with, is_question
from actions.calls import call_name
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

AMOUNT_KEYS = ("how_much", "amount_words", "grant_money")  # money asked about, not a trip or travel
YEAR_RX = re.compile(r"(?<![\d/–-])\b(20\d\d)\b")


def call_years(call_id: str, status: dict[str, Any], lang: str) -> str:
    """The call's own years as its data names them ("2015/2016"; several as the language lists them:
    "2024-2025 and 2025-2026", round 55 said "2024-2025, 2025-2026"), else those of its mobility period."""
    from babel.lists import format_list

    from actions.profile import core

    windows = core().get_call(call_id).windows or {}
    named = windows.get("academic_year") or windows.get("academic_years")
    if named:
        years = [y.strip() for y in str(named).split(",") if y.strip()]
        return format_list(years, locale=i18n.format_locale(lang)) if years else str(named)
    last = str(status["mobility_to"])[:4]
    first = str(status.get("mobility_from") or last)[:4]
    return first if first == last else f"{first}/{last}"


def later_amounts(turn: Turn) -> bool:
    """Said for an amount question about dates after the ended call's period; False for anything else."""
    from actions.later import newer_call
    from actions.laterask import later_dates

    status, text = later_dates(turn), turn.text
    own_dates = status is not None
    # "so 280 a month - would that be about the same in 2027?" before any dates of one's own: the year named
    # is after the ended call's period just as well (round 32 got "I can't find the answer").
    status = status or _ended_named_later(turn)
    if status is None or not is_question(text) or newer_call(str(status["call"])):
        return False
    from actions.endedcall import offer_taken

    if offer_taken(turn):  # "Yes please, ... what would it have paid? It would be ... 2027": the what-if (55)
        return False
    last_year = int(str(status["mobility_to"])[:4])
    years = [int(y) for y in YEAR_RX.findall(text)]
    later = sorted({y for y in years if y > last_year})
    if turn.intent == "ask_deadline" or has("when_to_apply", text) or has("apply_early_question", text):
        return False  # when to apply for the own dates: actions/projected.py
    from actions.grantq import amounts_said

    if has("grant_apply", text) and not has("how_much", text):
        return False  # "can I still apply for a grant?": the call's status answers it, not its amounts
    words = turn.intent == "ask_grant" or any(has(k, text) for k in AMOUNT_KEYS)
    if not words and not amounts_said(text):
        return False
    case = _past_case(turn, status) if own_dates else None
    named_figure = case is not None and _figure_named(text, case[1])
    amount = words or named_figure
    own_plan = later or has("real_trip", text) or named_figure and not has("past_conditional", text)
    if not amount or not own_plan:
        return False  # the past case asked ("how much would I have got?"): actions/later.py
    call_id, lang = str(status["call"]), turn.lang
    own = sorted({str(turn.get(n))[:4] for n in ("start_date", "end_date") if isinstance(turn.get(n), str)})
    own_years = "/".join(str(y) for y in later) if later else "/".join(own)
    only = any(y <= last_year for y in years) or _either_or(turn)
    lines = [t(lang, "later_amounts_only" if only else "later_amounts", call=call_name(call_id, lang),
               years=call_years(call_id, status, lang), later=own_years, contact=_contact(turn, call_id))]
    if case is not None:
        from actions.answer import grant_lines
        from actions.shown import shown_lines
        from actions.verdict import grant_short_lines

        body, shown = grant_lines(case[1], lang), shown_lines(turn.tracker)
        # shown word for word before, or its total and days in full (other dates, round 60): in a line
        if body and (set(line.strip() for line in body) <= shown or body[0].strip() in shown):
            body = grant_short_lines(case[1], lang)
        if body:
            lines += [t(lang, "later_amounts_case", years=case[0]["years"], dates=case[0]["dates"]), *body]
    turn.say("\n".join(lines))
    from actions.later import AFTER_MARK
    from actions.pastcase import leave

    leave(turn)  # the own plan asked about: a past case kept aside is left
    turn.set("closed_told", call_id + AFTER_MARK)  # the block about the dates is not said under it again
    turn.answered = True
    return True


def _ended_named_later(turn: Turn) -> dict[str, Any] | None:
    """The conversation's ended call when the message names a year after its mobility period and no past case
    is judged in this message; None otherwise."""
    call_id = turn.get("call")
    if not call_id or turn.as_if_dates:
        return None
    from actions.calls import status_of

    status = status_of(str(call_id))
    last = status.get("mobility_to")
    if status["status"] != "closed" or not last:
        return None
    return status if any(int(y) > int(str(last)[:4]) for y in YEAR_RX.findall(turn.text)) else None


def _past_case(turn: Turn, status: dict[str, Any]) -> tuple[dict[str, str], dict[str, Any]] | None:
    """The same dates the fewest whole years earlier inside the call's period, and the rules core's decision
    for them as if applied in time; None when they do not fit or the facts give no decision."""
    from actions.later import shifted

    start, end = turn.get("start_date"), turn.get("end_date")  # as this message left them (round 60)
    moved = shifted(str(start), end if isinstance(end, str) else None, status.get("mobility_from"),
                    str(status["mobility_to"]))
    if moved is None:
        return None
    first, last, years = moved
    try:
        decision = evaluate_with(turn, start_date=first, end_date=last, hypothetical=True)
    except Exception:  # an incomplete or invalid profile: the years and whom to ask are still said
        return None
    dates = " – ".join(i18n.fmt_date(d, turn.lang) for d in (first, last) if d)
    return {"years": i18n.fmt_years(years, turn.lang), "dates": dates}, decision


def _figure_named(text: str, decision: dict[str, Any]) -> bool:
    """"is 920 what I'd get?": one of the amounts of the past case's grant is named."""
    from actions.grantq import _figures, amounts_said

    grant = decision.get("grant") or {}
    return bool(grant) and bool(set(amounts_said(text)) & (_figures(grant) - {grant.get("days")}))


def _either_or(turn: Turn) -> bool:
    from actions.eitheror import either_or

    return either_or(turn.text, turn.lang) or has("back_then", turn.text)


def _contact(turn: Turn, call_id: str) -> str:
    from actions.verdict import role_contacts

    found = role_contacts(call_id, turn.get("role"))
    if not found:  # (every call names its office; a call file without one: its name)
        return call_name(call_id, turn.lang)
    return t(turn.lang, "org_or").join(_named(c, turn.lang) for c in _askable(found))


def _askable(found: list[Any]) -> list[Any]:
    """The first contact and, when it has no address (a departmental coordinator), the first one that has."""
    first = found[0]
    if first.email:
        return [first]
    return [first, *[c for c in found[1:] if c.email][:1]]


def _named(contact: Any, lang: str) -> str:
    """"Charlotte Morantin (cmorantin@itg.be)", an address, or a role with neither (round 54 said "None")."""
    if contact.name and contact.email:
        return f"{contact.name} ({contact.email})"
    if contact.name or contact.email:
        return str(contact.name or contact.email)
    from actions.verdict import role_in_sentence

    return role_in_sentence(contact, lang)
