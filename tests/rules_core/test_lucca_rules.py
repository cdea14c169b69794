"""IMT Lucca 2015/2016 call: each rule on both sides of each limit (seed 001)."""

from __future__ import annotations

import pytest

from .helpers import LUCCA, ev, failed_ids, passed_ids

TRAINEE = {
    **LUCCA,
    "activity": "traineeship",
    "destination": "Hungary",
    "receiving_org": "enterprise",
    "receiving_org_has_eche": None,
    "interinstitutional_agreement": None,
    "start_date": "2016-03-01",
    "end_date": "2016-04-30",
}


def test_base_profiles_are_eligible() -> None:
    assert ev(LUCCA)["verdict"] == "eligible"
    assert ev(TRAINEE)["verdict"] == "eligible"


@pytest.mark.parametrize(("app", "ok"), [("2016-01-17", True), ("2016-01-18", True), ("2016-01-19", False)])
def test_application_deadline_18_january_2016(app: str, ok: bool) -> None:
    d = ev(LUCCA, application_date=app)
    assert ("application_deadline" in failed_ids(d)) is (not ok)
    assert d["deadlines"]["application_deadline"] == "2016-01-18"
    assert d["deadlines"]["apply_by"] == "2016-01-18"
    assert d["deadlines"]["mobility_end_by"] == "2016-09-30"


@pytest.mark.parametrize(("start", "ok"), [("2016-01-31", False), ("2016-02-01", True)])
def test_start_from_1_february_2016(start: str, ok: bool) -> None:
    d = ev(TRAINEE, start_date=start, end_date="2016-04-30")
    assert ("start_from_february" in failed_ids(d)) is (not ok)


@pytest.mark.parametrize(("end", "ok"), [("2016-09-30", True), ("2016-10-01", False)])
def test_end_by_30_september_2016(end: str, ok: bool) -> None:
    d = ev(TRAINEE, start_date="2016-08-01", end_date=end)
    assert ("end_by_september" in failed_ids(d)) is (not ok)


@pytest.mark.parametrize(("end", "ok"), [("2016-04-29", False), ("2016-04-30", True)])
def test_study_at_least_3_months(end: str, ok: bool) -> None:
    d = ev(LUCCA, start_date="2016-02-01", end_date=end, board_authorised=True)  # 89 / 90 days
    assert ("study_duration" in failed_ids(d)) is (not ok)


@pytest.mark.parametrize(("end", "ok"), [("2016-03-29", False), ("2016-03-30", True)])
def test_traineeship_at_least_2_months(end: str, ok: bool) -> None:
    d = ev(TRAINEE, start_date="2016-02-01", end_date=end)  # 59 / 60 days (February = 30)
    assert ("traineeship_duration" in failed_ids(d)) is (not ok)


@pytest.mark.parametrize(("end", "needs_board"), [("2016-06-30", False), ("2016-07-01", True)])
def test_board_authorisation_over_90_days(end: str, needs_board: bool) -> None:
    profile = {**LUCCA, "start_date": "2016-04-01", "end_date": end}  # 90 / 91 days
    d = ev(profile)
    assert ("board_authorised" in [c["field"] for c in d["conditions"]]) is needs_board
    assert "board_authorised" not in d["missing"]
    if needs_board:
        assert d["verdict"] == "eligible"  # with the board as its condition
        refused = ev(profile, board_authorised=False)
        assert failed_ids(refused) == ["board_authorisation"]
        assert "3 months" in refused["failed"][0]["explanation"]
        assert "board_authorisation" in passed_ids(ev(profile, board_authorised=True))
    else:
        assert d["verdict"] == "eligible"


def test_advisor_authorisation_required() -> None:
    open_advisor = ev(LUCCA, supervisor_authorised=None)
    assert "supervisor_authorised" in [c["field"] for c in open_advisor["conditions"]]
    d = ev(LUCCA, supervisor_authorised=False)
    assert failed_ids(d) == ["advisor_authorisation"] and "advisor" in d["failed"][0]["explanation"]


@pytest.mark.parametrize(("prior", "ok"), [(10, True), (11, False)])
def test_cycle_cap_12_months_with_prior_months(prior: int, ok: bool) -> None:
    d = ev(TRAINEE, prior_erasmus_months=prior)  # 60 days = 2 months
    assert ("cycle_cap" in failed_ids(d)) is (not ok)
    if not ok:
        assert "12" in d["failed"][0]["explanation"]


def test_prior_months_are_required_for_lucca() -> None:
    d = ev(LUCCA, prior_erasmus_months=None)
    assert d["verdict"] == "incomplete" and "prior_erasmus_months" in d["missing"]


@pytest.mark.parametrize(
    ("dest", "ok"),
    [
        ("United Kingdom", True),
        ("Turkey", True),
        ("FYROM", True),
        ("Norway", True),
        ("Italy", False),
        ("Switzerland", False),
        ("Serbia", False),
    ],
)
def test_programme_countries_2015(dest: str, ok: bool) -> None:
    d = ev(TRAINEE, destination=dest)
    assert (d["verdict"] == "eligible") is ok, d["failed"]


def test_italy_fails_as_sending_country() -> None:
    assert "destination_not_italy" in failed_ids(ev(TRAINEE, destination="Italia"))


def test_citizenship_is_a_priority_note_not_a_failure() -> None:
    d = ev(TRAINEE, destination="Germany", citizenship=["IT", "DE"])
    assert d["verdict"] == "eligible"
    assert any("home country" in n for n in d["notes"])
    assert not any("home country" in n for n in ev(TRAINEE)["notes"])


def test_study_needs_hei_with_eche_and_agreement() -> None:
    assert failed_ids(ev(LUCCA, receiving_org="enterprise")) == ["study_receiving_hei"]
    assert failed_ids(ev(LUCCA, receiving_org_has_eche=False)) == ["study_eche"]
    assert failed_ids(ev(LUCCA, interinstitutional_agreement=False)) == ["study_interinstitutional_agreement"]
    assert "interinstitutional_agreement" in [
        c["field"] for c in ev(LUCCA, interinstitutional_agreement=None)["conditions"]]


@pytest.mark.parametrize(
    ("org", "ok"),
    [("research_institute", True), ("school", True), ("eu_institution", False), ("national_agency", False)],
)
def test_traineeship_receiving_organisations(org: str, ok: bool) -> None:
    assert (ev(TRAINEE, receiving_org=org)["verdict"] == "eligible") is ok


@pytest.mark.parametrize(("grad", "ok"), [("2016-03-31", True), ("2016-04-01", False)])
def test_recent_graduates_graduate_by_march_2016(grad: str, ok: bool) -> None:
    d = ev(TRAINEE, role="recent_graduate", graduation_date=grad)
    assert (d["verdict"] == "eligible") is ok
    assert any("12 months" in n for n in d["notes"])


def test_recent_graduates_traineeships_only() -> None:
    d = ev(LUCCA, role="recent_graduate", graduation_date="2016-02-15")
    assert failed_ids(d) == ["recent_graduate_traineeship_only"]
    assert "graduation_date" in ev(TRAINEE, role="recent_graduate")["missing"]


@pytest.mark.parametrize("role", ["msc_student", "staff", "bachelor_student"])
def test_other_roles_cannot_apply(role: str) -> None:
    assert "role_allowed" in failed_ids(ev(LUCCA, role=role))


def test_contacts_and_scholarship_notes() -> None:
    d = ev(LUCCA, has_scholarship=True)
    [c] = d["contacts"]
    assert c["name"] == "Daniela Giorgetti" and c["email"] == "erasmus@imtlucca.it"
    assert c["phone"] == "+39 0583 4326 562" and c["fax"] == "+39 0583 4326 565"
    assert any("not scholarship recipients" in n for n in d["notes"])
    assert any("50%" in n for n in d["grant"]["notes"])


@pytest.mark.parametrize(("lang", "words"), [("en", "application form includes"),
                                             ("fr", "comprend le formulaire"), ("nl", "aanvraagformulier"),
                                             ("it", "modulo di candidatura")])
def test_the_advisor_authorisation_is_part_of_the_application_form(lang, words):
    """Round 25: "must the approval be in the application or can it come later?". The call's how-to-apply
    paragraph (under "Selection Criteria"): the application form includes the advisor's authorisation; the
    Scientific Board's authorisation has no such line, so its timing stays unsaid."""
    d = ev(LUCCA, lang, supervisor_authorised=None, end_date="2016-07-01")  # 91 days: the Board too
    conditions = {c["field"]: c for c in d["conditions"]}
    timing = conditions["supervisor_authorised"]["with_application"]
    assert words in timing["text"] and timing["source"] == "Selection Criteria"
    assert "with_application" not in conditions["board_authorised"]
