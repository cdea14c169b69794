"""Round 16 of simulated users: answers that contradicted the person's case, said the call's words without
what matters for staff, sent questions about what an ended call said to the office, or gave a block that did
not answer. Each is played on the slots the conversation had reached."""
from __future__ import annotations

import pytest

from tests.actions.answered import answered, no_cant_find
from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond

LUCCA_SHORT = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
               "destination": "FR", "destination_city": "Paris", "receiving_org": "enterprise",
               "start_date": "2016-04-01", "end_date": "2016-05-31", "supervisor_authorised": True,
               "citizenship": ["IT"], "prior_erasmus_months": 0, "goal": "eligibility"}


@pytest.fixture(autouse=True)
def lucca_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-05")


# 1. The board for a 2-month stay: not needed, with the call's limit and the person's length.
@pytest.mark.parametrize(("text", "first"), [
    ("Do I need the Scientific Board approval?", "No: "),
    ("A friend told me the Scientific Board has to approve stays longer than 3 months, is that right?",
     "Yes: "),
])
async def test_the_board_for_a_short_stay_gives_the_limit(dispatcher, text, first):
    slots = await answered(LUCCA_SHORT)
    await respond(dispatcher, text=text, intent="faq_eligibility", slots=slots)
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(first), reply
    assert "longer than 3 months (90 days)" in reply and "60 days" in reply, reply
    assert "Recent graduate" not in reply, reply


ITM_STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "PT",
             "destination_city": "Lisbon", "receiving_org": "hei", "receiving_org_has_eche": True,
             "citizenship": ["BE"], "start_date": "2026-04-13", "end_date": "2026-04-24",
             "goal": "eligibility"}


# 2. Staff asking what to send: the call's words, and what the staff selection looks at, with who can say.
@pytest.mark.parametrize(("intent", "text"), [
    ("faq_application", "What documents do I need to send?"),
    ("nlu_fallback", "a study plan? I'm not a student"),
    ("nlu_fallback", "study plan? I'm staff"),
])
async def test_staff_asking_what_to_send_hear_of_the_training_plan(dispatcher, monkeypatch, intent, text):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-01-05")
    slots = await answered(ITM_STAFF)
    got = await respond(dispatcher, text=text, intent=intent, slots=slots)
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert "application form, motivation letter and study plan" in reply, reply
    assert "the selection looks at the candidate's training plan" in reply, reply
    assert "Evaluation criteria and procedure" in reply, reply
    assert got.get("role") in (None, "staff"), got


# 5. A recap checked back: the date to apply by once, and the call's address confirmed though it names no one.
async def test_a_recap_says_the_date_once_and_confirms_the_address(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    staff = {**ITM_STAFF, "destination": "AT", "destination_city": "Vienna", "end_date": "2026-04-17"}
    slots = await answered(staff)
    text = "To sum up: eligible, apply by 13 February, about 309 €, email erasmusplusmobility@itg.be, right?"
    await respond(dispatcher, text=text, slots=slots, entities=[
        said(text, "start_date", "2026-02-13", "13 February")])
    reply = texts(dispatcher)
    assert reply.count("13 February 2026") == 1, reply
    assert "✓ erasmusplusmobility@itg.be" in reply and "✗" not in reply, reply


ITM_LISBON = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "PT",
              "destination_city": "Lisbon", "receiving_org": "hei", "citizenship": ["SN"],
              "start_date": "2026-04-13", "end_date": "2026-07-20", "receiving_org_has_eche": True,
              "goal": "eligibility"}


# 4. When the grant is paid: no call says; said so, with who can tell, not the grant or deadline block.
@pytest.mark.parametrize(("intent", "text"), [
    ("ask_grant", "when do I get the money? before departure?"),
    ("ask_deadline", "the 960 euros, is that paid before I leave or after?"),
])
async def test_when_the_grant_is_paid_is_said_to_be_unaddressed(dispatcher, monkeypatch, intent, text):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    slots = await answered(ITM_LISBON)
    got = await respond(dispatcher, text=text, intent=intent, slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith("The ITM Antwerp (Erasmus+ 2024-2026) call says nothing about when the grant is "
                            "paid"), reply
    assert "erasmusplusmobility@itg.be" in reply and "apply by" not in reply, reply
    assert got.get("goal") in (None, "eligibility"), got


# 3. After the ended call's "your dates fall after its period": what the call said is its text, one header.
LUCCA_AFTER = {"call": "imt-lucca-2015", "role": "recent_graduate", "goal": "eligibility",
               "citizenship": ["IT"], "closed_told": "imt-lucca-2015>after", "destination": "FR",
               "destination_city": "Paris",
               "activity": "traineeship", "receiving_org": "enterprise", "start_date": "2027-02-01",
               "end_date": "2027-04-30", "language": "en"}


@pytest.mark.parametrize(("intent", "text"), [
    ("inform",
     "What was the rule for recent graduates in that call: by when did you have to graduate?"),
    ("faq_who_can_apply", "Can recent graduates apply if they got their PhD after the call deadline?"),
])
async def test_what_the_ended_call_said_is_its_text(dispatcher, monkeypatch, intent, text):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-02")
    await respond(dispatcher, text=text, intent=intent, slots=LUCCA_AFTER)
    reply = texts(dispatcher)
    headers = ("Under the rules of the ended IMT Lucca (Erasmus+ 2015/2016) call:",
               "For the IMT Lucca (Erasmus+ 2015/2016) call:")  # the FAQ intent's own answer
    assert sum(reply.count(h) for h in headers) == 1 and reply.startswith(headers), reply
    assert "PhD candidates graduating by March 2016" in reply, reply
    assert "only the office can tell you" not in reply, reply


async def test_the_ended_call_s_amounts_have_one_header(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-02")
    await respond(dispatcher, text="how much per month did one get for France under that call?",
                  intent="ask_grant", slots=LUCCA_AFTER)
    reply = texts(dispatcher)
    # Since round 20: that call's amount for the same dates 11 years earlier, said so, under one header.
    assert reply.startswith("The call's rules judge only dates inside its period"), reply
    assert reply.count("Had you applied in time") == 1 and "480 EUR per month" in reply, reply
    assert "For the IMT Lucca" not in reply, reply
