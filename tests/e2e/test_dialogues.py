"""Multi-turn dialogues through the REST channel, each at the date it names: the shared sample
(../shared/eval-sample/dialogues_sample.jsonl, every one must pass) and our own hand-written held-out set
(tests/e2e/dialogues_handwritten.jsonl, written from the call texts only and never trained on; its pass rate
is reported and must stay at or above HANDWRITTEN_MIN)."""
from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.serve import running_assistant
from tests.conftest import SHARED
from tests.e2e.harness import _model

SAMPLE = SHARED / "eval-sample" / "dialogues_sample.jsonl"
HANDWRITTEN = Path(__file__).with_name("dialogues_handwritten.jsonl")
RUN_CHAT = SHARED / "eval-sample" / "run_chat.py"
DATES = ("2025-10-01", "2016-01-10", "now")
HANDWRITTEN_MIN = 0.9
RESULT_RX = re.compile(r"chat: (\d+)/(\d+) pass")


@contextlib.contextmanager
def assistant_on(today: str) -> Iterator[str]:
    """An assistant whose question date is `today` ("now": the real date, MOBILITY_TODAY unset)."""
    saved = os.environ.pop("MOBILITY_TODAY", None)  # another test module may have set it for its fixtures
    try:
        env = {} if today == "now" else {"MOBILITY_TODAY": today}
        with running_assistant(model=_model(), widget=False, env=env) as assistant:
            yield assistant.webhook_url
    finally:
        if saved is not None:
            os.environ["MOBILITY_TODAY"] = saved


def run_chat(path: Path, url: str, today: str) -> tuple[int, int, str]:
    result = subprocess.run([sys.executable, str(RUN_CHAT), str(path), "--url", url, "--today", today],
                            capture_output=True, text=True, timeout=900)
    found = RESULT_RX.search(result.stdout)
    assert found, result.stdout[-2000:] + result.stderr[-2000:]
    return int(found.group(1)), int(found.group(2)), result.stdout


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, tuple[int, int, str]]]:
    out: dict[str, dict[str, tuple[int, int, str]]] = {}
    for today in DATES:
        with assistant_on(today) as url:
            out[today] = {"sample": run_chat(SAMPLE, url, today),
                          "handwritten": run_chat(HANDWRITTEN, url, today)}
    return out


@pytest.mark.parametrize("today", DATES)
def test_every_shared_sample_dialogue_passes(results: dict, today: str) -> None:
    passed, total, output = results[today]["sample"]
    assert passed == total, output[-3000:]


def test_handwritten_held_out_dialogues(results: dict) -> None:
    passed = sum(results[d]["handwritten"][0] for d in DATES)
    total = sum(results[d]["handwritten"][1] for d in DATES)
    print(f"hand-written held-out dialogues: {passed}/{total}")
    failures = "".join(results[d]["handwritten"][2] for d in DATES)
    assert total >= 60 and passed / total >= HANDWRITTEN_MIN, failures[-4000:]
