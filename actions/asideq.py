"""A question after words that say nothing about the call: a complaint about the last answer ("ça répond pas
trop à ma question mais bon. donc je dois candidater avant quelle date ?", "that doesn't really answer my
question but ok. so by what date must I apply?") or an acknowledgement ("oui je sais, mais combien par mois
?"). The NLU reads the whole message and may take its intent from the aside (round 31: a plan question, then
"I can't find the answer"); the question after it is what the message asks, so its intent and whether it is
an open question are read from that question alone. The aside's words are kept for everything else (a fact
said in it is still a fact)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actions.phrases import PHRASES, QUESTION_RX, has

if TYPE_CHECKING:  # (actions/eitheror.py uses this module; the turn's modules use that one)
    from actions.turn import Turn

# Where the aside's clause ends: a sign, else the "but"/"so" that leads to the question (the Italian "ma", not
# the French "ma question").
SIGN_END = re.compile(r"[.,;:!…]+\s*")
WORD_END = re.compile(r"\s+(?=(?:but|mais|maar|ma(?!\s+question)|so|donc|alors|dus|quindi|allora|anyway|"
                      r"comunque|enfin|bref)\b)", re.I)


def question_after_aside(text: str) -> str:
    """The question after a leading complaint or acknowledgement; "" when the message opens with neither, or
    nothing after it asks."""
    found = PHRASES["leading_aside"].search(text)
    if not found:
        return ""
    rest = text[found.end():]
    cut = SIGN_END.search(rest) or WORD_END.search(rest)
    if not cut:
        return ""  # "that doesn't answer when I must apply?": the aside is the question itself
    rest = rest[cut.end():]
    while True:  # "... mais bon. donc ...", "..., but ok. so ...": the fillers before the question
        filler = PHRASES["aside_filler"].match(rest)
        if not filler or not filler.group(0):
            break
        rest = rest[filler.end():]
    rest = rest.strip()
    return rest if "?" in rest or QUESTION_RX.search(rest) else ""


def without_aside(sentence: str) -> str:
    """The sentence without a leading aside ("yes I know, but how much per month?" -> "but how much per
    month?")."""
    return question_after_aside(sentence) or sentence


def aside_intent(turn: Turn) -> str | None:
    """The intent of the question after an aside, when its words say it and the NLU's does not: when to
    apply (ask_deadline) or an amount (ask_grant); None otherwise (the NLU's intent stands)."""
    if turn.is_payload or not turn.get("call"):
        return None
    question = question_after_aside(turn.text)
    if not question:
        return None
    from actions.unplaced import amount_only, when_only

    if when_only(question) and not has("verdict_question", question):
        return "ask_deadline"
    if amount_only(question):
        return "ask_grant"
    return None
