"""Round 12 of simulated users: dates said in part (a month or day without its year, a day without its month,
a month without its day, a length without any date), as the real extractor reads them, through action_respond
on tracker fixtures: the slot events and the reply. The simulated users' servers ran on 2 December 2026
(MOBILITY_TODAY), with both calls closed."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from actions import i18n
from bot.nlu.extract import extract
from tests.actions.conftest import texts
from tests.actions.test_dialogue import respond

SIM_TODAY = "2026-12-02"
ASSUMED = {"en": "the day was not said", "fr": "le jour n'a pas été précisé",
           "nl": "de dag werd niet genoemd", "it": "il giorno non è stato indicato"}


async def hear(dispatcher: Any, monkeypatch: pytest.MonkeyPatch, text: str, slots: dict[str, Any],
               today: str = SIM_TODAY, intent: str = "inform") -> dict[str, Any]:
    """The slot events of action_respond for `text`, with the entities the extractor finds on `today`."""
    monkeypatch.setenv("MOBILITY_TODAY", today)
    entities = extract(text, dt.date.fromisoformat(today))
    return await respond(dispatcher, text=text, intent=intent, entities=entities, slots=slots)


# 1. IMT Lucca 2015/2016, "what would have applied to me?": months and days take the call's years.
LUCCA_AS_IF = {"call": "imt-lucca-2015", "closed_told": "imt-lucca-2015", "hypothetical": True,
               "goal": "eligibility", "role": "phd_student", "activity": "traineeship", "destination": "DE",
               "destination_city": "Munich", "receiving_org": "enterprise"}


@pytest.mark.parametrize(("lang", "text", "month"), [
    ("en", "I'd go in June", "June 2016"),
    ("en", "For the 2015/2016 call: I'd go in June", "June 2016"),  # a year elsewhere is not June's year
    ("fr", "je partirais en juin", "juin 2016"),
    ("nl", "ik zou in juni vertrekken", "juni 2016"),
    ("it", "partirei a giugno", "giugno 2016"),
])
async def test_a_month_as_if_in_time_is_in_the_calls_period_and_its_day_is_asked(
        dispatcher, monkeypatch, lang, text, month):
    # It was read as June 2027 (the next June after today) and taken as its 1st.
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA_AS_IF, "language": lang})
    reply = texts(dispatcher)
    assert got.get("start_month") == "2016-06" and "start_date" not in got, got
    assert got.get("asked") == "start_date" and month in reply and "2027" not in reply, reply


@pytest.mark.parametrize(("lang", "text", "end"), [
    ("en", "I'd stay until September", "2016-09-30"),
    ("en", "by June", "2016-06-30"),
    ("fr", "jusqu'en septembre", "2016-09-30"),
    ("nl", "tot september", "2016-09-30"),
    ("it", "fino a settembre", "2016-09-30"),
])
async def test_a_month_as_the_end_is_its_last_day_in_the_calls_years_said_as_assumed(
        dispatcher, monkeypatch, lang, text, end):
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA_AS_IF, "language": lang})
    assert got.get("end_date") == end and "start_date" not in got, got
    assert ASSUMED[lang] in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "do I need to have graduated before applying? I only defended in March"),
    ("fr", "faut-il avoir soutenu avant de postuler ? j'ai seulement soutenu en mars"),
    ("nl", "moet ik afgestudeerd zijn voor ik me kandidaat stel? ik heb pas in maart verdedigd"),
    ("it", "devo essermi laureato prima di candidarmi? ho discusso la tesi solo a marzo"),
])
async def test_a_graduation_month_said_with_a_question_is_in_the_calls_years(dispatcher, monkeypatch, lang,
                                                                             text):
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA_AS_IF, "language": lang})
    assert got.get("graduation_date") == "2016-03-01", got  # was 1 March 2026
    assert not {"start_date", "end_date", "start_month"} & set(got), got


@pytest.mark.parametrize("stored", ["2016-03-10", "2016-03-01"])
async def test_a_graduation_month_said_again_keeps_the_date_given(dispatcher, monkeypatch, stored):
    text = "do I need to have graduated before applying? I only defended in March"
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA_AS_IF, "graduation_date": stored})
    assert "graduation_date" not in got, got


async def test_a_graduation_stored_in_a_wrong_year_is_corrected_and_said(dispatcher, monkeypatch):
    text = "I only defended in March"
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA_AS_IF, "graduation_date": "2026-03-01"})
    assert got.get("graduation_date") == "2016-03-01", got
    assert "1 March 2026 → 1 March 2016" in texts(dispatcher), texts(dispatcher)


# 2. A length alone never makes a start.
LUCCA_ASKED = {"call": "imt-lucca-2015", "closed_told": "imt-lucca-2015", "hypothetical": True,
               "goal": "eligibility", "asked": "role"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I was finishing my PhD at IMT, wanted a 3 month traineeship at a company in Munich"),
    ("fr", "je finissais mon doctorat à l'IMT, je voulais un stage de 3 mois dans une entreprise à Munich"),
    ("it", "stavo finendo il dottorato all'IMT, volevo un tirocinio di 3 mesi in un'azienda a Monaco di "
           "Baviera"),
    ("nl", "ik rondde mijn doctoraat af aan het IMT en wilde een stage van 3 maanden bij een bedrijf in "
           "München"),
])
async def test_a_length_without_dates_is_kept_and_the_start_asked(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA_ASKED, "language": lang})
    assert got.get("duration") == "P3M" and got.get("asked") == "start_date", got
    assert not {"start_date", "end_date", "start_month"} & set(got), got
    assert "✗" not in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I was finishing my PhD at IMT in January, wanted a 3 month traineeship at a company in Munich"),
    ("fr", "je finissais mon doctorat en janvier, je voulais un stage de 3 mois dans une entreprise à "
           "Munich"),
])
async def test_the_month_a_phd_ends_is_the_graduation_not_the_stay(dispatcher, monkeypatch, lang, text):
    # "finishing ... in January" was the stay's end (1 January 2016), then a start of 1 January 2016 and a
    # "not eligible: your start on 1 January 2016 is before 1 February 2016".
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA_ASKED, "language": lang})
    assert got.get("graduation_date") == "2016-01-01" and got.get("duration") == "P3M", got
    assert not {"start_date", "end_date", "start_month"} & set(got), got


# 3. A month without its day as the start: kept open, its day asked.
ITM_STAFF = {"call": "itm-2024", "role": "staff", "goal": "eligibility", "activity": "staff_training",
             "destination": "ES", "destination_city": "Madrid"}
ITM_OPEN = "2025-10-01"
JANUARY = {**ITM_STAFF, "start_month": "2026-01", "duration": "P4D", "asked": "start_date"}


@pytest.mark.parametrize(("lang", "text", "question"), [
    ("nl", "Het is een training van 4 dagen in januari.", "Op welke dag in januari 2026"),
    ("en", "It's a 4-day training in January.", "On which day in January 2026"),
    ("fr", "C'est une formation de 4 jours en janvier.", "Quel jour en janvier 2026"),
    ("it", "È una formazione di 4 giorni a gennaio.", "In quale giorno di gennaio 2026"),
])
async def test_a_month_without_its_day_is_kept_open_and_the_day_asked(dispatcher, monkeypatch, lang, text,
                                                                     question):
    # It was 1 to 4 January 2026, with "Uw start op 1 januari 2026 valt niet voor 1 september 2024".
    got = await hear(dispatcher, monkeypatch, text, {**ITM_STAFF, "language": lang}, today=ITM_OPEN)
    assert got.get("start_month") == "2026-01" and got.get("duration") == "P4D", got
    assert "start_date" not in got and "end_date" not in got and got.get("asked") == "start_date", got
    assert question in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [("nl", "de 12e"), ("en", "the 12th"), ("fr", "le 12"),
                                            ("it", "il 12"), ("nl", "Op 12 januari")])
async def test_the_day_asked_completes_the_month_and_the_length(dispatcher, monkeypatch, lang, text):
    slots = {**JANUARY, "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, today=ITM_OPEN)
    assert (got.get("start_date"), got.get("end_date")) == ("2026-01-12", "2026-01-15"), got
    assert got.get("start_month", "") is None and got.get("duration", "") is None, got


@pytest.mark.parametrize(("lang", "text"), [("nl", "geen idee"), ("en", "no idea"),
                                            ("fr", "je ne sais pas encore"), ("it", "non lo so ancora")])
async def test_a_day_not_known_yet_is_the_1st_said_as_assumed(dispatcher, monkeypatch, lang, text):
    slots = {**JANUARY, "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, today=ITM_OPEN, intent="dont_know")
    assert (got.get("start_date"), got.get("end_date")) == ("2026-01-01", "2026-01-04"), got
    assert ASSUMED[lang] in texts(dispatcher) and "start_date" not in (got.get("skipped") or []), got


@pytest.mark.parametrize(("lang", "text", "question"), [
    ("en", "actually from June", "On which day in June 2026"),
    ("it", "anzi, da giugno", "In quale giorno di giugno 2026"),
])
async def test_a_new_start_month_replaces_the_start_and_asks_its_day(dispatcher, monkeypatch, lang, text,
                                                                     question):
    slots = {**ITM_STAFF, "language": lang, "start_date": "2026-05-04", "asked": "end_date"}
    got = await hear(dispatcher, monkeypatch, text, slots, today=ITM_OPEN)
    assert got.get("start_date", "") is None and got.get("start_month") == "2026-06", got
    assert question in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [("en", "in May"), ("nl", "in mei"), ("fr", "en mai")])
async def test_a_month_answering_the_end_question_is_its_last_day(dispatcher, monkeypatch, lang, text):
    slots = {**ITM_STAFF, "language": lang, "start_date": "2026-05-04", "asked": "end_date"}
    got = await hear(dispatcher, monkeypatch, text, slots, today=ITM_OPEN)
    assert got.get("end_date") == "2026-05-31" and "start_date" not in got, got
    assert ASSUMED[lang] in texts(dispatcher), texts(dispatcher)


# 4. A day without its month ends in the start's month (or the next one).
ITM_MARCH = {**ITM_STAFF, "start_date": "2026-03-09", "asked": "end_date"}


@pytest.mark.parametrize(("lang", "text", "end"), [
    ("en", "Until the 15th.", "2026-03-15"),
    ("fr", "Jusqu'au 15.", "2026-03-15"),
    ("nl", "Tot de 15e.", "2026-03-15"),
    ("it", "Fino al 15.", "2026-03-15"),
    ("fr", "le 15", "2026-03-15"),
    ("it", "il 15", "2026-03-15"),
    ("nl", "de 15e", "2026-03-15"),
    ("en", "until the 5th", "2026-04-05"),  # the 5th of March is before the start
])
async def test_a_day_alone_as_the_end_takes_the_starts_month(dispatcher, monkeypatch, lang, text, end):
    got = await hear(dispatcher, monkeypatch, text, {**ITM_MARCH, "language": lang}, today="2026-01-20")
    assert got.get("end_date") == end and "start_date" not in got, got
    assert i18n.fmt_date(end, lang) in texts(dispatcher), texts(dispatcher)


# 5. "until mid July" is the end, on the 15th; a correction without a cue after the stay moves the end.
NGO = {"call": "itm-2024", "closed_told": "itm-2024", "hypothetical": True, "role": "msc_student",
       "goal": "eligibility", "activity": "traineeship", "destination": "ES", "destination_city": "Madrid",
       "receiving_org": "ngo", "start_date": "2026-04-01", "end_date": "2026-06-30", "asked": "citizenship"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the NGO said maybe I could stay until mid July"),
    ("en", "the NGO said maybe I could stay until mid July instead of end of June"),
    ("fr", "l'ONG m'a dit que je pourrais peut-être rester jusqu'à mi-juillet"),
    ("nl", "de ngo zei dat ik misschien tot half juli kon blijven"),
    ("it", "la ONG ha detto che forse potrei restare fino a metà luglio"),
])
async def test_staying_until_mid_month_moves_the_end_to_the_15th(dispatcher, monkeypatch, lang, text):
    # It stayed "end date: 30 June 2026 (the day was not said...)".
    got = await hear(dispatcher, monkeypatch, text, {**NGO, "language": lang})
    assert got.get("end_date") == "2026-07-15" and "start_date" not in got, got
    assert ASSUMED[lang] not in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "no, mid JULY, like 15 July 2026"),
    ("fr", "non, mi-JUILLET, genre le 15 juillet 2026"),
    ("nl", "nee, half JULI, dus 15 juli 2026"),
    ("it", "no, metà LUGLIO, cioè 15 luglio 2026"),
])
@pytest.mark.parametrize("stored_end", ["2026-06-30", "2026-07-15"])
async def test_a_date_after_the_stay_said_without_a_cue_is_its_end(dispatcher, monkeypatch, lang, text,
                                                                   stored_end):
    # It became the start: "The end date (30 June 2026) is before the start date (15 July 2026)".
    got = await hear(dispatcher, monkeypatch, text, {**NGO, "language": lang, "end_date": stored_end})
    assert "start_date" not in got and got.get("end_date", stored_end) == "2026-07-15", got
    assert "input_issue" not in {k for k, v in got.items() if v}, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the START is 1 April... it stays 1 April to 30 June 2026"),
    ("fr", "le DÉBUT c'est le 1er avril... ça reste du 1er avril au 30 juin 2026"),
    ("nl", "de START is 1 april... het blijft 1 april tot 30 juni 2026"),
    ("it", "l'INIZIO è il 1 aprile... resta dal 1 aprile al 30 giugno 2026"),
])
async def test_a_sentence_restating_both_dates_sets_both(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**NGO, "language": lang, "start_date": "2026-07-01",
                                                     "end_date": "2026-07-15"})
    assert (got.get("start_date"), got.get("end_date")) == ("2026-04-01", "2026-06-30"), got
    assert i18n.fmt_date("2026-07-01", lang) not in texts(dispatcher).split("→")[-1], texts(dispatcher)


# 6. No date where none was said.
@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ik werk als laborant... een korte training... Kan dat?"),
    ("en", "I work as a lab technician... a short training... Is that possible?"),
    ("fr", "Je travaille comme laborantin... une courte formation... C'est possible ?"),
    ("it", "Lavoro come tecnico di laboratorio... una breve formazione... È possibile?"),
])
@pytest.mark.parametrize("slots", [{}, {"call": "itm-2024", "goal": "eligibility"}])
async def test_a_short_training_without_dates_sets_no_date(dispatcher, monkeypatch, lang, text, slots):
    got = await hear(dispatcher, monkeypatch, text, {**slots, "language": lang}, today=ITM_OPEN,
                     intent="check_eligibility")
    assert not {"start_date", "end_date", "duration", "start_month", "graduation_date"} & set(got), got
