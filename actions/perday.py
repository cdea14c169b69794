"""Round 53 (a Belgian ITM lecturer, staff training in Oslo by train): "en hoeveel per dag krijg ik dan in
Oslo?" got "the travel support of 417 EUR is a fixed EU-wide amount" and the travel line again before the rate
was said to be unknown. An amount per day asked where the call publishes none (the individual support in an
unpublished annex) opens with that answer, where the amounts are and whom to ask; the travel support the
rules core gives follows in one short line."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has


def per_day_lines(text: str, grant: dict[str, Any], lang: str) -> list[str] | None:
    """The daily amount unknown first, then the travel support in a line; None when no amount per day is
    asked, or the rules core gives one (a total or an indicative total), or there is no travel part."""
    if not (has("how_much", text) and has("day_amount_asked", text)):
        return None
    if grant.get("total_eur") is not None or grant.get("indicative_total_eur") is not None:
        return None
    travel = grant.get("travel_eur")
    if not travel or not grant.get("basis"):
        return None
    return [t(lang, "grant_per_day_unknown", basis=grant["basis"]),
            t(lang, "grant_per_day_travel", amount=i18n.fmt_eur(travel, lang))]
