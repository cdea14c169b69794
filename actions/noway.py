""""Is there no way at all, even changing the dates?" ("quindi non c'è proprio nessun modo di farlo con
l'erasmus? neanche cambiando date?", "y a-t-il un moyen de le faire quand même ?", "kan het op een andere
manier?") after a refusal that no variation of the plan mends (rules_core.options found none). Round 35 got
"I can't find the answer" for a PhD student with 11 Erasmus months in her cycle: 30 days were left of the 12
months a cycle allows, and every kind of stay the call offers her lasts longer than that. The answer is "No",
with those numbers: the months already had and left (the cycle_cap rule), each activity's minimum length (its
duration_range rule). Every figure is the call data's."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import sourced
from actions.conditions import length_text
from actions.i18n import t
from actions.turn import Turn

PER_DAY = {"months": 30, "weeks": 7, "days": 1}  # the rules core's count: a month is 30 days


def no_way_lines(turn: Turn, found: dict[str, Any]) -> list[str]:
    """"No: with 11 months already in this cycle, 30 days are left ...", then each activity the call offers
    the role with its minimum length, when the days left are fewer than every one of them; [] otherwise (the
    options answer says what stands in the way)."""
    from actions.cycleq import cycle_rule, resolved_params
    from actions.offered import _refused
    from rules_core.loader import compiled

    call_id, lang, role = str(found.get("call") or turn.get("call")), turn.lang, turn.get("role")
    rule, prior = cycle_rule(call_id, role), turn.get("prior_erasmus_months")
    offered = [b for b in found.get("blocked") or [] if not _refused(b)]
    if rule is None or not isinstance(prior, int | float) or not offered or not role:
        return []
    cap = int(resolved_params(call_id, rule)["max_months"]) * 30
    earlier = round(float(prior) * 30)
    left = max(cap - earlier, 0)
    call = compiled(call_id)
    lines = []
    for blocked in offered:
        activity = str(blocked["activity"])
        # the rules for this audience, limits resolved (rules_core CompiledCall.rules_for)
        length = next((r for r in call.rules_for(role, activity) if r.kind == "duration_range"), None)
        if length is None:
            return []
        params = length.params
        shortest = float(params["min"]) * PER_DAY.get(str(params["unit"]), 1)
        if left >= shortest:
            return []  # this activity is not too long for the days left: something else stands in the way
        from rules_core.messages import fmt_amount

        line = t(lang, "no_way_min", activity=i18n.label(lang, "activities", activity),
                 min=fmt_amount(params["min"], str(params["unit"]), lang), left=length_text(left, lang))
        lines.append(sourced("", line, call_id, length.source, lang).strip())
    source = f"({t(lang, 'source')}: {i18n.source(call_id, rule.source, lang)})"
    head = t(lang, "no_way_cycle", earlier=length_text(earlier, lang), left=length_text(left, lang),
             cap=length_text(cap, lang), source=source)
    return [t(lang, "answer_no", answer=head), *lines]
