"""A country's name with the article its language puts before it, after the word that introduces it: French
"une autre destination que la Belgique", "que l'Espagne", "que le Portugal", "que les Pays-Bas"; Italian
"diversa dal Belgio", "dall'Italia", "dalla Spagna", "dagli Stati Uniti" (round 62 wrote "une autre
destination que Belgique"). The names are the rules core's (Babel/pycountry); the article comes from a small
rule per language in the locale files (`whywork_country_articles`: the forms, the ending that makes a name
feminine, and the countries the rule gets wrong). English and Dutch use none."""
from __future__ import annotations

from typing import Any

from actions import i18n

VOWELS = "aeiouàâäéèêëîïôöùûüAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜ"
IMPURE = ("s", "z", "x", "y", "gn", "ps", "pn")  # Italian "lo": "dallo Sri Lanka", "dallo Zimbabwe"


def with_article(code: str, lang: str) -> str:
    """The country's name in `lang`, with its article (and the preposition the locale's forms carry)."""
    name = i18n.country(code, lang)
    table = i18n.raw(lang, "whywork_country_articles")
    if not isinstance(table, dict):
        return name
    return _form(table, code, name) + name


def _form(table: dict[str, Any], code: str, name: str) -> str:
    forms = table.get("forms") or {}
    if code in (table.get("plural") or {}):
        return str(table["plural"][code])
    if code in (table.get("none") or []):
        return str(forms.get("none", ""))
    if name[:1] in VOWELS:
        return str(forms.get("vowel", ""))
    head = name.split()[0].split("-")[0].lower()
    feminine = head.endswith(str(table.get("feminine_ending") or "\0")) and code not in (
        table.get("masculine") or [])
    if feminine or code in (table.get("feminine") or []):
        return str(forms.get("f", ""))
    if "impure" in forms and name.lower().startswith(IMPURE):
        return str(forms["impure"])
    return str(forms.get("m", ""))
