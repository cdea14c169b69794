"""Round 36 (termsfollow), from round 35's ITM IT staff member (Dutch, "je"):
1. "geen idee" to the assistant's own priority question ("Is dat zo (doctorerend of postdoctoraal
   personeelslid)?") got the "anything else?" menu, and the question came back later. Now "no idea",
   "aucune idée", "geen idee", "non lo so" is its answer: no priority is assumed, it excludes no one, and the
   question is not asked again.
2. "wat bedoelen ze met doctorerend? ik heb gewoon een IT functie, geen doctoraat" got "I can't find the
   answer in the call". Now the terms of the calls have definitions (their ordinary Erasmus+ meaning, with
   where the call's text says it, or that it does not), and "geen doctoraat" answers the priority question
   (no priority, still eligible).
3. Dutch "als dezelfde reis in maart 2026 was geweest" moved the stay to 1 March (no case was read); now it
   keeps its days as in English, French and Italian."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.i18n import t
from actions.phrases import informal
from tests.actions.conftest import texts
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN, SIM_TODAY, answered, hear
from tests.actions.test_round32_hypodates import STORED

LANGS = ("en", "fr", "nl", "it")
VIENNA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "AT",
          "destination_city": "Vienna", "receiving_org": "hei", "start_date": "2026-06-08",
          "end_date": "2026-06-12", "citizenship": ["NL"], "goal": "eligibility"}
TUNIS = {"call": "itm-2024", "role": "msc_student", "activity": "study", "receiving_org": "hei",
         "destination": "TN", "destination_city": "Tunis", "start_date": "2026-02-02",
         "end_date": "2026-04-30",
         "citizenship": ["FR"], "goal": "eligibility", "has_scholarship": False}
LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "ES",
         "destination_city": "Barcelona", "receiving_org": "enterprise", "start_date": "2016-04-01",
         "end_date": "2016-07-31", "goal": "eligibility", "supervisor_authorised": True}
GO = ("so can I go?", "check_eligibility")
FIELD = "doctoral_or_postdoc_staff"


def _said(reply: str, lang: str, key: str, size: int = 30, **values: str) -> bool:
    said = t(lang, key, **values)
    return said[:size] in reply or informal(said, lang)[:size] in reply


# 1. "No idea" to the priority question.
CHANCE = {"en": "there are only 5 places. do I actually stand a chance as IT staff?",
          "fr": "il n'y a que 5 places. ai-je vraiment une chance en tant qu'informaticien ?",
          "nl": "er zijn maar 5 plekken zag ik. maak ik als IT'er eigenlijk wel kans?",
          "it": "ci sono solo 5 posti. ho davvero qualche possibilità?"}
NO_IDEA = {"en": "no idea", "fr": "aucune idée", "nl": "geen idee", "it": "non lo so"}
PRIORITY_AGAIN = {"en": "so I don't get priority, but can I still apply?",
                  "fr": "donc je n'ai pas de priorité, mais je peux quand même postuler ?",
                  "nl": "dus ik heb geen voorrang, maar kan wel aanvragen?",
                  "it": "quindi non ho priorità, ma posso comunque candidarmi?"}


def _asked_priority(lang: str) -> list[dict[str, Any]]:
    field = i18n.label(lang, "fields", FIELD)
    return [{"event": "user", "text": "?"},
            {"event": "bot", "text": "\n".join([t(lang, "priority_open"),
                                                t(lang, "priority_ask", fields=field)])}]


async def _answer(monkeypatch: pytest.MonkeyPatch, lang: str, text: str, intent: str,
                  events: list[dict[str, Any]]) -> tuple[dict[str, Any], str]:
    slots = await answered(monkeypatch, {**VIENNA, "language": lang})
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    from actions.dialogue import ActionRespond
    from tests.actions.conftest import DOMAIN, make_tracker, slot_events

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=slots, text=text, intent=intent, events=events)
    got = slot_events(await ActionRespond().run(dispatcher, tracker, DOMAIN))
    return got, texts(dispatcher)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["dont_know", "inform"])
async def test_no_idea_to_the_priority_question_is_its_answer(monkeypatch, lang, intent):
    got, reply = await _answer(monkeypatch, lang, NO_IDEA[lang], intent, _asked_priority(lang))
    assert got.get(FIELD) is None and FIELD in (got.get("skipped") or []), got
    field = i18n.label(lang, "fields", FIELD)
    assert _said(reply, lang, "priority_unknown_answer", fields=field), reply
    assert t(lang, "anything_else") not in reply, reply


async def test_no_idea_after_another_reply_is_no_priority_answer(monkeypatch):
    events = [{"event": "user", "text": "?"}, {"event": "bot", "text": "Anything else?"}]
    got, reply = await _answer(monkeypatch, "en", "no idea", "dont_know", events)
    assert FIELD not in (got.get("skipped") or []), got
    assert not _said(reply, "en", "priority_unknown_answer", fields="x", size=20), reply


@pytest.mark.parametrize("lang", LANGS)
async def test_the_priority_question_is_not_asked_again_after_no_idea(monkeypatch, lang):
    replies = await converse(monkeypatch, {**VIENNA, "language": lang},
                             [GO, (CHANCE[lang], "inform"), (NO_IDEA[lang], "dont_know"),
                              (PRIORITY_AGAIN[lang], "inform")], ITM_OPEN)
    field = i18n.label(lang, "fields", FIELD)
    ask = t(lang, "priority_ask", fields=field)
    assert ask in replies[1], replies[1]  # asked once, as before
    assert _said(replies[2], lang, "priority_unknown_answer", fields=field), replies[2]
    assert ask not in replies[3] and informal(ask, lang) not in replies[3], replies[3]
    assert _said(replies[3], lang, "priority_unknown_kept", fields=field), replies[3]


async def test_the_priority_question_is_still_asked_when_not_answered(monkeypatch):
    replies = await converse(monkeypatch, {**VIENNA, "language": "nl"},
                             [GO, (CHANCE["nl"], "inform"), (PRIORITY_AGAIN["nl"], "inform")], ITM_OPEN)
    assert t("nl", "priority_ask", fields=i18n.label("nl", "fields", FIELD)) in replies[2], replies[2]


# 2. The terms of the calls: their meaning, where the call says it, or that its text does not use it.
TERMS = [
    ("nl", VIENNA, "wacht, wat bedoelen ze met doctorerend?", "doctoral_staff", "Who can apply?"),
    ("en", VIENNA, "what do they mean by PhD and/or postdoctoral staff members?", "doctoral_staff",
     "Who can apply?"),
    ("fr", VIENNA, "qu'entendent-ils par membres du personnel doctorants ?", "doctoral_staff",
     "Who can apply?"),
    ("it", VIENNA, "cosa intendono con personale dottorando?", "doctoral_staff", "Who can apply?"),
    ("en", TUNIS, "what do they mean by a learning agreement?", "learning_agreement", None),
    ("fr", TUNIS, "qu'entendent-ils par contrat d'études ?", "learning_agreement", None),
    ("it", LUCCA, "cosa significa learning agreement?", "learning_agreement",
     "Can I request an extension after the Period Abroad has already begun?"),
    ("en", TUNIS, "what do they mean by green travel?", "travel_green", None),
    ("nl", TUNIS, "wat bedoelen ze met groen reizen?", "travel_green", None),
    ("it", TUNIS, "cosa si intende con viaggio sostenibile?", "travel_green", None),
    ("en", TUNIS, "what does fewer opportunities mean?", "fewer_opportunities", None),
    ("fr", TUNIS, "qu'est-ce qu'ils entendent par moins d'opportunités ?", "fewer_opportunities", None),
    ("nl", TUNIS, "wat bedoelen ze met minder kansen?", "fewer_opportunities", None),
    ("en", TUNIS, "what is a study cycle?", "study_cycle", None),
    ("nl", TUNIS, "wat is een studiecyclus?", "study_cycle", None),
    ("it", LUCCA, "cosa significa ciclo di studio?", "study_cycle", "Who can apply?"),
    ("fr", LUCCA, "qu'entendent-ils par contrat de stage ?", "learning_agreement",
     "Can I request an extension after the Period Abroad has already begun?"),
    ("en", LUCCA, "what do they mean by blended mobility?", "blended_mobility", None),
    ("nl", LUCCA, "wat bedoelen ze met niet-geassocieerde derde landen?", "non_associated_country", None),
]


@pytest.mark.parametrize(("lang", "slots", "text", "term", "section"), TERMS)
async def test_a_term_of_the_call_is_defined(monkeypatch, lang, slots, text, term, section):
    today = LUCCA_OPEN if slots is LUCCA else ITM_OPEN
    replies = await converse(monkeypatch, {**slots, "language": lang}, [GO, (text, "inform")], today)
    reply = replies[-1]
    gloss = i18n.label(lang, "term_meanings", term)
    assert reply.startswith((gloss[:40], informal(gloss, lang)[:40])), reply
    call = str(slots["call"])
    if section:
        assert i18n.source(call, section, lang) in reply.splitlines()[0], reply
    from actions.calls import call_name

    not_in_call = _said(reply, lang, "term_not_in_call", size=60, call=call_name(call, lang))
    assert not_in_call is (section is None), reply


NO_DOCTORATE = {"nl": "wacht, wat bedoelen ze met doctorerend? ik heb gewoon een IT functie, geen doctoraat",
                "en": "wait, what do they mean by PhD staff? I just have an IT job, no PhD",
                "fr": "attends, qu'entendent-ils par doctorant ? j'ai juste un poste en informatique, "
                      "pas de doctorat",
                "it": "aspetta, cosa intendono con dottorando? ho solo un lavoro nell'IT, nessun dottorato"}


@pytest.mark.parametrize("lang", LANGS)
async def test_no_doctorate_said_with_the_question_answers_the_priority(monkeypatch, lang):
    replies = await converse(monkeypatch, {**VIENNA, "language": lang},
                             [GO, (NO_DOCTORATE[lang], "inform")], ITM_OPEN)
    reply = replies[-1]
    gloss = i18n.label(lang, "term_meanings", "doctoral_staff")
    assert reply.startswith((gloss[:40], informal(gloss, lang)[:40])), reply
    assert _said(reply, lang, "priority_fact_lower") and "✗" in reply, reply
    assert "ℹ" in reply, reply  # what still holds: you may apply


@pytest.mark.parametrize(("lang", "text"), [("en", "Do I need a learning agreement?"),
                                            ("en", "what does ECHE mean?")])
async def test_nearby_questions_keep_their_answers(monkeypatch, lang, text):
    replies = await converse(monkeypatch, {**TUNIS, "language": lang}, [GO, (text, "inform")], ITM_OPEN)
    reply = replies[-1]
    for term in ("learning_agreement", "eche"):
        assert not reply.startswith(i18n.label(lang, "term_meanings", term)[:40]), reply
    assert "ECHE" in reply or "learning agreement" in reply, reply


# 3. The same trip in another year, in Dutch, keeps its days.
SAME_TRIP_NL = [
    "en als dezelfde reis in maart 2026 was geweest, kwam ik dan in aanmerking?",
    "als dezelfde reis in maart 2026 had plaatsgevonden, wat had ik dan gekregen?",
    "als dezelfde week in maart 2026 was geweest?",
]


@pytest.mark.parametrize("text", SAME_TRIP_NL)
@pytest.mark.parametrize("end", ["2027-03-19", "2027-03-21"])
async def test_the_same_trip_in_another_year_keeps_its_days_in_dutch(monkeypatch, text, end):
    dispatcher = CollectingDispatcher()
    slots = {**STORED, "end_date": end, "language": "nl"}
    got = await hear(dispatcher, monkeypatch, text, slots, SIM_TODAY)
    case = (got.get("what_if_case") or {}).get("_past") or got
    # (the same week keeps its weekdays: Monday 15 March 2027 is Monday 16 March 2026, round 37)
    week = dt.timedelta(days=364 if "week" in text else 365)
    assert case.get("start_date") == str(dt.date(2027, 3, 15) - week), (got, texts(dispatcher))
    assert case.get("end_date") == str(dt.date.fromisoformat(end) - week), (got, texts(dispatcher))
    assert not re.search(r"(?<!\d)1 maart 2026", texts(dispatcher)), texts(dispatcher)


async def test_a_dutch_job_with_als_is_no_case(monkeypatch):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, "Ik werk als laborant bij het ITG.",
                     {**STORED, "end_date": "2027-03-19", "language": "nl"}, SIM_TODAY)
    assert not got.get("what_if_case"), got
    assert got.get("start_date") in (None, "2027-03-15"), got
