"""A nationality asked as a condition of going ("do I need to be Belgian?", "faut être belge pour partir ?",
"ça pose pas de pb que je sois pas belge ?", "moet ik Belg zijn?", "bisogna essere italiani?", "is it only
for EU citizens?"). Round 39: both French questions got "I cannot find the answer in the call's text", though
the call says who can apply and its rules say what a nationality changes.

The answer (actions/nationalityq.py) starts with the yes or no the call's rules give, says who can apply in
the call's own words, then what a nationality does change for this plan.
"""
from __future__ import annotations

import re
from typing import Any

from actions.askabout import sourced
from actions.faq import topics_of
from actions.i18n import t
from actions.phrases import has
from bot.nlu import places
from bot.nlu.folding import WORD, fold

# Words that name a nationality without a country: "EU citizen", "citoyen européen", "EU-burger", "europei".
CITIZEN_RX = re.compile(r"(?:eu|ue|europ\w+|citizens?|citoyens?|cittadin\w+|(?:staats)?burgers?|nationals?)")


def asks_nationality_needed(question: str, lacking: bool = True) -> bool:
    """Whether `question` asks if a nationality is needed, or (`lacking`) if lacking one is a problem."""
    if "?" not in question:
        return False
    for m in WORD.finditer(fold(question)):
        named = m.group() in places.DEMONYMS or CITIZEN_RX.fullmatch(m.group())
        if named and as_condition(question, m.start(), lacking):
            return True
    return False


def as_condition(text: str, start: int, lacking: bool = True) -> bool:
    """Whether the nationality named at `start` is one asked as a condition ("need to be Belgian"), or
    (`lacking`) one lacked, asked as a problem ("I'm not Belgian, is that a problem?"; "would Lisbon be ok,
    since I'm not Portuguese?" asks about Lisbon): not the person's."""
    before = text[:start]
    return has("nationality_needed_before", before) or lacking and has("nationality_not_before", before) \
        and has("matters_question", text)


def needed_lines(call_id: str, role: str | None, lang: str, key: str = "nationality_not_needed") -> list[str]:
    """"No: the call asks no nationality" (`key`: "Yes: ..." to "can I take part?"), and who can apply in the
    call's words (its source after)."""
    lines = [t(lang, key)]
    for topic in topics_of(call_id, ("who_can_apply",), role):
        lines.append(sourced("", topic.answer(lang), call_id, topic.source, lang).strip())
    return lines


def what_counts(lang: str, lines: list[str]) -> list[str]:
    """The call's checks that read the nationality, after the line that says so."""
    return [t(lang, "nationality_what_counts"), *lines] if lines else []


def reads_applicant(call: Any, ids: set[str]) -> bool:
    """Whether a rule reading the nationality is about who may apply (not only about where one may go)."""
    return not all(r.kind.startswith("destination") for r in call.rules if r.id in ids)
