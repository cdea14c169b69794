"""Why the travel figure is that one: round 56, "but i told you i go with train, why it say 211 and not 285?"
got the 30-day month rule (the two numbers read as day counts), and the train said in it was not noted. A
why-question ("why", "pourquoi", "waarom", "perché": phrases `cause_question`) naming the person's two travel
figures, the standard one and the green one (with or without €), is about the amount: the figure shown is the
standard one because green travel was not recorded; noted in this message, the green one is now theirs; not
noted, the person is told what would make it the green one. The figures are the rules core's (with and without
green travel, actions/greencheck.travel_pair). Green travel already noted before the message is
actions/amountcause.py's answer ("the 285 instead of 211 is green travel, not the shorter stay")."""
from __future__ import annotations

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def amount_why(turn: Turn) -> bool:
    """Whether the message asked why the travel support is one of the two figures, and it was answered."""
    text = turn.text
    if not turn.get("call") or turn.is_payload or "?" not in text or not has("cause_question", text):
        return False
    if turn.tracker.get_slot("green_travel") is True:
        return False  # noted before: actions/amountcause.py
    from actions.grantq import amounts_said
    from actions.greencheck import travel_pair

    said = set(amounts_said(text))
    if not said:
        return False
    pair = travel_pair(turn)
    if pair is None:
        return False
    _, _, plain, greener, band = pair
    if not {round(plain), round(greener)} <= said:
        return False
    lang = turn.lang
    figures = {"green": i18n.fmt_eur(greener, lang), "standard": i18n.fmt_eur(plain, lang), "band": band}
    if turn.get("green_travel") is True:  # "i told you i go with train": noted now
        key = "amount_why_green_now"
    elif turn.get("green_travel") is False:
        key = "amount_why_not_green"
    else:
        key = "amount_why_green_unknown"
    turn.say(t(lang, key, **figures))
    turn.answered = True
    return True
