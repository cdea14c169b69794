"""The estimated amount said back as a check ("so its 920 right?", "donc 920 €, c'est ça ?"): round 36 got
"Not for sure: ... indicative", the long paragraph on where the rates come from and the amount block again.
When the amount named is the person's estimate and the question does not ask how sure it is ("for sure?":
actions/grantq.py), the answer is "Yes" and the estimate in a line, with its indicative note. A wrong amount,
or one said with other points, is the recap's to correct (actions/recap.py)."""
from __future__ import annotations

from actions import i18n
from actions.grantq import amounts_said
from actions.i18n import t
from actions.phrases import has
from actions.plangrant import plan_grant
from actions.turn import Turn


def estimate_said_back(turn: Turn) -> bool:
    text = turn.text
    if not turn.get("call") or not turn.get("last_decision") or not has("confirm_question", text) \
            or has("sure_question", text):
        return False
    said = set(amounts_said(text))
    if len(said) != 1:
        return False
    grant = plan_grant(turn)
    if grant is None:  # an incomplete or invalid profile: the other answers are tried
        return False
    total = grant.get("total_eur")
    total = grant.get("indicative_total_eur") if total is None else total
    if not isinstance(total, int | float) or said != {round(total)}:
        return False
    lang = turn.lang
    sure = not grant.get("indicative") and grant.get("confidence") in (None, "high")
    # What it is made of, in the rules core's words ("4 × 230 EUR per month (Group 2 ...)"), else its days.
    parts = "; ".join(str(p.get("label")) for p in grant.get("breakdown") or [] if p.get("label")) \
        or t(lang, "length_days", days=grant.get("days") or "?")
    lines = [t(lang, "estimate_confirmed_sure" if sure else "estimate_confirmed",
               amount=i18n.fmt_eur(total, lang), parts=parts)]
    turn.say("\n".join(lines if sure else [*lines, t(lang, "grant_indicative").strip()]))
    return True
