"""The `institution` entity's names, read from the call files (their `chat.aliases` and `chat.shared_names`),
so that a new call file is recognised with no code change and no retraining: the entity is found by these
patterns at run time, not learnt.

Values: a call's first alias ("itm", "lucca"; the actions map it to the institution's current call), or a
shared name ("imt") when the text names one that several institutions use and nothing else, which the
actions answer with "which one?". A shared name right before an alias is part of it ("IMT Lucca").
The files are found and read by rules_core.sources (standard library and PyYAML only, so it imports in the
Rasa environment too); they are looked at again every few seconds at most, so an edited call is picked up by
a running server.

An alias that is also a city's name ("Antwerp", "Anversa", "Lucca") carries that city (`city`: its value,
country_code and alias flag) unless another name of an institution comes right before it ("ITM Antwerp",
"l'IMT d'Anvers"): the actions decide from the words around it and the call already known whether it names
the institution or the city a stay goes to (actions/institutioncity.py).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from bot.nlu.places import fold
from rules_core.errors import CallFileError
from rules_core.sources import Watch, call_sources, read_call

log = logging.getLogger(__name__)


@dataclass
class _Names:
    stamp: str | None = None
    watch: Watch = field(default_factory=Watch)
    patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    generation: int = 0


_names = _Names()


def _read() -> list[tuple[str, re.Pattern[str]]]:
    chats = []
    for source in call_sources():
        try:
            chat = read_call(source).data.get("chat") or {}
        except CallFileError as e:  # `mobility validate-call` reports it; the other calls still count
            log.warning("call %s unreadable for the NLU: %s", source.name, "; ".join(e.problems))
            continue
        aliases = [fold(str(a)) for a in chat.get("aliases") or []]
        if aliases:
            chats.append((aliases, [fold(str(s)) for s in chat.get("shared_names") or []]))
    patterns = []
    for aliases, shared in chats:
        before = "|".join(re.escape(s) for s in shared)
        names = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
        prefix = rf"(?:(?:{before})\s*)?" if before else ""
        patterns.append((aliases[0], re.compile(rf"(?<!\w){prefix}(?:{names})(?!\w)")))
    for name in sorted({s for _, shared in chats for s in shared}):
        patterns.append((name, re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")))
    return patterns


def patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(value, pattern on folded text) for every institution name in the call files, up to date."""
    current = _names.watch.look()
    if current is not None and current != _names.stamp:
        _names.patterns, _names.stamp = _read(), current
        _names.generation += 1
    return _names.patterns


# Between two names of one institution ("ITM Antwerp", "l'IMT d'Anvers", "ITG in Antwerpen"), on folded text.
_NAME_LINK_RX = re.compile(r"\s*(?:(?:d'|de|di|of|van|in|a|ad|te|-|,)\s*)?")


def add_city_readings(candidates: list[Any], folded: str) -> None:
    """Give each institution mention that is also a city mention of the same words that city as `city`."""
    cities = {(c.start, c.end): c for c in candidates if c.entity == "city"}
    names = [c for c in candidates if c.entity == "institution"]
    for name in names:
        city = cities.get((name.start, name.end))
        if city is None or any(o is not name and o.end <= name.start
                               and _NAME_LINK_RX.fullmatch(folded[o.end:name.start]) for o in names):
            continue
        reading = {"value": city.value, "country_code": city.extra.get("country_code")}
        if city.extra.get("alias"):
            reading["alias"] = True
        name.extra = {**name.extra, "city": reading}


def generation() -> int:
    """Changes whenever the names were read again (caches of extracted entities key on it)."""
    patterns()
    return _names.generation
