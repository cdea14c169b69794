"""The calls' selection priorities for one profile (rules_core.priorities), the reply-language labels of the
ITM call's French section headings (rules_core.source_label), and the validation of those labels."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rules_core import CallFileError, loader, priorities, source_label

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


def test_itm_staff_priority_depends_on_what_no_profile_fact_tells() -> None:
    [item] = priorities({"call": "itm-2024", "role": "staff"}, lang="nl")
    assert item["favoured"] is None and item["source"] == "Who can apply?"
    assert item["text"].startswith("Voorrang gaat naar doctorerende en/of postdoctorale personeelsleden")


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
    assert source_label("itm-2024", f"{heading}; Who can apply?", lang) == f"{label}; Who can apply?"


def test_a_label_for_a_heading_the_call_does_not_cite_is_refused(tmp_path: Path) -> None:
    data = yaml.safe_load((FIXTURES / "demo-2030.yaml").read_text(encoding="utf-8"))
    data["headings"] = {"Nowhere in the call": {"fr": "Nulle part"}}
    path = tmp_path / "demo.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(CallFileError, match="'Nowhere in the call' is not a source cited in the call"):
        loader.validate(path)
