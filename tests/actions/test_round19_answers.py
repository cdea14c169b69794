"""Round 19 (and the round 18 transcripts): shorter answers where a block meant nothing to the person."""
from __future__ import annotations

import pytest

import rules_core
from actions.verdict import render_verdict

ACCRA = {"call": "itm-2024", "as_of": "2025-10-01", "role": "msc_student", "activity": "traineeship",
         "destination": "GH", "destination_city": "Accra", "citizenship": ["GH"], "receiving_org": "ngo",
         "start_date": "2026-04-01", "end_date": "2026-06-30", "has_scholarship": False}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_a_person_ruled_out_is_not_told_the_priorities_or_first_come_first_served(lang: str) -> None:
    decision = rules_core.evaluate(ACCRA, lang=lang)
    assert decision["verdict"] == "not_eligible" and decision["notes"], decision
    text, _ = render_verdict(decision, None, lang, "msc_student", [], None)
    assert not any(note in text for note in decision["notes"]), text
    eligible = rules_core.evaluate({**ACCRA, "destination": "KE", "destination_city": "Nairobi"}, lang=lang)
    text, _ = render_verdict(eligible, None, lang, "msc_student", [], None)
    assert any(note in text for note in eligible["notes"]), text


def test_a_person_ruled_out_only_by_the_calendar_keeps_the_notes() -> None:
    late = rules_core.evaluate({**ACCRA, "destination": "KE", "destination_city": "Nairobi",
                                "start_date": "2025-10-20", "end_date": "2026-01-20"}, lang="en")
    assert late["verdict"] == "not_eligible", late
    text, _ = render_verdict(late, None, "en", "msc_student", [], None)
    assert any(note in text for note in late["notes"]), text


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_an_ended_calls_dates_asked_are_said_once_in_the_past(lang: str) -> None:
    # Round 19: "📅 Apply by 9 January 2026 for this departure" and "📅 You would have had to apply by
    # 9 January 2026" in one answer, after a dates question on an ended call.
    from actions import i18n
    from actions.i18n import t

    vienna = {"call": "itm-2024", "as_of": "2026-01-01", "role": "staff", "activity": "staff_training",
              "destination": "AT", "destination_city": "Vienna", "citizenship": ["IE"],
              "receiving_org": "hei", "start_date": "2026-03-09", "end_date": "2026-03-13",
              "itm_staff_member": True}
    decision = rules_core.evaluate(vienna, lang=lang)
    text, _ = render_verdict(decision, "deadline", lang, "staff", [], None, hypothetical=True)
    date = i18n.fmt_date("2026-01-09", lang)
    assert text.count(date) == 1, text
    assert t(lang, "deadline_would_have", date=date) in text, text
    live, _ = render_verdict(decision, "deadline", lang, "staff", [], None)
    assert t(lang, "deadline_would_have", date=date) not in live and date in live, live


LILLE = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "FR",
         "destination_city": "Lille", "receiving_org": "research_institute", "citizenship": ["BE"],
         "start_date": "2026-03-09", "end_date": "2026-03-13", "itm_staff_member": True,
         "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Est-ce un problème que l'Institut Pasteur soit un institut de recherche sans ECHE ?"),
    ("en", "Is it a problem that the Institut Pasteur has no ECHE?"),
])
async def test_a_staff_member_asking_about_the_eche_is_not_given_the_students_cases(dispatcher, monkeypatch,
                                                                                      lang, text):
    # Round 19: the answer listed the study and traineeship cases of the ECHE rule in full.
    from actions import i18n
    from actions.i18n import t
    from tests.actions.conftest import texts
    from tests.actions.test_round13 import ITM_OPEN, hear

    await hear(dispatcher, monkeypatch, text, {**LILLE, "language": lang}, ITM_OPEN)
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "condition_not_needed", field="")[:3]), reply
    # (round 50: not "only for another status: Master's student, ...", which the staff part "a higher
    # education institution with an ECHE" contradicted; the ECHE named for a university host only)
    kind = i18n.label(lang, "orgs_case", "research_institute")
    assert t(lang, "condition_eche_not_hei", kind=kind, source="").split("(")[0] in reply, reply
    assert i18n.label(lang, "roles", "msc_student") not in reply, reply
    assert i18n.label(lang, "activities", "traineeship") not in reply, reply
    assert reply.count(t(lang, "answer_no", answer="")[:3]) == 1, reply  # one "No:", not a second one


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_a_short_term_stay_over_thirty_days_is_not_one_month_counted_as_thirty(lang: str) -> None:
    # Round 19: "2 February to 6 March 2026 is one month, counted as 30 days (33 calendar days)".
    from actions.answer import grant_lines
    from actions.i18n import t

    cape_town = {"call": "itm-2024", "as_of": "2025-10-01", "role": "phd_student", "itm_staff_member": False,
                 "activity": "short_term_doctoral", "destination": "ZA", "destination_city": "Cape Town",
                 "receiving_org": "hei", "citizenship": ["NL"], "start_date": "2026-02-02"}
    def said(end: str) -> str:
        return "\n".join(grant_lines(rules_core.evaluate({**cape_town, "end_date": end}, lang=lang), lang))

    lines = said("2026-03-06")
    capped = t(lang, "day_count_physical_capped", max=30, period="", calendar=33, days=30)
    assert capped.split(":")[0] in lines and "33" in lines, lines
    assert t(lang, "day_count_line", period="", count="", calendar="").split(":")[0] not in lines, lines
    within = said("2026-02-20")
    assert capped.split(":")[0] not in within, within  # 19 days, all paid: no count line


@pytest.mark.parametrize("lang", ["en", "it"])
def test_no_amount_before_a_not_eligible_answer_to_a_grant_question(lang: str) -> None:
    too_long = {"call": "itm-2024", "as_of": "2025-10-01", "role": "phd_student", "itm_staff_member": False,
                "activity": "short_term_doctoral", "destination": "ZA", "destination_city": "Cape Town",
                "receiving_org": "hei", "citizenship": ["NL"], "start_date": "2026-02-02",
                "end_date": "2026-03-06"}
    decision = rules_core.evaluate(too_long, lang=lang)
    assert decision["verdict"] == "not_eligible", decision
    text, _ = render_verdict(decision, "grant", lang, "phd_student", [], None)
    assert text.startswith("❌"), text
    assert "1,735" not in text and "1.735" not in text, text
    fine = rules_core.evaluate({**too_long, "end_date": "2026-02-20"}, lang=lang)
    text, _ = render_verdict(fine, "grant", lang, "phd_student", [], None)
    assert text.startswith("💶"), text


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_the_email_summary_has_the_date_to_apply_by_and_the_known_travel(lang: str, monkeypatch) -> None:
    # Round 19: "the summary leaves out the deadline and the amount".
    from actions import i18n
    from actions.contact import summary
    from actions.i18n import t
    from tests.actions.conftest import make_tracker

    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    slots = {k: v for k, v in LILLE.items() if k != "goal"}
    text = summary(make_tracker(slots={**slots, "language": lang}), lang, "itm-2024")
    assert t(lang, "summary_apply_by", date=i18n.fmt_date("2026-01-09", lang)) in text, text
    assert "211" in text, text
    ruled_out = summary(make_tracker(slots={**slots, "destination": "BE", "destination_city": "Brussels",
                                             "language": lang}), lang, "itm-2024")
    assert t(lang, "summary_apply_by", date="")[:10] not in ruled_out, ruled_out
