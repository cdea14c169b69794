"""The parts of an amount asked for (round 53): "c'est quoi le détail ?" after "environ 3 738,00 € pour 90
jours" got the case's date of applying explained instead, and the 90-day breakdown never came. "détaille",
"what's the breakdown?", "uitsplitsing?", "il dettaglio?" about an amount (its words, or an amount in the
reply before) get the whole amount block with its lines (travel, individual support, top-up), every figure the
rules core's for the plan or the case being judged (actions/flow.py evaluate); the short form the amount
takes once shown (actions/shortamount.py) is what was asked to be opened."""
from __future__ import annotations

from actions.phrases import PHRASES, has
from actions.turn import Turn
from bot.nlu.folding import fold

AMOUNT_MARK = "💶"  # the first line of every amount the replies give (actions/locales: grant_*)


def breakdown_asked(turn: Turn) -> bool:
    """Whether the message asks for the parts of an amount it names or the reply before gave."""
    if not turn.get("call") or turn.is_payload:
        return False
    if PHRASES["amount_all_in"].search(fold(turn.text)) and (has("how_much", turn.text) or has(
            "amount_words", turn.text) or turn.intent == "ask_grant"):
        from actions.grantq import amounts_said

        # "so how much money incl flights? like what do i actually get" (round 58 said the travel alone); a
        # figure checked ("c'est 3709 € voyage inclus, oui ?") has its own answer (actions/amountparts.py)
        return not amounts_said(turn.text)
    if not PHRASES["breakdown_asked"].search(fold(turn.text)):
        return False
    if has("grant_words", turn.text) or has("amount_words", turn.text):
        return True
    from actions.laterask import previous_reply

    return any(AMOUNT_MARK in line for line in previous_reply(turn))


def breakdown_answer(turn: Turn) -> bool:
    """The whole amount block said, when asked for (False: not asked, or no amount for these facts)."""
    if not breakdown_asked(turn):
        return False
    from actions.answer import grant_lines
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an invalid or unknown profile: the other answers say what is missing
        return False
    lines = grant_lines(decision, turn.lang) if decision.get("grant") else []
    if len(lines) < 2:  # no parts to show: the amount alone was all there is
        return False
    turn.say("\n".join(lines))
    turn.answered = True
    return True
