"""scripts/serve.py's promises that need real servers: a broken store stops start-up loudly, children die."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scripts.serve import AssistantFailed, running_assistant
from tests.e2e.harness import _model


def test_an_unusable_conversation_database_stops_start_up_loudly(tmp_path: Path) -> None:
    not_a_file = tmp_path / "conversations.db"
    not_a_file.mkdir()  # Rasa would otherwise fall back to memory and lose every conversation silently
    starting = running_assistant(model=_model(), db=not_a_file, widget=False, timeout=300)
    with pytest.raises(AssistantFailed) as failure:
        starting.__enter__()
    message = str(failure.value)
    assert "rasa exited" in message and "TrackerStoreUnavailable" in message, message[-2000:]


def test_stopping_leaves_no_server_behind() -> None:
    with running_assistant(model=_model(), widget=True, timeout=240) as assistant:
        groups = [server.process.pid for server in assistant.servers.values()]
        assert assistant.model_loaded()
    for group in groups:
        with pytest.raises(ProcessLookupError):
            os.killpg(group, 0)  # the whole process group is gone, Sanic's helpers included
