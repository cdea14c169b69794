"""The end of the conversation. A goodbye ("ok thanks, bye", "ik mail Charlotte wel. Dag!") gets the goodbye,
whatever else the message says. Round 31: "merci, c'est tout" with a form question pending got "Avec plaisir !
Autre chose ?" and the form question again, in all four languages: the person said they are done, so a
short goodbye ends it. Without thanks, "that's all" ends it only when no question is pending ("non, c'est
tout" may answer one) and no fact is stated with it; a question ("is that all?") goes on as usual."""
from __future__ import annotations

from actions.phrases import PHRASES, has
from actions.turn import Turn

# "c'est tout" said alone: a few words, not a sentence about something else that ends with them.
SHORT_WORDS = 5


def farewell(turn: Turn) -> str | None:
    """The locale key of the goodbye to say ("goodbye", "thanks_goodbye"), or None to go on."""
    text = turn.text
    if turn.is_payload:
        return None
    if has("goodbye_end", text):
        from actions.byequestion import question_before_bye

        question_before_bye(turn)  # "and the 11 march? thanks, bye": that answered first (round 49)
        return "goodbye"
    if _next_step_thanks(turn):
        return "thank"  # the short thanks, as for thanks naming the contact (round 16)
    if "?" in text:
        return None
    thanked = has("thanks_words", text)
    bare = PHRASES["thanks_words"].sub("", text)  # "that's it, thanks!": the thanks may come last
    if not has("thats_all", bare):
        return None
    if thanked:
        # Thanks and "that is all" together end it even after a fact ("Fine, I will write 'Charité –
        # Universitätsmedizin Berlin' myself. Thank you, that is all for now.", round 55 got the status line):
        # the fact is noted above the goodbye.
        return "thanks_goodbye"
    if turn.entities:
        return None
    return "goodbye" if len(text.split()) <= SHORT_WORDS and not turn.get("asked") else None


# What an e-mail address or the call's own name gives: no fact that keeps the conversation going.
CONTACT_ENTITIES = ("institution", "call")


def _next_step_thanks(turn: Turn) -> bool:
    """"Goed, dan mail ik erasmusplusmobility@itg.be en mijn promotor. Dank u wel.": thanks with what the
    person will do next is a closing (round 45 gave the contacts and the e-mail summary again, the address
    read as a question for them). Not with a question, a request, or a fact other than the institution
    named."""
    text = turn.text
    if "?" in text or not has("thanks_words", text) or not has("next_step_said", text):
        return False
    if has("thanks_request", PHRASES["next_step_said"].sub(" ", text)):  # ("ik stuur" is no "stuur me")
        return False
    return all(e.get("entity") in CONTACT_ENTITIES for e in turn.entities)
