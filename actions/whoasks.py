""""Is it up to me to ask the Scientific Board?", "Est-ce à moi de saisir le Board ?", "Moet ik zelf de Raad
vragen?", "Tocca a me chiedere al Consiglio Scientifico?": who requests a condition of the plan. Only the
call's words can say that: where its application form carries the authorisation (the rules core's
`with_application`), that; where a rule asks for it but says nothing of who requests it, that the call does
not say, what it does say, and whom to ask; where the call has no such condition (ITM has no Scientific
Board: that is IMT Lucca's rule), that, and the call that has it. Round 31: Lucca answered "Yes: ... the
Scientific Board must authorise it" (whether it is needed, not who asks), ITM an unrelated grant topic."""
from __future__ import annotations

import logging
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
    question = asking(turn.text)
    if not has("whose_task", question):
        return False
    from actions.asides import named_facts

    named = [n for n in named_facts(question, asking=True) if n in CONDITION_FIELDS]
    if not named:
        return False
    try:
        rules = core().get_call(str(call_id)).rules
    except Exception as err:  # a call file problem: the other answers are tried
        logger.debug("no rules for who asks: %s", type(err).__name__)
        return False
    lines = [line for name in named for line in _answer(turn, str(call_id), rules, name)]
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


def _reads(rule: Any, name: str) -> bool:
    return name in (rule.fields or []) or (rule.params or {}).get("field") == name


def _has_rule(call_id: str, name: str) -> bool:
    try:
        return any(_reads(r, name) for r in core().get_call(call_id).rules)
    except Exception:  # a call file problem: not named
        return False


def _text(text: Any, lang: str) -> str:
    return str(getattr(text, lang, None) or text.en)
