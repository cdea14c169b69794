"""The calls' selection priorities for one profile (rules_core.priorities), the reply-language labels of the
ITM call's French section headings (rules_core.source_label), and the validation of those labels."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rules_core import CallFileError, loader, priorities, source_label

from .helpers import ITM_STAFF, ev

FIXTURES = Path(__file__).parent / "fixtures" / "calls"


def _favoured(profile: dict[str, object]) -> dict[str, bool | None]:
    return {p["id"]: p["favoured"] for p in priorities(profile)}


def test_itm_students_without_a_scholarship_are_favoured_and_the_msc_for_partner_countries() -> None:
    msc_uganda = {"call": "itm-2024", "role": "msc_student", "destination": "Uganda",
                  "has_scholarship": False}
    assert _favoured(msc_uganda) == {"students_without_scholarship": True,
                                     "non_associated_self_funded_msc": True}
    phd_uganda = {**msc_uganda, "role": "phd_student"}
    assert _favoured(phd_uganda)["non_associated_self_funded_msc"] is False
    with_grant = {**msc_uganda, "has_scholarship": True}
    assert set(_favoured(with_grant).values()) == {False}
    # Within the EU the partner-country priority does not concern the person; an unknown scholarship is open.
    assert _favoured({"call": "itm-2024", "role": "msc_student", "destination": "Spain"}) == {
        "students_without_scholarship": None}


def test_itm_staff_priority_goes_to_phd_and_postdoc_staff_and_is_open_while_unsaid() -> None:
    [item] = priorities({"call": "itm-2024", "role": "staff"}, lang="nl")
    assert item["favoured"] is None and item["source"] == "Who can apply?" and item["otherwise"] == ""
    assert item["text"].startswith("Voorrang gaat naar doctorerende en/of postdoctorale personeelsleden")
    postdoc = {"call": "itm-2024", "role": "staff", "doctoral_or_postdoc_staff": True}
    assert _favoured(postdoc) == {"staff_phd_postdoc": True}
    [item] = priorities({**postdoc, "doctoral_or_postdoc_staff": False}, lang="it")
    assert item["favoured"] is False
    assert item["otherwise"].startswith("Può comunque candidarsi")
    assert "personale di supporto" in item["otherwise"]
    # A student's profile with the fact set gets no staff priority: the priority concerns staff only.
    assert "staff_phd_postdoc" not in _favoured({**postdoc, "role": "phd_student"})


@pytest.mark.parametrize("said", [True, False, None])
def test_the_doctoral_staff_fact_never_changes_the_verdict_nor_is_missing(said: bool | None) -> None:
    for base in (ITM_STAFF, {**ITM_STAFF, "end_date": "2026-04-10"}, {**ITM_STAFF, "destination": None}):
        plain = ev(base)
        got = ev(base, doctoral_or_postdoc_staff=said)
        assert (got["verdict"], got["failed"], got["missing"], got["grant"]) == (
            plain["verdict"], plain["failed"], plain["missing"], plain["grant"])
        assert "doctoral_or_postdoc_staff" not in got["missing"]


def test_lucca_prefers_a_destination_outside_the_home_country_and_leaves_it_open_when_unknown() -> None:
    base = {"call": "imt-lucca-2015", "role": "phd_student", "destination": "Austria"}
    assert _favoured({**base, "citizenship": ["Italy"]})["not_home_country"] is True
    assert _favoured({**base, "citizenship": ["Austria"]})["not_home_country"] is False
    assert _favoured(base)["not_home_country"] is None  # no nationality given: open, not "no"
    assert _favoured({**base, "has_scholarship": True})["not_scholarship_recipient"] is False


@pytest.mark.parametrize(("lang", "label"), [
    ("en", "Erasmus+ opportunities for outgoing staff mobility: training"),
    ("nl", "Erasmus+-mogelijkheden voor uitgaande personeelsmobiliteit: opleiding"),
    ("it", "Opportunità Erasmus+ per la mobilità del personale in uscita: formazione"),
    ("fr", "Opportunités Erasmus+ pour la mobilité sortante du personnel : formation"),  # the call's own
])
def test_a_french_heading_is_labelled_in_the_reply_language(lang: str, label: str) -> None:
    heading = "Opportunités Erasmus+ pour la mobilité sortante du personnel : formation"
    # "Who can apply?" (an English heading) in the reply language too (round 39)
    who = {"en": "Who can apply?", "fr": "Qui peut postuler ?", "nl": "Wie kan zich kandidaat stellen?",
           "it": "Chi può candidarsi?"}[lang]
    assert source_label("itm-2024", f"{heading}; Who can apply?", lang) == f"{label}; {who}"


def test_a_label_for_a_heading_the_call_does_not_cite_is_refused(tmp_path: Path) -> None:
    data = yaml.safe_load((FIXTURES / "demo-2030.yaml").read_text(encoding="utf-8"))
    data["headings"] = {"Nowhere in the call": {"fr": "Nulle part"}}
    path = tmp_path / "demo.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(CallFileError, match="'Nowhere in the call' is not a source cited in the call"):
        loader.validate(path)


def test_a_rule_may_not_read_a_priority_only_fact_nor_a_fact_that_does_not_exist(tmp_path: Path) -> None:
    data = yaml.safe_load((FIXTURES / "demo-2030.yaml").read_text(encoding="utf-8"))
    data["rules"].append({"id": "postdocs_only", "kind": "flag_required", "source": "Who",
                          "params": {"field": "doctoral_or_postdoc_staff", "value": True},
                          "fields": ["doctoral_or_postdoc_staff"]})
    path = tmp_path / "demo.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(CallFileError, match="doctoral_or_postdoc_staff is read by priorities only"):
        loader.validate(path)
    data["rules"].pop()
    data["priorities"] = [{"id": "misspelt", "applies_to": {"roles": ["msc_student"]}, "source": "Who",
                           "favours": {"flags": {"doctoral_staff": True}},
                           "text": {lang: "Priority." for lang in ("en", "fr", "nl", "it")}}]
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(CallFileError, match="doctoral_staff"):
        loader.validate(path)


def test_each_priority_names_the_facts_whom_it_favours_is_read_from() -> None:
    # "Is my scholarship a problem?" is answered with the priorities that read it, not every priority.
    reads = {p["id"]: p["reads"] for p in priorities(
        {"call": "itm-2024", "role": "msc_student", "destination": "Uganda", "has_scholarship": True})}
    assert reads == {"students_without_scholarship": ["has_scholarship"],
                     "non_associated_self_funded_msc": ["role", "has_scholarship"]}
    lucca = {p["id"]: p["reads"] for p in priorities(
        {"call": "imt-lucca-2015", "role": "phd_student", "destination": "Netherlands"})}
    assert lucca["not_home_country"] == ["citizenship", "country_of_origin", "destination"]
    assert lucca["closer_to_the_end"] == []  # no fact of the profile tells
