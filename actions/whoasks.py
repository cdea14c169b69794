""""Is it up to me to ask the Scientific Board?", "Est-ce à moi de saisir le Board ?", "Moet ik zelf de Raad
vragen?", "Tocca a me chiedere al Consiglio Scientifico?": who requests a condition of the plan. Only the
call's words can say that: where its application form carries the authorisation (the rules core's
`with_application`), that; where a rule asks for it but says nothing of who requests it, that the call does
not say, what it does say, and whom to ask; where the call has no such condition (ITM has no Scientific
Board: that is IMT Lucca's rule), that, and the call that has it. Round 31: Lucca answered "Yes: ... the
Scientific Board must authorise it" (whether it is needed, not who asks), ITM an unrelated grant topic."""
from __future__ import annotations

import logging
import re
from typing import Any

from actions import i18n
from actions.askabout import asking, is_question
from actions.i18n import t
from actions.phrases import has
from actions.profile import core
from actions.turn import Turn
from rules_core.vocab import CONDITION_FIELDS

logger = logging.getLogger(__name__)


def who_asks(turn: Turn) -> bool:
    call_id = turn.get("call")
    if not call_id or not is_question(turn.text):
        return False
    from actions.asides import named_facts

    # "Faut-il donc un accord entre l'IMT et la LSHTM ? Et est-ce à moi de m'en occuper ?" (round 56): the
    # question of whose task it is may come second, naming the condition of the question before it.
    questions = [s for s in re.split(r"(?<=[.!?])\s+", turn.text) if "?" in s] or [asking(turn.text)]
    question = next((s for s in questions if has("whose_task", s)), "")
    if not question:
        return False
    named = [n for n in named_facts(question, asking=True) if n in CONDITION_FIELDS]
    before = []
    if not named:
        before = [s for s in questions[:questions.index(question)]
                  if any(n in CONDITION_FIELDS for n in named_facts(s, asking=True))]
        earlier = named_facts(before[-1], asking=True) if before else []
        named = [n for n in earlier if n in CONDITION_FIELDS][:1]
    if not named:
        return False
    try:
        rules = core().get_call(str(call_id)).rules
    except Exception as err:  # a call file problem: the other answers are tried
        logger.debug("no rules for who asks: %s", type(err).__name__)
        return False
    lines = [line for name in named for line in _answer(turn, str(call_id), rules, name)]
    if before:  # whether it is needed first, as that question asks
        from actions.conditions import condition

        condition(turn)
    turn.say("\n".join(lines))
    return True


def _answer(turn: Turn, call_id: str, rules: list[Any], name: str) -> list[str]:
    from actions.conditions import contacts_in_sentence, field_label

    lang = turn.lang
    field = field_label(name, lang)
    reading = [r for r in rules if _reads(r, name)]
    carried = [r for r in reading if r.with_application]
    if carried:
        return [t(lang, "who_asks_in_form", text=_text(r.with_application.text, lang),
                  source=t(lang, "source"), where=i18n.source(call_id, r.with_application.source, lang))
                for r in carried]
    who = contacts_in_sentence(turn)
    held = reading and held_by_institutions(turn, call_id, reading, name)
    if held:
        return [held]
    if reading:
        said = _what_it_says(turn, call_id, reading, name)
        return [t(lang, "who_asks_not_said", field=field, who=who), *said]
    from actions.calls import call_ids, call_name

    others = [call_name(c, lang) for c in call_ids() if c != call_id and _has_rule(c, name)]
    lines = [t(lang, "who_asks_no_rule", field=field, call=call_name(call_id, lang))]
    if others:
        lines.append(t(lang, "who_asks_other_call", calls=", ".join(others)))
    return [*lines, t(lang, "who_asks_contact", who=who)]


def _what_it_says(turn: Turn, call_id: str, reading: list[Any], name: str) -> list[str]:
    """The condition as the call puts it for this plan (with its section), else whom the call asks it of."""
    from actions.flow import evaluate
    from actions.scope import scope_lines

    try:
        conditions = {c.get("field"): c for c in evaluate(turn).get("conditions") or []}
    except Exception:  # an incomplete or invalid profile: whom the call asks it of
        conditions = {}
    found = conditions.get(name)
    if found:
        source = i18n.source(call_id, found.get("source"), turn.lang)
        return [f"• {found.get('explanation')} ({t(turn.lang, 'source')}: {source})"]
    lines = scope_lines(call_id, reading, turn.lang, turn.get("role"))
    return [t(turn.lang, "condition_not_needed_why"), *lines]


def held_by_institutions(turn: Turn, call_id: str, reading: list[Any], name: str) -> str:
    """Round 56: "la carta ECHE la devo chiedere io??" got "the call does not say who requests an ECHE": the
    ECHE is a charter the host university holds (the call: institutions awarded an ECHE), nobody requests it
    for the student; "est-ce à moi de m'en occuper ?" of the agreement: the call has it signed between the
    institutions. Both with who can confirm it. Else ""."""
    from actions.verdict import role_contacts

    kind = {"receiving_org_has_eche": ("eche_required", "eche_held"),
            "interinstitutional_agreement": ("agreement_required", "agreement_who")}.get(name)
    rule = next((r for r in reading if kind and getattr(r, "kind", None) == kind[0]), None)
    office = next((f"{c.name} ({c.email})" if c.name else c.email
                   for c in role_contacts(call_id, turn.get("role")) if c.email), None)
    if rule is None or not office:
        return ""
    return t(turn.lang, kind[1], office=office, source=t(turn.lang, "source"),
             where=i18n.source(call_id, rule.source, turn.lang))


def eche_held(turn: Turn, name: str) -> str:
    """The host's charter: held by the host, never requested (round 56: "the call does not say when or
    through whom it is requested" of the ECHE), else ""."""
    if name != "receiving_org_has_eche":
        return ""
    call_id = str(turn.get("call"))
    return held_by_institutions(turn, call_id, reading_rules(call_id, name), name)


def reading_rules(call_id: str, name: str) -> list[Any]:
    try:
        return [r for r in core().get_call(call_id).rules if _reads(r, name)]
    except Exception:  # a call file problem: none
        return []


def _reads(rule: Any, name: str) -> bool:
    return name in (rule.fields or []) or (rule.params or {}).get("field") == name


def _has_rule(call_id: str, name: str) -> bool:
    try:
        return any(_reads(r, name) for r in core().get_call(call_id).rules)
    except Exception:  # a call file problem: not named
        return False


def _text(text: Any, lang: str) -> str:
    return str(getattr(text, lang, None) or text.en)
