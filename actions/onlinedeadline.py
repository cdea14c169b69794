"""Whether the online part of a blended mobility moves the date to apply by ("Est-ce que la date limite dépend
de la partie en ligne, qui commence peut-être déjà en avril ?", "si la partie en ligne commence par exemple le
15 avril, la date limite reste-t-elle le 11 mars, ou faut-il compter deux mois avant le début de la partie en
ligne ?").

Round 60 (r60-b3): the first got "Oui : votre mobilité hybride comporte sa composante virtuelle
obligatoire..." (the words "dois-je" read as "is it compulsory?"), the second "15 avril 2026 serait trop
tard" (the online part's start read as a day to apply on). The call counts the months from the planned
date of departure, the start of the physical stay: that date and the apply-by date are the rules core's
(its `deadlines`), the months read off them, the source the apply-by rule's."""
from __future__ import annotations

import datetime as dt
from typing import Any

from actions import i18n
from actions.applyby import ahead, personal_deadlines
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def _blended(turn: Turn) -> bool:
    return turn.get("virtual_component") is True or turn.get("activity") == "short_term_blended"


def online_deadline_question(turn: Turn, changed: str | None) -> bool:
    text = turn.text
    if changed or not turn.get("call") or turn.is_payload or not _blended(turn) or not is_question(text) \
            or not has("virtual_part", text) \
            or not (has("deadline_words", text) or has("apply_by_words", text)):
        return False
    deadlines = personal_deadlines(turn)
    months = ahead(deadlines, turn.lang) if deadlines else None
    if not deadlines or not months:  # the call's own closing date: the online part changes nothing either
        return False
    lang = turn.lang
    start, apply_by = _day(deadlines["start"]), _day(deadlines["apply_by"])
    online = _online_start(turn, start, apply_by)
    city = turn.get("destination_city")
    place = i18n.city(city, lang, words=turn.get("city_words")) if city \
        else i18n.country(turn.get("destination"), lang)
    source = _rule_source(turn)
    if not source:
        return False
    src = f"{t(lang, 'source')}: {i18n.source(turn.get('call'), source, lang)}"
    who = _who_confirms(turn)
    if not who:
        return False
    line = t(lang, "online_deadline_no", months=months, place=place, start=i18n.fmt_date(start, lang),
             date=i18n.fmt_date(apply_by, lang), online=f" ({online})" if online else "", src=src, who=who)
    turn.say("\n".join(x for x in (changed, line) if x))
    return True


def _online_start(turn: Turn, start: dt.date, apply_by: dt.date) -> str | None:
    """A day the message names between the date to apply by and the departure: the online part's start; a
    month without its day ("la partie en ligne commence en mai", round 63) said as that month, when it falls
    before the departure."""
    for ent in turn.tracker.latest_message.get("entities") or []:
        if not isinstance(ent, dict) or ent.get("entity") not in ("start_date", "end_date"):
            continue
        try:
            day = _day(ent.get("value"))
        except ValueError:
            continue
        if ent.get("month_only"):
            if day < start.replace(day=1):
                return i18n.fmt_month(day, turn.lang)
        elif apply_by < day < start:
            return i18n.fmt_date(day, turn.lang)
    return None


def _who_confirms(turn: Turn) -> str:
    """The call's contact with an address (the office for applications), who can confirm the date."""
    from actions.contact import best_contact

    contact = best_contact(str(turn.get("call")), turn.get("role"))
    if contact is None or not contact.email:
        return ""
    return f"{contact.name} ({contact.email})" if contact.name else str(contact.email)


def _rule_source(turn: Turn) -> str:
    """The section the apply-by check comes from (the rules core's check)."""
    from actions.flow import evaluate

    decision = evaluate(turn)
    checks: list[dict[str, Any]] = [*(decision.get("passed") or []), *(decision.get("failed") or [])]
    found = [c for c in checks if "apply" in str(c.get("rule")) and "before" in str(c.get("rule"))]
    return str(found[0].get("source")) if found else ""


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
