"""Country resolution: ISO codes, English/French/Dutch/Italian names (pycountry + its gettext catalogues),
aliases, case- and accent-insensitive. The index is built once and cached as JSON (pycountry costs ~70 ms).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from .cache import cached_json, package_stamp
from .errors import UnknownCountry

LANGS = ("en", "fr", "nl", "it")

# Names pycountry lacks or that people use although they are not ISO names. Why each: historic names used by
# the 2015/16 call (FYROM, Turkey), everyday names (Holland, England, USA) and Kosovo (XK, not in ISO 3166).
ALIASES: dict[str, str] = {
    "turkey": "TR",
    "turkiye": "TR",
    "turquie": "TR",
    "turkije": "TR",
    "turchije": "TR",
    "turchia": "TR",
    "fyrom": "MK",
    "former yugoslav republic of macedonia": "MK",
    "macedonia": "MK",
    "the former yugoslav republic of macedonia": "MK",
    "ancienne republique yougoslave de macedoine": "MK",
    "macedoine": "MK",
    "macedonie": "MK",
    "macedonia del nord": "MK",
    "ex repubblica jugoslava di macedonia": "MK",
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "royaume uni": "GB",
    "grande bretagne": "GB",
    "angleterre": "GB",
    "engeland": "GB",
    "groot brittannie": "GB",
    "inghilterra": "GB",
    "gran bretagna": "GB",
    "northern ireland": "GB",
    "holland": "NL",
    "hollande": "NL",
    "olanda": "NL",
    "czech republic": "CZ",
    "republique tcheque": "CZ",
    "tsjechische republiek": "CZ",
    "repubblica ceca": "CZ",
    "kosovo": "XK",
    "xk": "XK",
    "xkx": "XK",
    "usa": "US",
    "us": "US",
    "united states of america": "US",
    "america": "US",
    "etats unis": "US",
    "verenigde staten": "US",
    "stati uniti": "US",
    "russia": "RU",
    "russie": "RU",
    "rusland": "RU",
    "south korea": "KR",
    "north korea": "KP",
    "vatican": "VA",
    "holy see": "VA",
    "ivory coast": "CI",
    "cote d ivoire": "CI",
    "swaziland": "SZ",
    "cape verde": "CV",
    "burma": "MM",
    "east timor": "TL",
    "congo kinshasa": "CD",
    "congo brazzaville": "CG",
    "moldavia": "MD",
    "belgique": "BE",
    "belgie": "BE",
    "belgio": "BE",
    "palestine": "PS",
    # Everyday names of the Democratic Republic of the Congo (ITM's many partners there), Ireland, Bosnia.
    "democratic republic of the congo": "CD",
    "democratic republic of congo": "CD",
    "dr congo": "CD",
    "drc": "CD",
    "rdc": "CD",
    "rd congo": "CD",
    "republique democratique du congo": "CD",
    "democratische republiek congo": "CD",
    "repubblica democratica del congo": "CD",
    "republic of ireland": "IE",
    "eire": "IE",
    "bosnia": "BA",
    "czech rep": "CZ",
}
# Leading articles people write before a country name ('the Netherlands', 'les Pays-Bas', 'il Belgio').
_ARTICLES = re.compile(r"^(?:the|le|la|les|l|het|de|il|lo|i|gli) ")
KOSOVO = {"en": "Kosovo", "fr": "Kosovo", "nl": "Kosovo", "it": "Kosovo"}
_SPACES = re.compile(r"[^a-z0-9]+")


def normalise(text: str) -> str:
    """Lower case, accents removed, punctuation as single spaces: 'Türkiye' -> 'turkiye'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _SPACES.sub(" ", plain).strip()


def _build() -> dict[str, Any]:
    import gettext

    import pycountry

    index: dict[str, str] = {}
    names: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    translations = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in LANGS[1:]
    }
    for c in pycountry.countries:
        code = c.alpha_2
        english = [getattr(c, a, None) for a in ("common_name", "name", "official_name")]
        english = [n for n in english if n]
        names["en"][code] = english[0]
        for lang, tr in translations.items():
            local = [tr.gettext(n) for n in english]
            names[lang][code] = local[0]
            for n in local:
                index.setdefault(normalise(n), code)
        for n in english:
            index.setdefault(normalise(n), code)
        index.setdefault(code.lower(), code)
        index.setdefault(c.alpha_3.lower(), code)
    for lang in LANGS:
        names[lang]["XK"] = KOSOVO[lang]
    index.update(ALIASES)
    return {"index": index, "names": names}


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return cached_json("countries", f"{package_stamp('pycountry')}:{hash_aliases()}", _build)


def hash_aliases() -> str:
    import hashlib

    return hashlib.sha1(repr(sorted(ALIASES.items())).encode()).hexdigest()[:12]


_resolved: dict[str, str] = {}


def resolve_country(text: str) -> str:
    """Return the ISO 3166 alpha-2 code of a code or a name in en/fr/nl/it; raise UnknownCountry otherwise."""
    hit = _resolved.get(text)
    if hit is not None:
        return hit
    if not isinstance(text, str) or not text.strip():
        raise UnknownCountry(str(text), [])
    index = _data()["index"]
    norm = normalise(text)
    code = index.get(norm)
    if code is None:
        code = index.get(_ARTICLES.sub("", norm))
    if code is None:
        raise UnknownCountry(text, suggestions(text))
    _resolved[text] = code
    return code


def suggestions(text: str, limit: int = 3) -> list[str]:
    """The `limit` closest English country names (rapidfuzz, loaded only on this error path)."""
    from rapidfuzz import fuzz, process

    data = _data()
    english = data["names"]["en"]
    keys = [k for k in data["index"] if len(k) > 3]
    out: list[str] = []
    for key, _score, _i in process.extract(normalise(text), keys, scorer=fuzz.WRatio, limit=limit * 4):
        name = english.get(data["index"][key])
        if name and name not in out:
            out.append(name)
        if len(out) == limit:
            break
    return out


def country_name(alpha2: str, lang: str = "en") -> str:
    """The country's name in `lang` (English fallback, then the code itself)."""
    names = _data()["names"]
    return names.get(lang, names["en"]).get(alpha2) or names["en"].get(alpha2, alpha2)


def is_known_code(alpha2: str) -> bool:
    return alpha2 in _data()["names"]["en"]
