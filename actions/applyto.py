"""Where the application goes and how to apply ("who do I send the application to, my supervisor or that itg
email?", "where does the actual application go?", "How do I apply for the Lucca Erasmus call?", "à qui
j'envoie ma candidature ?", "waar stuur ik mijn aanvraag naartoe?", "a chi mando la domanda?"): the call's
own application topic (what to send, how, to whom), the person's date to apply by (or the call's deadline),
and a contact the call names to talk the plan over who is not where the application goes (ITM's students:
their departmental educational coordinator or supervisor). Round 32 got a supervisor's authorisation "not a
condition", the selection criteria, the whole contact card, or "did you mean...?" with three buttons.

Who finds the host ("Do I have to find the host company myself?", "do I need to contact someone in Vienna
first?"): neither call says; the reply says so, then what the call does say about the host (its
`host_arrangement` topic), then whom to ask. It got the how-to-apply text or the e-mail summary.

Both are asked before the contact skill (actions/dialogue.py) and early among the questions in context
(actions/incontext.py)."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.askabout import is_question
from actions.calls import call_name
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

APPLICATION = ("application_documents",)
HOST = ("host_arrangement",)


def _asking(text: str) -> list[str]:
    """The sentences that ask (each "?" sentence, else the whole message)."""
    asked = [s for s in re.split(r"(?<=[.!?])\s+", text) if "?" in s]
    return asked or [text]


def where_to_apply(text: str) -> bool:
    return is_question(text) and any(has("apply_where_question", s) and not has("form_where_question", s)
                                     for s in _asking(text))


def who_finds_host(text: str) -> bool:
    """Finding or contacting the host, asked as whose task it is or whether it comes first."""
    return is_question(text) and any(has("host_arranging", s) and has("host_arranging_who", s)
                                     for s in _asking(text))


def asks_applying(turn: Turn) -> bool:
    """Either question, about a known call: the contact skill's card is not its answer."""
    from actions.applyself import applies_self
    from actions.discussfirst import order_of_roles, talk_first

    return bool(turn.get("call")) and not turn.is_payload \
        and (where_to_apply(turn.text) or who_finds_host(turn.text) or talk_first(turn.text)
             or applies_self(turn.text) or order_of_roles(turn))


def _open(call_id: str) -> bool:
    from actions.calls import status_of

    return status_of(call_id)["status"] != "closed"


def _not_contact_goal(turn: Turn) -> None:
    """Answered here, as the contact skill would have: a `contact` goal set for this message goes."""
    if turn.get("goal") == "contact":
        before = turn.tracker.get_slot("goal")
        turn.set("goal", None if before == "contact" else before)


def apply_to_question(turn: Turn) -> bool:
    call_id = turn.get("call")
    if not call_id or turn.is_payload or not where_to_apply(turn.text) or not _open(str(call_id)):
        return False  # (an ended call: that it has ended is the answer)
    return say_application(turn)


def say_application(turn: Turn, lead: str | None = None) -> bool:
    """The call's application topic, the person's date to apply by and whom to talk the plan over with, after
    `lead` (actions/applyself.py: "yes, you apply yourself"); False when the call has no such topic."""
    from actions.applyby import personal_lines
    from actions.faq import render_topics, topics_of

    call_id, lang, role = str(turn.get("call")), turn.lang, turn.get("role")
    found = topics_of(call_id, APPLICATION, role)
    if not found:
        return False
    said = found[0].answer(lang)
    lines = [lead] if lead else []
    lines.append(render_topics(call_id, found, lang))
    if not turn.dates_told:  # (the date just confirmed, actions/saidback.py: not again)
        lines += personal_lines(turn) or _call_deadline(call_id, lang)
    lines += _person(call_id, role, said, lang) + _to_discuss(call_id, role, said, lang)
    turn.say("\n".join(lines))
    _not_contact_goal(turn)
    return True


def _call_deadline(call_id: str, lang: str) -> list[str]:
    """The call's own deadline for applications, when it has one apart from the end of the mobilities (IMT
    Lucca: 18 January 2016; ITM's topic says "two months before departure" itself)."""
    from actions.calls import status_of

    status = status_of(call_id)
    closes = status.get("closes")
    if not closes or closes == status.get("mobility_to"):
        return []
    return [t(lang, "apply_to_deadline", date=i18n.fmt_date(closes, lang))]


def _to_discuss(call_id: str, role: str | None, said: str, lang: str) -> list[str]:
    """The contacts the call names for the person that the application topic does not send it to: whom to
    talk the plan over with (ITM's students: their departmental educational coordinator or supervisor)."""
    if not role:
        return []
    from actions.verdict import describe_in, role_contacts

    others = [c for c in role_contacts(call_id, role) if not _in(c, said)]
    # Inside the sentence a role starts small ("... : votre coordinateur"); a name or "IMT ..." keeps its
    # capital.
    return [t(lang, "apply_to_discuss", who=_small(describe_in(c, lang))) for c in others[:1]]


def _person(call_id: str, role: str | None, said: str, lang: str) -> list[str]:
    """The person the call names at the address the application goes to, when the topic names only the
    office ("e a chi mando la domanda? c'è una persona di riferimento?": round 62 said the office and its
    address again, and the person had to ask a third time for "Daniela Giorgetti")."""
    from actions.verdict import role_contacts

    low = said.lower()
    there = [c for c in role_contacts(call_id, role) if c.name and c.email and c.email.lower() in low
             and c.name.lower() not in low]
    return [t(lang, "apply_to_person", who=", ".join(b for b in (c.name, c.email, c.phone) if b),
              office=(c.role_text or {}).get(lang) or c.role) for c in there[:1]]


def _small(words: str) -> str:
    return words[:1].lower() + words[1:] if words[1:2].islower() else words


def _in(contact: Any, text: str) -> bool:
    low = text.lower()
    named = contact.name and contact.name.lower() in low
    return bool(contact.email and contact.email.lower() in low or named)


def host_question(turn: Turn) -> bool:
    call_id = turn.get("call")
    if not call_id or turn.is_payload or not who_finds_host(turn.text):
        from actions.discussfirst import discuss_first

        return discuss_first(turn)  # "must I talk to my coordinator first?" (round 34)
    from actions.faq import render_topics, topics_of
    from actions.verdict import contact_lines

    call_id, lang, role = str(call_id), turn.lang, turn.get("role")
    lines = [t(lang, "host_finding_not_said", call=call_name(call_id, lang))]
    found = topics_of(call_id, HOST, role)
    if found:
        lines.append(render_topics(call_id, found, lang, intro=t(lang, "host_finding_call_says")))
    lines += contact_lines(call_id, role, lang)
    turn.say("\n".join(lines))
    _not_contact_goal(turn)
    return True
