"""The number of Erasmus months already done, read from a message with several numbers: "fine agosto intendo
il 31. comunque ne ho già fatti 6" is 6 months (round 21 took the first number, the day 31, as the count).
The count is the number said with months or with "I did N" ("ne ho fatti 6", "I did 6", "j'en ai fait 6",
"ik heb er 6 gedaan", "i mesi ... sono 6"); else the first number that is no day of a date and not the one
being corrected ("6, non 31"). A correction that names the months done ("i mesi di erasmus già fatti sono 6,
non 31") gives them even when they were not asked. Used by actions/extraction.py."""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from actions.phrases import PHRASES
from bot.nlu.daywords import FULL_MONTHS, MONTHS
from rules_core.vocab import STUDY_CYCLE

NUMBER = r"(\d{1,2}(?:[.,]\d)?)"
NUMBER_RX = re.compile(rf"\b{NUMBER}\b")
# A number said as the count, one pattern per way of saying it (the first group is the number).
COUNTED_RX = re.compile(
    rf"\b{NUMBER}\s*(?:months?|mois|maand(?:en)?|mes[ei])\b"
    rf"|\bne (?:ho|avevo|abbiamo) (?:(?:già|gia|fatti|fatto|svolti|avuti|solo|circa)\s+){{0,3}}{NUMBER}\b"
    rf"|\bi(?:'ve| have)?\s+(?:already\s+|only\s+)?(?:did|done|had)\s+(?:about\s+)?{NUMBER}\b"
    r"(?!\s*(?:days?|weeks?))"
    rf"|\bj['’]en ai (?:(?:déjà|deja|fait|eu|seulement)\s+){{1,3}}{NUMBER}\b"
    rf"|\bik heb er (?:(?:al|maar|pas|trouwens|ongeveer)\s+){{0,3}}{NUMBER}\b"
    r"|\b(?:months|mois|maanden|erasmusmaanden|mesi)\b[^.?!\d]{0,40}?"
    r"\b(?:are|were|is|sont|étaient|zijn|waren|sono|erano|è)\s+"
    rf"(?:(?:only|just|seulement|maar|solo)\s+)?{NUMBER}\b",
    re.I)
# The number being corrected ("6, non 31", "6, not 31", "6, pas 31", "6, niet 31"): never the count.
CORRECTED_RX = re.compile(r"\b(?:not|non|pas|niet)\s*$", re.I)
# A number that is a day: after an article ("il 31", "the 31st", "le 31", "de 31e") or before a month.
DAY_BEFORE_RX = re.compile(r"\b(?:il|le|the|de|op|du|al|dal|l['’])\s*$", re.I)
ORDINAL_RX = re.compile(r"(?:st|nd|rd|th|er|e|ste|de|°|º)\b", re.I)
MONTH_AFTER_RX = re.compile(r"\s+(?:of\s+)?(\w+)")
MONTH_WORDS = frozenset({*FULL_MONTHS, *MONTHS})
# The months already done named in a message nobody asked it of ("i mesi di erasmus già fatti sono 6").
NAMED_DONE_RX = re.compile(
    r"\b(?:erasmus months|months of erasmus|mois (?:d['’])?erasmus|erasmusmaanden|erasmus-maanden|"
    r"maanden erasmus|mesi (?:di )?erasmus)\b[^.?!]{0,30}?\b(?:already|done|did|before|previous|déjà|deja|"
    r"faits|eus|al|gedaan|eerder|già|gia|fatti|svolti|precedenti)\b", re.I)


def said_plainly(text: str) -> str:
    """The words that can give the count: never those of "no idea" (its "no" is no zero: round 39 noted 0
    months for "no idea, maybe?"), a zero denied ("I said no idea, not zero") or the value the assistant
    noted, quoted back ("you put 0 but I wasn't sure"). Same length, so offsets still hold."""
    for key in ("dont_know", "zero_denied", "value_quoted"):
        text = PHRASES[key].sub(lambda m: " " * len(m.group(0)), text)
    return text


def counted(text: str) -> float | None:
    """The number said as a count of months ("ne ho fatti 6", "6 mesi", "i mesi ... sono 6, non 31")."""
    for match in COUNTED_RX.finditer(text):
        index = next(i for i, g in enumerate(match.groups(), 1) if g is not None)
        at = match.start(index)
        if not CORRECTED_RX.search(text[max(0, at - 8):at]):
            return _float(match.group(index))
    return None


def count(text: str, entities: list[dict[str, Any]]) -> float | None:
    """The months count the message says: a counted number first, else the first plain number that is no
    day."""
    said = counted(text)
    if said is not None:
        return said
    spans = [(e["start"], e["end"]) for e in entities if isinstance(e.get("start"), int)
             and isinstance(e.get("end"), int) and e.get("entity") in ("start_date", "end_date")]
    for match in NUMBER_RX.finditer(text):
        at, end = match.start(), match.end()
        if any(s <= at < e for s, e in spans) or CORRECTED_RX.search(text[max(0, at - 8):at]):
            continue
        if DAY_BEFORE_RX.search(text[max(0, at - 6):at]) or _before_month(text[end:end + 12]):
            continue
        return _float(match.group(1))
    return None


def named_done(text: str) -> float | None:
    """The months done, from a message that names them with a number ("i mesi di erasmus già fatti sono 6,
    non 31"), whatever was asked; None when it names none."""
    return counted(text) if NAMED_DONE_RX.search(text) else None


def _before_month(after: str) -> bool:
    """Whether the words right after a number make it a day ("31st", "31e", "31 agosto", "31 of August")."""
    if ORDINAL_RX.match(after):
        return True
    word = MONTH_AFTER_RX.match(after)
    return bool(word) and _fold(word.group(1)) in MONTH_WORDS


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


def _float(number: str) -> float:
    return float(number.replace(",", "."))


def drop_for_non_students(role: Any, values: dict[str, Any]) -> None:
    """Earlier Erasmus months count against a study cycle (rules_core/vocab.py STUDY_CYCLE): a staff member
    has none, so they are neither noted nor asked (round 52 noted "mois Erasmus déjà reçus : 0" for a lab
    technician who never spoke of any)."""
    if role and role not in STUDY_CYCLE:
        values.pop("prior_erasmus_months", None)


# A number said for how long, not how many Erasmus months: "I've been in my PhD for 18 months".
LENGTH_OF_RX = re.compile(r"\b(?:for|since|depuis|sinds|al|da)\s*$", re.I)
SENTENCE_RX = re.compile(r"[^.!?;:\n]+[.!?;:\n]?")
MONTHS_WORD_RX = re.compile(r"\b(?:months?|mois|maand(?:en)?|mes[ei]|erasmus\w*)\b", re.I)


def this_cycle(text: str, entities: list[dict[str, Any]], role: Any, stored: Any) -> float | None:
    """The Erasmus months said of the current study cycle by name, asked or not: "in the PhD I have 0",
    "Please correct: 0 months in the PhD", "I had 0 months of Erasmus in my PhD" (round 58: after 4 months
    "during master" had been noted, each correction was left unread). The sentence names the cycle ("in my
    PhD", "pendant mon doctorat", "in mijn doctoraat", "nel dottorato") and gives a count; a question gives
    none, and without "Erasmus" in it only a correction of a count already noted does; a length of the
    cycle itself ("in my PhD for 18 months") is no count."""
    if STUDY_CYCLE.get(str(role)) is None:
        return None
    for found in SENTENCE_RX.finditer(text):
        left, right = found.span()
        sentence = found.group(0)
        if "?" in sentence or not any(_cycle_named(text, e, role, left, right) for e in entities):
            continue
        erasmus = "erasmus" in sentence.lower()
        if not erasmus and not (stored is not None and MONTHS_WORD_RX.search(text)):
            continue
        plain = said_plainly(sentence)
        number = next((m for m in NUMBER_RX.finditer(plain)
                       if not LENGTH_OF_RX.search(plain[max(0, m.start() - 7):m.start()])
                       and not DAY_BEFORE_RX.search(plain[max(0, m.start() - 6):m.start()])
                       and not _before_month(plain[m.end():m.end() + 12])), None)
        if number is not None:
            return _float(number.group(1))
    return None


def _cycle_named(text: str, ent: dict[str, Any], role: Any, left: int, right: int) -> bool:
    """Whether the entity names the current cycle as a time, inside the sentence ("in the PhD")."""
    from actions.phrases import has

    start = ent.get("start")
    return ent.get("entity") == "role" and ent.get("value") == role and isinstance(start, int) \
        and left <= start < right and has("degree_frame", text[max(0, start - 25):start])
