"""Sentence-level signals for the intent classifier (pure Python, no Rasa import).

Word counts cannot tell that "la Grèce" or "quattro mesi" is an answer (inform) when that country or
number never occurs in training; what the extractor found, how much of the message it covers and whether
the message is a question can. Computed from extract(), so training and inference see the same thing.
"""

from __future__ import annotations

import re

from bot.nlu.extract import extract

SLOTS = (
    "country:destination",
    "country:citizenship",
    "country:origin",
    "city",
    "start_date",
    "end_date",
    "duration",
    "role",
    "activity",
    "institution",
    "receiving_org",
)
QUESTION_START = re.compile(
    r"^\s*(?:what|how|when|where|who|whom|which|why|can|could|is|are|do|does|will|would|may|should|am|"
    r"quel\w*|comment|quand|ou|qui|pourquoi|combien|est-ce|puis-je|peut-on|peux|y a-t-il|faut-il|"
    r"wat|hoe|wanneer|waar|wie|welke|waarom|hoeveel|kan|mag|moet|is|zijn|ben|"
    r"qual\w*|come|quando|dove|chi|perche|quant\w*|posso|puo|si puo|e)\b",
    re.IGNORECASE,
)
NAMES = SLOTS + ("covers_half", "covers_most", "ends_with_question_mark", "starts_like_question", "short")
WORD = re.compile(r"\w+")


def signals(text: str) -> list[float]:
    """One 0/1 value per name in NAMES."""
    text = text if isinstance(text, str) else ""
    found = extract(text)
    present = {e["entity"] + (f":{e['role']}" if e.get("role") else "") for e in found}
    words = WORD.findall(text[:2000])
    letters = sum(len(w) for w in words) or 1
    covered = sum(len(w) for e in found for w in WORD.findall(text[e["start"] : e["end"]]))
    share = covered / letters
    values = [1.0 if slot in present else 0.0 for slot in SLOTS]
    values += [
        float(share >= 0.5),
        float(share >= 0.85),
        float(text.rstrip().endswith("?")),
        float(bool(QUESTION_START.match(text))),
        float(len(words) <= 3),
    ]
    return values
