"""Round 45 (ITM MSc traineeship at an NGO in Lima, 2 February - 30 April 2026, today 1 October 2025):

- "2 feb - 30 april, I will try send before 2 december" (after the plan had moved to 15 February - 15 May)
  stored "start date: 15 February 2026 -> 2 December 2025" and "apply by 2 October 2025 (in 1 day)": sending
  without its object ("try send before", "d'envoyer avant", "te versturen", "inviare prima del") was not
  read as the time of applying. Now the range is the stay and the date of sending is no date of it.
- "is it too late if I send the application on 10 December?": the date the person would send or submit the
  application on is checked against the date to apply by ("10 December 2025 would be too late"), never
  stored as the start.
- "does the money change if it is 15 February to 15 May?" got "No:" above a different figure: a question
  whether the amount CHANGES gets "Yes: X instead of Y" (and "No: ... unchanged" when it does not).
A plain "I'd leave on 10 December" still sets the start."""
from __future__ import annotations

import re

import pytest

from actions import i18n
from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
LIMA = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "traineeship",
        "destination": "PE", "destination_city": "Lima", "receiving_org": "ngo", "citizenship": ["ES"],
        "start_date": "2026-02-02", "end_date": "2026-04-30"}
MOVED = {**LIMA, "start_date": "2026-02-15", "end_date": "2026-05-15"}  # the plan changed just before
LANGS = ("en", "fr", "nl", "it")


async def _play(monkeypatch, slots, lang, messages):
    return await play(monkeypatch, {**slots, "language": lang}, messages, TODAY, user_event="parsed",
                      keep_slot_events=True)


SEND_ON = {
    "en": ["is it too late if I send the application on {d}?", "is it too late if I submit it by {d}?",
           "what if I send in the application on {d}?"],
    "fr": ["est-ce trop tard si j'envoie ma candidature le {d} ?",
           "et si je soumets ma demande le {d}, c'est trop tard ?"],
    "nl": ["is het te laat als ik de aanvraag op {d} indien?",
           "is het te laat als ik het pas op {d} verstuur?"],
    "it": ["è troppo tardi se invio la domanda il {d}?", "e se mando la domanda il {d}, è troppo tardi?"],
}
DAY = {"en": "10 December", "fr": "10 décembre", "nl": "10 december", "it": "10 dicembre"}
EARLY = {"en": "20 November", "fr": "20 novembre", "nl": "20 november", "it": "20 novembre"}


def _when(lang: str, iso: str) -> str:
    text = t(lang, "asked_too_late" if iso > "2025-12-02" else "asked_in_time", when=i18n.fmt_date(iso, lang))
    return text[:1].upper() + text[1:]


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in SEND_ON[lang]])
@pytest.mark.parametrize(("day", "iso"), [(DAY, "2025-12-10"), (EARLY, "2025-11-20")])
async def test_the_date_of_sending_is_checked_not_stored(monkeypatch, lang, text, day, iso):
    got = await _play(monkeypatch, LIMA, lang, [(text.format(d=day[lang]), "ask_deadline")])
    last = got.replies[-1]
    assert "start_date" not in got.last and "end_date" not in got.last, got.last
    assert i18n.fmt_date("2025-12-02", lang) in last, last  # apply by 2 December 2025
    assert i18n.fmt_date("2025-10-10", lang) not in last, last  # not counted back from 10 December
    assert _when(lang, iso) in last, last


RANGE_AND_SENDING = {
    "en": "2 feb - 30 april, I will try send before 2 december",
    "fr": "du 2 février au 30 avril, je vais essayer d'envoyer avant le 2 décembre",
    "nl": "van 2 februari tot 30 april, ik probeer het voor 2 december te versturen",
    "it": "dal 2 febbraio al 30 aprile, proverò a inviare prima del 2 dicembre",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_range_is_the_stay_and_sending_is_no_stay_date(monkeypatch, lang):
    got = await _play(monkeypatch, MOVED, lang, [(RANGE_AND_SENDING[lang], "inform")])
    assert got.slots["start_date"] == "2026-02-02", got.replies[-1]
    assert got.slots["end_date"] == "2026-04-30", got.replies[-1]
    last = got.replies[-1]
    assert i18n.fmt_date("2025-10-02", lang) not in last, last  # no "apply by 2 October 2025"
    assert i18n.fmt_date("2025-12-02", lang) in last, last  # apply by 2 December 2025


LEAVE = {"en": "I'd leave on 10 December", "fr": "je pars le 10 décembre", "nl": "ik vertrek op 10 december",
         "it": "parto il 10 dicembre"}


@pytest.mark.parametrize("lang", LANGS)
async def test_keep_a_plain_departure_date_as_the_start(monkeypatch, lang):
    got = await _play(monkeypatch, LIMA, lang, [(LEAVE[lang], "inform")])
    assert got.slots["start_date"] == "2025-12-10", got.replies[-1]


CHANGE = {
    "en": "does the money change if it is 15 February to 15 May?",
    "fr": "est-ce que le montant change si c'est du 15 février au 15 mai ?",
    "nl": "verandert het bedrag als het van 15 februari tot 15 mei is?",
    "it": "cambia l'importo se è dal 15 febbraio al 15 maggio?",
}
SAME = {
    "en": "does the amount stay the same if it is 15 February to 15 May?",
    "fr": "le montant reste le même si c'est du 15 février au 15 mai ?",
    "nl": "blijft het bedrag hetzelfde als het van 15 februari tot 15 mei is?",
    "it": "l'importo resta lo stesso se è dal 15 febbraio al 15 maggio?",
}
YES = {lang: t(lang, "answer_yes", answer="") for lang in LANGS}
NO = {lang: t(lang, "answer_no", answer="") for lang in LANGS}


def _digits(text: str) -> str:
    return re.sub(r"[\s.,]", "", text)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_changed_amount_is_yes_it_changes(monkeypatch, lang):
    got = await _play(monkeypatch, LIMA, lang, [(CHANGE[lang], "ask_grant")])
    last = got.replies[-1]
    assert last.startswith(YES[lang]), last
    assert "431333" in _digits(last) and "425667" in _digits(last), last  # 91 funded days instead of 89
    assert got.slots["start_date"] == "2026-02-02"  # a case: the plan is unchanged


@pytest.mark.parametrize("lang", LANGS)
async def test_keep_stay_the_same_answered_no(monkeypatch, lang):
    got = await _play(monkeypatch, LIMA, lang, [(SAME[lang], "ask_grant")])
    last = got.replies[-1]
    assert last.startswith(NO[lang]), last
    assert "431333" in _digits(last) and "425667" in _digits(last), last


LUCCA_LYON = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility",
              "activity": "traineeship", "destination": "FR", "destination_city": "Lyon",
              "receiving_org": "research_institute", "prior_erasmus_months": 0, "start_date": "2016-03-01",
              "end_date": "2016-06-30", "citizenship": ["IT"]}
PARIS_CHANGE = {"en": "and if it were in Paris, does the amount change?",
                "fr": "et si c'était à Paris, le montant change ?",
                "it": "e se fosse a Parigi, cambia l'importo?"}


@pytest.mark.parametrize("lang", ["en", "fr", "it"])
async def test_an_unchanged_amount_is_no_it_does_not_change(monkeypatch, lang):
    got = await play(monkeypatch, {**LUCCA_LYON, "language": lang}, [(PARIS_CHANGE[lang], "ask_grant")],
                     "2016-01-10", user_event="parsed", keep_slot_events=True)
    last = got.replies[-1]
    assert last.startswith(NO[lang]), last  # Paris is in the same country group as Lyon
    assert "192000" in _digits(last), last


SPANISH = ("Hola, soy estudiante de máster en el ITM y quiero hacer prácticas en una ONG en Lima, Perú, "
           "del 2 de febrero al 30 de abril de 2026. ¿Es posible?")


async def test_a_first_message_in_spanish_has_its_facts_read(monkeypatch):
    """The languages said, then English, with the plan's facts kept: they were asked again (round 45)."""
    got = await play(monkeypatch, {}, [(SPANISH, "check_eligibility")], TODAY, user_event="parsed",
                     keep_slot_events=True)
    assert "français" in got.replies[-1], got.replies[-1]
    assert got.slots.get("activity") == "traineeship", got.replies[-1]
    assert got.slots.get("start_date") == "2026-02-02" and got.slots.get("end_date") == "2026-04-30"
    assert got.slots.get("destination") == "PE"


@pytest.mark.parametrize(("text", "start", "end"), [
    ("from 2 February to 30 April 2026", "2026-02-02", "2026-04-30"),
    ("du 2 février au 30 avril 2026", "2026-02-02", "2026-04-30"),
    ("van 2 februari tot 30 april 2026", "2026-02-02", "2026-04-30"),
    ("dal 2 febbraio al 30 aprile 2026", "2026-02-02", "2026-04-30"),
])
def test_keep_the_four_languages_dates(text, start, end):
    import datetime as dt

    from bot.nlu.extract import extract

    found = {e["entity"]: e["value"] for e in extract(text, dt.date(2025, 10, 1))}
    assert (found.get("start_date"), found.get("end_date")) == (start, end)
