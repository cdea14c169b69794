""""Do I need a language test?", "est-ce que je dois parler français ou passer un test de langue ?", "moet ik
een taaltest doen?", "serve un certificato di lingua?": what the call says about a language requirement (its
topic `language_requirements`: no test or certificate is asked, and the host says whether it needs a level),
with its source.

Round 41: asked six times in French, the question got "I speak English, français, Nederlands and italiano.
I'll continue in English." three times (the words "langue" and "français" read as talk about the reply
language), then the durations, the host organisations and a fallback menu. Asking about a language is a
question about the call, never a reply language asked for."""
from __future__ import annotations

from actions.askabout import is_question
from actions.i18n import t
from actions.languagenames import speaking_asked
from actions.phrases import has
from actions.turn import Turn

TOPIC = "language_requirements"
SMALL_TALK = ("out_of_scope", "nlu_fallback", "help", "greet")


def language_requirement_question(turn: Turn) -> bool:
    """Whether the message asks about a language requirement; if so, the call's answer is said."""
    text = turn.text
    # ("do i need to speak swedish?": any language named, round 49)
    if turn.is_payload or not (has("language_requirement", text) or speaking_asked(text)):
        return False
    # ("je demandais si faut un test de langue": a question without its question mark)
    if not (is_question(text) or has("language_needed", text)):
        return False
    from actions.calls import call_ids
    from actions.faq import render_topics, topics_of

    call_id = turn.get("call")
    # No call yet: each call's answer under its name (they say the same, with their own contacts).
    said = False
    for one in [str(call_id)] if call_id else list(call_ids()):
        found = topics_of(one, (TOPIC,), turn.get("role"))
        if found:
            turn.say(render_topics(one, found, turn.lang))
            said = True
    return said


def language_question(turn: Turn) -> bool:
    """A language requirement asked about (the call's answer), else "which languages do you speak?" (the four,
    said in the language asked in: a message in one of them is no request for English)."""
    if language_requirement_question(turn):
        return True
    if has("languages_question", turn.text) and turn.intent in SMALL_TALK:
        turn.say(t(turn.lang, "languages_spoken"))
        return True
    return False
