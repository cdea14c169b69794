"""Message catalogue: messages/<lang>.yaml keyed by rule kind and outcome, rendered in the user's language.

Raw vars from the rule kinds are rendered here by name: role(s)/activity(ies)/org(s)/field -> labels,
country -> country name, sets -> the call's set labels, dates -> '31 July 2026' style, min/max -> '60 days'.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .countries import country_name

MESSAGES_DIR = Path(__file__).parent / "messages"
LANGS = ("en", "fr", "nl", "it")
_LABEL_KEYS = {
    "role": "role",
    "roles": "role",
    "activity": "activity",
    "activities": "activity",
    "org": "org",
    "orgs": "org",
    "field": "field",
}


@lru_cache(maxsize=8)
def catalogue(lang: str) -> dict[str, Any]:
    """The catalogue for `lang`; missing keys fall back to English (merged here once)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(MESSAGES_DIR / f"{lang}.yaml", encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=loader)
    if lang != "en":
        data = _merge(catalogue("en"), data)
    return data


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(base[k], v) if isinstance(v, dict) and isinstance(base.get(k), dict) else v
    return out


def check_lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


@lru_cache(maxsize=8192)
def fmt_date(d: date, lang: str) -> str:
    cat = catalogue(lang)
    month = cat["months"][d.month - 1]
    return cat["date_format"].format(day=day_number(d.day, lang), month=month, year=d.year)


def day_number(day: int, lang: str) -> str:
    """The day of the month before its month: "1er" in French ("1er avril"), else the number. Every date
    said, by the rules core or the actions (actions/i18n.format_day), is written with it."""
    return str(catalogue(lang).get("first_day") or day) if day == 1 else str(day)


@lru_cache(maxsize=4096)
def fmt_amount(n: int | float, unit: str, lang: str) -> str:
    singular, plural = catalogue(lang)["labels"]["unit"][unit]
    return f"{n:g} {singular if n == 1 else plural}"


def _render_one(key: str, value: Any, lang: str, set_labels: dict[str, dict[str, str]]) -> Any:
    cat = catalogue(lang)
    sep = cat["list_sep"]
    label_kind = _LABEL_KEYS.get(key)
    if label_kind is not None:
        if value is None:  # a rule checked before the activity is known ("may host this None", round 38)
            return cat["labels"]["unknown"].get(label_kind, "")
        table = cat["labels"][label_kind]
        if key == "roles" and "role_plural" in cat["labels"] and isinstance(value, list | tuple):
            # "open to PhD students and recent graduates only", not "PhD student, recent graduate" (round 62)
            names = [cat["labels"]["role_plural"].get(v, table.get(v, v)) for v in value]
            last = cat.get("list_last_sep", sep)
            return sep.join(names[:-1]) + last + names[-1] if len(names) > 1 else sep.join(names)
        if isinstance(value, list | tuple):
            return sep.join(table.get(v, v) for v in value)
        return table.get(value, value)
    if key == "country":
        return country_name(value, lang)
    if key in ("sets", "own_sets"):
        texts: list[str] = []
        for s in value:
            t = set_labels[s].get(lang) or set_labels[s]["en"]
            if t not in texts:
                texts.append(t)
        return sep.join(texts)
    if isinstance(value, date):
        return fmt_date(value, lang)
    if isinstance(value, float):
        return f"{value:g}"
    return value


# Rendered values by (language, set labels of the call) then (key, value): explanations are built for every
# passed and failed rule of every profile, and the same few hundred values recur (labels, dates, countries).
# The set labels object is kept in each cache (under key None) so that its id cannot be reused.
_RENDERED: dict[tuple[str, int], dict[Any, Any]] = {}
_RENDERED_MAX = 50_000


def render_vars(vars_: dict[str, Any], lang: str, set_labels: dict[str, dict[str, str]]) -> dict[str, Any]:
    cache = _RENDERED.get((lang, id(set_labels)))
    if cache is None or cache[None] is not set_labels or len(cache) > _RENDERED_MAX:
        cache = _RENDERED[(lang, id(set_labels))] = {None: set_labels}
    out: dict[str, Any] = {}
    for key, value in vars_.items():
        try:
            hit = cache.get((key, value))
        except TypeError:  # an unhashable value (a list from a caller): render without the cache
            out[key] = _render_one(key, value, lang, set_labels)
            continue
        if hit is None:
            hit = cache[(key, value)] = _render_one(key, value, lang, set_labels)
        out[key] = hit
    unit = vars_.get("unit")
    if unit is not None:
        out["min"] = fmt_amount(vars_["min"], unit, lang)
        out["max"] = fmt_amount(vars_["max"], unit, lang)
    return out


# Keyed by id(override); the override itself is kept in the value so that its id cannot be reused.
_TEMPLATES: dict[tuple[str, str, str, int], tuple[Any, str]] = {}


def template(kind: str, key: str, lang: str, override: dict[str, dict[str, str]] | None) -> str:
    """The rule's own sentence if the call file overrides it (this language, else English), else the
    kind's. Memoised: it is looked up for every explanation."""
    memo_key = (kind, key, lang, id(override))
    hit = _TEMPLATES.get(memo_key)
    if hit is None or hit[0] is not override:
        hit = _TEMPLATES[memo_key] = (override, _template(kind, key, lang, override))
    return hit[1]


def _template(kind: str, key: str, lang: str, override: dict[str, dict[str, str]] | None) -> str:
    if override:
        for lg in (lang, "en"):
            text = (override.get(lg) or {}).get(key)
            if text:
                return text
    return catalogue(lang)["kinds"][kind][key]


# Whole explanations memoised by (kind, outcome, language, override, set labels, values): profiles repeat the
# same facts (countries, roles, limits), and formatting was most of evaluate()'s cost. Cleared when full.
_EXPLAINED: dict[tuple[Any, ...], tuple[Any, Any, str]] = {}
_EXPLAINED_MAX = 100_000


def explain(
    kind: str,
    key: str,
    vars_: dict[str, Any],
    lang: str,
    override: dict[str, dict[str, str]] | None,
    set_labels: dict[str, dict[str, str]],
) -> str:
    memo_key = (kind, key, lang, id(override), id(set_labels), *vars_.values())
    try:
        hit = _EXPLAINED.get(memo_key)
    except TypeError:  # unhashable values: no memo
        return _explain(kind, key, vars_, lang, override, set_labels)
    if hit is not None and hit[0] is override and hit[1] is set_labels:
        return hit[2]
    text = _explain(kind, key, vars_, lang, override, set_labels)
    if len(_EXPLAINED) >= _EXPLAINED_MAX:
        _EXPLAINED.clear()
    _EXPLAINED[memo_key] = (override, set_labels, text)
    return text


def _explain(
    kind: str,
    key: str,
    vars_: dict[str, Any],
    lang: str,
    override: dict[str, dict[str, str]] | None,
    set_labels: dict[str, dict[str, str]],
) -> str:
    text = template(kind, key, lang, override).format_map(render_vars(vars_, lang, set_labels))
    if lang == "fr":
        text = _elide(text)
    text = singular(text, lang)
    return text[:1].upper() + text[1:]


# The sentences say "{days} days": one day is "1 day", "1 jour", "1 dag", "1 giorno" ("séjour de 1 jours").
_SINGULAR = {"en": {"days": "day", "months": "month"}, "fr": {"jours": "jour"},
             "nl": {"dagen": "dag", "maanden": "maand"}, "it": {"giorni": "giorno", "mesi": "mese"}}
_ONE_RX = {lang: re.compile(rf"(?<![\d.,])\b1 ({'|'.join(words)})\b") for lang, words in _SINGULAR.items()}


def singular(text: str, lang: str) -> str:
    """A count of one with its noun in the singular."""
    rx = _ONE_RX.get(lang)
    return rx.sub(lambda m: f"1 {_SINGULAR[lang][m.group(1)]}", text) if rx else text


_ELISION = re.compile(r"\b(que|de|le|la) ([aeiouyéèêàh])", re.I)
_DE_LE = re.compile(r"\bde le\b")


def _elide(text: str) -> str:
    """French elision after a label is put in: "en tant que étudiant" -> "en tant qu'étudiant"."""
    text = _DE_LE.sub("du", text)
    return _ELISION.sub(lambda m: f"{m.group(1)[:-1]}'{m.group(2)}", text)


def note(key: str, lang: str, **vars_: Any) -> str:
    return singular(catalogue(lang)["notes"][key].format(**vars_), lang)


def grant_text(key: str, lang: str, **vars_: Any) -> str:
    return catalogue(lang)["grant"][key].format(**vars_)
