"""Where the person works or lives is no destination, and working for another organisation than the call's
institution is no staff status there (round 32: "I work for the WHO in Geneva, can I do a staff training
through ITM?" stored Geneva as the destination and answered "No: Switzerland is not an eligible
destination"; "Je travaille à Médecins Sans Frontières à Bruxelles" stored MSF as the host and Belgium as the
destination).

After words said of oneself that name a workplace ("I work for", "I'm a doctor at", "je travaille à", "ik ben
arts bij", "lavoro all'") or a home ("I live in", "I'm based in", "je suis basée à", "ik woon in", "abito a"),
what follows up to the next part of the sentence (a comma, "and", "can I", "to", a plan word, an activity) is
that workplace: the places and the organisation type named there are left out of the message's facts
(`drop_workplaces`, used by actions/turn.py so every reader of the entities sees the same mention). An
organisation named there that is not the call's institution ("the WHO", "a hospital", "une autre université")
makes the person staff of another organisation (`other_employer`, used by actions/facts.py): role staff, and
`itm_staff_member` false for a call whose rules read it. Working at the institution itself ("I work at ITM",
"je travaille à l'IMT", "ik werk op het ITG") or in a part of it ("in the parasitology department") says
nothing of another employer."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rasa_sdk import Tracker

from actions.phrases import PHRASES, has, negated_before
from bot.nlu.places import find_places, fold

# characters after the words that the workplace may run to ("for the WHO Regional Office in Geneva")
REACH = 70
BEFORE_REACH = 25  # characters before them searched for "can I", "if", "si", "als", "se"
PLACES = ("city", "country")
# the workplace's city and country, and its type (MSF was read as an NGO host)
DROPPED = (*PLACES, "receiving_org")
STAFF_STATUS = "itm_staff_member"
# A proper name in the workplace ("the WHO", "Médecins Sans Frontières", "l'OMS", "Sciensano").
NAME_RX = re.compile(r"(?<![\w'’])[A-ZÀ-Ý][\w&.-]*")
FILLER_RX = re.compile(r"^\s*((the|a|an|le|la|les|l['’]|un|une|de|het|een|il|lo|gli|i|una|un['’])\s*)*", re.I)


@dataclass
class Workplace:
    start: int  # where the workplace's words begin (after "I work for")
    end: int
    work: bool  # a workplace ("I work for"), not a home ("I live in")


def workplaces(text: str, entities: list[dict[str, Any]]) -> list[Workplace]:
    """The workplaces and homes the person names in the message."""
    found = []
    for key, work in (("workplace_work", True), ("workplace_home", False)):
        for match in PHRASES[key].finditer(text):
            if has("workplace_not_before", text[max(0, match.start() - BEFORE_REACH):match.start()]) \
                    or negated_before(text, match.start()):
                continue
            found.append(Workplace(match.end(), _end(text, match.end(), entities), work))
    return found


def _end(text: str, start: int, entities: list[dict[str, Any]]) -> int:
    """Where the workplace named from `start` ends: the next part of the sentence, a plan or an activity."""
    window = text[start:start + REACH]
    cuts = [m.start() for m in PHRASES["workplace_end"].finditer(window)]
    cuts += [m.start() for m in PHRASES["moves_plan"].finditer(window)]
    cuts += [int(e["start"]) - start for e in entities if e.get("entity") == "activity"
             and isinstance(e.get("start"), int) and start <= int(e["start"]) < start + len(window)]
    return start + min(cuts, default=len(window))


def _inside(ent: dict[str, Any], places: list[Workplace]) -> bool:
    start = ent.get("start")
    return isinstance(start, int) and any(p.start <= start < p.end for p in places)


def drop_workplaces(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities without the places and organisation types of the person's workplace or home."""
    places = workplaces(text, entities)
    if not places:
        return entities
    return [e for e in entities if not (e.get("entity") in DROPPED and _inside(e, places)
                                        and e.get("role") in (None, "", "destination"))]


def employer_elsewhere(text: str, entities: list[dict[str, Any]], call_id: str | None) -> bool:
    """Whether the person says they work for an organisation other than the call's institution (and never,
    in the same message, at the institution itself)."""
    other = False
    for place in (p for p in workplaces(text, entities) if p.work):
        org = _organisation(text, place, entities)
        if own_institution(text, place, entities, call_id) or has("own_unit", org):
            return False
        named = has("employer_noun", org) or NAME_RX.search(_without_places(org)) is not None \
            and not has("place_noun", org)
        other = other or named or any(e.get("entity") == "receiving_org" and _inside(e, [place])
                                      for e in entities)
    return other


def _organisation(text: str, place: Workplace, entities: list[dict[str, Any]]) -> str:
    """The workplace's words before its city or country ("the WHO" of "the WHO in Geneva"), without the
    article; "" for "I work in Geneva"."""
    starts = [int(e["start"]) for e in entities if e.get("entity") in PLACES and _inside(e, [place])]
    words = text[place.start:min(starts, default=place.end)]
    words = re.sub(r"\s+\S+\s*$", "", words) if starts else words  # the place's own "in", "à", "bij"
    return FILLER_RX.sub("", words).strip()


def _without_places(words: str) -> str:
    """The words without the countries and cities they name: the workplace's own place entities are already
    dropped from the message (`drop_workplaces`), so "I work in Belgium" / "lavoro in Belgio" left the bare
    "Belgium", read as another organisation's name (round 45: an ITM staff member set to "not ITM staff")."""
    for start, end, _place in reversed(find_places(words, fold(words))):
        words = words[:start] + words[end:]
    return words


def own_institution(text: str, place: Workplace, entities: list[dict[str, Any]],
                    call_id: str | None) -> bool:
    """An institution of a call named in the workplace ("ITM", "l'IMT", "het ITG", "the Institute of Tropical
    Medicine"): the call's own, unless another call's institution ("IMT Lucca" said under ITM's call) or a
    city inside another organisation's name ("the University of Antwerp")."""
    from actions.calls import institution_of, pick

    for ent in entities:
        if ent.get("entity") not in ("institution", "call") or not _inside(ent, [place]):
            continue
        start = int(ent["start"])
        if isinstance(ent.get("city"), dict) and has("university_of", text[max(0, start - 30):start]):
            continue
        named = pick(str(ent.get("value"))) if ent.get("entity") == "institution" else str(ent.get("value"))
        if not call_id or not named or institution_of(named) == institution_of(call_id):
            return True
    return False


def other_employer(tracker: Tracker, text: str, entities: list[dict[str, Any]], values: dict[str, Any],
                   negated: set[str]) -> None:
    """"I work for the WHO", "ik ben arts bij de WHO": staff of another organisation. A student keeps their
    role ("I'm a PhD student and I work at a hospital"); an ITM staff status said before or now stands."""
    call_id = values.get("call") or tracker.get_slot("call")
    if not employer_elsewhere(text, entities, call_id):
        return
    role = values.get("role", tracker.get_slot("role"))
    if role not in (None, "staff") or "staff" in negated or STAFF_STATUS in values \
            or tracker.get_slot(STAFF_STATUS) is True:
        return
    if role is None:
        values["role"] = "staff"
    if not call_id or reads_staff_status(str(call_id)):
        values[STAFF_STATUS] = False


def reads_staff_status(call_id: str) -> bool:
    """Whether a rule of the call reads the ITM staff status (a call that does not is not told of it)."""
    from actions.profile import core

    try:
        rules = core().get_call(call_id).rules
    except Exception:  # an unknown call: nothing reads it
        return False
    return any(rule.params.get("field") == STAFF_STATUS
               or STAFF_STATUS in (getattr(rule, "fields", None) or []) for rule in rules)
