"""Lengths of stay in en/fr/nl/it ("4 months", "drie maanden", "for a week"), as ISO 8601 durations (P4M).
Number and unit words come from bot/nlu/lexicon.py; works on text folded by places.fold."""

from __future__ import annotations

import re

from bot.nlu import lexicon
from bot.nlu.dates import Found, _alt
from bot.nlu.places import fold

NUMBER = {w: n for n, words in lexicon.NUMBER_WORDS.items() for w in fold(words).split()}
UNIT = {w: u for u, words in lexicon.UNIT_WORDS.items() for w in fold(words).split()}
DURATION_RX = re.compile(rf"\b(?P<n>\d{{1,3}}|{_alt(NUMBER)})(?:\s*-\s*|\s+)(?P<u>{_alt(UNIT)})\b")
NOT_DURATION_BEFORE = re.compile(
    r"(?:\d+\s*(?:-|to|a|à|tot|al|and|et|en|e)\s*|j'ai\s+|ai\s+|ho\s+|ik ben\s+|i am\s+|i'm\s+|il y "
    r"a\s+|every\s+|tous les\s+|ogni\s+)$"
)
NOT_DURATION_AFTER = re.compile(r"^\s*(?:old|ago|oud|fa|geleden|d'eta|di eta)\b")
FOR_ONE_RX = re.compile(rf"\b(?:for|during|pour|voor|durant|pendant)\s+(?P<d>an? (?P<u>{_alt(UNIT)}))\b")


def find_durations(folded: str) -> list[Found]:
    # "for a week" is one week; a bare "a month" is not matched ("3 days a week", "per month").
    out = [
        Found("duration", m.start("d"), m.end("d"), f"P1{UNIT[m.group('u')]}")
        for m in FOR_ONE_RX.finditer(folded)
        if m.group("u") in UNIT
    ]
    for m in DURATION_RX.finditer(folded):
        if NOT_DURATION_BEFORE.search(folded[max(0, m.start() - 12) : m.start()]):
            continue
        if NOT_DURATION_AFTER.match(folded[m.end() : m.end() + 12]):
            continue
        raw = m.group("n")
        number = int(raw) if raw.isdigit() else NUMBER[raw]
        if 0 < number <= 999:
            out.append(Found("duration", m.start(), m.end(), f"P{number}{UNIT[m.group('u')]}"))
    return out
