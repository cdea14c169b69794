"""Round 16 of simulated users: facts misread or answered with the wrong topic (a study grant read as the
activity study, "ni doctorante ni postdoc", combining with another grant read as travel, thanks answered with
the contact block, "why does that matter?" answered with "I can't find", a host renamed). Each is played on
the slots the conversation had reached, with the entities the extractor gives."""
from __future__ import annotations

from typing import Any

import pytest

from actions.doctoral import _position
from bot.nlu.extract import extract
from tests.actions.answered import answered, no_cant_find
from tests.actions.conftest import texts
from tests.actions.test_dialogue import respond

BASE = {"call": "itm-2024", "citizenship": ["SN"], "start_date": "2026-04-13", "end_date": "2026-07-20",
        "goal": "eligibility"}
LYON = {**BASE, "role": "msc_student", "activity": "traineeship", "receiving_org": "enterprise",
        "destination": "FR", "destination_city": "Lyon"}
STAFF = {**BASE, "role": "staff", "activity": "staff_training", "receiving_org": "hei", "destination": "FR",
         "destination_city": "Paris", "itm_staff_member": True, "end_date": "2026-04-30"}
LISBON = {**BASE, "role": "msc_student", "activity": "study", "receiving_org": "hei", "destination": "PT",
          "destination_city": "Lisbon", "receiving_org_has_eche": True}


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # ITM open


@pytest.mark.parametrize("text", [
    "Ho già una borsa di studio DGD per il master", "I already have a study grant",
    "j'ai une bourse d'études", "ik heb een studiebeurs", "tengo una beca de estudios",
])
def test_a_study_scholarship_is_no_activity(text):
    assert not [e for e in extract(text) if e["entity"] == "activity"], extract(text)


def test_the_activity_study_is_still_read():
    assert [e["value"] for e in extract("I want to do a study period in Lyon") if e["entity"] == "activity"] \
        == ["study"]


# 1. A scholarship mid-plan: noted, the traineeship kept, the scholarship topic answered.
async def test_a_borsa_di_studio_is_a_scholarship_not_the_activity(dispatcher):
    text = "Ok, scelgo Lione. Ho già una borsa di studio DGD per il master; è un problema?"
    got = await respond(dispatcher, text=text, intent="inform", slots={**LYON, "language": "it"},
                        entities=extract(text))
    reply = texts(dispatcher)
    assert got.get("has_scholarship") is True
    assert "activity" not in got and "Periodo di studio" not in reply, reply
    # (round 25: what the priorities make of the person's scholarship, rather than the call's topic on it)
    assert "Questo non La esclude, ma La colloca più in basso nella selezione" in reply, reply
    assert "✗ La priorità va agli studenti senza borsa" in reply, reply


@pytest.mark.parametrize(("slots", "text", "first", "then"), [
    ({**LYON, "has_scholarship": True}, "So I can still apply, just with lower priority? I'm not excluded?",
     "Yes, you can apply: a priority only ranks the applications, it excludes no one.",
     "Not every priority of the call favours you"),
    ({**STAFF, "doctoral_or_postdoc_staff": False}, "as a research assistant, do I still have a chance?",
     "Yes, you can apply: a priority only ranks the applications, it excludes no one.",
     "✗ Priority goes to PhD and/or postdoctoral staff members."),
])
async def test_can_i_still_apply_with_lower_priority_says_yes_first(dispatcher, slots, text, first, then):
    slots = await answered(slots)
    await respond(dispatcher, text=text, intent="check_eligibility", slots=slots, entities=extract(text))
    reply = texts(dispatcher)
    assert reply.startswith(first), reply
    assert then in reply and "No:" not in reply, reply


# 2. "Neither a PhD student nor a postdoc": no doctoral staff position.
@pytest.mark.parametrize("text", [
    "Je ne suis ni doctorante ni postdoc.", "I am neither a PhD student nor a postdoc.",
    "Ik ben geen doctoraatsstudent of postdoc.", "Non sono né dottorando né postdoc.",
    "Ik ben noch doctoraatsstudent noch postdoc.",
])
def test_neither_phd_nor_postdoc_is_a_no(text):
    assert _position(text) is False


async def test_ni_doctorante_ni_postdoc_sets_the_fact(dispatcher):
    text = "Je ne suis ni doctorante ni postdoc."
    slots = await answered(STAFF, "fr")
    got = await respond(dispatcher, text=text, intent="inform", slots=slots, entities=extract(text))
    assert got.get("doctoral_or_postdoc_staff") is False, got


# 3. Combining with another grant: the other-scholarships topic, never the travel support. (Round 60: for a
# staff member, the staff's priorities, not the students' "a scholarship lowers your priority".)
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("nl", "Kan ik dit combineren met een reisbeurs van het FWO voor hetzelfde verblijf?",
     "Voor personeel gaat de voorrang naar"),
    ("en", "Can I get this on top of another grant from my university?",
     "For staff, priority goes to"),
    ("fr", "Est-ce que je peux cumuler avec une bourse de voyage du FNRS ?",
     "Pour le personnel, la priorité va"),
])
async def test_combining_with_another_grant_is_the_scholarship_topic(dispatcher, lang, text, expected):
    slots = await answered(STAFF, lang)
    await respond(dispatcher, text=text, intent="ask_grant", slots=slots, entities=extract(text))
    reply = texts(dispatcher)
    assert expected in reply, reply
    assert "€" not in reply, reply


# 4. Thanks naming the contact: the short thanks, not the contact block again.
@pytest.mark.parametrize(("lang", "text", "thanks"), [
    ("nl", "Heel duidelijk, hartelijk dank. Ik neem contact op met mevrouw Morantin.", "Graag gedaan!"),
    ("en", "Very clear, thank you. I'll get in touch with Ms Morantin.", "You're welcome"),
    ("fr", "Très clair, merci beaucoup. Je contacte Mme Morantin.", "Avec plaisir"),
    ("it", "Chiarissimo, grazie mille. Contatterò la signora Morantin.", "Prego"),
])
async def test_thanks_naming_the_contact_gets_the_short_thanks(dispatcher, lang, text, thanks):
    slots = await answered(STAFF, lang)
    await respond(dispatcher, text=text, intent="ask_contact", slots=slots, entities=extract(text))
    reply = texts(dispatcher)
    assert "cmorantin@itg.be" not in reply, reply
    assert thanks in reply, reply


# 5. "Why does that matter?" about the fact just given mid-form: the rules that need it.
@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ja, ik ben ook in dienst van het ITG als onderzoeksassistent. Waarom is dat van belang?"),
    ("en", "Yes, I work at ITM. Why does that matter?"),
])
async def test_why_a_fact_matters_mid_form_names_the_rules(dispatcher, lang, text):
    slots: dict[str, Any] = {**{k: v for k, v in STAFF.items() if k != "itm_staff_member"},
                             "language": lang, "asked": "itm_staff_member"}
    got = await respond(dispatcher, text=text, intent="affirm", slots=slots, entities=extract(text))
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert got.get("itm_staff_member") is True
    assert ("Ik vraag ITG-personeelslid vanwege deze regels" if lang == "nl" else "because of these rules") \
        in reply, reply


# 6. The same kind of host renamed, "does that change anything?": no, the answer stands.
async def test_a_host_renamed_does_not_change_the_answer(dispatcher):
    text = "Correction: it's actually NOVA University Lisbon. Does that change anything?"
    slots = await answered(LISBON)
    await respond(dispatcher, text=text, intent="inform", slots=slots, entities=extract(text))
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith("No: your answer stays the same: eligible"), reply
