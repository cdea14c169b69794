"""Why the travel support is the green one: round 49, "huh, reissteun 285 ipv 211 door een week korter? dat
snap ik niet" (after the stay was shortened) got a what-if for a one-week stay with an end date never said
("tot en met 15 februari"). The two travel figures said back, the standard and the green one of the person's
band, with words asking why ("dat snap ik niet", "why", "pourquoi", "perché"; phrases `cause_question`): the
difference is green travel, which the person noted, not the length of the stay; the length changes only the
funded days. The figures are the rules core's (with and without green travel)."""
from __future__ import annotations

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def amount_cause(turn: Turn) -> bool:
    """Whether the message asked why the travel support is the green figure, and it was answered."""
    if not turn.get("call") or turn.is_payload or turn.get("green_travel") is not True \
            or not has("cause_question", turn.text):
        return False
    if turn.tracker.get_slot("green_travel") is not True:
        return False  # noted in this message ("i told you i go with train, why 211?"): actions/amountwhy.py
    from actions.grantq import amounts_said
    from actions.greencheck import travel_pair

    pair = travel_pair(turn)
    if pair is None:
        return False
    _, _, plain, greener, band = pair
    if not {round(plain), round(greener)} <= set(amounts_said(turn.text)):
        return False
    lang = turn.lang
    turn.say(t(lang, "amount_cause_green", green=i18n.fmt_eur(greener, lang),
               standard=i18n.fmt_eur(plain, lang), band=band))
    turn.answered = True
    return True
