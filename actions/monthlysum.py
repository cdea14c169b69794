""""so like 850 a month?" after the amount showed 700 EUR a month of individual support and a 150 EUR a month
traineeship top-up (round 54 answered only the other question of the message, then "Not for sure" and the
whole amount block): a figure said as a month's amount that is the sum of the estimate's monthly rates gets
"Yes, roughly: 700 + 150 = 850 EUR a month", indicative where the call's own amounts are not published.

Round 55 (r54-kk, r54-pp): "how much per month roughly?" got the whole amount block a third time, the
month's figure only as "60 days × 700/30 EUR"; "ok but per month? I asked the monthly amount" began "Not for
sure:" and repeated the paragraph on where the rates come from. The month asked now gets the month's figure
first: the sum of the rules core's monthly parts (per_month_eur, with what each is for), labelled indicative
where it is, where the call's own amounts are when the figure is the EU-wide guide, and no block again. A
monthly figure checked ("quindi circa 430 al mese?") gets "Yes" or "No" against that sum (a few euros either
way is yes), with the exact figure; checked where no monthly figure is known, that and whom to ask, in a
line."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.grantq import _figures, amounts_said
from actions.i18n import t
from actions.phrases import QUESTION_RX, has
from actions.plangrant import plan_grant
from actions.turn import Turn
from actions.wholestay import said_monthly

# "a month longer", "one month more": a change of the stay, not a month's amount
MONTH_MORE_RX = re.compile(r"\b(a|one|1) month (longer|more|extra|less|shorter|earlier|later)\b", re.I)
NEAR_EUR = 5  # how far a monthly figure said may be from the sum of the rates and still be it ("about 850")


def monthly_sum_question(turn: Turn) -> bool:
    text = turn.text
    if not turn.get("call") or not turn.get("last_decision"):
        return False
    if "?" not in text and not QUESTION_RX.search(text.strip()):
        return False
    said = [n for n in amounts_said(text) if said_monthly(text, n)]
    if not said and (amounts_said(text) or not _month_asked(text)):
        return False  # ("les 690, c'est le total ou par mois ?": the figure named, actions/wholestay.py)
    grant = plan_grant(turn)
    if grant is None:
        return False
    rates = [p for p in grant.get("breakdown") or [] if isinstance(p.get("per_month_eur"), int | float)]
    if rates and _said_this_turn(turn, rates):
        return False  # ("for Poland per month? the same as for Germany?": said with the places compared)
    lines = _checked(grant, rates, said, turn.lang) if said else _asked(grant, rates, turn.lang)
    if not lines:
        return False
    turn.say("\n".join(lines))
    return True


def _month_asked(text: str) -> bool:
    """The amount of a month asked, not a yes/no about it ("is it paid monthly?"), nor one of the questions
    other answers give with more (travel, the places compared, top-ups, when it is paid, the whole stay)."""
    if not (has("month_amount_asked", text) or has("monthly_figure_asked", text)):
        return False
    asking = has("how_much", text) or has("monthly_figure_asked", text) \
        or has("per_month_asked", text) and not has("yes_no_question", text.strip())
    if not asking or MONTH_MORE_RX.search(text) or any(has(k, text) for k in (
            "sure_question", "place_compare", "top_up_question", "price_question")):
        return False  # ("how much does a room cost a month?", "how much if I stay a month longer?": not this)
    from actions.travelasked import names_travel

    return not (names_travel(text) or has("whole_stay_question", text)
                or has("grant_payment", text) and has("payment_timing", text))


def _checked(grant: dict[str, Any], rates: list[dict[str, Any]], said: list[int], lang: str) -> list[str]:
    """Yes or no: the figure said against the month's sum of the rates, with that sum."""
    if not rates:
        none = _nothing(grant) and not grant.get("reference_rate")  # (a reference: actions/refsum.py)
        return [t(lang, "monthly_none_check", basis=grant.get("basis") or "-")] if none else []
    total = sum(float(p["per_month_eur"]) for p in rates)
    amount = said[0]
    near = abs(amount - total) <= NEAR_EUR
    if not near and amount in _figures(grant) or near and len(rates) == 1 and amount == round(total):
        return []  # one of the figures shown ("so 230 a month?", "1150 a month?"): actions/wholestay.py
    note = _note(grant, lang)
    if len(rates) > 1:
        key = "monthly_sum_yes" if near else "monthly_sum_no"
        return [t(lang, key, sum=" + ".join(_plain(p["per_month_eur"]) for p in rates), total=_plain(total),
                  indicative=note)]
    key = "monthly_rate_yes" if near else "monthly_rate_no"
    return [t(lang, key, total=_plain(total), of=rates[0].get("per_month_of") or "", indicative=note)]


def _asked(grant: dict[str, Any], rates: list[dict[str, Any]], lang: str) -> list[str]:
    """The month's figure first: the sum of the monthly parts and what each is for; where the call's own
    amounts are when the figure is the EU-wide guide."""
    basis = grant.get("basis") or "-"
    if not rates:
        return []  # none known: the estimate's answers say so, with an older table's reference where known
    total = sum(float(p["per_month_eur"]) for p in rates)
    parts = str(rates[0].get("per_month_of") or "") if len(rates) == 1 else " + ".join(
        f"{p.get('per_month_of') or ''} {i18n.fmt_eur(p['per_month_eur'], lang)}".strip() for p in rates)
    own = grant.get("total_eur")
    if own is None:  # the EU-wide guide: never the call's own figure, and where that one is
        return [t(lang, "monthly_open_guide", amount=i18n.fmt_eur(total, lang), parts=parts,
                  note=_note(grant, lang)), t(lang, "monthly_basis", basis=basis)]
    if not grant.get("travel_eur"):  # monthly amounts alone: the total of the funded days too
        return [t(lang, "grant_per_month", amount=i18n.fmt_eur(total, lang), parts=parts,
                  total=i18n.fmt_eur(own, lang), days=grant.get("days") or "?", note=_note(grant, lang))]
    return [t(lang, "monthly_open", amount=i18n.fmt_eur(total, lang), parts=parts, note=_note(grant, lang))]


def month_lines(grant: dict[str, Any], lang: str) -> list[str]:
    """The month's figure with what it is made of, and where the call's own amounts are
    (actions/totalmonth.py)."""
    rates = [p for p in grant.get("breakdown") or [] if isinstance(p.get("per_month_eur"), int | float)]
    return _asked(grant, rates, lang)


def _said_this_turn(turn: Turn, rates: list[dict[str, Any]]) -> bool:
    """Every monthly rate said by an answer of this turn already (each place's, actions/placeamount.py)."""
    said = "\n".join(turn.said)
    return bool(said) and all(f"{_plain(p['per_month_eur'])} EUR" in said
                              or i18n.fmt_eur(p["per_month_eur"], turn.lang) in said for p in rates)


def _nothing(grant: dict[str, Any]) -> bool:
    """No amount at all for the stay: neither the call's own nor an EU-wide guide one."""
    return grant.get("total_eur") is None and grant.get("indicative_total_eur") is None


def _note(grant: dict[str, Any], lang: str) -> str:
    if grant.get("total_eur") is None:
        return t(lang, "whole_stay_roughly_guide")
    return t(lang, "grant_per_month_indicative") if grant.get("indicative") else ""


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.2f}"
