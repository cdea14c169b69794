"""The phrase vocabulary (actions/locales/phrases.yaml), compiled once at import."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

_FILE = Path(__file__).with_name("locales") / "phrases.yaml"


def _compile(value: Any) -> Any:
    if isinstance(value, str):
        return re.compile(value, re.I)
    if isinstance(value, list):
        return re.compile("|".join(f"(?:{v})" for v in value), re.I)
    return {k: _compile(v) for k, v in value.items()}


PHRASES: dict[str, Any] = {k: _compile(v) for k, v in yaml.safe_load(_FILE.read_text("utf-8")).items()}


def has(key: str, text: str) -> bool:
    return PHRASES[key].search(text) is not None


def negated_before(text: str, start: int) -> bool:
    """Whether the words just before `start` turn the mention round ("not staff", "forget the conference")."""
    return PHRASES["negation_before"].search(text[max(0, start - 40):start]) is not None


NEGATION_RX = re.compile(
    r"\b(not|no|n['’]t|dont|doesnt|didnt|isnt|wont|cant|havent|hasnt|without|never|none|pas|aucune?|sans|"
    r"jamais|geen|niet|zonder|nooit|non|senza|mai|"
    r"nessun\w*)\b|n['’]a pas|n'ont pas", re.I)
QUESTION_RX = re.compile(r"\?\s*$|^(do|does|is|are|can|should|must|what|how|who|why|when|est-ce|dois|faut|"
                         r"moet|heb|is|zijn|kan|devo|serve|bisogna|è|sono)\b", re.I)
