"""Round 46: "chieda a il Suo coordinatore didattico": a contact inserted after the preposition "a" starts
with its article ("il Suo coordinatore", "l'ufficio"), and Italian contracts them ("al", "all'"). A template
puts a colon between them ("chieda a: {who}") or no preposition at all, as the others do."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

LOCALE = Path(__file__).resolve().parents[2] / "actions" / "locales" / "it.yaml"
BARE_PREPOSITION_RX = re.compile(r"\b(?:a|da|di|in|su) \{(?:who|contact|contacts)\}")


def _texts(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [text for value in node.values() for text in _texts(value)]
    if isinstance(node, list):
        return [text for value in node for text in _texts(value)]
    return []


def test_no_contact_follows_a_bare_preposition():
    found = [text for text in _texts(yaml.safe_load(LOCALE.read_text(encoding="utf-8")))
             if BARE_PREPOSITION_RX.search(text)]
    assert not found, found
