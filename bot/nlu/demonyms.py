"""Demonyms ("belge", "Marokkaanse") and language names in en/fr/nl/it, from the lexicon and pycountry's
ISO 639-3 translations: the tables places.py matches against."""

from __future__ import annotations

import gettext

import pycountry

from bot.nlu import lexicon
from bot.nlu.folding import key_of


def demonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in lexicon.DEMONYMS.strip().splitlines():
        code, forms = line.split(":", 1)
        for form in forms.split():
            table.setdefault(key_of(form), code.strip())
    # Multi-word demonyms ("south african").
    table.update(
        {
            "south african": "ZA",
            "sud africain": "ZA",
            "sud africaine": "ZA",
            "zuid afrikaan": "ZA",
            "zuid afrikaanse": "ZA",
        }
    )
    # Dutch predicative use drops the -e ("ik ben Marokkaans" beside "de Marokkaanse nationaliteit").
    for key in list(table):
        bare = _dutch_bare(key)
        if bare:
            table.setdefault(bare, table[key])
    return table


def _dutch_bare(form: str) -> str | None:
    """The uninflected Dutch adjective of an inflected demonym ("marokkaanse" -> "marokkaans", "belgische"
    -> "belgisch", "indiase" -> "indiaas"), or None. Among the listed forms only Dutch ones end in -se or
    -ische once Italian/English -ese ("francese", "chinese"; Dutch -ese has its own -ees form listed) and
    French -aise/-oise/-sse (whose masculine is listed) are set aside."""
    if form.endswith("ische"):
        return form[:-1]
    if not form.endswith("se") or form.endswith(("ese", "sse", "aise", "oise")) or len(form) < 5:
        return None
    stem = form[:-1]
    # Dutch spelling: a single vowel left in a closed syllable is doubled ("indiase" -> "indiaas").
    if stem[-2] in "aeou" and stem[-3] != stem[-2]:
        stem = stem[:-2] + stem[-2] * 2 + "s"
    return stem


def dutch_language_names() -> frozenset[str]:
    """Folded Dutch names of languages from pycountry's ISO 639-3 translations ("frans", "nederlands")."""
    tr = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=["nl"])
    names = set()
    for language in pycountry.languages:
        dutch = tr.gettext(language.name)
        if dutch != language.name:  # untranslated names are the English fallback, not Dutch words
            names.add(key_of(dutch.split(",")[0].split("(")[0]))
    return frozenset(names)


def language_names() -> frozenset[str]:
    """Folded names of languages in en, fr, nl and it from pycountry's ISO 639-3 names and translations
    ("english", "francais", "nederlands", "italiano"): a demonym among them may name the conversation's
    language ("english then")."""
    names = {key_of(language.name) for language in pycountry.languages}
    for lang in ("fr", "nl", "it"):
        tr = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[lang])
        names |= {key_of(tr.gettext(lg.name).split(",")[0].split("(")[0]) for lg in pycountry.languages}
    return frozenset(names)
