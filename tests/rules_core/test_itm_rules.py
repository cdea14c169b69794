"""ITM 2024 call: each rule on both sides of each limit (seed 000, 'Type and duration...' etc.)."""

from __future__ import annotations

import pytest

from .helpers import ITM_STAFF, ITM_STUDENT, ev, failed_ids, passed_ids


def test_base_profiles_are_eligible() -> None:
    for base in (ITM_STAFF, ITM_STUDENT):
        d = ev(base)
        assert d["verdict"] == "eligible", d["failed"]
        assert d["missing"] == []


@pytest.mark.parametrize(
    ("end", "ok"), [("2026-02-10", True), ("2026-02-09", False), ("2026-04-09", True), ("2026-04-10", False)]
)
def test_staff_duration_2_to_60_days(end: str, ok: bool) -> None:
    d = ev(ITM_STAFF, start_date="2026-02-09", end_date=end)  # 2, 1, 60, 61 calendar days
    assert ("staff_duration" in failed_ids(d)) is (not ok)


def test_staff_61_days_explanation_names_fact_and_limit() -> None:
    d = ev(ITM_STAFF, start_date="2026-03-01", end_date="2026-04-30")  # 61 calendar days
    [f] = [f for f in d["failed"] if f["rule"] == "staff_duration"]
    assert "61 calendar days" in f["explanation"] and "60 days" in f["explanation"]  # (round 49: "calendar")
    assert f["source"] == "Type and duration of the staff mobility"


@pytest.mark.parametrize(
    ("start", "end", "ok"),
    [
        ("2026-02-01", "2026-03-29", False),  # 59 days (February counts 30)
        ("2026-02-01", "2026-03-30", True),  # 60 days = 2 months
        ("2025-08-01", "2026-07-31", True),  # 360 days = 12 months
    ],
)
def test_student_duration_2_to_12_months(start: str, end: str, ok: bool) -> None:
    d = ev(ITM_STUDENT, start_date=start, end_date=end, as_of="2025-01-01", application_date="2025-01-01")
    assert ("student_duration" in failed_ids(d)) is (not ok)


@pytest.mark.parametrize(
    ("activity", "rule", "end", "ok"),
    [
        ("short_term_blended", "blended_duration", "2026-03-04", False),  # 4 days
        ("short_term_blended", "blended_duration", "2026-03-05", True),  # 5 days
        ("short_term_blended", "blended_duration", "2026-03-30", True),  # 30 days
        ("short_term_blended", "blended_duration", "2026-03-31", False),  # 31 calendar days
        ("short_term_blended", "blended_duration", "2026-04-01", False),  # 31 days
    ],
)
def test_blended_duration_5_to_30_days(activity: str, rule: str, end: str, ok: bool) -> None:
    d = ev(ITM_STUDENT, activity=activity, virtual_component=True, start_date="2026-03-01", end_date=end)
    assert (rule in failed_ids(d)) is (not ok)
    assert rule in failed_ids(d) or rule in passed_ids(d)


@pytest.mark.parametrize(
    ("start", "end", "ok"),
    [
        ("2026-01-01", "2026-03-01", True),  # 60 calendar days across February (30/360 would say 61)
        ("2026-03-01", "2026-04-29", True),  # 60 calendar days
        ("2026-03-01", "2026-04-30", False),  # 61 calendar days (30/360 would say 60)
    ],
)
def test_staff_duration_counts_calendar_days(start: str, end: str, ok: bool) -> None:
    """'Physical mobility: from 2 to 60 days' (Type and duration of the staff mobility): real days."""
    d = ev(ITM_STAFF, start_date=start, end_date=end)
    assert ("staff_duration" in failed_ids(d)) is (not ok)


@pytest.mark.parametrize(
    ("start", "end", "ok"),
    [
        ("2026-02-10", "2026-03-11", True),  # 30 calendar days across February (30/360 would say 32)
        ("2026-02-10", "2026-03-12", False),  # 31 calendar days
        ("2026-03-02", "2026-03-31", True),  # 30 calendar days
        ("2026-03-01", "2026-03-31", False),  # 31 calendar days (30/360 would say 30)
    ],
)
def test_short_term_durations_count_calendar_days(start: str, end: str, ok: bool) -> None:
    """'from 5 to 30 days' (Type, venue and duration of the student mobility), blended and doctoral."""
    blended = ev(
        ITM_STUDENT, activity="short_term_blended", virtual_component=True, start_date=start, end_date=end
    )
    doctoral = ev(
        ITM_STUDENT,
        role="phd_student",
        itm_staff_member=False,
        activity="short_term_doctoral",
        start_date=start,
        end_date=end,
    )
    assert ("blended_duration" in failed_ids(blended)) is (not ok)
    assert ("doctoral_duration" in failed_ids(doctoral)) is (not ok)


@pytest.mark.parametrize(("end", "ok"), [("2026-03-04", False), ("2026-03-05", True), ("2026-04-01", False)])
def test_doctoral_duration_5_to_30_days(end: str, ok: bool) -> None:
    d = ev(
        ITM_STUDENT,
        role="phd_student",
        itm_staff_member=False,
        activity="short_term_doctoral",
        start_date="2026-03-01",
        end_date=end,
    )
    assert ("doctoral_duration" in failed_ids(d)) is (not ok)


def test_blended_needs_virtual_component() -> None:
    base = {
        **ITM_STUDENT,
        "activity": "short_term_blended",
        "start_date": "2026-03-01",
        "end_date": "2026-03-10",
    }
    assert [c["field"] for c in ev(base)["conditions"]] == ["virtual_component"]
    assert ev(base)["verdict"] == "eligible"
    assert ev(base, virtual_component=True)["verdict"] == "eligible"
    d = ev(base, virtual_component=False)
    assert failed_ids(d) == ["blended_virtual_component"]
    assert "virtual" in d["failed"][0]["explanation"]


def test_blended_is_msc_only_and_doctoral_is_phd_only() -> None:
    d = ev(
        ITM_STUDENT,
        role="phd_student",
        itm_staff_member=False,
        activity="short_term_blended",
        virtual_component=True,
        start_date="2026-03-01",
        end_date="2026-03-10",
    )
    assert "phd_activity" in failed_ids(d)
    d = ev(ITM_STUDENT, activity="short_term_doctoral", start_date="2026-03-01", end_date="2026-03-10")
    assert "msc_activity" in failed_ids(d)


@pytest.mark.parametrize("role", ["staff", "phd_student"])
def test_conferences_excluded(role: str) -> None:
    base = ITM_STAFF if role == "staff" else {**ITM_STUDENT, "role": role, "itm_staff_member": False}
    d = ev(base, activity="conference")
    assert d["verdict"] == "not_eligible"
    assert len(d["failed"]) == 1 and "onferen" in d["failed"][0]["explanation"]


def test_teaching_not_offered() -> None:
    d = ev(ITM_STAFF, activity="teaching")
    assert failed_ids(d) == ["teaching_not_offered"]


@pytest.mark.parametrize(
    ("role", "ok"),
    [
        ("staff", True),
        ("msc_student", True),
        ("phd_student", True),
        ("bachelor_student", False),
        ("recent_graduate", False),
    ],
)
def test_who_can_apply(role: str, ok: bool) -> None:
    d = ev(ITM_STUDENT, role=role, itm_staff_member=False)
    assert ("role_allowed" in failed_ids(d)) is (not ok)


def test_phd_students_without_staff_status_only() -> None:
    base = {**ITM_STUDENT, "role": "phd_student"}
    assert "itm_staff_member" in ev(base)["missing"]
    assert ev(base, itm_staff_member=False)["verdict"] == "eligible"
    assert failed_ids(ev(base, itm_staff_member=True)) == ["phd_without_staff_status"]


@pytest.mark.parametrize(
    ("dest", "staff_ok", "student_ok"),
    [
        ("Germany", True, True),
        ("Norway", True, True),
        ("Türkiye", True, True),
        ("North Macedonia", True, True),
        ("Serbia", True, True),
        ("Iceland", True, True),
        ("Liechtenstein", True, True),
        ("United Kingdom", False, True),
        ("Switzerland", False, True),
        ("Kenya", False, True),
        ("Kosovo", False, True),
        ("Brazil", False, True),
        ("Belgium", False, False),
    ],
)
def test_destinations(dest: str, staff_ok: bool, student_ok: bool) -> None:
    staff = ev(ITM_STAFF, destination=dest)
    student = ev(ITM_STUDENT, destination=dest, interinstitutional_agreement=True)
    assert (staff["verdict"] != "not_eligible") is staff_ok, staff["failed"]
    assert (student["verdict"] != "not_eligible") is student_ok, student["failed"]


def test_belgium_fails_as_sending_country() -> None:
    assert "staff_not_belgium" in failed_ids(ev(ITM_STAFF, destination="BE"))
    assert "student_not_belgium" in failed_ids(ev(ITM_STUDENT, destination="Belgique"))


def test_citizenship_and_origin_excluded() -> None:
    d = ev(ITM_STUDENT, destination="FR", citizenship=["BE", "FR"])
    assert failed_ids(d) == ["student_not_citizenship"]
    assert "citizenship" in d["failed"][0]["explanation"]
    d = ev(ITM_STAFF, destination="ES", citizenship=["BE"], country_of_origin="Spain")
    assert failed_ids(d) == ["staff_not_origin"]
    d = ev(ITM_STAFF, country_of_origin="Italy")
    assert d["verdict"] == "eligible"
    assert not any("assumed" in n for n in d["notes"])


def test_the_origin_check_waits_for_the_nationality_it_stands_in_for() -> None:
    # Round 13: "Austria is not your country of origin" was passed before the nationality was asked, then
    # "Austria is your citizenship" failed. Without origin and nationality the check is undecided.
    profile = {k: v for k, v in ITM_STAFF.items() if k != "citizenship"}
    d = ev(profile, destination="AT", destination_city="Vienna")
    assert "citizenship" in d["missing"] and "staff_not_origin" not in passed_ids(d)
    d = ev(ITM_STAFF, destination="AT", destination_city="Vienna", citizenship=["AT"])
    assert failed_ids(d) == ["staff_not_citizenship"] and "staff_not_origin" not in passed_ids(d)
    assert not any("country of origin" in n for n in d["assumptions"])


def test_absent_origin_is_assumed_with_a_note() -> None:
    d = ev(ITM_STAFF)
    assert "country_of_origin" not in d["missing"]
    assert any("country of origin" in n and "nationality" in n for n in d["assumptions"])


def test_receiving_hei_needs_eche_in_programme_countries() -> None:
    open_eche = ev(ITM_STUDENT, receiving_org_has_eche=None)
    # Only the host or the office can settle the ECHE: a condition of an `eligible` verdict, not a gap.
    assert "receiving_org_has_eche" not in open_eche["missing"]
    assert open_eche["verdict"] == "eligible"
    assert [c["field"] for c in open_eche["conditions"]] == ["receiving_org_has_eche"]
    assert open_eche["conditions"][0]["settled_by"] == "host"
    assert failed_ids(ev(ITM_STUDENT, receiving_org_has_eche=False)) == ["study_hei_eche"]
    assert ev(ITM_STUDENT, receiving_org_has_eche=True)["conditions"] == []


def test_staff_training_at_a_university_needs_no_eche() -> None:
    # Staff section: an ECHE-holding HEI *or* any organisation active in education or research.
    for eche in (None, False, True):
        d = ev(ITM_STAFF, receiving_org="hei", receiving_org_has_eche=eche)
        assert d["verdict"] == "eligible" and d["conditions"] == []
    assert ev(ITM_STAFF, receiving_org="enterprise", receiving_org_has_eche=None)["verdict"] == "eligible"


def test_partner_country_hei_needs_agreement() -> None:
    base = {**ITM_STUDENT, "destination": "Kenya", "receiving_org_has_eche": None}
    assert "interinstitutional_agreement" in [c["field"] for c in ev(base)["conditions"]]
    assert failed_ids(ev(base, interinstitutional_agreement=False)) == ["study_partner_agreement"]
    assert ev(base, interinstitutional_agreement=True)["verdict"] == "eligible"


def test_study_needs_an_hei() -> None:
    assert failed_ids(ev(ITM_STUDENT, receiving_org="enterprise")) == ["study_receiving_hei"]


@pytest.mark.parametrize(
    ("org", "ok"),
    [("ngo", True), ("enterprise", True), ("eu_institution", False), ("national_agency", False)],
)
def test_traineeship_organisations(org: str, ok: bool) -> None:
    d = ev(ITM_STUDENT, activity="traineeship", receiving_org=org, receiving_org_has_eche=None)
    assert (d["verdict"] == "eligible") is ok, d["failed"]


@pytest.mark.parametrize(("app", "ok"), [("2025-12-09", True), ("2025-12-10", False)])
def test_apply_two_months_before_departure(app: str, ok: bool) -> None:
    d = ev(ITM_STAFF, application_date=app)  # departure 2026-02-09 -> apply by 2025-12-09
    assert ("staff_apply_two_months_before" in failed_ids(d)) is (not ok)
    assert d["deadlines"]["apply_by"] == "2025-12-09"


def test_application_date_defaults_to_as_of() -> None:
    d = ev(ITM_STAFF, application_date=None, as_of="2025-12-10")
    assert failed_ids(d) == ["staff_apply_two_months_before"]
    assert "9 December 2025" in d["failed"][0]["explanation"]


@pytest.mark.parametrize(("end", "ok"), [("2026-07-31", True), ("2026-08-01", False)])
def test_mobility_ends_by_31_july_2026(end: str, ok: bool) -> None:
    staff = ev(ITM_STAFF, start_date="2026-07-01", end_date=end)
    student = ev(ITM_STUDENT, start_date="2026-05-01", end_date=end)
    assert ("staff_end_by_deadline" in failed_ids(staff)) is (not ok)
    assert ("student_end_by_deadline" in failed_ids(student)) is (not ok)


@pytest.mark.parametrize(("app", "ok"), [("2026-07-31", True), ("2026-08-01", False)])
def test_application_deadline(app: str, ok: bool) -> None:
    d = ev(ITM_STAFF, application_date=app, start_date="2026-10-01", end_date="2026-10-10")
    assert ("staff_application_deadline" in failed_ids(d)) is (not ok)
    student = ev(ITM_STUDENT, application_date=app, start_date="2026-10-01", end_date="2026-10-10")
    assert ("application_deadline" in failed_ids(student)) is (not ok)


def test_apply_by_is_clamped_to_the_application_deadline() -> None:
    d = ev(ITM_STAFF, start_date="2026-12-01", end_date="2026-12-10")
    assert d["deadlines"] == {
        **d["deadlines"],
        "apply_by": "2026-07-31",
        "application_deadline": "2026-07-31",
        "mobility_end_by": "2026-07-31",
    }


@pytest.mark.parametrize(("prior", "ok"), [(9, True), (10, False)])
def test_cycle_cap_only_when_prior_months_given(prior: int, ok: bool) -> None:
    # 2026-02-01..2026-04-30 = 90 days: 9 + 3 = 12 months fits, 10 + 3 does not.
    d = ev(ITM_STUDENT, prior_erasmus_months=prior)
    assert ("cycle_cap" in failed_ids(d)) is (not ok)
    assert "prior_erasmus_months" not in ev(ITM_STUDENT)["missing"]


def test_every_failure_is_reported() -> None:
    d = ev(
        ITM_STAFF,
        destination="Belgium",
        citizenship=["BE"],
        start_date="2026-07-01",
        end_date="2026-09-01",
        receiving_org_has_eche=False,
        application_date="2026-06-01",
    )
    assert set(failed_ids(d)) >= {
        "staff_not_belgium",
        "staff_not_citizenship",
        "staff_duration",
        "staff_apply_two_months_before",
        "staff_end_by_deadline",
    }


def test_staff_are_not_asked_the_host_type_any_organisation_qualifies() -> None:
    d = ev({**ITM_STAFF, "receiving_org": None, "receiving_org_has_eche": None})
    assert d["verdict"] == "eligible" and "receiving_org" not in d["missing"]


def test_missing_lists_only_fields_of_applicable_rules() -> None:
    d = ev({"call": "itm-2024", "as_of": "2025-09-15", "role": "staff"})
    assert d["verdict"] == "incomplete"
    assert set(d["missing"]) == {
        "activity",
        "destination",
        "citizenship",
                "start_date",
        "end_date",
    }
    for optional in (
        "country_of_origin",
        "destination_city",
        "green_travel",
        "has_scholarship",
        "application_date",
        "prior_erasmus_months",
        "graduation_date",
    ):
        assert optional not in d["missing"]


def test_failure_wins_over_missing() -> None:
    d = ev({"call": "itm-2024", "as_of": "2025-09-15", "role": "staff", "activity": "conference"})
    assert d["verdict"] == "not_eligible" and d["missing"]


def test_contacts_depend_on_role() -> None:
    staff = {c["email"] for c in ev(ITM_STAFF)["contacts"]}
    student = [c for c in ev(ITM_STUDENT)["contacts"]]
    assert staff == {"cmorantin@itg.be", "erasmusplusmobility@itg.be"}
    assert "cmorantin@itg.be" not in {c["email"] for c in student}
    assert any("coordinator or supervisor" in c["role"] for c in student)


def test_priority_notes() -> None:
    assert any("first come" in n for n in ev(ITM_STUDENT)["notes"])
    assert any("without a scholarship" in n for n in ev(ITM_STUDENT, has_scholarship=True)["notes"])
    assert any("PhD and/or postdoctoral" in n for n in ev(ITM_STAFF)["notes"])
    assert any(
        "self-funded" in n
        for n in ev(ITM_STUDENT, destination="Kenya", interinstitutional_agreement=True)["notes"]
    )


@pytest.mark.parametrize(("start", "ok"), [("2024-08-31", False), ("2024-09-01", True)])
def test_start_in_academic_years_2024_2026(start: str, ok: bool) -> None:
    """'Mobilité et Erasmus+': funds for the academic years 2024-2025 and 2025-2026 (from 1 Sept 2024)."""
    d = ev(
        ITM_STAFF, start_date=start, end_date="2024-09-10", as_of="2024-05-01", application_date="2024-05-01"
    )
    assert ("start_in_funded_years" in failed_ids(d)) is (not ok)
    if ok:
        assert "start_in_funded_years" in passed_ids(d)
