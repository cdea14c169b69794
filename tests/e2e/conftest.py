"""The real servers for the end-to-end conversations (shared with tests/widget, see harness.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.serve import Assistant
from tests.e2e.harness import shared_assistant


@pytest.fixture(scope="session")
def assistant() -> Iterator[Assistant]:
    with shared_assistant() as running:
        yield running
