""""Why?" after an answer ("Oh. Why is that? I just have an Austrian passport", "ma scusa, perché?"): the
rules that rule the plan out, each with its section of the call, and for an answer with conditions why each
condition is asked of this plan (whom the call asks it of). The form hint says one can ask "why?", so a
short why-question after a verdict is about that verdict, not a topic the call text lacks."""
from __future__ import annotations

import re

from actions import i18n
from actions.askabout import sourced_entry
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.scope import rule_of, scope_text
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

# A why-question about the answer is short ("why is that?", "ma scusa, perché?"); a longer one names its own
# subject ("why must I apply two months before?").
MAX_WHY_WORDS = 5


def bare_why(turn: Turn) -> bool:
    """A short why-question naming nothing of its own: no date, country or other mention in it."""
    text, at = turn.text, 0
    for sentence in SENTENCE_RX.split(text):
        start = text.find(sentence, at)
        at = start + len(sentence)
        if "?" not in sentence or not has("why_word", sentence) or has("complaint_question", sentence):
            continue
        # Counted from the why-word: "Mi scusi, ma perché non è possibile?" is as short as "perché?" (53)
        asked_from = start + PHRASES["why_word"].search(sentence).start()
        words = re.findall(r"[^\W\d_]+", text[asked_from:at])
        named = any(start <= int(e.get("start") or -1) < at for e in turn.entities)
        if len(words) <= MAX_WHY_WORDS and not named and not re.search(r"\d", sentence):
            return True
    return False


def why_answer(turn: Turn, changed: str | None) -> bool:
    """After an answer that failed or has conditions, and still stands: the failing rules or the conditions,
    with their sources and why they apply; False otherwise (a new answer, or an eligible plan without
    conditions: all checks answer). A why about a fact as shown ("why green travel no?") is about it."""
    if why_value(turn, changed):
        return True
    told = turn.get("last_decision") or {}
    if not told or turn.get("asked") or not turn.get("call") or not bare_why(turn):
        return False
    from actions.unplaced import asks_amount

    if asks_amount(turn.text):
        return False  # ("waarom ineens engels?? ... hoeveel geld per maand?": the amount is what is asked)
    from actions.flow import evaluate
    from actions.stands import decision_key

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the usual flow answers
        return False
    failed, conditions = decision.get("failed") or [], decision.get("conditions") or []
    if not failed and not conditions or told.get("key") not in (None, decision_key(decision)):
        return False
    call_id, lang = str(decision.get("call") or turn.get("call")), turn.lang
    lines = [changed] if changed else []  # "why? I'm Belgian by the way": what was noted, then why
    if failed:
        lines += [t(lang, "why_failed_one" if len(failed) == 1 else "why_failed_many")]
        lines += [sourced_entry("✗", f, call_id, lang) for f in failed]
        if has("residence_question", turn.text) and _reads_nationality(failed):
            lines.append(t(lang, "why_residence"))  # "I live in Belgium, I just have an Austrian passport"
        from actions.whydetail import why_details

        details = why_details(turn, decision, failed)  # the sum, the rule in their terms, what would work
        from actions.shown import shown_lines

        shown = shown_lines(turn.tracker)  # "What would work" said with the refusal: not again (round 59)
        lines += [line for line in details if line.strip() not in shown]
    else:
        lines += [t(lang, "why_conditions")]
        for found in conditions:
            lines.append(sourced_entry("•", found, call_id, lang))
            rule = rule_of(call_id, found.get("rule"))
            scope = scope_text(call_id, rule.applies_to, lang, turn.get("role")) if rule is not None else ""
            if scope:
                lines.append(f"  {t(lang, 'why_condition_scope', scope=scope)}")
    turn.say("\n".join(lines), [{"title": t(lang, "button_all_checks"), "payload": "/show_checks"}])
    turn.answered = True
    return True


def _reads_nationality(failed: list[dict]) -> bool:
    """A failed rule about the nationality or origin (by its kind, from the rules core)."""
    return any(str(f.get("kind", "")).endswith(("citizenship", "origin")) for f in failed)



def why_fact(turn: Turn, field: str | None) -> bool:
    """"Ja, ik ben ook in dienst van het ITG. Waarom is dat van belang?" about the fact the form asked: the
    call's rules that need it (rules_core needed_for), or nothing more when the answer that follows fails a
    rule that reads it (that answer names the reason). False when the message asks no such thing."""
    if not field or not turn.get("call") or not has("why_matters", turn.text):
        return False
    from actions.eligibility import relevant_reasons
    from actions.flow import evaluate
    from actions.profile import core

    call_id, lang = str(turn.get("call")), turn.lang
    try:
        needed = list(core().needed_for(call_id, field, lang))
    except Exception:  # an unknown field: the question is still no topic the call text lacks
        needed = []
    try:
        failed = {str(f.get("rule") or "") for f in evaluate(turn).get("failed") or []}
    except Exception:  # an incomplete profile: no answer follows yet, the rules are said
        failed = set()
    if any(reason.split(":", 1)[0] in failed for reason in needed):
        return True  # the verdict that follows says why
    reasons = relevant_reasons(needed, turn.get("role"))
    name = i18n.label(lang, "fields", field)
    text = t(lang, "why_intro", field=name) + "\n" + "\n".join(f"- {r}" for r in reasons) if reasons \
        else t(lang, "why_generic", field=name)
    turn.say(text)
    return True


# The facts a "why did you ask my ...?" can name, each with the phrase key of its words (actions/locales/
# phrases.yaml).
ASKED_FIELDS = (("citizenship", "nationality_word"), ("prior_erasmus_months", "earlier_months_word"),
                ("receiving_org", "host_type_word"), ("receiving_org_has_eche", "eche_word"))


def why_asked(turn: Turn) -> bool:
    """"perché mi hai chiesto la cittadinanza?", "why did you ask my nationality?" once it was given and the
    answer said (round 34: "the call does not cover this" and a staff contact): the rules that use it, as
    while it was asked, with how this plan fares under them."""
    if not turn.get("call") or "?" not in turn.text or not has("why_asked_question", turn.text):
        return False
    field = next((f for f, words in ASKED_FIELDS if has(words, turn.text) and turn.get(f) is not None), None)
    if field is None:
        return False
    from actions.eligibility import relevant_reasons
    from actions.flow import evaluate
    from actions.profile import core

    call_id, lang = str(turn.get("call")), turn.lang
    try:
        needed = list(core().needed_for(call_id, field, lang))
        decision = evaluate(turn)
    except Exception:  # an unknown field or an incomplete profile: the other answers are tried
        return False
    reasons = relevant_reasons(needed, turn.get("role"))
    if not reasons:
        return False
    ids = {reason.split(":", 1)[0] for reason in needed}
    lines = [t(lang, "why_intro", field=i18n.label(lang, "fields", field)), *[f"- {r}" for r in reasons]]
    lines += [sourced_entry("✗", f, call_id, lang)
              for f in decision.get("failed") or [] if f.get("rule") in ids]
    lines += [sourced_entry("✓", p, call_id, lang)
              for p in decision.get("passed") or [] if p.get("rule") in ids]
    turn.say("\n".join(lines))
    turn.answered = True
    return True


MAX_VALUE_WHY_WORDS = 10
# The term that says what a yes/no fact means (`term_meanings`), where it has one under another name.
FACT_TERMS = {"green_travel": "travel_green", "receiving_org_has_eche": "eche",
              "virtual_component": "virtual_part"}


def why_value(turn: Turn, changed: str | None = None) -> bool:
    """"perché viaggio sostenibile no? il pullman non è sostenibile?": a why about a yes/no fact as a reply
    showed it ("viaggio sostenibile: No"), the fact's words with a yes or no. Round 39 answered it with the
    conditions of the verdict. The answer is about that fact: a case's value was for that case only, a noted
    one is what was understood (to correct if wrong), none noted is said so; then what the fact means."""
    from actions.answer import show_value
    from actions.phrases import PHRASES

    if not turn.get("call"):
        return False
    found = next(((s, f) for s in SENTENCE_RX.split(turn.text) if "?" in s and has("why_word", s)
                  for f, rx in PHRASES["fact_words"].items() if _with_value(rx, s)), None)
    if found is None:
        return False
    field, lang = found[1], turn.lang
    case = turn.tracker.get_slot("what_if_case")
    case = case if isinstance(case, dict) else {}
    own = turn.tracker.get_slot(field)
    name = i18n.label(lang, "fields", field)
    lines = [changed] if changed else []  # what the message noted first
    if case.get(field) is not None:
        lines += [t(lang, "why_value_case", fact=f"{name}: {show_value(field, case[field], lang)}")]
    elif own is not None:
        lines += [t(lang, "why_value_noted", fact=f"{name}: {show_value(field, own, lang)}")]
    else:
        lines += [t(lang, "why_value_none", field=name)]
    term = FACT_TERMS.get(field, field)
    gloss = i18n.label(lang, "term_meanings", term)
    lines += [gloss] if gloss != term else []  # ("the bus is not sustainable?": what green travel is)
    turn.say("\n".join(lines))
    turn.answered = True
    return True


def _with_value(words: re.Pattern[str], sentence: str) -> bool:
    """The fact's words in the sentence with a yes or no right after or before them."""
    from actions.phrases import PHRASES

    if len(re.findall(r"\w+", sentence)) > MAX_VALUE_WHY_WORDS:
        return False  # a longer question names its own subject ("why is the ECHE no problem for ...?")
    return any(PHRASES["value_word"].search(sentence[m.end():]) or
               PHRASES["value_word_before"].search(sentence[:m.start()]) for m in words.finditer(sentence))
