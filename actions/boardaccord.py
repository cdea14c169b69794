"""Round 53 (a French IMT Lucca PhD student, a traineeship at EMBL Heidelberg, 1 April - 31 July 2016): told
"the Scientific Board must authorise it", she asked "Et si je raccourcissais à 3 mois, par exemple jusqu'au 30
juin, il ne faudrait plus cet accord ?" and got "Non : ... ce point n'est pas exigé pour votre projet (un
accord interinstitutionnel)", then "Oui : dans ce cas, vous seriez éligible".

"accord", "agreement", "approval", "toestemming", "autorizzazione" alone, right after an authorisation was
discussed, is that authorisation (not an agreement between institutions); and a what-if that brings the stay
within the length beyond which the call asks it is answered for the case: with 3 months the Board's
authorisation is no longer needed, the other conditions still are."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.turn import Turn

AUTHORISATIONS = ("board_authorised", "supervisor_authorised")


def that_authorisation(turn: Turn, asking: str, named: list[str]) -> list[str]:
    """The facts a question names, with "cet accord" read as the authorisation just discussed."""
    if any(n in AUTHORISATIONS for n in named) or any(n != "interinstitutional_agreement" for n in named):
        return named
    if not has("approval_word", asking) or has("cooperation_agreement", asking) \
            or has("agreement_explicit", asking):
        return named
    just = just_discussed(turn)
    return [just] if just else named


def just_discussed(turn: Turn) -> str | None:
    """The one authorisation the person's message before, or the reply to it, named."""
    from actions.asides import named_facts

    earlier = [n for n in named_facts(turn.earlier_text(), asking=True) if n in AUTHORISATIONS]
    if len(earlier) == 1:
        return earlier[0]
    replied = [n for n in named_facts(last_reply(turn), asking=True) if n in AUTHORISATIONS]
    return replied[0] if len(replied) == 1 else None


def last_reply(turn: Turn) -> str:
    """The assistant's reply to the person's message before this one."""
    events = list(turn.tracker.events or [])
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    typed = turn.tracker.latest_message.get("typed") or turn.text
    while users and str(events[users[-1]].get("text") or "") in (typed, turn.text):
        users.pop()
    if not users:
        return ""
    after = events[users[-1] + 1:]
    end = next((i for i, e in enumerate(after) if e.get("event") == "user"), len(after))
    return "\n".join(str(e.get("text") or "") for e in after[:end] if e.get("event") == "bot")


def case_not_needed(turn: Turn, name: str, decision: dict[str, Any], days: int | None) -> str | None:
    """"With 3 months, not longer than 3 months, the Scientific Board's authorisation would no longer be
    needed; your supervisor's still would be": a what-if whose stay is within the rule's length."""
    if not turn.what_if or days is None:
        return None
    found = limit_rule(str(turn.get("call")), name, turn.get("role"))
    if found is None or days > found[1]:
        return None
    rule, over = found
    from actions.conditions import field_label, length_text

    lang, role = turn.lang, turn.get("role")
    others = [field_label(str(c["field"]), lang, role) for c in decision.get("conditions") or []
              if c.get("field") in AUTHORISATIONS and c.get("field") != name]
    key = "condition_case_not_needed" + ("" if not others else "_one" if len(others) == 1 else "_many")
    limit = length_text(over, lang).split(" (")[0]
    from actions.boardtoo import plan_confirmed

    case = t(lang, key, field=field_label(name, lang, role), length=length_text(days, lang), limit=limit,
             others=t(lang, "case_and").join(others), source=i18n.source(turn.get("call"), rule.source, lang))
    return "\n".join(filter(None, [plan_confirmed(turn, over, limit), case]))  # "È corretto?" first (r60)


def limit_rule(call_id: str, name: str, role: Any) -> tuple[Any, int] | None:
    """The call's rule asking the fact beyond a length (for the role), with that length in days."""
    from actions.profile import core
    from rules_core.loader import raw_call, resolve_param

    try:
        call = core().get_call(call_id)
    except Exception:  # a call file problem: the general answer
        return None
    for rule in call.rules:
        params = rule.params or {}
        if name not in (rule.fields or []) and params.get("field") != name or params.get("over_days") is None:
            continue
        over = resolve_param(raw_call(call_id), params["over_days"])
        roles = rule.applies_to.roles if rule.applies_to else None
        if isinstance(over, int) and (not roles or role in roles):
            return rule, over
    return None


def meant_authorisation(turn: Turn) -> bool:
    """"je parlais de l'accord du Conseil scientifique, pas d'un accord interinstitutionnel": the correction
    said back, and the authorisation's answer (round 53 went on to the amount asked next, unacknowledged):
    for what lengths the call asks it, whether a shorter stay would still need it, and whether the plan does.
    The rest of the message is answered after it."""
    text = turn.text
    if not turn.get("call") or turn.is_payload or not has("meant_or_asked", text):
        return False
    from actions.asides import named_facts
    from actions.boardtoo import meant_window, set_against

    start = next(m.end() for m in PHRASES["meant_or_asked"].finditer(text))
    meant = [n for n in named_facts(meant_window(text, start), asking=True) if n in AUTHORISATIONS]
    # (set against an agreement between institutions, or the other authorisation: "non del supervisore")
    if len(meant) != 1 or "interinstitutional_agreement" not in named_facts(text, asking=True) + \
            named_facts(last_reply(turn), asking=True) and not set_against(text, start, meant[0]):
        return False
    name, lang, role = meant[0], turn.lang, turn.get("role")
    found = limit_rule(str(turn.get("call")), name, role)
    if found is None:
        return False
    from actions.conditions import field_label, length_text, stay_days
    from actions.flow import evaluate

    rule, over = found
    try:
        conditions = [str(c["field"]) for c in evaluate(turn).get("conditions") or []]
    except Exception:  # an incomplete plan: what the call says alone
        conditions = []
    others = [field_label(c, lang, role) for c in conditions if c in AUTHORISATIONS and c != name]
    limit = length_text(over, lang).split(" (")[0]
    lines = [t(lang, "meant_authorisation", field=field_label(name, lang, role), limit=limit,
               source=i18n.source(turn.get("call"), rule.source, lang)),
             t(lang, "meant_shorter_others" if others else "meant_shorter", limit=limit,
               others=t(lang, "case_and").join(others))]
    days = stay_days(turn)
    if days is not None:
        lines.append(t(lang, "meant_plan_needs" if days > over else "meant_plan_not", days=days))
    turn.say(" ".join(lines))
    turn.meant = name  # (the agreement set against it is no question: actions/conditions.py)
    return True
