"""The YAML rule cases beside every call found (built-in calls, MOBILITY_CALLS_PATH, the test fixtures):
each case is one test; a case whose outcome differs fails with the difference. Then the runner itself: a
broken case fails, `mobility test-call` exits 1 on it, malformed cases are named with their place."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rules_core import CallFileError
from rules_core.cases import Case, load_cases, run_case, run_source
from rules_core.compile import compile_call
from rules_core.loader import call_files, validated_raw
from rules_core.sources import cases_path, is_call_folder

REPO = Path(__file__).resolve().parents[2]
FIXTURE_DIRS = [Path(__file__).parent / "fixtures" / "calls", REPO / "tests" / "e2e" / "fixtures" / "calls"]
MOBILITY = Path(sys.executable).parent / "mobility"
DEMO = FIXTURE_DIRS[0] / "demo-2030.yaml"


def _sources() -> list[Path]:
    extra = [p for d in FIXTURE_DIRS for p in sorted(d.iterdir())
             if is_call_folder(p) or (p.suffix == ".yaml" and not p.name.endswith(".tests.yaml"))]
    return list(dict.fromkeys([*call_files(), *extra]))


def _all_cases() -> list[tuple[Path, Case]]:
    return [(source, case) for source in _sources() for case in load_cases(source)]


CASES = _all_cases()


@pytest.mark.parametrize(("source", "case"), CASES, ids=[f"{s.name}:{c.name}" for s, c in CASES])
def test_rule_case(source: Path, case: Case) -> None:
    call = compile_call(validated_raw(source))
    assert run_case(call, case) == []


def test_both_builtin_calls_have_cases_on_both_sides() -> None:
    counts: dict[str, dict[str, int]] = {}
    for source, case in CASES:
        verdicts = counts.setdefault(source.name.split(".")[0], {})
        verdicts[str(case.output.verdict)] = verdicts.get(str(case.output.verdict), 0) + 1
    for call_id in ("itm-2024", "imt-lucca-2015"):
        assert counts[call_id]["eligible"] >= 10 and counts[call_id]["not_eligible"] >= 10, counts


def _demo_copy(tmp_path: Path, old: str, new: str) -> Path:
    shutil.copy(DEMO, tmp_path / DEMO.name)
    cases = (FIXTURE_DIRS[0] / "demo-2030.tests.yaml").read_text(encoding="utf-8")
    assert old in cases
    (tmp_path / "demo-2030.tests.yaml").write_text(cases.replace(old, new, 1), encoding="utf-8")
    return tmp_path / DEMO.name


def test_a_wrong_expectation_fails(tmp_path: Path) -> None:
    path = _demo_copy(tmp_path, "output: {verdict: eligible, passed: [duration]}",
                      "output: {verdict: not_eligible, passed: [duration]}")
    n, failures = run_source(path)
    assert n == 7
    assert failures == [
        "demo-2030: starting on 1 June 2030, 4 months (120 days) is within the amended limit: "
        "verdict: expected not_eligible, got eligible (failed: [])"
    ]
    res = subprocess.run([str(MOBILITY), "test-call", str(path)], capture_output=True, text=True)
    assert res.returncode == 1 and "expected not_eligible, got eligible" in res.stdout
    ok = subprocess.run([str(MOBILITY), "test-call", str(DEMO)], capture_output=True, text=True)
    assert ok.returncode == 0 and "7 cases, 0 failing" in ok.stdout


@pytest.mark.parametrize(
    ("want", "diff"),
    [
        ("failed: [nordic_only]}", "failed: expected ['nordic_only'], got ['duration']"),
        ('failed: [duration], explanations: {duration: "5 months"}}', "explanations.duration: expected"),
        ("failed: [duration], missing: [destination]}", "missing: expected ['destination'], got []"),
    ],
)
def test_each_expectation_is_checked(tmp_path: Path, want: str, diff: str) -> None:
    old = "failed: [duration], explanations: {duration: \"3 months\"}}"
    n, failures = run_source(_demo_copy(tmp_path, old, want))
    assert len(failures) == 1 and diff in failures[0], failures


def test_grant_and_deadlines_are_compared(tmp_path: Path) -> None:
    path = _demo_copy(tmp_path, "grant: {total_eur: 900.0}, deadlines: {application_deadline: 2030-03-01}",
                      "grant: {total_eur: 901.0}, deadlines: {application_deadline: 2030-03-02}")
    _, failures = run_source(path)
    assert [f.split(": ", 2)[2] for f in failures] == [
        "grant.total_eur: expected 901.0, got 900.0",
        "deadlines.application_deadline: expected '2030-03-02', got '2030-03-01'",
    ]


def test_malformed_cases_are_named_with_their_place(tmp_path: Path) -> None:
    path = _demo_copy(tmp_path, "output: {verdict: eligible, passed: [duration]}",
                      "output: {verdict: maybe, passd: [duration]}")
    with pytest.raises(CallFileError) as info:
        load_cases(path)
    text = str(info.value)
    assert "demo-2030.tests.yaml: [2] (starting on 1 June 2030" in text
    assert "output.verdict" in text and "output.passd" in text


def test_cases_path_beside_a_file_and_in_a_folder() -> None:
    assert cases_path(DEMO) == FIXTURE_DIRS[0] / "demo-2030.tests.yaml"
    lucca = REPO / "rules_core" / "calls" / "imt-lucca-2015"
    assert cases_path(lucca) == lucca / "tests.yaml"
    assert cases_path(FIXTURE_DIRS[1] / "nordhavn-2027.yaml") is None


def test_test_call_runs_the_cases_of_every_call_found() -> None:
    env = {**os.environ, "MOBILITY_CALLS_PATH": str(FIXTURE_DIRS[0])}
    res = subprocess.run([str(MOBILITY), "test-call"], capture_output=True, text=True, env=env)
    assert res.returncode == 0, res.stdout
    assert "harbour-2031: 10 cases, 0 failing" in res.stderr and "demo-2030.yaml: 7 cases" in res.stderr
    assert "itm-2024.yaml: 49 cases" in res.stderr and "imt-lucca-2015: 32 cases" in res.stderr
    assert res.stdout.strip() == "98 cases, 0 failing checks"
