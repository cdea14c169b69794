"""scripts/serve.py builds Rasa's command line: a token starting with "-" must still reach --auth-token.

secrets.token_urlsafe draws from A-Z a-z 0-9 - _, so one generated token in 64 starts with "-", and
`--auth-token -abc` makes Rasa's argparse stop with "expected one argument" (seen once in a test run).
"""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

import pytest

from scripts.serve import build
from tests.conftest import REPO


def _rasa_like_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(exit_on_error=False)
    parser.add_argument("-t", "--auth-token", type=str)  # as rasa/cli/arguments/run.py declares it
    return parser


def test_a_dash_token_is_one_argument(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASA_TOKEN", "-starts-with-a-dash")
    assistant = build((5905, 5955, 8985), "model.tar.gz", tmp_path, tmp_path / "c.db", widget=False)
    command = assistant.servers["rasa"].command
    token_args = [arg for arg in command if arg.startswith("--auth-token")]
    assert token_args == ["--auth-token=-starts-with-a-dash"]
    parsed, _ = _rasa_like_parser().parse_known_args(token_args)
    assert parsed.auth_token == "-starts-with-a-dash"


def test_the_two_word_form_would_fail() -> None:
    """Why the command uses --auth-token=...: the two-word form loses such a token."""
    with pytest.raises((argparse.ArgumentError, SystemExit)):
        _rasa_like_parser().parse_known_args(["--auth-token", "-starts-with-a-dash"])


def test_run_help_prints_the_options_without_setting_up_or_training() -> None:
    res = subprocess.run(["bash", "scripts/run.sh", "--help"], cwd=REPO, capture_output=True, text=True,
                         check=True)
    assert "--ports" in res.stdout and "RASA,ACTIONS,WIDGET" in res.stdout
    assert "setup" not in res.stdout + res.stderr and "train" not in res.stdout + res.stderr
