"""Grants: Lucca monthly rates with daily pro rata; ITM travel bands, unpublished and indicative figures."""

from __future__ import annotations

import pytest

from .helpers import ITM_STAFF, ITM_STUDENT, LUCCA, ev

TRAINEE = {**LUCCA, "activity": "traineeship", "receiving_org": "ngo", "receiving_org_has_eche": None}


@pytest.mark.parametrize(
    ("activity", "dest", "start", "end", "days", "total"),
    [
        ("study", "France", "2016-04-01", "2016-06-30", 90, 840.0),  # group 1, 3 x 280
        ("traineeship", "Lithuania", "2016-03-01", "2016-05-10", 70, 1003.33),  # group 3, 70 x 430/30
        ("study", "Spain", "2016-03-01", "2016-06-10", 100, 766.67),  # group 2, 100 x 230/30
        ("traineeship", "Norway", "2016-02-01", "2016-03-31", 60, 960.0),  # group 1, 2 x 480
        ("study", "FYROM", "2016-02-01", "2016-05-10", 100, 766.67),  # group 3, study 230
    ],
)
def test_lucca_grant(activity: str, dest: str, start: str, end: str, days: int, total: float) -> None:
    base = LUCCA if activity == "study" else TRAINEE
    g = ev(base, activity=activity, destination=dest, start_date=start, end_date=end, board_authorised=True)[
        "grant"
    ]
    assert g["days"] == days
    assert g["total_eur"] == pytest.approx(total, abs=0.005)
    assert sum(line["amount_eur"] for line in g["breakdown"]) == pytest.approx(total, abs=0.011)
    assert g["confidence"] == "med-high" and g["indicative"] is True


def test_lucca_breakdown_months_and_days() -> None:
    g = ev(TRAINEE, destination="Lithuania", start_date="2016-03-01", end_date="2016-05-10")["grant"]
    assert [line["amount_eur"] for line in g["breakdown"]] == [860.0, 143.33]
    assert "2 × 430" in g["breakdown"][0]["label"] and "10 days" in g["breakdown"][1]["label"]


def test_lucca_grant_unknown_without_dates() -> None:
    g = ev(LUCCA, start_date=None, end_date=None)["grant"]
    assert g["total_eur"] is None and g["days"] is None


def test_itm_staff_travel_madrid() -> None:
    g = ev(ITM_STAFF, destination_city="Madrid")["grant"]
    assert g["travel_eur"] == 309
    assert g["total_eur"] is None
    assert "Annex 1" in g["basis"] and "cmorantin@itg.be" in g["basis"]
    assert g["confidence"] == "high" and g["days"] == 12


def test_itm_green_travel() -> None:
    assert ev(ITM_STAFF, destination_city="Madrid", green_travel=True)["grant"]["travel_eur"] == 417


@pytest.mark.parametrize(
    ("dest", "city", "amount"),
    [
        ("Netherlands", "Rotterdam", 28),  # ~80 km
        ("Germany", "Berlin", 309),  # ~650 km
        ("Germany", "Cologne", 211),  # ~170 km
        ("Türkiye", "Ankara", 395),  # ~2500 km
    ],
)
def test_itm_staff_distance_bands(dest: str, city: str, amount: int) -> None:
    assert ev(ITM_STAFF, destination=dest, destination_city=city)["grant"]["travel_eur"] == amount


def test_itm_city_missing_or_unknown() -> None:
    g = ev(ITM_STAFF)["grant"]
    assert g["travel_eur"] is None and any("city" in n for n in g["notes"])
    g = ev(ITM_STAFF, destination_city="Nowhereville")["grant"]
    assert g["travel_eur"] is None and any("Nowhereville" in n for n in g["notes"])


def test_itm_students_intra_eu_travel_unknown() -> None:
    g = ev(ITM_STUDENT, destination_city="Lisbon")["grant"]
    assert g["travel_eur"] is None and g["total_eur"] is None
    assert "Annex 2" in g["basis"]
    assert any("regions 1 to 12" in n and "not known" in n for n in g["notes"])


def test_itm_students_region_9_indicative() -> None:
    g = ev(
        ITM_STUDENT,
        destination="Kenya",
        destination_city="Nairobi",
        interinstitutional_agreement=True,
        receiving_org_has_eche=None,
    )["grant"]
    assert g["travel_eur"] == 1188  # 4000-7999 km
    assert g["total_eur"] is None and g["indicative"] is True
    assert g["indicative_total_eur"] == pytest.approx(90 * 700 / 30 + 1188)
    assert g["confidence"] == "med-high"


def test_itm_students_region_14_no_travel() -> None:
    g = ev(
        ITM_STUDENT,
        destination="Switzerland",
        destination_city="Geneva",
        interinstitutional_agreement=True,
        receiving_org_has_eche=None,
    )["grant"]
    # EU-wide rule: no student travel support for regions 13 and 14, a known zero (not "not known").
    assert g["travel_eur"] == 0
    assert any("No travel support" in n and "Switzerland" in n for n in g["notes"])
    assert not any("not known" in n for n in g["notes"])


def test_itm_students_in_europe_travel_stays_unknown() -> None:
    g = ev(ITM_STUDENT, destination="Germany", destination_city="Heidelberg",
           receiving_org_has_eche=True)["grant"]
    assert g["travel_eur"] is None
    assert any("not known" in n for n in g["notes"])
    assert not any("No travel support" in n for n in g["notes"])


def test_itm_short_term_indicative_daily_rates() -> None:
    g = ev(
        ITM_STUDENT,
        activity="short_term_blended",
        virtual_component=True,
        start_date="2026-03-01",
        end_date="2026-03-20",
    )["grant"]
    assert g["indicative_total_eur"] == 14 * 79 + 6 * 56
    assert g["total_eur"] is None and g["indicative"] is True
    assert any("70/50" in n for n in g["notes"])


def test_itm_traineeship_top_up_note() -> None:
    g = ev(ITM_STUDENT, activity="traineeship", receiving_org="ngo")["grant"]
    assert any("150 EUR" in n for n in g["notes"])


def test_longer_stay_never_lowers_lucca_grant() -> None:
    totals = [
        ev(TRAINEE, start_date="2016-02-01", end_date=f"2016-{m:02d}-{d:02d}", board_authorised=True)[
            "grant"
        ]["total_eur"]
        for m in (4, 5, 6, 7)
        for d in (1, 10, 20, 28)
    ]
    assert totals == sorted(totals)


def test_lucca_travel_is_a_known_zero() -> None:
    """erasmus-figures.md (IMT Lucca): no travel support for intra-European student mobility in 2015/2016."""
    from .helpers import LUCCA

    g = ev(LUCCA)["grant"]
    assert g["travel_eur"] == 0 and g["total_eur"] == 840
    assert any("travel" in n for n in g["notes"])
