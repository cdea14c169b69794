"""Whether an ended call's contact still holds today ("il contatto della dott.ssa Giorgetti è ancora valido
oggi? Il bando è di dieci anni fa.", "does erasmus@imtlucca.it still work?", "who is the current contact?").
Round 60 answered "Sì: la risposta non cambia: idonea, ..." (the verdict, read from "ancora valido"), then
read "il bando è del 2015" as a 2015 stay and said "Lei non è idonea". The call cannot know: the contacts are
those it printed, they may have changed since, and the office or the institution's website is where to
check."""
from __future__ import annotations

from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

REACH = 60  # characters between the contact words and the words asking whether it still holds


def asks_still_valid(text: str, emails: list[str]) -> bool:
    """A sentence that names a contact (its words or its address) and asks whether it still holds."""
    for sentence in SENTENCE_RX.split(text):
        low = sentence.lower()
        spots = [m.start() for m in PHRASES["contact_thing"].finditer(sentence)]
        spots += [low.find(e) for e in emails if e and e in low]
        if not spots:
            continue
        for found in PHRASES["still_current"].finditer(sentence):
            if any(abs(found.start() - s) <= REACH for s in spots):
                return True
    return False


def contact_still_valid(turn: Turn, changed: str | None) -> bool:
    """The answer to whether an ended call's contact still holds; False for any other message."""
    call_id = turn.get("call")
    if not call_id or turn.is_payload or "?" not in turn.text and not has("asking_whether", turn.text):
        return False
    from actions.calls import call_name, call_short, status_of

    if status_of(str(call_id)).get("status") != "closed":
        return False
    from actions.verdict import describe_in, role_contacts

    contacts = role_contacts(str(call_id), turn.get("role"))
    if not contacts or not asks_still_valid(turn.text, [str(c.email).lower() for c in contacts if c.email]):
        return False
    lang = turn.lang
    lines = [changed] if changed else []
    # "who is the current contact?" asks for it: no "I can't confirm that" before it
    who = turn.intent == "ask_contact" or has("contact_question", turn.text)
    key = "contact_still_valid_who" if who else "contact_still_valid"
    lines.append(t(lang, key, call=call_name(str(call_id), lang), contact=describe_in(contacts[0], lang),
                   site=call_short(str(call_id), lang)))
    turn.say("\n".join(lines))
    turn.answered = True
    return True
