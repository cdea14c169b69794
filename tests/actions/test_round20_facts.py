"""Round 20 of simulated users: facts read wrongly on the way."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

STOCKHOLM_STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "SE",
                   "destination_city": "Stockholm", "receiving_org": "hei", "citizenship": ["BE"],
                   "start_date": "2026-06-08", "end_date": "2026-06-19", "itm_staff_member": True,
                   "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Krijg ik als doctoraatsstudent-personeel eigenlijk voorrang bij de selectie?"),
    ("nl", "Maar ik ben dus een doctorerend personeelslid. Dan krijg ik toch voorrang?"),
    ("nl", "Ik ben personeelslid dat een doctoraat doet, dus doctorerend. Telt dat?"),
    ("en", "Actually I'm a staff member who is also a PhD student, do I get priority?"),
    ("fr", "Je suis membre du personnel et doctorant, j'ai la priorité ?"),
    ("it", "Sono dipendente e anche dottorando, ho la priorità?"),
])
async def test_a_staff_member_naming_both_keeps_the_staff_role_with_the_doctoral_position(
        dispatcher, monkeypatch, lang, text):
    # Round 20: each of the Dutch lines flipped the role to PhD student and the verdict to "not eligible".
    got = await hear(dispatcher, monkeypatch, text, {**STOCKHOLM_STAFF, "language": lang}, ITM_OPEN)
    assert "role" not in got, got
    assert got.get("doctoral_or_postdoc_staff") is True, got
    assert "❌" not in texts(dispatcher), texts(dispatcher)


async def test_a_phd_student_saying_no_staff_after_all_still_changes_role(dispatcher, monkeypatch):
    text = "no, I'm a PhD student, not staff"
    got = await hear(dispatcher, monkeypatch, text, {**STOCKHOLM_STAFF, "language": "en"}, ITM_OPEN)
    assert got.get("role") == "phd_student", got


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Ho qualche priorità? Sono il responsabile IT, non un docente o un ricercatore."),
    ("en", "I'm the IT officer, not a teacher or researcher. Do I get priority?"),
    ("fr", "Je suis informaticien, j'ai la priorité ?"),
    ("nl", "Ik ben opleidingscoördinator. Krijg ik voorrang?"),
])
async def test_a_job_that_is_no_doctoral_position_answers_the_priority(dispatcher, monkeypatch, lang, text):
    # Round 20: "Sono il responsabile IT" got "it depends on things I can't tell".
    barcelona = {**STOCKHOLM_STAFF, "destination": "ES", "destination_city": "Barcelona", "language": lang}
    got = await hear(dispatcher, monkeypatch, text, barcelona, ITM_OPEN)
    assert got.get("doctoral_or_postdoc_staff") is False, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Never mind, we keep 2 March. Could I do the traineeship after I graduate? My thesis defence "
           "might be in September."),
    ("en", "I will graduate in September."),
])
async def test_a_graduation_month_to_come_is_the_next_one(dispatcher, monkeypatch, lang, text):
    # Round 21: "Noted: graduation date: 1 September 2025", said on 1 October 2025.
    lima = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "PE",
            "destination_city": "Lima", "receiving_org": "public_body", "citizenship": ["ES"],
            "start_date": "2026-03-02", "end_date": "2026-05-31", "goal": "eligibility", "language": lang}
    got = await hear(dispatcher, monkeypatch, text, lima, ITM_OPEN)
    assert got.get("graduation_date") == "2026-09-01", got
    assert "start_date" not in got, got


async def test_a_past_graduation_stays_past(dispatcher, monkeypatch):
    slots = {**STOCKHOLM_STAFF, "role": "msc_student", "activity": "study", "language": "en"}
    got = await hear(dispatcher, monkeypatch, "I already graduated in September", slots, ITM_OPEN)
    assert got.get("graduation_date", "2025-09-01") == "2025-09-01", got


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Goedemiddag, ik ben Els, opleidingscoördinator aan het ITM. Ik zou graag een staff training doen "
           "in Noorwegen. Kan dat eigenlijk, Noorwegen zit toch niet in de EU?"),
    ("en", "Hi, I'm Mark, the IT officer at ITM. I'd like a staff training in Norway. Is that OK, Norway "
           "isn't in the EU?"),
])
async def test_a_job_said_of_oneself_is_staff_and_the_country_question_is_answered(dispatcher, monkeypatch,
                                                                                   lang, text):
    # Round 21: "student or staff?" was asked, and "Norway isn't in the EU?" left unanswered.
    import datetime as dt

    from tests.actions.test_dialogue import respond
    from tests.actions.test_round13 import extract

    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    got = await respond(dispatcher, text=text, intent="check_eligibility",
                        entities=extract(text, dt.date.fromisoformat(ITM_OPEN)), slots={"language": lang})
    assert got.get("role") == "staff", got
    assert texts(dispatcher).startswith(t(lang, "answer_yes", answer="")[:3]), texts(dispatcher)


PARIS = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "FR",
         "destination_city": "Paris", "receiving_org": "research_institute", "citizenship": ["BE"],
         "start_date": "2026-03-16", "end_date": "2026-03-18", "itm_staff_member": True, "green_travel": True,
         "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "En wat als ik zou vliegen, hoeveel reissteun dan?"),
    ("en", "What if I flew instead, how much travel support?"),
])
async def test_what_if_i_flew_is_a_case_without_green_travel(dispatcher, monkeypatch, lang, text):
    # Round 23: "Ja: € 285,00 reissteun … groen reizen" for a flight.
    got = await hear(dispatcher, monkeypatch, text, {**PARIS, "language": lang}, ITM_OPEN)
    reply = texts(dispatcher)
    assert "211" in reply, reply
    assert "green_travel" not in got, got  # a case: the plan keeps the train


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ik heb geen doctoraat, ik ben gewoon laborant. Maak ik dan nog kans als doctorandi en postdocs "
           "voorrang krijgen?"),
    ("en", "I have no PhD, I'm just a lab technician. Do I still stand a chance if PhD students and postdocs "
           "get priority?"),
])
async def test_groups_named_in_a_priority_question_are_not_the_person(dispatcher, monkeypatch, lang, text):
    # Round 23: "PhD or postdoc staff member: Yes" (a case), then "Yes: the priorities favour you".
    got = await hear(dispatcher, monkeypatch, text, {**PARIS, "language": lang}, ITM_OPEN)
    assert got.get("doctoral_or_postdoc_staff") is False and "role" not in got, got
    assert texts(dispatcher).startswith(t(lang, "priority_can_apply")[:10]), texts(dispatcher)
