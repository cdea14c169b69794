"""Round 28 of simulated users: "gerne" (German and Dutch for "gladly") was read as the city of Herne; "my
last day in Vienna is the 15th" with the stay starting on 4 May was read as a start in December; and, kept
as the plan, a what-if case on the dates must keep every fact told before (the nationality was asked
again). Played through the extractor and action_respond in the four languages, with the nearby wordings
that keep their reading."""
from __future__ import annotations

import datetime as dt

import pytest
import yaml

from bot.nlu.extract import extract
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, hear

TODAY = dt.date(2025, 11, 10)


def cities(text: str) -> list[str]:
    return [e["value"] for e in extract(text, TODAY) if e["entity"] == "city"]


# 1. A common word of a language people write in is no city without something that makes it a name.
@pytest.mark.parametrize("text", [
    "ich würde gerne nach Wien",
    "gerne, thanks",
    "Gerne, thanks!",
    "Gerne!",
    "ik wil graag essen voor ik vertrek",
    "the derby was fun, thanks",
    "it's a ruse",
    "mi piace il prato",
    "ik zal leiden tot een beslissing",
])
def test_a_common_word_is_no_city(text):
    assert "Herne" not in cities(text), cities(text)
    assert not set(cities(text)) - {"Vienna"}, cities(text)


@pytest.mark.parametrize(("text", "city"), [
    ("ich würde gerne nach Wien", "Vienna"),
    ("i'm going to vienna", "Vienna"),
    ("naar gent", "Gent"),
    ("ik ga naar Gent in mei", "Gent"),
    ("je vais à vienne", "Vienna"),
    ("vado a bari", "Bari"),
    ("vorrei andare a prato", "Prato"),
    ("naar leiden", "Leiden"),
    ("I love Leiden", "Leiden"),
    ("Leiden", "Leiden"),
    ("to herne", "Herne"),
    ("I'd go to Herne", "Herne"),
    ("Milano", "Milan"),
    ("I study in Milano", "Milan"),
    ("ich möchte nach Essen", "Essen"),
])
def test_a_city_named_as_one_is_still_found(text, city):
    assert city in cities(text), cities(text)


def test_the_second_city_of_a_list_is_as_named_as_the_first():
    assert cities("i'd go to gent or leuven") == ["Gent", "Leuven"]


# 2. A day alone after "my last day in <place>" is the end, in the stay's month (or the next one).
VIENNA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "AT",
          "destination_city": "Vienna", "receiving_org": "hei", "start_date": "2026-05-04",
          "citizenship": ["BE"], "goal": "eligibility"}
LAST_DAY = [
    ("en", "my last day in Vienna is the 15th"),
    ("fr", "mon dernier jour à Vienne est le 15"),
    ("nl", "mijn laatste dag in Wenen is de 15de"),
    ("it", "l'ultimo giorno a Vienna è il 15"),
]


@pytest.mark.parametrize(("lang", "text"), LAST_DAY)
async def test_the_last_day_in_a_place_is_the_end(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**VIENNA, "language": lang}, ITM_OPEN)
    assert got.get("end_date") == "2026-05-15" and "start_date" not in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "my last day in Vienna is the 2nd"),
    ("it", "l'ultimo giorno a Vienna è il 2"),
])
async def test_a_last_day_before_the_start_is_in_the_next_month(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**VIENNA, "language": lang}, ITM_OPEN)
    assert got.get("end_date") == "2026-06-02" and "start_date" not in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "my first day in Vienna is the 5th"),
    ("fr", "mon premier jour à Vienne est le 5"),
    ("nl", "mijn eerste dag in Wenen is de 5de"),
    ("it", "il mio primo giorno a Vienna è il 5"),
])
async def test_the_first_day_in_a_place_is_still_the_start(dispatcher, monkeypatch, lang, text):
    slots = {**VIENNA, "end_date": "2026-05-20", "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    assert got.get("start_date") == "2026-05-05" and "end_date" not in got, got


async def test_the_last_day_to_apply_is_no_end_of_the_stay(dispatcher, monkeypatch):
    text = "the last day to apply is the 15th?"
    got = await hear(dispatcher, monkeypatch, text, {**VIENNA, "language": "en"}, ITM_OPEN)
    assert "end_date" not in got and "start_date" not in got, got


# 3. A what-if on the dates kept as the plan keeps the nationality told before: the next question is another.
KEEP_CASE = {
    "en": ["Hi, I'm an MSc student at ITM and I'd like to do a traineeship in Madrid, Spain.",
           "From 4 May to 10 July 2026.", "I'm Belgian.", "what if I went from 1 June to 31 July instead?"],
    "fr": ["Bonjour, je suis étudiant en master à l'IMT et je voudrais faire un stage à Madrid, en Espagne.",
           "Du 4 mai au 10 juillet 2026.", "Je suis belge.", "et si je partais du 1er juin au 31 juillet ?"],
    "nl": ["Hallo, ik ben masterstudent aan het ITG en wil een stage doen in Madrid, Spanje.",
           "Van 4 mei tot 10 juli 2026.", "Ik ben Belg.", "en als ik van 1 juni tot 31 juli zou gaan?"],
    "it": ["Salve, sono uno studente di master all'ITM e vorrei fare un tirocinio a Madrid, in Spagna.",
           "Dal 4 maggio al 10 luglio 2026.", "Sono belga.", "e se andassi dal 1 giugno al 31 luglio?"],
}


def _locale(lang: str) -> dict:
    with open(f"actions/locales/{lang}.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_kept_case_keeps_the_nationality_told_before(monkeypatch, lang):
    words = _locale(lang)
    messages = [(text, "inform") for text in KEEP_CASE[lang]] + [(words["button_keep_case"], "affirm")]
    replies = await converse(monkeypatch, {"language": lang}, messages, ITM_OPEN)
    nationality_q = words["ask_citizenship"].split("?")[0] if "ask_citizenship" in words else None
    assert nationality_q and nationality_q in replies[1], replies  # asked once, when it was missing
    assert nationality_q not in replies[-1], replies[-1]
    assert words["what_if_facts"].split("{")[0].strip() in replies[3], replies[3]
    assert fmt_june(lang) in replies[-1], replies[-1]  # "Updated: start date: 4 May → 1 June"


def fmt_june(lang: str) -> str:
    from actions.i18n import fmt_date

    return fmt_date("2026-06-01", lang)
