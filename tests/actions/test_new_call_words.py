"""A word of an institution's own name is not a fact about the stay (a call added as data, no code change)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.calls import _matchers
from rules_core import loader
from tests.actions.conftest import said
from tests.actions.test_dialogue import respond

FIXTURE = Path(__file__).parents[1] / "e2e" / "fixtures" / "calls"


@pytest.fixture
def with_nordhavn(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MOBILITY_CALLS_PATH", str(FIXTURE))
    loader.reset()
    _matchers.cache_clear()
    yield
    monkeypatch.delenv("MOBILITY_CALLS_PATH")
    loader.reset()
    _matchers.cache_clear()


async def test_school_in_the_institutions_name_is_not_the_host(with_nordhavn) -> None:
    from actions.calls import call_ids

    call = next(c for c in call_ids() if c.startswith("nordhavn"))
    alias = next(a for a in loader.get_call(call).chat.aliases if " " in a)
    text = f"I'm a master's student at {alias} and want a traineeship"
    got = await respond(CollectingDispatcher(), text=text,
                        entities=[said(text, "receiving_org", "school", alias.split()[-1])],
                        slots={"call": call})
    assert "receiving_org" not in got, got
