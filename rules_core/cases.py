"""Rule tests as data (openfisca style): YAML cases beside each call, run for every call found.

A cases file (`<id>.tests.yaml` beside a one-file call, `tests.yaml` in a call's folder) is a list of cases:

    - name: staff training of 60 days is the longest allowed
      input: {role: staff, activity: staff_training, destination: Spain, start_date: 2026-02-01,
              end_date: 2026-04-01, as_of: 2025-09-15, ...}     # a profile; `call` defaults to this call
      lang: fr                                                 # optional, default en
      output:
        verdict: eligible                    # eligible | not_eligible | incomplete
        failed: [staff_duration]             # exactly these rules fail (ids; [] = none)
        passed: [staff_duration]             # at least these rules pass
        missing: [destination]               # exactly these facts are missing
        conditions: [board_authorised]       # exactly these conditions remain
        grant: {total_eur: 900.0}            # these grant fields have these values
        deadlines: {apply_by: 2025-12-01}    # these deadline fields have these values
        explanations: {staff_duration: "60"} # the rule's explanation contains this text

Every key of `output` is optional; a case states what it is about. `mobility test-call <call>` and
`tests/rules_core/test_call_cases.py` run them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import CallFileError, InvalidProfile
from .sources import cases_path, read_yaml

Verdict = Literal["eligible", "not_eligible", "incomplete"]


class Expected(BaseModel):
    model_config = ConfigDict(extra="forbid")

    verdict: Verdict | None = None
    failed: list[str] | None = None
    passed: list[str] | None = None
    missing: list[str] | None = None
    conditions: list[str] | None = None
    grant: dict[str, Any] | None = None
    deadlines: dict[str, Any] | None = None
    explanations: dict[str, str] | None = None


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    input: dict[str, Any]
    lang: Literal["en", "fr", "nl", "it"] = "en"
    output: Expected


def load_cases(source: Path) -> list[Case]:
    """The call's cases ([] when it has none); CallFileError names each malformed case and its place."""
    path = cases_path(source)
    if path is None:
        return []
    data = read_yaml(path)
    if not isinstance(data, list):
        raise CallFileError([f"{path}: (top level): a cases file is a list of cases"])
    cases, problems = [], []
    for i, item in enumerate(data):
        try:
            cases.append(Case.model_validate(item))
        except ValidationError as e:
            name = item.get("name") if isinstance(item, dict) else None
            for err in e.errors():
                where = ".".join(str(x) for x in err["loc"])
                problems.append(f"{path}: [{i}] ({name}).{where}: {err['msg']}")
    if problems:
        raise CallFileError(problems)
    return cases


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _same(got: Any, want: Any) -> bool:
    if isinstance(got, float) or isinstance(want, float):
        return isinstance(got, int | float) and isinstance(want, int | float) and abs(got - want) < 0.005
    return got == _plain(want)


def compare(decision: dict[str, Any], want: Expected) -> list[str]:
    """What differs between a decision and the expected outcome, one line each ([] = the case passes)."""
    out = []
    failed = [f["rule"] for f in decision["failed"]]
    passed = [p["rule"] for p in decision["passed"]]
    if want.verdict is not None and decision["verdict"] != want.verdict:
        out.append(f"verdict: expected {want.verdict}, got {decision['verdict']} (failed: {failed})")
    exact = {"failed": failed, "missing": decision["missing"],
             "conditions": [c["field"] for c in decision["conditions"]]}
    for key, got in exact.items():
        expected = getattr(want, key)
        if expected is not None and sorted(got) != sorted(expected):
            out.append(f"{key}: expected {sorted(expected)}, got {sorted(got)}")
    if want.passed is not None and (absent := sorted(set(want.passed) - set(passed))):
        out.append(f"passed: expected {absent} among the passed rules, got {sorted(passed)}")
    for part in ("grant", "deadlines"):
        for key, expected in (getattr(want, part) or {}).items():
            got = decision[part].get(key)
            if not _same(got, expected):
                out.append(f"{part}.{key}: expected {_plain(expected)!r}, got {got!r}")
    texts = {e["rule"]: e["explanation"] for e in decision["failed"] + decision["passed"]}
    for rule, fragment in (want.explanations or {}).items():
        if fragment not in texts.get(rule, ""):
            out.append(f"explanations.{rule}: expected to contain {fragment!r}, got {texts.get(rule)!r}")
    return out


def run_case(call: Any, case: Case) -> list[str]:
    """Evaluate a case against a compiled call: the differences, or the profile's error."""
    from .engine import evaluate

    profile = {"call": call.id, **{k: _plain(v) for k, v in case.input.items()}}
    try:
        decision = evaluate(profile, case.lang, call=call)
    except InvalidProfile as e:
        return [f"invalid input: {e}"]
    return compare(decision, case.output)


def run_source(source: Path) -> tuple[int, list[str]]:
    """Run every case of a call (file or folder): (number of cases, one line per failing check)."""
    from .compile import compile_call
    from .loader import validated_raw

    call = compile_call(validated_raw(source))
    cases = load_cases(source)
    failures = []
    for case in cases:
        failures += [f"{call.id}: {case.name}: {diff}" for diff in run_case(call, case)]
    return len(cases), failures
