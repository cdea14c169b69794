"""Round 14 of simulated users (through REST), as the real extractor reads their words, through action_respond
on tracker fixtures: a new call asked about after the closed notice, side questions after the "your dates fall
after this call's period" answer, a destination line on an ended call, the end of a master's said as a date,
and another activity asked about after a verdict. Each fault in the language shown and in English."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import SIM_TODAY, hear

AFTER = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "citizenship": ["IT"],
         "closed_told": "itm-2024", "destination": "ES", "destination_city": "Valencia", "activity": "study",
         "start_date": "2027-02-01", "end_date": "2027-06-30"}


# 1. "I understand it's closed, but is there a new call?": the newer call (none known) first, never "Yes:".
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "sì ho capito che è chiuso, ma c'è un nuovo bando per il 2026-2027? qualcosa che posso fare "
           "ancora quest'anno?"),
    ("en", "yes I understand it's closed, but is there a new call for 2026-2027? anything I can still do "
           "this year?"),
    ("fr", "oui j'ai compris que c'est fermé, mais y a-t-il un nouvel appel Erasmus ?"),
    ("nl", "ja ik snap dat het gesloten is, maar is er een nieuwe Erasmus-oproep?"),
    ("it", "ok ho capito che è chiuso, ma quando esce il prossimo bando?"),
    ("en", "ok it's closed. is there another call?"),
])
async def test_a_new_call_asked_after_the_closed_notice_gets_the_newer_call(dispatcher, monkeypatch, lang,
                                                                           text):
    slots = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "closed_told": "itm-2024",
             "language": lang}
    await hear(dispatcher, monkeypatch, text, slots, SIM_TODAY)
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "next_call_unknown")[:20]), reply
    assert not reply.startswith(t(lang, "answer_yes", answer="")[:3]), reply


# 2. Once "your dates fall after this call's period" was said, it is not said again: side questions get their
# own answers, the as-if button asks for dates inside the period, an exception is for the office.
TOLD = {**AFTER, "closed_told": "itm-2024>after"}


def block_said(lang: str, reply: str) -> bool:
    return t(lang, "dates_after_call", dates="", last="")[:10] in reply


@pytest.mark.parametrize("lang", ["it", "en"])
async def test_the_block_is_said_once_for_the_same_dates(dispatcher, monkeypatch, lang):
    text = {"it": "va bene, allora cosa succede?", "en": "alright, so what happens now?"}[lang]
    got = await hear(dispatcher, monkeypatch, text, {**AFTER, "language": lang}, SIM_TODAY)
    assert block_said(lang, texts(dispatcher)) and got.get("closed_told") == "itm-2024>after", got


@pytest.mark.parametrize(("lang", "text", "intent", "expected"), [
    ("it", "posso chiedere un'eccezione per candidarmi in ritardo?", "inform", "ended_office_only"),
    ("en", "can I ask for an exception to apply late?", "inform", "ended_office_only"),
])
async def test_side_questions_after_the_block_get_their_own_answer(dispatcher, monkeypatch, lang, text,
                                                                   intent, expected):
    await hear(dispatcher, monkeypatch, text, {**TOLD, "language": lang}, SIM_TODAY, intent=intent)
    reply = texts(dispatcher)
    assert not block_said(lang, reply), reply
    assert t(lang, expected, call="")[:12] in reply, reply
    assert t(lang, "destination_ok_for_you")[:15] not in reply, reply


@pytest.mark.parametrize(("lang", "text", "intent"), [
    ("it", "quanto si prendeva al mese per la Spagna con il vecchio bando?", "ask_grant"),
    ("en", "how much per month did one get for Spain under the old call?", "ask_grant"),
    ("en", "How far in advance did students have to apply under the old call?", "ask_deadline"),
    ("fr", "combien de temps à l'avance fallait-il postuler avec l'ancien appel ?", "ask_deadline"),
])
async def test_the_amount_or_dates_of_the_ended_call_are_its_answer_a_year_earlier(dispatcher, monkeypatch,
                                                                                   lang, text, intent):
    # Round 19/20: "What would I have got under the old call?" got "only the office can tell you"; the
    # amount took four questions. The same dates a year earlier are judged, said so, nothing stored.
    got = await hear(dispatcher, monkeypatch, text, {**TOLD, "language": lang}, SIM_TODAY, intent=intent)
    reply = texts(dispatcher)
    assert t(lang, "as_if_years_earlier", last="", years="", dates="")[:25] in reply, reply
    assert t(lang, "hypothetical_intro", call="", date="")[-20:] in reply, reply
    assert t(lang, "ended_office_only")[:20] not in reply, reply
    assert "start_date" not in got, got


@pytest.mark.parametrize("lang", ["it", "en", "fr", "nl"])
async def test_the_as_if_button_after_the_block_judges_the_same_dates_a_year_earlier(dispatcher, lang):
    # Round 19: "tell me dates before 31 July 2026" made the person move the dates themselves; the same dates
    # one year earlier are taken, said so, and nothing the person told is changed.
    import os

    os.environ["MOBILITY_TODAY"] = SIM_TODAY
    from tests.actions.test_dialogue import respond

    got = await respond(dispatcher, text='/inform{"hypothetical":true}', slots={**TOLD, "language": lang},
                        entities=[{"entity": "hypothetical", "value": True}])
    reply = texts(dispatcher)
    assert not block_said(lang, reply), reply
    assert t(lang, "as_if_years_earlier", last="", years="", dates="")[:25] in reply, reply
    assert "2026" in reply.split("\n")[0] and "2027" not in reply.split("\n")[0], reply
    assert t(lang, "hypothetical_intro", call="", date="")[-20:] in reply, reply
    assert "start_date" not in got and "end_date" not in got, got


async def test_dates_no_whole_year_brings_inside_the_period_still_ask(dispatcher):
    import os

    os.environ["MOBILITY_TODAY"] = SIM_TODAY
    from tests.actions.test_dialogue import respond

    # A stay longer than the call's whole period: no whole number of years brings it inside.
    far = {**TOLD, "start_date": "2027-02-01", "end_date": "2029-06-30", "language": "en"}
    await respond(dispatcher, text='/inform{"hypothetical":true}', slots=far,
                  entities=[{"entity": "hypothetical", "value": True}])
    assert t("en", "after_call_as_if", last="31")[:30] in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize("lang", ["it", "en"])
async def test_new_dates_after_the_period_get_the_block_again(dispatcher, monkeypatch, lang):
    text = {"it": "allora partirei dal 1 marzo 2027 al 30 maggio 2027",
            "en": "then from 1 March 2027 to 30 May 2027"}
    await hear(dispatcher, monkeypatch, text[lang], {**TOLD, "language": lang}, SIM_TODAY)
    assert block_said(lang, texts(dispatcher)), texts(dispatcher)


# 3. On an ended call, a destination is never one "you may go to under this call".
@pytest.mark.parametrize(("lang", "text"), [("it", "la Spagna fa parte di Erasmus?"),
                                            ("en", "is Spain part of Erasmus?")])
async def test_a_destination_on_an_ended_call_is_said_in_the_past(dispatcher, monkeypatch, lang, text):
    await hear(dispatcher, monkeypatch, text, {**TOLD, "language": lang}, SIM_TODAY)
    reply = texts(dispatcher)
    assert t(lang, "destination_ok_for_you")[:15] not in reply, reply
    assert t(lang, "destination_ok_old_call")[:15] in reply, reply


# 4. "My master ends in September 2027" is the graduation date, never the stay's end; a month gives one day.
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "ma quindi quest'anno accademico non posso fare niente? il mio master finisce a settembre 2027"),
    ("en", "so there's nothing I can do this academic year? my master ends in September 2027"),
    ("fr", "donc je ne peux rien faire cette année ? mon master se termine en septembre 2027"),
    ("nl", "dus ik kan dit academiejaar niets doen? mijn master eindigt in september 2027"),
    ("en", "I'll graduate in September 2027"),
])
async def test_the_end_of_a_master_is_the_graduation_date(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**TOLD, "language": lang}, SIM_TODAY)
    assert "end_date" not in got and "start_date" not in got, got
    assert got.get("graduation_date") == "2027-09-01", got
