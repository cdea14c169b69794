""""How many Erasmus months do I have left after Munich?", "quanti mesi mi restano?": the call's maximum per
study cycle (the rules core's cycle_cap rule), minus the person's earlier months in this cycle and this stay
(counted as the rules core counts it, 30 days a month), with the section of the call. Round 20 got the
durations paragraph four times and "I can't find" for "4 + 4 = 8 of 12, so 4 left, right?"."""
from __future__ import annotations

from actions.askabout import sourced
from actions.conditions import length_text, stay_days
from actions.cycleq import cycle_rule, resolved_params
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def months_left_question(turn: Turn) -> bool:
    call_id, text = turn.get("call"), turn.text
    if not call_id or "?" not in text or not has("months_left_question", text):
        return False
    rule = cycle_rule(str(call_id), turn.get("role"))
    if rule is None:
        return False
    lang = turn.lang
    cap = int(resolved_params(str(call_id), rule)["max_months"]) * 30
    prior = turn.get("prior_erasmus_months")
    if prior is None:
        turn.say(sourced("", t(lang, "months_left_need_prior", cap=length_text(cap, lang)), call_id,
                         rule.source, lang).strip())
        return True
    earlier = round(float(prior) * 30)
    stay = stay_days(turn)
    used = earlier + (stay or 0)
    key = "months_left" if stay is not None else "months_left_before_stay"
    left = length_text(max(cap - used, 0), lang)
    line = t(lang, key, earlier=length_text(earlier, lang), stay=length_text(stay or 0, lang),
             used=length_text(used, lang), cap=length_text(cap, lang), left=left)
    turn.say(sourced("", line, call_id, rule.source, lang).strip())
    return True

