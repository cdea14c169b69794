"""Round 19 of simulated users: dates read wrongly in conversation. Weekday names inside a range ("Du lundi 9
au vendredi 13 mars") made it a stay of 13-17 March; the correction with weekday names took the start
only; "I keep 20 February as planned" set the start instead of putting the end back; a month said about the
organisers' confirmation or the plan in general overwrote the end; "il primo marzo" was said to have no
day."""
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
STAY_FIELDS = ("start_date", "end_date", "start_month", "duration")
NOT_SAID = ("the day was not said", "le jour n'a pas été précisé", "de dag werd niet genoemd",
            "il giorno non è stato indicato")


@pytest.fixture(autouse=True)
def today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", TODAY)


async def reply_to(dispatcher: Any, lang: str, text: str, stay: dict[str, Any],
                   events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The slot events of the reply to `text` as the NLU reads it on the test's today."""
    ents = extract(text, today=dt.date.fromisoformat(TODAY))
    return await respond(dispatcher, text=text, slots={**PHD, **stay, "language": lang}, entities=ents,
                         events=events or [])


NOTED = {"en": "Noted: start date: 9 March 2026; end date: 13 March 2026.",
         "fr": "C'est noté : date de début: 9 mars 2026; date de fin: 13 mars 2026.",
         "nl": "Genoteerd: begindatum: 9 maart 2026; einddatum: 13 maart 2026.",
         "it": "Preso nota: data di inizio: 9 marzo 2026; data di fine: 13 marzo 2026."}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Du lundi 9 au vendredi 13 mars."),
    ("en", "from Monday 9 to Friday 13 March"),
    ("nl", "van maandag 9 tot vrijdag 13 maart"),
    ("it", "da lunedì 9 a venerdì 13 marzo"),
    # the same without the weekday names, as before
    ("fr", "du 9 au 13 mars"),
    ("en", "from 9 to 13 March"),
    ("nl", "van 9 tot 13 maart"),
    ("it", "dal 9 al 13 marzo"),
])
async def test_weekday_names_inside_a_range_leave_the_range_as_said(dispatcher, lang, text):
    # A 5-day training said before: the 13th as the start had made it 13-17 March.
    got = await reply_to(dispatcher, lang, text, {"duration": "P5D"})
    assert (got["start_date"], got["end_date"]) == ("2026-03-09", "2026-03-13"), got
    assert NOTED[lang] in texts(dispatcher), texts(dispatcher)


UPDATED = {"en": "Updated: start date: 13 March 2026 → 9 March 2026; end date: 17 March 2026 → 13 March "
                 "2026.",
           "fr": "Mis à jour : date de début: 13 mars 2026 → 9 mars 2026; date de fin: 17 mars 2026 → 13 "
                 "mars 2026.",
           "nl": "Bijgewerkt: begindatum: 13 maart 2026 → 9 maart 2026; einddatum: 17 maart 2026 → 13 maart "
                 "2026.",
           "it": "Aggiornato: data di inizio: 13 marzo 2026 → 9 marzo 2026; data di fine: 17 marzo 2026 → 13 "
                 "marzo 2026."}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Non, début lundi 9 mars, fin vendredi 13."),
    ("en", "no, start Monday 9 March and end Friday 13"),
    ("nl", "nee, begin maandag 9 maart en einde vrijdag 13"),
    ("it", "no, inizio lunedì 9 marzo e fine venerdì 13"),
    ("fr", "non, du lundi 9 mars au vendredi 13 mars"),
    ("fr", "Non, départ le 9 mars, retour le 13 mars"),
    # as before: without weekday names
    ("en", "no, start 9 March and end 13 March"),
    ("fr", "Non, début le 9 mars et fin le 13 mars"),
    ("nl", "nee, begin 9 maart en einde 13 maart"),
    ("it", "no, inizio 9 marzo e fine 13 marzo"),
])
async def test_a_correction_of_both_dates_takes_both(dispatcher, lang, text):
    got = await reply_to(dispatcher, lang, text, {"start_date": "2026-03-13", "end_date": "2026-03-17"})
    assert (got.get("start_date"), got.get("end_date")) == ("2026-03-09", "2026-03-13"), got
    assert UPDATED[lang] in texts(dispatcher), texts(dispatcher)


# The end moved from 20 February to 6 March (the start, 16 February, never changed).
MOVED = [{"event": "slot", "name": "start_date", "value": "2026-02-16"},
         {"event": "slot", "name": "end_date", "value": "2026-02-20"},
         {"event": "slot", "name": "end_date", "value": "2026-03-06"}]
MOVED_STAY = {"start_date": "2026-02-16", "end_date": "2026-03-06"}
BACK = {"en": "Updated: end date: 6 March 2026 → 20 February 2026.",
        "fr": "Mis à jour : date de fin: 6 mars 2026 → 20 février 2026.",
        "nl": "Bijgewerkt: einddatum: 6 maart 2026 → 20 februari 2026.",
        "it": "Aggiornato: data di fine: 6 marzo 2026 → 20 febbraio 2026."}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ok no then I keep 20 February as planned"),
    ("en", "ok, I keep 20 February like before"),
    ("nl", "ik houd het bij 20 februari zoals gepland"),
    ("fr", "je garde le 20 février comme prévu"),
    ("it", "tengo il 20 febbraio come previsto"),
])
async def test_a_date_kept_as_planned_goes_back_to_the_field_that_had_it(dispatcher, lang, text,
                                                                        monkeypatch):
    got = await reply_to(dispatcher, lang, text, MOVED_STAY, MOVED)
    assert got.get("end_date") == "2026-02-20" and "start_date" not in got, got
    assert BACK[lang] in texts(dispatcher), texts(dispatcher)
    # Said after February (the NLU reads "20 February" as next year's): the value given before, its year kept.
    monkeypatch.setenv("MOBILITY_TODAY", "2026-04-10")
    got = await reply_to(dispatcher, lang, text, MOVED_STAY, MOVED)
    assert got.get("end_date") == "2026-02-20" and "start_date" not in got, got


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a day never given before, "as planned" or not: read as before (a start, the day said)
    ("en", "ok no then I keep 18 February as planned",
     "Updated: start date: 16 February 2026 → 18 February 2026."),
    ("en", "ok then 18 February", "Updated: start date: 16 February 2026 → 18 February 2026."),
    ("fr", "je garde le 18 février comme prévu",
     "Mis à jour : date de début: 16 février 2026 → 18 février 2026."),
])
async def test_a_new_date_said_as_planned_is_read_as_before(dispatcher, lang, text, expected):
    got = await reply_to(dispatcher, lang, text, MOVED_STAY, MOVED)
    assert got.get("start_date") == "2026-02-18" and "end_date" not in got, got
    assert expected in texts(dispatcher), texts(dispatcher)


MAY = {"start_date": "2026-05-04", "end_date": "2026-05-13"}
NOT_THE_STAY = ("Updated:", "Mis à jour", "Bijgewerkt", "Aggiornato", "before the start date",
                "antérieure à la date de début", "ligt vóór de begindatum", "precedente a quella di inizio",
                "388")
MARCH = {"start_date": "2026-03-08", "end_date": "2026-03-12"}


@pytest.mark.parametrize(("lang", "stay", "text"), [
    ("nl", MAY,
     "Als de organisatoren het programma pas eind maart bevestigen, kan ik dan nog laat aanvragen?"),
    ("fr", MAY, "Si les organisateurs ne confirment le programme que fin mars, je peux encore postuler ?"),
    ("it", MAY, "Se gli organizzatori confermano il programma solo a fine marzo, posso ancora candidarmi?"),
    ("en", MAY, "If the organisers only confirm the programme at the end of March, can I still apply late?"),
    ("en", MARCH, "So for March 2027, realistically, what should I do now?"),
    ("fr", MARCH, "Donc pour mars 2027, concrètement, je fais quoi maintenant ?"),
    ("nl", MARCH, "Dus voor maart 2027, wat moet ik nu realistisch gezien doen?"),
    ("it", MARCH, "Quindi per marzo 2027, realisticamente, cosa dovrei fare adesso?"),
    ("en", MARCH, "If the next call works like the old one, I'd have to apply by early January, yes?"),
    ("en", MARCH,
     "If the next call works like the old one, the application would be due early January, right?"),
])
async def test_a_month_said_about_something_else_leaves_the_stay(dispatcher, lang, stay, text):
    got = await reply_to(dispatcher, lang, text, stay)
    reply = texts(dispatcher)
    assert not set(STAY_FIELDS) & set(got), got
    # (when they would apply may be checked against the date to apply by: "31 maart 2026 zou te laat zijn")
    assert not any(words in reply for words in NOT_THE_STAY), reply


@pytest.mark.parametrize(("lang", "stay", "text", "expected"), [
    ("en", MAY, "actually until end of June", "Updated: end date: 13 May 2026 → 30 June 2026"),
    ("nl", MAY, "tot eind juni", "Bijgewerkt: einddatum: 13 mei 2026 → 30 juni 2026"),
    ("fr", MAY, "jusqu'à fin juin", "Mis à jour : date de fin: 13 mai 2026 → 30 juin 2026"),
    ("it", MAY, "fino a fine giugno", "Aggiornato: data di fine: 13 maggio 2026 → 30 giugno 2026"),
    ("nl", MAY, "eigenlijk blijf ik tot eind juni", "Bijgewerkt: einddatum: 13 mei 2026 → 30 juni 2026"),
    # asked, with the stay named: as before, a change of the end
    ("en", MAY, "Can I extend it to June?", "Updated: end date: 13 May 2026 → 30 June 2026"),
    ("fr", MAY, "je peux prolonger jusqu'en juin ?", "Mis à jour : date de fin: 13 mai 2026 → 30 juin 2026"),
    ("nl", MAY, "kan ik het verlengen tot eind juni?", "Bijgewerkt: einddatum: 13 mei 2026 → 30 juni 2026"),
    ("it", MAY, "posso prolungarlo fino a giugno?",
     "Aggiornato: data di fine: 13 maggio 2026 → 30 giugno 2026"),
])
async def test_a_real_change_of_the_stay_to_a_month_still_moves_it(dispatcher, lang, stay, text, expected):
    got = await reply_to(dispatcher, lang, text, stay)
    assert got.get("end_date") == "2026-06-30", got
    assert expected in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text", "noted"), [
    ("it", "dal primo marzo fino a fine giugno", "data di inizio: 1 marzo 2026;"),
    ("fr", "du premier mars à fin juin", "date de début: 1er mars 2026;"),
    ("fr", "du 1er mars à fin juin", "date de début: 1er mars 2026;"),
    ("en", "from the first of March until end of June", "start date: 1 March 2026;"),
])
async def test_the_first_said_in_words_is_a_day(dispatcher, lang, text, noted):
    got = await reply_to(dispatcher, lang, text, {})
    reply = texts(dispatcher)
    assert (got["start_date"], got["end_date"]) == ("2026-03-01", "2026-06-30"), got
    first_line = reply.splitlines()[0]
    assert noted in first_line, reply  # the start said without the note; so is the end ("fine giugno")
    # (round 24: "the end of June" names its last day, no longer said to be assumed)
    assert not any(words in first_line for words in NOT_SAID), first_line


async def test_a_month_without_its_day_still_says_so(dispatcher):
    got = await reply_to(dispatcher, "it", "da marzo fino a giugno", {})
    first_line = texts(dispatcher).splitlines()[0]
    assert (got["start_date"], got["end_date"]) == ("2026-03-01", "2026-06-30"), got
    assert first_line.count("il giorno non è stato indicato") == 2, first_line
