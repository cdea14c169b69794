""""devo sentire prima il coordinatore?", "do I have to talk to my coordinator first?", "è obbligatorio
parlarci prima di mandare la domanda?" (round 34: asked twice, answered with the e-mail summary): what the
call says of that person, from its contacts (ITM: the departmental educational coordinator or supervisor,
for students "to discuss the possibilities"), that it does not make talking to them a step before applying,
and where the application itself goes (the call's application topic). A call whose rules ask for an
authorisation (IMT Lucca: the advisor's, in the form) is left to that condition's answer."""
from __future__ import annotations

from actions.askabout import is_question
from actions.calls import call_name
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

APPLICATION = ("application_documents",)


def talk_first(text: str) -> bool:
    """Talking to a person before applying, asked as whether it must come first."""
    return is_question(text) and has("talk_first_question", text) and has("talk_first_person", text)


def order_of_roles(turn: Turn) -> bool:
    """Which contact first, the contacts said by their roles ("my supervisor or that address?"): a contact
    named by its name or address ("Charlotte or the erasmus mailbox?") is actions/contactq.py's choice."""
    if not order_asked(turn.text) or not turn.get("call"):
        return False
    from actions.contactq import _named
    from actions.profile import core

    try:
        contacts = core().get_call(str(turn.get("call"))).contacts
    except Exception:  # a call file problem: the other answers are tried
        return False
    return not any(_named(c, turn.text.lower()) for c in contacts)


def order_asked(text: str) -> bool:
    """"eerst naar mijn promotor of meteen mailen naar dat adres?", "wie contacteer ik eerst?": which contact
    comes first (round 59 got the next form question, then "(Still open: ...)", twice)."""
    from actions.phrases import has

    return is_question(text) and has("contact_first_order", text) \
        and (has("contact_verb", text) or has("talk_first_person", text) or has("contact_words", text))


def discuss_first(turn: Turn) -> bool:
    call_id, role = turn.get("call"), turn.get("role")
    if call_id and not turn.is_payload and order_of_roles(turn) and contact_order(turn):
        return True
    if not call_id or not role or turn.is_payload or not talk_first(turn.text):
        return False
    from actions.applyto import _in, _small
    from actions.faq import render_topics, topics_of
    from actions.profile import core
    from actions.verdict import describe_in, role_contacts

    call_id, lang = str(call_id), turn.lang
    try:
        rules = core().get_call(call_id).rules
    except Exception:  # a call file problem: the other answers are tried
        return False
    if any(r.kind == "authorisation_required" for r in rules):
        return False  # an authorisation the call requires: its condition is the answer
    found = topics_of(call_id, APPLICATION, role)
    said = found[0].answer(lang) if found else ""
    # The contacts named for this person that the application does not go to: those to talk it over with.
    others = [c for c in role_contacts(call_id, role) if not _in(c, said)]
    if not others:
        return False
    lines = [t(lang, "talk_first_not_required", call=call_name(call_id, lang),
               who=_small(describe_in(others[0], lang)))]
    if found:
        lines.append(render_topics(call_id, found, lang, intro=t(lang, "talk_first_application")))
    turn.say("\n".join(lines))
    if turn.get("goal") == "contact":  # answered here, as the contact skill would have
        before = turn.tracker.get_slot("goal")
        turn.set("goal", None if before == "contact" else before)
    return True


def contact_order(turn: Turn) -> bool:
    """Which contact first: the one the call names for the person to talk the plan over with (ITM's students:
    their departmental educational coordinator or supervisor, "to discuss the possibilities"), then where the
    application goes (the address in the call's application topic); of an ended call, that address about a
    later call. False when the call names no such pair for the person."""
    from actions.activityroles import topic_role
    from actions.applyto import _in, _small
    from actions.calls import status_of
    from actions.faq import topics_of
    from actions.verdict import describe_in, role_contacts

    call_id, lang = str(turn.get("call")), turn.lang
    role = topic_role(turn, APPLICATION) or turn.get("role")
    if not role:
        return False
    found = topics_of(call_id, APPLICATION, role)
    said = found[0].answer(lang) if found else ""
    contacts = role_contacts(call_id, role)
    first = [c for c in contacts if not _in(c, said)]
    then = [c for c in contacts if c.email and _in(c, said)]
    if not first or not then:
        return False
    ended = status_of(call_id).get("status") == "closed"
    turn.say(t(lang, "contact_order_ended" if ended else "contact_order", call=call_name(call_id, lang),
               first=_small(describe_in(first[0], lang)), to=then[0].email))
    if turn.get("goal") == "contact":  # answered here, as the contact skill would have
        before = turn.tracker.get_slot("goal")
        turn.set("goal", None if before == "contact" else before)
    return True
