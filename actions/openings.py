"""The opening words of a reply line built from a template, in every reply language and both registers:
how a later step recognises a line it did not build ("📧 Next step: …", "💶 Grant estimate: …") in the
replies said so far. One place for it, so each new recogniser does not carry its own loop over languages."""
from __future__ import annotations

from functools import cache

from actions.i18n import LANGS, t
from actions.phrases import informal


@cache
def openings(keys: tuple[str, ...], placeholders: tuple[str, ...]) -> tuple[str, ...]:
    """The text of each template in `keys` before its first placeholder (of `placeholders`), in every
    language, formal and informal; blank openings left out. Cached: the templates are read once."""
    found: set[str] = set()
    for lang in LANGS:
        for key in keys:
            prefix = t(lang, key, **dict.fromkeys(placeholders, "\0")).split("\0")[0]
            found |= {prefix, informal(prefix, lang)}
    return tuple(sorted(p for p in found if p.strip()))
