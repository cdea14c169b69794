"""Round 53 (a Spanish ITM MSc student, short-term blended mobility at the University of Bordeaux, 11-15 May
2026, with an online course before; today 1 October 2025).

"and can I apply in april? i am very busy with exams until end of march" noted "Updated: end date: 15 May 2026
→ 31 March 2027" (the exams' end read as the stay's, put after the start, so in 2027) and a false "not
eligible". A date of something else (exams, classes, thesis, work) changes no date of the plan. The correction
"no, my mobility is still 11 to 15 may. the end of march is my exams, not the mobility" got "As said: apply
by ..." and kept the wrong end: the plan's dates said set them, and the change is shown.

"... from 11 to 15 may 2026, and before there is a online course" set no virtual component, so the verdict and
the e-mail summary kept "check with the organisers of your programme that it has one" after "Yes: your blended
mobility has its compulsory virtual component": the online course said is the virtual part.

"who do i contact first?" named erasmusplusmobility@itg.be first, the coordinator after it; "ok... so who do I
talk to first?" (round 53, a Brazilian ITM MSc student, study period in Berlin) got "I can't find the answer
to that in the call text" before the contacts. An ITM student's first contact is the departmental educational
coordinator or supervisor (the call's contact for the role), then the address for applications."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
PLAN = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "short_term_blended",
        "receiving_org": "hei", "destination": "FR", "destination_city": "Bordeaux", "citizenship": ["ES"],
        "start_date": "2026-05-11", "end_date": "2026-05-15"}
NOT_ELIGIBLE = ("not eligible", "pas éligible", "niet in aanmerking", "non è idone", "non ha i requisiti")

EXAMS = [
    ("en", "and can I apply in april? i am very busy with exams until end of march"),
    ("en", "my classes run until the end of march, can I still apply in april?"),
    ("fr", "et je peux postuler en avril ? j'ai des examens jusqu'à fin mars"),
    ("nl", "en kan ik in april aanvragen? ik heb examens tot eind maart"),
    ("it", "e posso candidarmi ad aprile? ho esami fino a fine marzo"),
]


@pytest.mark.parametrize(("lang", "text"), EXAMS)
async def test_the_end_of_exams_is_no_end_of_the_stay(monkeypatch, lang, text):
    got = await play(monkeypatch, {**PLAN, "language": lang}, [(text, "check_eligibility")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert "end_date" not in got.last and "start_date" not in got.last, got.last
    reply = "\n".join(got.replies)
    assert "2027" not in reply and not any(n in reply for n in NOT_ELIGIBLE), reply


CORRECTION = {
    "en": ("what?? no, my mobility is still 11 to 15 may. the end of march is my exams, not the mobility",
           ("Updated: end date", "31 March 2027 → 15 May 2026")),
    "fr": ("quoi ?? non, ma mobilité est toujours du 11 au 15 mai. la fin mars, ce sont mes examens, pas la "
           "mobilité", ("Mis à jour : date de fin", "31 mars 2027 → 15 mai 2026")),
    "nl": ("wat?? nee, mijn mobiliteit is nog steeds van 11 tot 15 mei. eind maart zijn mijn examens, niet "
           "de mobiliteit", ("Bijgewerkt: einddatum", "31 maart 2027 → 15 mei 2026")),
    "it": ("cosa?? no, la mia mobilità è sempre dall'11 al 15 maggio. la fine di marzo sono i miei esami, "
           "non la mobilità", ("Aggiornato: data di fine", "31 marzo 2027 → 15 maggio 2026")),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_plan_dates_said_again_set_them(monkeypatch, lang):
    text, updated = CORRECTION[lang]
    slots = {**PLAN, "end_date": "2027-03-31", "language": lang}
    got = await play(monkeypatch, slots, [(text, "ask_deadline")], TODAY, user_event="parsed",
                     keep_slot_events=True)
    assert got.slots["start_date"] == "2026-05-11" and got.slots["end_date"] == "2026-05-15", got.last
    reply = "\n".join(got.replies)
    assert all(part in reply for part in updated), reply
    assert not any(n in reply for n in NOT_ELIGIBLE), reply


BEFORE = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "asked": "activity"}
ONLINE = {
    "en": ("blended short one. 5 days in University of Bordeaux in France, from 11 to 15 may 2026, and "
           "before there is a online course", "spanish", "check with the organisers"),
    "nl": ("een korte blended mobiliteit, 5 dagen aan de Universiteit van Bordeaux in Frankrijk, van 11 tot "
           "15 mei 2026, met een online cursus vooraf", "Spaans", "organisatoren"),
    "it": ("una mobilità blended breve, 5 giorni all'Università di Bordeaux in Francia, dall'11 al 15 maggio "
           "2026, con un corso online prima", "spagnola", "organizzatori"),
}


# (French "un cours en ligne avant" was read already: "en ligne" names the virtual part)
@pytest.mark.parametrize("lang", ["en", "nl", "it"])
async def test_the_online_course_said_is_the_virtual_component(monkeypatch, lang):
    plan, nationality, check = ONLINE[lang]
    got = await play(monkeypatch, {**BEFORE, "language": lang}, [(plan, "inform"), (nationality, "inform")],
                     TODAY, user_event="parsed", keep_slot_events=True)
    assert got.slots.get("virtual_component") is True, got.slots
    assert got.slots.get("end_date") == "2026-05-15", got.slots
    verdict = got.replies[-1]
    assert check not in verdict and "✅" in verdict, verdict


FIRST = {
    "en": ["who do i contact first?", "ok... so who do I talk to first?"],
    "fr": ["qui dois-je contacter en premier ?", "ok... donc je parle d'abord à qui ?"],
    "nl": ["wie contacteer ik eerst?", "ok... dus met wie praat ik eerst?"],
    "it": ["chi contatto per primo?", "ok... quindi con chi parlo prima?"],
}
COORDINATOR = {"en": "departmental educational coordinator", "fr": "coordinateur pédagogique départemental",
               "nl": "departementale onderwijscoördinator", "it": "coordinatore didattico di dipartimento"}
CANT_FIND = ("can't find", "ne trouve pas", "vind ik niet", "non trovo")


@pytest.mark.parametrize("intent", ["ask_contact", "check_eligibility"])
@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
@pytest.mark.parametrize("which", [0, 1])
async def test_a_student_contacts_the_coordinator_first(monkeypatch, lang, which, intent):
    slots = {**PLAN, "virtual_component": True, "language": lang}
    got = await play(monkeypatch, slots, [(FIRST[lang][which], intent)], TODAY, user_event="parsed")
    reply = got.replies[-1]
    assert not any(c in reply.lower() for c in CANT_FIND), reply
    coordinator, address = reply.find(COORDINATOR[lang]), reply.find("erasmusplusmobility@itg.be")
    assert 0 <= coordinator < address, reply
