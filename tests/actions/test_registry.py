"""The action server registers exactly the actions the domain lists (and starts at all)."""
from __future__ import annotations

from pathlib import Path

import yaml
from rasa_sdk.executor import ActionExecutor

DOMAIN_DIR = Path(__file__).resolve().parents[2] / "domain"


def domain_actions() -> set[str]:
    names: set[str] = set()
    for path in DOMAIN_DIR.glob("*.yml"):
        names |= set((yaml.safe_load(path.read_text()) or {}).get("actions") or [])
    return names


def test_registered_actions_match_the_domain():
    executor = ActionExecutor()
    executor.register_package("actions")
    registered = set(executor.actions)
    assert registered == domain_actions()
    assert "" not in registered
    assert {"action_respond", "action_restart"} <= registered
