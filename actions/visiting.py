"""A visiting or exchange student at the institution is not one of its own students (round 32: "I'm a
visiting student at ITM Antwerp from Ghana, can I do an Erasmus traineeship?" got the role question with
nothing said of it, and "I'm a visiting PhD student at ITM" was read as an ITM PhD student). The ITM call's
student mobility is for its MSc students and ITM-registered PhD students ("Who can apply?", seed 000), so
a role named inside those words is left out (`drop_visiting_roles`, used by actions/turn.py) and the role
question comes after a line that says so, with the call's own "who can apply" text and its source
(`visiting_line`, used by actions/notyet.py)."""
from __future__ import annotations

from typing import Any

from actions.phrases import PHRASES, negated_before
from actions.stated import said_of_self


def visiting_spans(text: str) -> list[tuple[int, int]]:
    """Where the person calls themself a visiting or exchange student ("I'm an exchange student", "je suis
    étudiante en échange", "ik ben uitwisselingsstudent", "sono uno studente in visita"); not a group asked
    about ("can exchange students apply?")."""
    return [(m.start(), m.end()) for m in PHRASES["visiting_student"].finditer(text)
            if said_of_self(text, m.start()) and not negated_before(text, m.start())]


def drop_visiting_roles(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities without a role named inside "a visiting PhD student": not the institution's own."""
    spans = visiting_spans(text)
    if not spans:
        return entities
    return [e for e in entities if not (e.get("entity") == "role" and isinstance(e.get("start"), int)
                                        and any(a <= int(e["start"]) < b for a, b in spans))]


def visiting_line(call_id: str | None, text: str, lang: str) -> str | None:
    """What a visiting student is told before the role question: not one of the institution's students, and
    who can apply under the call (its `who_can_apply` topic, with its source)."""
    if not call_id or not visiting_spans(text):
        return None
    from actions.calls import call_short
    from actions.faq import topic_texts, topics_of
    from actions.i18n import t

    line = t(lang, "visiting_student", institution=call_short(call_id, lang))
    try:
        who = topic_texts(call_id, topics_of(call_id, ("who_can_apply",)), lang)
    except Exception:  # a call file problem: the line without the call's words
        who = ""
    return f"{line}\n{who}" if who else line
