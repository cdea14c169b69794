"""Lengths a message names that are no length of the stay (used by actions/facts.py):
- a length said about applying, "deux mois avant le départ", "two months before", "2 maanden voor vertrek",
  "due mesi prima": the apply-by rule said back, never the stay's length (it had moved the end by 2 months);
- a rough length, "mine is about 3.5 months, fine", "environ", "ongeveer", "più o meno", said while both
  dates are known: a remark on that stay, not a new end (it had moved 30 April to 11 June);
- how long the person has lived somewhere, "I've lived in Antwerp for 2 years", "the 2 years is how long I've
  lived here", "j'habite ici depuis 2 ans", "ik woon hier al 2 jaar", "vivo qui da 2 anni": round 26 moved
  the end of a February-June stay to 31 January 2029;
- a length whose counting is asked, "Questi 4 mesi da neo-dottore contano nei 12 mesi?", "do these 4 months
  count towards the 12?": the stay asked about, never the Erasmus months already done (round 26 noted 4 months
  done while that number was asked);
- a length of the journey, "een dag onderweg heen en een dag terug", "one day to get there and one day back",
  "le trajet dure un jour", "un giorno di viaggio all'andata": round 28 moved the end of a 20-24 April
  training to 21 April ("ik kom een dag vroeger terug, op 23 april" still moves it);
- the stay's own length named as that stay, "just the 2 weeks there" with 13-24 April stored (round 36 made
  a case ending on 26 April of it);
- a length the last reply said about time ahead, echoed back, "oh wauw 8 dagen, dat is krap" after "⏳ Dat
  is over 8 dagen" (actions/echoedlength.py; round 38 made the stay 8 days long);
- a length said as a rule's limit, "poiché il periodo supera i 3 mesi", "longer than 3 months", with both
  dates known: round 60 added it to the "soli 3 mesi" of a what-if and made that case 6 months long.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from rasa_sdk import Tracker

from actions import when
from actions.echoedlength import echoed
from actions.phrases import PHRASES

ROUGH_REACH = 20  # characters before a length where "about" makes it rough
LEAD_REACH = 30  # characters after a length where "before departure" makes it a time ahead
LIVED_REACH = 40  # characters between words of living somewhere and the length they measure
SINCE_REACH = 15  # characters before a length searched for "since", "for", "depuis", "sinds", "da"
FRENCH_IN_RX = re.compile(r"^\s+en\s+(?=\w)")


TRAVEL_REACH = 30  # characters around a length where words of the journey make it the journey's


def travelling(text: str, ent: dict[str, Any]) -> bool:
    start, end = int(ent["start"]), int(ent.get("end") or ent["start"])
    return PHRASES["travel_length_after"].match(text[end:end + TRAVEL_REACH]) is not None \
        or PHRASES["travel_length_before"].search(text[max(0, start - TRAVEL_REACH):start]) is not None


def a_limit(text: str, ent: dict[str, Any]) -> bool:
    """"poiché il periodo supera i 3 mesi": a length said as the limit of a rule, not of a stay (never Erasmus
    months done: "more than 3 months of Erasmus in my master")."""
    start, end = int(ent["start"]), int(ent.get("end") or ent["start"])
    return PHRASES["limit_before_length"].search(text[max(0, start - LEAD_REACH):start]) is not None \
        and PHRASES["past_erasmus"].search(when.clause(text, start, end)) is None


def lead_time(text: str, ent: dict[str, Any]) -> bool:
    end = int(ent.get("end") or ent["start"])
    return PHRASES["lead_time_after"].match(text[end:end + LEAD_REACH]) is not None


def the_stay(tracker: Tracker, text: str, ent: dict[str, Any]) -> bool:
    """"just the 2 weeks there" with 13-24 April stored: the length of the stay already given, named as that
    stay ("the", "les", "de", "le"), is no new end (a length other than the stay's is)."""
    from actions.ownlength import same_stay

    start = int(ent["start"])
    if not PHRASES["stay_length_before"].search(text[max(0, start - ROUGH_REACH):start]):
        return False
    try:
        first, last = (dt.date.fromisoformat(str(tracker.get_slot(name))[:10])
                       for name in ("start_date", "end_date"))
    except ValueError:  # no stored date to compare with
        return False
    return same_stay(first, last, str(ent.get("value")))


def rough(text: str, ent: dict[str, Any]) -> bool:
    start = int(ent["start"])
    return PHRASES["rough_before"].search(text[max(0, start - ROUGH_REACH):start]) is not None


def lived(text: str, ent: dict[str, Any]) -> bool:
    """Whether the length is how long the person has lived somewhere: words of living in its sentence, near,
    with nothing between that starts another part ("I live in Antwerp and I'd go for 5 months": the stay)."""
    start, end = int(ent["start"]), int(ent.get("end") or ent["start"])
    left, right = when.clause_span(text, start, end)
    for match in PHRASES["lived_words"].finditer(text, left, right):
        between = text[match.end():start] if match.end() <= start else text[end:match.start()]
        # ("j'habite en Belgique depuis 3 ans": that "en" is French "in", not Dutch "and"; round 54)
        between = FRENCH_IN_RX.sub(" ", between) if match.end() <= start else between
        if len(between) <= LIVED_REACH and not PHRASES["other_part"].search(between):
            return True
    # Where one studies or works, then "since/for" the length ("I study in Belgium for 3 years", "j'étudie en
    # Belgique depuis 3 ans", "ik werk sinds 3 jaar in ...": never the stay's length (round 54).
    if not PHRASES["since_length_before"].search(text[max(0, start - SINCE_REACH):start]):
        return False
    for match in PHRASES["study_work_words"].finditer(text, left, start):
        between = FRENCH_IN_RX.sub(" ", text[match.end():start])
        if len(between) <= LIVED_REACH and not PHRASES["other_part"].search(between):
            return True
    return False


def counted(text: str, ent: dict[str, Any]) -> bool:
    """Whether the length sits in a question whether it counts, and is not said as done ("I did 4 months, do
    they count?" gives the months done)."""
    sentence = when.clause(text, int(ent["start"]), int(ent.get("end") or ent["start"]))
    return "?" in sentence and PHRASES["counts_question"].search(sentence) is not None \
        and PHRASES["past_erasmus"].search(sentence) is None


def counting_asked(text: str) -> bool:
    """Whether every length the message names is one whose counting is asked: no count of months done."""
    said = [{"start": m.start(), "end": m.end()} for m in PHRASES["length_said"].finditer(text)]
    return bool(said) and all(counted(text, e) for e in said)


def drop_length_remarks(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The lengths in `entities` that say nothing new about the stay left out (see the module's doc)."""
    both_known = bool(tracker.get_slot("start_date") and tracker.get_slot("end_date"))
    kept = []
    for ent in entities:
        if ent.get("entity") == "duration" and isinstance(ent.get("start"), int) \
                and (lead_time(text, ent) or both_known and (rough(text, ent) or the_stay(tracker, text, ent)
                                                             or echoed(tracker, text, ent)
                                                             or a_limit(text, ent))
                     or lived(text, ent)
                     or counted(text, ent) or travelling(text, ent)):
            continue
        kept.append(ent)
    return kept
