""""Quei 2 mesi della magistrale non mi tolgono niente? Contano per il dottorato sì o no?", "do my master's
months count for my PhD?", "an Erasmus semester in my bachelor, is that a problem?": Erasmus months of an
earlier degree are no part of the current study cycle's cap
(the rules core's cycle_cap rule: a maximum per study cycle; rules_core/vocab.py STUDY_CYCLE orders the
cycles).
"No" first, with the cap and its section of the call. The question got "I can't find" or the durations
paragraph three times (round 15, an IMT Lucca PhD student)."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import sourced
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.polarity import reads_polarity
from actions.profile import core
from actions.turn import Turn
from rules_core.vocab import STUDY_CYCLE


@reads_polarity  # its yes or no already answers "is that a problem?" the right way round
def earlier_degree_question(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    # "do they count?", or "is that a problem?" said of an earlier Erasmus stay ("i did an erasmus semester
    # during my bachelor, is that a problem?": round 31 answered "I can't find")
    asks = has("counts_question", text) or has("matters_question", text) \
        and (has("erasmus_before", text) or has("past_stay", text) and has("abroad_stay_word", text))
    if not call_id or "?" not in text or not asks:
        return False
    role = turn.get("role") or next((str(e.get("value")) for e in turn.entities if e.get("entity") == "role"),
                                    None)
    cycle = STUDY_CYCLE.get(str(role))
    earlier = [degree for degree, rx in PHRASES["degree_words"].items()
               if rx.search(text) and STUDY_CYCLE.get(degree, 99) < (cycle or 0)]
    rule = cycle_rule(str(call_id), role)
    if not earlier or rule is None:
        return False
    lang = turn.lang
    months = resolved_params(str(call_id), rule)["max_months"]
    # "You're sure it is per cycle?": yes, the rule again (round 62 opened "No:")
    key = "cycle_earlier_sure" if has("cycle_sure_confirm", text) else "cycle_earlier_no"
    line = t(lang, key, degree=i18n.label(lang, "degrees", earlier[0]),
             current=i18n.label(lang, "degrees", role), months=months)
    turn.say(sourced("", line, call_id, rule.source, lang).strip())
    turn.answered = True
    turn.cycle_said = i18n.label(lang, "degrees", role)
    return True


def resolved_params(call_id: str, rule: Any) -> dict[str, Any]:
    """The rule's limits with the call's parameters filled in ("$max_months_per_cycle" -> 12)."""
    from rules_core.loader import compiled

    found = next((r for r in compiled(call_id).rules if r.id == rule.id), None)
    return dict(found.params) if found is not None else dict(rule.params)


def cycle_rule(call_id: str, role: str | None) -> Any:
    """The call's cap per study cycle for this role, with its limit resolved (None when it has none)."""
    try:
        rules = core().get_call(call_id).rules
    except Exception:  # a call file problem: the other answers are tried
        return None
    return next((r for r in rules if r.kind == "cycle_cap"
                 and (not r.applies_to.roles or role in r.applies_to.roles)), None)
