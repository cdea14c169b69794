"""action_respond on tracker fixtures: the events it returns and what it says, turn by turn.

Each test plays the slots a conversation has reached and one message (intent and entities as the NLU gives
them), then checks the slot events and the reply."""
from __future__ import annotations

from typing import Any

import pytest

from actions.dialogue import ActionRespond
from tests.actions.conftest import DOMAIN, make_tracker, said, slot_events, texts


async def respond(dispatcher: Any, **kwargs: Any) -> dict[str, Any]:
    events = await ActionRespond().run(dispatcher, make_tracker(**kwargs), DOMAIN)
    return slot_events(events)


ITM_MSC = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility"}


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # ITM open; both calls ended by the real date


async def test_negated_staff_is_recorded_the_right_way_round(dispatcher):
    text = "non, je ne fais pas partie du personnel"
    ents = [{"entity": "role", "value": "staff", "start": text.index("personnel"), "end": len(text)}]
    slots = {"language": "fr", "call": "itm-2024", "role": "phd_student", "goal": "eligibility",
             "asked": "activity"}
    got = await respond(dispatcher, text=text, intent="deny", entities=ents, slots=slots)
    assert got.get("itm_staff_member") is False
    assert "role" not in got  # still a PhD student
    assert "Membre du personnel" not in texts(dispatcher)


async def test_dont_know_is_an_answer_and_the_flow_moves_on(dispatcher):
    got = await respond(dispatcher, text="no idea", intent="dont_know",
                        slots={**ITM_MSC, "activity": "study", "asked": "destination"})
    assert got["skipped"] == ["destination"]
    assert got.get("asked") != "destination"


async def test_a_skipped_fact_given_later_in_free_text_is_taken(dispatcher):
    text = "I checked, it's in Portugal"
    ents = [{"entity": "country", "value": "PT", "role": "destination", "start": text.index("Portugal")}]
    got = await respond(dispatcher, text=text, entities=ents,
                        slots={**ITM_MSC, "activity": "study", "skipped": ["destination"],
                               "asked": "start_date"})
    assert got["destination"] == "PT" and got["skipped"] == []


async def test_a_change_of_mind_replaces_the_activity_and_says_so(dispatcher):
    text = "ok, forget the conference. It's a 5-day training course at the University of Vienna now"
    ents = [{"entity": "activity", "value": "conference", "start": text.index("conference")},
            {"entity": "receiving_org", "value": "hei", "start": text.index("University")}]
    got = await respond(dispatcher, text=text, entities=ents, slots={
        "call": "itm-2024", "role": "staff", "activity": "conference", "goal": "eligibility"})
    assert got["activity"] == "staff_training"
    assert "Conference → Staff training" in texts(dispatcher)


async def test_months_and_days_are_one_length(dispatcher):
    text = "for 3 months and 10 days starting 1 March 2016"
    ents = [{"entity": "duration", "value": "P3M"}, {"entity": "duration", "value": "P10D"},
            {"entity": "start_date", "value": "2016-03-01"}]
    got = await respond(dispatcher, text=text, entities=ents,
                        slots={"call": "imt-lucca-2015", "role": "phd_student", "activity": "study"})
    assert got["end_date"] == "2016-06-10"


async def test_a_graduation_date_never_overwrites_the_start(dispatcher):
    text = "I'll graduate in February 2016"
    ents = [{"entity": "start_date", "value": "2016-02-01", "start": text.index("February")}]
    got = await respond(dispatcher, text=text, entities=ents, slots={
        "call": "imt-lucca-2015", "role": "phd_student", "start_date": "2016-04-01"})
    assert got["graduation_date"] == "2016-02-01" and "start_date" not in got


async def test_a_yes_no_fact_named_in_passing_is_taken(dispatcher):
    got = await respond(dispatcher, text="yes, it holds an ECHE", intent="affirm", slots={**ITM_MSC})
    assert got["receiving_org_has_eche"] is True
    got = await respond(dispatcher, text="il mio relatore è d'accordo", slots={"call": "imt-lucca-2015"})
    assert got["supervisor_authorised"] is True


async def test_a_typed_button_title_is_understood(dispatcher):
    got = await respond(dispatcher, text="personeelstraining", slots={
        "language": "nl", "call": "itm-2024", "role": "staff", "asked": "activity"})
    assert got["activity"] == "staff_training"
    got = await respond(dispatcher, text="celui d'Anvers", slots={"language": "fr", "asked": "call"})
    assert got["call"] == "itm-2024"


async def test_open_host_facts_are_conditions_of_an_eligible_verdict(dispatcher):
    await respond(dispatcher, text="so am I eligible?", intent="check_eligibility", slots={
        **ITM_MSC, "activity": "study", "destination": "ES", "citizenship": ["BE"],
        "start_date": "2026-02-01", "end_date": "2026-05-31"})
    said = texts(dispatcher)
    assert "you are eligible" in said and "on this condition" in said and "ECHE" in said
    assert "1 December 2025" in said  # apply by: two months before departure
    assert "What kind of organisation" not in said  # a study period is always at a university


async def test_a_closed_call_is_said_at_once_without_form_questions(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-01")
    got = await respond(dispatcher, text="Can I apply for a traineeship in Germany?",
                        intent="check_eligibility", slots={"call": "itm-2024", "role": "msc_student"})
    said = texts(dispatcher)
    assert "closed" in said and "31 July 2026" in said
    assert "nationality" not in said and got.get("asked") is None


async def test_what_would_have_applied_goes_through_a_closed_call(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-01")
    await respond(dispatcher, text='/inform{"hypothetical":true}', entities=[
        {"entity": "hypothetical", "value": True}], slots={"call": "itm-2024", "role": "msc_student"})
    assert "closed" not in texts(dispatcher)


async def test_a_typed_erase_is_confirmed_first_and_a_yes_erases(dispatcher):
    got = await respond(dispatcher, text="delete everything about me", intent="delete_my_data", slots=ITM_MSC)
    assert got == {"confirm": "delete_my_data", "language": "en"}
    events = await ActionRespond().run(dispatcher, make_tracker(
        text="yes", intent="affirm", slots={**ITM_MSC, "confirm": "delete_my_data"}), DOMAIN)
    assert {"event": "followup", "timestamp": None, "name": "action_delete_my_data"} in events


async def test_a_no_keeps_everything(dispatcher):
    events = await ActionRespond().run(dispatcher, make_tracker(
        text="no", intent="deny", slots={**ITM_MSC, "confirm": "delete_my_data"}), DOMAIN)
    assert not any(e.get("event") == "followup" for e in events)
    assert "kept everything" in texts(dispatcher)


async def test_the_erase_button_acts_at_once(dispatcher):
    events = await ActionRespond().run(dispatcher, make_tracker(
        text="/delete_my_data", intent="delete_my_data", slots=ITM_MSC), DOMAIN)
    assert any(e.get("event") == "followup" and e.get("name") == "action_delete_my_data" for e in events)


async def test_the_erasing_action_resets_everything_and_names_what_it_erased(dispatcher):
    from actions.conversation import ActionDeleteMyData

    events = await ActionDeleteMyData().run(dispatcher, make_tracker(slots={**ITM_MSC, "destination": "ES"}),
                                            DOMAIN)
    assert events[0]["event"] == "reset_slots" and "Spain" not in texts(dispatcher)
    assert "destination country" in texts(dispatcher) and events[-1]["name"] == "action_listen"


async def test_another_language_gets_the_four_languages_then_english(dispatcher):
    text = "Hola, soy estudiante de máster, ¿puedo hacer un Erasmus en Portugal?"
    got = await respond(dispatcher, text=text, intent="check_eligibility")
    said = texts(dispatcher)
    assert all(name in said for name in ("English", "français", "Nederlands", "italiano"))
    assert got["language"] == "en"


async def test_the_uk_question_in_the_flow_is_answered_in_context(dispatcher):
    text = "is the UK still part of Erasmus after Brexit?"
    ents = [{"entity": "country", "value": "GB", "role": "destination", "start": text.index("UK")}]
    await respond(dispatcher, text=text, intent="faq_destinations", entities=ents,
                  slots={**ITM_MSC, "asked": "activity"})
    said = texts(dispatcher)
    assert "not associated" in said and "What kind of mobility" in said  # answered, then the flow resumes


async def test_which_institution_without_the_imt_explanation(dispatcher):
    await respond(dispatcher, text="am I eligible?", intent="check_eligibility")
    said = texts(dispatcher)
    assert "ITM Antwerp or IMT Lucca" in said and "can mean" not in said


async def test_lucca_questions_give_2016_examples(dispatcher):
    await respond(dispatcher, text="a study period in Paris", entities=[
        {"entity": "activity", "value": "study"}, {"entity": "city", "value": "Paris", "country_code": "FR"}],
        slots={"call": "imt-lucca-2015", "role": "phd_student"})
    assert "2016" in texts(dispatcher) and "2026" not in texts(dispatcher)


async def test_agreed_is_not_an_agreement(dispatcher):
    got = await respond(dispatcher, text="il mio relatore è d'accordo", slots={"call": "imt-lucca-2015"})
    assert got["supervisor_authorised"] is True and "interinstitutional_agreement" not in got


async def test_a_question_about_a_fact_sets_nothing(dispatcher):
    got = await respond(dispatcher, text="moroccan. btw does the blended mobility need a virtual part?",
                        entities=[{"entity": "country", "value": "MA", "role": "citizenship", "start": 0}],
                        slots={**ITM_MSC, "activity": "short_term_blended", "asked": "citizenship"})
    assert "virtual_component" not in got and got["citizenship"] == ["MA"]


async def test_not_wanting_to_bother_the_board_is_no_authorisation(dispatcher):
    got = await respond(dispatcher, text="ok then, dont want to bother the board",
                        slots={"call": "imt-lucca-2015", "role": "phd_student"})
    assert got.get("board_authorised") is not True


async def test_past_erasmus_months_are_not_the_planned_length(dispatcher):
    # Months of this cycle (the PhD): those of "durante la magistrale" are another cycle's (round 19).
    text = "ho fatto 3 mesi di Erasmus durante il dottorato"
    got = await respond(dispatcher, text=text, entities=[{"entity": "duration", "value": "P3M"}], slots={
        "language": "it", "call": "imt-lucca-2015", "role": "phd_student", "start_date": "2016-02-01",
        "end_date": "2016-05-31"})
    assert got["prior_erasmus_months"] == 3.0 and "end_date" not in got


async def test_a_date_said_after_end_is_the_end_date(dispatcher):
    text = "no wait, end date is 30 june 2016"
    got = await respond(dispatcher, text=text, entities=[
        {"entity": "start_date", "value": "2016-06-30", "start": text.index("30")}], slots={
        "call": "imt-lucca-2015", "role": "phd_student", "start_date": "2016-04-01",
        "end_date": "2016-07-31"})
    assert got["end_date"] == "2016-06-30" and "start_date" not in got


async def test_sarebbe_in_a_correction_is_not_a_hypothetical(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-01")
    text = "anzi, sarebbe a Lisbona"
    got = await respond(dispatcher, text=text, entities=[
        {"entity": "city", "value": "Lisbon", "country_code": "PT", "start": text.index("Lisbona")}], slots={
        "language": "it", "call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility"})
    assert not got.get("hypothetical") and "chiuso" in texts(dispatcher)


async def test_the_same_verdict_asked_again_is_short(dispatcher):
    slots = {**ITM_MSC, "activity": "study", "destination": "ES", "citizenship": ["BE"],
             "receiving_org": "hei", "receiving_org_has_eche": True, "start_date": "2026-02-01",
             "end_date": "2026-05-31"}
    told = await respond(dispatcher, text="am I eligible?", intent="check_eligibility", slots=slots)
    first = texts(dispatcher)
    assert "first come, first served" in first  # the call's notes, once
    dispatcher.messages.clear()
    await respond(dispatcher, text="so can I go?", intent="check_eligibility",
                  slots={**slots, "last_decision": told["last_decision"]})
    again = texts(dispatcher)
    assert "you are eligible" in again and "1 December 2025" in again and len(again) < len(first)
    assert "first come, first served" not in again


async def test_a_side_question_after_the_answer_gets_its_answer_not_the_answer_again(dispatcher):
    slots = {**ITM_MSC, "activity": "traineeship", "destination": "KE", "destination_city": "Nairobi",
             "citizenship": ["BR"], "receiving_org": "ngo", "start_date": "2026-01-12",
             "end_date": "2026-04-10"}
    told = await respond(dispatcher, text="am I eligible?", intent="check_eligibility", slots=slots)
    dispatcher.messages.clear()
    await respond(dispatcher, text="do I get money for the flight?", intent="ask_grant",
                  slots={**slots, **told})
    said = texts(dispatcher)
    assert "1,188" in said and "you are eligible" not in said and "Apply by" not in said, said


async def test_a_changed_fact_that_changes_nothing_says_the_answer_stands(dispatcher):
    slots = {**ITM_MSC, "role": "staff", "activity": "staff_training", "destination": "GR",
             "destination_city": "Athens", "citizenship": ["TR"], "itm_staff_member": True,
             "start_date": "2026-03-02", "end_date": "2026-03-06"}
    told = await respond(dispatcher, text="am I eligible?", intent="check_eligibility", slots=slots)
    first = texts(dispatcher)
    assert "Travel support" in first and "395" in first
    assert "Apply by 2 January 2026 for a departure on 2 March 2026" in first
    dispatcher.messages.clear()
    await respond(dispatcher, text="the training ends 5 march, not 6", entities=[
        {"entity": "end_date", "value": "2026-03-05"}], slots={**slots, **told})
    said = texts(dispatcher)
    assert "6 March 2026 → 5 March 2026" in said
    assert "stays the same: eligible, apply by 2 January 2026" in said
    assert "first come" not in said and len(said) < 200, said


async def test_what_would_have_applied_is_judged_as_if_applied_in_time(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-01")
    await respond(dispatcher, text="and for a 3-week doctoral mobility in Paris?", entities=[
        {"entity": "city", "value": "Paris", "country_code": "FR"},
        {"entity": "start_date", "value": "2026-03-01"},
        {"entity": "end_date", "value": "2026-03-21"}], slots={
        "call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "hypothetical": True,
        "itm_staff_member": False, "citizenship": ["EG"], "receiving_org": "research_institute",
        "goal": "eligibility"})
    said = texts(dispatcher)
    assert "you would have been eligible" in said and "too late" not in said and "1 January 2026" in said


async def test_a_phd_student_who_is_also_staff_has_staff_status(dispatcher):
    got = await respond(dispatcher, text="ik ben doctorandus maar ook personeelslid van het ITG", entities=[
        {"entity": "role", "value": "phd_student", "start": 7},
        {"entity": "role", "value": "staff", "start": 35},
        {"entity": "institution", "value": "itm", "start": 50}], slots={"language": "nl"})
    assert got["role"] == "phd_student" and got["itm_staff_member"] is True


async def test_travel_support_is_answered_from_the_persons_grant(dispatcher):
    slots = {**ITM_MSC, "activity": "traineeship", "destination": "KE", "destination_city": "Nairobi",
             "citizenship": ["BE"], "receiving_org": "ngo", "start_date": "2026-02-01",
             "end_date": "2026-04-30"}
    await respond(dispatcher, text="do I get travel support?", intent="faq_grant_covers", slots=slots)
    assert "travel support" in texts(dispatcher) and "€" in texts(dispatcher)


async def test_a_scholarship_question_gets_the_priority_that_applies(dispatcher):
    await respond(dispatcher, text="I have a scholarship, does that hurt my chances?",
                  intent="faq_scholarship_compatibility", slots={**ITM_MSC, "has_scholarship": True})
    assert "without a scholarship" in texts(dispatcher)


async def test_replies_take_the_persons_grammatical_gender(dispatcher, monkeypatch):
    text = "je suis doctorante à l'IMT d'Anvers"
    got = await respond(dispatcher, text=text, entities=[
        {"entity": "role", "value": "phd_student", "start": 7}, {"entity": "institution", "value": "itm"}],
        slots={"language": "fr"})
    assert got["gender"] == "f"
    said = texts(dispatcher)
    assert "Doctorante" in said and "Doctorant(e)" not in said
    dispatcher.messages.clear()
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    await respond(dispatcher, text="quindi posso candidarmi?", intent="check_eligibility", slots={
        "language": "it", "gender": "f", "call": "imt-lucca-2015", "role": "phd_student", "activity": "study",
        "destination": "DK", "citizenship": ["IT"], "start_date": "2016-03-01", "end_date": "2016-05-31",
        "prior_erasmus_months": 0, "supervisor_authorised": True})
    assert "idonea" in texts(dispatcher) and "idoneo/a" not in texts(dispatcher)


async def test_a_nationality_the_extractor_missed_is_found_by_its_name(dispatcher):
    got = await respond(dispatcher, text="sono pakistano", slots={
        "language": "it", **ITM_MSC, "activity": "study", "asked": "citizenship"})
    assert got["citizenship"] == ["PK"]


async def test_not_yet_signed_is_an_open_condition_not_a_refusal(dispatcher):
    got = await respond(dispatcher, text="il mio relatore non ha ancora firmato", slots={
        "language": "it", "call": "imt-lucca-2015", "role": "phd_student"})
    assert "supervisor_authorised" not in got and "supervisor_authorised" in got["skipped"]


async def test_a_course_with_an_online_part_is_a_blended_mobility(dispatcher):
    text = "un cours intensif de 2 semaines avec une partie en ligne obligatoire"
    got = await respond(dispatcher, text=text, slots={"language": "fr", **ITM_MSC})
    assert got["activity"] == "short_term_blended"


async def test_an_eu_agency_is_an_eu_body(dispatcher):
    got = await respond(dispatcher, text="un stage à l'Agence européenne des médicaments à Amsterdam",
                        entities=[{"entity": "activity", "value": "traineeship"}],
                        slots={"language": "fr", **ITM_MSC})
    assert got["receiving_org"] == "eu_institution"


async def test_a_phd_students_staff_status_said_on_its_own(dispatcher):
    got = await respond(dispatcher, text="ja ik heb een personeelsstatuut, ik ben in dienst van het ITG",
                        slots={"language": "nl", "call": "itm-2024", "role": "phd_student"})
    assert got["itm_staff_member"] is True


async def test_a_fact_read_as_goodbye_keeps_the_conversation_going(dispatcher):
    got = await respond(dispatcher, text="ok. I'm Dutch btw", intent="goodbye", entities=[
        {"entity": "country", "value": "NL", "role": "citizenship", "start": 8}],
        slots={**ITM_MSC, "activity": "study", "asked": "citizenship"})
    assert got["citizenship"] == ["NL"] and "Goodbye" not in texts(dispatcher)


async def test_a_date_without_year_falls_in_the_calls_years(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-01")
    got = await respond(dispatcher, text="boh, diciamo dal 1 marzo, 4 mesi", entities=[
        {"entity": "start_date", "value": "2027-03-01"}, {"entity": "duration", "value": "P4M"}], slots={
        "language": "it", "call": "imt-lucca-2015", "role": "phd_student", "hypothetical": True})
    assert got["start_date"] == "2016-03-01" and got["end_date"] == "2016-06-30"


async def test_the_board_question_is_answered_not_the_advisor(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    text = "my advisor already said ok. do I need the scientific board?"
    got = await respond(dispatcher, text=text, slots={
        "call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "AT",
        "start_date": "2016-02-15", "end_date": "2016-07-15", "goal": "eligibility"})
    assert got["supervisor_authorised"] is True
    assert texts(dispatcher).startswith("Yes: ") and "Scientific Board" in texts(dispatcher)


async def test_a_hypothetical_verdict_is_never_said_as_live(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-01")
    await respond(dispatcher, text="so?", intent="check_eligibility", slots={
        "call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "FR",
        "receiving_org": "enterprise", "start_date": "2016-03-01", "end_date": "2016-06-30",
        "prior_erasmus_months": 0, "hypothetical": True})
    said = texts(dispatcher)
    assert "closed on 18 January 2016" in said and "would have had to apply by 18 January 2016" in said
    assert "Apply by" not in said


async def test_a_fact_no_rule_needs_is_said_not_needed(dispatcher):
    await respond(dispatcher, text="do I need an inter-institutional agreement with the NGO?", slots={
        **ITM_MSC, "activity": "traineeship", "destination": "KE", "citizenship": ["BE"],
        "receiving_org": "ngo", "start_date": "2026-02-01", "end_date": "2026-04-30"})
    assert texts(dispatcher).startswith("No: ")


async def test_an_end_cue_keeps_the_date_an_end_even_when_the_start_was_asked(dispatcher):
    text = "eind mei dus"
    got = await respond(dispatcher, text=text, entities=[
        {"entity": "end_date", "value": "2026-05-31", "start": text.index("mei")}], slots={
        "language": "nl", **ITM_MSC, "activity": "traineeship", "asked": "start_date"})
    assert got.get("end_date") == "2026-05-31" and "start_date" not in got


async def test_a_date_inside_a_question_about_dates_changes_nothing(dispatcher):
    text = "perché entro il 9 gennaio?"
    got = await respond(dispatcher, text=text, entities=[
        {"entity": "end_date", "value": "2026-01-09", "start": text.index("9")}], slots={
        "language": "it", **ITM_MSC, "activity": "short_term_doctoral", "start_date": "2026-03-09",
        "end_date": "2026-03-18"})
    assert "end_date" not in got and "start_date" not in got


async def test_why_after_an_answer_gives_the_failing_rule_and_offers_every_check(dispatcher):
    # Round 13: the rule that rules the plan out, with its source, first; every check is a button away.
    await respond(dispatcher, text="why not?", intent="ask_why", slots={
        "call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "CH",
        "citizenship": ["BE"], "start_date": "2026-03-10", "end_date": "2026-03-12", "goal": "eligibility",
        "last_decision": {"call": "itm-2024", "verdict": "not_eligible", "total_eur": None}})
    said = texts(dispatcher)
    assert said.startswith("Because of this rule of the call:"), said
    assert "Switzerland is not an eligible destination" in said and "source" in said
    assert "Show all checks" in said


async def test_why_after_an_eligible_answer_lists_every_check(dispatcher):
    await respond(dispatcher, text="why?", intent="ask_why", slots={
        "call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "ES",
        "destination_city": "Madrid", "receiving_org": "hei", "citizenship": ["BE"],
        "start_date": "2026-03-10", "end_date": "2026-03-12", "goal": "eligibility",
        "last_decision": {"call": "itm-2024", "verdict": "eligible", "total_eur": None}})
    assert "Every check" in texts(dispatcher)


LUCCA_MADRID = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
                "destination": "ES", "destination_city": "Madrid", "citizenship": ["IT"],
                "receiving_org": "hei",
                "start_date": "2016-03-01", "end_date": "2016-06-30", "prior_erasmus_months": 0.0,
                "language": "it"}


@pytest.mark.parametrize("text", ["va be. non ho ancora chiesto al relatore",
                                  "I haven't asked my supervisor yet",
                                  "je n'ai pas encore demandé à mon directeur de thèse"])
async def test_not_asked_yet_leaves_the_authorisation_open(dispatcher, monkeypatch, text):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    got = await respond(dispatcher, text=text, slots=LUCCA_MADRID)
    assert got.get("supervisor_authorised") is None and "supervisor_authorised" in got["skipped"]
    said = texts(dispatcher)
    assert "non è idone" not in said and "not eligible" not in said, said


async def test_i_dont_know_yet_reopens_a_no(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    got = await respond(dispatcher, text="non lo so ancora se il relatore mi autorizza",
                        slots={**LUCCA_MADRID, "supervisor_authorised": False})
    assert "supervisor_authorised" in got and got["supervisor_authorised"] is None
    said = texts(dispatcher)
    assert "→ non ancora noto" in said and "non è idone" not in said, said


@pytest.mark.parametrize(("text", "field"), [
    ("ok grazie ma non mi hai risposto sulla borsa di dottorato... posso tenerla insieme all'erasmus?",
     "has_scholarship"),
    ("hmm u still didnt tell me what an inter-institutional agreement is", "interinstitutional_agreement"),
])
async def test_talk_about_the_conversation_states_no_fact(dispatcher, monkeypatch, text, field):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    got = await respond(dispatcher, text=text, slots={**LUCCA_MADRID, "language": "en"})
    assert field not in got, got


async def test_a_negation_far_from_the_fact_does_not_turn_it_round(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    got = await respond(dispatcher, text="non vedo l'ora di partire, il mio relatore mi ha autorizzato",
                        slots=LUCCA_MADRID)
    assert got.get("supervisor_authorised") is True


async def test_a_date_without_a_year_takes_the_year_of_the_stay_already_given(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-02")
    slots = {**ITM_MSC, "role": "phd_student", "activity": "short_term_doctoral", "destination": "CH",
             "start_date": "2027-06-01", "end_date": "2027-06-21", "hypothetical": True, "language": "fr"}
    got = await respond(dispatcher, text="petite correction, ce serait plutôt du 7 au 25 juin", entities=[
        {"entity": "start_date", "value": "2026-06-07"}, {"entity": "end_date", "value": "2026-06-25"}],
        slots=slots)
    assert got["start_date"] == "2027-06-07" and got["end_date"] == "2027-06-25", got


async def test_the_apply_by_date_the_assistant_gave_is_not_a_new_start(dispatcher):
    slots = {**ITM_MSC, "activity": "short_term_blended", "destination": "ES", "citizenship": ["IT"],
             "receiving_org": "hei", "virtual_component": True, "start_date": "2026-03-09",
             "end_date": "2026-03-18", "language": "it"}
    told = await respond(dispatcher, text="sono idoneo?", intent="check_eligibility", slots=slots)
    assert told["last_decision"]["apply_by"] == "2026-01-09"
    dispatcher.messages.clear()
    got = await respond(dispatcher, text="si ho visto il 9 gennaio, ma la regola qual è?", entities=[
        {"entity": "start_date", "value": "2026-01-09", "start": 16}], slots={**slots, **told})
    assert "start_date" not in got, got


async def test_a_question_about_a_country_does_not_answer_the_nationality(dispatcher):
    slots = {**ITM_MSC, "role": "staff", "activity": "staff_training", "destination": "TR",
             "itm_staff_member": True, "start_date": "2026-03-02", "end_date": "2026-03-06",
             "asked": "citizenship"}
    text = "before that, is Turkey part of Erasmus?"
    got = await respond(dispatcher, text=text, entities=[
        {"entity": "country", "value": "TR", "start": text.index("Turkey")}], slots=slots)
    assert "citizenship" not in got
    assert "associated" in texts(dispatcher)


async def test_travel_support_names_the_band_and_the_green_amount(dispatcher):
    slots = {**ITM_MSC, "role": "staff", "activity": "staff_training", "destination": "GR",
             "destination_city": "Athens", "citizenship": ["TR"], "itm_staff_member": True,
             "start_date": "2026-03-02", "end_date": "2026-03-06"}
    await respond(dispatcher, text="is there travel money for the flight?", intent="ask_grant", slots=slots)
    said = texts(dispatcher)
    assert "395" in said and "2000-2999 km" in said and "there and back" in said and "535" in said, said


async def test_i_would_take_the_train_is_green_travel(dispatcher):
    got = await respond(dispatcher, text="je prendrais sûrement le train depuis Anvers",
                        slots={**ITM_MSC, "language": "fr"})
    assert got.get("green_travel") is True


async def test_a_second_question_on_a_call_topic_is_answered_too(dispatcher):
    slots = {**ITM_MSC, "role": "staff", "activity": "staff_training", "destination": "GR"}
    await respond(dispatcher, text="which one do I write first? and what documents do I need?",
                  intent="ask_contact", slots=slots,
                  ranking=[{"name": "ask_contact", "confidence": 0.55},
                           {"name": "faq_application", "confidence": 0.3}])
    said = texts(dispatcher)
    assert "motivation letter" in said, said


async def test_by_when_after_the_answer_gives_the_persons_own_date(dispatcher):
    slots = {**ITM_MSC, "role": "staff", "activity": "staff_training", "destination": "SE",
             "destination_city": "Stockholm", "citizenship": ["IE"], "itm_staff_member": True,
             "start_date": "2026-06-08", "end_date": "2026-06-12"}
    told = await respond(dispatcher, text="am I eligible?", intent="check_eligibility", slots=slots)
    dispatcher.messages.clear()
    await respond(dispatcher, text="by when do I have to send my application?", intent="faq_application",
                  slots={**slots, **told})
    said = texts(dispatcher)
    assert "motivation letter" in said
    assert "Apply by 8 April 2026 for a departure on 8 June 2026" in said, said


async def test_is_that_a_problem_is_about_the_fact_just_named(dispatcher):
    slots = {
        **ITM_MSC,
        "role": "staff",
        "activity": "staff_training",
        "destination": "PT",
        "destination_city": "Lisbon",
        "citizenship": ["BE"],
        "itm_staff_member": True,
        "receiving_org": "hei",
        "start_date": "2026-02-09",
        "end_date": "2026-02-13",
        "language": "nl",
    }
    told = await respond(dispatcher, text="kom ik in aanmerking?", intent="check_eligibility", slots=slots)
    dispatcher.messages.clear()
    await respond(
        dispatcher,
        text="ik weet niet of die universiteit een ECHE heeft, geen idee eigenlijk. is dat een probleem?",
        slots={**slots, **told},
    )
    said = texts(dispatcher)
    assert "niet nodig" in said and "ECHE" in said, said


async def test_a_year_moved_into_the_call_never_makes_the_end_come_first(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-02")
    got = await respond(
        dispatcher,
        text="until 25 June",
        entities=[{"entity": "end_date", "value": "2027-06-25"}],
        slots={**ITM_MSC, "start_date": "2027-07-01"},
    )
    assert "end_date" not in got and "before the start date" in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "first", "second", "start", "end"),
    [
        (
            "it start 1 march 2026 and I finish 15 april 2026, so six weeks more or less",
            "1 march 2026",
            "15 april 2026",
            "2026-03-01",
            "2026-04-15",
        ),
        (
            "non! start is still 1 March 2026, only the end change to 30 April 2026",
            "1 March 2026",
            "30 April 2026",
            "2026-03-01",
            "2026-04-30",
        ),
    ],
)
async def test_each_date_takes_the_role_of_its_own_cue(dispatcher, text, first, second, start, end):
    got = await respond(dispatcher, text=text, entities=[
        said(text, "start_date", start, first), said(text, "start_date", end, second)],
        slots={**ITM_MSC, "activity": "study", "asked": "start_date"})
    assert got.get("start_date") == start and got.get("end_date") == end, got


async def test_a_date_said_twice_keeps_the_role_of_its_cue(dispatcher):
    text = "ok I can stay until end of April. 30 April 2026. Is it ok now?"
    got = await respond(dispatcher, text=text, entities=[
        said(text, "end_date", "2026-04-30", "April"),
        said(text, "start_date", "2026-04-30", "30 April 2026")],
        slots={**ITM_MSC, "activity": "study", "start_date": "2026-03-01", "end_date": "2026-04-15"})
    assert got.get("end_date") == "2026-04-30" and "start_date" not in got, got


COPENHAGEN = {
    **ITM_MSC,
    "role": "phd_student",
    "activity": "short_term_doctoral",
    "destination": "DK",
    "destination_city": "Copenhagen",
    "citizenship": ["NL"],
    "receiving_org": "hei",
    "itm_staff_member": False,
    "start_date": "2026-04-13",
    "end_date": "2026-04-30",
    "language": "nl",
}


async def test_how_do_i_check_it_after_the_answer_is_about_the_condition(dispatcher):
    told = await respond(
        dispatcher, text="kom ik in aanmerking?", intent="check_eligibility", slots=COPENHAGEN
    )
    dispatcher.messages.clear()
    await respond(
        dispatcher,
        text="geen idee of Kopenhagen zo'n ECHE heeft eigenlijk. hoe kan ik dat checken?",
        slots={**COPENHAGEN, **told},
    )
    said = texts(dispatcher)
    # (the host or the call's own contact; round 36 asked for how to check: the call's `eche` topic, whose
    # "the host's international office can confirm it" the lead's brief asks for, with the contacts)
    assert "erasmusplusmobility@itg.be" in said, said
    assert "Vraag uiterlijk" not in said, said


async def test_an_unanswerable_question_after_the_answer_says_so_without_the_answer_again(dispatcher):
    told = await respond(
        dispatcher, text="kom ik in aanmerking?", intent="check_eligibility", slots=COPENHAGEN
    )
    dispatcher.messages.clear()
    await respond(
        dispatcher,
        text="telt een weekend mee in die dagen?",
        intent="check_eligibility",
        slots={**COPENHAGEN, **told},
    )
    said = texts(dispatcher)
    assert "niet in de tekst van de oproep" in said and "erasmusplusmobility@itg.be" in said
    assert "Vraag uiterlijk" not in said, said


async def test_a_negation_after_a_comma_is_about_something_else(dispatcher):
    got = await respond(
        dispatcher,
        text="nee, ik heb een beurs, geen personeelscontract",
        slots={**COPENHAGEN, "itm_staff_member": None, "asked": "itm_staff_member"},
    )
    assert got.get("has_scholarship") is True and got.get("itm_staff_member") is False, got


async def test_asides_are_not_facts(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    text = "j'ai déjà fait 3 mois d'Erasmus pendant mon master. est-ce que mes 3 mois de master comptent ?"
    got = await respond(dispatcher, text=text, entities=[
        said(text, "role", "msc_student", "master"), said(text, "duration", "P3M", "3 mois", last=True)],
        slots={**LUCCA_MADRID, "language": "fr", "prior_erasmus_months": None})
    assert "role" not in got and "end_date" not in got, got
    text = "ah zut. et pourquoi pas la France alors ? j'habite en Belgique"
    got = await respond(dispatcher, text=text, entities=[
        said(text, "country", "FR", "France"), said(text, "country", "BE", "Belgique")],
        slots={**ITM_MSC, "role": "staff", "activity": "staff_training", "destination": "CH",
               "language": "fr"})
    assert got.get("destination") != "BE", got


async def test_studying_in_the_master_now_is_the_role(dispatcher):
    text = "Ciao, studio nel master dell'ITM ad Anversa, non sono staff"
    got = await respond(dispatcher, text=text, entities=[said(text, "role", "msc_student", "master")],
                        slots={"language": "it"})
    assert got.get("role") == "msc_student", got


async def test_the_same_week_in_another_year_moves_the_whole_stay(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-02")
    got = await respond(dispatcher, text="diciamo la stessa settimana ma a marzo 2026", entities=[
        {"entity": "start_date", "value": "2026-03-01"}],
        slots={**ITM_MSC, "role": "staff", "start_date": "2027-03-08", "end_date": "2027-03-12",
               "language": "it"})
    # (Monday to Friday stays Monday to Friday: round 37 asked for 9-13 March 2026, not Sunday the 8th)
    assert got["start_date"] == "2026-03-09" and got["end_date"] == "2026-03-13", got


async def test_more_asides_are_not_facts(dispatcher, monkeypatch):
    text = "I just graduated from the ITM MSc in July and want a traineeship in Kampala"
    got = await respond(dispatcher, text=text, entities=[said(text, "role", "msc_student", "MSc")],
                        slots={"call": "itm-2024"})
    assert got.get("role") == "recent_graduate", got
    text = "Io mi pago gli studi da sola, ho qualche priorità?"
    got = await respond(dispatcher, text=text, entities=[said(text, "activity", "study", "studi")],
                        slots={**ITM_MSC, "activity": "traineeship", "language": "it"})
    assert "activity" not in got and got.get("has_scholarship") is False, got
    text = "I mean the end date would be 15 June 2016 instead of 31 May"
    got = await respond(dispatcher, text=text, entities=[
        said(text, "end_date", "2016-06-15", "15 June 2016"),
        said(text, "start_date", "2016-05-31", "31 May")],
        slots={**LUCCA_MADRID, "language": "en"})
    assert got.get("end_date") == "2016-06-15" and "start_date" not in got, got
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-02")
    text = "Ah pardon, c'est l'IMT de Lucca, en Italie"
    got = await respond(dispatcher, text=text, entities=[said(text, "country", "IT", "Italie")],
                        slots={"call": "imt-lucca-2015", "destination": "ES", "language": "fr"})
    assert "destination" not in got, got
