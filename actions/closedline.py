"""The line that says an ended call is closed, worded as the call data has its dates. A call with a closing
date of its own for applications (IMT Lucca, 18 January 2016): "its last day was ...". A call whose only
deadline is the end of all mobility (ITM prints no separate closing date; rules_core.call_status gives
`applications_until`): that its mobilities had to end by that date and applications had to come N months
before departure, so by <that end minus N months> at the latest. Round 33 said "its last day was 31 July
2026, so it no longer takes applications", read as the date to apply by."""
from __future__ import annotations

from typing import Any

from babel.units import format_unit

from actions import i18n
from actions.calls import call_name
from actions.i18n import t


def _ahead(status: dict[str, Any], lang: str) -> str:
    return format_unit(int(status["apply_months_before"]), "duration-month", length="long", locale=lang)


def closed_line(status: dict[str, Any], lang: str) -> str:
    """"The ... call is closed: ..." for the call of `status` (rules_core.call_status)."""
    call_id = str(status["call"])
    name, date = call_name(call_id, lang), i18n.fmt_date(status["closes"], lang)
    if status.get("applications_until") and status.get("apply_months_before"):
        return t(lang, "call_closed_mobility_end", call=name, date=date, ahead=_ahead(status, lang),
                 until=i18n.fmt_date(status["applications_until"], lang))
    return t(lang, "call_closed", call=name, date=date)


def closed_sentence(status: dict[str, Any], lang: str) -> str:
    """The first sentence over what would have applied: "The ... call closed on <date>." or, with no closing
    date of its own for applications, that it has ended and what its date was."""
    call_id = str(status["call"])
    name, date = call_name(call_id, lang), i18n.fmt_date(status["closes"], lang)
    if status.get("applications_until") and status.get("apply_months_before"):
        return t(lang, "closed_mobility_end", call=name, date=date, ahead=_ahead(status, lang))
    return t(lang, "closed_since", call=name, date=date)
