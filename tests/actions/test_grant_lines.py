"""How a grant is said: the call's own amounts first; an EU-wide guide figure only after 'not published',
marked as orientation (simulated users remembered '€553' as ITM's amount when it came first as a
'Grant estimate')."""
from __future__ import annotations

import pytest

import rules_core
from actions.answer import grant_lines
from actions.i18n import t

BLENDED = {"call": "itm-2024", "as_of": "2025-10-01", "role": "msc_student", "activity": "short_term_blended",
           "destination": "DE", "destination_city": "Heidelberg", "citizenship": ["KE"],
           "receiving_org": "hei", "virtual_component": True, "start_date": "2026-03-09",
           "end_date": "2026-03-15"}
LUCCA = {"call": "imt-lucca-2015", "as_of": "2016-01-10", "role": "phd_student", "activity": "study",
         "destination": "ES", "destination_city": "Granada", "citizenship": ["IT"], "receiving_org": "hei",
         "start_date": "2016-03-01", "end_date": "2016-07-31", "prior_erasmus_months": 0}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_unpublished_amounts_come_first_and_the_guide_figure_is_orientation(lang: str) -> None:
    lines = grant_lines(rules_core.evaluate(BLENDED, lang=lang), lang)
    assert lines[0].startswith(t(lang, "grant_unknown", basis="")[:15]), lines
    orientation = [i for i, line in enumerate(lines) if "553" in line]
    assert orientation and orientation[0] > 0, lines
    assert not any(line.startswith(t(lang, "grant_total", amount="", days="")[:10]) for line in lines), lines


def test_staff_travel_known_rest_unknown_keeps_travel_first() -> None:
    staff = {"call": "itm-2024", "as_of": "2025-10-01", "role": "staff", "activity": "staff_training",
             "destination": "FR", "destination_city": "Lyon", "citizenship": ["BE"],
             "receiving_org": "research_institute", "start_date": "2026-01-19", "end_date": "2026-01-22"}
    lines = grant_lines(rules_core.evaluate(staff, lang="en"), "en")
    assert "309" in lines[0] and "there and back" in lines[0], lines
    assert lines[1].startswith("I can't give the rest of the amount"), lines


@pytest.mark.parametrize("lang", ["en", "it"])
def test_a_known_total_is_said_as_an_estimate_without_confidence_jargon(lang: str) -> None:
    lines = grant_lines(rules_core.evaluate(LUCCA, lang=lang), lang)
    assert "1.150" in lines[0] or "1,150" in lines[0], lines
    assert lines[-1] == t(lang, "grant_indicative"), lines
    assert not any("confidence" in line or "affidabilità" in line for line in lines), lines


@pytest.mark.parametrize(("today", "expected"), [
    ("2016-01-10", "tra 8 giorni"),   # a round-12 user noticed only herself that 18 January was a week away
    ("2016-01-18", "Cioè oggi"),
    ("2015-12-27", None),             # 22 days ahead: beyond SOON_DAYS, no line
    ("2016-01-19", None),             # the call has ended: its closed notice says so, not this line
])
def test_an_apply_by_date_close_to_today_says_how_close(monkeypatch: pytest.MonkeyPatch, today: str,
                                                        expected: str | None) -> None:
    from actions.answer import deadline_lines

    monkeypatch.setenv("MOBILITY_TODAY", today)
    lines = deadline_lines(rules_core.evaluate({**LUCCA, "as_of": today}, lang="it"), "it")
    soon = [line for line in lines if line.startswith("⏳")]
    if expected is None:
        assert not soon, lines
    else:
        assert soon and expected in soon[0], lines


def test_an_apply_by_date_already_past_on_an_open_call_says_it_is_too_late(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from actions.answer import deadline_lines

    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    vilnius = {"call": "itm-2024", "as_of": "2025-10-01", "role": "phd_student", "itm_staff_member": False,
               "activity": "short_term_doctoral", "destination": "LT", "citizenship": ["BE"],
               "receiving_org": "research_institute", "start_date": "2025-11-20", "end_date": "2025-12-05"}
    lines = deadline_lines(rules_core.evaluate(vilnius, lang="it"), "it")
    assert any("20 settembre 2025" in line for line in lines), lines
    assert any("troppo tardi" in line for line in lines), lines


NAIROBI = {"call": "itm-2024", "as_of": "2025-10-01", "role": "msc_student", "activity": "traineeship",
           "destination": "KE", "destination_city": "Nairobi", "citizenship": ["GH"], "receiving_org": "ngo",
           "start_date": "2026-04-01", "end_date": "2026-06-30", "has_scholarship": False}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_the_travel_said_first_is_not_listed_again_under_the_guide_figure(lang: str) -> None:
    # Round 18: '€1,188.00' came on the first line and again as the first part of the orientation figure.
    lines = grant_lines(rules_core.evaluate(NAIROBI, lang=lang), lang)
    assert "1" in lines[0] and "188" in lines[0], lines
    assert sum("188" in line for line in lines) == 1, lines
    header = t(lang, "grant_orientation_plus", amount="", days=90).split("90")[-1].strip()
    guide = [line for line in lines if "738" in line]
    assert guide and guide[0].endswith(header), lines
    assert any("2" in line and "100" in line for line in lines), lines  # the individual support part stays
    assert any("450" in line for line in lines), lines                  # and the traineeship top-up


def test_without_a_known_travel_part_the_guide_lists_every_part() -> None:
    lines = grant_lines(rules_core.evaluate(BLENDED, lang="en"), "en")
    header = t("en", "grant_orientation", amount="", days="")[:30]
    assert any(line.startswith(header) for line in lines), lines
    assert not any("the travel support above" in line for line in lines), lines
