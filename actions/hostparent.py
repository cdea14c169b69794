"""Which organisation is the host, and how sure its kind is. Round 55: "the Charité – Universitätsmedizin
Berlin, ..., shared by the Free University and Humboldt University" made the e-mail summary's host "Humboldt
University" (the last university named), silently; "The host is not Humboldt University, it is the Charité"
changed it back without a word; "Koç University Hospital" was noted as a public body; "geen idee, het is het
Institut Pasteur de Dakar" was noted as a research institute as if the person had said so.

The host is the organisation the person goes to: a university named only as its parent ("part of", "shared
by", "jointly run by", "fait partie de", "onderdeel van", "fa parte di") or denied ("not Humboldt") is no
host's name. A host's name replaced with the old one named ("not X, it is Y") is said back as updated. A kind
read from a name alone ("Institut Pasteur": a research institute; "Koç University Hospital": the university's
hospital) is said to be read from the name, so it can be corrected."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has

if TYPE_CHECKING:
    from actions.turn import Turn

HOST_NAME = "receiving_org_name"
_CLAUSE_END = re.compile(r"[,.;:!?()]")
# A head word the NLU reads a kind from when it stands in a capitalised name (bot/nlu/orgnames.py), and a
# university's hospital ("Koç University Hospital", "Aga Khan University Hospital"; a city before it, "Oslo
# University Hospital", is a public hospital: round 21).
_NAME_HEAD = re.compile(r"^(?:institut\w*|instituut|istitut[oi]|instytut\w*|college)$", re.I)
_UNIVERSITY_HOSPITAL = re.compile(r"^universit\w* hospital$", re.I)
# A university hospital said as a kind, no name ("Charité is a university hospital"): the calls do not say
# whether it is a university or a public body (actions/hospitalq.py), so neither is noted (round 63 noted
# "Public body" and answered "Yes: your receiving organisation (public body) may host").
_HOSPITAL_KIND = re.compile(r"universit\w* (?:hospital|medical cent(?:er|re))|(?:universitair|academisch) "
                            r"ziekenhuis|h[oô]pital universitaire|centre hospitalier universitaire|"
                            r"ospedale universitario", re.I)
_CAPITAL_BEFORE = re.compile(r"([^\W\d_][\w&'’-]*)\s+$")


def _clause_before(text: str, start: int) -> str:
    head = text[:start]
    ends = [m.end() for m in _CLAUSE_END.finditer(head)]
    return head[ends[-1]:] if ends else head


def parent_only(text: str, start: int) -> bool:
    """A mention named as the host's parent ("part of Koç University", "shared by ... Humboldt")."""
    return has("host_parent_lead", _clause_before(text, start))


def not_the_host(text: str, start: int) -> bool:
    """A mention that names no host: a parent, or one denied in its clause ("not Humboldt University")."""
    clause = _clause_before(text, start)[-40:].replace("-", " ")  # ("niet de Humboldt-Universität")
    return parent_only(text, start) or has("negation_before", clause)


def hosts_named(entities: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The host mentions that may name the host (with their positions)."""
    return [e for e in entities if e.get("entity") == "receiving_org" and isinstance(e.get("start"), int)
            and isinstance(e.get("end"), int) and not not_the_host(text, int(e["start"]))]


def kind_from_name(text: str, entities: list[dict[str, Any]], values: dict[str, Any]) -> bool:
    """Whether the message's kind of host is read from a name alone, no word of the person's saying it; a
    university's own hospital ("Koç University Hospital", no city before "University") is the university's
    (its kind set here; "Oslo University Hospital" stays a public hospital)."""
    kind = values.get("receiving_org")
    found = [e for e in hosts_named(entities, text) if e.get("value") == kind]
    if not kind or not found:
        return False
    for ent in found:
        start, end = int(ent["start"]), int(ent["end"])
        said = text[start:end]
        before = _CAPITAL_BEFORE.search(text[:start])
        named = before is not None and before.group(1)[:1].isupper() \
            and not any(e.get("entity") == "city" and e.get("start") == before.start(1) for e in entities)
        if kind == "public_body" and _UNIVERSITY_HOSPITAL.match(said) and said[:1].isupper() and named:
            values["receiving_org"] = "hei"  # "Koç University Hospital": Koç University's hospital
        elif not (_NAME_HEAD.match(said) and said[:1].isupper()):
            return False  # "a research institute, the Institut Pasteur": the kind is said
    return True


def hospital_kind_unsaid(text: str, entities: list[dict[str, Any]], values: dict[str, Any]) -> bool:
    """Drop the kind read from "a university hospital" said as a kind (no capitalised name: "Koç University
    Hospital" and "Oslo University Hospital" are kind_from_name's); whether one was dropped."""
    if values.get("receiving_org") != "public_body":
        return False
    for ent in hosts_named(entities, text):
        if hospital_kind_said(text, ent):
            values.pop("receiving_org")
            return True
    return False


def hospital_kind_said(text: str, ent: dict[str, Any]) -> bool:
    """A host mention that is "a university hospital" said as a kind, no name (no kind of host it settles)."""
    if ent.get("value") != "public_body" or not isinstance(ent.get("start"), int) \
            or not isinstance(ent.get("end"), int):
        return False
    said = text[int(ent["start"]):int(ent["end"])]
    return bool(_HOSPITAL_KIND.fullmatch(said)) and not said[:1].isupper()


def new_host_named(text: str, start: int, end: int, held: Any) -> bool:
    """A kind word heading a capitalised name ("Allora al Max Planck Institute for Innovation and Competition
    di Monaco di Baviera, stesse date?") that is not the host already held: a new host named in a question,
    whose kind is read from its name (round 56: the EU institution of the host left behind was kept)."""
    said = text[start:end]
    before = _CAPITAL_BEFORE.search(text[:start])
    if not (_NAME_HEAD.match(said) and said[:1].isupper() and before and before.group(1)[:1].isupper()):
        return False
    return not held or str(held).lower() not in text.lower()


def name_update(turn: Turn, values: dict[str, Any]) -> str | None:
    """"host institution: Humboldt University → Charité – Universitätsmedizin Berlin" when the message
    replaces the host's name and names the old one ("it's the Charité, not Humboldt")."""
    old, new = turn.get(HOST_NAME), values.get(HOST_NAME)
    if not old or not new or old == new:
        return None
    from actions.splitplaces import one_of_joined

    if str(old).lower() not in turn.text.lower() and not one_of_joined(str(old), str(new)):
        return None  # ("TU Delft e KU Leuven" → "TU Delft" after "resto a Delft" is said: round 57)
    return f"{t(turn.lang, 'host_name_field')}: {old} → {new}"


def host_held(turn: Turn, changed: str | None) -> bool:
    """"What host institution do you have on file for me?": the host's name (and kind) held, answered."""
    if turn.is_payload or not has("host_held_question", turn.text):
        return False
    name, kind = turn.get(HOST_NAME), turn.get("receiving_org")
    shown = i18n.label(turn.lang, "orgs", kind) if kind else None
    if changed:
        turn.say(changed)
    if name:
        turn.say(t(turn.lang, "host_held", host=f"{name} ({shown})" if shown else name))
    elif shown:
        turn.say(t(turn.lang, "host_held_kind", kind=shown))
    else:
        turn.say(t(turn.lang, "host_held_none"))
    turn.answered = True
    return True
