"""The extra chat probes (tests/e2e/probes_extra.jsonl), run like the evaluator runs its probes: the shared
run_chat.py against the real servers' REST channel, one fresh conversation per probe.

Every expected pattern comes from the call texts (../shared/seeds) or the reference figures, not from what the
bot happened to say. The probes do not depend on the question date (the fixture runs with 2025-09-15; the
evaluator with the real date)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from scripts.serve import Assistant
from tests.conftest import SHARED

PROBES = Path(__file__).with_name("probes_extra.jsonl")


def test_probe_file_is_well_formed() -> None:
    probes = [json.loads(line) for line in PROBES.read_text().splitlines() if line.strip()]
    ids = [p["id"] for p in probes]
    assert len(ids) == len(set(ids)) and len(probes) >= 50
    assert all(p["turns"] and p["expect_all"] for p in probes)


def test_extra_chat_probes_pass(assistant: Assistant) -> None:
    result = subprocess.run(
        [sys.executable, str(SHARED / "eval-sample" / "run_chat.py"), str(PROBES),
         "--url", assistant.webhook_url, "-v"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
