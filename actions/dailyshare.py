"""Round 63 (r63-t3, a Belgian ITM lab technician, staff training at the Charité in Berlin for 40 days):
"how is the daily money worked out for that many days?" got the 30-day months ("39 days"), "do I get less
per day after the first 2 weeks?" the 2-60 days rule, and other tries the travel block again. Where the
daily rate is not published but the call data has the EU-wide share of it by day (grant.daily_shares: staff
get the full rate for days 1-14, 70 % of it from day 15 to day 60), the person's own days in each share,
said as the EU-wide rule, then where the call's own daily amounts are and whom to ask (the grant's basis).
"Less after two weeks?" gets "Yes: ..." first, "the same every day?" "No: ..."."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def _asked(text: str) -> bool:
    if not (is_question(text) or has("asking_whether", text)):
        return False
    daily = has("day_amount_asked", text) or has("daily_allowance_question", text)
    return daily and (has("dailyshare_how", text) or _drop(text) or has("dailyshare_same", text))


def _drop(text: str) -> bool:
    """"Do I get less per day after the first 2 weeks?", "does it drop after day 14?"."""
    return has("dailyshare_less", text) and has("dailyshare_after", text)


def _tier(tier: dict[str, Any], lang: str) -> str:
    days = t(lang, "dailyshare_day" if tier["days"] == 1 else "dailyshare_days", first=tier["first"],
             last=tier["last"])
    if tier["percent"] == 100:
        return t(lang, "dailyshare_full", days=days)
    return t(lang, "dailyshare_part", days=days, percent=tier["percent"])


def daily_share_question(turn: Turn) -> bool:
    """The EU-wide share of the daily rate for the person's days; False when not asked or the rules core
    has no such rule for this person (the other answers are tried then)."""
    text = turn.text
    if not turn.get("call") or not _asked(text):
        return False
    from actions.askabout import evaluate_with

    try:
        grant = evaluate_with(turn).get("grant") or {}
    except Exception:  # an incomplete or invalid profile: the other answers
        return False
    shares = grant.get("daily_shares")
    if not shares or not shares.get("tiers"):
        return False
    lang = turn.lang
    tiers = shares["tiers"]
    joined = t(lang, "dailyshare_and").join(_tier(x, lang) for x in shares["rule"])
    rule = t(lang, "dailyshare_rule", tiers=joined)
    if _drop(text):
        rule = t(lang, "answer_yes", answer=rule)
    elif has("dailyshare_same", text):
        rule = t(lang, "answer_no", answer=rule)
    else:
        rule = rule[:1].upper() + rule[1:]
    cited = f"({t(lang, 'source')}: {i18n.source(turn.get('call'), shares['reference'], lang)})"
    lines = [f"{rule} {cited}",
             t(lang, "dailyshare_yours", days=shares["days"],
               tiers=t(lang, "dailyshare_and").join(_tier(x, lang) for x in tiers))]
    if grant.get("basis"):
        lines.append(t(lang, "dailyshare_amounts", basis=grant["basis"]))
    turn.say("\n".join(lines))
    return True

