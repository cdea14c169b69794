"""A call's `source` (its section headings, "A; B" for two) as a person reads it in the reply language: each
heading by the label the call's `headings:` gives it in that language, the call's own words otherwise, and the
reference page's sections as "the EU-wide rules" unless the call labels them. Apart from
rules_core/priority.py so that explain.py (the "why do you need this?" sentences) can use it without
importing the engine."""

from __future__ import annotations

from .loader import compiled
from .messages import catalogue, check_lang

REFERENCE_FILE = "erasmus-figures.md"


def source_label(call_id: str, source: str, lang: str) -> str:
    """A `source` ("A; B") with each heading in the reply language where the call gives a label for it."""
    headings = compiled(call_id).raw.get("headings") or {}
    lang = check_lang(lang)
    shown: list[str] = []
    for part in (p.strip() for p in str(source).split(";")):
        # The reference file's name and confidence tags mean nothing to a person: its rules are the EU's,
        # unless the call labels the line (Lucca's rates are the Italian National Agency's, not the EU's).
        label = (headings.get(part) or {}).get(lang) or (
            catalogue(lang)["reference_source"] if part.startswith(REFERENCE_FILE) else part)
        if label not in shown:
            shown.append(label)
    return "; ".join(shown)
