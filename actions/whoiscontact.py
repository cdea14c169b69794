""""C'est qui Charlotte Morantin ?", "what does she do?": who a contact the call names is (the call's
contacts: the office and what it is for), and, when that contact is for another role,
the person's own contacts.
Round 34 got the coordinator's name answer, then the e-mail summary."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.profile import core
from actions.turn import Turn


def who_is_contact(turn: Turn, named: list[Any]) -> bool:
    """Answered when the message asks who one contact it names by its person's name is, or what they do."""
    with_name = [c for c in named if c.name]
    if len(with_name) != 1 or not has("contact_role_asked", turn.text):
        return False
    from actions.contactq import _for, _lower
    from actions.verdict import describe_in, role_contacts

    contact, role, lang = with_name[0], turn.get("role"), turn.lang
    office = (contact.role_text or {}).get(lang) or contact.role
    details = ", ".join(b for b in (office, contact.email, contact.phone) if b)
    lines = [t(lang, "contact_who_is", name=contact.name, details=details)]
    if not _for(contact, role):
        audience = "/".join(_lower(i18n.label(lang, "roles", r)) for r in contact.audience)
        lines.append(t(lang, "contact_who_not_yours", audience=audience))
        lines += [f"• {describe_in(c, lang)}" for c in role_contacts(turn.get("call"), role)]
    turn.say("\n".join(lines))
    return True


def named_contacts(call_id: Any, text: str) -> list[Any]:
    from actions.contactq import _named

    try:
        contacts = list(core().get_call(str(call_id)).contacts)
    except Exception:  # a call file problem: the contact skill answers
        return []
    return [c for c in contacts if _named(c, text.lower())]
