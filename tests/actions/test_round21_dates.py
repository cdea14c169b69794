"""Round 21 of simulated users: dates and numbers read wrongly. "fine agosto intendo il 31. comunque ne ho già
fatti 6" (the prior Erasmus months asked, the end 31 August taken from "a fine agosto") moved the start to 31
August, made the end 31 August 2015 and noted 31 Erasmus months; the correction "inizio 1 febbraio 2016, fine
31 agosto 2016. i mesi di erasmus già fatti sono 6, non 31" kept the 31 months. "the online sessions start
mid May, do those days count for the money too?" moved the start of 8-12 June in Tartu to 15 May (29 days);
"im not working or anything, just studying" made the blended mobility a study period ("not eligible")."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.nlu.extract import extract
from tests.actions.answered import answered, no_cant_find
from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond

LUCCA_OPEN = "2016-01-10"
SIM_TODAY = "2026-12-02"  # the simulated users' servers: the Lucca call ended ten years before
ITM_OPEN = "2025-12-01"
PARIS = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
         "destination": "FR", "destination_city": "Paris", "receiving_org": "hei", "start_date": "2016-02-01",
         "end_date": "2016-08-31", "supervisor_authorised": True}
TARTU = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "short_term_blended",
         "destination": "EE", "destination_city": "Tartu", "receiving_org": "hei", "citizenship": ["KE"],
         "start_date": "2026-06-08", "end_date": "2026-06-12", "virtual_component": True}


async def hear(dispatcher: Any, monkeypatch: pytest.MonkeyPatch, today: str, slots: dict[str, Any],
               text: str, lang: str, more: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The slot events of the reply to `text`, with the entities the extractor finds on `today` (and `more`,
    as the trained NLU may add)."""
    monkeypatch.setenv("MOBILITY_TODAY", today)
    entities = extract(text, dt.date.fromisoformat(today)) + (more or [])
    return await respond(dispatcher, text=text, slots={**slots, "language": lang}, entities=entities)


# 1. A day said to restate a date is that date's day; the months count is the number said as one.
RESTATED = [
    ("it", "fine agosto intendo il 31. comunque ne ho già fatti 6, sempre durante il dottorato",
     "Preso nota: mesi Erasmus già ricevuti: 6."),
    ("en", "end of August, I mean the 31st. anyway I already did 6, also during the PhD",
     "Noted: previous Erasmus months: 6."),
    ("fr", "fin août, je veux dire le 31. sinon j'en ai déjà fait 6, pendant le doctorat",
     "C'est noté : mois Erasmus déjà reçus: 6."),
    ("nl", "eind augustus, ik bedoel de 31e. ik heb er trouwens al 6 gedaan, ook tijdens het doctoraat",
     "Genoteerd: eerdere Erasmusmaanden: 6."),
]
LEFT_180 = {"it": "6 mesi Erasmus precedenti più 210 giorni superano il massimo di 12 mesi",
            "en": "6 earlier Erasmus months plus 210 days exceed the 12-month maximum",
            "fr": "6 mois Erasmus antérieurs plus 210 jours dépassent le maximum de 12 mois",
            "nl": "6 eerdere Erasmusmaanden plus 210 dagen overschrijden het maximum van 12 maanden"}


@pytest.mark.parametrize(("lang", "text", "noted"), RESTATED)
@pytest.mark.parametrize("today", [LUCCA_OPEN, SIM_TODAY])
async def test_a_day_restating_the_end_is_its_day_and_the_count_is_the_months(dispatcher, monkeypatch, lang,
                                                                               text, noted, today):
    got = await hear(dispatcher, monkeypatch, today, {**PARIS, "asked": "prior_erasmus_months"}, text, lang)
    reply = texts(dispatcher)
    assert got.get("prior_erasmus_months") == 6.0, got
    assert "start_date" not in got and got.get("end_date", "2016-08-31") == "2016-08-31", got
    assert noted in reply and LEFT_180[lang] in reply, reply
    assert "→" not in reply and ": 31" not in reply, reply  # no start moved, no 31 months
    assert not any(f"{month} 2015" in reply for month in ("agosto", "August", "août", "augustus")), reply


@pytest.mark.parametrize(("lang", "text", "end"), [
    ("it", "fine agosto, intendo il 30", "2016-08-30"),  # another day than the one taken: the end moves
    ("en", "end of August, I mean the 30th", "2016-08-30"),
    ("fr", "fin juillet, le 31", "2016-07-31"),  # the apposition of round 20 still holds
])
@pytest.mark.parametrize("today", [LUCCA_OPEN, SIM_TODAY])
async def test_a_day_after_its_month_with_i_mean_is_that_month_s(dispatcher, monkeypatch, lang, text, end,
                                                                 today):
    got = await hear(dispatcher, monkeypatch, today, PARIS, text, lang)
    assert got.get("end_date") == end and "start_date" not in got, got


@pytest.mark.parametrize(("lang", "text"), [("it", "intendo il 31"), ("en", "I mean the 31st"),
                                            ("fr", "je veux dire le 31"), ("nl", "ik bedoel de 31e")])
async def test_i_mean_with_the_day_of_the_end_said_again_changes_nothing(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, LUCCA_OPEN, PARIS, text, lang)
    assert "start_date" not in got and got.get("end_date", "2016-08-31") == "2016-08-31", got
    assert "→" not in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text", "months"), [
    ("en", "6", 6.0),
    ("it", "nessuno", 0.0),
    ("en", "I did 2 weeks in Ghent once, and 5 months in my PhD", 5.0),
    ("fr", "3 mois", 3.0),
    ("it", "il 31 agosto finisco, e ne ho fatti 4", 4.0),
    ("en", "no, the erasmus months I already did are 6, not 31", 6.0),  # the "no" is no 0
])
async def test_the_months_answer_takes_the_count_not_a_day(dispatcher, monkeypatch, lang, text, months):
    got = await hear(dispatcher, monkeypatch, LUCCA_OPEN, {**PARIS, "asked": "prior_erasmus_months"}, text,
                     lang)
    assert got.get("prior_erasmus_months") == months, got


# The correction fixes every value it states, the months too though they were not asked.
WRONG = {**PARIS, "start_date": "2016-08-31", "end_date": None, "prior_erasmus_months": 31.0}
CORRECTIONS = [
    ("it", "no aspetta, hai capito male. inizio 1 febbraio 2016, fine 31 agosto 2016. i mesi di erasmus già "
           "fatti sono 6, non 31", "mesi Erasmus già ricevuti: 31 → 6"),
    ("en", "no wait, you got it wrong. start 1 February 2016, end 31 August 2016. the erasmus months I "
           "already did are 6, not 31", "previous Erasmus months: 31 → 6"),
    ("fr", "non attends, tu as mal compris. début le 1 février 2016, fin le 31 août 2016. les mois d'erasmus "
           "déjà faits sont 6, pas 31", "mois Erasmus déjà reçus: 31 → 6"),
    ("nl", "nee wacht, je hebt het verkeerd begrepen. begin 1 februari 2016, einde 31 augustus 2016. de "
           "erasmusmaanden die ik al gedaan heb zijn 6, niet 31", "eerdere Erasmusmaanden: 31 → 6"),
]


@pytest.mark.parametrize(("lang", "text", "months"), CORRECTIONS)
async def test_a_correction_fixes_every_value_it_states(dispatcher, monkeypatch, lang, text, months):
    got = await hear(dispatcher, monkeypatch, LUCCA_OPEN, WRONG, text, lang)
    assert got.get("start_date") == "2016-02-01" and got.get("end_date") == "2016-08-31", got
    assert got.get("prior_erasmus_months") == 6.0, got
    assert months in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [("it", "i mesi di erasmus che vorrei fare sono 6"),
                                            ("en", "my Erasmus would be 5 months, from 1 February 2016")])
async def test_months_of_the_plan_are_no_months_done(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, LUCCA_OPEN, WRONG, text, lang)
    assert "prior_erasmus_months" not in got, got


# 2. A date said of the online part is not the stay's; the question about those days gets its answer.
ONLINE = [
    ("en", "the online sessions start mid May, do those days count for the money too or only the 5 days in "
           "Tartu?", "Only your 5 days in Tartu (8 June 2026 to 12 June 2026) count in the grant estimate:"),
    ("fr", "les sessions en ligne commencent mi-mai, est-ce que ces jours comptent aussi pour l'argent ou "
           "seulement les 5 jours à Tartu ?",
     "Seuls vos 5 jours à Tartu (du 8 juin 2026 au 12 juin 2026) comptent dans l'estimation de la bourse :"),
    ("nl", "het online deel begint half mei, tellen die dagen ook mee voor het geld of alleen de 5 dagen in "
           "Tartu?", "Alleen uw 5 dagen in Tartu (8 juni 2026 tot 12 juni 2026) tellen mee in de raming"),
    ("it", "la parte online inizia a metà maggio, quei giorni contano anche per i soldi o solo i 5 giorni a "
           "Tartu?", "Nella stima del contributo contano solo i Suoi 5 giorni a Tartu (dall'8 giugno 2026"),
]


@pytest.mark.parametrize(("lang", "text", "first"), ONLINE)
async def test_a_date_of_the_online_part_is_no_stay_date(dispatcher, monkeypatch, lang, text, first):
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    slots = await answered(TARTU, lang)
    got = await hear(dispatcher, monkeypatch, ITM_OPEN, slots, text, lang)
    reply = texts(dispatcher)
    assert "start_date" not in got and "end_date" not in got, got
    assert reply.startswith(first) and "× 79 EUR" in reply, reply
    assert not any(amount in reply for amount in ("1,946", "1.946", "1 946", "× 56 EUR")), reply
    no_cant_find(reply)


@pytest.mark.parametrize(("lang", "text", "start", "end"), [
    ("en", "the online sessions start mid May, and I'm in Tartu from 9 to 13 June", "2026-06-09",
     "2026-06-13"),
    ("fr", "la semaine à Tartu commence finalement le 9 juin", "2026-06-09", None),
    ("it", "la settimana a Tartu inizia il 9 giugno", "2026-06-09", None),
])
async def test_the_physical_stay_s_dates_still_move(dispatcher, monkeypatch, lang, text, start, end):
    got = await hear(dispatcher, monkeypatch, ITM_OPEN, TARTU, text, lang)
    assert got.get("start_date") == start and got.get("end_date") == end, got


# 3. Words describing the person ("just studying") never change the activity given.
STUDYING = [
    ("en", "first come first served, so i should apply way earlier than april 8 then? and also, im not "
           "working or anything, just studying, that doesnt matter right", "studying"),
    ("en", "i'm not working, I'm a full-time student, just so you know", "student"),
    ("fr", "je ne travaille pas, je fais juste mes études, voilà", "études"),
    ("nl", "ik werk niet, ik studeer gewoon, dat is alles", "studeer"),
    ("it", "non lavoro, sto solo studiando, tutto qui", "studiando"),
]


@pytest.mark.parametrize(("lang", "text", "words"), STUDYING)
async def test_just_studying_describes_the_person_not_the_mobility(dispatcher, monkeypatch, lang, text,
                                                                   words):
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    slots = await answered(TARTU, lang)
    # The trained NLU may read the activity where the rule extractor does not: the words are given as one.
    got = await hear(dispatcher, monkeypatch, ITM_OPEN, slots, text, lang,
                     [said(text, "activity", "study", words)])
    assert "activity" not in got and "start_date" not in got, got
    reply = texts(dispatcher)
    assert "→" not in reply and "Study period" not in reply and "Periodo di studio" not in reply, reply


@pytest.mark.parametrize(("lang", "text", "words", "changed"), [
    ("en", "actually I want a study period instead", "study period",
     "Updated: the kind of mobility: Blended short-term mobility → Study period."),
    ("it", "anzi, vorrei fare un semestre di scambio", "scambio", "Aggiornato: il tipo di mobilità:"),
    ("en", "actually I'd rather just study abroad for a semester", "study abroad",
     "Updated: the kind of mobility: Blended short-term mobility → Study period."),
    ("nl", "eigenlijk wil ik liever gewoon een studieperiode doen", "studieperiode",
     "Bijgewerkt: het soort mobiliteit:"),
])
async def test_a_real_change_of_activity_still_changes_it(dispatcher, monkeypatch, lang, text, words,
                                                          changed):
    got = await hear(dispatcher, monkeypatch, ITM_OPEN, TARTU, text, lang, [said(text, "activity", "study",
                                                                                 words)])
    assert got.get("activity") == "study", got
    assert changed in texts(dispatcher), texts(dispatcher)
