"""Whether words are a statement about the person, or words said back, said of others or asked about.

People quote the assistant and the call ("vous avez écrit que la priorité va aux étudiants de master
autofinancés"), talk about groups ("for self-funded students"), ask about a term ("what does self-funded
mean?") or leave a question open ("I'll ask whether Heidelberg has that charter"); none of that sets their
facts. A fact is theirs when said of themselves ("I'm still a PhD student", "en tant que doctorante", "je suis
suisse"). A country adjective in a name ("the Swiss TPH") is dropped by the NLU (bot/nlu/extract.py); here a
nationality that would replace the one given must be said of the person. Used by actions/facts.py (entities,
yes/no words) and actions/conditions.py (which fact a question names)."""
from __future__ import annotations

import functools
import re
from typing import Any

from rasa_sdk import Tracker

from actions import when
from actions.asides import SEGMENT_RX
from actions.phrases import PHRASES, has
from actions.wordtalk import talked_about
from rules_core.vocab import CONDITION_FIELDS

GROUP_REACH = 25  # characters between a mention and the group it belongs to ("étudiants de master")
SELF_REACH = 40  # characters before a mention searched for "I'm", "je suis", "ik ben", "sono"
SHORT_MESSAGE_WORDS = 4  # "Belgian, sorry": a bare correction needs no "I am"
CONSENT_REACH = 50  # characters from a person to the word for their consent ("... doit donner son feu vert")
SEGMENT_REACH = 200  # how far a sentence is read around a mention (a 2,000-character message costs no more)
ALTERNATIVE_RX = re.compile(r"\b(?:or|ou|of|o|oppure|ofwel|or rather)\b", re.I)
# Facts a person grants (their "accord", "approval"): the words for them are that person's consent.
GRANTED_BY_PERSON = [name for name, who in CONDITION_FIELDS.items() if who in ("supervisor", "board")]


@functools.lru_cache(maxsize=256)  # asked for every mention of every message: read each text once
def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where words said back run: from "you wrote that", "it says" to the sentence's end, a comma, a "but"."""
    spans = []
    for cue in PHRASES["quoting"].finditer(text):
        _, right = when.clause_span(text, cue.start(), cue.end())
        stop = PHRASES["quote_end"].search(text, cue.end(), right)
        spans.append((cue.start(), stop.start() if stop else right))
    return tuple(spans)


def quoted(text: str, start: int, spans: tuple[tuple[int, int], ...] | None = None) -> bool:
    return any(a <= start < b for a, b in (quoted_spans(text) if spans is None else spans))


def about_group(text: str, start: int, end: int) -> bool:
    """"aux étudiants de master", "self-funded MSc students", "masterstudenten": said of a group of people."""
    seg_left, seg_right = _segment_span(text, start, end)
    window = text[max(seg_left, start - GROUP_REACH):min(seg_right, end + GROUP_REACH)]
    return has("group_word", window)


def said_of_self(text: str, start: int) -> bool:
    """"I'm still a", "en tant que", "ik ben nog steeds", "sono ancora" right before the mention."""
    left, _ = when.clause_span(text, start, start)
    before = text[max(left, start - SELF_REACH):start]
    return has("self_before", re.split(r"[,;:]", before)[-1])  # not cut at "en": it opens "en tant que"


def open_question(text: str, start: int, end: int) -> bool:
    """"whether it has", "if it has", "si ... a", "vragen of ... heeft", "se ... ha": left open, not a yes."""
    seg_left, _ = _segment_span(text, start, end)
    return has("open_question", text[seg_left:start])


def consent_spans(text: str) -> list[tuple[int, int]]:
    """Where a person's consent is named ("l'accord de mon promoteur", "my supervisor's agreement", "son
    accord" beside "mon promoteur"): words there name that person's authorisation, not another fact."""
    spans = []
    for name in GRANTED_BY_PERSON:
        for found in PHRASES["fact_words"][name].finditer(text):
            left, right = when.clause_span(text, found.start(), found.end())
            left, right = max(left, found.start() - CONSENT_REACH), min(right, found.end() + CONSENT_REACH)
            for consent in PHRASES["consent_word"].finditer(text, left, right):
                between = text[consent.end():found.start()]
                owner = text[found.end():consent.start()]
                if PHRASES["consent_of"].fullmatch(between) or re.fullmatch(r"['’]s\s+(?:\w+\s+)?", owner) \
                        or has("consent_possessive", text[max(left, consent.start() - 12):consent.start()]):
                    spans.append((consent.start(), consent.end()))
    return spans


def first_named(name: str, text: str, consents: list[tuple[int, int]] | None = None,
                said_back: bool = False) -> re.Match[str] | None:
    """The first mention of a yes/no fact not inside someone's consent (for the other facts); said-back words
    count only when asked about (a question may be about the words quoted), never as the person's fact."""
    consents = consent_spans(text) if consents is None else consents
    spans = [] if said_back else quoted_spans(text)
    for found in PHRASES["fact_words"][name].finditer(text):
        if name not in GRANTED_BY_PERSON and any(a <= found.start() < b for a, b in consents):
            continue
        if not quoted(text, found.start(), spans):
            return found
    return None


def drop_unstated(tracker: Tracker, text: str, asked: str | None,
                  entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mentions that state nothing about the person: said back from the assistant or the call, a role or
    activity named with an earlier answer ("for the PhD one you gave me one"), the role of a group the person
    is not in, alternatives in a question ("a research institute, or must it be a
    university?"), a role inside an open question once the role is known, a nationality that would replace the
    one given without being said of the person. Of two roles, the one said of the person ("je suis toujours
    doctorante") is read last, so it wins."""
    spans = quoted_spans(text)
    alternatives = _alternatives(text, entities)
    kept, own_roles = [], []
    for ent in entities:
        start, kind = ent.get("start"), ent.get("entity")
        if not isinstance(start, int) or kind in ("institution", "call"):
            kept.append(ent)
            continue
        end = int(ent.get("end") or start)
        if quoted(text, start, spans) or id(ent) in alternatives or _denied(text, start, end) \
                or talked_about(text, start, end):  # "« Enseignement » décrivait l'institut"
            continue
        if kind in ("role", "activity") and has("earlier_answer", when.clause(text, start, end)) \
                and not said_of_self(text, start):
            continue  # "prima per il dottorato me l'avevi data": the earlier answer's role, not a new one
        if kind == "role" and tracker.get_slot("role") not in (None, ent.get("value")) \
                and about_group(text, start, end) and not said_of_self(text, start):
            continue  # a group other than the person's ("aux étudiants de master", said by a PhD student)
        if kind == "role" and tracker.get_slot("role") and not said_of_self(text, start) \
                and not has("what_if", when.clause(text, start, end)) \
                and (has("open_question", text[when.clause_span(text, start, end)[0]:start])
                     or has("embedded_question", when.clause(text, start, end))):
            continue  # "I was asking whether you can apply while still a PhD student" ("what if I apply as
            # staff?" is a case with that role: round 25 judged it as a PhD student's)
        if kind == "role" and ent.get("value") == "staff" and _others_title(text, start):
            continue  # "my professor said I could go", "I'll work with researchers there": their job
        if kind == "country" and ent.get("role") == "citizenship" \
                and not _nationality_said(tracker, text, asked, ent):
            continue
        (own_roles if kind == "role" and said_of_self(text, start) else kept).append(ent)
    if len({e.get("value") for e in kept + own_roles if e.get("entity") == "role"}) < 2:
        return [e for e in entities if any(e is k for k in kept + own_roles)]  # the order as said
    return kept + own_roles


def _nationality_said(tracker: Tracker, text: str, asked: str | None, ent: dict[str, Any]) -> bool:
    """Never someone else's ("my supervisor is Swiss"); one that replaces the nationality given must be said
    as one: asked for, said of the person ("je suis suisse"), named with nationality words, a change of mind,
    or a bare short answer ("Belgian, sorry")."""
    start = int(ent["start"])
    left, _ = _segment_span(text, start, int(ent.get("end") or start))
    if has("other_person_before", text[left:start]) and not has("nationality_word", text[left:start]):
        return False  # "my supervisor is Swiss"
    held = tracker.get_slot("citizenship") or []
    if not held or str(ent.get("value")).upper() in held or asked == "citizenship":
        return True
    sentence = when.clause(text, start, start)  # "en fait j'ai la double nationalité, franco-belge"
    # A change of mind asks nothing: "moet swiss tph eigenlijk een overeenkomst hebben?" (round 29) is none.
    changed = has("change_of_mind", sentence) and "?" not in sentence
    return said_of_self(text, start) or has("nationality_word", sentence) or changed \
        or len(text.split()) <= SHORT_MESSAGE_WORDS


def _others_title(text: str, start: int) -> bool:
    """A staff title right after someone else ("mon promoteur est professeur", "il mio docente"), in the same
    part of the sentence; never one said of the person ("je suis chargé de cours", "I work as a lecturer")."""
    left, _ = when.clause_span(text, start, start)
    before = re.split(r"[,;:]", text[max(left, start - SELF_REACH):start])[-1]
    return has("others_title_before", before) and not said_of_self(text, start) \
        and not has("job_before", before)


def works_here(text: str) -> bool:
    """Work words said of the person ("I work at ITM", "je suis enseignant"), not of someone else ("my
    lecturer said", "il mio docente")."""
    return any(not _others_title(text, m.start()) for m in PHRASES["works_at"].finditer(text))


def _denied(text: str, start: int, end: int) -> bool:
    """"je n'ai jamais dit que j'étais en master", "I never said I was a master's student": not said."""
    left, _ = when.clause_span(text, start, end)
    return has("denied_saying", text[left:start])


def _alternatives(text: str, entities: list[dict[str, Any]]) -> set[int]:
    """Mentions offered as alternatives in a question ("Telt een onderzoeksinstituut ook, of moet het een
    universiteit zijn?"): two different values of one kind joined by "or" in a sentence that asks."""
    out: set[int] = set()
    for kind in ("receiving_org", "activity", "role"):
        found = [e for e in entities if e.get("entity") == kind and isinstance(e.get("start"), int)]
        for first, second in zip(found, found[1:], strict=False):
            if first.get("value") == second.get("value"):
                continue
            a, b = int(first["start"]), int(second["start"])
            left, right = when.clause_span(text, a, a)
            if b >= right or not ALTERNATIVE_RX.search(text, int(first.get("end") or a), b):
                continue
            sentence = text[left:right]
            if "?" in sentence or has("open_question", sentence) or has("dont_know", sentence):
                out |= {id(first), id(second)}
    return out


def _segment_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence around a mention, between commas and "and"/"but" (actions.asides.segment)."""
    left, right = when.clause_span(text, start, end)
    left, right = max(left, start - SEGMENT_REACH), min(right, end + SEGMENT_REACH)
    cuts = list(SEGMENT_RX.finditer(text, left, right))
    return (max([m.end() for m in cuts if m.end() <= start], default=left),
            min([m.start() for m in cuts if m.start() >= end], default=right))


def of_group(text: str, entity: dict[str, Any]) -> bool:
    """Whether an entity names a group ("PhD students and postdocs get priority"), not the person."""
    start, end = entity.get("start"), entity.get("end")
    return isinstance(start, int) and isinstance(end, int) and about_group(text, start, end)
