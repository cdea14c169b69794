"""Rules core of the Erasmus+ mobility assistant: calls as data, eligibility with reasons, grants, deadlines.

Public API (docs/design.md): evaluate, options, InvalidProfile, resolve_country, UnknownCountry, country_name,
get_call, list_calls, needed_for, TOPICS. Names are resolved lazily so that `import rules_core` stays cheap.
"""

from __future__ import annotations

import sys
import types
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


class _Package(types.ModuleType):
    """Importing the submodule `rules_core.options` (`from rules_core.options import open_activities`) makes
    the import system set the package's `options` to that module, over the public function of the same name:
    `rules_core.options(profile)` then failed with "'module' object is not callable" for the rest of the
    process, whenever that import came first (round 55's actions/otherfits.py; the answers built on the
    option search went silent). A lazy name bound to its own module stays the function."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _LAZY.get(name) == name and hasattr(value, name):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
