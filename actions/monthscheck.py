"""A figure of the cycle's months checked back ("how many months can I still get in total? 12?", "So in the
PhD I could have up to 12 months in total, and this 6-month stay uses 6 of them?"): "Yes" or "No" before the
sum of actions/monthsleft.py, from the same figures (the rules core's cap per study cycle, the earlier months
of this cycle, this stay as the rules core counts it). Round 62 (r62-r3) got the durations paragraph three
times."""
from __future__ import annotations

import re

from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.turn import Turn

# A number said in months: one or two digits, not part of a date ("1 February", "31/07") nor an amount or a
# number of days ("230 EUR", "30 days").
_NUMBER_RX = re.compile(r"(?<![\d/.,:-])(\d{1,2})(?![\d/:]|[.,]\d)(?!(?:st|nd|rd|th|er|e)\b|°|º)"
                        r"(?!\s*(?:eur|euros?|€|%|days?|jours?|dagen|dag|giorni|giorno|weeks?|semaines?|weken|"
                        r"settimane)\b)", re.I)


def _checked_parts(text: str) -> list[str]:
    """The parts of the message that check a figure back: a question without a question word ("12?", "this
    6-month stay uses 6 of them?")."""
    parts = []
    for found in re.finditer(r"[^.?!]*\?", text):
        part = found.group(0)
        if PHRASES["wh_start"].search(part.strip()) or has("cycle_open_question", part) or _dated(part):
            continue  # an open question, or a case with dates ("from 1 March to 30 April, would that work?")
        if _numbers(part):
            parts.append(part)
    return parts


def _dated(part: str) -> bool:
    """A date in the part ("1 March", "1° marzo", "1er mars", "31/07")."""
    if re.search(r"\b\d{1,2}[/.-]\d{1,2}\b", part):
        return True
    return any(PHRASES["cycle_date_after_number"].match(part[m.end():]) for m in re.finditer(r"\d+", part))


def _numbers(part: str) -> list[tuple[int, str]]:
    """Each number of months in the part, with the words after it."""
    out = []
    for found in _NUMBER_RX.finditer(part):
        after = part[found.end():]
        if PHRASES["cycle_date_after_number"].match(after):
            continue  # a date ("1 February")
        out.append((int(found.group(1)), re.sub(r"^[\s-]*", "", after)))
    return out


def figures_checked(text: str, cap: int, earlier: int, stay: int | None) -> bool | None:
    """True when every figure the message checks back is one of the sum's (in whole months of 30 days), False
    when one is not, None when no figure is checked back (an open question: no yes or no)."""
    parts = _checked_parts(text)
    if not parts:
        return None
    used = earlier + (stay or 0)
    before, after = cap - earlier, cap - used
    figures = (cap, earlier, stay, used, before, after)
    months = {x // 30 for x in figures if x is not None and x >= 0 and x % 30 == 0}
    for part in parts:
        for number, rest in _numbers(part):
            if has("cycle_left_after", rest[:20]):
                if number * 30 not in ((after, before) if stay is None else (after,)):
                    return False
            elif number not in months:
                return False
    return True


def said_again(turn: Turn) -> str | None:
    """The sum said another way when it was said before in the conversation ("a study cycle allows 12 months;
    this stay uses 6 of them, and with 0 months earlier in this cycle, 6 months are left."), with the call's
    section; None when it was not, or the stay does not fit (the sum says why)."""
    from actions.askabout import sourced
    from actions.conditions import length_text, stay_days
    from actions.cycleq import cycle_rule, resolved_params
    from actions.documents import said_before
    from actions.monthsleft import cycle_line

    line = cycle_line(turn)
    call_id, prior, stay = str(turn.get("call")), turn.get("prior_erasmus_months"), stay_days(turn)
    rule = cycle_rule(call_id, turn.get("role"))
    if line is None or rule is None or prior is None or stay is None \
            or not said_before(turn, line):
        return None
    cap = int(resolved_params(call_id, rule)["max_months"]) * 30
    earlier = round(float(prior) * 30)
    if earlier + stay > cap:
        return None
    lang = turn.lang
    figures = {"cap": length_text(cap, lang), "stay": length_text(stay, lang),
               "earlier": length_text(earlier, lang), "left": length_text(cap - earlier - stay, lang)}
    again = sourced("", t(lang, "cycle_months_again", **figures), call_id, rule.source, lang).strip()
    if not said_before(turn, again):
        return again
    return t(lang, "cycle_months_as_above", **figures)  # a third time: short, pointing back
