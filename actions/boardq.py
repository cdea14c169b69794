""""Attends, le Board c'est qui ? c'est le conseil scientifique dont tu parles ?", "c'est qui concrètement ce
conseil ? je dois leur écrire moi-même ou ça passe par mon directeur ?": who a body the call requires an
authorisation from is, and through whom it is asked. Only the call's words say it (its `scientific_board`
topic, with the sections): what it names the body for, what it does not say (who sits on it, how it is
asked), and whom to ask; yes or no first to "is it the one you mean?"; asked again, that in one line,
never the contact summary. Round 37 got the condition line, then the whole contact summary twice."""
from __future__ import annotations

from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

KEY = "scientific_board"


def board_asked(turn: Turn) -> bool:
    """Whether the message asks who the body is (the call has a topic on it)."""
    call_id, text = turn.get("call"), turn.text
    if not call_id or turn.is_payload or not is_question(text):
        return False
    from actions.asides import named_facts

    named = "board_authorised" in named_facts(text, asking=True) \
        or has("body_word", text) and "board_authorised" in named_facts(turn.earlier_text(), asking=True)
    # (how or through whom it is asked, alone, keeps the condition's answer: actions/conditions.py)
    if not named or not has("who_is_question", text):
        return False
    from actions.faq import topics_of

    return bool(topics_of(str(call_id), (KEY,), turn.get("role")))


def board_question(turn: Turn) -> bool:
    if not board_asked(turn):
        return False
    from actions.conditions import contacts_in_sentence
    from actions.faq import topic_texts, topics_of

    call_id, lang = str(turn.get("call")), turn.lang
    if turn.intent in ("ask_contact", "ask_deadline"):
        turn.set("goal", turn.tracker.get_slot("goal"))  # read as "whom do I write to?": the goal stays
    found = topics_of(call_id, (KEY,), turn.get("role"))
    who = contacts_in_sentence(turn)
    topic = found[0].answer(lang)
    before = [str(e.get("text") or "") for e in turn.tracker.events or [] if e.get("event") == "bot"]
    if any(topic[20:80] in said for said in before):  # (after a "Yes: " and its lower case)
        turn.say(t(lang, "board_again", who=who))  # asked again: no paragraph nor summary again
        return True
    body = topic_texts(call_id, found, lang)
    # "c'est le conseil scientifique dont tu parles ?": yes first
    last = ([s for s in turn.text.split("?") if s.strip()] or [""])[-1]
    if has("yes_no_question", last.strip() + "?") and not has("who_is_question", last):
        body = t(lang, "answer_yes", answer=body[:1].lower() + body[1:])
    turn.say("\n".join([body, t(lang, "board_who", who=who)]))
    return True
