"""Rules core of the Erasmus+ mobility assistant: calls as data, eligibility with reasons, grants, deadlines.

Public API (docs/design.md): evaluate, options, InvalidProfile, resolve_country, UnknownCountry, country_name,
get_call, list_calls, needed_for, TOPICS. Names are resolved lazily so that `import rules_core` stays cheap.
"""

from __future__ import annotations

from typing import Any

from .errors import CallFileError, InvalidProfile, UnknownCountry
from .vocab import TOPICS

__all__ = [
    "evaluate",
    "options",
    "InvalidProfile",
    "resolve_country",
    "UnknownCountry",
    "country_name",
    "get_call",
    "list_calls",
    "needed_for",
    "destination_status",
    "asked_of",
    "call_status",
    "priorities",
    "source_label",
    "days360_by_month",
    "TOPICS",
    "CallFileError",
]

_LAZY = {
    "evaluate": "engine",
    "options": "options",
    "resolve_country": "countries",
    "country_name": "countries",
    "get_call": "loader",
    "list_calls": "loader",
    "needed_for": "explain",
    "destination_status": "engine",
    "asked_of": "engine",
    "call_status": "status",
    "priorities": "priority",
    "source_label": "headings",
    "days360_by_month": "dates",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'rules_core' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # once imported, later lookups skip this hook (thousands of times a minute)
    return value
