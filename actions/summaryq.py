""""Samenvatting graag", "Kun je alles nog eens kort samenvatten?", "Mi fai un riepilogo finale?" after an
answer: that answer again in short (the outcome, with the conditions it depends on; the date to apply by; the
amount or who knows it; whom to write to), from the rules core's decision for the facts as they are now. It
got the welcome screen or "I can't find the answer" (round 15). "Fix the summary" (`summary_again`) is the
contact skill's summary to paste in an e-mail, not this one."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.answer import grant_lines
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.recap import AMOUNT_RX
from actions.turn import Turn

logger = logging.getLogger(__name__)


def summary_request(turn: Turn, changed: str | None) -> bool:
    """Answered when the message asks for a summary of the answer the person has had (after what it noted)."""
    # "Merci pour le résumé. Mais quels documents ... ?" thanks for the summary and asks something else.
    text = PHRASES["summary_thanks"].sub(" ", turn.text)
    if turn.is_payload or turn.intent in ("thank", "goodbye") or not has("summary_request", text) \
            or has("summary_again", text) or has("cv_word", text) or has("confirm_question", text) \
            or has("summing_up", text) and "?" in text and AMOUNT_RX.search(text):
        # "thanks for the summary!" thanks; a recap checked back ("so: eligible, 309 €, right?", "quindi
        # ricapitolando, i 553 euro sono per tutta la settimana?": an amount said back) is answered point by
        # point; "so to recap, I email Daniela?" still gets the summary.
        return False
    if not turn.get("call") or not turn.get("last_decision"):
        return False
    from actions.laterask import closed_instead

    if closed_instead(turn, changed):
        return True  # the own dates after an ended call's period: no verdict on them (round 29)
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception as err:  # an incomplete or invalid profile: the usual flow answers
        logger.debug("no decision for a summary: %s", type(err).__name__)
        return False
    lines = [changed] if changed else []
    if turn.get("hypothetical") and turn.as_if_dates:
        # The ended call's past case being judged: the summary is that case's, said so with its dates.
        from actions.calls import status_of
        from actions.pastcase import header

        lines += header(turn, status_of(str(turn.get("call"))), decision)
    from actions.contact import plan_line

    # The plan in one line under the outcome (round 39: "op een rijtje" asks the whole case back).
    plan = plan_line(turn.view, turn.lang)
    from actions.greensummary import green_summary_line

    green = green_summary_line(turn)  # "Je prendrais probablement le train": its amount too (round 52)
    turn.say("\n".join([*lines, *short_answer(decision, turn.get("role"), turn.lang, plan, green or "")]))
    turn.answered = True
    from actions.stands import decision_key

    # The outcome said in short is the one told: a later change back to the earlier answer is said as a
    # change, not "your answer stays the same" (round 49).
    turn.set("last_decision", {**(turn.get("last_decision") or {}), "key": decision_key(decision)})
    return True


def short_answer(decision: dict[str, Any], role: str | None, lang: str, plan: str = "",
                 green: str = "") -> list[str]:
    from actions.verdict import contact_lines

    verdict = decision.get("verdict") or "incomplete"
    conditions = decision.get("conditions") or []
    if verdict == "eligible" and conditions:
        key = "summary_short_provided" + ("_one" if len(conditions) == 1 else "")
        lines = [t(lang, key), *[f"• {c.get('explanation')}" for c in conditions]]
    else:
        lines = [t(lang, "summary_short", outcome=t(lang, f"outcome_{verdict}"))]
    if verdict == "not_eligible":
        lines += [f"✗ {f.get('explanation')}" for f in decision.get("failed") or []]
    elif verdict == "incomplete":
        missing = ", ".join(i18n.label(lang, "fields", m) for m in decision.get("missing") or [])
        if missing:
            lines.append(t(lang, "summary_short_missing", fields=missing))
    lines += [plan] if plan else []
    apply_by = (decision.get("deadlines") or {}).get("apply_by")
    if apply_by and verdict != "not_eligible":
        lines.append(t(lang, "summary_short_apply_by", date=i18n.fmt_date(apply_by, lang)))
    grant = decision.get("grant") or {}
    if verdict != "not_eligible" and grant.get("total_eur") is not None:
        lines.append(t(lang, "summary_short_amount", amount=i18n.fmt_eur(grant["total_eur"], lang),
                       days=grant.get("days") or "?"))
    elif verdict != "not_eligible":
        # The call's amounts unknown: what is known (a travel part) and who knows the rest, then the guide
        # figure in one line, marked as such (round 21: a summary without the €790 said before read as none).
        lines += [line for line in grant_lines(decision, lang) if not line.startswith(" ")]
        guide = grant.get("indicative_total_eur")
        if guide is not None:
            lines.append(t(lang, "summary_short_guide", amount=i18n.fmt_eur(guide, lang),
                           days=grant.get("days") or "?"))
    lines += [green] if green and verdict != "not_eligible" else []
    return lines + contact_lines(decision.get("call"), role, lang)
