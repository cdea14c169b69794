""""Wat bedoel je met die voorrang, maakt mijn fwo-beurs dat ik misschien niks krijg?", "can I still get an
Erasmus grant on top of my FWO or not?", "ma bourse fait que je risque de ne rien avoir ?", "posso comunque
avere una borsa oltre alla mia?": whether one's own other funding leaves one without the Erasmus+ grant.
The call's own topic on other scholarships (scholarship_compatibility) answers it, the right way round:
"Could I get nothing?" -> "You can still get a grant: a scholarship does not exclude you, but it lowers your
priority ...", "Can I still get one?" -> "Yes: ...". Round 32 got "No: not every priority favours you" (a
"No" that read as the opposite of what followed), then "I can't find the answer in the call".

Only when the topic says the scholarship excludes no one (or is combinable): a call whose topic says
otherwise gets its other answers. A side question about the fact itself ("is it a problem if I have no other
scholarship?") gets the same topic as it stands (fact_topic, the last answer actions/incontext.py tries)."""
from __future__ import annotations

import re

from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import PHRASES, has, in_sentence
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

TOPIC = "scholarship_compatibility"
# The topic's own "Yes." opening (IMT Lucca's "Yes. The mobility funds are combinable..."): the reply says its
# own opening instead.
YES_OPENING_RX = re.compile(r"^(yes|oui|ja|sì|si)\s*[.,:;!]\s*", re.I)
# What the topic must say (its English text) for "you can still get a grant" to be its answer.
NOT_EXCLUDED_RX = re.compile(r"\b(does not|doesn't|do not|don't) exclude\b|\bcombinable\b|\bcompatible\b",
                             re.I)


def still_get_grant(turn: Turn, first: bool = False) -> bool:
    """`first`: only when the message's first question is this one (asked before its other questions, the
    others are answered after it; asked after them, it is answered in its turn, actions/incontext.py)."""
    text, call_id = turn.text, turn.get("call")
    if not call_id or not is_question(text):
        return False
    asking = [s for s in SENTENCE_RX.split(text) if is_question(s)][:1 if first else None]
    nothing = [s for s in asking if has("get_nothing_question", s) and _other_funding(turn, s)]
    still = [s for s in asking if has("still_get_grant_question", s) and _other_funding(turn, s)]
    if not nothing and not still:
        return False
    from actions.faq import topic_texts, topics_of

    found = topics_of(str(call_id), (TOPIC,), turn.get("role"))
    if not found or turn.get("role") not in (found[0].audience or [turn.get("role")]) \
            or not NOT_EXCLUDED_RX.search(found[0].answer("en")):
        return False
    lang = turn.lang
    said = in_sentence(YES_OPENING_RX.sub("", topic_texts(str(call_id), found, lang), count=1))
    turn.say(t(lang, "still_get_grant", answer=said) if nothing else t(lang, "answer_yes", answer=said))
    turn.priorities_said = True  # the topic says the priority: its note is not said again under it
    return True


def _other_funding(turn: Turn, sentence: str) -> bool:
    """Funding of the person's own named in the sentence ("my FWO grant", "mijn fwo-beurs"), or a scholarship
    they said they have with the priority named ("does that priority mean I could get nothing?")."""
    return has("own_funding", sentence) \
        or turn.get("has_scholarship") is True and has("priority_question", sentence)


# The call topic that answers a question about a fact ("is it a problem if I have no other scholarship?"),
# for facts no rule settles on its own.
FACT_TOPICS = {"has_scholarship": ("scholarship_compatibility",)}


def fact_topic(turn: Turn) -> str:
    """A side question about a fact with a topic of its own in the call: that topic, whatever the intent."""
    text = turn.text
    if "?" not in text or not turn.get("call") or turn.intent in ("check_eligibility", "ask_grant"):
        return ""
    if has("verdict_question", text) or has("how_much", text):
        return ""  # "kan ik daar een beurs voor krijgen? kom ik in aanmerking?": the grant itself, a verdict
    asking = next((s for s in SENTENCE_RX.split(text) if "?" in s), text)
    from actions.faq import render_topics, topics_of

    for name, keys in FACT_TOPICS.items():
        if PHRASES["fact_words"][name].search(asking):
            found = topics_of(str(turn.get("call")), keys, turn.get("role"))
            if found:
                turn.say(render_topics(str(turn.get("call")), found, turn.lang))
                return "resume"
    return ""
