"""The dynamic form: what it asks comes from the rules core's `missing`; skip, why and unclear answers."""
from __future__ import annotations

from actions.eligibility import (
    ActionExplainWhy,
    ActionSkipField,
    ActionUnclearFact,
    ValidateEligibilityForm,
    relevant_reasons,
)
from actions.profile import PROFILE_SLOTS
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "DE",
         "start_date": "2026-03-01", "end_date": "2026-03-03"}


async def required(slots, dispatcher):
    return await ValidateEligibilityForm().required_slots([], dispatcher, make_tracker(slots=slots), DOMAIN)


async def test_without_a_call_only_the_call_is_asked(dispatcher):
    assert await required({"role": "staff"}, dispatcher) == ["call"]


async def test_asks_only_what_the_rules_core_reports_missing(dispatcher):
    import rules_core

    got = await required(STAFF, dispatcher)
    missing = rules_core.evaluate({**STAFF, "as_of": "2026-11-23"})["missing"]
    assert set(got) == set(missing) & set(PROFILE_SLOTS)
    assert "citizenship" in got
    assert "role" not in got and "destination" not in got


async def test_lucca_phd_needs_different_facts_than_itm_staff(dispatcher):
    got = await required({"call": "imt-lucca-2015", "role": "phd_student"}, dispatcher)
    assert "supervisor_authorised" in got and "prior_erasmus_months" in got
    assert "citizenship" not in got


async def test_grant_goal_asks_less_and_skipped_fields_are_not_asked(dispatcher):
    full = await required({"call": "imt-lucca-2015", "role": "phd_student"}, dispatcher)
    grant = await required({"call": "imt-lucca-2015", "role": "phd_student", "goal": "grant"}, dispatcher)
    skipped = await required({"call": "imt-lucca-2015", "role": "phd_student", "skipped": ["activity"]},
                             dispatcher)
    assert set(grant) < set(full) and "supervisor_authorised" not in grant
    assert "activity" not in skipped and "activity" in full


async def test_skip_adds_the_requested_field(dispatcher):
    tracker = make_tracker(slots={"call": "itm-2024", "skipped": ["receiving_org"]}, text="I don't know",
                           intent="dont_know", requested_slot="citizenship", active_loop="eligibility_form")
    events = slot_events(await ActionSkipField().run(dispatcher, tracker, DOMAIN))
    assert events["skipped"] == ["receiving_org", "citizenship"]
    assert "nationality" in texts(dispatcher)


async def test_why_explains_with_the_rules_core_in_french(dispatcher):
    tracker = make_tracker(slots={**STAFF, "language": "fr"}, text="pourquoi ?", intent="ask_why",
                           requested_slot="destination", active_loop="eligibility_form")
    await ActionExplainWhy().run(dispatcher, tracker, DOMAIN)
    said = texts(dispatcher)
    assert "Je demande pays de destination" in said
    assert "pays d'envoi" in said
    assert "staff_destination:" not in said


def test_reasons_keep_only_this_persons_side():
    reasons = ["staff_x: For staff.", "student_x: For students.", "student_y: For students.", "general: All."]
    assert relevant_reasons(reasons, "staff") == ["For staff.", "All."]
    assert relevant_reasons(reasons, "msc_student") == ["For students.", "All."]


async def test_unknown_country_gets_suggestions_as_buttons(dispatcher):
    tracker = make_tracker(slots={"call": "itm-2024"}, text="Narnia", intent="nlu_fallback",
                           requested_slot="destination", active_loop="eligibility_form")
    events = await ActionUnclearFact().run(dispatcher, tracker, DOMAIN)
    said = texts(dispatcher)
    assert "I don't know \"Narnia\"" in said and "Armenia" in said
    assert dispatcher.messages[0]["buttons"][0]["payload"].startswith('/inform{"country":"')
    assert events == []


async def test_a_country_the_nlu_missed_is_resolved_by_the_rules_core(dispatcher):
    tracker = make_tracker(slots={"call": "itm-2024"}, text="DEU", intent="nlu_fallback",
                           requested_slot="citizenship", active_loop="eligibility_form")
    events = slot_events(await ActionUnclearFact().run(dispatcher, tracker, DOMAIN))
    assert events == {"citizenship": ["DE"]}


async def test_a_pending_date_problem_is_said_plainly(dispatcher):
    issue = {"key": "issue_end_before_start", "start": "2026-06-01", "end": "2026-03-01"}
    tracker = make_tracker(slots={"call": "itm-2024", "input_issue": issue}, requested_slot="end_date")
    events = slot_events(await ActionUnclearFact().run(dispatcher, tracker, DOMAIN))
    assert "1 March 2026" in texts(dispatcher) and "before the start date" in texts(dispatcher)
    assert events == {"input_issue": None}


async def test_a_message_with_several_facts_gets_an_interim_status_before_the_question(dispatcher):
    from actions.eligibility import ASK_ACTIONS

    ask_start = next(cls for cls in ASK_ACTIONS if cls.slot == "start_date")
    entities = [{"entity": "role", "value": "staff"}, {"entity": "institution", "value": "itm"},
                {"entity": "activity", "value": "staff_training"}, {"entity": "duration", "value": "P3D"},
                {"entity": "country", "value": "DE", "role": "destination"}]
    slots = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "DE",
             "duration": "P3D", "asked_once": True}
    text = "Je fais partie du personnel de l'IMT Anvers. Puis-je faire une formation de 3 jours en Allemagne"
    await ask_start().run(dispatcher, make_tracker(slots=slots, text=text, entities=entities), DOMAIN)
    said = texts(dispatcher)
    assert "vous n'êtes pas éligible" in said and "31 juillet 2026" in said
    assert said.rstrip().endswith("(par ex. 1er mars 2026)")


async def test_a_plain_answer_gets_just_the_next_question(dispatcher):
    from actions.eligibility import ASK_ACTIONS

    ask_end = next(cls for cls in ASK_ACTIONS if cls.slot == "end_date")
    tracker = make_tracker(slots={"call": "itm-2024", "role": "staff", "asked_once": True},
                           text="1 March 2026", entities=[{"entity": "start_date", "value": "2026-03-01"}])
    await ask_end().run(dispatcher, tracker, DOMAIN)
    assert len(dispatcher.messages) == 1 and "when would it end" in texts(dispatcher)


async def test_an_impossible_date_is_named_as_such(dispatcher):
    tracker = make_tracker(slots={"call": "itm-2024"}, text="30 February 2026", intent="inform",
                           requested_slot="start_date", active_loop="eligibility_form")
    await ActionUnclearFact().run(dispatcher, tracker, DOMAIN)
    assert "no 30 February" in texts(dispatcher)


async def test_a_correction_inside_the_form_is_acknowledged(dispatcher):
    from actions.eligibility import ASK_ACTIONS

    ask_org = next(cls for cls in ASK_ACTIONS if cls.slot == "receiving_org")
    events = [{"event": "slot", "name": "requested_slot", "value": "receiving_org"},
              {"event": "user", "text": "make it 5 months"},
              {"event": "slot", "name": "end_date", "value": "2026-07-31"},
              {"event": "slot", "name": "language", "value": "en"}]
    tracker = make_tracker(slots={"call": "itm-2024", "asked_once": True, "end_date": "2026-07-31"},
                           text="make it 5 months", entities=[{"entity": "duration", "value": "P5M"}],
                           events=events)
    await ask_org().run(dispatcher, tracker, DOMAIN)
    assert dispatcher.messages[0]["text"] == "Noted: end date: 31 July 2026."
    assert "organisation would host you" in dispatcher.messages[1]["text"]


async def test_the_answer_to_the_question_is_not_repeated_back(dispatcher):
    from actions.eligibility import ASK_ACTIONS

    ask_org = next(cls for cls in ASK_ACTIONS if cls.slot == "receiving_org")
    events = [{"event": "slot", "name": "requested_slot", "value": "end_date"},
              {"event": "user", "text": "31 May 2026"},
              {"event": "slot", "name": "end_date", "value": "2026-05-31"}]
    tracker = make_tracker(slots={"call": "itm-2024", "asked_once": True}, text="31 May 2026",
                           entities=[{"entity": "end_date", "value": "2026-05-31"}], events=events)
    await ask_org().run(dispatcher, tracker, DOMAIN)
    assert len(dispatcher.messages) == 1


async def test_a_grant_question_stops_asking_once_the_amount_is_known(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    slots = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "ES",
             "start_date": "2016-02-01", "end_date": "2016-05-31", "goal": "grant"}
    assert await required(slots, dispatcher) == []
    assert await required({**slots, "goal": "eligibility"}, dispatcher) != []


async def test_a_deadline_question_stops_once_the_date_is_known(dispatcher):
    slots = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "start_date": "2026-05-04",
             "goal": "deadline"}
    assert await required(slots, dispatcher) == []


async def _ask_start(slots, text, entities, dispatcher):
    from actions.eligibility import ASK_ACTIONS

    ask_start = next(cls for cls in ASK_ACTIONS if cls.slot == "start_date")
    await ask_start().run(dispatcher, make_tracker(slots={**slots, "asked_once": True}, text=text,
                                                   entities=entities), DOMAIN)
    return texts(dispatcher)


async def test_a_length_without_dates_is_checked_against_the_limits_at_once(dispatcher):
    entities = [{"entity": "role", "value": "staff"}, {"entity": "duration", "value": "P90D"},
                {"entity": "country", "value": "ES", "role": "destination"}]
    slots = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "ES",
             "duration": "P90D"}
    said = await _ask_start(slots, "I'm ITM staff, a 90-day training in Spain", entities, dispatcher)
    assert "60 days maximum" in said and "When would the mobility start" in said


async def test_a_length_within_the_limits_adds_no_failure(dispatcher):
    entities = [{"entity": "role", "value": "staff"}, {"entity": "duration", "value": "P10D"},
                {"entity": "country", "value": "ES", "role": "destination"}]
    slots = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "ES",
             "duration": "P10D"}
    said = await _ask_start(slots, "I'm ITM staff, a 10-day training in Spain", entities, dispatcher)
    assert "60 days" not in said and "When would the mobility start" in said


async def test_a_failure_every_candidate_role_shares_is_said_before_the_role_is_asked(dispatcher):
    entities = [{"entity": "institution", "value": "itm"}, {"entity": "activity", "value": "traineeship"},
                {"entity": "receiving_org", "value": "eu_institution"}]
    slots = {"call": "itm-2024", "activity": "traineeship", "receiving_org": "eu_institution"}
    said = await _ask_start(slots, "Can an ITM student do a traineeship at an EU institution?", entities,
                            dispatcher)
    assert "EU institution" in said and "not eligible" in said


async def test_only_the_deadline_against_says_what_else_holds(dispatcher):
    entities = [{"entity": "role", "value": "staff"},
                {"entity": "country", "value": "ES", "role": "destination"}]
    slots = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "ES"}
    said = await _ask_start(slots, "ITM staff, training in Spain", entities, dispatcher)
    assert "31 July 2026" in said and "Apart from the deadline" in said and "Spain" in said


async def test_a_grant_question_naming_the_call_shows_its_amounts(dispatcher):
    events = [{"event": "user", "text": "How much is the study grant at IMT Lucca?"},
              {"event": "slot", "name": "call", "value": "imt-lucca-2015"}]
    slots = {"call": "imt-lucca-2015", "goal": "grant"}
    from actions.eligibility import ASK_ACTIONS

    ask_role = next(cls for cls in ASK_ACTIONS if cls.slot == "role")
    tracker = make_tracker(slots=slots, text="How much is the study grant at IMT Lucca?", events=events)
    await ask_role().run(dispatcher, tracker, DOMAIN)
    said = texts(dispatcher)
    assert "280" in said and "430" in said


async def test_a_deadline_question_is_answered_from_the_call_alone(dispatcher):
    assert await required({"call": "itm-2024", "goal": "deadline"}, dispatcher) == []


async def test_a_contact_goal_needs_only_the_call(dispatcher):
    assert await required({"call": "imt-lucca-2015", "goal": "contact"}, dispatcher) == []


async def test_a_question_without_institution_is_not_called_unclear(dispatcher):
    from actions.eligibility import ASK_ACTIONS

    ask_call = next(cls for cls in ASK_ACTIONS if cls.slot == "call")
    events = [{"event": "user", "text": "When do I have to apply?"},
              {"event": "active_loop", "name": "eligibility_form"}]
    for intent, unclear in (("ask_deadline", False), ("inform", True)):
        dispatcher.messages.clear()
        tracker = make_tracker(slots={"asked_once": True}, text="When do I have to apply?", intent=intent,
                               events=events)
        await ask_call().run(dispatcher, tracker, DOMAIN)
        assert ("not sure what you mean" in texts(dispatcher)) is unclear
        assert "Which call" in texts(dispatcher)
