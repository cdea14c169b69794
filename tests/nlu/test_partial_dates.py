"""Dates said in part (round 12 of simulated users): a day without its month, a month without its day, a
month with "mid" after an end cue, a date said twice, and messages that hold no date at all. The extractor
marks what was not said (`day_only`, `month_only`); the actions complete it from the conversation
(tests/actions/test_partial_dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.nlu.extract import extract

TODAY = dt.date(2026, 12, 2)  # the simulated users' date: IMT Lucca's 2015/2016 call long closed


def dates(text: str, today: dt.date = TODAY) -> list[tuple]:
    return [(e["entity"], e["value"], text[e["start"]:e["end"]], bool(e.get("day_only")),
             bool(e.get("month_only")))
            for e in extract(text, today) if e["entity"] in ("start_date", "end_date")]


@pytest.mark.parametrize(("text", "words"), [
    ("Until the 15th.", "the 15th"),
    ("until the 15th", "the 15th"),
    ("Jusqu'au 15.", "15"),
    ("jusqu'au 15e", "15e"),
    ("Tot de 15e.", "de 15e"),
    ("tot en met de 15de", "de 15de"),
    ("Fino al 15.", "15"),
    ("fino al 15, grazie", "15"),
])
def test_a_day_after_an_end_cue_is_an_end_without_its_month(text: str, words: str) -> None:
    # "Until the 15th." answering "And when would it end?" was no date at all.
    assert dates(text) == [("end_date", "2026-12-15", words, True, False)]


@pytest.mark.parametrize(("text", "words", "value"), [
    ("the 15th", "the 15th", "2026-12-15"), ("le 15", "le 15", "2026-12-15"),
    ("de 15e", "de 15e", "2026-12-15"), ("il 15", "il 15", "2026-12-15"),
    ("on the 3rd.", "the 3rd", "2026-12-03"),
])
def test_a_day_alone_is_a_day_without_its_month(text: str, words: str, value: str) -> None:
    assert dates(text) == [("start_date", value, words, True, False)]


def test_a_day_alone_takes_the_next_month_that_has_it() -> None:
    assert dates("until the 1st")[0][1] == "2027-01-01"  # the 1st of December is past on 2 December
    assert dates("until the 31st", dt.date(2026, 2, 2))[0][1] == "2026-03-31"


@pytest.mark.parametrize(("text", "words"), [
    ("partirei la sera del 19", "del 19"), ("partirei il 19 sera e tornerei", "il 19"),
    ("je pars le 19 au soir", "le 19"), ("je partirais le soir du 19.", "19"),
    ("I'd leave on the 19th in the evening", "the 19th"), ("ik vertrek de 19e 's avonds", "de 19e"),
    ("ik kom de 19e terug", "de 19e"),
])
def test_a_day_with_the_time_of_day_is_a_day_without_its_month(text: str, words: str) -> None:
    # Round 20: "la sera del 19" was no date, "il 19 sera" neither (a word after the number made it none).
    assert [(d[1], d[2], d[3]) for d in dates(text)] == [("2026-12-19", words, True)], dates(text)


@pytest.mark.parametrize("text", [
    "prima del 18", "va chiesto prima della scadenza del 18 o dopo?", "the deadline is the 18th.", "del 2016",
    "du 19",
])
def test_numbers_near_days_that_are_no_day_of_the_stay(text: str) -> None:
    # "del" makes a day only after the time of day; a day after a deadline word is the call's date.
    assert not [d for d in dates(text) if d[3]], dates(text)


@pytest.mark.parametrize("text", [
    "in the 2nd year of my PhD", "the 15 of us", "le 15 rue de la Paix", "il 15% della borsa", "by 15",
    "I have 15 days", "from 2 to 12 months", "de 3e keer", "until 15:00", "il 3 marzo",
])
def test_numbers_that_are_not_a_day_alone(text: str) -> None:
    assert not [d for d in dates(text) if d[3]], dates(text)


@pytest.mark.parametrize("text", [
    "the NGO said maybe I could stay until mid July",
    "l'ONG m'a dit que je pourrais peut-être rester jusqu'à mi-juillet",
    "de ngo zei dat ik misschien tot half juli kon blijven",
    "la ONG ha detto che forse potrei restare fino a metà luglio",
])
def test_until_mid_month_is_the_end_on_the_15th(text: str) -> None:
    # The cue stood before "mid": the date was read as a start (and the month lost further on).
    (found,) = dates(text)
    assert found[0] == "end_date" and found[1].endswith("-07-15") and not found[4], found


def test_a_day_said_again_with_its_year_is_one_date() -> None:
    found = dates("no, mid JULY, like 15 July 2026")
    assert {f[1] for f in found} == {"2026-07-15"}, found  # "mid JULY" alone had become July 2027


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("Het is een training van 4 dagen in januari.", "start_date", "2027-01-01"),
    ("It's a 4-day training in January.", "start_date", "2027-01-01"),
    ("C'est une formation de 4 jours en janvier.", "start_date", "2027-01-01"),
    ("È una formazione di 4 giorni a gennaio.", "start_date", "2027-01-01"),
    ("januari", "start_date", "2027-01-01"),  # a month alone as the whole answer
    ("in March 2016", "start_date", "2016-03-01"),
    ("until June", "end_date", "2027-06-30"),
])
def test_a_month_without_its_day_is_marked(text: str, entity: str, value: str) -> None:
    (found,) = dates(text)
    assert found[0] == entity and found[1] == value and found[4], found


@pytest.mark.parametrize("text", ["mid March", "from 9 March", "1 April to 30 June 2026"])
def test_a_date_with_its_day_is_not_marked(text: str) -> None:
    assert all(not d[4] and not d[3] for d in dates(text)), dates(text)


@pytest.mark.parametrize("text", [
    "Ik werk als laborant... een korte training... Kan dat?",
    "I work as a lab technician... a short training... Is that possible?",
    "Je travaille comme laborantin... une courte formation... C'est possible ?",
    "Lavoro come tecnico di laboratorio... una breve formazione... È possibile?",
    "I was finishing my PhD at IMT, wanted a 3 month traineeship at a company in Munich",
    "je finissais mon doctorat à l'IMT, je voulais un stage de 3 mois dans une entreprise à Munich",
    "stavo finendo il dottorato all'IMT, volevo un tirocinio di 3 mesi in un'azienda a Monaco",
    "ik rondde mijn doctoraat af aan het IMT en wilde een stage van 3 maanden bij een bedrijf in München",
])
def test_messages_without_a_date_give_none(text: str) -> None:
    assert dates(text) == []
