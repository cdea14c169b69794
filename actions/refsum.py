"""The older reference table's figure for the person's own destination (round 50: an ITM trainee going to
Madrid was shown "419 / 369 / 319 EUR a month for country groups 1 / 2 / 3" with every country of every group,
then asked "so for Spain it would be like 369 plus the 150 for traineeship? roughly" and got "I can't find
the answer").

The figures are the rules core's (grant.reference_rate: the destination's country set in the unpublished
amount's reference table, plus the plan's monthly top-ups, over the stay's days), said as the reference they
are: never ITM's amounts, which its unpublished annex decides, with whom to ask."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.askabout import is_question
from actions.i18n import t
from actions.plangrant import plan_grant
from actions.turn import Turn

logger = logging.getLogger(__name__)

# A person's round figure this close to a computed one is that figure: "around 1100 euros" for 1,095 (0.5%)
# is a fair rounding, while "369 plus 200" (569 for 519, 10%) is another sum.
ROUGH_SHARE = 0.05


def _near(figure: float, named: set[int]) -> bool:
    return any(abs(figure - value) <= ROUGH_SHARE * value for value in named if value)


def reference_rate(turn: Turn) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The rules core's reference rate for the person's destination, with the grant it belongs to."""
    if not turn.get("call") or not turn.get("destination"):
        return None
    grant = plan_grant(turn)
    if grant is None:  # an incomplete or invalid profile: no reference figure
        return None
    found = grant.get("reference_rate")
    return (found, grant) if found else None


def destination_line(turn: Turn) -> str | None:
    """"ℹ For Spain, that older table's group 2 (...): 369 EUR a month", said before the whole table."""
    found = reference_rate(turn)
    if found is None:
        return None
    rate, _ = found
    lang = turn.lang
    return t(lang, "reference_group", country=i18n.country(turn.get("destination"), lang),
             group=rate["label"], rate=_eur(rate["monthly_eur"], lang))


def reference_sum_question(turn: Turn) -> bool:
    """"so for Spain it would be like 369 plus the 150 for traineeship? roughly": a figure of that table
    named in a question once the answer was given; yes (or not quite) with the destination's own figure,
    the plan's top-ups, the sum a month and for the stay, and that only ITM's amounts count."""
    from actions.grantq import amounts_said

    if not turn.get("last_decision") or not is_question(turn.text):
        return False
    said = set(amounts_said(turn.text))
    if not said:
        return False
    found = reference_rate(turn)
    if found is None:
        return False
    rate, grant = found
    table = _table_rates(str(turn.get("call")))
    if not said & table:
        return False  # (no figure of that table: another amount question)
    lang = turn.lang
    named = {round(rate[k]) for k in ("monthly_eur", "top_ups_eur", "with_top_ups_eur", "total_eur")
             if rate.get(k)}
    # ("369 plus 200?": not quite; "3 x 369, around 1100 euros in total?" for 1,095: yes, round 59)
    right = round(rate["monthly_eur"]) in said and all(_near(x, named) for x in said)
    lead = t(lang, "reference_sum_yes" if right else "reference_sum_not")
    length = _length(grant.get("days"), lang)
    values = {"lead": lead, "country": i18n.country(turn.get("destination"), lang), "group": rate["label"],
              "rate": _eur(rate["monthly_eur"], lang), "top_up": _eur(rate["top_ups_eur"], lang),
              "monthly": _eur(rate["with_top_ups_eur"], lang), "total": _eur(rate.get("total_eur"), lang),
              "length": length}
    key = "reference_sum_top_up" if rate.get("top_ups_eur") else "reference_sum_plain"
    if rate.get("total_eur") is None:
        key += "_month"
    lines = [t(lang, key, **values), t(lang, "reference_sum_caveat", basis=grant.get("basis") or "")]
    turn.say("\n".join(lines))
    turn.answered = True
    return True


def _table_rates(call_id: str) -> set[int]:
    """Every figure of the call's reference tables ("419", "369", "319")."""
    from actions.profile import core

    try:
        components = core().get_call(call_id).grant.components
    except Exception as err:  # a call file problem: no table
        logger.debug("no reference table: %s", type(err).__name__)
        return set()
    return {round(v) for c in components for v in ((c.params or {}).get("reference_rates") or {}).values()}


def _eur(amount: Any, lang: str) -> str:
    """"369 EUR", "1,038 EUR": whole euros, as the reference table gives them."""
    from babel.numbers import format_decimal

    if amount is None:
        return "?"
    return f"{format_decimal(round(float(amount)), locale=i18n.format_locale(lang))} EUR"


def _length(days: Any, lang: str) -> str:
    from actions.conditions import length_text

    return length_text(int(days), lang) if isinstance(days, int) else ""
