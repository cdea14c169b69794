"""A call as one file or as a folder of small files, shared sections included by name, dated parameters, and
the cache stamp that covers every file a call reads."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import yaml

from rules_core import CallFileError, evaluate, get_call, loader
from rules_core.compile import compile_call
from rules_core.params import value_at
from rules_core.sources import BUILTIN_DIR, read_call, stamp

FIXTURES = Path(__file__).parent / "fixtures" / "calls"
DEMO = FIXTURES / "demo-2030.yaml"
PROFILE = {"call": "demo-2030", "as_of": "2030-01-10", "role": "msc_student", "activity": "traineeship",
           "destination": "Finland", "start_date": "2030-04-01", "end_date": "2030-05-15"}


def _split(folder: Path, shared: dict[str, object] | None = None) -> Path:
    """The demo call as a folder: call.yaml plus one file per section (and a `_shared` file beside it)."""
    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    folder.mkdir(parents=True)
    for section in ("parameters", "country_sets", "rules", "topics"):
        (folder / f"{section}.yaml").write_text(yaml.safe_dump(data.pop(section)), encoding="utf-8")
    (folder / "call.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    if shared is not None:
        (folder.parent / "_shared").mkdir()
        for name, content in shared.items():
            (folder.parent / "_shared" / f"{name}.yaml").write_text(yaml.safe_dump(content), encoding="utf-8")
    return folder


@pytest.fixture
def calls_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("MOBILITY_CALLS_PATH", str(tmp_path))
    monkeypatch.setenv("MOBILITY_CACHE_DIR", str(tmp_path / ".cache"))
    loader.reset()
    yield tmp_path
    monkeypatch.delenv("MOBILITY_CALLS_PATH")
    loader.reset()


def test_a_folder_call_gives_the_same_decisions_as_one_file(calls_path: Path) -> None:
    _split(calls_path / "demo-2030")
    assert loader.validate(calls_path / "demo-2030").model_dump() == loader.validate(DEMO).model_dump()
    d = evaluate(PROFILE)
    assert d["verdict"] == "eligible" and d["grant"]["total_eur"] == 900.0
    assert "demo-2030" in loader.known_ids()


def test_lucca_is_a_folder_and_itm_includes_the_programme_regions() -> None:
    assert (BUILTIN_DIR / "imt-lucca-2015" / "rules.yaml").is_file()
    assert get_call("imt-lucca-2015").rules[0].id == "role_allowed"
    itm = read_call(BUILTIN_DIR / "itm-2024.yaml")
    assert itm.origin["country_sets.region_9"].name == "programme-regions-2021-2027.yaml"
    assert list(itm.data["country_sets"])[:3] == ["eu27", "associated", "region_1"]
    assert get_call("itm-2024").country_sets["region_10"].reference.startswith("erasmus-figures.md")


def test_a_problem_in_a_folder_names_its_file(tmp_path: Path) -> None:
    folder = _split(tmp_path / "demo-2030")
    rules = folder / "rules.yaml"
    rules.write_text(rules.read_text().replace("destination_in_sets", "destination_in_set"))
    with pytest.raises(CallFileError) as info:
        loader.validate(folder)
    assert str(info.value).startswith(f"{rules}: rules[2] (nordic_only).kind: unknown rule kind")


def test_a_section_in_two_files_is_a_problem(tmp_path: Path) -> None:
    folder = _split(tmp_path / "demo-2030")
    (folder / "call.yaml").write_text((folder / "call.yaml").read_text() + "topics: {}\n")
    with pytest.raises(CallFileError, match="section 'topics' is also in"):
        loader.validate(folder)


def test_shared_sets_are_included_by_name_and_own_entries_win(tmp_path: Path) -> None:
    nordic = yaml.safe_load(DEMO.read_text())["country_sets"]["nordic"]
    folder = _split(tmp_path / "demo-2030", shared={"nordic-sets": {"nordic": nordic, "baltic": {
        **nordic, "countries": ["Estonia", "Latvia", "Lithuania"]}}})
    own = "baltic: {label: {en: x, fr: x, nl: x, it: x}, source: Own, countries: [Estonia]}\n"
    (folder / "country_sets.yaml").write_text("include: nordic-sets\n" + own)
    call = loader.validate(folder)
    assert set(call.country_sets) == {"nordic", "baltic"}
    assert call.country_sets["baltic"].countries == ["EE"] and call.country_sets["baltic"].source == "Own"
    assert read_call(folder).origin["country_sets.nordic"] == tmp_path / "_shared" / "nordic-sets.yaml"


def test_an_unknown_shared_name_and_a_bad_shared_entry_are_named(tmp_path: Path) -> None:
    folder = _split(tmp_path / "demo-2030", shared={"bad": {"nordic": {"label": {"en": "x"}, "source": "s",
                                                                         "countries": ["Atlantis"]}}})
    (folder / "country_sets.yaml").write_text("include: [nordik]\n")
    with pytest.raises(CallFileError, match=r"country_sets.include: no shared file 'nordik' \(looked in: "):
        loader.validate(folder)
    (folder / "country_sets.yaml").write_text("include: bad\n")
    with pytest.raises(CallFileError) as info:
        loader.validate(folder)
    shared = tmp_path / "_shared" / "bad.yaml"
    assert f"{shared}: country_sets.nordic.countries[0]: unknown country" in str(info.value)


def test_a_copied_call_finds_the_builtin_shared_files(tmp_path: Path) -> None:
    text = (BUILTIN_DIR / "itm-2024.yaml").read_text().replace("id: itm-2024", "id: itm-copy")
    (tmp_path / "itm-copy.yaml").write_text(text)
    assert "region_14" in loader.validate(tmp_path / "itm-copy.yaml").country_sets


def test_the_stamp_covers_folder_files_and_shared_files(calls_path: Path) -> None:
    nordic = yaml.safe_load(DEMO.read_text())["country_sets"]["nordic"]
    folder = _split(calls_path / "demo-2030", shared={"sets": {"nordic": nordic}})
    (folder / "country_sets.yaml").write_text("include: sets\n")
    before = stamp(folder)
    assert evaluate({**PROFILE, "destination": "Spain"})["verdict"] == "not_eligible"
    shared = calls_path / "_shared" / "sets.yaml"
    shared.write_text(shared.read_text().replace("- Sweden", "- Sweden\n  - Spain"))
    os.utime(shared, ns=(1, 1))  # a different mtime even within the same clock tick
    assert stamp(folder) != before
    loader.reset()
    assert evaluate({**PROFILE, "destination": "Spain"})["verdict"] == "eligible"  # not the cached call
    rules = folder / "rules.yaml"
    rules.write_text(rules.read_text().replace("max: $max_months", "max: 1"))
    loader.reset()
    assert evaluate(PROFILE)["verdict"] == "not_eligible"


def test_dated_values_pick_the_one_in_force() -> None:
    points = [("2029-09-01", 3), ("2030-06-01", 4)]
    assert value_at(points, date(2030, 5, 31)) == 3
    assert value_at(points, date(2030, 6, 1)) == 4
    assert value_at(points, date(2020, 1, 1)) == 3  # before the first line: the first value
    assert value_at(points, None) == 4  # no date: the latest


def test_dated_limit_follows_the_start_date(calls_path: Path) -> None:
    shutil.copy(DEMO, calls_path / DEMO.name)
    four_months = {**PROFILE, "start_date": "2030-06-01", "end_date": "2030-09-30"}
    assert evaluate(four_months)["verdict"] == "eligible"
    assert evaluate({**four_months, "start_date": "2030-05-31"})["verdict"] == "not_eligible"
    call = compile_call(loader.validated_raw(DEMO))
    [rule] = [r for r in call.rules if r.id == "duration"]
    assert rule.params["max"] == 4 and rule.params_on(date(2030, 1, 1))["max"] == 3


def test_a_parameter_takes_value_or_values_not_both(tmp_path: Path) -> None:
    text = DEMO.read_text().replace('deadline: {value: 2030-03-01, source: "Deadline"}',
                                    'deadline: {value: 2030-03-01, source: "Deadline", values: {}}')
    (tmp_path / "d.yaml").write_text(text)
    with pytest.raises(CallFileError, match="either `value`"):
        loader.validate(tmp_path / "d.yaml")
    text = DEMO.read_text().replace("2029-09-01: {value: 3", "2030-09-01: {value: 3")
    (tmp_path / "d.yaml").write_text(text)
    with pytest.raises(CallFileError, match=r"parameters.max_months.values: dates out of order"):
        loader.validate(tmp_path / "d.yaml")


def test_topics_and_parameters_are_shared_the_same_way(tmp_path: Path) -> None:
    folder = _split(tmp_path / "demo-2030", shared={
        "office-topics": {"contacts": {"source": "Contact", "text": {
            "en": "Write to the office.", "fr": "Écrivez au bureau.", "nl": "Schrijf naar het bureau.",
            "it": "Scriva all'ufficio."}}},
        "office-dates": {"end_by": {"value": date(2030, 8, 31), "source": "Office calendar"}},
    })
    (folder / "topics.yaml").write_text("include: office-topics\n")
    params = folder / "parameters.yaml"
    params.write_text(params.read_text().replace("end_by:", "end_by_unused:") + "include: office-dates\n")
    call = loader.validate(folder)
    assert call.topics["contacts"].answer("nl") == "Schrijf naar het bureau."
    end_by = call.parameters["end_by"]
    assert end_by.value == date(2030, 8, 31) and end_by.source == "Office calendar"
