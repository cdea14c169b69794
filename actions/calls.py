"""The calls as the conversation sees them, all from the call files (rules_core): their ids, how they are
named and recognised, which one answers for an institution on a date. A new call file needs no code here."""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from actions.profile import core, today
from bot.language import set_institution_names


def all_calls() -> list[Any]:
    return list(core().list_calls())


def call_ids() -> tuple[str, ...]:
    return tuple(c.id for c in all_calls())


def _chat(call_id: str) -> Any:
    try:
        return core().get_call(call_id).chat
    except Exception:  # an unknown or broken call file: fall back to its id
        return None


def call_name(call_id: str | None, lang: str) -> str:
    chat = _chat(call_id) if call_id else None
    if chat is not None:
        return str(chat.names.get(lang))
    return str(core().get_call(call_id).institution) if call_id else "?"


def call_name_unbracketed(call_id: str | None, lang: str) -> str:
    """The call's name with its bracketed part after a dash ("IMT Anvers – Erasmus+ 2024-2026"), for a text
    that puts the name itself in brackets (the mail subject said "(IMT Anvers (Erasmus+ 2024-2026))")."""
    return re.sub(r"\s*\(([^()]*)\)\s*$", r" – \1", call_name(call_id, lang))


def fact_words(call_id: str | None, field: str, lang: str, value: bool | None = None) -> str | None:
    """A yes/no fact in the call's own words (its `chat.facts`): the summary's line for `value`, or, with
    no value, what the question about it asks; None when the call does not word it."""
    chat = _chat(call_id) if call_id else None
    words = (getattr(chat, "facts", None) or {}).get(field)
    if words is None:
        return None
    text = words.meaning if value is None else words.if_yes if value else words.if_no
    return str(text.get(lang)) if text is not None else None


def call_button(call_id: str, lang: str) -> str:
    chat = _chat(call_id)
    return str(chat.button.get(lang)) if chat is not None else call_name(call_id, lang)


def call_short(call_id: str, lang: str) -> str:
    """The institution's name in a sentence ("ITM Antwerp"): its `short` name, else its call's name."""
    chat = _chat(call_id)
    short = getattr(chat, "short", None)
    if short is not None:
        return str(short.get(lang))
    return re.sub(r"\s*\([^()]*\)$", "", call_name(call_id, lang))  # without its "(Erasmus+ 2026-2027)"


def published(call_id: str) -> bool:
    """Whether the call's period had begun today (rules_core.call_status `period_from`), or the call gives its
    opening date: ITM's 2024-2026 call (no opening date) is no call to propose on 10 January 2016."""
    status = status_of(call_id)
    begins = status.get("period_from")
    # A call the office filed with its opening date (`windows.application_opens`) is announced before it
    # opens (tests/e2e/test_new_call.py: Harbour 2031 named in the greeting in 2026).
    return not begins or bool(status.get("opens")) or dt.date.fromisoformat(begins) <= today()


def current_calls(published_only: bool = True) -> list[str]:
    """Each institution's current call (open, else next to close, else the last ended), the newest first;
    those not yet published today left out while another one is (unless `published_only` is False)."""
    by_institution: dict[str, list[str]] = {}
    ids = call_ids()
    ids = tuple(c for c in ids if published(c) or not published_only) or ids
    for call_id in ids:
        by_institution.setdefault(institution_of(call_id), []).append(call_id)
    current = [c for c in (current_of(members) for members in by_institution.values()) if c]
    current.sort(key=lambda c: closes(c) or dt.date.min, reverse=True)
    return current


def institutions_listed(lang: str, style: str = "standard", calls: list[str] | None = None) -> str:
    """"ITM Antwerp and IMT Lucca" (style "or": "... or ..."), in the language's own list form (Babel)."""
    from babel.lists import format_list

    from actions.i18n import format_locale

    names = [call_short(c, lang) for c in (current_calls() if calls is None else calls)]
    return format_list(names, style=style, locale=format_locale(lang)) if names else "?"


def _shared_names(call_id: str) -> set[str]:
    """The names the call's institution shares with another ("imt"), lower case."""
    chat = _chat(call_id)
    return {n.lower() for n in chat.shared_names} if chat is not None else set()


def shared_name_in(entities: list[dict[str, Any]]) -> str | None:
    """A name several institutions share ("IMT") when the message names one (the extractor's `institution`
    entity with that value), else None."""
    shared = set().union(*(_shared_names(c) for c in call_ids()))
    for ent in entities:
        if ent.get("entity") == "institution" and str(ent.get("value")).lower() in shared:
            return str(ent.get("value"))
    return None


def sharing(name: str, lang: str) -> str:
    """The institutions that go by `name`, "ITM Antwerp or IMT Lucca": every one, also one whose call is not
    published yet (in January 2016 "IMT" still names ITM Antwerp too; probes_extra imt-ambiguous-en)."""
    calls = current_calls(published_only=False)
    return institutions_listed(lang, "or", [c for c in calls if name.lower() in _shared_names(c)])


def call_covers(call_id: str, lang: str) -> str:
    chat = _chat(call_id)
    return str(chat.covers.get(lang)) if chat is not None else str(core().get_call(call_id).title)


def _words_rx(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                      + r")(?!\w)", re.I)


_names_of_generation: list[int] = []


def reload_if_changed() -> bool:
    """Take in call files added, edited or removed since they were read (rules_core.loader looks at them every
    few seconds at most), with their institutions' names for language detection. Called on every message."""
    from rules_core import loader

    changed = loader.reload_if_changed()
    if _names_of_generation != [loader.generation()]:
        set_institution_names(a for c in all_calls() if c.chat is not None for a in c.chat.aliases)
        _names_of_generation[:] = [loader.generation()]
    return changed


def _matchers(ids: tuple[str, ...]) -> dict[str, tuple[Any, Any]]:
    from rules_core import loader

    return _matchers_of(ids, loader.generation())


@functools.lru_cache(maxsize=8)
def _matchers_of(ids: tuple[str, ...], generation: int) -> dict[str, tuple[Any, Any]]:
    out = {}
    for call_id in ids:
        chat = _chat(call_id)
        if chat is not None:
            # A contact the call names ("Daniela Giorgetti") names its institution too (round 48).
            contacts = core().get_call(call_id).contacts
            people = [n for c in contacts if c.name for n in (c.name, c.name.split()[-1])]
            out[call_id] = (_words_rx([*chat.aliases, *people]), _words_rx(list(chat.hints)))
    return out


def alias_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names an institution by one of its aliases ("Vistula Medical School")."""
    return [m.span() for aliases, _ in _matchers(call_ids()).values() if aliases is not None
            for m in aliases.finditer(text)]


def institution_of(call_id: str) -> str:
    return str(core().get_call(call_id).institution)


def calls_named_in(text: str, answering: bool = False) -> list[str]:
    """Calls whose institution the text names (its hints count only when answering "which institution?")."""
    found = []
    for call_id, (aliases, hints) in _matchers(call_ids()).items():
        by_alias = aliases is not None and aliases.search(text)
        if by_alias or answering and hints is not None and hints.search(text):
            found.append(call_id)
    return found


def status_of(call_id: str) -> dict[str, Any]:
    """The call's status today (not yet open, open, closed) with its dates (rules_core.call_status)."""
    from rules_core import loader

    return dict(_status_on(call_id, today(), loader.generation()))


@functools.lru_cache(maxsize=64)
def _status_on(call_id: str, day: dt.date, generation: int) -> dict[str, Any]:
    # Asked several times a turn; the same for a day and a version of the call files.
    return core().call_status(call_id, day)


def closes(call_id: str) -> dt.date | None:
    value = status_of(call_id).get("closes")
    return dt.date.fromisoformat(value) if value else None


def current_of(candidates: list[str], on: dt.date | None = None) -> str | None:
    """For one institution's calls: the one open on the date, else the next to close, else the last ended."""
    on = on or today()
    if not candidates:
        return None
    dated = [(closes(c) or dt.date.max, c) for c in candidates]
    ahead = sorted(d for d in dated if d[0] >= on)
    return ahead[0][1] if ahead else max(dated)[1]


def pick(text: str, answering: bool = False) -> str | None:
    """The call a message names: among the calls of the institution(s) it names, the current one."""
    named = calls_named_in(text, answering)
    institutions = {institution_of(c) for c in named}
    if len(institutions) != 1:
        return None
    return current_of(named)


def institution_buttons(payload_intent: str, lang: str) -> list[dict[str, str]]:
    """One "which institution?" button per institution: its current call."""
    return [{"title": call_button(c, lang), "payload": f'/{payload_intent}{{"call":"{c}"}}'}
            for c in current_calls()]


def _window(call_id: str) -> tuple[dt.date | None, dt.date | None]:
    """The first and last days of a mobility under the call (either may be unknown)."""
    windows = core().get_call(call_id).windows or {}

    def day(key: str) -> dt.date | None:
        value = windows.get(key)
        return dt.date.fromisoformat(str(value)) if value else None

    return day("mobility_start"), day("mobility_end")


def holds(call_id: str, start: dt.date) -> bool:
    first, last = _window(call_id)
    return (first is None or first <= start) and (last is None or start <= last)


def call_for_dates(call_id: str, start: dt.date) -> str | None:
    """Another call of the same institution whose mobility window holds a start date the call does not
    (a stay in October 2026 under ITM's next call, not the one ending in July 2026); None if there is none."""
    if holds(call_id, start):
        return None
    institution = institution_of(call_id)
    fits = [c for c in call_ids() if c != call_id and institution_of(c) == institution and holds(c, start)]
    return current_of(fits, start) if fits else None
