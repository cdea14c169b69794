""""I did 4 months earlier in this PhD; how many months are left? Is my IMT PhD scholarship a problem?": a
message that asks two things got one answer, the first question's (round 20: the scholarship was dropped, then
asked again). Once one question is answered, each other question of the message is asked on its own (its
sentence and the entities in it: Turn.focus); an answer already said this turn is not said twice."""
from __future__ import annotations

import re
from collections.abc import Callable

from actions.phrases import has
from actions.sentences import SENTENCE_RX
from actions.turn import Turn
from actions.unplaced import open_questions

MAX_QUESTIONS = 3  # more than this in one message: a list the person should get piece by piece


def other_questions(turn: Turn, answer: Callable[[Turn], bool], checks_too: bool = False,
                    answered: Callable[[str], bool] | None = None, alone: bool = False) -> bool:
    """Whether a question asked on its own got an answer not said before. `checks_too`: the first answer
    took an open question, so a check said back is one of the others ("it's 417 not 309, right? and who do
    I write to first, Charlotte or the mailbox?": round 45 answered the contact only). `alone`: the first
    answer took a sentence that states, not one that asks, so one open question is "the other" too ("È
    l'OMS, quindi un'organizzazione internazionale. Ma mi scusi, la Svizzera va bene?": round 63)."""
    if turn.focus is not None:
        return False
    text = turn.text
    questions = open_questions(text)
    # A check said back ("So it's around 1290 euros, right?") is no open question, but it is one the message
    # asks: with it, one open question is "the other" (round 29 answered the check and dropped the payment).
    checks = [s for s in SENTENCE_RX.split(text) if "?" in s and has("confirm_question", s)]
    if not (len(questions) >= (1 if alone else 2) or questions and checks) or len(questions) > MAX_QUESTIONS \
            or turn.others_asked:
        return False
    turn.others_asked = True  # once a turn: the answers of the others are not tried twice
    answered_first = turn.options_answered
    any_new = False
    asked = [*questions, *(c for c in checks if checks_too and c not in questions)]
    for sentence in sorted(asked, key=text.find):
        start = text.find(sentence)
        if start < 0 or answered is not None and answered(sentence):
            continue
        before = len(turn.dispatcher.messages)
        said_before = "\n".join(turn.said)
        turn.focus = (start, start + len(sentence))
        turn.question = sentence
        try:
            answer(turn)
        finally:
            turn.focus = None
            turn.question = text
        any_new = _drop_repeats(turn, before, said_before) or any_new
    turn.options_answered = answered_first
    return any_new


def answer_the_others(turn: Turn, checks_too: bool = False,
                      answered: Callable[[str], bool] | None = None) -> bool:
    """Each other question of the message after the one an answer took (a contact answer: "À qui dois-je
    écrire ? Et s'il n'y a pas d'accord, ça peut encore se faire ?", round 26), with the answers in
    context. `answered`: whether a question is the one answered already (round 56: "il 1 dicembre è una
    scadenza fissa per tutti o dipende dalla mia partenza? e scusa, ...?" said the date twice)."""
    from actions.factquestions import each_question

    return other_questions(turn, each_question, checks_too, answered)


def _drop_repeats(turn: Turn, before: int, said_before: str) -> bool:
    """The replies this question added that were said already this turn (its first answer, once more) are
    taken back; whether any new one stays."""
    added = turn.dispatcher.messages[before:]
    keep = [m for m in added if _core(str(m.get("text") or "")) not in _core(said_before)]
    del turn.dispatcher.messages[before:]
    turn.dispatcher.messages.extend(keep)
    dropped = {str(m.get("text") or "") for m in added} - {str(m.get("text") or "") for m in keep}
    turn.said = [s for s in turn.said if s not in dropped or s in said_before]
    return bool(keep)


def _core(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
