"""Round 15 of simulated users: dates and lengths read as the stay's that were not. The month someone
would apply in ("si je postule en avril", "als ik eind januari aanvraag") became a start or an end; the "two
months before departure" of the apply-by rule and a rough "about 3.5 months" moved the end; "la date de fin
au 13 mai" after "du 4 au 13 mai" became the start (a one-day stay, said as "1 jours")."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.nlu.extract import extract
from tests.actions.conftest import texts
from tests.actions.test_dialogue import respond

TODAY = "2025-12-01"
PHD = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "destination": "FR",
       "destination_city": "Paris", "citizenship": ["BE"], "receiving_org": "hei", "itm_staff_member": False,
       "receiving_org_has_eche": True, "goal": "eligibility"}
MAY = {"start_date": "2026-05-04", "end_date": "2026-05-13"}  # apply by 4 March 2026
MARCH = {"start_date": "2026-03-16", "end_date": "2026-03-20"}  # apply by 16 January 2026
STAY_FIELDS = ("start_date", "end_date", "start_month", "duration")


def entities(text: str) -> list[dict[str, Any]]:
    """What the entity extractor gives for the message on the test's today."""
    return extract(text, today=dt.date.fromisoformat(TODAY))


async def reply_to(dispatcher: Any, lang: str, text: str, stay: dict[str, str]) -> dict[str, Any]:
    slots = {**PHD, **stay, "language": lang}
    return await respond(dispatcher, text=text, slots=slots, entities=entities(text))


@pytest.fixture(autouse=True)
def today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", TODAY)


@pytest.mark.parametrize(("lang", "stay", "text", "expected"), [
    ("fr", MAY, "Pourquoi exactement le 4 mars ? Si je postule en avril, est-ce trop tard ?",
     ["le 4 mai 2026", "le 4 mars 2026", "Avril 2026 serait trop tard."]),
    ("fr", MAY, "Et si je ne postule qu'en février, ça passe ?", ["Février 2026 est dans les temps."]),
    ("nl", MARCH, "En wat als ik pas eind januari aanvraag, is het dan te laat?",
     ["16 maart 2026", "16 januari 2026", "31 januari 2026 zou te laat zijn."]),
    ("nl", MARCH, "als ik in december aanvraag, is dat op tijd?", ["December 2025 is op tijd."]),
    ("it", MAY, "se mi candido a aprile, è troppo tardi?",
     ["4 maggio 2026", "4 marzo 2026", "Aprile 2026 sarebbe troppo tardi."]),
    ("it", MAY, "e se a febbraio mi candido, va bene?", ["Febbraio 2026 va bene."]),
    ("en", MAY, "if I apply in April, is that too late?",
     ["4 May 2026", "4 March 2026", "April 2026 would be too late."]),
    ("en", MAY, "and if I only apply in February?", ["February 2026 is in time."]),
])
async def test_the_month_of_applying_is_checked_against_the_date_to_apply_by(dispatcher, lang, stay, text,
                                                                            expected):
    got = await reply_to(dispatcher, lang, text, stay)
    reply = texts(dispatcher)
    assert not set(STAY_FIELDS) & set(got), got
    assert all(words in reply for words in expected), reply
    assert "Seulement pour ce cas" not in reply and "Alleen voor dit geval" not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what if it started on 1 April instead?"),
    ("fr", "et si je partais le 1er avril ?"),
])
async def test_a_start_asked_about_is_still_a_what_if(dispatcher, lang, text):
    got = await reply_to(dispatcher, lang, text, MAY)
    reply = texts(dispatcher)
    assert "start_date" not in got, got
    assert "1 April 2026" in reply or "1er avril 2026" in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "OK, deux mois avant le départ. Est-ce que j'envoie la candidature directement à "
           "erasmusplusmobility@itg.be ou d'abord à mon directeur ?"),
    ("en", "ok, two months before departure. do I send it to my supervisor first?"),
    ("en", "so I apply at least 2 months in advance, got it"),
    ("nl", "ok, 2 maanden voor vertrek. Stuur ik het eerst naar mijn promotor?"),
    ("it", "ok, due mesi prima della partenza. La mando prima al relatore?"),
])
async def test_a_length_said_about_applying_is_no_length_of_the_stay(dispatcher, lang, text):
    got = await reply_to(dispatcher, lang, text, MAY)
    assert not set(STAY_FIELDS) & set(got), got
    assert "3 juillet" not in texts(dispatcher) and "3 July" not in texts(dispatcher)


@pytest.mark.parametrize(("lang", "text", "end"), [
    ("fr", "en fait mon séjour dure deux mois", "2026-07-03"),
    ("en", "actually the stay lasts two months", "2026-07-03"),
    ("nl", "eigenlijk duurt het verblijf 2 maanden", "2026-07-03"),
    ("it", "in realtà il soggiorno dura due mesi", "2026-07-03"),
])
async def test_a_length_of_the_stay_still_moves_the_end(dispatcher, lang, text, end):
    got = await reply_to(dispatcher, lang, text, MAY)
    assert got.get("end_date") == end, got


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Non ! Toujours du 4 au 13 mai. Remettez la date de fin au 13 mai svp."),
    ("fr", "Remettez la date de fin au 13 mai svp."),
    ("en", "No! still 4 to 13 May. Put the end date back to 13 May please."),
    ("nl", "Nee, nog steeds van 4 tot 13 mei. Zet de einddatum op 13 mei."),
    ("nl", "Zet de einddatum terug op 13 mei."),
    ("it", "No! sempre dal 4 al 13 maggio. Rimetti la data di fine al 13 maggio."),
])
async def test_the_end_date_put_back_sets_the_end_only(dispatcher, lang, text):
    got = await reply_to(dispatcher, lang, text, {"start_date": "2026-05-04", "end_date": "2026-07-03"})
    assert got.get("end_date") == "2026-05-13" and "start_date" not in got, got


async def test_the_start_date_put_back_sets_the_start_only(dispatcher):
    text = "Remettez la date de début au 4 mai svp."
    got = await reply_to(dispatcher, "fr", text, {"start_date": "2026-05-13", "end_date": "2026-07-03"})
    assert got.get("start_date") == "2026-05-04" and "end_date" not in got, got


@pytest.mark.parametrize(("stay", "words"), [
    ({"start_date": "2026-05-13", "end_date": "2026-05-13"}, "séjour de 1 jour est"),
    ({"start_date": "2026-05-04", "end_date": "2026-05-06"}, "séjour de 3 jours est"),
])
async def test_one_day_is_said_in_the_singular(dispatcher, stay, words):
    await respond(dispatcher, text="donc je suis éligible ?", intent="check_eligibility",
                  slots={**PHD, **stay, "language": "fr"})
    reply = texts(dispatcher)
    assert words in reply and "1 jours" not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ok so mine is about 3.5 months, fine. why does nationality matter?"),
    ("fr", "ok, le mien fait environ 3,5 mois. pourquoi la nationalité compte ?"),
    ("nl", "ok, de mijne is ongeveer 3,5 maanden. waarom telt de nationaliteit?"),
    ("it", "ok, il mio è più o meno 3 mesi e mezzo. perché conta la nazionalità?"),
])
async def test_a_rough_length_with_both_dates_known_moves_no_date(dispatcher, lang, text):
    got = await reply_to(dispatcher, lang, text, {"start_date": "2026-01-12", "end_date": "2026-04-30"})
    assert not set(STAY_FIELDS) & set(got), got
    assert "11 June" not in texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "it starts on 12 January, roughly 3.5 months"),
    ("it", "inizio il 12 gennaio, più o meno 3 mesi e mezzo"),
])
async def test_a_rough_length_with_the_start_alone_gives_the_end(dispatcher, lang, text):
    got = await reply_to(dispatcher, lang, text, {})
    # 12 January + 3 months and 15 days (a half month is 15 of the rules core's 30-day months), last day.
    assert got.get("start_date") == "2026-01-12" and got.get("end_date") == "2026-04-26", got
