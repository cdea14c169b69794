"""The real servers behind the widget page (the same instance as tests/e2e, see tests/e2e/harness.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.serve import Assistant
from tests.e2e.harness import shared_assistant


@pytest.fixture(scope="session")
def assistant() -> Iterator[Assistant]:
    with shared_assistant() as running:
        yield running
