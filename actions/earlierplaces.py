"""A place named once the destination is given moves it only when said as the plan's. Round 29 (an IMT Lucca
PhD student going to Munich who had 6 months of Erasmus in Lyon earlier in the PhD): "do the 6 months in Lyon
count against some limit?", "should I mention the Lyon semester in the email?" and "I'll ... mention Lyon
myself. Thanks, bye." each gave "Updated: destination city: Munich → Lyon" and the grant of France's group;
"my erasmus in valencia during the masters" moved Amsterdam to Valencia.

A place that would replace the destination given is kept when the sentence changes the plan ("actually Lyon
instead", "e se andassi a Lione?"); it sets nothing when its part of the sentence ties it to an earlier stay
(a past tense, "my previous/old/past ...", "in the past", "my Erasmus in ...", the earlier months' length, a
stay whose months "count") or asks what to write in the e-mail; otherwise it is kept only when said as a
destination: on its own, after a place word ("to Lyon", "à Lyon", "naar Lyon", "a Lione"), with going words,
with "destination", in a case ("zou Lissabon ook kunnen?", "London, UK yes or no?": actions/placecase.py)
or as a correction ("Lyon, not Munich"), or alone after "then" ("Allora Barcellona, stesse date"). Used by
actions/facts.py after the clauses about the past (actions/pastclause.py)."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions import when
from actions.asides import sets_up_a_case
from actions.casevariation import only_the_case, the_real_plan
from actions.pastclause import PIECE_CUT_RX
from actions.phrases import PHRASES, has, negated_before
from actions.placeasked import changes_destination
from actions.placecase import bare_place_question, denied, place_spans
from bot.nlu.folding import fold

PLACES = ("city", "country")
SHORT_MESSAGE_WORDS = 3  # "Lyon.", "Lyon then", "Lione, allora": the place said on its own
PLACE_REACH = 15  # characters before a place searched for a place word ("naar ", "près de ")
COMPARE_REACH = 50  # characters before a place searched for a comparison ("comme initialement prévu à ")
TALK_REACH = 30  # characters before a place searched for words that talk about it ("je parlerai de ")
UNIVERSITY_REACH = 25  # characters before a place searched for a university's name ("University of ")
# A university's short name right before its city ("TU Munich", "LMU Munich", "KU Leuven", "ETH Zurich"): the
# city is where the host is (round 51: "what about TU Munich then, same dates?" lost Munich). Capitals only.
ACRONYM_BEFORE_RX = re.compile(r"(?<![\w-])[A-Z]{2,5}\s+$")
LENGTH_RX = re.compile(r"(?<![\w.,])(\d{1,2}(?:[.,]5)?)\s*-?\s*(?:months?|mois|maanden|maand|mesi|mese)\b",
                       re.I)


def drop_earlier_places(tracker: Tracker, text: str, asked: str | None, entities: list[dict[str, Any]],
                        prior: Any = None, said: list[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """The entities without the places that would move the destination given without being said as the plan's
    (`prior`: the earlier Erasmus months known, from this message or before; `said`: every entity the message
    has, a place taken back among them)."""
    if not tracker.get_slot("destination") or asked in ("destination", "destination_city"):
        return entities
    return [e for e in entities if not _not_the_plan(tracker, text, e, prior, said)]


def _not_the_plan(tracker: Tracker, text: str, ent: dict[str, Any], prior: Any,
                  said: list[dict[str, Any]]) -> bool:
    start = ent.get("start")
    if ent.get("entity") not in PLACES or ent.get("role") not in (None, "destination") \
            or not isinstance(start, int):
        return False
    end = int(ent.get("end") or start)
    if denied(text, start, end):
        return True  # "rusland?? nee, ... in nederland dus": the place read wrongly, said back (round 46)
    if only_the_case(text, start, end):
        return True  # "Dakar was just the what-if" (round 39): not the plan, even as it was stored
    if not changes_destination(tracker, ent):
        return False
    if the_real_plan(text, start, end):
        return False  # "the real plan is still Casablanca" (round 39)
    if has("comparison_place", text[max(0, start - COMPARE_REACH):start]):
        return True  # "une formation, comme prévu à Kampala": the plan compared with, no new one (round 36)
    sentence = when.clause(text, start, end)
    if any(has(name, sentence) for name in ("change_of_mind", "instead_words", "what_if")):
        return False  # "actually I'll go to Lyon instead", "what if I went to Lyon?"
    if earlier_stay(_piece(text, start), prior) or has("mention_question", sentence) \
            or has("talk_before", text[max(0, start - TALK_REACH):start]):
        return True  # ("should I mention the semester in Lyon in the email?", "je parlerai de Lyon": talk)
    if len(text.split()) <= SHORT_MESSAGE_WORDS or said_then(text, start, end):
        return False  # "Lyon.", "Allora Barcellona, stesse date.": the plan's new place
    said_as_place = has("place_before", text[max(0, start - PLACE_REACH):start]) \
        or has("university_word", text[max(0, start - UNIVERSITY_REACH):start]) \
        or ACRONYM_BEFORE_RX.search(text[max(0, start - UNIVERSITY_REACH):start]) is not None
    return not (said_as_place or has("moves_plan", sentence) or has("destination_named", sentence)
                or sets_up_a_case(sentence) or _other_taken_back(tracker, text, said, start, end)
                or bare_place_question(text, start, end, place_spans(said)))  # "London, UK yes or no?"


def said_then(text: str, start: int, end: int) -> bool:
    """"Allora Barcellona, stesse date.", "ok then Lisbon, same dates", "alors Lisbonne", "dan Lissabon",
    "Lisbon then": the place alone after (or before) words for "then" in a sentence that asks nothing, said
    as the choice after the destination was refused or to replace it (round 38 noted nothing)."""
    left, right = when.clause_span(text, start, end)
    if "?" in text[left:right]:
        return False  # "allora Barcellona va bene?": a question about the place
    return has("then_lead", text[left:start]) or has("then_after", text[end:right])


def _other_taken_back(tracker: Tracker, text: str, said: list[dict[str, Any]], start: int, end: int) -> bool:
    """"è La Valletta, non Msida", "Lyon, not Munich": another place, or the city given, taken back in the
    sentence: a correction."""
    lo, hi = when.clause_span(text, start, end)
    if any(e.get("entity") in PLACES and isinstance(e.get("start"), int) and e["start"] != start
           and lo <= e["start"] < hi and negated_before(text, e["start"]) for e in said):
        return True
    city = tracker.get_slot("destination_city")
    if not city:
        return False
    folded, name = fold(text), fold(str(city))
    found = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", folded[lo:hi])]
    return any(negated_before(text, lo + at) for at in found)


def earlier_stay(piece: str, prior: Any = None) -> bool:
    """Whether a part of a sentence speaks of an earlier stay: a past tense or words for an earlier one, a
    stay the person calls theirs (not with words of the plan now), the earlier months' length, or a stay
    whose months "count"."""
    if has("past_stay", piece) or has("earlier_stay", piece):
        return True
    now = has("present_words", piece)
    if not now and (has("past_weak", piece) or has("own_stay", piece)):
        return True
    lengths = [float(m.group(1).replace(",", ".")) for m in LENGTH_RX.finditer(piece)]
    if lengths and has("counts_question", piece):
        return True  # "do the 6 months in Lyon count against some limit?"
    return isinstance(prior, int | float) and prior > 0 and float(prior) in lengths and not now


def _piece(text: str, start: int) -> str:
    """The part of the sentence the mention is in (cut at commas, "and", "but"...: actions/pastclause.py)."""
    left, right = when.clause_span(text, start, start)
    cuts = [m for m in PIECE_CUT_RX.finditer(text, left, right)]
    lo = max([m.end() for m in cuts if m.end() <= start], default=left)
    hi = min([m.start() for m in cuts if m.start() > start], default=right)
    return text[lo:hi]


def said_of_earlier(text: str, prior: Any = None) -> bool:
    """Whether the message speaks of an earlier stay anywhere (actions/earliermonths.py)."""
    pieces = [p for p in PIECE_CUT_RX.split(text) if p and p.strip()]
    return any(earlier_stay(p, prior) for p in pieces) or bool(PHRASES["erasmus_before"].search(text)) \
        and has("past_erasmus", text)
