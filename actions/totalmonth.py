""""and the monthly part? so total its around 3700?" after the amount block (ITM, an MSc traineeship in
Entebbe: €1,188.00 travel support and the EU-wide guide rates, about €3,738.00 in all): round 58 gave the
list of the call's countries. The month's figure first (actions/monthlysum.py), then the total said checked
against the rules core's estimate for the stay, "Yes, roughly" or "No", with its parts, labelled as the
estimate is; where the call's own amounts are and whom to ask, once. The words are phrase data
(actions/locales/phrases.yaml: monthly_part_asked, total_said)."""
from __future__ import annotations

from actions import i18n
from actions.askabout import is_question
from actions.grantq import amounts_said
from actions.i18n import t
from actions.phrases import has
from actions.plangrant import plan_grant
from actions.turn import Turn

ROUNDING = 0.03  # how far a total said "around" may be from the estimate and still be it (3700 of 3738)


def total_and_month_question(turn: Turn) -> bool:
    text = turn.text
    if not turn.get("call") or not turn.get("last_decision") or not is_question(text):
        return False
    if not has("monthly_part_asked", text) or not has("total_said", text):
        return False
    said = [n for n in amounts_said(text) if n >= 100]
    grant = plan_grant(turn)
    if not said or not grant:
        return False
    own = grant.get("total_eur")
    total = own if own is not None else grant.get("indicative_total_eur")
    parts = [p for p in grant.get("breakdown") or [] if isinstance(p.get("amount_eur"), int | float)]
    if total is None or not parts:
        return False
    from actions.monthlysum import month_lines

    lang = turn.lang
    month = month_lines(grant, lang)
    if not month:
        return False
    named = said[-1]
    near = abs(named - total) <= ROUNDING * total
    facts = {"amount": i18n.fmt_eur(total, lang), "days": grant.get("days") or "?",
             "parts": " + ".join(i18n.fmt_eur(p["amount_eur"], lang) for p in parts),
             "named": i18n.fmt_eur(named, lang),
             "indicative": t(lang, "total_check_indicative")
             if own is None or grant.get("indicative") else ""}
    key = "total_check_yes" if near else "total_check_no"
    if grant.get("travel_eur"):
        key += "_travel"
    turn.say("\n".join([month[0], t(lang, key, **facts), *month[1:]]))
    turn.answered = True
    turn.others_asked = True  # both of its questions answered here, neither again on its own
    return True
