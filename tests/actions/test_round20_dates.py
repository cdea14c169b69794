"""Round 20 of simulated users: dates read wrongly in conversation. "I'll stick with 31 May" moved the start
to 31 May (a stay of 16 days); "Siemens said maybe I could stay until 15 June instead, would the grant
change?" was ignored; "partirei la sera del 19 e tornerei il 23" with a training of 20-22 April made the start
23 March; "Début février 2026, le 2 février. Et ça finirait fin juin, le 30." made a one-day stay on 30 June,
and the correction "je commence le 2 février 2026, pas le 30 juin ! Le 30 juin c'est la fin." changed
nothing."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.nlu.extract import extract
from tests.actions.conftest import texts
from tests.actions.test_dialogue import respond

LUCCA_OPEN = "2016-01-10"
SIM_TODAY = "2026-12-02"  # the simulated users' servers: both calls ended
ITM_OPEN = "2025-12-01"
SIEMENS = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
           "destination": "DE", "destination_city": "Munich", "receiving_org": "enterprise",
           "citizenship": ["GR"], "start_date": "2016-02-01", "end_date": "2016-05-31",
           "prior_erasmus_months": 4.0, "supervisor_authorised": True}
BARCELONA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "ES",
             "destination_city": "Barcelona", "citizenship": ["IT"], "receiving_org": "hei",
             "start_date": "2026-04-20", "end_date": "2026-04-22", "goal": "eligibility"}
QUEBEC = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "CA",
          "destination_city": "Laval", "receiving_org": "hei", "goal": "eligibility"}


async def hear(dispatcher: Any, monkeypatch: pytest.MonkeyPatch, today: str, slots: dict[str, Any],
               text: str, lang: str, events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The slot events of the reply to `text`, with the entities the extractor finds on `today`."""
    monkeypatch.setenv("MOBILITY_TODAY", today)
    entities = extract(text, dt.date.fromisoformat(today))
    return await respond(dispatcher, text=text, slots={**slots, "language": lang}, entities=entities,
                         events=events or [])


# 1. A date kept ("stick with", "je reste sur", "ik hou het bij", "resto sul") goes back to the field that
# had it; one that is the value of one date field never goes into the other.
HISTORY = [{"event": "slot", "name": "start_date", "value": "2016-02-01"},
           {"event": "slot", "name": "end_date", "value": "2016-05-31"},
           {"event": "slot", "name": "end_date", "value": "2016-06-15"}]
STICK = [
    ("en", "hmm ok, I think I'll stick with 31 May actually. So with Feb-May how many months of my 12 are "
           "used?"),
    ("en", "ok let's go with 31 May then"),
    ("fr", "bon, je reste sur le 31 mai finalement. Ça fait combien de mois sur mes 12 ?"),
    ("nl", "ok, ik hou het bij 31 mei. Hoeveel maanden van mijn 12 gebruik ik dan?"),
    ("it", "ok, resto sul 31 maggio. Quanti mesi dei miei 12 uso allora?"),
]
BACK_TO_MAY = {"en": "Updated: end date: 15 June 2016 → 31 May 2016.",
               "fr": "Mis à jour : date de fin: 15 juin 2016 → 31 mai 2016.",
               "nl": "Bijgewerkt: einddatum: 15 juni 2016 → 31 mei 2016.",
               "it": "Aggiornato: data di fine: 15 giugno 2016 → 31 maggio 2016."}


@pytest.mark.parametrize(("lang", "text"), STICK)
@pytest.mark.parametrize("today", [LUCCA_OPEN, SIM_TODAY])
async def test_a_date_stuck_with_goes_back_to_the_field_that_had_it(dispatcher, monkeypatch, lang, text,
                                                                     today):
    # The end had moved from 31 May to 15 June: "Updated: start date: 1 February 2016 → 31 May 2016", 16 days.
    got = await hear(dispatcher, monkeypatch, today, {**SIEMENS, "end_date": "2016-06-15"}, text, lang,
                     HISTORY)
    assert got.get("end_date") == "2016-05-31" and "start_date" not in got, got
    assert BACK_TO_MAY[lang] in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    *STICK,
    ("en", "ok, from my side 31 May is fine"),
    ("en", "let's leave it at 31 May then"),
])
async def test_the_stored_end_said_again_never_becomes_the_start(dispatcher, monkeypatch, lang, text):
    # The 15 June case was kept aside (answered as a what-if), the plan still ends on 31 May.
    case = {"what_if_case": {"end_date": "2016-06-15", "_fresh": True}}
    got = await hear(dispatcher, monkeypatch, LUCCA_OPEN, {**SIEMENS, **case}, text, lang, HISTORY[:2])
    assert "start_date" not in got and "end_date" not in got, got
    assert "❌" not in texts(dispatcher), texts(dispatcher)


async def test_a_new_start_date_still_moves_the_start(dispatcher, monkeypatch):
    got = await hear(dispatcher, monkeypatch, LUCCA_OPEN, SIEMENS, "ok, I start on 3 May", "en")
    assert got.get("start_date") == "2016-05-03" and "end_date" not in got, got


# 2. A change someone offers, asked about ("maybe I could stay until 15 June instead, would the grant
# change?"), is answered for that case and not stored.
CASE_LINE = {"en": "Only for this case, without changing what you told me: end date: 15 June 2016.",
             "fr": "Seulement pour ce cas, sans rien changer à ce que vous m'avez dit : date de fin: 15 juin "
                   "2016.",
             "nl": "Alleen voor dit geval, zonder te wijzigen wat u me vertelde: einddatum: 15 juni 2016.",
             "it": "Solo per questo caso, senza cambiare quello che mi ha detto: data di fine: 15 giugno "
                   "2016."}
FUNDED_DAYS = {"en": "135 funded days", "fr": "135 jours financés", "nl": "135 gefinancierde dagen",
               "it": "135 giorni finanziati"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ok. Siemens said maybe I could stay until 15 June instead, would the grant change?"),
    ("fr", "ok. Siemens m'a dit que je pourrais peut-être rester jusqu'au 15 juin, est-ce que le montant "
           "changerait ?"),
    ("nl", "ok. Siemens zei dat ik misschien tot 15 juni zou kunnen blijven, verandert het bedrag dan?"),
    ("it", "ok. Siemens mi ha detto che potrei restare fino al 15 giugno, cambierebbe l'importo?"),
])
async def test_a_change_offered_and_asked_about_is_answered_for_that_case(dispatcher, monkeypatch, lang,
                                                                           text):
    # The date was dropped as "a date inside a question about dates": the 31 May grant came again.
    got = await hear(dispatcher, monkeypatch, LUCCA_OPEN, SIEMENS, text, lang)
    assert "end_date" not in got, got
    assert got.get("what_if_case", {}).get("end_date") == "2016-06-15", got
    reply = texts(dispatcher)
    assert CASE_LINE[lang] in reply and FUNDED_DAYS[lang] in reply, reply


async def test_the_same_news_said_as_the_plan_sets_the_end(dispatcher, monkeypatch):
    text = "Siemens said I can stay until 15 June instead, so that is the plan now."
    got = await hear(dispatcher, monkeypatch, LUCCA_OPEN, SIEMENS, text, "en")
    assert got.get("end_date") == "2016-06-15", got
    assert "Updated: end date: 31 May 2016 → 15 June 2016." in texts(dispatcher), texts(dispatcher)


# 3. Days without a month take the month just named (or the stay's), never an earlier one; leaving and coming
# back say start and end.
DEPARTURE = [
    ("it", "La formazione è dal 20 al 22 aprile, ma probabilmente partirei la sera del 19 e tornerei il 23. "
           "Cambia la scadenza?"),
    ("it", "Un dubbio: la formazione è 20-22 aprile, ma probabilmente partirei il 19 sera e tornerei il 23. "
           "Questo cambia la scadenza per la domanda?"),
    ("fr", "La formation est du 20 au 22 avril, mais je partirais le soir du 19 et je reviendrais le 23. Ça "
           "change la date limite ?"),
    ("en", "The training is 20-22 April, but I would leave on the 19th in the evening and come back on the "
           "23rd. Does that change the deadline?"),
    ("nl", "De opleiding is van 20 tot 22 april, maar ik vertrek waarschijnlijk de 19e 's avonds en kom de "
           "23e terug. Verandert dat de deadline?"),
]
TRAVEL_DAYS = {
    "en": ("Updated: start date: 20 April 2026 → 19 April 2026; end date: 22 April 2026 → 23 April 2026.",
           "Apply by 19 February 2026 for a departure on 19 April 2026."),
    "fr": ("Mis à jour : date de début: 20 avril 2026 → 19 avril 2026; date de fin: 22 avril 2026 → 23 avril "
           "2026.", "Postulez au plus tard le 19 février 2026 pour un départ le 19 avril 2026."),
    "nl": ("Bijgewerkt: begindatum: 20 april 2026 → 19 april 2026; einddatum: 22 april 2026 → 23 april 2026.",
           "Vraag uiterlijk op 19 februari 2026 aan voor een vertrek op 19 april 2026."),
    "it": ("Aggiornato: data di inizio: 20 aprile 2026 → 19 aprile 2026; data di fine: 22 aprile 2026 → 23 "
           "aprile 2026.", "Si candidi entro il 19 febbraio 2026 per una partenza il 19 aprile 2026."),
}


@pytest.mark.parametrize(("lang", "text"), DEPARTURE)
async def test_leaving_and_coming_back_on_days_of_the_month_just_named(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, ITM_OPEN, BARCELONA, text, lang)
    assert (got.get("start_date"), got.get("end_date")) == ("2026-04-19", "2026-04-23"), got
    updated, apply_by = TRAVEL_DAYS[lang]
    assert updated in texts(dispatcher) and apply_by in texts(dispatcher), texts(dispatcher)


MARCH = {"en": "March", "it": "marzo"}
AFTER_THE_END = {"en": "The end date (22 April 2026) is before the start date (23 April 2026)",
                 "it": "La data di fine (22 aprile 2026) è precedente a quella di inizio (23 aprile 2026)"}


@pytest.mark.parametrize(("lang", "text"), [("en", "I would leave on the 23rd."), ("it", "partirei il 23")])
async def test_a_start_day_after_the_stay_is_never_put_in_the_month_before(dispatcher, monkeypatch, lang,
                                                                             text):
    got = await hear(dispatcher, monkeypatch, ITM_OPEN, BARCELONA, text, lang)
    assert "start_date" not in got and "end_date" not in got, got
    reply = texts(dispatcher)
    assert AFTER_THE_END[lang] in reply and MARCH[lang] not in reply, reply


@pytest.mark.parametrize(("lang", "text", "start", "end"), [
    ("en", "I would come back on the 23rd.", None, "2026-04-23"),
    ("it", "tornerei il 23", None, "2026-04-23"),
    ("en", "I would leave on the 19th.", "2026-04-19", None),
    ("fr", "je pars le 19", "2026-04-19", None),
])
async def test_a_day_alone_with_a_travel_word_moves_that_date(dispatcher, monkeypatch, lang, text, start,
                                                               end):
    got = await hear(dispatcher, monkeypatch, ITM_OPEN, BARCELONA, text, lang)
    assert (got.get("start_date"), got.get("end_date")) == (start, end), got


# 4. A day right after a month said without its day is that month's day, in that month's role; "X is the end"
# said after the date gives its role.
FEB_TO_JUNE = {"en": "Noted: start date: 2 February 2026; end date: 30 June 2026.",
               "fr": "C'est noté : date de début: 2 février 2026; date de fin: 30 juin 2026.",
               "nl": "Genoteerd: begindatum: 2 februari 2026; einddatum: 30 juni 2026.",
               "it": "Preso nota: data di inizio: 2 febbraio 2026; data di fine: 30 giugno 2026."}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Début février 2026, le 2 février. Et ça finirait fin juin, le 30."),
    ("en", "Early February 2026, the 2nd. And it would end at the end of June, the 30th."),
    ("nl", "Begin februari 2026, de 2e. En het zou eindigen eind juni, de 30e."),
    ("it", "Inizio febbraio 2026, il 2 febbraio. E finirebbe a fine giugno, il 30."),
])
async def test_a_day_right_after_its_month_is_that_months_day(dispatcher, monkeypatch, lang, text):
    # It was "start date: 30 June 2026; end date: 30 June 2026", a stay of 1 day.
    got = await hear(dispatcher, monkeypatch, "2025-10-01", {**QUEBEC, "asked": "start_date"}, text, lang)
    assert (got.get("start_date"), got.get("end_date")) == ("2026-02-02", "2026-06-30"), got
    assert FEB_TO_JUNE[lang] in texts(dispatcher), texts(dispatcher)


async def test_a_month_alone_as_the_end_is_still_its_last_day_said_as_assumed(dispatcher, monkeypatch):
    got = await hear(dispatcher, monkeypatch, "2025-10-01", {**QUEBEC, "start_date": "2026-02-02"},
                     "et ça finirait en juin", "fr")
    assert got.get("end_date") == "2026-06-30", got
    # ("fin juin" names the last day: round 24, tests/actions/test_round24_facts.py)
    assert "le jour n'a pas été précisé" in texts(dispatcher), texts(dispatcher)


START_BACK = {"en": "Updated: start date: 30 June 2026 → 2 February 2026.",
              "fr": "Mis à jour : date de début: 30 juin 2026 → 2 février 2026.",
              "nl": "Bijgewerkt: begindatum: 30 juni 2026 → 2 februari 2026.",
              "it": "Aggiornato: data di inizio: 30 giugno 2026 → 2 febbraio 2026."}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Hein ?? Non, je commence le 2 février 2026, pas le 30 juin ! Le 30 juin c'est la fin."),
    ("fr", "je commence le 2 février 2026, pas le 30 juin !"),
    ("en", "What?? No, I start on 2 February 2026, not 30 June! 30 June is the end."),
    ("en", "No, I start on 2 February 2026, not on 30 June!"),
    ("nl", "Huh?? Nee, ik begin op 2 februari 2026, niet op 30 juni! 30 juni is het einde."),
    ("it", "Come?? No, comincio il 2 febbraio 2026, non il 30 giugno! Il 30 giugno è la fine."),
])
async def test_a_start_corrected_beside_the_end_moves_the_start_only(dispatcher, monkeypatch, lang, text):
    # The full French line got only "Puis-je t'aider pour autre chose ?".
    stay = {"start_date": "2026-06-30", "end_date": "2026-06-30"}
    got = await hear(dispatcher, monkeypatch, "2025-10-01", {**QUEBEC, **stay}, text, lang)
    assert got.get("start_date") == "2026-02-02" and "end_date" not in got, got
    assert START_BACK[lang] in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le 30 juin c'est la fin."), ("en", "30 June is the end"), ("nl", "30 juni is het einde"),
    ("it", "il 30 giugno è la fine"),
])
async def test_a_date_said_to_be_the_end_is_the_end(dispatcher, monkeypatch, lang, text):
    stay = {**QUEBEC, "start_date": "2026-02-02"}
    got = await hear(dispatcher, monkeypatch, "2025-10-01", stay, text, lang)
    assert got.get("end_date") == "2026-06-30" and "start_date" not in got, got
