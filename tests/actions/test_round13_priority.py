"""ITM's staff priority to "PhD and/or postdoctoral staff members" (seed 000, "Who can apply?"): a staff
member's own words set `doctoral_or_postdoc_staff` (actions/doctoral.py), and "do I get priority?" answers
yes, no or "it depends" from it. The fact is read by the priority only: no verdict changes and the form never
asks it. Each test plays the slots a conversation has reached and one message (entities as the NLU gives
them), then checks the slots and the reply."""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond
from tests.actions.test_round12 import STAFF_VIENNA, answered, no_cant_find

FIELD = "doctoral_or_postdoc_staff"
QUOTE = {  # the call's sentence with its source, as the reply quotes it
    "en": "Priority goes to PhD and/or postdoctoral staff members. (source: Who can apply?)",
    "fr": "La priorité va aux membres du personnel doctorants et/ou postdoctorants. "
          "(source: Qui peut postuler ?)",
    "nl": "Voorrang gaat naar doctorerende en/of postdoctorale personeelsleden. "
          "(bron: Wie kan zich kandidaat stellen?)",
    "it": "La priorità va ai membri del personale dottorandi e/o postdoc. (fonte: Chi può candidarsi?)"}
YES = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}
NO = {"en": "No", "fr": "Non", "nl": "Nee", "it": "No"}
STILL = {"en": "You may still apply", "fr": "Vous pouvez tout de même postuler",
         "nl": "U kunt toch aanvragen", "it": "Può comunque candidarsi"}
PRIORITY_QUESTION = {"en": "do I get priority?", "fr": "est-ce que j'ai la priorité ?",
                     "nl": "krijg ik voorrang?", "it": "ho la priorità?"}


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # ITM open


def staff(text: str, words: str) -> list[dict[str, Any]]:
    return [said(text, "role", "staff", words)]


# A staff member's own words: a postdoc or PhD position is a yes, a job that is none a no.
@pytest.mark.parametrize(("lang", "text", "entities", "value"), [
    ("en", "I'm a postdoc at ITM, by the way", "postdoc", True),
    ("en", "I am a postdoctoral researcher in the virology unit", "postdoctoral researcher", True),
    ("en", "I'm doing a PhD while employed at ITM", None, True),
    ("fr", "je suis postdoctorante à l'IMT", "postdoctorante", True),
    ("nl", "ik ben postdoctoraal onderzoeker aan het ITG", "postdoctoraal", True),
    ("it", "sono assegnista/postdoc all'ITM", "assegnista", True),
    ("en", "I work as a lab technician at ITM", "lab technician", False),
    ("en", "I work in administration", None, False),
    ("nl", "ik werk als laborant bij het ITG", "laborant", False),
    ("fr", "je suis secrétaire à l'IMT", None, False),
    ("nl", "ik doe geen doctoraat of postdoc", None, False),
    ("it", "non sono assegnista, sono tecnico di laboratorio", None, False),
])
async def test_a_staff_members_position_is_read_from_their_words(dispatcher, lang, text, entities, value):
    got = await respond(dispatcher, text=text, entities=staff(text, entities) if entities else [],
                        slots={**STAFF_VIENNA, "language": lang})
    assert got.get(FIELD) is value, got
    assert "role" not in got or got["role"] == "staff", got


@pytest.mark.parametrize(("lang", "text", "entities"), [
    ("en", "do postdocs get priority?", [("postdocs", "staff")]),
    ("en", "does a PhD student get priority over staff?", [("PhD student", "phd_student")]),
    ("en", "my colleague is a lab technician, could she go too?", [("lab technician", "staff")]),
    ("fr", "vous avez écrit que la priorité va aux postdoctorants", []),
    ("it", "e i dottorandi hanno la priorità?", [("dottorandi", "phd_student")]),
])
async def test_words_about_others_or_said_back_set_nothing(dispatcher, lang, text, entities):
    ents = [said(text, "role", value, words) for words, value in entities]
    got = await respond(dispatcher, text=text, entities=ents, slots={**STAFF_VIENNA, "language": lang})
    assert FIELD not in got, got
    assert got.get("role") in (None, "staff"), got


async def test_a_student_saying_postdoc_words_gets_no_staff_fact(dispatcher):
    text = "sono dottorando all'ITM"
    got = await respond(dispatcher, text=text, entities=[said(text, "role", "phd_student", "dottorando")],
                        slots={"language": "it", "call": "itm-2024"})
    assert got["role"] == "phd_student" and FIELD not in got, got


# "as a X" states X about the person, even inside the priority question; the answer quotes the call.
@pytest.mark.parametrize(("lang", "text", "words"), [
    ("en", "as a postdoc, do I get priority?", "postdoc"),
    ("fr", "en tant que postdoctorant, est-ce que j'ai la priorité ?", "postdoctorant"),
    ("nl", "krijg ik voorrang als postdoc?", "postdoc"),
    ("it", "come assegnista di ricerca ho la priorità?", "assegnista di ricerca"),
])
async def test_as_a_postdoc_the_priority_answer_is_yes_with_the_calls_sentence(dispatcher, lang, text, words):
    slots = await answered(STAFF_VIENNA, lang)
    got = await respond(dispatcher, text=text, entities=staff(text, words), slots=slots)
    reply = texts(dispatcher)
    assert got.get(FIELD) is True, got
    assert reply.startswith(YES[lang]) and f"✓ {QUOTE[lang]}" in reply, reply
    no_cant_find(reply)


async def test_a_staff_member_who_is_also_a_phd_student_stays_staff_with_priority(dispatcher):
    text = "ho la priorità? sono anche dottorando"
    slots = await answered(STAFF_VIENNA, "it")
    got = await respond(dispatcher, text=text, entities=[said(text, "role", "phd_student", "dottorando")],
                        slots=slots)
    assert got.get(FIELD) is True and "role" not in got, got
    assert texts(dispatcher).startswith("Sì"), texts(dispatcher)


async def test_a_correction_of_the_role_is_still_a_new_role(dispatcher):
    text = "no, actually I'm a PhD student, not staff"
    got = await respond(dispatcher, text=text, entities=[said(text, "role", "phd_student", "PhD student")],
                        slots={**STAFF_VIENNA, "language": "en"})
    assert got["role"] == "phd_student" and FIELD not in got, got


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_priority_answers_follow_the_fact(dispatcher, lang):
    slots = await answered({**STAFF_VIENNA, FIELD: True}, lang)
    await respond(dispatcher, text=PRIORITY_QUESTION[lang], slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith(YES[lang]) and f"✓ {QUOTE[lang]}" in reply, reply

    no = CollectingDispatcher()
    slots = await answered({**STAFF_VIENNA, FIELD: False}, lang)
    await respond(no, text=PRIORITY_QUESTION[lang], slots=slots)
    reply = texts(no)
    assert reply.startswith(f"{NO[lang]}") and f"✗ {QUOTE[lang]}" in reply and STILL[lang] in reply, reply

    open_ = CollectingDispatcher()
    slots = await answered(STAFF_VIENNA, lang)
    await respond(open_, text=PRIORITY_QUESTION[lang], slots=slots)
    reply = texts(open_)
    assert f"• {QUOTE[lang]}" in reply and YES[lang] not in reply.split("\n")[0], reply


async def test_the_fact_changes_no_verdict_and_is_never_asked(dispatcher):
    keys = []
    for value in (True, False, None):
        slots = {**STAFF_VIENNA, "language": "en", FIELD: value}
        told = CollectingDispatcher()
        got = await respond(told, text="so am I eligible?", intent="check_eligibility", slots=slots)
        assert "you are eligible" in texts(told), texts(told)
        keys.append(got["last_decision"]["key"])  # verdict, reasons, conditions, missing, dates, amounts
        incomplete = {k: v for k, v in slots.items() if k != "end_date"}
        got = await respond(dispatcher, text="so am I eligible?", intent="check_eligibility",
                            slots=incomplete)
        assert got.get("asked") == "end_date", got  # the next question is a fact the rules need
    assert keys[0] == keys[1] == keys[2], keys


async def test_a_lab_technicians_fact_is_not_said_back_but_the_priority_answer_shows_it(dispatcher):
    text = "I work as a lab technician at ITM and would like a staff training in Vienna"
    got = await respond(dispatcher, text=text, entities=[
        said(text, "role", "staff", "lab technician"), said(text, "institution", "itm", "ITM"),
        said(text, "activity", "staff_training", "staff training"), said(text, "city", "Vienna", "Vienna")],
        slots={"language": "en"})
    assert got["role"] == "staff" and got[FIELD] is False, got
    assert "postdoctoral" not in texts(dispatcher)


# An ITM PhD student who is also ITM staff keeps the existing reading: a PhD student with staff status.
@pytest.mark.parametrize(("lang", "text", "phd", "staff_words"), [
    ("nl", "ik ben doctorandus maar ook personeelslid van het ITG", "doctorandus", "personeelslid"),
    ("it", "sono dottorando e anche personale tecnico", "dottorando", "personale"),
])
async def test_an_employed_phd_student_keeps_the_staff_status_reading(dispatcher, lang, text, phd,
                                                                      staff_words):
    got = await respond(dispatcher, text=text, entities=[
        said(text, "role", "phd_student", phd), said(text, "role", "staff", staff_words)],
        slots={"language": lang, "call": "itm-2024"})
    assert got["role"] == "phd_student" and got["itm_staff_member"] is True, got


async def test_an_employed_phd_student_said_in_two_messages_keeps_the_staff_status_reading(dispatcher):
    text = "ja, ik ben in dienst van het ITG als assistent"
    got = await respond(dispatcher, text=text, entities=[said(text, "role", "staff", "in dienst van")],
                        slots={"language": "nl", "call": "itm-2024", "role": "phd_student"})
    # (and a PhD staff member, the fact the staff priority reads once they apply as staff: round 61)
    assert got["itm_staff_member"] is True and "role" not in got and got.get(FIELD) is True, got


async def test_a_postdoc_saying_so_first_is_staff_with_the_fact_and_it_is_not_said_back(dispatcher):
    text = "Hi, I'm a postdoc at ITM and would like to do a staff training in Vienna"
    got = await respond(dispatcher, text=text, entities=[
        said(text, "role", "staff", "postdoc"), said(text, "institution", "itm", "ITM"),
        said(text, "activity", "staff_training", "staff training"), said(text, "city", "Vienna", "Vienna")],
        slots={"language": "en"})
    assert got["role"] == "staff" and got[FIELD] is True, got
    assert "postdoctoral" not in texts(dispatcher) and got.get("asked") != FIELD, texts(dispatcher)
