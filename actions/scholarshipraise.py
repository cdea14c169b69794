"""Round 46. Which grant goes up: "qu'est-ce qui est majoré de 50 %, ma bourse de doctorat ?", "is it my PhD
scholarship that is increased by 50%?", "wordt mijn doctoraatsbeurs met 50% verhoogd?", "è la mia borsa di
dottorato ad essere aumentata del 50%?". The call's topic on scholarships ("scholarships are increased by 50%
plus the mobility grant") was said again word for word, three times, to a person asking what it meant. The
rules core's note for a scholarship holder says it plainly (IMT Lucca: "your PhD scholarship is increased by
50%, and the mobility grant comes on top"): "Yes: " and that note. A call with no such note (ITM) gets its
other answers."""
from __future__ import annotations

import re

from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.scholarshipamount import FACT, with_and_without
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

# A percentage named in the question ("50 %", "50 percent", "50 pour cent", "50 procent", "50 per cento").
# A question asking which grant ("which grant goes up?", "qu'est-ce qui est majoré ?", "welke beurs?").
WHICH_RX = re.compile(r"^\W*(\w+\W+){0,6}?(which|what|qu['’]est-ce qui|quelle|quel|lequel|laquelle|welke|wat|"
                      r"quale|quali|cosa|che cosa)\b", re.I)
# The person's own scholarship named as the candidate ("ma bourse de doctorat", "my PhD scholarship").
OWN_SCHOLARSHIP_RX = re.compile(
    r"\b(my|ma|mon|mijn|la mia|il mio)\s+(\w+\s+)?(scholarship|bourse|\w*beurs|borsa)\b", re.I)
# Two grants put side by side ("my PhD scholarship or the Erasmus grant?"): no "Yes:" can answer it.
EITHER_RX = re.compile(r"\b(or|ou|of|o|oppure)\b", re.I)
PERCENT_RX = re.compile(r"\d+\s*(%|per ?cent|percent|pour ?cent|procent|per ?cento)", re.I)


def raised_question(turn: Turn) -> bool:
    """"Is it my PhD scholarship that goes up by 50%?": "Yes: " and the call's note on a scholarship and the
    money, said for a scholarship holder; whether it answered."""
    text = turn.text
    if not turn.get("call") or not is_question(text):
        return False
    asking = [s for s in SENTENCE_RX.split(text) if is_question(s) and has("raised_words", s)
              and (PERCENT_RX.search(s) or PHRASES["fact_words"][FACT].search(s))]
    if not asking or has("confirm_question", text):
        return False  # "so it goes up 50% and I get the 1,290 euros, right?": checked back (round 36)
    which = WHICH_RX.match(asking[0].strip()) is not None
    either = EITHER_RX.search(asking[0]) is not None
    if (which or either) and not _topic_shown(turn):
        # "which grant goes up by 50%?", "my PhD scholarship or the Erasmus grant?" asked first: the call's
        # own topic says it (round 39)
        return False
    compared = with_and_without(turn)
    notes = compared[2] if compared else []
    if not notes or not any(PERCENT_RX.search(n) for n in notes):
        return False  # the call says nothing of a scholarship going up
    said = " ".join(notes)
    if len(said) > 1 and said[1].islower():  # "Oui : la bourse ...", not "Oui : La bourse ..."
        said = said[0].lower() + said[1:]
    # "Yes:" to "is it my PhD scholarship that goes up?", also to "what goes up, my PhD scholarship?"; a bare
    # "which grant goes up?" gets the note alone.
    checked = not either and (not which or OWN_SCHOLARSHIP_RX.search(asking[0]) is not None)
    turn.say(t(turn.lang, "answer_yes", answer=said) if checked else said[0].upper() + said[1:])
    return True


def _topic_shown(turn: Turn) -> bool:
    """Whether the call's topic on scholarships was said in this conversation already."""
    from actions.faq import topics_of
    from actions.scholarshipq import TOPIC, YES_OPENING_RX
    from actions.shown import shown_lines

    found = topics_of(str(turn.get("call")), (TOPIC,), turn.get("role"))
    if not found:
        return False
    core = YES_OPENING_RX.sub("", found[0].answer(turn.lang), count=1)[:50]
    return any(core in line for line in shown_lines(turn.tracker))
