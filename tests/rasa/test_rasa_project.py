"""Rasa's own checks on the training data and the test stories, run against the trained model.

The model is trained by scripts/test.sh before pytest starts (scripts/train.sh), so these tests use it as is.
"""

from __future__ import annotations

import subprocess

import pytest

from tests.conftest import MODEL, RASA_BIN, REPO


def run_rasa(*args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(RASA_BIN), *args], cwd=REPO, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def model() -> str:
    assert MODEL.exists(), "no trained model: run scripts/train.sh (scripts/test.sh does)"
    return str(MODEL)


def test_training_data_validates_without_warnings() -> None:
    result = run_rasa("data", "validate", "--domain", "domain", "--data", "data", "--config", "config.yml")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    warnings = [line for line in output.splitlines() if "UserWarning" in line or " WARNING " in line]
    assert not warnings, "\n".join(warnings)


def test_every_test_story_is_predicted(model: str, tmp_path) -> None:
    result = run_rasa(
        "test", "core", "--model", model, "--stories", "tests/stories", "--out", str(tmp_path),
        "--fail-on-prediction-errors",
    )
    failed = (tmp_path / "failed_test_stories.yml")
    detail = failed.read_text()[:4000] if failed.exists() else (result.stdout + result.stderr)[-3000:]
    assert result.returncode == 0, detail
