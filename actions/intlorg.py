""""It's the WHO, so an international organisation? none of those really fit", "so... is the WHO ok or not?
yes/no": a kind of host the call names in none of its lists. Round 37 gave the whole receiving-organisation
paragraph (staff, studies and traineeships) without a yes or no, then two fallbacks in one reply.

The answer is the call's rules on the host for the person's own role and activity (the rules core's): "No"
where they admit only some kinds (a study period: a higher education institution); where they admit any
organisation and exclude some (a traineeship: EU institutions and bodies, organisations managing EU
programmes), that the call neither names nor excludes international organisations, the ones it excludes with
their source, and who confirms whether the host qualifies."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import asking, is_question
from actions.i18n import t
from actions.phrases import has
from actions.profile import core
from actions.turn import Turn

# A kind of host that an international organisation may be counted as (an intergovernmental body is public).
PUBLIC = "public_body"


def international_org_question(turn: Turn) -> bool:
    call_id, text = turn.get("call"), turn.text
    if not call_id or not has("international_org", text) or not is_question(text):
        return False
    role, activity = turn.get("role"), turn.get("activity")
    if not role or not activity:
        return False  # whose host it is not known yet: the call's topic on hosts answers
    try:
        rules = [r for r in core().get_call(str(call_id)).rules if _applies(r, str(role), str(activity))]
    except Exception:  # a call file problem: the other answers are tried
        return False
    from actions.asides import named_facts
    from actions.hosttypeq import HOST_FACTS

    if HOST_FACTS & set(named_facts(asking(text), asking=True)):
        return False  # "faut qu'il y ait un accord entre l'IMT et l'OMS avant ?": the agreement (round 55)
    if _ruled_out(turn):
        return False  # "a traineeship at the WHO in Geneva?": not eligible (Switzerland) first (round 53)
    allowed = [r for r in rules if r.kind == "receiving_org_allowed"]
    excluded = [r for r in rules if r.kind == "receiving_org_excluded"]
    lang = turn.lang
    what = i18n.label(lang, "activities", activity).lower()
    limited = next((r for r in allowed if PUBLIC not in r.params.get("types", [])), None)
    if limited is not None:
        orgs = ", ".join(_org(lang, o) for o in limited.params.get("types", []))
        turn.say(t(lang, "intl_org_no", activity=what, orgs=orgs, source=_where(call_id, limited, lang)))
        turn.answered = True
        return True
    from actions.verdict import contact_lines

    if excluded:
        kinds = ", ".join(_org(lang, o) for r in excluded for o in r.params.get("types", []))
        head = t(lang, "intl_org_not_excluded", activity=what, excluded=kinds,
                 source=_where(call_id, excluded[0], lang))
    else:
        head = t(lang, "intl_org_not_named", activity=what)
    turn.say("\n".join([head, *contact_lines(str(call_id), str(role), lang, "intl_org_confirm")]))
    turn.answered = True
    _asked_besides(turn)
    return True


def _asked_besides(turn: Turn) -> None:
    """"È l'OMS, quindi un'organizzazione internazionale. Ma mi scusi, la Svizzera va bene?": the kind of host
    was stated, the question asks something else; it gets its own answer (round 63 answered the host only)."""
    from actions.factquestions import each_question
    from actions.twoquestions import other_questions
    from actions.unplaced import open_questions

    if any(has("international_org", q) for q in open_questions(turn.text)):
        return  # the international organisation is what is asked
    other_questions(turn, each_question, answered=lambda s: has("international_org", s), alone=True)


def _ruled_out(turn: Turn) -> bool:
    """Whether the plan is not eligible for another reason than its host: that verdict is the answer, the
    host's kind does not matter then (round 53 said the host was not excluded, gave whom to confirm it with,
    and only then "not eligible": Switzerland)."""
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete plan: the host's answer
        return False
    return decision.get("verdict") == "not_eligible"


def _applies(rule: Any, role: str, activity: str) -> bool:
    scope = rule.applies_to
    if scope is None:
        return True
    ours = (not scope.roles or role in scope.roles) and (not scope.activities or activity in scope.activities)
    return ours and not scope.receiving_orgs  # (a rule for some kinds of host only, the ECHE, is no list)


def _org(lang: str, value: str) -> str:
    """A kind of host in the rules core's words ("EU institution or body")."""
    from rules_core.messages import catalogue

    return str(catalogue(lang).get("labels", {}).get("org", {}).get(value, value))


def _where(call_id: Any, rule: Any, lang: str) -> str:
    return f"{t(lang, 'source')}: {i18n.source(call_id, rule.source, lang)}"
