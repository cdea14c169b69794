"""Round 50 (port 5305, real today 2026-12-04: the ITM 2024-2026 call has ended; an ITM MSc student, a study
period at Universidade NOVA de Lisboa from February to June 2027, the call's end and "your dates fall after
its period" already told). An ended call's questions get the answer at once, and no form questions follow
unless the person asks what would have applied:

1. "wanneer komt de volgende?" right after the closed call's answer and its offer was taken as the offer
   accepted (the dates a year earlier, "Had je op tijd aangevraagd..."): now the next call's answer.
2. "bij wie moet ik zijn?" named only erasmusplusmobility@itg.be, then asked the role and the kind of
   mobility: now every contact with what it is for (the departmental coordinator for students), no form
   question; the role said next does not send the same e-mail summary again.
3. "maar dat maakt toch niet meer uit als de oproep dicht is?", "kom ik nu in aanmerking of niet voor feb
   2027?", "die 1 december 2025 waar je het over had, wat betekent dat dan voor mij?": yes or no first, the
   date said to belong to the what-if only.
4. The what-if's verdict said as past ("je was in aanmerking gekomen"), without the ✅ of a verdict now.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from actions import i18n
from actions.i18n import t
from bot.nlu.extract import extract
from tests.actions.conversation import play

TODAY = "2026-12-04"
LANGS = ("en", "fr", "nl", "it")
BUTTON = '/inform{"hypothetical":true}'
LISBON = {"call": "itm-2024", "goal": "eligibility", "closed_told": "itm-2024>after", "receiving_org": "hei",
          "destination_city": "Lisbon", "destination": "PT", "start_date": "2027-02-01",
          "end_date": "2027-06-30", "receiving_org_name": "Universidade NOVA de Lisboa"}
STILL_OPEN = {"en": "is the call still open?", "fr": "l'appel est encore ouvert ?",
              "nl": "is de oproep nog open?", "it": "il bando è ancora aperto?"}
NEXT_ONE = {"en": "when does the next one come?", "fr": "quand est-ce que le prochain sort ?",
            "nl": "wanneer komt de volgende?", "it": "quando esce il prossimo?"}
WHO = {"en": "who should I go to?", "fr": "je dois m'adresser à qui ?", "nl": "bij wie moet ik zijn?",
       "it": "a chi devo rivolgermi?"}
ROLE = {"en": "master, MSc at ITM. but shouldn't I see my coordinator first or something?",
        "fr": "master, MSc à l'IMT. mais je dois pas d'abord voir mon coordinateur ou quoi ?",
        "nl": "master, MSc aan het ITM. maar moet ik niet eerst bij mijn coordinator langs of zo?",
        "it": "master, MSc all'ITM. ma non devo prima passare dal mio coordinatore o qualcosa del genere?"}
MATTERS = {"en": "I'm Belgian. but that doesn't matter any more if the call is closed, does it?",
           "fr": "je suis belge. mais ça n'a plus d'importance si l'appel est fermé, non ?",
           "nl": "ik ben belgische. maar dat maakt toch niet meer uit als de oproep dicht is?",
           "it": "sono belga. ma non importa più se il bando è chiuso, no?"}
NOW = {"en": "I don't really get it. am I eligible now or not for Feb 2027?",
       "fr": "je comprends pas bien. je suis éligible ou pas pour février 2027 ?",
       "nl": "ik snap het niet goed. kom ik nu in aanmerking of niet voor feb 2027?",
       "it": "non capisco bene. sono idonea o no per febbraio 2027?"}
DATE = {"en": "ok and that 1 December 2025 you mentioned, what does it mean for me?",
        "fr": "ok et ce 1er décembre 2025 dont tu parlais, ça veut dire quoi pour moi ?",
        "nl": "ok en die 1 december 2025 waar je het over had, wat betekent dat dan voor mij?",
        "it": "ok e quel 1 dicembre 2025 di cui parlava, cosa significa per me?"}
COORDINATOR = {"en": "educational coordinator", "fr": "coordinateur pédagogique",
               "nl": "onderwijscoördinator", "it": "coordinatore didattico"}
RIGHT = {"en": "Right: for February 2027 this call no longer matters.",
         "fr": "En effet : pour février 2027, cet appel ne compte plus.",
         "nl": "Klopt: voor februari 2027 maakt deze oproep niet meer uit.",
         "it": "Esatto: per febbraio 2027 questo bando non conta più."}
NOT_THROUGH = {"en": "No, not through this call:", "fr": "Non, pas par cet appel :",
               "nl": "Nee, niet via deze oproep:", "it": "No, non con questo bando:"}
DATE_WHAT_IF = {"en": "1 December 2025 belonged only to the what-if",
                "fr": "Le 1er décembre 2025 ne valait que pour l'hypothèse",
                "nl": "1 december 2025 hoorde alleen bij het voorbeeld",
                "it": "Il 1 dicembre 2025 valeva solo per l'ipotesi"}
WOULD = {"en": "you would have been eligible", "fr": "vous auriez été éligible",
         "nl": "in aanmerking gekomen", "it": "sarebbe stato/a idoneo/a"}


def entities(text: str, day: dt.date) -> list[dict[str, Any]]:
    """A button's entities as it sends them; the real extractor for words."""
    if text.startswith("/inform"):
        return [{"entity": k, "value": v} for k, v in json.loads(text[len("/inform"):]).items()]
    return extract(text, day)


async def chat(monkeypatch: pytest.MonkeyPatch, lang: str, messages: list[tuple[str, str]],
               **slots: Any) -> tuple[list[str], dict[str, Any]]:
    said = await play(monkeypatch, {**LISBON, **slots, "language": lang}, messages, TODAY,
                      user_event="parsed", keep_slot_events=True, entities=entities)
    return said.replies, said.slots


def _no_what_if(lang: str, reply: str) -> None:
    for key in ("as_if_years_earlier", "hypothetical_intro", "deadline_would_have"):
        head = t(lang, key, last="\x00", years="\x00", dates="\x00", date="\x00", closed="").split("\x00")[0]
        assert head.strip()[:25] not in reply, (key, reply)


# 1. "When does the next one come?" after the closed call's offer: the next call, not the offer taken.
@pytest.mark.parametrize("lang", LANGS)
async def test_the_next_one_is_the_next_call_not_the_offer_taken(monkeypatch, lang):
    replies, slots = await chat(monkeypatch, lang, [(STILL_OPEN[lang], "faq_who_can_apply"),
                                                    (NEXT_ONE[lang], "ask_deadline")])
    assert t(lang, "button_would_have") in replies[0], replies[0]
    last = replies[-1]
    assert t(lang, "next_call_unknown")[:30] in last, last
    assert "erasmusplusmobility@itg.be" in last, last
    _no_what_if(lang, last)
    assert slots.get("hypothetical") is not True


async def test_the_offer_taken_still_starts_the_what_if(monkeypatch):
    """Keep: the button after the offer starts the what-if."""
    replies, slots = await chat(monkeypatch, "en", [(STILL_OPEN["en"], "faq_who_can_apply"),
                                                    (BUTTON, "inform")])
    assert "February 2026" in replies[-1], replies[-1]


# 2. Whom to contact about the ended call: every contact with what it is for, no form question, and the
# role said next adds its line to the summary shown, not the same summary again.
@pytest.mark.parametrize("lang", LANGS)
async def test_contact_of_an_ended_call_without_form_questions(monkeypatch, lang):
    replies, slots = await chat(monkeypatch, lang, [(STILL_OPEN[lang], "faq_who_can_apply"),
                                                    (WHO[lang], "ask_contact"), (ROLE[lang], "ask_contact")])
    who, role = replies[1], replies[2]
    assert "erasmusplusmobility@itg.be" in who and COORDINATOR[lang] in who, who
    assert "cmorantin@itg.be" in who, who  # staff's contact, said as staff's: the role is not known yet
    for reply in (who, role):
        assert t(lang, "ask_role")[:20] not in reply and t(lang, "ask_activity")[:20] not in reply, reply
    assert slots.get("role") == "msc_student"
    assert COORDINATOR[lang] in role, role
    assert t(lang, "contact_summary")[:20] not in role and "mailto:" not in role, role
    if lang == "nl":  # (the others read "shouldn't I see my coordinator first?" as that question)
        assert t(lang, "contact_summary_same_add", lines="")[:25] in role, role


# 3. Direct questions about the ended call in the what-if: yes or no first, the what-if left.
@pytest.mark.parametrize("lang", LANGS)
async def test_it_no_longer_matters(monkeypatch, lang):
    messages = [(STILL_OPEN[lang], "faq_who_can_apply"), (BUTTON, "inform"),
                (MATTERS[lang], "check_eligibility")]
    replies, slots = await chat(monkeypatch, lang, messages, role="msc_student", activity="study")
    matters = replies[-1]
    assert RIGHT[lang] in matters and "✅" not in matters, matters
    _no_what_if(lang, matters)
    assert slots["citizenship"] == ["BE"] and slots.get("hypothetical") is not True


@pytest.mark.parametrize("lang", LANGS)
async def test_eligible_now_and_the_what_ifs_date(monkeypatch, lang):
    messages = [(STILL_OPEN[lang], "faq_who_can_apply"), (BUTTON, "inform"),
                (NOW[lang], "check_eligibility"), (DATE[lang], "check_eligibility")]
    replies, slots = await chat(monkeypatch, lang, messages, role="msc_student", activity="study",
                                citizenship=["BE"])
    what_if, now, date = replies[1:]
    assert i18n.fmt_date("2025-12-01", lang) in what_if, what_if  # the date the person quotes next
    assert now.startswith(NOT_THROUGH[lang]) and "31" in now, now
    assert DATE_WHAT_IF[lang] in date and "2027" in date, date
    for reply in (now, date):
        _no_what_if(lang, reply)
    assert slots.get("hypothetical") is not True
    assert slots["start_date"] == "2027-02-01"


# 4. The what-if's verdict: said as past, no ✅.
@pytest.mark.parametrize("lang", LANGS)
async def test_the_what_if_verdict_is_said_as_past(monkeypatch, lang):
    replies, _ = await chat(monkeypatch, lang, [(STILL_OPEN[lang], "faq_who_can_apply"), (BUTTON, "inform")],
                            role="msc_student", activity="study", citizenship=["BE"])
    last = replies[-1]
    assert WOULD[lang] in last and "✅" not in last, last
    assert "ECHE" in last, last  # its condition kept
