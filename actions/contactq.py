"""Questions about whom to write to that name a contact or a choice between contacts ("should I email the
office or my supervisor?", "I just email erasmusplusmobility@itg.be and ask?"): yes or no first, then the
contacts the call names for the person's role, each with what it is for (the call data's contact roles)."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.calls import status_of
from actions.i18n import t
from actions.phrases import has
from actions.profile import core
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

MIN_NAME_PART = 4  # "Charlotte", "Morantin": parts of a contact's name long enough not to be a common word


def _named(contact: Any, text: str) -> bool:
    """Whether the message names the contact: its address, or a part of its person's name."""
    if contact.email and contact.email.lower() in text:
        return True
    return _by_name(contact, text)


def _by_name(contact: Any, text: str) -> bool:
    parts = [p.lower() for p in (contact.name or "").split() if len(p) >= MIN_NAME_PART]
    return any(f" {p}" in f" {text}" for p in parts)


def _lower(label: str) -> str:
    """"Staff member" inside a sentence: "staff member" (not "PhD student": "phD")."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _for(contact: Any, role: str | None) -> bool:
    return not contact.audience or role is None or role in contact.audience


def contact_choice(turn: Turn) -> bool:
    """Answered when the message asks about writing to a named contact, or to one contact or another."""
    from actions.unnamedq import unnamed_contact
    from actions.whoiscontact import named_contacts, who_is_contact

    # "c'est qui Charlotte Morantin ? ... ou mon superviseur ?": who the named person is comes first.
    call_id = turn.get("call")
    if call_id and not turn.is_payload and who_is_contact(turn, named_contacts(call_id, turn.text)):
        return True
    if unnamed_contact(turn):  # "who is my departmental coordinator, a name?": the call names no one
        return True
    text = turn.text
    # ("when I write to Ms Giorgetti, what should I include in my e-mail?": the summary, round 49)
    if not call_id or turn.is_payload or "?" not in text or has("condition_timing", text) \
            or has("summary_again", text):
        return False  # ("devo chiederla io o la chiede il relatore?": who requests an authorisation)
    try:
        contacts = list(core().get_call(str(call_id)).contacts)
    except Exception:  # a call file problem: the contact skill answers
        return False
    named = [c for c in contacts if _named(c, text.lower())]
    # "Daniela Giorgetti si occupa anche dei dottorandi?": a person the call names, asked about without a
    # verb of writing, is the same question (round 48 got the "who can apply" topic).
    if not has("contact_verb", text) and not any(_by_name(c, text.lower()) for c in named):
        return False
    choice = has("contact_choice", text) and has("contact_words", text) and not has("permission_words", text)
    if not named and not choice:
        return False
    from actions.verdict import describe_in, role_contacts

    role, lang = turn.get("role"), turn.lang
    # Without a role every contact is listed: each one's role says whom it is for.
    mine = role_contacts(call_id, role) if role else contacts
    wrong = [c for c in named if not _for(c, role)]
    if wrong:
        audience = "/".join(_lower(i18n.label(lang, "roles", r)) for r in wrong[0].audience)
        lines = [t(lang, "contact_choice_no", contact=describe_in(wrong[0], lang), audience=audience)]
        lines += [f"• {describe_in(c, lang)}" for c in mine]
    elif len(named) == 1 and not choice:
        # An ended call's contact is the one it named then ("is Ms Giorgetti still the right person?", round
        # 49 got a plain "Yes").
        ended = status_of(str(call_id)).get("status") == "closed"
        key = "contact_choice_yes_ended" if ended else "contact_choice_yes"
        lines = [t(lang, key, contact=describe_in(named[0], lang))]
        lines += [t(lang, "contact_also", details=describe_in(c, lang)) for c in mine if c is not named[0]]
    else:
        lines = [t(lang, "contact_choice_both"), *[f"• {describe_in(c, lang)}" for c in mine]]
    turn.say("\n".join(lines))
    return True


def choice_instead(turn: Turn, changed: str | None) -> bool:
    """For the contact skill's turn: a choice between contacts answered yes or no first instead of the whole
    contact card (never for "fix the summary")."""
    if has("summary_again", turn.text) or not contact_choice(turn):
        return False
    if changed:
        turn.say(changed)
    if turn.get("goal") == "contact":
        turn.set("goal", None)  # answered, as the contact skill would have
    return True


async def contact_answer(turn: Turn, changed: str | None) -> None:
    """Whom to write to (actions/contact.py), once the institution is known; asked first otherwise."""
    from actions.contact import ActionContact
    from actions.facts import view
    from actions.flow import ask

    if not turn.get("call"):
        turn.set("goal", "contact")
        ask(turn, "call")
        return
    if changed:
        turn.say(changed)
    newer_call_first(turn)
    # The e-mail summary is about the person's own dates, not the same dates a year earlier an ended call's
    # rules were asked about (actions/later.py same_dates_earlier).
    own = {n: turn.tracker.get_slot(n) for n in ("start_date", "end_date")} \
        if turn.as_if_dates or "start_date" in turn.what_if else {}
    events = await ActionContact().reply(turn.dispatcher, view(turn.view, **own), {}, turn.lang)
    for event in events:
        if event.get("event") == "slot":
            turn.set(event["name"], event.get("value"))
    if turn.get("goal") == "contact":
        turn.set("goal", None)


def newer_call_first(turn: Turn) -> None:
    """"for 2027, is there a newer call out yet? who do I write to about the next one?": whether a newer call
    is known comes first, then whom to write to (round 39 gave only the contact and its e-mail summary)."""
    from actions.incontext import _asks

    if turn.is_payload or not _asks(turn, "next_call") or not any(
            has("next_call", s) and has("newer_call_question", s) for s in SENTENCE_RX.split(turn.text)):
        return
    from actions.later import newer_call

    call_id = str(turn.get("call"))
    newer = newer_call(call_id)
    if newer is None:
        turn.say(t(turn.lang, "next_call_unknown"))  # ("The office knows:" the contact answer after it)
        return
    from actions.calls import call_name, closes

    date = closes(newer)
    turn.say(t(turn.lang, "next_call_known", call=call_name(newer, turn.lang),
               date=i18n.fmt_date(date.isoformat(), turn.lang) if date else "?"))
