""""Earlier in my PhD I already did a 6-month Erasmus study period in Lyon. Is that going to be a problem?",
"do the 6 months in Lyon count against some limit?", "mes 6 mois d'Erasmus comptent ?": Erasmus months of the
current study cycle count towards the call's maximum per cycle (the rules core's cycle_cap rule). The answer
is yes or no first (they count; a problem only when the cycle's maximum is passed), then the sum: the earlier
months + this stay against the maximum, with the call's section. Round 29 answered "I can't find the answer"
and then "eligible" in the same reply. Months of an earlier degree are actions/cycleq.py's ("they don't
count"); "how many months are left?" is actions/monthsleft.py's. Used by actions/incontext.py."""
from __future__ import annotations

from actions.asides import named_facts
from actions.askabout import asking, sourced
from actions.conditions import length_text, stay_days
from actions.cycleq import cycle_rule, resolved_params
from actions.earlierplaces import said_of_earlier
from actions.i18n import t
from actions.pastclause import earlier_cycle
from actions.phrases import has
from actions.polarity import reads_polarity
from actions.priordepends import prior_threshold
from actions.turn import Turn

PRIOR = "prior_erasmus_months"


@reads_polarity  # its yes or no already answers "is that a problem?" the right way round
def earlier_months_question(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    if not call_id or "?" not in text:
        return False
    counts = has("counts_question", text)
    if not (counts or has("matters_question", text) or has("cap_words", text)):
        return False
    role = turn.get("role")
    rule = cycle_rule(str(call_id), role)
    if rule is None or earlier_cycle(text, turn.entities, role):
        return False  # (a master's Erasmus for a PhD student: no part of this cycle, actions/cycleq.py)
    prior = turn.get(PRIOR)
    question = asking(text)
    if prior is None:
        return _unknown_months(turn)
    if not said_of_earlier(question, prior) and (PRIOR not in turn.changes or turn.focus is not None
                                                 or named_facts(question, asking=True)):
        return False  # ("I did 4 months earlier. Is my scholarship a problem?": the scholarship is asked)
    lang = turn.lang
    cap = int(resolved_params(str(call_id), rule)["max_months"]) * 30
    line = _sum(turn, round(float(prior) * 30), cap, counts)
    turn.say(sourced("", line, call_id, rule.source, lang).strip())
    turn.answered = True
    return True


def _unknown_months(turn: Turn) -> bool:
    """"about the previous erasmus thing, I wasn't sure, does it matter?" with those months not known (said
    so: skipped, or now), or never asked ("does it matter if I already did erasmus before?"): how many earlier
    months the plan allows (actions/priordepends.py). Otherwise ("does an earlier LLP-Erasmus period count?"
    in general) the call's topic answers it."""
    unsure = PRIOR in (turn.get("skipped") or []) or PRIOR in turn.changes
    earlier = said_of_earlier(turn.text)
    # ("does it matter if I already did erasmus stuff before?" never asked the months: the same answer, not
    # "I can't find"; round 43)
    if not (earlier or unsure and has("erasmus_before", turn.text)):
        return False
    line = prior_threshold(turn)
    if line:
        turn.say(line)
        turn.answered = True
    return bool(line)


def _sum(turn: Turn, earlier: int, cap: int, counts: bool) -> str:
    """"No: you stay within the limit. 6 months earlier in this cycle + this stay of 3 months = 9 months of
    the 12 months a study cycle allows: 3 months left." (yes first when whether they count was asked)."""
    lang = turn.lang
    stay = stay_days(turn)
    used = earlier + (stay or 0)
    if used > cap:
        line = t(lang, "months_over", earlier=length_text(earlier, lang), stay=length_text(stay or 0, lang),
                 used=length_text(used, lang), cap=length_text(cap, lang))
        return t(lang, "earlier_count_over" if counts else "earlier_problem_over", line=line)
    key = "months_left" if stay is not None else "months_left_before_stay"
    line = t(lang, key, earlier=length_text(earlier, lang), stay=length_text(stay or 0, lang),
             used=length_text(used, lang), cap=length_text(cap, lang), left=length_text(cap - used, lang))
    return t(lang, "earlier_count_within" if counts else "earlier_no_problem", line=line)
