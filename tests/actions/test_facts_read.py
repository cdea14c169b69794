"""Facts read as people say them (round 10 of the simulated users): a word that names a fact without stating
it changes nothing, and every fact taken from a message is said back once.

Each test plays the slots a conversation has reached and one message (intent and entities as the NLU gives
them, or would have given them before the extractor learnt better), then checks the slot events and the reply,
in English, French, Dutch and Italian where the words differ."""
from __future__ import annotations

from typing import Any

import pytest

from actions.dialogue import ActionRespond
from tests.actions.conftest import DOMAIN, make_tracker, said, slot_events, texts


async def respond(dispatcher: Any, **kwargs: Any) -> dict[str, Any]:
    events = await ActionRespond().run(dispatcher, make_tracker(**kwargs), DOMAIN)
    return slot_events(events)


@pytest.fixture(autouse=True)
def open_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # ITM open


ITM_MSC = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility"}
LISBON = {**ITM_MSC, "activity": "study", "destination": "PT", "destination_city": "Lisbon",
          "citizenship": ["BE"], "start_date": "2026-02-01", "end_date": "2026-05-31", "receiving_org": "hei"}
LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
         "destination": "DE", "citizenship": ["IT"], "start_date": "2016-04-01", "end_date": "2016-07-31",
         "receiving_org": "enterprise", "prior_erasmus_months": 0.0}


def citizen(text: str, code: str, words: str) -> dict[str, Any]:
    return {**said(text, "country", code, words), "role": "citizenship"}


# A1
@pytest.mark.parametrize("lang,text,code,words", [
    ("en", "ok sorry, english then. study period, from 1 feb to 31 may 2026", "GB", "english"),
    ("fr", "d'accord, français alors. période d'études", "FR", "français"),
    ("nl", "ok, verder in het Nederlands. studieperiode", "NL", "Nederlands"),
    ("it", "va bene, italiano allora. periodo di studio", "IT", "italiano"),
])
async def test_a_language_chosen_for_the_conversation_is_no_nationality(dispatcher, lang, text, code, words):
    got = await respond(dispatcher, text=text, entities=[citizen(text, code, words)],
                        slots={**ITM_MSC, "language": lang, "asked": "activity"})
    assert "citizenship" not in got


# A2
@pytest.mark.parametrize("lang,text", [
    ("en", "whats an ECHE and how do i know if lisboa has it"),
    ("fr", "c'est quoi une ECHE et comment savoir si Lisbonne en a une"),
    ("nl", "wat is een ECHE en hoe weet ik of Lissabon er een heeft"),
    ("it", "cos'è l'ECHE e come faccio a sapere se Lisbona ce l'ha"),
])
async def test_a_question_about_a_yes_no_fact_never_sets_it(dispatcher, lang, text):
    slots = {**LISBON, "language": lang, "asked": "receiving_org_has_eche"}
    got = await respond(dispatcher, text=text, slots=slots)
    assert "receiving_org_has_eche" not in got
    assert "ECHE" in texts(dispatcher)  # the condition stays in the answer


# A3
@pytest.mark.parametrize("lang,text,shown", [
    ("en", "hold on, i didnt say lisboa has an ECHE, i asked what it is. i dont know", "Yes → not known yet"),
    ("fr", "attendez, je n'ai pas dit que Lisbonne a une ECHE", "Oui → pas encore connu"),
    ("nl", "wacht, ik heb niet gezegd dat Lissabon een ECHE heeft", "Ja → nog niet bekend"),
    ("it", "aspetta, non ho detto che Lisbona ha l'ECHE", "Sì → non ancora noto"),
])
async def test_a_fact_the_person_did_not_say_is_open_again_and_said_so(dispatcher, lang, text, shown):
    slots = {**LISBON, "language": lang, "receiving_org_has_eche": True}
    got = await respond(dispatcher, text=text, slots=slots)
    assert got["receiving_org_has_eche"] is None
    assert "receiving_org_has_eche" in got["skipped"]
    assert shown in texts(dispatcher)


# A4
@pytest.mark.parametrize("lang,text,words", [
    ("it", "nessuno, mai fatto erasmus. Ma scusa, per i tirocini c'è un contributo extra rispetto allo "
           "studio?", ("tirocini", "studio")),
    ("en", "none. is there extra money for traineeships compared to study?", ("traineeships", "study")),
    ("fr", "aucun. il y a un supplément pour les stages par rapport aux études ?", ("stages", "études")),
    ("nl", "geen. krijg je voor een stage meer vergeleken met studie?", ("stage", "studie")),
])
async def test_an_activity_named_to_compare_is_no_change(dispatcher, lang, text, words):
    ents = [said(text, "activity", "traineeship", words[0]), said(text, "activity", "study", words[1])]
    slots = {**LUCCA, "language": lang, "prior_erasmus_months": None, "asked": "prior_erasmus_months"}
    got = await respond(dispatcher, text=text, entities=ents, slots=slots)
    assert "activity" not in got
    assert got["prior_erasmus_months"] == 0.0


async def test_a_new_activity_said_as_a_change_of_mind_in_a_question_is_taken(dispatcher):
    text = "actually, could I do a traineeship instead?"
    ents = [said(text, "activity", "traineeship", "traineeship")]
    got = await respond(dispatcher, text=text, entities=ents, slots={**LISBON})
    assert got["activity"] == "traineeship"


# A5
@pytest.mark.parametrize("lang,text,new,old", [
    ("it", "ah un'altra cosa, la BMW forse mi fa finire il 30 giugno invece del 31 luglio. cambia qualcosa?",
     "30 giugno", "31 luglio"),
    ("en", "BMW might have me finish on 30 June instead of 31 July", "30 June", "31 July"),
    ("fr", "BMW me ferait peut-être terminer le 30 juin au lieu du 31 juillet", "30 juin", "31 juillet"),
    ("nl", "BMW laat me misschien eindigen op 30 juni in plaats van 31 juli", "30 juni", "31 juli"),
])
async def test_finishing_on_a_date_instead_of_another_moves_the_end(dispatcher, lang, text, new, old):
    # The NLU reads both dates as starts; the cue before the first and "instead of" before the second decide.
    ents = [said(text, "start_date", "2016-06-30", new), said(text, "start_date", "2016-07-31", old)]
    got = await respond(dispatcher, text=text, entities=ents,
                        slots={**LUCCA, "language": lang, "last_decision": {"verdict": "eligible"}})
    assert got["end_date"] == "2016-06-30"
    assert "start_date" not in got


# A6
@pytest.mark.parametrize("lang,text,date,shown", [
    ("it", "solo per capire: se la data di fine fosse il 30 giugno 2016, servirebbe ancora il Consiglio "
           "Scientifico?", "30 giugno 2016", "Solo per questo caso"),
    ("en", "just to understand: if the end date were 30 June 2016, would I still need the Scientific Board?",
     "30 June 2016", "Only for this case"),
    ("fr", "juste pour comprendre : si la date de fin était le 30 juin 2016, faudrait-il encore le conseil "
           "scientifique ?", "30 juin 2016", "Seulement pour ce cas"),
    ("nl", "even begrijpen: als de einddatum 30 juni 2016 zou zijn, is de wetenschappelijke raad dan nog "
           "nodig?", "30 juni 2016", "Alleen voor dit geval"),
])
async def test_a_hypothetical_is_answered_for_that_case_but_never_stored(dispatcher, lang, text, date, shown):
    told = {"verdict": "eligible", "conditions": ["board_authorised"]}
    got = await respond(dispatcher, text=text, entities=[said(text, "end_date", "2016-06-30", date)],
                        slots={**LUCCA, "language": lang, "last_decision": told})
    assert "end_date" not in got and "last_decision" not in got
    reply = texts(dispatcher)
    assert shown in reply
    assert reply.index(shown) < len(reply) // 2  # said first, before the answer for that case


async def test_a_plain_correction_is_still_stored(dispatcher):
    text = "the end date is 30 June 2016"
    ents = [said(text, "end_date", "2016-06-30", "30 June 2016")]
    got = await respond(dispatcher, text=text, entities=ents,
                        slots={**LUCCA, "last_decision": {"verdict": "eligible"}})
    assert got["end_date"] == "2016-06-30"


# A7
@pytest.mark.parametrize("lang,text,words", [
    ("en", "wait, correction: start might be 18 feb not 16. end still 25", "18 feb"),
    ("fr", "attendez, correction : début le 18 février, pas le 16. la fin reste le 25", "18 février"),
])
async def test_moving_the_start_keeps_the_stated_end(dispatcher, lang, text, words):
    slots = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
             "destination": "ES", "citizenship": ["BE"], "start_date": "2026-02-16", "end_date": "2026-02-25",
             "duration": "P10D", "language": lang}  # a length said before the dates, still in its slot
    got = await respond(dispatcher, text=text, entities=[said(text, "start_date", "2026-02-18", words)],
                        slots=slots)
    assert got["start_date"] == "2026-02-18"
    assert "end_date" not in got


async def test_both_dates_said_spend_a_length_said_before(dispatcher):
    text = "16 feb 2026 to 25 feb"
    ents = [said(text, "start_date", "2026-02-16", "16 feb 2026"),
            said(text, "end_date", "2026-02-25", "25 feb")]
    got = await respond(dispatcher, text=text, entities=ents, slots={
        "call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
        "duration": "P10D", "asked": "start_date"})
    assert got["duration"] is None and got["end_date"] == "2026-02-25"


# A8
@pytest.mark.parametrize("lang,text", [
    ("nl", "Hallo, ik ben labotechnieker bij het ITG in Antwerpen"),
    ("nl", "personeel dus, ik ben daar in dienst"),
    ("en", "I'm a lab technician at ITM"),
    ("fr", "je suis technicienne de laboratoire à l'IMT"),
    ("it", "sono tecnico di laboratorio all'ITM"),
])
async def test_a_job_title_or_employment_is_staff_even_when_the_nlu_misses_it(dispatcher, lang, text):
    got = await respond(dispatcher, text=text, slots={"call": "itm-2024", "goal": "eligibility",
                                                       "language": lang, "asked": "role"})
    assert got["role"] == "staff"
    assert got.get("asked") != "role"


@pytest.mark.parametrize("lang,text,words", [
    ("nl", "ja, ik ben in dienst van het ITG als assistent", "ben in dienst"),
    ("en", "I'm an employee of ITM as an assistant", "employee"),
    ("it", "sono dipendente dell'ITM come assistente", "dipendente"),
])
async def test_a_phd_student_who_is_employed_keeps_the_role_and_has_the_staff_status(dispatcher, lang, text,
                                                                                      words):
    # The NLU reads the employment words as the role staff; for a PhD student they are the staff status.
    ents = [said(text, "role", "staff", words)]
    got = await respond(dispatcher, text=text, entities=ents, slots={
        "call": "itm-2024", "role": "phd_student", "goal": "eligibility", "language": lang})
    assert "role" not in got and got["itm_staff_member"] is True


async def test_a_scholarship_held_is_stated_not_asked(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2015-11-01")
    text = "Ciao, sono dottorando all'IMT Lucca e ho la borsa di dottorato"
    got = await respond(dispatcher, text=text, slots={"language": "it"},
                        entities=[said(text, "role", "phd_student", "dottorando")])
    assert got["has_scholarship"] is True


# A9
async def test_a_short_doctoral_visit_and_a_nationality_in_passing_are_taken_on_a_closed_call(
        dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2026-11-23")
    text = "oh. so there's nothing open right now? it would be about 3 weeks, short doctoral visit. I'm " \
        "Sudanese"
    ents = [said(text, "duration", "P3W", "3 weeks"),
            said(text, "activity", "short_term_doctoral", "short doctoral visit"),
            citizen(text, "SD", "Sudanese")]
    got = await respond(dispatcher, text=text, entities=ents,
                        slots={"call": "itm-2024", "role": "phd_student", "goal": "eligibility"})
    assert got["activity"] == "short_term_doctoral" and got["citizenship"] == ["SD"]
    assert "Short-term doctoral mobility" in texts(dispatcher) and "Sudan" in texts(dispatcher)


# A10
@pytest.mark.parametrize("lang,text,start,end,shown", [
    ("fr", "du 9 au 13 mars 2026", ("9", "2026-03-09"), ("13 mars 2026", "2026-03-13"),
     ("date de début: 9 mars 2026", "date de fin: 13 mars 2026")),
    ("en", "16 feb 2026 to 25 feb", ("16 feb 2026", "2026-02-16"), ("25 feb", "2026-02-25"),
     ("start date: 16 February 2026", "end date: 25 February 2026")),
])
async def test_both_dates_are_said_back_the_asked_one_too(dispatcher, lang, text, start, end, shown):
    ents = [said(text, "start_date", start[1], start[0]), said(text, "end_date", end[1], end[0])]
    await respond(dispatcher, text=text, entities=ents, slots={
        "call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
        "destination": "ES", "language": lang, "asked": "start_date"})
    assert all(s in texts(dispatcher) for s in shown)


async def test_a_nationality_answering_the_question_is_said_back(dispatcher):
    text = "kenyan"
    got = await respond(dispatcher, text=text, entities=[citizen(text, "KE", "kenyan")], slots={
        "call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
        "destination": "ES", "asked": "citizenship"})
    assert got["citizenship"] == ["KE"]
    assert "Noted: nationality: Kenya" in texts(dispatcher)


async def test_a_clicked_button_is_not_echoed(dispatcher):
    text = '/inform{"activity":"study"}'
    await respond(dispatcher, text=text, entities=[{"entity": "activity", "value": "study"}],
                  slots={**ITM_MSC, "asked": "activity"})
    assert "Noted" not in texts(dispatcher)


# A11
PHD_GENEVA = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility",
              "activity": "short_term_doctoral", "destination": "CH", "citizenship": ["SD"],
              "start_date": "2026-02-01", "end_date": "2026-02-21", "receiving_org": "hei",
              "itm_staff_member": False, "last_decision": {"verdict": "eligible"}}


@pytest.mark.parametrize("lang,text,dates", [
    ("en", "actually my supervisor just said it might be more like 1 to 21 March 2026 instead of Feb. does "
           "that change anything?", ("1", "21 March 2026")),
    ("fr", "en fait mon directeur de thèse vient de dire que ce serait plutôt du 1 au 21 mars 2026. ça "
           "change quelque chose ?", ("1", "21 mars 2026")),
    ("nl", "mijn promotor zei net dat het eerder van 1 tot 21 maart 2026 wordt. verandert dat iets?",
     ("1", "21 maart 2026")),
    ("it", "il mio relatore ha appena detto che sarà dal 1 al 21 marzo 2026. cambia qualcosa?",
     ("1", "21 marzo 2026")),
])
async def test_a_supervisor_named_as_the_source_of_news_is_no_fact_nor_question(dispatcher, lang, text,
                                                                                 dates):
    ents = [said(text, "start_date", "2026-03-01", f"{dates[0]} "),
            said(text, "end_date", "2026-03-21", dates[1])]
    got = await respond(dispatcher, text=text, entities=ents, slots={**PHD_GENEVA, "language": lang})
    assert got["start_date"] == "2026-03-01" and got["end_date"] == "2026-03-21"
    assert "supervisor_authorised" not in got
    reply = texts(dispatcher).lower()
    assert not any(w in reply for w in ("not needed", "pas nécessaire", "niet nodig", "non serve"))


async def test_a_complaint_about_the_bot_is_no_fact(dispatcher):
    text = "wait, why did you say apply by 31 July 2026? I didnt ask about supervisor authorisation lol"
    ents = [said(text, "end_date", "2026-07-31", "31 July 2026")]
    got = await respond(dispatcher, text=text, entities=ents, slots=PHD_GENEVA)
    assert "supervisor_authorised" not in got and "end_date" not in got


@pytest.mark.parametrize("lang,text", [
    ("en", "my supervisor said ok"),
    ("fr", "mon directeur de thèse a dit que oui"),
    ("nl", "mijn promotor zei dat het mag"),
    ("it", "il mio relatore ha detto di sì"),
])
async def test_a_supervisor_who_said_yes_has_authorised(dispatcher, lang, text):
    got = await respond(dispatcher, text=text, slots={**LUCCA, "language": lang})
    assert got["supervisor_authorised"] is True


@pytest.mark.parametrize("lang,text,date", [
    ("en", "I don't know if it was signed. it ends on 30 June 2016", "30 June 2016"),
    ("fr", "je ne sais pas si c'était signé. ça finit le 30 juin 2016", "30 juin 2016"),
    ("it", "non so se fosse firmato. finisce il 30 giugno 2016", "30 giugno 2016"),
])
async def test_an_if_after_i_dont_know_is_no_hypothetical(dispatcher, lang, text, date):
    got = await respond(dispatcher, text=text, entities=[said(text, "end_date", "2016-06-30", date)],
                        slots={**LUCCA, "language": lang})
    assert got["end_date"] == "2016-06-30"
