""""Who is my departmental coordinator, a name?", "qui est mon coordinateur départemental, un nom ?": a
contact the call lists by its role only. The call data says whether it names a person: if not, the answer
says so in one line, with whom to ask (the call's contact for the person's role with an address) or the
address it gives. Round 31: the whole contact card and e-mail summary came, without saying the call names no
one."""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from actions.i18n import t
from actions.phrases import has
from actions.profile import core
from actions.turn import Turn

MIN_WORD = 6  # "coordinator", "superviseur", "promotor": a role's own words, not "your", "the", "or"
MIN_INSIDE = 8  # "coordinator" inside "onderwijscoördinator", "education" inside "educational"


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", _plain(text)) if len(w) >= MIN_WORD}


def _role_words(contact: Any) -> set[str]:
    """The words of the contact's role in every language, before what it is for ("(students: ...)")."""
    texts = [contact.role, *(contact.role_text or {}).values()]
    return set().union(*(_words(text.split(" (")[0]) for text in texts))


def _score(asked: set[str], role: set[str]) -> int:
    """How many of the message's words name the role (in any of its languages: each word counts once)."""
    return sum(1 for w in asked if any(r == w or len(min(r, w, key=len)) >= MIN_INSIDE and (r in w or w in r)
                                       for r in role))


def _role_in_sentence(contact: Any, lang: str) -> str:
    """"your departmental educational coordinator or supervisor" (a proper name such as "Erasmus+" kept)."""
    role = ((contact.role_text or {}).get(lang) or contact.role).split(" (")[0]
    first = role.split(" ")[0]
    proper = not first.isalpha() or any(c.isupper() for c in first[1:])
    return role if proper else role[:1].lower() + role[1:]


def unnamed_contact(turn: Turn) -> bool:
    """Answered when the message asks the name of a contact the call names by its role only."""
    call_id, text = turn.get("call"), turn.text
    if not call_id or turn.is_payload or not has("contact_name_asked", text):
        return False
    try:
        contacts = list(core().get_call(str(call_id)).contacts)
    except Exception:  # a call file problem: the contact skill answers
        return False
    asked = _words(text)
    scored = [(_score(asked, _role_words(c)), -i, c) for i, c in enumerate(contacts)]
    best = max(scored, key=lambda s: s[:2], default=(0, 0, None))
    contact = best[2]
    if not best[0] or contact is None or contact.name:
        return False  # no contact's role named, or one the call names a person for: the contact card
    lang = turn.lang
    who = _role_in_sentence(contact, lang)
    if contact.email:
        turn.say(t(lang, "contact_unnamed_address", who=who, email=contact.email))
        return True
    from actions.contact import best_contact, describe

    ask = best_contact(str(call_id), turn.get("role"))
    if ask is None:
        return False
    turn.say(t(lang, "contact_unnamed", who=who, contact=describe(ask, lang)))
    return True
