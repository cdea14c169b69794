""""C'est quoi exactement un accord interinstitutionnel ?": what a term of the call's conditions is, in the
call's own words with the source of the rule that names it, then in one line whether the call asks it of the
person's plan. Round 34 got whether it is needed (twice) and "anything else?" to "I asked what it is"."""
from __future__ import annotations

import logging

from actions import i18n
from actions.i18n import t
from actions.turn import Turn

logger = logging.getLogger(__name__)


def term_meaning(turn: Turn, fields: list[str]) -> bool:
    """The first named fact with a definition (`term_meanings`) that a rule of the call reads."""
    from rules_core.loader import compiled

    call_id = str(turn.get("call"))
    for field in fields:
        gloss = i18n.label(turn.lang, "term_meanings", field)
        try:
            rules = list(compiled(call_id).rule_fields.get(field, []))
        except Exception as err:  # an unknown call: no definition from it
            logger.debug("no rules for a term: %s", type(err).__name__)
            return False
        if gloss == field or not rules:
            continue
        source = i18n.source(call_id, _own_rule(turn, rules).source, turn.lang)
        said = f"{gloss} ({t(turn.lang, 'source')}: {source})"
        lines = [said, _for_you(turn, field, {r.id for r in rules})]
        turn.say("\n".join(lines))
        return True
    return False


def _own_rule(turn: Turn, rules: list) -> object:
    """The rule checked for the person's plan (the student's section, not the staff's: round 43), else the
    first that reads the term."""
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the first rule's section
        return rules[0]
    checked = {e.get("rule") for e in [*(decision.get("failed") or []), *(decision.get("passed") or [])]}
    return next((r for r in rules if r.id in checked), rules[0])


def _for_you(turn: Turn, field: str, ids: set[str]) -> str:
    """Whether a rule reading the term applies to the person's plan as told (passed, failed or to ask)."""
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: say what the call asks, not for whom
        return t(turn.lang, "term_for_you_unknown")
    entries = [*(decision.get("failed") or []), *(decision.get("passed") or [])]
    applies = any(e.get("rule") in ids for e in entries) or field in (decision.get("missing") or [])
    return t(turn.lang, "term_for_you" if applies else "term_not_for_you")


def named_term(turn: Turn, sentence: str) -> bool:
    """"Wat bedoelen ze met doctorerend?", "what is a study cycle?": a term of the calls (`term_words`)
    in a question of meaning, defined (`term_meanings`: its ordinary Erasmus+ meaning) with where the call's
    text uses it (the call's `chat.terms`), or said to be no word of the call's own text; then what it makes
    for the person where the call ranks by it (the PhD or postdoc staff priority). Round 35 got "I can't find
    the answer in the call" to "wat bedoelen ze met doctorerend?"."""
    from actions.calls import call_name
    from actions.phrases import PHRASES
    from rules_core.headings import REFERENCE_FILE

    term = next((k for k, rx in PHRASES["term_words"].items() if rx.search(sentence)), None)
    gloss = i18n.label(turn.lang, "term_meanings", term) if term else None
    if not term or gloss == term:
        return False
    call_id = str(turn.get("call"))
    where = _term_sources(call_id).get(term)
    lines = [f"{gloss} ({t(turn.lang, 'source')}: {i18n.source(call_id, where, turn.lang)})"
             if where else gloss]
    if not where or where.startswith(REFERENCE_FILE):
        lines.append(t(turn.lang, "term_not_in_call", call=call_name(call_id, turn.lang)))
    if term == "doctoral_staff":
        lines += _priority_for_you(turn, "doctoral_or_postdoc_staff")
    turn.say("\n".join(lines))
    return True


def what_is_term(text: str) -> str | None:
    """The sentence asking what a term of the calls is ("what is a study cycle?"), else None."""
    import re

    from actions.phrases import PHRASES, has

    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for rx in PHRASES["term_words"].values():
            found = rx.search(sentence)
            if found and has("term_what_is", sentence[:found.start()]):
                return sentence
    return None


def _term_sources(call_id: str) -> dict[str, str]:
    from actions.profile import core

    try:
        chat = core().get_call(call_id).chat
    except Exception as err:  # an unknown call: no term is placed in its text
        logger.debug("no call for a term: %s", type(err).__name__)
        return {}
    return dict(chat.terms) if chat is not None else {}


def _priority_for_you(turn: Turn, field: str) -> list[str]:
    """The call's priorities that read `field`, for the person as told: "✗ ..." with what still holds when it
    is not theirs ("geen doctoraat": no priority, still eligible), "✓ ..." when it is; nothing while unknown
    (the question is not asked again here)."""
    from actions.askabout import sourced
    from actions.priorityq import _items

    call_id = turn.get("call")
    items = [i for i in _items(turn) if field in i["reads"] and i["favoured"] is not None]
    from actions.prioritystill import still_lines

    lines = []
    for item in items:
        mark = "✓" if item["favoured"] else "✗"
        lines.append(sourced(mark, item["text"], call_id, item["source"], turn.lang))
        lines += still_lines(turn, [item])
    if lines and any(i["favoured"] is False for i in items):
        lines.insert(0, t(turn.lang, "priority_fact_lower"))
    elif lines:
        lines.insert(0, t(turn.lang, "priority_fact_higher"))
    return lines
