""""so like 850 a month?" after the amount showed 700 EUR a month of individual support and a 150 EUR a month
traineeship top-up (round 54 answered only the other question of the message, then "Not for sure" and the
whole amount block): a figure said as a month's amount that is the sum of the estimate's monthly rates gets
"Yes, roughly: 700 + 150 = 850 EUR a month", indicative where the call's own amounts are not published."""
from __future__ import annotations

from actions.grantq import amounts_said
from actions.i18n import t
from actions.plangrant import plan_grant
from actions.turn import Turn
from actions.wholestay import said_monthly


def monthly_sum_question(turn: Turn) -> bool:
    text = turn.text
    if not turn.get("call") or not turn.get("last_decision") or "?" not in text:
        return False
    said = [n for n in amounts_said(text) if said_monthly(text, n)]
    if not said:
        return False
    grant = plan_grant(turn)
    if grant is None:
        return False
    rates = [float(p["per_month_eur"]) for p in grant.get("breakdown") or []
             if isinstance(p.get("per_month_eur"), int | float)]
    if len(rates) < 2 or round(sum(rates)) not in said:
        return False
    lang = turn.lang
    guide = grant.get("total_eur") is None or grant.get("indicative")
    turn.say(t(lang, "monthly_sum_yes", sum=" + ".join(_plain(r) for r in rates), total=_plain(sum(rates)),
               indicative=t(lang, "whole_stay_roughly_guide") if guide else ""))
    return True


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.2f}"
