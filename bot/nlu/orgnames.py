"""The kind of host a name says by its own words: "Institut Pasteur", "KIT Royal Tropical Institute",
"Istituto Superiore di Sanità" are research institutes, "Karlsruhe Institute of Technology" and "Imperial
College London" universities, with no other word for the kind (round 31: "stage bij het Institut Pasteur" was
asked "which kind of organisation?").

Only a capitalised name counts: the head word with at least one other capitalised word of the name beside it.
A head word alone ("mon institut", "het Instituut", "the Institute") is no name: ITM's own people call their
institute so. The word span of the head is the mention (actions/ownwords.py reads the name around it), so a
city inside the name stays a city ("Institut Pasteur de Lille"). Pure Python, no Rasa import.
"""
from __future__ import annotations

import re

# The head word of a name (folded) and the kind of host it makes.
HEADS = (
    ("research_institute", r"institut\w*|instituut|istitut[oi]|instytut\w*"),
    ("hei", r"college"),
)
# Words elsewhere in the name that say more than its head, tried in order: a university ("Institute of
# Technology", "Instituto Tecnológico", "Politecnico"); words that leave the kind open (None: the kind is
# asked): Italian schools are "istituti" too ("Istituto Tecnico", "Istituto Comprensivo"), and "Instituto
# Superior Técnico" is a university.
QUALIFIERS = (
    ("hei", r"technolog\w*|tecnologic\w*|polytechn\w*|politecnic\w*|technische?|technisch\w*"),
    (None, r"tecnico|professionale|comprensivo|istruzione|statale|superior|scolastico|didattico"),
)
# Small words inside a name ("Institut für Tropenmedizin", "Istituto Superiore di Sanità"): part of it only
# with a capitalised word after them.
PARTICLES = frozenset(("of", "de", "del", "della", "delle", "degli", "dei", "di", "van", "voor", "fur", "zu",
                       "du", "des", "d", "la", "le", "y", "for", "and", "et", "e", "en", "da", "do", "dos",
                       "the", "per", "pour"))
# Capitalised words that start a sentence or lead into a name without being part of it ("The Institute",
# "At Institut Pasteur"): never the second capitalised word a name needs.
LEADING = frozenset((
    "i", "at", "in", "to", "the", "a", "an", "my", "our", "their", "je", "j", "à", "au", "chez", "mon",
    "notre", "ik", "naar", "bij", "aan", "op", "een", "de", "het", "mijn", "ons", "onze", "alla", "all",
    "allo", "presso", "il", "lo", "la", "le", "les", "l", "nel", "nello", "nella", "al", "mio", "mia",
    "nostro", "this", "that", "ce", "cet", "cette", "dit", "dat", "questo", "quello",
))
_HEAD_RX = [(kind, re.compile(rf"^(?:{rx})$")) for kind, rx in HEADS]
_QUALIFIER_RX = [(kind, re.compile(rf"^(?:{rx})$")) for kind, rx in QUALIFIERS]
_TOKEN = re.compile(r"[^\W\d_][\w&-]*")
_MAX_WORDS = 8


def name_kinds(text: str, folded: str, keyword_spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each head word of a capitalised name whose kind no cue word inside the name gives
    already (`keyword_spans`: where the keyword patterns found a kind of host: "Karolinska Institutet" is a
    university by its first word, "Institut de recherche" a research institute by its words)."""
    tokens = list(_TOKEN.finditer(text))
    out = []
    for i, token in enumerate(tokens):
        word = folded[token.start():token.end()]
        head = next((kind for kind, rx in _HEAD_RX if rx.match(word)), None)
        if head is None or not token.group(0)[:1].isupper():
            continue
        first, last = _name_span(text, tokens, i)
        words = [folded[tokens[j].start():tokens[j].end()] for j in range(first, last + 1)]
        capitals = [w for j, w in zip(range(first, last + 1), words, strict=True)
                    if j != i and tokens[j].group(0)[:1].isupper() and w not in LEADING]
        if not capitals:
            continue  # "the Institute", "het Instituut": no name
        lo, hi = tokens[first].start(), tokens[last].end()
        if any(a < hi and b > lo for a, b in keyword_spans):
            continue  # the name's own words give its kind (keywords.py)
        kind: str | None = head
        for qualified, rx in _QUALIFIER_RX:
            if any(rx.match(w) for w in words):
                kind = qualified
                break
        if kind:
            out.append((token.start(), token.end(), kind))
    return out


def _name_span(text: str, tokens: list[re.Match[str]], i: int) -> tuple[int, int]:
    """The first and last token of the capitalised name around tokens[i], small words between them kept."""

    def joined(a: int, b: int) -> bool:  # next to each other, nothing but a space, a hyphen or an apostrophe
        return text[tokens[a].end():tokens[b].start()] in (" ", "-", "'", "’")

    def capital(j: int) -> bool:
        return tokens[j].group(0)[:1].isupper()

    first = last = i
    while first > 0 and last - first < _MAX_WORDS:
        if joined(first - 1, first) and capital(first - 1) \
                and tokens[first - 1].group(0).lower() not in LEADING:
            first -= 1
        elif first > 1 and tokens[first - 1].group(0).lower() in PARTICLES and joined(first - 1, first) \
                and joined(first - 2, first - 1) and capital(first - 2) \
                and tokens[first - 2].group(0).lower() not in LEADING:
            first -= 2
        else:
            break
    while last + 1 < len(tokens) and last - first < _MAX_WORDS:
        if joined(last, last + 1) and capital(last + 1):
            last += 1
        elif last + 2 < len(tokens) and tokens[last + 1].group(0).lower() in PARTICLES \
                and joined(last, last + 1) and joined(last + 1, last + 2) and capital(last + 2):
            last += 2
        else:
            break
    return first, last
