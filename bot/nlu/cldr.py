"""City names in en/fr/nl/it from CLDR (Babel): its time-zone cities ("Vienne", "Wenen", "Lisbona"), the
names actions/i18n.py gives back in replies. bot/nlu/places.py takes these alternate names as the city's own
names, unlike geonames' other alternate names ("Hang" for Hangzhou)."""

from __future__ import annotations

LANGUAGES = ("en", "fr", "nl", "it")


def city_names() -> frozenset[str]:
    """Every CLDR time-zone city name in the four languages (about 700; under 0.1 s)."""
    from babel.core import get_global
    from babel.dates import get_timezone_location

    names = set()
    for zone in get_global("zone_territories"):
        if "/" in zone and not zone.startswith("Etc/"):
            for lang in LANGUAGES:
                try:
                    names.add(str(get_timezone_location(zone, locale=lang, return_city=True)))
                except LookupError:
                    # The Rasa environment's time-zone database may lack a zone CLDR lists (America/Coyhaique,
                    # added in 2025): that city's CLDR name is skipped, the rest are read.
                    continue
    return frozenset(names)
