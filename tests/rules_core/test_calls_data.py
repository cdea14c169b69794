"""Call files: validation with places, the API models, topics, a third call added as data only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rules_core import TOPICS, CallFileError, evaluate, get_call, list_calls, loader, needed_for

FIXTURES = Path(__file__).parent / "fixtures" / "calls"
MOBILITY = Path(sys.executable).parent / "mobility"


def test_builtin_calls_listed() -> None:
    ids = [c.id for c in list_calls()]
    assert "itm-2024" in ids and "imt-lucca-2015" in ids


def test_call_models_api() -> None:
    itm = get_call("itm-2024")
    assert itm.institution.startswith("Institute of Tropical Medicine")
    emails = {c.email for c in itm.contacts}
    assert {"cmorantin@itg.be", "erasmusplusmobility@itg.be"} <= emails
    staff_contact = next(c for c in itm.contacts if c.email == "cmorantin@itg.be")
    assert staff_contact.name == "Charlotte Morantin" and staff_contact.audience == ["staff"]
    lucca = get_call("imt-lucca-2015")
    [c] = lucca.contacts
    assert (c.name, c.phone, c.fax, c.audience) == (
        "Daniela Giorgetti",
        "+39 0583 4326 562",
        "+39 0583 4326 565",
        [],
    )


@pytest.mark.parametrize("call_id", ["itm-2024", "imt-lucca-2015"])
def test_topics_in_four_languages_with_source(call_id: str) -> None:
    topics = get_call(call_id).topics
    assert topics and set(topics) <= set(TOPICS)
    for key, topic in topics.items():
        assert topic.source, key
        for lang in ("en", "fr", "nl", "it"):
            assert getattr(topic.text, lang), f"{call_id}.{key} lacks {lang}"
        if key != "contacts":  # names and numbers may read the same; prose must be translated
            answers = {topic.answer(lang) for lang in ("en", "fr", "nl", "it")}
            assert len(answers) == 4, f"{call_id}.{key} has an untranslated answer"


def test_topic_content_follows_the_seeds() -> None:
    itm = get_call("itm-2024").topics
    assert "1.5 credits" in itm["credits"].answer("en") and "20 credits" in itm["credits"].answer("en")
    assert "4 weeks" in itm["certificates"].answer("en")
    assert "DGD" in itm["dgd_scholarships"].answer("fr")
    assert "tie_break" not in itm and "personal_data" not in itm
    lucca = get_call("imt-lucca-2015").topics
    assert "younger" in lucca["tie_break"].answer("en")
    assert "196/03" in lucca["personal_data"].answer("it")
    assert "branches" in lucca["several_countries"].answer("en")
    assert "50%" in lucca["scholarship_compatibility"].answer("en")
    assert "conferences" not in lucca


def test_parameters_carry_their_reference() -> None:
    itm = get_call("itm-2024")
    assert itm.parameters["staff_grants"].value == 5
    assert itm.parameters["max_months_per_cycle"].confidence == "high"
    rules = {r.id: r for r in itm.rules}
    assert rules["staff_duration"].source == "Type and duration of the staff mobility"
    assert itm.country_sets["region_5"].confidence == "med"


def test_needed_for_explains_fields() -> None:
    why = needed_for("itm-2024", "start_date", "en")
    assert any("duration" in s for s in why) and any("2 months" in s for s in why)
    assert needed_for("imt-lucca-2015", "prior_erasmus_months", "it")
    assert any("origin" in s for s in needed_for("itm-2024", "country_of_origin"))
    assert any("travel" in s for s in needed_for("itm-2024", "green_travel"))
    assert needed_for("imt-lucca-2015", "green_travel") == []
    # read only when given (a student's mobility ends by graduating), never asked: no rule lists it as a field
    graduation = needed_for("itm-2024", "graduation_date")
    assert [s.split(":")[0] for s in graduation] == ["student_before_graduation"]


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "bad.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def _broken(**changes: str) -> str:
    text = (FIXTURES / "demo-2030.yaml").read_text(encoding="utf-8")
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "kind: destination_in_sets",
            "kind: destination_in_set",
            "rules[2] (nordic_only).kind: unknown rule kind",
        ),
        (
            "params: {min: 1, max: $max_months, unit: months}",
            "params: {min: 1, unit: months}",
            "rules[3] (duration): kind duration_range needs params: max",
        ),
        (
            "Iceland, Norway",
            "Icelandd, Norway",
            "country_sets.nordic.countries[2]: unknown country 'Icelandd'",
        ),
        ("sets: [nordic]", "sets: [nordics]", "unknown country set 'nordics'"),
        ("date: $deadline}", "date: $deadlin}", "unknown parameter '$deadlin'"),
        ("topics:\n  contacts:", "topics:\n  contact:", "topics: Value error, unknown topic keys"),
        ("fields: [role]", "fields: [rolee]", "rules[0] (role_allowed).fields[0]: Input should be"),
    ],
)
def test_validate_call_names_the_place(tmp_path: Path, old: str, new: str, expected: str) -> None:
    path = _write(tmp_path, _broken(**{old: new}))
    with pytest.raises(CallFileError) as info:
        loader.validate(path)
    text = str(info.value).replace("Value error, ", "")
    assert str(path) in text
    assert expected.replace("Value error, ", "") in text, text


def test_validate_call_yaml_syntax_error_has_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "id: x\nrules: [\n")
    with pytest.raises(CallFileError) as info:
        loader.validate(path)
    assert "line" in str(info.value)


def test_validate_call_cli(tmp_path: Path) -> None:
    ok = subprocess.run(
        [str(MOBILITY), "validate-call", str(FIXTURES / "demo-2030.yaml")], capture_output=True, text=True
    )
    assert ok.returncode == 0 and "ok" in ok.stdout
    bad = _write(
        tmp_path,
        _broken(**{"kind: destination_in_sets": "kind: nope", "Iceland, Norway": "Atlantis, Norway"}),
    )
    res = subprocess.run([str(MOBILITY), "validate-call", str(bad)], capture_output=True, text=True)
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 2
    assert any("nordic_only" in line and "kind" in line for line in lines)
    assert any("country_sets.nordic.countries" in line and "Atlantis" in line for line in lines)


@pytest.fixture
def third_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_CALLS_PATH", os.pathsep.join(["/nonexistent", str(FIXTURES)]))
    loader.reset()
    yield
    monkeypatch.delenv("MOBILITY_CALLS_PATH")
    loader.reset()


@pytest.mark.usefixtures("third_call")
def test_third_call_is_one_data_file() -> None:
    base = {
        "call": "demo-2030",
        "as_of": "2030-01-10",
        "role": "msc_student",
        "activity": "traineeship",
        "destination": "Finlande",
        "start_date": "2030-04-01",
        "end_date": "2030-05-15",
    }
    d = evaluate(base)
    assert d["verdict"] == "eligible", d["failed"]
    assert d["grant"]["total_eur"] == 900.0 and d["grant"]["days"] == 45
    assert d["deadlines"]["application_deadline"] == "2030-03-01"
    d = evaluate({**base, "destination": "Spain", "end_date": "2030-10-01"}, "fr")
    assert {f["rule"] for f in d["failed"]} == {"nordic_only", "duration", "end_by"}
    assert "nordiques" in d["failed"][0]["explanation"]
    assert "demo-2030" in [c.id for c in list_calls()]


def test_third_call_via_cli() -> None:
    env = {**os.environ, "MOBILITY_CALLS_PATH": str(FIXTURES)}
    res = subprocess.run([str(MOBILITY), "calls"], capture_output=True, text=True, env=env)
    assert res.returncode == 0 and '"demo-2030"' in res.stdout
    res = subprocess.run(
        [str(MOBILITY), "check", "-"],
        capture_output=True,
        text=True,
        env=env,
        input='{"call": "demo-2030", "role": "staff"}',
    )
    assert res.returncode == 0 and '"not_eligible"' in res.stdout


def test_a_topics_role_parts_are_in_four_languages_with_their_own_source() -> None:
    # Round 25: a student asking about the selection got the staff's criteria too; the call says it per role.
    topics = get_call("itm-2024").topics
    for key, topic in topics.items():
        for part in topic.parts:
            assert part.source and part.roles, key
            assert len({getattr(part.text, lang) for lang in ("en", "fr", "nl", "it")}) == 4, key
    criteria = topics["selection_criteria"]
    assert criteria.for_role("staff").source == "Evaluation criteria and procedure"
    assert criteria.for_role("msc_student").answer("en").startswith("For students")
    assert "training plan" not in criteria.for_role("phd_student").answer("en")
    assert criteria.for_role(None) is criteria and criteria.for_role("recent_graduate") is criteria
    assert topics["credits"].for_role("staff") is topics["credits"]  # no parts: the whole topic


def test_the_call_notes_said_carry_their_ids() -> None:
    decision = evaluate({"call": "imt-lucca-2015", "as_of": "2016-01-10", "role": "phd_student",
                         "destination": "Netherlands", "citizenship": ["Netherlands"]}, lang="nl")
    texts = decision["notes"][len(decision["assumptions"]):]
    ids = dict(zip(decision["note_ids"], texts, strict=True))
    assert "kan lager scoren" in ids["home_country_preference"]
