"""The conversation store's promises, checked on a real SQLite file inside Rasa's environment.

Rasa cannot be imported here (.venv), so each scenario runs tests/infra/store_script.py with .venv-rasa's
Python and we assert on the JSON it prints (which it reads back from the database file itself).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

RASA_PYTHON = REPO / ".venv-rasa" / "bin" / "python"
SCRIPT = Path(__file__).with_name("store_script.py")

pytestmark = pytest.mark.skipif(not RASA_PYTHON.exists(), reason="needs .venv-rasa (scripts/setup.sh)")


def run(scenario: str, db: Path) -> dict[str, Any]:
    ours = ("CONVERSATIONS_DB", "CONVERSATION_RETENTION_DAYS")
    env = {k: v for k, v in os.environ.items() if k not in ours}
    env["PYTHONPATH"] = str(REPO)
    result = subprocess.run(
        [str(RASA_PYTHON), str(SCRIPT), scenario, str(db)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_conversation_survives_reopening(tmp_path: Path) -> None:
    out = run("persistence", tmp_path / "state" / "conversations.db")
    assert out["slot"] == "IT"
    assert out["texts"] == ["I go to Spain", "and then Italy"]  # appended once each, nothing duplicated


def test_expired_conversations_are_purged_at_start_and_on_save(tmp_path: Path) -> None:
    out = run("retention", tmp_path / "c.db")
    assert out["before"] == ["old", "recent"]
    assert out["after_start"] == ["recent"]
    assert out["after_save"] == ["new"]


def test_delete_my_data_erases_everything_said_before(tmp_path: Path) -> None:
    out = run("erasure", tmp_path / "c.db")
    assert out["texts"] == []  # neither the facts nor the request itself remain
    assert out["slot"] is None
    assert out["bot"] == ["Your data is deleted."]
    assert out["carol"] == ["I go to Peru"]  # other people's conversations are untouched
    assert out["texts_later"] == ["hello again"]


def test_a_save_waiting_for_a_locked_database_leaves_the_event_loop_free(tmp_path: Path) -> None:
    out = run("locked", tmp_path / "c.db")
    assert out == {"turns": 20, "texts": ["I go to Japan"], "slot": "JP"}


@pytest.mark.parametrize("kind", ["directory", "under_a_file"])
def test_unusable_database_fails_loudly(tmp_path: Path, kind: str) -> None:
    if kind == "directory":
        db = tmp_path / "is_a_dir.db"
        db.mkdir()
    else:
        (tmp_path / "plain").write_text("x")
        db = tmp_path / "plain" / "c.db"
    out = run("unavailable", db)
    assert out["raised"], out
    assert str(db) in out["message"] or "plain" in out["message"]


def test_endpoints_use_the_retention_store() -> None:
    text = (REPO / "endpoints.yml").read_text()
    assert "type: bot.store.retention.RetentionSQLTrackerStore" in text
