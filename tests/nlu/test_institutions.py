"""The extractor's institution names come from the call files (chat.aliases, chat.shared_names): a call added
to MOBILITY_CALLS_PATH is recognised by a running extractor, with no code change and no retraining."""
from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import language
from bot.language import detect, set_institution_names
from bot.nlu import institutions
from bot.nlu.extract import extract

HARBOUR = Path(__file__).parents[1] / "rules_core" / "fixtures" / "calls" / "harbour-2031"
TODAY = dt.date(2031, 2, 1)


def named(text: str) -> set[tuple[str, str]]:
    found = extract(text, TODAY)
    return {(text[e["start"]:e["end"]], e["value"]) for e in found if e["entity"] == "institution"}


@pytest.fixture
def calls_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("MOBILITY_CALLS_PATH", str(tmp_path))
    monkeypatch.setattr(institutions._names.watch, "every", 0.0)
    yield tmp_path
    monkeypatch.delenv("MOBILITY_CALLS_PATH")
    institutions.patterns()  # back to the built-in calls for the other tests


def test_the_shipped_calls_names_come_from_their_files() -> None:
    assert named("I study at the ITG in Antwerpen") == {("ITG", "itm"), ("Antwerpen", "itm")}
    assert named("IMT Lucca PhD") == {("IMT Lucca", "lucca")}  # the shared name before an alias is part of it
    assert named("à l'IMT, je suis doctorante") == {("IMT", "imt")}  # shared by both: the actions ask


def test_a_call_added_while_running_is_recognised_and_a_removed_one_forgotten(calls_path: Path) -> None:
    text = "I'm a master's student at Harbour School of Design"
    assert named(text) == set()
    shutil.copytree(HARBOUR, calls_path / HARBOUR.name)
    assert named(text) == {("Harbour School of Design", "harbour")}
    assert not any(e["entity"] in ("city", "receiving_org") for e in extract(text, TODAY))
    shutil.rmtree(calls_path / HARBOUR.name)
    assert named(text) == set()


def test_a_broken_call_file_does_not_stop_the_others(calls_path: Path) -> None:
    (calls_path / "broken-2031.yaml").write_text("id: broken-2031\nchat: [unclosed\n")
    assert {value for _, value in named("at ITM Antwerp")} == {"itm"}


def test_institution_names_are_no_evidence_of_a_language() -> None:
    # "Antwerpen" and "Hogeschool" look Dutch to the detector; one-word names the calls give are left out.
    text = "What about Nordhavn Hogeschool Antwerpen?"
    before = language._institution_names
    set_institution_names([])
    assert detect(text, None) == "nl"
    set_institution_names(["nordhavn", "hogeschool", "antwerpen", "nordhavn hogeschool"])
    try:
        assert detect(text, None) == "en"
    finally:
        set_institution_names(before)
