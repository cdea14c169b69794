""""Must my supervisor's approval be in the application, or can it come later?", "my promotor hasn't signed
anything yet: is that a problem for applying before 18 January?": for a condition whose authorisation the
call's own application form carries (the rules core's `with_application`, Lucca: "the application form, which
includes ... the advisor's authorization ... by the deadline"), the call's answer with its section and the
person's date to apply by. Round 25 got "Yes: apply by 18 January" and then the condition said again. A
condition without it (the Scientific Board) keeps "the call does not say when" (actions/conditions.py)."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.askabout import asking, is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn
from rules_core.vocab import CONDITION_FIELDS

logger = logging.getLogger(__name__)


def in_application(turn: Turn) -> bool:
    text = turn.text
    if not turn.get("call") or not is_question(text):
        return False
    question = asking(text)
    timing = has("condition_timing", question) or has("before_or_after", question) \
        or has("with_application_question", question)
    named = _named(turn, question)
    if not timing or not named:
        return False
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception as err:  # an incomplete or invalid profile: the other answers are tried
        logger.debug("no condition timing: %s", type(err).__name__)
        return False
    conditions = {c.get("field"): c for c in decision.get("conditions") or []}
    found = next((conditions[n] for n in named if (conditions.get(n) or {}).get("with_application")), None)
    if found is None:
        return False
    lang = turn.lang
    timing_said: dict[str, Any] = found["with_application"]
    deadlines = decision.get("deadlines") or {}
    due = deadlines.get("apply_by") or deadlines.get("application_deadline")
    where = i18n.source(turn.get("call"), timing_said.get("source"), lang)
    problem = has("matters_question", question)  # "is that a problem?": no, as long as it is there by then
    key = "condition_in_application_problem" if problem else "condition_in_application"
    lines = [t(lang, key, text=timing_said.get("text"), source=t(lang, "source"), where=where,
               date=i18n.fmt_date(due, lang))]
    others = [conditions[n] for n in named if n in conditions and conditions[n] is not found
              and not conditions[n].get("with_application")]
    if others:  # "my supervisor's and the Board's, before or after?": the Board's timing is not in the call
        from actions.verdict import short_contacts
        from actions.whoasks import eche_held

        who = short_contacts(str(turn.get("call")), turn.get("role"), lang, in_sentence=True)
        lines += [eche_held(turn, c.get("field"))
                  or t(lang, "condition_when", reason=c["explanation"], who=who) for c in others]
    turn.say("\n".join(lines))
    turn.dates_told = True
    return True


def _named(turn: Turn, question: str) -> list[str]:
    """The conditions the question names, else those named before it in the message, when it points at
    one ("Mijn promotor heeft nog niets ondertekend. Is dat een probleem voor de aanvraag?", "è un
    problema?")."""
    from actions.asides import named_facts

    named = [n for n in named_facts(question, asking=True) if n in CONDITION_FIELDS]
    if named or not (has("pointing_words", question) or has("matters_question", question)):
        return named
    return [n for n in named_facts(turn.text, asking=True) if n in CONDITION_FIELDS]
