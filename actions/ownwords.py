"""The person's own words for what they named, kept beside the canonical values the rules core reads: the
host's name ("Karolinska Institutet", "Universidad de Granada"; the slot `receiving_org` holds only its kind)
for the e-mail summary, and the city as they spelt it ("Vienne", "Monaco di Baviera"; `destination_city` holds
the English name the travel distance is looked up by) for replies that repeat it. Before, the summary had no
host name and an Italian reply said "Munich" back to "Monaco di Baviera"."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

HOST_NAME = "receiving_org_name"
CITY_WORDS = "city_words"  # {the city's canonical name: the person's spelling}
NAME_SLOTS = (HOST_NAME, CITY_WORDS)

_TOKEN = re.compile(r"[^\W\d_][\w&-]*", re.UNICODE)
# Small words inside a name ("Universidad de Granada", "Humboldt-Universität zu Berlin", "Università degli
# Studi di Milano"): taken only when a capitalised word follows.
_PARTICLES = frozenset(("of", "de", "del", "della", "delle", "degli", "dei", "di", "van", "voor", "für",
                        "fur", "zu", "du", "des", "d", "la", "le", "y", "i", "da", "do", "dos", "am", "an"))
# Capitalised words that start a sentence or lead into the name, not part of it ("At Karolinska", "La
# Sapienza" is kept as "Sapienza": the article is no part of what the office looks up).
_LEADING = frozenset(("i", "at", "in", "to", "the", "a", "an", "my", "our", "je", "j", "à", "au", "chez",
                      "ik", "naar", "bij", "aan", "op", "een", "de", "het", "alla", "all", "allo", "presso",
                      "il", "lo", "la", "le", "les", "l", "sono", "vado", "vorrei", "voglio"))
# A kind of host on its own ("the University in Vienna", "Universiteit"): no name.
_KIND_ONLY = re.compile(r"^(?:universit\w*|universida\w*|uniwersytet\w*|univerzit\w*|yliopisto|egyetem|"
                        r"hochschule|politecnico|polytechnique|hogeschool|ateneo|hei|school|college|"
                        r"institut\w*|istituto|laborator\w*|hospital|ziekenhuis|ospedale|h[oô]pital)$", re.I)
_MAX_WORDS = 8
_DASH = re.compile(r"\s+[–—-]\s+")
_AND = frozenset(("and", "et", "en", "e", "und", "y"))


def _and_joins(word: str) -> bool:
    """A word joined to the name by "and": no acronym, no leading word, no kind of host of its own."""
    return not word.isupper() and word.lower() not in _LEADING and not _KIND_ONLY.match(word)
# A number that ends a university's name ("Université Lyon 1", "Paris 8", "Roma Tre" has its word): one or two
# digits, or a Roman numeral, not a date, a length or the start of another figure.
_NUMBER = re.compile(r" (?:\d{1,2}|I{1,3}|IV|VI{0,3})(?![\w/:'’-]|[.,]\d|\s*(?:%|€|h\b))")
_OTHER_FACTS = ("start_date", "end_date", "duration", "role", "activity")


def own_words(tracker: Tracker, text: str, entities: list[dict[str, Any]], values: dict[str, Any]) -> None:
    """Adds to the message's facts the words the person used for the city and the host they state."""
    city = values.get("destination_city")
    said = city_said(text, entities, city) if city else None
    if said:
        values[CITY_WORDS] = {**(tracker.get_slot(CITY_WORDS) or {}), str(city): said}
    from actions.hostcalled import named_apart

    if "receiving_org" not in values:
        apart = named_apart(text, entities)  # "alla charité di berlino": a name with no kind of host
        if apart:
            values[HOST_NAME] = tidy(apart)
        elif tracker.get_slot(HOST_NAME) and _moved(tracker, values):
            # Kampala → Lisbon, the host not named again: Makerere is no longer the host (round 30).
            values[HOST_NAME] = None
        return
    name = host_name(text, entities) or named_apart(text, entities)  # "la charité, l'ospedale universitario"
    kind_before = tracker.get_slot("receiving_org")
    if name:
        values[HOST_NAME] = tidy(name)
    elif tracker.get_slot(HOST_NAME) and (kind_before not in (None, values["receiving_org"])
                                          or _moved(tracker, values)):
        # Another kind of host, not named: the old name is no longer the host's. A kind said after the name
        # ("the Charité" first, "a university" when asked) is the named host's.
        values[HOST_NAME] = None


def _moved(tracker: Tracker, values: dict[str, Any]) -> bool:
    """The message moves the stay to another city or country (not: names it for the first time, round 56:
    "à la London School of Hygiene & Tropical Medicine", then "Au Royaume-Uni, à Londres." lost the name)."""
    return any(values.get(slot) not in (None, tracker.get_slot(slot)) and tracker.get_slot(slot) is not None
               for slot in ("destination", "destination_city"))


def city_words(slots: Any) -> dict[str, str]:
    """The spellings kept in a tracker, a Turn or a dict of values."""
    getter = getattr(slots, "get_slot", None) or getattr(slots, "get", None)
    words = getter(CITY_WORDS) if getter else None
    return words if isinstance(words, dict) else {}


def city_said(text: str, entities: list[dict[str, Any]], city: Any) -> str | None:
    for ent in reversed(entities):
        start, end = ent.get("start"), ent.get("end")
        if ent.get("entity") == "city" and ent.get("value") == city and isinstance(start, int) \
                and isinstance(end, int) and 0 <= start < end <= len(text):
            return tidy(text[start:end].strip())
    return None


def tidy(words: str) -> str:
    """A name typed all in lower case gets its capitals ("monaco di baviera": "Monaco di Baviera")."""
    if not words or words != words.lower():
        return words
    parts = words.split(" ")
    return " ".join(p if i and len(p) <= 3 else p[:1].upper() + p[1:] for i, p in enumerate(parts))


def host_name(text: str, entities: list[dict[str, Any]]) -> str | None:
    """The name around the last host mention: the capitalised words before it and after it, with the small
    words between them ("Universidad de Granada", "University of Vienna"); None for a kind of host alone ("a
    university in Spain", "the University")."""
    from actions.hostparent import hosts_named

    hosts = hosts_named(entities, text)  # not "shared by ... Humboldt University", not "not Humboldt" (r55)
    if not hosts:
        return None
    start, end = int(hosts[-1]["start"]), int(hosts[-1]["end"])
    tokens = [m for m in _TOKEN.finditer(text)]
    inside = [i for i, m in enumerate(tokens) if m.start() < end and m.end() > start]
    if not inside:
        return None
    other = [(int(e["start"]), int(e["end"])) for e in entities if e.get("entity") in _OTHER_FACTS
             and isinstance(e.get("start"), int) and isinstance(e.get("end"), int)]

    def joined(a: int, b: int) -> bool:  # next to each other, no punctuation between
        # ("London School of Hygiene & Tropical Medicine": one name across the "&", round 56)
        return text[tokens[a].end():tokens[b].start()] in (" ", "-", "'", "’", " & ")

    def capital(i: int) -> bool:
        word = tokens[i].group(0)
        return word[:1].isupper() and not any(lo < tokens[i].end() and hi > tokens[i].start()
                                               for lo, hi in other)

    first, last = inside[0], inside[-1]
    while first > 0:
        word = tokens[first - 1].group(0)
        if joined(first - 1, first) and capital(first - 1) and word.lower() not in _LEADING:
            first -= 1
        elif _DASH.fullmatch(text[tokens[first - 1].end():tokens[first].start()]) and capital(first - 1) \
                and first > 1 and tokens[first - 2].group(0).lower() in _LEADING \
                and word.lower() not in _LEADING:
            first -= 1  # "the Charité – Universitätsmedizin Berlin": one name across the dash (round 55)
        elif first > 1 and word in _AND and joined(first - 2, first - 1) and joined(first - 1, first) \
                and _and_joins(tokens[first - 2].group(0)) and capital(first - 2):
            first -= 2  # "National and Kapodistrian University" (not "Free University and Humboldt ...")
        else:
            break
    while last + 1 < len(tokens) and last - first < _MAX_WORDS:
        if joined(last, last + 1) and capital(last + 1):
            last += 1
        elif last + 2 < len(tokens) and tokens[last + 1].group(0) in _PARTICLES and joined(last, last + 1) \
                and joined(last + 1, last + 2) and capital(last + 2):
            last += 2
        else:
            break
    words = [tokens[i].group(0) for i in range(first, last + 1)]
    capitals = [w for w in words if w[:1].isupper()]
    if len(words) == 1 and not capitals and hosts[-1].get("value") == "hei" \
            and not _KIND_ONLY.match(words[0]):
        return _lower_case_name(words[0])  # "a sem at karolinska": the university's own name (round 49)
    if len(capitals) < 2 and (len(words) > 1 or _KIND_ONLY.match(words[0]) or not capitals):
        return None
    end = tokens[last].end()
    number = _NUMBER.match(text, end)  # "Claude Bernard Lyon 1", "Paris 8": the name's number (round 51)
    if number and not any(lo < number.end() and hi > end for lo, hi in other):
        end = number.end()
    return text[tokens[first].start():end]


_ACRONYM_MAX = 5  # "epfl", "vub", "lshtm": an acronym typed in lower case


def _lower_case_name(word: str) -> str | None:
    """A university's name typed in lower case, one of the names the NLU reads as a university by itself
    ("karolinska", "sapienza", "epfl"): with its capital, an acronym in capitals; None for a word too short
    to be sure of ("ku" of "ku leuven")."""
    if len(word) < 3:
        return None
    return word.upper() if len(word) <= _ACRONYM_MAX else word[:1].upper() + word[1:]
