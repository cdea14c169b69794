"""Intents the NLU gives to messages that ask something else, read again before anything is answered
(actions/dialogue.py): a greeting that carries a question, and a contact request read into a question about
the call's status or one's chances."""
from __future__ import annotations

import re

from actions.phrases import PHRASES, has, status_question
from actions.planasked import case_told, plan_asked
from actions.turn import Turn

SMALL_TALK = ("greet", "thank", "help", "goodbye", "bot_challenge")


def misread(turn: Turn) -> str | None:
    """The intent the message is read as instead of the NLU's, or None."""
    if turn.is_payload:
        return None
    if turn.intent == "show_checks" and has("checked_statement", turn.text) and "?" not in turn.text:
        return "inform"  # "oh and I checked, it has the ECHE": a fact, not every check again (round 36)
    if turn.intent == "show_checks" and "?" in turn.text and has("graduation_word", turn.text):
        # "I might defend this year, would that change anything?" (round 45 got every check)
        return "nlu_fallback"
    if turn.intent == "ask_contact" and status_question(turn.text) and not has("contact_question", turn.text):
        return "nlu_fallback"  # "is the traineeship call still open?": the status, not a contact
    if turn.intent == "ask_contact" and turn.get("call"):
        from actions.recap import figures_checked_back

        if figures_checked_back(turn.text):
            # "samengevat: voor 13 feb, 285 euro, vragen naar Morantin?": every point checked (round 46)
            return "nlu_fallback"
    if turn.intent == "ask_contact" and turn.get("call") and has("how_much", turn.text) \
            and (has("travel_question", turn.text) or has("grant_money", turn.text)) \
            and not has("contact_question", turn.text):
        return "ask_grant"  # "ik ga met de trein, hoeveel reisgeld krijg ik?": the amount (round 49)
    if turn.intent == "greet" and turn.get("call") and "?" in turn.text \
            and not has("greeting_words", turn.text):
        return "nlu_fallback"  # "how do I find housing?" read as a greeting: the question, no "Hello!"
    if turn.intent == "greet" and greeting_with_question(turn.text):
        # "hi, is the erasmus call still open?" got the greeting alone (round 28): the question is answered.
        return "nlu_fallback"
    if turn.intent == "ask_contact" and turn.entities and has("information_about", turn.text) \
            and not has("contact_question", turn.text) and not has("contact_choice", turn.text):
        # "sono una dottoranda dell'IMT Lucca e vorrei informazioni su un periodo Erasmus" got the contact and
        # the e-mail summary (round 55): the facts told, and the next question.
        return "inform"
    if turn.intent == "ask_contact" and not has("contact_question", turn.text) \
            and (has("cycle_max_months_question", turn.text)
                 or has("cycle_months_total_question", turn.text)):
        return "nlu_fallback"  # "is there a max number of months?": the limits, no contact (round 62)
    if turn.intent == "ask_contact" and not has("contact_question", turn.text) \
            and (has("excluded_question", turn.text) or has("still_apply_question", turn.text)):
        # "cela signifie-t-il que ma candidature serait refusée d'office ?" read as a contact request got the
        # e-mail summary again: whether a priority excludes them (actions/priorityq.py).
        return "nlu_fallback"
    from actions.applyto import where_to_apply, who_finds_host

    if turn.intent in SMALL_TALK and (where_to_apply(turn.text) or who_finds_host(turn.text)):
        return "nlu_fallback"  # "How do I apply for the Lucca Erasmus call?" read as help: how to apply
    if plan_asked(turn) or case_told(turn):
        # a plan told and asked about, read as out of scope (round 41) or as a topic (round 62)
        return "check_eligibility"
    if turn.intent in ("help", "greet", "thank", "bot_challenge", "out_of_scope"):
        from actions.fewerq import asked

        if asked(turn):
            # "Et comment je sais si j'y ai droit, moi ?" after the fewer-opportunities top-up got the
            # capabilities text (round 33): who counts, from actions/fewerq.py.
            return "nlu_fallback"
    if turn.intent in SMALL_TALK and turn.get("call") and _grant_question(turn):
        return "nlu_fallback"  # "si je ne suis pas sélectionné, j'ai l'aide au voyage ?" as help (round 37)
    from actions.countq import asks_count

    if turn.intent in ("ask_grant", "inform") and turn.get("call") and asks_count(turn.text):
        return "nlu_fallback"  # "ja maar hoeveel plekken zijn er?": how many grants, not how much (round 38)
    from actions.asideq import aside_intent

    # "ça répond pas à ma question mais bon. je dois candidater avant quelle date ?": the question's intent
    return aside_intent(turn)


def greeting_with_question(text: str) -> bool:
    """A greeting and a question ("hi, is the call still open?", "Bonjour, je peux partir au Canada ?"), not
    a greeting asking how one is ("hi, how are you?") or whether one can help."""
    if "?" not in text or not has("greeting_words", text):
        return False
    rest = PHRASES["greeting_words"].sub(" ", text)
    if has("greeting_small_talk", rest):
        return False
    return len(re.findall(r"\w+", rest)) >= 3


def _grant_question(turn: Turn) -> bool:
    """An amount without a grant, grants still left, extra money for a tight budget (actions/earlyasks.py)."""
    from actions import awardedq, lowmeans, withoutgrant

    return bool(withoutgrant.asked(turn.text)) or awardedq.asked(turn) or lowmeans.asked(turn.text)

