"""bot.patches: the changes to Rasa's own code install only on the Rasa version they were written for."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from bot.patches import RASA_VERSION, UnsupportedRasa, check_version
from tests.e2e.harness import Conversation, shared_assistant

REPO = Path(__file__).resolve().parents[2]


def test_any_other_rasa_version_is_refused() -> None:
    check_version(RASA_VERSION)
    for other in ("3.6.20", "3.7.0", "3.6.21rc1"):
        with pytest.raises(UnsupportedRasa, match=other):
            check_version(other)


def test_the_launcher_installs_them_and_rasa_matches() -> None:
    """The installed Rasa is the one the patches were written for, and installing them works there."""
    code = ("import bot.patches, rasa; bot.patches.install(); "
            "from rasa.core.actions.action import RemoteAction; print(rasa.__version__)")
    result = subprocess.run([str(REPO / ".venv-rasa" / "bin" / "python"), "-c", code], cwd=REPO,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == RASA_VERSION


def test_the_running_server_froze_its_loaded_model_and_still_answers() -> None:
    """bot/patches/frozen.py: the model's objects (hundreds of thousands) are out of full collections."""
    with shared_assistant() as assistant:
        assert Conversation(assistant, "frozen").say("Hello")
        log = (assistant.log_dir / "rasa.log").read_text(errors="replace")
    frozen = re.search(r"Froze (\d+) objects of the loaded model", log)
    assert frozen and int(frozen.group(1)) > 100_000, log[-2000:]
