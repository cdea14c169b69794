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


def discuss_first(turn: Turn) -> bool:
    call_id, role = turn.get("call"), turn.get("role")
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
