"""A running server takes in call files added, edited or removed without a restart (reload_if_changed),
and keeps answering from the calls it has when a changed file does not validate."""
from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from rules_core import evaluate, loader

DEMO = Path(__file__).with_name("fixtures") / "calls" / "demo-2030.yaml"
PROFILE = {"call": "demo-2030", "role": "msc_student", "activity": "study", "destination": "ES",
           "start_date": "2030-10-01", "end_date": "2030-11-30", "as_of": "2030-03-01"}


@pytest.fixture
def calls_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "calls"
    folder.mkdir()
    monkeypatch.setenv("MOBILITY_CALLS_PATH", str(folder))
    monkeypatch.setenv("MOBILITY_CACHE_DIR", str(tmp_path / ".cache"))
    loader.reset()
    loader.known_ids()  # a server has read its calls before any file changes
    yield folder
    monkeypatch.delenv("MOBILITY_CALLS_PATH")
    loader.reset()


def _total() -> float:
    return float(evaluate(PROFILE)["grant"]["total_eur"])


def test_an_added_call_is_taken_in(calls_path: Path) -> None:
    assert "demo-2030" not in loader.known_ids()
    shutil.copy(DEMO, calls_path / DEMO.name)
    assert loader.reload_if_changed(every=0)
    assert "demo-2030" in loader.known_ids() and _total() == 1200.0  # 2 months x 600


def test_an_edited_figure_is_used_and_a_removed_call_is_gone(calls_path: Path) -> None:
    target = calls_path / DEMO.name
    shutil.copy(DEMO, target)
    assert loader.reload_if_changed(every=0) and _total() == 1200.0
    generation = loader.generation()
    assert not loader.reload_if_changed(every=0)  # nothing changed: nothing read again
    assert loader.generation() == generation
    target.write_text(DEMO.read_text().replace("rate: 600", "rate: 650"))
    assert loader.reload_if_changed(every=0) and _total() == 1300.0
    assert loader.generation() > generation
    target.unlink()
    assert loader.reload_if_changed(every=0) and "demo-2030" not in loader.known_ids()


def test_a_broken_edit_is_refused_once_and_the_last_good_call_keeps_answering(
    calls_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    target = calls_path / DEMO.name
    shutil.copy(DEMO, target)
    assert loader.reload_if_changed(every=0)
    target.write_text(DEMO.read_text().replace("rate: 600", "rate: 650").replace("kind: duration_range",
                                                                               "kind: duration_rnage"))
    with caplog.at_level(logging.WARNING, logger="rules_core.loader"):
        assert not loader.reload_if_changed(every=0)
        assert not loader.reload_if_changed(every=0)  # the same broken state is not read (nor logged) again
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "duration_rnage" in warnings[0].getMessage()
    assert _total() == 1200.0  # the call read before still answers
    target.write_text(DEMO.read_text().replace("rate: 600", "rate: 650"))  # fixed
    assert loader.reload_if_changed(every=0) and _total() == 1300.0


def test_files_are_looked_at_once_per_interval(calls_path: Path) -> None:
    loader.known_ids()
    loader.reload_if_changed(every=0)
    shutil.copy(DEMO, calls_path / DEMO.name)
    assert not loader.reload_if_changed(every=3600)  # looked at a moment ago: not yet again
    assert "demo-2030" not in loader.known_ids()
    assert loader.reload_if_changed(every=0)
