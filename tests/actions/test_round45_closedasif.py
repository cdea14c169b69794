"""Round 45 (port 5305, real today: both calls ended; a French PhD student of ITM, a 12-day short doctoral
stay in Lyon in March 2027, the call's end and "your dates fall after its period" already told):

1. "Sous l'ancien appel, j'aurais eu droit à combien pour 12 jours ?" and then "t'as pas au moins un ordre de
   grandeur ?" got "no amount can be given: Annex 2 not published" twice word for word, while the same facts
   with the kind of mobility known got the EU-wide guide figure. Now the kind the length leaves is taken
   (a PhD student's 12 days: the short-term doctoral mobility, also for a month said without its day), the
   guide figure is given, and asked again the amount comes in a line, not the same block
   (actions/endedamount.py, actions/lengthfit.py).
2. "Et la fac d'accueil à Lyon, elle devait remplir des conditions particulières ?" got the closed-call block
   again, and "l'université d'accueil devait avoir quoi, genre une charte erasmus ?" the contact block and an
   e-mail summary. Now what the ended call required of the host, as its rules, with the source
   (actions/endedhost.py).
3. The offer "What would have applied to me?" taken, the kind of mobility asked and given: "This call has
   ended: only the office can tell you". Now the case goes on (the day of the month asked, then the same days
   a year earlier judged, the day stored as the person's).
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from actions.i18n import label, t
from bot.nlu.extract import extract
from tests.actions.conversation import play

TODAY = "2026-12-03"
ITM = "itm-2024"
LANGS = ("en", "fr", "nl", "it")
# After the first message: a PhD student, Lyon, 12 days in March 2027 (the day lost), the block told.
LYON = {"start_month": "2027-03", "duration": "P12D", "role": "phd_student", "call": ITM,
        "destination_city": "Lyon", "destination": "FR", "goal": "eligibility", "closed_told": ITM + ">after"}
BUTTON = '/inform{"hypothetical":true}'

HOW_MUCH = {
    "en": "And under the old call, how much would I have got for 12 days?",
    "fr": "ok. et si c'était sous l'ancien appel, ça aurait donné quoi pour moi ? j'aurais eu droit à "
          "combien pour 12 jours ?",
    "nl": "En onder de vorige oproep, hoeveel zou ik gekregen hebben voor 12 dagen?",
    "it": "E con il vecchio bando, quanto avrei preso per 12 giorni?",
}
ROUGH = {
    "en": "Don't you have at least a rough figure? Per day, even approximate?",
    "fr": "t'as pas au moins un ordre de grandeur ? genre par jour, même approximatif",
    "nl": "Heb je niet minstens een grootteorde? Per dag, al is het bij benadering?",
    "it": "Non hai almeno un ordine di grandezza? Tipo al giorno, anche approssimativo?",
}
HOST = {
    "en": "OK so 12 days was fine. And the host university in Lyon, did it have to meet any particular "
          "requirements?",
    "fr": "ok donc 12 jours ça passait. et la fac d'accueil à Lyon, elle devait remplir des conditions "
          "particulières ?",
    "nl": "Ok, dus 12 dagen kon. En de gastuniversiteit in Lyon, moest die aan bepaalde voorwaarden voldoen?",
    "it": "Ok, quindi 12 giorni andavano bene. E l'università ospitante a Lione doveva soddisfare dei "
          "requisiti particolari?",
}
CHARTER = {
    "en": "uh... my question was: what did the host university in Lyon have to have, like an Erasmus "
          "charter?",
    "fr": "euh ... ma question c'était : l'université d'accueil à lyon devait avoir quoi, genre une charte "
          "erasmus ?",
    "nl": "Eh... mijn vraag was: moest de gastuniversiteit in Lyon een Erasmus-handvest hebben?",
    "it": "Ehm... la mia domanda era: che requisiti doveva avere l'università ospitante a Lione, tipo una "
          "carta Erasmus?",
}
STILL_OPEN = {"en": "Is the call still open?", "fr": "L'appel est-il encore ouvert ?",
              "nl": "Is de oproep nog open?", "it": "Il bando è ancora aperto?"}


def entities(text: str, day: dt.date) -> list[dict[str, Any]]:
    """A button's entities as it sends them; the real extractor for words."""
    if text.startswith("/inform"):
        return [{"entity": k, "value": v} for k, v in json.loads(text[len("/inform"):]).items()]
    return extract(text, day)


async def chat(monkeypatch: pytest.MonkeyPatch, lang: str, messages: list[tuple[str, str]],
               slots: dict[str, Any] | None = None, today: str = TODAY) -> tuple[list[str], dict[str, Any]]:
    said = await play(monkeypatch, {**(slots or LYON), "language": lang}, messages, today,
                      user_event="parsed", keep_slot_events=True, entities=entities)
    return said.replies, said.slots


# 1. The ended call's amount: the guide figure, the kind taken from the length; asked again, in a line.
@pytest.mark.parametrize("lang", LANGS)
async def test_ended_amount_gives_the_guide_figure_and_not_the_same_block(monkeypatch, lang):
    asked = [(HOW_MUCH[lang], "ask_grant"), (ROUGH[lang], "ask_grant")]
    replies, slots = await chat(monkeypatch, lang, asked)
    first, again = replies
    assert "948" in first, first
    assert label(lang, "activities", "short_term_doctoral") in first, first
    assert t(lang, "ended_amounts_header", call="")[:15] in first, first
    assert slots["activity"] == "short_term_doctoral"
    assert "948" in again and again != first, again
    assert t(lang, "ended_amounts_header", call="")[:15] not in again, again
    assert t(lang, "ended_office_only") not in again


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_staff_amount_of_the_ended_call_keeps_its_block(monkeypatch, lang):
    """Keep: a staff member's one-week training in Berlin still gets the band and the whole block."""
    slots = {"start_month": "2027-03", "activity": "staff_training", "destination_city": "Berlin",
             "destination": "DE", "goal": "eligibility", "call": ITM, "closed_told": ITM + ">after",
             "role": "staff", "duration": "P1W"}
    text = {"en": "What would a one-week training in Berlin have got under the last call?",
            "fr": "Combien aurais-je touché pour une semaine de formation à Berlin sous l'ancien appel ?",
            }[lang]
    replies, _ = await chat(monkeypatch, lang, [(text, "inform")], slots)
    assert "309" in replies[0] and t(lang, "ended_amounts_next") in replies[0], replies[0]


# 2. What the ended call required of the host, whatever the NLU made of the question.
@pytest.mark.parametrize("intent", ["check_eligibility", "inform", "ask_contact"])
@pytest.mark.parametrize("lang", LANGS)
async def test_host_requirements_of_the_ended_call(monkeypatch, lang, intent):
    for text in (HOST[lang], CHARTER[lang]):
        replies, slots = await chat(monkeypatch, lang, [(text, intent)])
        said = replies[0]
        assert t(lang, "old_call_rules", call="")[:10] in said, said
        assert "ECHE" in said and f"({t(lang, 'source')}:" in said, said
        assert t(lang, "call_closed_offer_short") not in said and t(lang, "call_closed_offer") not in said
        assert t(lang, "ended_office_only") not in said and "mailto:" not in said, said
        assert slots.get("goal") != "contact"


@pytest.mark.parametrize("lang", LANGS)
async def test_still_open_keeps_the_closed_answer(monkeypatch, lang):
    replies, _ = await chat(monkeypatch, lang, [(STILL_OPEN[lang], "check_eligibility")])
    assert "31" in replies[0] and t(lang, "old_call_rules", call="")[:10] not in replies[0], replies[0]


async def test_host_question_of_an_open_call_is_not_said_as_ended(monkeypatch):
    slots = {**LYON, "start_month": "2026-03", "closed_told": None, "activity": "short_term_doctoral"}
    replies, _ = await chat(monkeypatch, "en", [(CHARTER["en"], "inform")], slots, today="2025-10-01")
    assert t("en", "old_call_rules", call="")[:10] not in replies[0], replies[0]


# 3. The offer taken: the case goes on after the missing fact, never "only the office".
@pytest.mark.parametrize("lang", LANGS)
async def test_offer_taken_goes_on_to_the_case(monkeypatch, lang):
    slots = {k: v for k, v in LYON.items() if k != "duration"}
    day = {"en": "the 8th", "fr": "le 8", "nl": "de 8ste", "it": "l'8"}[lang]
    messages = [(BUTTON, "inform"), ('/inform{"activity":"short_term_doctoral"}', "inform"), (day, "inform")]
    replies, state = await chat(monkeypatch, lang, messages, slots)
    for said in replies:
        assert t(lang, "ended_office_only") not in said, said
    assert t(lang, "dates_after_call", dates="", last="")[:10] not in replies[2], replies[2]
    assert t(lang, "as_if_years_earlier", years="", dates="", last="")[:20] in replies[2], replies[2]
    assert state["start_date"] == "2027-03-08" and state["hypothetical"] is True, state


# The length tells the kind for a month said without its day too (the flow of an open call).
SHORT_STAY = {
    "en": "I'm a PhD student at ITM and I'd like a short stay in Lyon, 12 days in March 2026.",
    "fr": "je suis doctorante à l'IMT et je voudrais faire une mobilité courte à Lyon, 12 jours en mars "
          "2026.",
    "nl": "Ik ben doctoraatsstudent aan het ITG en wil een korte mobiliteit naar Lyon, 12 dagen in maart "
          "2026.",
    "it": "Sono dottoranda all'ITM e vorrei fare una mobilità breve a Lione, 12 giorni a marzo 2026.",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_short_stay_of_a_phd_student_is_the_doctoral_mobility(monkeypatch, lang):
    replies, slots = await chat(monkeypatch, lang, [(SHORT_STAY[lang], "check_eligibility")], {},
                                today="2025-10-01")
    assert slots.get("activity") == "short_term_doctoral", (slots, replies)
    assert label(lang, "activities", "short_term_doctoral") in replies[0]
