""""Is die €860 voor de hele twee maanden?", "is €860 for the whole stay?", "c'est pour tout le séjour ?", "è
per tutto il tirocinio?" after the amount was said: yes or no first, with the parts of the amount (the
rules core's estimate for the person's funded days); a per-month or per-day rate named is said to be the
rate, with the total. Round 25 got "Not for sure: the amounts are indicative" and the whole block. A
second question in the message ("... and is it paid before departure?") keeps its own answer
(actions/uncovered.py)."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import is_question
from actions.grantq import NUMBER_RX, amounts_said, number
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.turn import Turn


def whole_stay_question(turn: Turn) -> bool:
    text = turn.text
    if not turn.get("call") or not turn.get("last_decision") or not is_question(text) \
            or not has("whole_stay_question", text) or has("how_much", text):
        return False  # "how much for the whole stay?" asks the amount: the grant answers
    if any(rx.search(text) for rx in PHRASES["uncovered_topics"].values()):
        return False  # "does it cover housing for the whole stay?": what it pays for (actions/uncovered.py)
    from actions.flow import evaluate

    try:
        grant = evaluate(turn).get("grant") or {}
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    own = grant.get("total_eur")
    total = own if own is not None else grant.get("indicative_total_eur")
    if total is None or not grant.get("days"):
        return False  # no amount for the stay: the grant answers say why
    lang = turn.lang
    parts = grant.get("breakdown") or []
    listed = "; ".join(f"{p.get('label')}: {i18n.fmt_eur(p.get('amount_eur'), lang)}" for p in parts)
    facts = {"amount": i18n.fmt_eur(total, lang), "days": grant["days"], "parts": listed}
    rate = _rate_named(text, total, parts)
    if rate is not None:
        line = t(lang, "whole_stay_rate", named=i18n.fmt_eur(rate[0], lang), part=rate[1], **facts)
    else:
        line = t(lang, "whole_stay_yes" if own is not None else "whole_stay_guide", **facts)
    lines = [line]
    if own is not None and (grant.get("indicative") or grant.get("confidence") not in (None, "high")):
        lines.append(t(lang, "grant_indicative").strip())
    turn.say("\n".join(lines))
    from actions.uncovered import uncovered_question

    # "..., en wordt het vóór vertrek uitbetaald?" in the same sentence: when it is paid, which no call says.
    uncovered_question(turn)
    return True


def _rate_named(text: str, total: float, parts: list[dict[str, Any]]) -> tuple[int, str] | None:
    """A number said that is a rate in a part's label ("2 × 430 EUR per month"), not the total nor a part's
    amount: that number and its part's label."""
    amounts = {round(total), *(round(p["amount_eur"]) for p in parts
                               if isinstance(p.get("amount_eur"), int | float))}
    for said in amounts_said(text):
        if said in amounts:
            return None  # the total or a part named: it is for the whole stay
        for part in parts:
            if said in {number(n) for n in NUMBER_RX.findall(str(part.get("label") or ""))}:
                return said, str(part.get("label"))
    return None
