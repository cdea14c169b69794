"""Round 48 (an IMT Lucca PhD student, four months in Salamanca): "quanto prendo al mese esattamente?" after
the estimate got "the amounts are indicative", where they come from and the whole grant block again, the
230 a month only inside a breakdown line. A per-month question now opens with the monthly figure the rules
core gives ("230,00 € al mese (Gruppo 2 ..., periodo di studio): 920,00 € per i Suoi 120 giorni
finanziati"), for a grant made of monthly amounts only; any other grant keeps the estimate's answer
(actions/grantq.py)."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has


def per_month_lines(text: str, grant: dict[str, Any], lang: str) -> list[str] | None:
    """The monthly figure first, then the total for the funded days; None when no month is asked or the grant
    is not monthly amounts alone (a travel part, an unpublished amount)."""
    if not (has("how_much", text) and has("month_amount_asked", text)):
        return None
    parts = grant.get("breakdown") or []
    monthly = [p for p in parts if isinstance(p.get("per_month_eur"), int | float)]
    total = grant.get("total_eur")
    total = grant.get("indicative_total_eur") if total is None else total
    if not monthly or grant.get("travel_eur") or total is None:
        return None
    if any(not isinstance(p.get("amount_eur"), int | float) for p in parts):
        return None
    rate = sum(p["per_month_eur"] for p in monthly)
    what = str(monthly[0].get("per_month_of") or "") if len(monthly) == 1 else "; ".join(
        f"{i18n.fmt_eur(p['per_month_eur'], lang)} {p.get('per_month_of') or ''}".strip() for p in monthly)
    return [t(lang, "grant_per_month", amount=i18n.fmt_eur(rate, lang), parts=what,
              total=i18n.fmt_eur(total, lang), days=grant.get("days") or "?",
              note=t(lang, "grant_per_month_indicative") if grant.get("indicative") else "")]
