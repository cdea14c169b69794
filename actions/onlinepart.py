"""Dates and lengths said of the online part of a blended mobility ("the online sessions start mid May", "les
sessions en ligne commencent mi-mai", "het online deel begint half mei", "la parte online inizia a metà
maggio") are not the stay's: the grant counts the physical days (round 21 moved the start of 8-12 June in
Tartu to 15 May and counted 29 days). Dropped before the dates get their roles; the question about those days
is answered by actions/virtualq.py. Used by actions/facts.py.
Round 49: "yes there is an online part before, a few sessions in april" moved a stored 11 May start to
April: the sessions' clause of its own, after the online part named in the same sentence, is the online
part's too. Round 60: the deadline's date in such a message ("does the deadline stay 11 March?") is not the
stay's either."""
from __future__ import annotations

import re
from typing import Any

from actions.phrases import PHRASES

# The parts of a message one date belongs to: cut at punctuation and at the words that start another clause
# (the Dutch "en" only before a new clause: the French "en ligne" is no cut).
PIECE_CUT_RX = re.compile(r"[.;:!?,\n]|\b(?:and|but|while|whereas|et|mais|alors que|maar|terwijl|e|ma|mentre|"
                          r"en(?= (?:ik|dan|daarna|de|het|in)\b))\b", re.I)
SENTENCE_CUT_RX = re.compile(r"[.;!?\n]")
STAY_KINDS = ("start_date", "end_date", "duration")


def drop_online_dates(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities left once the dates and lengths said in a clause about the online part are set aside."""
    if not PHRASES["online_part"].search(text):
        return entities

    def before_the_stay(e: dict[str, Any]) -> bool:
        # "die volg ik in april voor het verblijf": a time before the stay is the online part's (round 27)
        end = e.get("end") if isinstance(e.get("end"), int) else e["start"]
        return PHRASES["before_the_stay"].match(text, int(end)) is not None

    def sessions(e: dict[str, Any]) -> bool:
        # "an online part before, a few sessions in april": the sessions of the online part named just before
        # (after a comma: "..., and the in-person sessions are 11-20 May" is the stay)
        piece = _piece(text, e["start"])
        lead = text[:_piece_start(text, e["start"])].rstrip()
        return PHRASES["online_sessions"].search(piece) is not None and lead.endswith(",") \
            and PHRASES["physical_part"].search(piece) is None \
            and PHRASES["online_part"].search(_sentence_before(text, e["start"])) is not None

    # "if the online part starts on 15 April, does the deadline stay 11 March?": the date to apply by named
    # beside the online part is no date of the stay either (round 60 took 11 March as a start for the case).
    return [e for e in entities if not (e.get("entity") in STAY_KINDS and isinstance(e.get("start"), int)
                                        and (PHRASES["online_part"].search(_piece(text, e["start"]))
                                             or PHRASES["deadline_words"].search(_piece(text, e["start"]))
                                             or before_the_stay(e) or sessions(e)))]


def _piece(text: str, at: int) -> str:
    """The clause around a position."""
    end = min((m.start() for m in PIECE_CUT_RX.finditer(text) if m.start() >= at), default=len(text))
    return text[_piece_start(text, at):end]


def _piece_start(text: str, at: int) -> int:
    """Where the clause around a position starts."""
    return max((m.end() for m in PIECE_CUT_RX.finditer(text) if m.end() <= at), default=0)


def _sentence_before(text: str, at: int) -> str:
    """The sentence up to a position."""
    begin = max((m.end() for m in SENTENCE_CUT_RX.finditer(text) if m.end() <= at), default=0)
    return text[begin:at]
