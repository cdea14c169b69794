""""Should I apply early, since it is first come, first served?", "je devrais postuler tout de suite plutôt
qu'attendre le 9 janvier ?", "moet ik vroeg aanvragen?", "conviene fare domanda subito?": whether applying
early helps, from the call data, then the person's own date to apply by (actions/applyby.py). The NLU reads
these as a deadline or an application question, and they got the dates alone or the documents to send.

A call that awards its grants first come, first served (its `first_come_first_served` topic) gets "Yes" with
that rule and its source. A call that ranks what it received by a fixed deadline (IMT Lucca) gets "No" with
its selection and tie-break rules; a call that says neither gets "it does not say" and whom to ask. Asked by
actions/incontext.py before the call's status and the priorities ("are my chances better...?")."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.askabout import asking, is_question
from actions.calls import call_name
from actions.i18n import t
from actions.phrases import QUESTION_RX, has
from actions.turn import Turn

FIRST_COME = ("first_come_first_served",)
# What a call that ranks its applications does instead: how it ranks them and how it breaks ties.
RANKING = ("selection_criteria", "tie_break")
# A sentence ending in a tag asks without "?": "so better apply early right", "..., non", "..., toch".
TAG_RX = re.compile(r"\b(right|correct|yeah|no|non|hein|n['’]est-ce pas|toch|hè|niet|vero|giusto)\W*$", re.I)


def apply_early_question(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    if not call_id or not is_question(text) or not _asks_early(text):
        return False
    from actions.calls import status_of

    if status_of(str(call_id))["status"] == "closed":
        return False  # an ended call: that it has ended is the answer (actions/incontext.py)
    from actions.applyby import personal_lines
    from actions.faq import topics_of

    call_id, lang = str(call_id), turn.lang
    first_come = topics_of(call_id, FIRST_COME)
    if first_come and has("priority_named", text):
        lines = _both(turn, first_come[0])
    elif first_come and _favoured(turn):
        lines = _unsaid_order(turn, first_come[0])
    elif first_come:
        rule = first_come[0]
        lines = [t(lang, "apply_early_yes", rule=_lower_first(rule.answer(lang)),
                   source=i18n.source(call_id, rule.source, lang))]
    else:
        lines = _ranked(turn, call_id, topics_of(call_id, RANKING, turn.get("role")))
    # The latest date for the person's own departure (and whether the time they name is in time).
    lines += personal_lines(turn)
    turn.say("\n".join(lines))
    return True


def first_come_line(turn: Turn, asked: bool) -> str | None:
    """The call's first come, first served rule with its source, "Yes" first when applying early was asked
    ("et si je postule plus tôt c'est mieux ?"), else the rule alone ("... ou c'est au fil de l'eau ?");
    None for a call without that rule."""
    from actions.faq import topics_of

    call_id = str(turn.get("call"))
    first_come = topics_of(call_id, FIRST_COME)
    if not first_come:
        return None
    rule, lang = first_come[0], turn.lang
    answer = rule.answer(lang)
    return t(lang, "apply_early_yes" if asked else "apply_early_rule",
             rule=_lower_first(answer) if asked else answer, source=i18n.source(call_id, rule.source, lang))


def _asks_early(text: str) -> bool:
    """Any sentence that asks is about applying early ("..., but also priority. Which is it? Should I apply as
    early as possible?"), or the message names first come, first served and the priorities and asks which
    holds (round 24: the priorities alone, "No: not every priority favours you")."""
    # ("so 2 dec is the last day? should i send it earlier cuz of the first come first served thing": the
    # sentence after the "?" asks too, without one)
    # ("only 2 grants for uganda type countries? so better apply early right": a tag ending the sentence asks
    # too; round 54 answered the first sentence with the destination rule)
    questions = [s for s in re.split(r"(?<=[.!?])\s+", text)
                 if "?" in s or QUESTION_RX.search(s.strip()) or TAG_RX.search(s.strip())] or [asking(text)]
    if any(has("apply_early_question", q) for q in questions):
        return True
    return has("apply_early_question", text) and has("priority_named", text)


def _both(turn: Turn, rule: Any) -> list[str]:
    """First come, first served and the priorities asked together: both hold, one after the other (the
    criteria, with the priorities, decide which applications are evaluated positively; those get the grants
    in the order they came in), "yes, apply early" first, then the priorities as they stand for the person."""
    from actions.askabout import sourced
    from actions.profile import core, profile_from_tracker

    call_id, lang = str(turn.get("call")), turn.lang
    lines = [t(lang, "apply_early_both", rule=_lower_first(rule.answer(lang)),
               source=i18n.source(call_id, rule.source, lang))]
    try:
        items = core().priorities(profile_from_tracker(turn.view), lang)
    except Exception:  # an invalid profile: the rule without the priorities
        items = []
    marks = {True: "✓", False: "✗", None: "•"}
    if items:
        lines.append(t(lang, "apply_early_priorities"))
        lines += [sourced(marks[i["favoured"]], i["text"], call_id, i["source"], lang) for i in items]
    return lines


def _favoured(turn: Turn) -> list[dict[str, Any]]:
    """The call's priorities that favour the person's plan (rules_core priorities), [] when none does."""
    from actions.profile import core, profile_from_tracker

    try:
        items = core().priorities(profile_from_tracker(turn.view), turn.lang)
    except Exception:  # an incomplete or invalid profile: no priority said to favour them
        return []
    return [i for i in items if i.get("favoured") is True]


def _unsaid_order(turn: Turn, rule: Any) -> list[str]:
    """Round 59: "only 2 grants for the whole non-associated countries? so if i apply early in december im
    more likely to get one?" from a self-funded MSc student got "the earlier the better" and the destination
    rules. Both rules concern her: first come, first served and a priority that favours her, each as the call
    states it; the call does not say how they combine, and who can tell. Said whole: the grant count was
    the question's other half (turn.early_whole)."""
    from actions.askabout import sourced
    from actions.verdict import role_contacts

    call_id, lang = str(turn.get("call")), turn.lang
    lines = [t(lang, "apply_early_yes", rule=_lower_first(rule.answer(lang)),
               source=i18n.source(call_id, rule.source, lang)), t(lang, "apply_early_priorities")]
    lines += [sourced("✓", i["text"], call_id, i["source"], lang) for i in _favoured(turn)]
    who = ", ".join(dict.fromkeys(c.email for c in role_contacts(call_id, turn.get("role")) if c.email))
    lines.append(t(lang, "apply_early_order_unsaid", who=who))
    turn.early_whole = True
    return lines


def _ranked(turn: Turn, call_id: str, ranking: list[Any]) -> list[str]:
    """No first come, first served: the call's deadline and how it ranks what it received by then."""
    from actions.verdict import contact_lines

    lang = turn.lang
    name = call_name(call_id, lang)
    deadline = _application_deadline(turn)
    if not ranking or not deadline:
        return [t(lang, "apply_early_not_said", call=name), *contact_lines(call_id, turn.get("role"), lang)]
    lines = [t(lang, "apply_early_ranked", call=name, date=i18n.fmt_date(deadline, lang))]
    lines += [f"• {topic.answer(lang)} ({t(lang, 'source')}: {i18n.source(call_id, topic.source, lang)})"
              for topic in ranking]
    return lines


def _application_deadline(turn: Turn) -> str | None:
    from actions.flow import evaluate

    try:
        return (evaluate(turn).get("deadlines") or {}).get("application_deadline")
    except Exception:  # an incomplete or invalid profile: no date rather than no answer
        return None


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
