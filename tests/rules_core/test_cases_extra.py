"""Every case of cases_extra.jsonl (expectations derived from the seeds, see each case's `note`) passes
through the `mobility check` CLI, checked by the shared evaluator script run_rules.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import REPO, SHARED

CASES = Path(__file__).with_name("cases_extra.jsonl")
RUNNER = SHARED / "eval-sample" / "run_rules.py"


def test_cases_file_is_well_formed() -> None:
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(cases) >= 60
    assert len({c["id"] for c in cases}) == len(cases)
    for c in cases:
        assert set(c) == {"id", "profile", "expect", "note"}, c["id"]
        assert c["note"], c["id"]


@pytest.mark.skipif(not RUNNER.exists(), reason="shared/eval-sample/run_rules.py not available")
@pytest.mark.skipif(not (REPO / ".venv" / "bin" / "mobility").exists(), reason="no .venv/bin/mobility")
def test_all_extra_cases_pass() -> None:
    p = subprocess.run(
        [sys.executable, str(RUNNER), str(CASES), "--root", str(REPO)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert p.returncode == 0, p.stdout[-4000:] + p.stderr[-2000:]
