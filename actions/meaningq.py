""""I'm not sure what you mean by ITM staff membership?", "c'est quoi ?", "wat bedoel je daarmee?", "cosa
intende?": what a question of the form means and why it matters, for the fact it
names (else the fact just asked): the question again, a short gloss where the call's own words give one, and
for a yes/no fact what each answer leads to under the call's rules (the rules core's checks with their
sources). Round 24 got "I can't find the answer to that in the call text" and the question again.
actions/incontext.py asks it before the other questions in context; the pending question follows."""
from __future__ import annotations

import logging
import re
from typing import Any

from actions import i18n
from actions.askabout import evaluate_with, is_question, sourced
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.profile import PROFILE_SLOTS, core
from actions.sentences import SENTENCE_RX
from actions.turn import Turn
from rules_core.vocab import BOOL_FIELDS

logger = logging.getLogger(__name__)

# What may follow "what do you mean" when it names nothing of its own ("... by that?", "c'est quoi, là ?").
FILLER_RX = re.compile(r"^(\W*\b(by|with|that|this|it|exactly|then|there|here|par|ça|cela|là|exactement|donc|"
                       r"alors|ici|met|dat|dit|daarmee|hiermee|precies|dan|eigenlijk|hier|con|per|questo|quello|"
                       r"ciò|esattamente|allora|quindi|qui)\b)*\W*$", re.I)
# Words for a member of staff: the staff facts, whichever the call reads for the person.
STAFF_FACTS = ("itm_staff_member", "doctoral_or_postdoc_staff")


def meaning_question(turn: Turn) -> bool:
    if not turn.get("call") or not is_question(turn.text):
        return False
    from actions.homemeaning import home_meaning_question

    if home_meaning_question(turn):  # the call's undefined "home country" (round 45), not the form's origin
        return True
    sentence = next((s for s in SENTENCE_RX.split(turn.text) if has("meaning_question", s)), None)
    if sentence is None:
        from actions.termmeaning import what_is_term

        # "what is a study cycle?": a term of the calls named right after "what is" (round 35)
        term_sentence = what_is_term(turn.text)
        # (a term with its own topic in the call has its answers elsewhere: "wat is een niet-geassocieerd
        # derde land?" with the destination's place in it)
        return bool(term_sentence) and not _topic_named(turn, term_sentence) \
            and named_term_of(turn, term_sentence)
    field = _field(turn, sentence)
    if not field:
        from actions.termmeaning import named_term, term_meaning

        return term_meaning(turn, _named(turn, sentence)) or _term(turn, sentence) \
            or named_term(turn, sentence)
    turn.say("\n".join(_explained(turn, field)))
    return True


def _topic_named(turn: Turn, sentence: str) -> bool:
    from actions.faq import named_topics, topics_of

    return any(topics_of(str(turn.get("call")), (key,), turn.get("role")) for key in named_topics(sentence))


def named_term_of(turn: Turn, sentence: str) -> bool:
    from actions.termmeaning import named_term

    return named_term(turn, sentence)


def _term(turn: Turn, sentence: str) -> bool:
    """"Cosa vuol dire esattamente 'blended'/mista?": a term of the call that names no fact of the form, but
    has its own topic in the call (round 25 got every role's durations, or "I can't find")."""
    from actions.faq import named_topics, render_topics, topics_of

    call_id = str(turn.get("call"))
    keys = named_topics(sentence)
    if has("virtual_part", sentence):
        # "cosa sarebbe esattamente la parte virtuale?": what the call says that part is, in the topic of the
        # mobility it belongs to (round 29 got "Yes: it is compulsory" to "devo fare online").
        doctoral = turn.get("activity") == "short_term_doctoral"
        keys.append("doctoral_virtual" if doctoral else "blended_mobility")
    for key in keys:
        found = topics_of(call_id, (key,), turn.get("role"))
        if found:
            turn.say(render_topics(call_id, found, turn.lang))
            return True
    return False


def _field(turn: Turn, sentence: str) -> str | None:
    """The fact the question names among those just asked or still to ask (named in "it depends on ..."),
    the one asked first; else, when it names nothing ("what do you mean by that?"), the fact just asked. A
    fact of the answer's conditions ("c'est quoi une ECHE ?") has its own answers (actions/askabout.py)."""
    asked = turn.get("asked")
    named = _named(turn, sentence)
    if asked in named:
        return str(asked)
    if named:
        from actions.flow import evaluate

        try:
            missing = set(evaluate(turn).get("missing") or [])
        except Exception:  # an incomplete or invalid profile: nothing still to ask is known
            missing = set()
        return next((f for f in named if f in missing), None)
    match = PHRASES["meaning_question"].search(sentence)
    rest = sentence[match.end():] if match else sentence
    return str(asked) if asked in PROFILE_SLOTS and asked != "call" and FILLER_RX.match(rest) else None


def _named(turn: Turn, sentence: str) -> list[str]:
    from actions.asides import named_facts

    low = sentence.lower()
    found = []
    for field in PROFILE_SLOTS:
        names = {i18n.label(lang, key, field).lower() for lang in (turn.lang, "en")
                 for key in ("fields", "condition_names")}
        if any(name != field and name in low for name in names):
            found.append(field)
    found += [f for f in named_facts(sentence, asking=True) if f not in found]
    if has("staff_member_word", sentence):
        found += [f for f in STAFF_FACTS if f not in found and _read_for(turn, f)]
    return [f for f in found if f != "call"]


def _read_for(turn: Turn, field: str) -> bool:
    """Whether a rule of the call reads `field` for the person's side, or (the PhD or postdoc staff) a
    priority for staff."""
    from actions.eligibility import relevant_reasons

    reasons = relevant_reasons(_needed(turn, field), turn.get("role"))
    return bool(reasons) or field == "doctoral_or_postdoc_staff" and turn.get("role") == "staff"


def _needed(turn: Turn, field: str) -> list[str]:
    """The call's rules that read `field`, one "<rule id>: <why> (<source>)." each (rules core)."""
    try:
        return list(core().needed_for(str(turn.get("call")), field, turn.lang))
    except Exception as err:  # an unknown field or a call file problem: none
        logger.debug("no rules for a meaning: %s", type(err).__name__)
        return []


def _explained(turn: Turn, field: str) -> list[str]:
    lang = turn.lang
    question = t(lang, f"ask_{field}")
    lines = [t(lang, "meaning_intro", question=question) if "{" not in question and question != f"ask_{field}"
             else t(lang, "meaning_intro_field", field=i18n.label(lang, "fields", field))]
    from actions.calls import fact_words

    gloss = fact_words(turn.get("call"), field, lang) or i18n.label(lang, "fact_meanings", field)
    if gloss != field:
        lines.append(gloss)
    outcomes = _outcomes(turn, field) if field in BOOL_FIELDS else []
    if outcomes:
        return [*lines, t(lang, "meaning_outcomes"), *outcomes]
    from actions.eligibility import relevant_reasons

    reasons = relevant_reasons(_needed(turn, field), turn.get("role"))
    name = i18n.label(lang, "fields", field)
    if reasons:
        return [*lines, t(lang, "why_intro", field=name), *[f"- {r}" for r in reasons]]
    return [*lines, t(lang, "why_generic", field=name[:1].upper() + name[1:])] if gloss == field else lines


def _outcomes(turn: Turn, field: str) -> list[str]:
    """For a yes/no fact: the check each answer gives under the call's rules for the person's plan."""
    ids = {reason.split(":", 1)[0] for reason in _needed(turn, field)}  # the rules that read the fact
    lines = []
    for value, key in ((True, "meaning_if_yes"), (False, "meaning_if_no")):
        check = _check(turn, field, value, ids)
        if check:
            lines.append(t(turn.lang, key, check=check))
    return lines


def _check(turn: Turn, field: str, value: bool, ids: set[str]) -> str | None:
    try:
        decision = evaluate_with(turn, **{field: value})
    except Exception:  # an incomplete or invalid profile: no outcome for this answer
        return None
    for mark, entries in (("✗", decision.get("failed")), ("✓", decision.get("passed"))):
        found: dict[str, Any] | None = next((e for e in entries or [] if e.get("rule") in ids), None)
        if found:
            return sourced(mark, found.get("explanation"), turn.get("call"), found.get("source"), turn.lang)
    return None
