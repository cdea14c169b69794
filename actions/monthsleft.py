""""How many Erasmus months do I have left after Munich?", "quanti mesi mi restano?": the call's maximum per
study cycle (the rules core's cycle_cap rule), minus the person's earlier months in this cycle and this stay
(counted as the rules core counts it, 30 days a month), with the section of the call. Round 20 got the
durations paragraph four times and "I can't find" for "4 + 4 = 8 of 12, so 4 left, right?"; a stay that
does not fit ("10 + 3 = 13") leaves the months before it (round 32 said "0 left"). "Why?" after that verdict
says the same sum (actions/whydetail.py)."""
from __future__ import annotations

from actions.askabout import sourced
from actions.conditions import length_text, stay_days
from actions.cycleq import cycle_rule, resolved_params
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def months_left_question(turn: Turn) -> bool:
    call_id, text = turn.get("call"), turn.text
    asked = "?" in text or has("months_left_asked", text)  # "chiedevo quanti mesi mi restano." (round 55)
    if not call_id or not asked or not (has("months_left_question", text)
                                         or has("cycle_months_total_question", text)):
        return False
    line = cycle_line(turn)
    if line is None:
        return False
    from actions.longeststay import latest_end_line

    # "How long could I still go?": until when, for the planned start (round 43 had the months only).
    latest = latest_end_line(turn) if turn.get("prior_erasmus_months") is not None else None
    lead = months_first(turn)  # "Hoeveel maanden heb ik nog?" got "nog 151 dagen over" three times (round 52)
    from actions.monthscheck import said_again
    from actions.progress import said_before

    again = said_again(turn)  # asked again in other words: the same figures said another way (round 62)
    if again:
        line, lead = again, None
        latest = None if latest and said_before(turn.tracker, turn.lang, latest) else latest
    checked = checked_back(turn)  # "... in total? 12?": yes or no first (round 62)
    if checked is not None:
        line = t(turn.lang, "answer_yes" if checked else "answer_no", answer=line)
    turn.say("\n".join(x for x in (lead, line[:1].upper() + line[1:], latest) if x))
    return True


def checked_back(turn: Turn) -> bool | None:
    """Whether the figures the message checks back ("12?", "uses 6 of them?") are the sum's: None when it
    checks none, or a figure of the sum is not known."""
    from actions.monthscheck import figures_checked

    rule = cycle_rule(str(turn.get("call")), turn.get("role"))
    prior = turn.get("prior_erasmus_months")
    if rule is None or prior is None:
        return None
    cap = int(resolved_params(str(turn.get("call")), rule)["max_months"]) * 30
    return figures_checked(turn.text, cap, round(float(prior) * 30), stay_days(turn))


def months_first(turn: Turn) -> str | None:
    """The months left, in months first: before this stay and after it ("In months: 8 of the 12 months were
    left before this stay, and about 5 after it"), from the same figures as the sum (the rules core's cap, the
    earlier months, the stay as it counts it); when this stay uses all that was left, those left before it
    plainly ("Before this stay, you had 2 months (60 days) of Erasmus left"); None when a figure is missing,
    the stay does not fit, or the months left are whole (the sum says them in months)."""
    rule = cycle_rule(str(turn.get("call")), turn.get("role"))
    prior, stay = turn.get("prior_erasmus_months"), stay_days(turn)
    if rule is None or prior is None or stay is None:
        return None
    cap = int(resolved_params(str(turn.get("call")), rule)["max_months"]) * 30
    before = cap - round(float(prior) * 30)
    after = before - stay
    lang = turn.lang
    if after == 0:  # "Quanti giorni di Erasmus mi restano?" (round 55): the sum's "0 left" is no answer
        return t(lang, "months_left_plain", before=length_text(before, lang), cap=cap // 30)
    if after < 0 or after % 30 == 0:
        return None  # whole months: the sum below says them in months already
    return t(lang, "months_left_first", before=_months(before, lang), after=_months(after, lang),
             cap=cap // 30)


def _months(days: int, lang: str) -> str:
    """A number of days in months of 30: "8", or "about 5" when it is not a whole number of months."""
    if days % 30 == 0:
        return str(days // 30)
    return t(lang, "months_about", n=round(days / 30))


def cycle_line(turn: Turn) -> str | None:
    """The sum for the person's cycle, with the call's section: earlier months + this stay against the cap,
    and what is left; None when the call has no cap for the role."""
    call_id = str(turn.get("call"))
    rule = cycle_rule(call_id, turn.get("role"))
    if rule is None:
        return None
    lang = turn.lang
    cap = int(resolved_params(call_id, rule)["max_months"]) * 30
    prior = turn.get("prior_erasmus_months")
    if prior is None:
        return sourced("", t(lang, "months_left_need_prior", cap=length_text(cap, lang)), call_id,
                       rule.source, lang).strip()
    earlier = round(float(prior) * 30)
    stay = stay_days(turn)
    used = earlier + (stay or 0)
    key = "months_left" if stay is not None else "months_left_before_stay"
    left = length_text(max(cap - used, 0), lang)
    if used > cap:  # "10 + 3 = 13, more than 12": the stay does not fit, the months left are before it
        key, left = "months_left_over", length_text(max(cap - earlier, 0), lang)
    line = t(lang, key, earlier=length_text(earlier, lang), stay=length_text(stay or 0, lang),
             used=length_text(used, lang), cap=length_text(cap, lang), left=left)
    return sourced("", line, call_id, rule.source, lang).strip()
