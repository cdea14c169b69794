"""Round 32 (the lead, live server): a place named as where the person works or lives was stored as the
destination ("I work for the WHO in Geneva, can I do a staff training through ITM?" got "No: Switzerland is
not an eligible destination"; "Je travaille à Médecins Sans Frontières à Bruxelles" got "Belgique est le pays
de l'établissement d'envoi"), and working for another organisation said nothing of the ITM staff status,
which the rules core now reads (rule staff_of_itm). A visiting student at ITM got the role question with
nothing said of it, and "am I eligible?" then got the same question again with nothing else. Each in four
languages, with the nearby cases that keep their answer: working at ITM itself, a destination asked later, a
plan to work somewhere, an ITM student."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.calls import call_short
from actions.i18n import label, t
from actions.profile import core
from tests.actions.conftest import texts
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN, hear

PLACE_SLOTS = ("destination", "destination_city", "receiving_org")


def staff_rule_fails(lang: str) -> str:
    """The rules core's words for staff of another organisation (rule staff_of_itm)."""
    rule = next(r for r in core().get_call("itm-2024").rules if r.id == "staff_of_itm")
    return rule.message[lang]["fail"]


def staff_contact() -> str:
    """The call's contact for staff mobility (its first contact with an address)."""
    return next(c.email for c in core().get_call("itm-2024").contacts if c.email)


OTHER_EMPLOYER = [
    ("en", "I work for the WHO in Geneva, can I do a staff training through ITM?", "Geneva"),
    ("fr", "Je travaille à Médecins Sans Frontières à Bruxelles, est-ce que je peux faire une formation via "
           "l'IMT ?", "Bruxelles"),
    ("nl", "Ik ben arts bij de WHO in Genève, kan ik via het ITG een staff training doen?", "Genève"),
    ("it", "Lavoro all'OMS a Ginevra, posso fare una formazione del personale tramite l'ITM?", "Ginevra"),
    ("en", "I'm a nurse at a hospital in Rome, can I do a staff training with ITM?", "Rome"),
    ("fr", "Je suis médecin chez MSF à Genève, est-ce que je peux faire une formation à l'IMT ?", "Genève"),
    ("nl", "Ik werk in een ziekenhuis in Gent, kan ik een staff training doen via het ITG?", "Gent"),
    ("it", "Sono medico all'ospedale di Roma, posso fare una formazione tramite l'ITM?", "Roma"),
]


@pytest.mark.parametrize(("lang", "text", "city"), OTHER_EMPLOYER)
async def test_staff_of_another_organisation_is_told_the_mobility_is_for_itm_staff(monkeypatch, lang, text,
                                                                                  city):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {"language": lang}, ITM_OPEN)
    reply = texts(dispatcher)
    assert not any(name in got for name in PLACE_SLOTS), got
    assert got.get("role") == "staff" and got.get("itm_staff_member") is False, got
    assert staff_rule_fails(lang) in reply, reply
    assert staff_contact() in reply, reply  # whom to ask
    assert city not in reply, reply  # no destination noted, none judged


LUCCA_HOSPITAL = [
    ("en", "I work at a hospital in Rome, can I apply?"),
    ("fr", "Je travaille dans un hôpital à Rome, est-ce que je peux postuler ?"),
    ("nl", "Ik werk in een ziekenhuis in Rome, kan ik me kandidaat stellen?"),
    ("it", "Lavoro in un ospedale a Roma, posso candidarmi?"),
]


@pytest.mark.parametrize(("lang", "text"), LUCCA_HOSPITAL)
async def test_a_hospital_in_rome_is_no_destination_under_the_lucca_call(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {"call": "imt-lucca-2015", "language": lang}, LUCCA_OPEN)
    assert not any(name in got for name in PLACE_SLOTS), got
    assert got.get("role") == "staff", got
    assert "itm_staff_member" not in got, got  # the Lucca call's rules never read it: not noted
    assert t(lang, "verdict_not_eligible", call="")[:12] in texts(dispatcher)


OWN_INSTITUTION = [
    ("en", "I work at ITM, can I do a staff training in Madrid?"),
    ("fr", "Je travaille à l'IMT à Anvers, je voudrais faire une formation à Madrid"),
    ("nl", "Ik werk op het ITG en wil een staff training doen in Madrid"),
    ("it", "Lavoro all'ITM, vorrei fare una formazione a Madrid"),
]


@pytest.mark.parametrize(("lang", "text"), OWN_INSTITUTION)
async def test_working_at_itm_keeps_the_staff_status_and_the_destination(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {"language": lang}, ITM_OPEN)
    assert got.get("role") == "staff", got
    assert got.get("itm_staff_member") is not False, got
    assert got.get("destination") == "ES", got


HOME_THEN_DESTINATION = [
    ("en", "I'm based in Geneva and I work at ITM. Can I do a staff training?", "Madrid"),
    ("fr", "Je suis basé à Genève et je travaille à l'IMT. Est-ce que je peux faire une formation ?",
     "Madrid"),
    ("nl", "Ik woon in Genève en ik werk op het ITG. Kan ik een staff training doen?", "Madrid"),
    ("it", "Abito a Ginevra e lavoro all'ITM. Posso fare una formazione del personale?", "Madrid"),
]


@pytest.mark.parametrize(("lang", "text", "answer"), HOME_THEN_DESTINATION)
async def test_the_destination_asked_later_is_taken(monkeypatch, lang, text, answer):
    first = await hear(CollectingDispatcher(), monkeypatch, text, {"language": lang}, ITM_OPEN)
    assert "destination" not in first and "destination_city" not in first, first
    assert first.get("itm_staff_member") is not False, first
    slots = {"language": lang, **first}
    assert slots.get("asked") == "destination", slots
    got = await hear(CollectingDispatcher(), monkeypatch, answer, slots, ITM_OPEN)
    assert got.get("destination") == "ES", got


PLANS = [
    ("en", "I'd like to work at a hospital in Rome."),
    ("en", "I'll be working at a hospital in Rome."),
    ("nl", "Ik wil graag werken in een ziekenhuis in Rome."),
    ("fr", "Je voudrais travailler dans un hôpital à Rome."),
]


@pytest.mark.parametrize(("lang", "text"), PLANS)
async def test_a_place_one_plans_to_work_at_is_the_destination(monkeypatch, lang, text):
    slots = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "language": lang}
    got = await hear(CollectingDispatcher(), monkeypatch, text, slots, LUCCA_OPEN)
    assert got.get("destination") == "IT", got
    assert "role" not in got, got


VISITING = [
    ("en", "I'm a visiting student at ITM Antwerp from Ghana, can I do an Erasmus traineeship?",
     "am I eligible?"),
    ("fr", "Je suis étudiante en échange à l'IMT d'Anvers, je viens du Ghana, est-ce que je peux faire un "
           "stage Erasmus ?", "suis-je éligible ?"),
    ("nl", "Ik ben uitwisselingsstudent aan het ITG, uit Ghana. Kan ik een Erasmus-stage doen?",
     "kom ik in aanmerking?"),
    ("it", "Sono uno studente in visita all'ITM di Anversa, dal Ghana, posso fare un tirocinio Erasmus?",
     "sono idoneo?"),
]


@pytest.mark.parametrize(("lang", "text", "eligible"), VISITING)
async def test_a_visiting_student_is_told_and_am_i_eligible_says_what_it_depends_on(monkeypatch, lang, text,
                                                                                   eligible):
    first, second = await converse(monkeypatch, {"language": lang},
                                   [(text, "inform"), (eligible, "check_eligibility")], ITM_OPEN)
    visiting = t(lang, "visiting_student", institution=call_short("itm-2024", lang))
    assert visiting[:40] in first, first
    assert first.index(visiting[:40]) < first.index(t(lang, "ask_role")[:10]), first
    # "I can't tell yet: it depends on your status (student, staff...), ..." (in the person's gender)
    assert second.startswith(t(lang, "cant_tell_yet", fields="").rstrip(".")), second
    assert label(lang, "fields", "role")[:8] in second.splitlines()[0], second
    assert t(lang, "ask_role")[:10] in second, second


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'm a visiting PhD student at ITM, can I do a study period in Madrid?"),
    ("fr", "Je suis doctorante invitée à l'IMT d'Anvers, est-ce que je peux faire un séjour d'études à "
           "Madrid ?"),
    ("nl", "Ik ben gaststudent aan het ITG, kan ik een studieverblijf doen in Madrid?"),
    ("it", "Sono una dottoranda ospite all'ITM, posso fare un periodo di studio a Madrid?"),
])
async def test_a_visiting_phd_student_is_not_read_as_an_itm_phd_student(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {"language": lang}, ITM_OPEN)
    assert "role" not in got, got
    assert got.get("asked") == "role", got
    assert t(lang, "visiting_student", institution=call_short("itm-2024", lang))[:40] in texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'm a master student at ITM, can I do a traineeship in Madrid?"),
    ("fr", "Je suis doctorante à l'IMT, est-ce que je peux faire un stage à Madrid ?"),
])
async def test_an_itm_student_gets_no_visiting_line(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {"language": lang}, ITM_OPEN)
    assert got.get("role") in ("msc_student", "phd_student"), got
    assert t(lang, "visiting_student", institution=call_short("itm-2024", lang))[:40] not in texts(dispatcher)


async def test_am_i_eligible_with_no_question_pending_asks_without_the_line(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "am I eligible?", {"call": "itm-2024", "language": "en"}, ITM_OPEN,
               intent="check_eligibility")
    reply = texts(dispatcher)
    assert t("en", "ask_role")[:20] in reply, reply
    assert t("en", "cant_tell_yet", fields="")[:15] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "je travaille dans le canton de Vaud"), ("nl", "Ik werk in de provincie Antwerpen"),
    ("en", "I work in the parasitology department"), ("it", "lavoro nel laboratorio di parassitologia"),
])
async def test_a_region_or_a_department_is_no_other_employer(monkeypatch, lang, text):
    slots = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "language": lang}
    got = await hear(CollectingDispatcher(), monkeypatch, text, slots, ITM_OPEN)
    assert "itm_staff_member" not in got, got
