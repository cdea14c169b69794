"""action_answer: verdict, reasons with sources, what holds, grant, dates, contact, and what changed."""
from __future__ import annotations

from actions.answer import ActionAnswer
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

BELGIAN_MSC = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "citizenship": ["BE"],
               "destination": "PT", "destination_city": "Lisbon", "start_date": "2026-03-01",
               "end_date": "2026-05-31"}
LUCCA_PHD = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "ES",
             "start_date": "2016-02-01", "end_date": "2016-05-31", "supervisor_authorised": True,
             "prior_erasmus_months": 0.0, "board_authorised": True, "receiving_org": "hei"}


async def answer(slots, dispatcher, **kw):
    events = await ActionAnswer().run(dispatcher, make_tracker(slots=slots, **kw), DOMAIN)
    return texts(dispatcher), slot_events(events)


async def test_after_the_deadline_says_so_and_what_else_holds(dispatcher):
    said, events = await answer(BELGIAN_MSC, dispatcher)
    assert "you are not eligible" in said
    assert "31 July 2026 application deadline" in said
    assert "source: Application and selection process" in said
    assert "Apart from the deadline" in said
    assert "Portugal is an eligible destination" in said
    assert "receiving organisation" in said  # could not be checked
    assert "erasmusplusmobility@itg.be" in said
    assert "The mobility must end by 31 July 2026" in said
    assert events["last_decision"]["verdict"] == "not_eligible"


async def test_lucca_grant_amount_with_breakdown_and_confidence(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    said, events = await answer({**LUCCA_PHD, "goal": "grant"}, dispatcher)
    assert "€920.00" in said and "120 funded days" in said
    assert "4 × 230 EUR" in said
    assert "indicative (confidence: medium-high)" in said
    assert events["last_decision"]["total_eur"] == 920.0
    assert dispatcher.messages[0]["buttons"][0]["payload"] == "/check_eligibility"


async def test_french_reply_with_babel_formats(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    said, _ = await answer({**LUCCA_PHD, "language": "fr"}, dispatcher)
    assert "920,00\xa0€" in said
    assert "30 septembre 2016" in said
    assert "erasmus@imtlucca.it" in said
    assert "Estimation de la bourse" in said


async def test_what_if_says_what_changed(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    previous = {"call": "imt-lucca-2015", "verdict": "eligible", "total_eur": 690.0, "failed": []}
    said, events = await answer({**LUCCA_PHD, "last_decision": previous}, dispatcher)
    assert "The amount changed from €690.00 to €920.00" in said
    assert events["last_decision"]["total_eur"] == 920.0


async def test_changed_verdict_is_named(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    previous = {"call": "imt-lucca-2015", "verdict": "eligible", "total_eur": 920.0, "failed": []}
    said, _ = await answer({**LUCCA_PHD, "destination": "IT", "last_decision": previous}, dispatcher)
    assert "the verdict changed from eligible to not eligible" in said


async def test_deadline_goal_gives_the_dates(dispatcher):
    said, _ = await answer({"call": "itm-2024", "role": "staff", "activity": "staff_training",
                            "start_date": "2026-03-01", "goal": "deadline"}, dispatcher)
    assert "Apply by 1 January 2026" in said


async def test_invalid_profile_is_said_plainly(dispatcher):
    said, events = await answer({"call": "itm-2024", "destination": "Narnia"}, dispatcher)
    assert "Narnia" in said and "last_decision" not in events


async def test_pending_issue_is_reported_before_the_answer(dispatcher):
    issue = {"key": "issue_end_before_start", "start": "2026-06-01", "end": "2026-03-01"}
    said, events = await answer({**BELGIAN_MSC, "input_issue": issue}, dispatcher)
    assert said.startswith("The end date (1 March 2026) is before the start date")
    assert events["input_issue"] is None


async def test_correction_names_the_changed_fact(dispatcher):
    previous = {"call": "itm-2024", "verdict": "not_eligible", "total_eur": None, "failed": [],
                "profile": {**BELGIAN_MSC, "destination": "ES", "destination_city": None}}
    said, events = await answer({**BELGIAN_MSC, "last_decision": previous}, dispatcher,
                                text="actually it's Portugal")
    assert "Updated: destination country: Spain → Portugal; destination city: — → Lisbon." in said
    assert "neither the verdict nor the amount changed" in said
    assert events["last_decision"]["profile"]["destination"] == "PT"


async def test_a_skipped_field_answered_later_is_not_listed_as_missing(dispatcher):
    said, _ = await answer({**BELGIAN_MSC, "receiving_org": "enterprise", "skipped": ["receiving_org",
                                                                                      "country_of_origin"]},
                           dispatcher)
    assert "Could not be checked (missing): country of origin." in said


async def test_deadline_goal_without_a_departure_gives_the_calls_dates(dispatcher):
    said, _ = await answer({"call": "itm-2024", "goal": "deadline"}, dispatcher)
    assert "31 July 2026" in said and "two months before departure" in said and "departure date" in said


async def test_lucca_deadline_goal_gives_the_window(dispatcher):
    said, _ = await answer({"call": "imt-lucca-2015", "goal": "deadline"}, dispatcher, text="Scadenza?")
    assert "18 January 2016" in said and "1 February 2016" in said and "30 September 2016" in said


async def test_contact_goal_answers_with_the_contact(dispatcher):
    said, events = await answer({"call": "imt-lucca-2015", "goal": "contact"}, dispatcher, text="IMT Lucca")
    assert "erasmus@imtlucca.it" in said and events.get("goal", "unset") is None
