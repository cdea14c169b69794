"""How the days are counted (actions/daycount.py). People were told "💶 Grant estimate: €944.00 for 59 funded
days" for 2 March to 30 April, asked "why 59 days? March to April is 60 days", "perché 59 giorni?",
"pourquoi 59 jours ?", "waarom 59 dagen en niet 60?" and got "I can't find the answer" (or, read as a bare
"why?", every check again). Now the grant says it in one line when the counts differ, and the question gets
the person's own count, yes or no first where asked so, with the source."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

import rules_core
from actions.answer import grant_lines
from actions.i18n import t
from tests.actions.answered import no_cant_find
from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond

# A Lucca PhD traineeship in Paris, 2 March to 30 April 2016: 59 funded days (group 1, 480 EUR a month).
LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "FR",
         "destination_city": "Paris", "receiving_org": "research_institute", "citizenship": ["IT"],
         "start_date": "2016-03-02", "end_date": "2016-04-30", "prior_erasmus_months": 0,
         "supervisor_authorised": True, "goal": "grant"}
ITM = {"call": "itm-2024", "as_of": "2025-10-01", "role": "msc_student", "activity": "traineeship",
       "destination": "GH", "destination_city": "Accra", "citizenship": ["BE"], "receiving_org": "ngo"}
LINE = {
    "en": "  Erasmus+ counts every month as 30 days: 2 March to 30 April 2016 is 59 days (60 calendar days).",
    "fr": "  Erasmus+ compte chaque mois pour 30 jours : du 2 mars au 30 avril 2016, cela fait 59 jours "
          "(60 jours calendaires).",
    "nl": "  Erasmus+ rekent elke maand als 30 dagen: van 2 maart tot en met 30 april 2016 is dat 59 dagen "
          "(60 kalenderdagen).",
    "it": "  Erasmus+ conta ogni mese come 30 giorni: il periodo dal 2 marzo al 30 aprile 2016 vale "
          "59 giorni (60 giorni di calendario).",
}
# The call's heading "How Much?", in the reply language (round 39: not in English inside another language)
SOURCE = {"en": "(source: How Much?)", "fr": "(source: Combien ?)", "nl": "(bron: Hoeveel?)",
          "it": "(fonte: Quanto?)"}


def _lines(profile: dict[str, Any], lang: str) -> list[str]:
    as_of = profile.get("as_of", "2016-01-10")
    core = {k: v for k, v in profile.items() if k != "goal"}
    return grant_lines(rules_core.evaluate({**core, "as_of": as_of}, lang=lang), lang)


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_the_grant_says_why_59_days_in_one_line(lang: str) -> None:
    lines = _lines(LUCCA, lang)
    assert "944" in lines[0], lines
    assert [line for line in lines if "30" in line and "Erasmus+" in line] == [LINE[lang]], lines
    # said after the parts that count the days, before the notes
    assert lines.index(LINE[lang]) == 3, lines


@pytest.mark.parametrize(("profile", "lang", "expected"), [
    # a whole short month counts as a full month (ITM: EU-wide guide rates, said after "not published")
    ({**ITM, "start_date": "2026-02-01", "end_date": "2026-02-28"}, "en",
     "  Erasmus+ counts every month as 30 days: 1 to 28 February 2026 is one month, counted as 30 days "
     "(28 calendar days)."),
    ({**ITM, "start_date": "2026-02-01", "end_date": "2026-02-28"}, "nl",
     "  Erasmus+ rekent elke maand als 30 dagen: van 1 tot en met 28 februari 2026 is dat één maand, geteld "
     "als 30 dagen (28 kalenderdagen)."),
    # 31-day months count 30
    ({**ITM, "start_date": "2026-03-01", "end_date": "2026-05-31"}, "fr",
     "  Erasmus+ compte chaque mois pour 30 jours : du 1er mars au 31 mai 2026, cela fait 3 mois, comptés "
     "pour 90 jours (92 jours calendaires)."),
    # Italian elides before 8 and 11
    ({**LUCCA, "start_date": "2016-03-08", "end_date": "2016-05-11"}, "it",
     "  Erasmus+ conta ogni mese come 30 giorni: il periodo dall'8 marzo all'11 maggio 2016 vale 64 giorni "
     "(65 giorni di calendario)."),
])
def test_february_and_31_day_months(profile: dict[str, Any], lang: str, expected: str) -> None:
    lines = _lines(profile, lang)
    assert expected in lines, lines


@pytest.mark.parametrize(("start", "end"), [
    ("2016-06-01", "2016-07-30"),  # 30-day months: 60 and 60
    ("2016-02-01", "2016-03-31"),  # February 2016 gains one day, March loses one: 60 and 60
])
def test_no_line_when_the_counts_are_equal(start: str, end: str) -> None:
    lines = _lines({**LUCCA, "start_date": start, "end_date": end}, "en")
    assert "60 funded days" in lines[0], lines
    assert not any("counts every month" in line for line in lines), lines


async def _granted(slots: dict[str, Any], lang: str) -> dict[str, Any]:
    """The slots once the person has been told their grant ("how much would I get?")."""
    slots = {**slots, "language": lang}
    first = CollectingDispatcher()
    got = await respond(first, text="how much would I get?", intent="ask_grant", slots=slots)
    # A 59-day traineeship is under the 2-month minimum: "not eligible" with its 59 days, and no amount.
    assert "💶" in texts(first) or "❌" in texts(first) and "59" in texts(first), texts(first)
    return {**slots, "last_decision": got["last_decision"]}


@pytest.fixture
def lucca_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")


@pytest.mark.parametrize(("lang", "text", "words", "intent"), [
    ("en", "why 59 days?", "59 days", "out_of_scope"),
    ("en", "why 59 days?", "59 days", "ask_why"),  # read as a bare "why?": every check again before
    ("en", "how do you count the days?", None, "ask_grant"),
    ("it", "perché 59 giorni?", "59 giorni", "out_of_scope"),
    ("fr", "pourquoi 59 jours ?", "59 jours", "ask_why"),
    ("fr", "comment comptez-vous les jours ?", None, "out_of_scope"),
    ("nl", "waarom 59 dagen en niet 60?", "59 dagen", "ask_why"),
    ("nl", "hoe worden de dagen geteld?", None, "nlu_fallback"),
])
async def test_the_day_count_question_gets_the_count_with_the_dates_and_the_source(
        dispatcher, lucca_open, lang, text, words, intent):
    slots = await _granted(LUCCA, lang)
    entities = [said(text, "duration", "P59D", words)] if words else []
    got = await respond(dispatcher, text=text, intent=intent, slots=slots, entities=entities)
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(LINE[lang].strip()), reply
    assert SOURCE[lang] in reply, reply
    assert "31" in reply.splitlines()[1], reply  # 2-31 March: 30 calendar days, counted as 29
    assert "💶" not in reply and "✗" not in reply and "✓" not in reply, reply  # not the grant or checks again
    assert not {"start_date", "end_date", "duration"} & set(got), got


async def test_march_to_april_said_back_moves_no_date(dispatcher, lucca_open):
    text = "why 59 days? March to April is 60 days"
    slots = await _granted(LUCCA, "en")
    entities = [said(text, "duration", "P59D", "59 days"),
                {**said(text, "start_date", "2016-03-01", "March"), "month_only": True},
                {**said(text, "end_date", "2016-04-30", "April"), "month_only": True},
                said(text, "duration", "P60D", "60 days")]
    got = await respond(dispatcher, text=text, slots=slots, entities=entities)
    reply = texts(dispatcher)
    assert "start_date" not in got and "end_date" not in got, got  # it had moved 2 March to 1 March
    assert reply.startswith(LINE["en"].strip()), reply


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("en", "how are the days counted?", "Erasmus+ counts every month as 30 days"),
    ("en", "isn't March to April 60 days?", "No: 59 funded days, not 60."),
    ("en", "March to April is 60 days, right?", "No: 59 funded days, not 60."),
    ("fr", "ce n'est pas 60 jours ?", "Non : 59 jours financés, pas 60."),
    ("nl", "zijn het niet 60 dagen?", "Nee: 59 gefinancierde dagen, niet 60."),
    ("it", "non sono 60 giorni?", "No: 59 giorni finanziati, non 60."),
    ("en", "do you count calendar days?", "No: Erasmus+ counts every month as 30 days"),
    ("en", "is every month 30 days?", "Yes: Erasmus+ counts every month as 30 days"),
])
async def test_a_yes_no_question_gets_yes_or_no_first(dispatcher, lucca_open, lang, text, first):
    slots = await _granted(LUCCA, lang)
    await respond(dispatcher, text=text, intent="out_of_scope", slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith(first), reply
    assert LINE[lang].strip() in reply, reply


async def test_equal_counts_are_said_to_be_equal(dispatcher, lucca_open):
    slots = await _granted({**LUCCA, "start_date": "2016-06-01", "end_date": "2016-07-30"}, "en")
    await respond(dispatcher, text="how do you count the days?", intent="out_of_scope", slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith("Erasmus+ counts every month as 30 days: 1 June to 30 July 2016 is 2 months, "
                            "counted as 60 days, the same as on the calendar."), reply
    assert "  - " not in reply, reply  # no month counted otherwise


async def test_itm_cites_the_eu_rules_and_february(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    profile = {k: v for k, v in ITM.items() if k != "as_of"}
    slots = await _granted({**profile, "start_date": "2026-02-01", "end_date": "2026-03-31", "goal": "grant"},
                           "en")
    await respond(dispatcher, text="why 60 days and not 59?", intent="out_of_scope", slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith("Erasmus+ counts every month as 30 days: 1 February to 31 March 2026 is "
                            "2 months, counted as 60 days (59 calendar days)."), reply
    assert "February 2026: 28 calendar days, counted as 30: the last day of February counts as the 30th." \
        in reply, reply
    assert "March 2026: 31 calendar days, counted as 30: the 31st does not count." in reply, reply
    assert "(source: EU-wide Erasmus+ rules)" in reply, reply


async def test_a_long_stay_sums_up_the_months_in_one_line(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    profile = {k: v for k, v in ITM.items() if k != "as_of"}
    slots = await _granted({**profile, "start_date": "2025-11-01", "end_date": "2026-06-30", "goal": "grant"},
                           "it")
    await respond(dispatcher, text="come contate i giorni?", intent="out_of_scope", slots=slots)
    reply = texts(dispatcher)
    assert "240 giorni (242 giorni di calendario)" in reply, reply
    assert "  - Contati diversamente dal calendario: dicembre 2025, gennaio 2026, febbraio 2026, " \
        "marzo 2026, maggio 2026" in reply, reply


@pytest.mark.parametrize(("text", "words", "value"), [
    ("why do I need to apply 60 days before?", "60 days", "P60D"),  # about applying
    ("why 45 days?", "45 days", "P45D"),  # not one of this stay's counts
])
async def test_other_questions_with_days_are_not_answered_so(dispatcher, lucca_open, text, words, value):
    slots = await _granted(LUCCA, "en")
    await respond(dispatcher, text=text, intent="out_of_scope", slots=slots,
                  entities=[said(text, "duration", value, words)])
    assert "counts every month as 30 days" not in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "does a weekend count in those days?"),  # whether something is included: not the day count
    ("fr", "est-ce que le week-end compte dans les jours ?"),
    ("nl", "telt een weekend mee in die dagen?"),
    ("it", "il weekend conta nei giorni?"),
])
async def test_whether_weekends_count_is_not_the_day_count(dispatcher, lucca_open, lang, text):
    slots = await _granted(LUCCA, lang)
    await respond(dispatcher, text=text, intent="out_of_scope", slots=slots)
    assert "Erasmus+" not in texts(dispatcher).splitlines()[0], texts(dispatcher)


async def test_before_any_answer_the_question_goes_on_as_before(dispatcher, lucca_open):
    slots = {**LUCCA, "language": "en"}
    await respond(dispatcher, text="how do you count the days?", intent="out_of_scope", slots=slots)
    reply = texts(dispatcher)
    assert not reply.startswith("Erasmus+ counts every month"), reply


def test_the_period_is_said_with_the_year_once() -> None:
    from actions.daycount import period

    assert period(dt.date(2025, 12, 1), dt.date(2026, 1, 31), "en") == "1 December 2025 to 31 January 2026"
    assert period(dt.date(2026, 2, 1), dt.date(2026, 2, 28), "fr") == "du 1er au 28 février 2026"
    assert period(dt.date(2026, 3, 11), dt.date(2026, 4, 8), "it") == "dall'11 marzo all'8 aprile 2026"
    assert t("nl", "day_count_period", start="1", end="2") == "van 1 tot en met 2"


def test_only_the_stays_own_counts_and_months_are_reckoning() -> None:
    from actions.daycount import drop_reckoning
    from tests.actions.conftest import make_tracker

    text = "why 59 days? March to May is 90 days, and from 3 March?"
    tracker = make_tracker(slots=LUCCA, text=text)
    entities = [said(text, "duration", "P59D", "59 days"),
                {**said(text, "start_date", "2016-03-01", "March"), "month_only": True},
                {**said(text, "end_date", "2016-05-31", "May"), "month_only": True},  # after the stay
                said(text, "duration", "P90D", "90 days"),  # not this stay's count
                said(text, "start_date", "2016-03-03", "3 March")]  # a date with its day
    kept = drop_reckoning(tracker, text, entities)
    assert [e["value"] for e in kept] == ["2016-05-31", "P90D", "2016-03-03"], kept
    # a message that does not ask about the day count keeps everything
    assert drop_reckoning(tracker, "from March to May, 90 days", entities) == entities
