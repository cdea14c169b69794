"""Message catalogue: messages/<lang>.yaml keyed by rule kind and outcome, rendered in the user's language.

Raw vars from the rule kinds are rendered here by name: role(s)/activity(ies)/org(s)/field -> labels,
country -> country name, sets -> the call's set labels, dates -> '31 July 2026' style, min/max -> '60 days'.
"""

from __future__ import annotations

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


def fmt_date(d: date, lang: str) -> str:
    cat = catalogue(lang)
    return cat["date_format"].format(day=d.day, month=cat["months"][d.month - 1], year=d.year)


def fmt_amount(n: int | float, unit: str, lang: str) -> str:
    singular, plural = catalogue(lang)["labels"]["unit"][unit]
    return f"{n:g} {singular if n == 1 else plural}"


def render_vars(vars_: dict[str, Any], lang: str, set_labels: dict[str, dict[str, str]]) -> dict[str, Any]:
    cat = catalogue(lang)
    labels = cat["labels"]
    sep = cat["list_sep"]
    out: dict[str, Any] = {}
    for key, value in vars_.items():
        label_kind = _LABEL_KEYS.get(key)
        if label_kind is not None:
            table = labels[label_kind]
            out[key] = (
                sep.join(table.get(v, v) for v in value)
                if isinstance(value, list)
                else table.get(value, value)
            )
        elif key == "country":
            out[key] = country_name(value, lang)
        elif key == "sets":
            texts: list[str] = []
            for s in value:
                t = set_labels[s].get(lang) or set_labels[s]["en"]
                if t not in texts:
                    texts.append(t)
            out[key] = sep.join(texts)
        elif isinstance(value, date):
            out[key] = fmt_date(value, lang)
        elif isinstance(value, float):
            out[key] = f"{value:g}"
        else:
            out[key] = value
    if "unit" in vars_:
        out["min"] = fmt_amount(vars_["min"], vars_["unit"], lang)
        out["max"] = fmt_amount(vars_["max"], vars_["unit"], lang)
    return out


def template(kind: str, key: str, lang: str, override: dict[str, dict[str, str]] | None) -> str:
    """The rule's own sentence if the call file overrides it (this language, else English), else the
    kind's."""
    if override:
        for lg in (lang, "en"):
            text = (override.get(lg) or {}).get(key)
            if text:
                return text
    return catalogue(lang)["kinds"][kind][key]


def explain(
    kind: str,
    key: str,
    vars_: dict[str, Any],
    lang: str,
    override: dict[str, dict[str, str]] | None,
    set_labels: dict[str, dict[str, str]],
) -> str:
    text = template(kind, key, lang, override)
    rendered = render_vars(vars_, lang, set_labels)
    text = text.format_map(rendered)
    return text[:1].upper() + text[1:]


def note(key: str, lang: str, **vars_: Any) -> str:
    return catalogue(lang)["notes"][key].format(**vars_)


def grant_text(key: str, lang: str, **vars_: Any) -> str:
    return catalogue(lang)["grant"][key].format(**vars_)
