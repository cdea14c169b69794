"""Facts said about an earlier stay are not the plan's: "I did a 2-month summer school in Porto during my
master, does that count?", "j'ai fait 3 mois d'Erasmus à Lyon pendant mon master", "ho fatto", "ik heb ...
gedaan", "last year", "in 2019". Answering "how many Erasmus months before?" that way set the city, country,
host type and role of the stay planned now (and then a wrong "not eligible"). Inside such a clause no entity
sets a plan fact; a length there is the earlier Erasmus months only when the stay clearly was an Erasmus one.
Used by actions/facts.py, before the lengths are summed and the dates given their roles."""
from __future__ import annotations

import re
from typing import Any

from actions import when
from actions.phrases import PHRASES, has
from rules_core.vocab import STUDY_CYCLE

# The parts of a sentence a clause about the past can be: cut at commas, at "and"/"but" (the Dutch "en" only
# before the words that start a new clause, the French "en" being "in") and at a relative pronoun ("a PhD
# student who did Erasmus last year": the student is not in the past).
# The Italian "ma" ("but") is not the French "ma" after a preposition ("pendant ma licence").
PIECE_CUT_RX = re.compile(r"[.;:!?,\n]|\b(?:and|but|et|mais|maar|e|(?<!pendant )(?<!durant )(?<!de )(?<!à )"
                          r"(?<!dans )(?<!pour )(?<!avec )(?<!en )ma|en(?= (?:ik|nu|wil|ga|dan|daarna)\b)"
                          r"|who|which|qui|die|che|cui)\b", re.I)
SENTENCE_END = ".!?\n"
CONTRAST = {"but", "mais", "maar", "ma"}
# Characters before a degree word searched for the words that make it the time of a stay ("durante la ").
DEGREE_FRAME_REACH = 25
# What an earlier stay cannot set: the plan's own facts. The institution (the call) and a nationality stay.
PLAN_KINDS = {"role", "activity", "receiving_org", "country", "city", "start_date", "end_date", "duration"}


def past_spans(text: str, gone: int) -> list[tuple[int, int]]:
    """Where the message speaks of an earlier stay. A part of a sentence with a past tense is, or one naming a
    year before `gone`; the parts after it in the same sentence are too ("I did Erasmus in Lyon, 3 months"),
    until one speaks of the plan now ("..., now I'd like Berlin", "... who did Erasmus last year qualify for
    Portugal?": a part starts at such words too), asks something, or starts with "but"."""
    cuts = [(m.start(), m.end(), m.group(0).lower()) for m in PIECE_CUT_RX.finditer(text)]
    cuts += [(m.start(), m.start(), "") for m in PHRASES["present_words"].finditer(text)]
    spans: list[tuple[int, int]] = []
    past, start, opener = False, 0, ""
    for cut_start, cut_end, mark in [*sorted(cuts), (len(text), len(text), ".")]:
        piece = text[start:cut_start]
        # ("if i did only march to may, would i skip ...?": the case's "would" is past the comma)
        if _past(piece, gone) and not has("what_if", _sentence(text, start)):
            past = True
        elif past and (has("present_words", piece) or mark == "?" or opener in CONTRAST):
            past = False
        if past and piece.strip():
            spans.append((start, cut_start))
        if mark and mark in SENTENCE_END:
            past = False
        start, opener = cut_end, mark
    return spans

def _sentence(text: str, at: int) -> str:
    """The sentence of the text the position is in."""
    left = max(text.rfind(mark, 0, at) for mark in SENTENCE_END) + 1
    ends = [i for i in (text.find(mark, at) for mark in SENTENCE_END) if i >= 0]
    return text[left:min(ends, default=len(text)) + 1]


def _past(piece: str, gone: int) -> bool:
    if has("what_if", piece):
        return False  # "what if I did a staff training in Bologna?": a case, not the past
    if has("past_stay", piece) or has("cycle_earlier_degree_stay", piece):
        return True  # ("my master's Erasmus was 8 months": an earlier degree's stay, round 62)
    if has("past_weak", piece) and (has("erasmus_before", piece) or has("past_time", piece)):
        return True
    year = PHRASES["in_year"].search(piece)
    # "graduated in 2015" is the graduation date's business.
    return bool(year) and int(year.group("year")) < gone and not has("graduation_word", piece)


def first_year(call_id: str | None) -> int:
    """The first year a stay of this call can be in (its mobility window, else its academic years), and never
    after this year: an ended call's stay told in its own years ("in 2016") is still the plan."""
    from rules_core.dates import today

    this_year = today().year
    if not call_id:
        return this_year
    from actions.profile import core

    try:
        windows = core().get_call(call_id).windows
    except Exception:  # an unknown call: this year
        return this_year
    said = str(windows.get("mobility_start") or windows.get("academic_year") or windows.get("academic_years"))
    found = re.search(r"(19|20)\d\d", said)
    return min(this_year, int(found.group(0))) if found else this_year


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The message with its clauses about the past blanked out (offsets kept), for the plan facts read from
    the words themselves (a host named as an EU agency, a course, working at the institution)."""
    for left, right in spans:
        text = text[:left] + " " * (right - left) + text[right:]
    return text


def past_stays(text: str, asked: str | None, entities: list[dict[str, Any]], values: dict[str, Any],
               call_id: str | None, earlier_cycle: bool = False) -> tuple[list[dict[str, Any]], str, bool]:
    """The entities that still state the plan, the text without its clauses about the past, and whether the
    earlier Erasmus months were left unread on purpose (a length of a stay not clearly Erasmus: "a 2-month
    summer school ..., does that count?" keeps the question open rather than answering it with 2)."""
    spans = past_spans(text, first_year(_named_call(entities) or call_id))
    past = [e for e in entities if _inside(e, spans) and e.get("entity") in PLAN_KINDS
            and not _kept(text, e)]
    # "j'ai fait 3 mois d'Erasmus. est-ce que mes 3 mois comptent ?": the same length said again is that stay.
    lengths = {e.get("value") for e in past if e.get("entity") == "duration"}
    kept = [e for e in entities if not any(e is p for p in past)
            and not (e.get("entity") == "duration" and e.get("value") in lengths)]
    # Clearly Erasmus: named so, or the plain answer to the question; never a stay told as something else in
    # its own part of the sentence ("the Germany thing was a summer school", "was that erasmus?").
    pieces = [text[left:right] for left, right in spans]
    other = any(has("not_erasmus_stay", p) and not has("erasmus_before", p) for p in pieces) \
        or earlier_cycle
    clear = not other and (any(has("erasmus_before", p) for p in pieces)
                           or asked == "prior_erasmus_months" and "?" not in text)
    unread = bool(spans) and not clear
    durations = when.merge_durations([e for e in past if e.get("entity") == "duration"])
    if durations:
        if has("never", text):  # "3 mesi durante la magistrale, ma nel dottorato niente": none in this cycle
            values["prior_erasmus_months"] = 0.0
        elif clear:
            values["prior_erasmus_months"] = when.months(str(durations[0].get("value")))
        return kept, blank(text, spans), unread
    placed = all(isinstance(e.get("start"), int) for e in kept if e.get("entity") == "duration")
    if spans and placed and asked != "prior_erasmus_months":
        return kept, blank(text, spans), unread  # the lengths said outside such a clause are the plan's
    # Lengths that cannot be placed, or the question asked: the words of the whole message decide (and an
    # unclear earlier stay still gives no months).
    return when.past_erasmus(text, asked, kept, {} if unread else values), blank(text, spans), unread


def earlier_cycle(text: str, entities: list[dict[str, Any]], role: str | None) -> bool:
    """An Erasmus stay of an earlier degree ("3 months during my master" for a PhD student) counts for that
    study cycle, not this one: its months are no answer to the question about this cycle. Read from all the
    message's role entities, before a role said of a past study is dropped as no fact."""
    roles = [e for e in entities if e.get("entity") == "role" and isinstance(e.get("start"), int)]
    then = [e for e in roles if has("past_study", text[max(0, e["start"] - 25):e["start"]])]
    now = role or next((str(e.get("value")) for e in roles if e not in then), None)
    cycle = STUDY_CYCLE.get(str(now))
    earlier = [STUDY_CYCLE.get(str(e.get("value"))) for e in then]
    # The NLU has no role for every degree word ("durante la magistrale", "en licence"): those named as the
    # time of the stay count too (not "I have a master's and did 3 months last year").
    earlier += [STUDY_CYCLE.get(degree) for degree, rx in PHRASES["degree_words"].items()
                for found in rx.finditer(text)
                if has("degree_frame", text[max(0, found.start() - DEGREE_FRAME_REACH):found.start()])]
    earlier += [STUDY_CYCLE.get(degree) for said in PHRASES["cycle_earlier_degree_stay"].finditer(text)
                for degree, rx in PHRASES["degree_words"].items() if rx.search(said.group(0))]
    return bool(earlier) and cycle is not None and all(c is not None and c < cycle for c in earlier)


def _inside(ent: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    start = ent.get("start")
    return isinstance(start, int) and any(left <= start < right for left, right in spans)


def _named_call(entities: list[dict[str, Any]]) -> str | None:
    """The call this message names ("I'm an IMT Lucca PhD student. Was the UK eligible in 2016?")."""
    from actions.calls import pick

    for ent in entities:
        if ent.get("entity") == "call" and ent.get("value"):
            return str(ent["value"])
        if ent.get("entity") == "institution" and pick(str(ent.get("value"))):
            return pick(str(ent.get("value")))
    return None


def _kept(text: str, ent: dict[str, Any]) -> bool:
    """A nationality or origin said there ("I studied in Italy, being Italian") is still the person's, and so
    is the cycle of "during this PhD"; a date said with a graduation ("I graduated last June") is the
    graduation's."""
    if ent.get("entity") == "country" and ent.get("role") in ("citizenship", "origin"):
        return True
    start = int(ent.get("start") or 0)
    if ent.get("entity") == "role" and has("current_cycle_before", text[max(0, start - 20):start]):
        return True
    return ent.get("entity") in ("start_date", "end_date") \
        and has("graduation_word", when.clause(text, start, int(ent.get("end") or start)))

