"""Lengths of stay in en/fr/nl/it ("4 months", "drie maanden", "for a week"), as ISO 8601 durations (P4M).
Number and unit words come from bot/nlu/lexicon.py; works on text folded by places.fold."""

from __future__ import annotations

import re

from bot.nlu import lexicon
from bot.nlu.dates import Found, _alt
from bot.nlu.places import fold

NUMBER = {w: n for n, words in lexicon.NUMBER_WORDS.items() for w in fold(words).split()}
UNIT = {w: u for u, words in lexicon.UNIT_WORDS.items() for w in fold(words).split()}
# "3.5 months", "3,5 maanden", "three and a half months", "drie en een halve maand": the half is kept (it was
# read as "5 months", or lost).
HALF_BEFORE = r"(?P<half>\s+(?:and a half|en een halve?|et demie?))?"
DURATION_RX = re.compile(
    rf"(?<![\d.,])\b(?P<n>\d{{1,3}}(?:[.,]\d)?|{_alt(NUMBER)}){HALF_BEFORE}(?:\s*-\s*|\s+)(?P<u>{_alt(UNIT)})\b"
)
HALF_AFTER_RX = re.compile(r"^\s+(?:and a half|et demie?|e mezzo|e mezza|en een half)\b")
# A fraction of a unit in the next unit down (30-day months, as the rules core counts).
SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("D", 1)}
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
        number = float(raw.replace(",", ".")) if raw[0].isdigit() else float(NUMBER[raw])
        half = m.group("half") or HALF_AFTER_RX.match(folded[m.end() : m.end() + 15])
        number += 0.5 if half else 0.0
        if 0 < number <= 999:
            out.append(Found("duration", m.start(), m.end(), iso(number, UNIT[m.group("u")])))
    return out


def iso(number: float, unit: str) -> str:
    """P3M, or P3M15D for 3.5 months (P4D for 3.5 days: a day is not split)."""
    whole = int(number)
    smaller, per = SMALLER[unit]
    rest = int((number - whole) * per + 0.5)
    if smaller == unit:
        return f"P{int(number + 0.5)}{unit}"
    parts = (f"{whole}{unit}" if whole else "") + (f"{rest}{smaller}" if rest else "")
    return f"P{parts or f'{whole}{unit}'}"
