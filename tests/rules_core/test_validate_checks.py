"""`mobility validate-call` names every problem with its place, each check on both sides: dates out of order,
windows overlapping another call of the same institution, texts missing in a language, contacts without an
address, missing sources (unknown countries and rule kinds: test_calls_data.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rules_core import CallFileError, loader
from rules_core.checks import lint

FIXTURES = Path(__file__).parent / "fixtures" / "calls"
DEMO = FIXTURES / "demo-2030.yaml"
BUILTIN = Path(loader.__file__).parent / "calls"
MOBILITY = Path(sys.executable).parent / "mobility"


def _demo(tmp_path: Path, name: str = "demo-2030.yaml", **changes: str) -> Path:
    text = DEMO.read_text(encoding="utf-8")
    for old, new in changes.items():
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _validate(path: Path, calls_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MOBILITY_CALLS_PATH"}
    if calls_path is not None:
        env["MOBILITY_CALLS_PATH"] = str(calls_path)
    cmd = [str(MOBILITY), "validate-call", str(path)]
    return subprocess.run(cmd, capture_output=True, text=True, env=env)


@pytest.mark.parametrize("path", [BUILTIN / "itm-2024.yaml", BUILTIN / "imt-lucca-2015", DEMO,
                                  FIXTURES.parents[2] / "e2e" / "fixtures" / "calls" / "nordhavn-2027.yaml"])
def test_every_call_shipped_is_clean(path: Path) -> None:
    res = _validate(path)
    assert res.returncode == 0 and res.stderr == "", res.stderr
    assert ": ok (call " in res.stdout


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({'deadline: {value: 2030-03-01,': 'deadline: {value: 2030-10-01,'},
         "deadlines.application_deadline (2030-10-01) is after deadlines.mobility_end_by (2030-09-30)"),
        ({"windows: {academic_year: 2029-2030}":
          "windows: {academic_year: 2029-2030, mobility_start: 2030-10-01, mobility_end: 2030-09-30}"},
         "windows.mobility_start (2030-10-01) is after deadlines.mobility_end_by (2030-09-30)"),
        ({"windows: {academic_year: 2029-2030}":
          "windows: {application_opens: 2030-03-02, mobility_end: 2030-09-30}"},
         "windows.application_opens (2030-03-02) is after deadlines.application_deadline (2030-03-01)"),
        ({"  - {role: Demo office, email: demo@example.org, source: \"Contact\"}":
          "  - {role: Demo office, source: \"Contact\"}"},
         "contacts[0]: a contact needs an `email`"),
        ({'end_by: {value: 2030-09-30, source: "Period"}': "end_by: {value: 2030-09-30}"},
         "parameters.end_by: needs a `source`"),
        ({'    source: "Destinations"\n    countries': "    countries"},
         "country_sets.nordic: needs a `source`"),
        # A misspelt grant parameter used to validate and then fail the first grant computed.
        ({"params: {rate: 600}": "params: {rat: 600}"},
         "grant.components[0]: params.rate: needed by kind monthly_flat; params.rat: unknown for kind "
         "monthly_flat (it takes: rate, note)"),
        ({"params: {rate: 600}": "params: {rate: 600, ratee: 3}"},
         "params.ratee: unknown for kind monthly_flat"),
    ],
)
def test_load_time_problems_are_named(tmp_path: Path, changes: dict[str, str], expected: str) -> None:
    path = _demo(tmp_path, **changes)
    with pytest.raises(CallFileError) as info:
        loader.validate(path)
    assert expected in str(info.value), str(info.value)
    res = _validate(path)
    assert res.returncode == 2 and expected in res.stderr and res.stdout == ""


def test_dates_in_order_and_a_contact_without_address_that_says_why_are_fine(tmp_path: Path) -> None:
    path = _demo(tmp_path, **{
        'deadline: {value: 2030-03-01,': 'deadline: {value: 2030-09-30,',  # the same day as the end: allowed
        "windows: {academic_year: 2029-2030}":
            "windows: {application_opens: 2030-03-01, mobility_start: 2030-09-30, mobility_end: 2030-09-30}",
        "  - {role: Demo office, email: demo@example.org, source: \"Contact\"}":
            "  - {role: Demo office, email: demo@example.org, source: \"Contact\"}\n"
            "  - {role: Your supervisor, no_email: the call names no address, source: \"Contact\"}",
    })
    assert loader.validate(path).contacts[1].no_email
    assert _validate(path).returncode == 0


def test_texts_missing_in_a_language_are_named(tmp_path: Path) -> None:
    path = _demo(tmp_path, **{
        ", nl: de Noordse landen, it: i paesi nordici}": ", nl: de Noordse landen}",
        'it: "Scriva a demo@example.org."': 'it: ""',
    })
    res = _validate(path)
    assert res.returncode == 2
    assert res.stderr.splitlines() == [
        f"{path}: country_sets.nordic.label: text missing in it",
        f"{path}: topics.contacts.text: text missing in it",
    ]


def test_a_rule_message_missing_an_outcome_in_a_language_is_named() -> None:
    raw = loader.validate(DEMO).model_dump(mode="json")
    raw["rules"][0]["message"] = {"en": {"ok": "Yes", "fail": "No"}, "fr": {"ok": "Oui"},
                                  "nl": {"ok": "Ja", "fail": "Nee"}}
    assert lint(raw, []) == ["rules[0] (role_allowed).message: text missing in it",
                             "rules[0] (role_allowed).message.fr: missing fail"]


def _next_call(tmp_path: Path, start: str, end: str, institution: str = "Demo University Ghent") -> Path:
    return _demo(tmp_path, "demo-2031.yaml", **{
        "id: demo-2030": "id: demo-2031",
        "institution: Demo University Ghent": f"institution: {institution}",
        "windows: {academic_year: 2029-2030}": f"windows: {{mobility_start: {start}}}",
        'deadline: {value: 2030-03-01,': f'deadline: {{value: {start},',
        'end_by: {value: 2030-09-30,': f'end_by: {{value: {end},',
    })


def test_windows_overlapping_another_call_of_the_institution(tmp_path: Path) -> None:
    _demo(tmp_path, **{"windows: {academic_year: 2029-2030}": "windows: {mobility_start: 2029-10-01}"})
    clash = _next_call(tmp_path, "2030-09-30", "2031-09-30")
    res = _validate(clash, tmp_path)
    assert res.returncode == 2
    assert res.stderr.strip() == (
        f"{clash}: windows: 2030-09-30 to 2031-09-30 overlaps call demo-2030 of the same institution "
        "(2029-10-01 to 2030-09-30); give each call its own dates")


def test_windows_after_the_other_call_or_another_institution_are_fine(tmp_path: Path) -> None:
    _demo(tmp_path, **{"windows: {academic_year: 2029-2030}": "windows: {mobility_start: 2029-10-01}"})
    assert _validate(_next_call(tmp_path, "2030-10-01", "2031-09-30"), tmp_path).returncode == 0
    other = _next_call(tmp_path, "2030-09-30", "2031-09-30", institution="Another College")
    assert _validate(other, tmp_path).returncode == 0


def test_a_shared_chat_alias_makes_the_same_institution() -> None:
    raw = loader.validate(DEMO).model_dump(mode="json")
    other = {**raw, "id": "x-2030", "institution": "DUG", "chat": {"aliases": ["dug"]}}
    mine = {**raw, "chat": {"aliases": ["Dug", "demo"]}}
    assert "overlaps call x-2030" in lint(mine, [other])[0]
    assert lint({**mine, "chat": {"aliases": ["demo"]}}, [other]) == []


def test_one_run_names_every_problem_of_a_folder_with_its_file(tmp_path: Path) -> None:
    folder = tmp_path / "harbour-2031"
    shutil.copytree(FIXTURES / "harbour-2031", folder)

    def edit(name: str, old: str, new: str) -> None:
        text = (folder / name).read_text(encoding="utf-8")
        assert old in text, old
        (folder / name).write_text(text.replace(old, new, 1), encoding="utf-8")

    edit("country_sets.yaml", "Bulgaria, Czech", "Belgum, Czech")
    edit("country_sets.yaml", ", it: gli Stati membri dell'UE}", "}")
    edit("parameters.yaml", '{value: 2031-05-15, source: "Deadline"}', "{value: 2032-10-01}")
    edit("rules.yaml", "kind: destination_not_sending", "kind: destination_not_sendng")
    edit("call.yaml", "    email: erasmus@harbour.example", '    phone: "+31 10 000 0000"')
    edit("call.yaml", "mobility_start: 2031-09-01", "mobility_start: 2032-09-01")
    res = _validate(folder)
    assert res.returncode == 2
    lines = res.stderr.splitlines()
    expected = [
        ("parameters.yaml", "parameters.application_deadline.values.2031-01-15: needs a `source`"),
        ("country_sets.yaml", "country_sets.eu27.countries[1]: unknown country 'Belgum'; closest names: "),
        ("rules.yaml", "rules[3] (not_netherlands).kind: unknown rule kind 'destination_not_sendng'"),
        ("call.yaml", "contacts[0]: a contact needs an `email`"),
        ("call.yaml", "windows.mobility_start (2032-09-01) is after deadlines.mobility_end_by (2032-08-31)"),
        ("call.yaml", "deadlines.application_deadline (2032-10-01) is after deadlines.mobility_end_by"),
        ("country_sets.yaml", "country_sets.eu27.label: text missing in it"),
    ]
    for name, text in expected:
        assert any(line.startswith(f"{folder / name}: {text}") for line in lines), (name, text, lines)
