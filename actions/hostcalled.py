"""A host named without a word for its kind: "alla charité di berlino", "a week at the Charité in Berlin",
"à la Charité de Berlin", "bij de Charité in Berlijn", and a name set beside the kind: "è la charité,
l'ospedale universitario", "it's the Charité, a university hospital". Round 37: the person named the Charité
twice, and the e-mail summary had only "Germania (Berlino)": a name is read only around a word for the kind
of host (actions/ownwords.py host_name), and "charité", typed in lower case, was no name there.

The name sits between the words that lead into a place ("at the", "alla", "bij de") and the city said after
it, or before a comma and the kind of host; one word in lower case ("charité", "sapienza"), or up to four
with capitals. Never a word that says a time ("alla fine di giugno a berlino") or a kind of host."""
from __future__ import annotations

import re
from typing import Any

# "at the", "alla", "à la", "au", "bij de", "presso la", "c'est la", "è la", "it's the": the words right
# before the name (folded to lower case).
_INTO = re.compile(
    r"(?:\b(?:at|with|it's|it is|is) the|\bà la|\bà l'|\bchez|\bc'est la|\bc'est le|"
    r"\b(?:bij|aan) (?:de|het)|\bhet is de|\balla|\ball'|\bpresso (?:la|il|l')|\bè la|\bè il|"
    r"\bè l')\s*$", re.I)
# After the name: a city ("in Berlin", "di berlino", "de Berlin", "à Berlin", "a Berlino", "te Berlijn")...
_CITY_LINK = frozenset(("in", "di", "de", "à", "a", "te", "du", "of"))
_WORD = re.compile(r"[^\W\d_][\w&'-]*", re.UNICODE)
# Words that are no name: time words ("at the end of June", "alla fine di giugno"), kinds of host the keyword
# patterns leave out, and small words.
_NOT_NAME = re.compile(
    r"^(?:end|start|beginning|moment|same|time|latest|earliest|fine|inizio|metà|meta|fin|début|debut|mi|"
    r"eind|begin|einde|midden|week|month|mese|mois|maand|year|anno|année|jaar|hospital|ospedale|hôpital|"
    r"hopital|ziekenhuis|clinic|clinica|clinique|kliniek|lab|labo|laboratory|laboratoire|laboratorio|"
    r"department|dipartimento|département|departement|faculty|facoltà|faculté|faculteit|uni|host|"
    r"university|università|université|universiteit|same|other|altra|altro|autre|andere|one|una|uno|un|"
    r"une|een|this|that|questa|questo|cette|ce|deze|dit|beach|sea|mare|mer|zee|office|ufficio|bureau|kantoor|"
    r"lavoro|work|travail|werk|home|casa|maison|thuis|centre|center|centro|centrum|congress|congresso|"
    r"congrès|meeting|airport|aeroporto|aéroport|station|stazione|gare|hotel|hôtel|albergo)$", re.I)
_MAX_WORDS = 4


def named_apart(text: str, entities: list[dict[str, Any]]) -> str | None:
    """The host's name said without a word for its kind, as the person wrote it; None when there is none."""
    spans = [(int(e["start"]), int(e["end"]), e.get("entity")) for e in entities
             if isinstance(e.get("start"), int) and isinstance(e.get("end"), int)]
    for lo, _, entity in spans:
        if entity == "city":
            name = _before(text, lo, spans, city=True)
            if name:
                return name
    for lo, _, entity in spans:
        if entity == "receiving_org":
            name = _before(text, lo, spans, city=False)
            if name:
                return name
    return None


def _before(text: str, at: int, spans: list[tuple[int, int, Any]], city: bool) -> str | None:
    """The name ending right before `at`: before "in <city>", or before ", (the) <kind of host>"."""
    head = text[:at]
    if city:
        link = re.search(r"(\S+)\s+$", head)
        if link is None or link.group(1).lower() not in _CITY_LINK:
            return None
        head = head[:link.start()]
    else:
        comma = re.search(r",\s*(?:(?:the|a|an|un|une|uno|una|de|het|een|la|il|le|l')\s*)?$", head, re.I)
        if comma is None:
            return None
        head = head[:comma.start()]
    words = list(_WORD.finditer(head))[-_MAX_WORDS:]
    for first in range(len(words)):
        if head[words[-1].end():].strip():
            return None  # punctuation between the name and the city
        name = head[words[first].start():words[-1].end()]
        if not _INTO.search(head[:words[first].start()]) or re.search(r"[,.;:!?]", name):
            continue
        if any(lo < words[-1].end() and hi > words[first].start() for lo, hi, _ in spans):
            return None  # a date, a role, a city: another fact, not the host's name
        parts = name.split()
        capitals = all(p[:1].isupper() or p.lower() in ("de", "di", "of", "du", "della") for p in parts)
        if (len(parts) == 1 or capitals) and not any(_NOT_NAME.match(p.strip("'")) for p in parts):
            return name
    return None
