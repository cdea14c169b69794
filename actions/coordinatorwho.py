"""The person does not know who their coordinator is ("and who do i contact? i dont really know who my
coordinator is", "but i dont know who my coordinator is, should i just email the erasmus address?").

Round 60 (r60-d3): asked twice, it got the contact block with the e-mail summary, then the application rule.
The call names the role, not a person: the answer is whom to write to (the call's contact with an address)
to learn who that is; "Yes:" first when the message asks whether to write there."""
from __future__ import annotations

from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def coordinator_unknown(turn: Turn, changed: str | None) -> bool:
    call_id = turn.get("call")
    if not call_id or turn.is_payload or not has("coordinator_unknown", turn.text):
        return False
    from actions.verdict import role_contacts, role_in_sentence

    contacts = role_contacts(str(call_id), turn.get("role"))
    unnamed = next((c for c in contacts if not c.email and not c.name), None)
    office = next((c for c in contacts if c.email and not c.audience), None)
    if unnamed is None or office is None:
        return False
    lang = turn.lang
    key = "coordinator_unknown_yes" if is_question(turn.text) and has("email_it_question", turn.text) \
        else "coordinator_unknown"
    line = t(lang, key, role=role_in_sentence(unnamed, lang), email=office.email)
    turn.say("\n".join(x for x in (changed, line) if x))
    return True
