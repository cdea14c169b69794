""""Et les 1188 € de voyage, ils sont compris dans les 3709 € ou c'est en plus ?", "so the 3,709 is with
the travel included?", "is the 1,188 on top of the 2,076?": whether a part of the amount the person was shown
is in its total. Answered with the total as the sum of its parts, from the rules core's breakdown, and how
sure the figures are. Round 33 answered "Not for sure: the amounts are indicative" and the same amount block
twice."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.plangrant import plan_grant
from actions.turn import Turn

# "1 188 €", "3 709,67 €": a French thousands space is part of the number (grantq reads "1.188" and "1,188").
GROUP_SPACE_RX = re.compile(r"(?<=\d)[\s\u202f\u00a0](?=\d{3}(?!\d))")
NAME_CUT_RX = re.compile(r"\s*\(.*$|,.*$")


def parts_question(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    if not call_id or not turn.get("last_decision") or not is_question(text):
        return False  # a follow-up: the person has had an answer with its amount
    included, on_top = has("part_included_words", text), has("part_on_top_words", text)
    if not (included or on_top):
        return False
    grant = plan_grant(turn)
    if grant is None:  # an incomplete or invalid profile: the other answers are tried
        return False
    parts = [p for p in grant.get("breakdown") or [] if isinstance(p.get("amount_eur"), int | float)]
    total = grant.get("total_eur")
    total = grant.get("indicative_total_eur") if total is None else total
    if len(parts) < 2 or total is None:
        return False  # one part is the whole amount: nothing to add up
    from actions.grantq import amounts_said

    said = set(amounts_said(GROUP_SPACE_RX.sub("", text)))
    total_named = bool(said & _forms(total)) or has("total_words", text)
    named = [p for p in parts if said & _forms(p["amount_eur"])]
    travel = grant.get("travel_eur")
    if travel and has("travel_named", text):
        # ("3709 € voyage inclus": the travel part named in a word)
        named += [p for p in parts if p["amount_eur"] == travel and p not in named]
    by_amount = [p for p in parts if said & _forms(p["amount_eur"])]
    if not (total_named and named) and len(by_amount) < 2:
        return False  # ("is that on top of travel?" names no total: actions/travelpart.py)
    lang = turn.lang
    added = " + ".join(_said(p, lang) for p in parts) + f" = {i18n.fmt_eur(total, lang)}"
    if total_named and named:
        answer = t(lang, "parts_in_total", part=i18n.fmt_eur(named[0]["amount_eur"], lang),
                   total=i18n.fmt_eur(total, lang), sum=added)
        # Yes to "is it included?", no to "is it on top?"; an either/or gets the statement alone
        # (actions/eitheror.py takes the opening off).
        key = "answer_no" if on_top and not included else "answer_yes"
        lines = [t(lang, key, answer=answer)]
    else:
        lines = [t(lang, "parts_separate", sum=added)]
    if grant.get("total_eur") is None:
        lines.append(t(lang, "parts_guide", basis=grant.get("basis") or "-"))
    elif grant.get("indicative") or grant.get("confidence") not in (None, "high"):
        lines.append(t(lang, "grant_indicative").strip())
    from actions.contactonce import plain_answer_contact
    from actions.verdict import contact_lines

    lines += plain_answer_contact(turn.tracker, contact_lines(str(call_id), turn.get("role"), lang))
    turn.say("\n".join(lines))
    return True


def _forms(amount: float) -> set[int]:
    """The whole numbers a person writes for an amount: 3,709.67 as 3709 or 3710."""
    return {int(amount), round(amount)}


def _said(part: dict[str, Any], lang: str) -> str:
    """"€1,188.00 (travel support for the round trip)": the part's amount and the head of its label."""
    name = NAME_CUT_RX.sub("", str(part.get("label") or "").split(":")[0]).strip()
    if name[:2] != name[:2].upper():
        name = name[:1].lower() + name[1:]  # ("Soutien individuel" inside a sentence; "EU ..." kept)
    amount = i18n.fmt_eur(part["amount_eur"], lang)
    return f"{amount} ({name})" if name else amount
