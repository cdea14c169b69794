"""Round 36. The amount asked about for the train: "En u zegt nu weer 309 euro, maar met de trein was het toch
417?", "so by train it was 417, right?", "en train c'est 417 ?", "in treno sono 417?". Round 34 answered the
standard travel support again (309) to a person who had only asked about the train: a question about the
grant that names a green way of travelling, from someone who has not said they travel green, is answered for
green travel (the rules core's green band beside the standard one), yes or no to the amount said. Nothing is
stored: the person asked, and "I'll go by train" says it (actions/travelmode.py)."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.askabout import grants_by_travel_mode, green_only_notes
from actions.i18n import t
from actions.phrases import PHRASES
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

# The opening "Yes: " of the green answer, put as "No: " to an amount said that is not the green one.
OPENING_RX = re.compile(r"^[^:]{1,12}:\s*")


def travel_pair(turn: Turn) -> tuple[dict[str, Any], dict[str, Any], float, float, str] | None:
    """The person's grant without and with green travel, their two travel figures and the standard one's
    distance band; None when there is no travel part, none is known, or it is the same either way."""
    grants = grants_by_travel_mode(turn)
    if grants is None:
        return None
    standard, green = grants
    plain, greener = standard.get("travel_eur"), green.get("travel_eur")
    if not plain or not greener or plain == greener:
        return None
    band = next((p.get("label") for p in standard.get("breakdown") or [] if p.get("amount_eur") == plain), "")
    return standard, green, float(plain), float(greener), str(band or "")


def green_asked(text: str) -> str | None:
    """The question that names green travel or a green way of going ("met de trein", "by train"), or None."""
    return next((s for s in SENTENCE_RX.split(text) if "?" in s and _green(s)), None)


def _green(sentence: str) -> bool:
    named = PHRASES["green_mode"].search(sentence) or PHRASES["fact_words"]["green_travel"].search(sentence)
    return named is not None and not PHRASES["flying"].search(sentence)


def green_amount_check(turn: Turn) -> bool:
    """The grant follow-up asked for the train: the green travel support, "Yes" when the amount said is it,
    "No" when only another amount is said; whether it answered."""
    if not turn.get("call"):
        return False
    question = green_asked(turn.text)
    if question is None:
        return False
    from actions.grantq import amounts_said

    # Said before: the person's own grant is already the green one. Said in this message with an amount
    # checked ("I'm going by train, so it's 417 not 309, right?"), the amount is what is asked (round 45 said
    # how sure the 417 is, never that it replaces the 309).
    if turn.get("green_travel") is True \
            and (turn.tracker.get_slot("green_travel") is True or not amounts_said(question)):
        return False
    pair = travel_pair(turn)
    if pair is None:
        return False  # no travel part, none known, or the same either way: the grant answer says it
    standard, green, plain, greener, band = pair
    lang = turn.lang
    line = t(lang, "green_yes", green=i18n.fmt_eur(greener, lang), standard=i18n.fmt_eur(plain, lang),
             band=band)
    said = set(amounts_said(question))
    if said and round(greener) not in said:
        rest = OPENING_RX.sub("", line, count=1)
        line = t(lang, "answer_no", answer=rest)
    turn.say("\n".join([line, *[f"ℹ {n}" for n in green_only_notes(standard, green)]]))
    return True
