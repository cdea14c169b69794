"""Round 48 (ITM call open, today 1 October 2025): a Dutch ITM MSc student, 2-month traineeship at an NGO
in Kisumu, Kenya, 1 April - 31 May 2026, writing informal lower-case Dutch.

- "kisumu" was never noted, in seven messages ("een lokale ngo in kisumu", "de stad is kisumu, kenia",
  "Kisumu", "Kisumu, Kenya", ...: "geef me de stad van bestemming"); only "nairobi" was, and the e-mail
  summary then said Nairobi. The NLU knows only capitals and cities of a million outside Europe; now any
  city of the destination country is noted (actions/countrycity.py), with its travel band (Kisumu:
  4000-7999 km, 1,188 EUR).
- "stage in kenia, kan dat met erasmus?" got English replies and English buttons ("Which institution ...?").
- "ik doe mijn master daar. kan je in het nederlands antwoorden?" got "Ik vind het antwoord daarop niet in de
  tekst van de oproep"; a reply language asked for in the four languages switches and is no question about the
  call."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
KENYA = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "traineeship",
         "destination": "KE", "receiving_org": "ngo", "citizenship": ["NL"],
         "start_date": "2026-04-01", "end_date": "2026-05-31", "prior_erasmus_months": 0}


async def _play(monkeypatch, slots, messages):
    return await play(monkeypatch, slots, messages, TODAY, user_event="parsed", keep_slot_events=True)


ELIGIBILITY = "check_eligibility"
SAID = [
    ("een lokale ngo in kisumu. heb ik een samenwerkingsovereenkomst nodig met die ngo?", ELIGIBILITY),
    ("huh, ja ik heb een overeenkomst nodig? met die ngo dus? en de stad is kisumu, kenia", ELIGIBILITY),
    ("ok top. en de stad? kisumu. hoeveel krijg ik dan voor de reis? ik ga gewoon vliegen", "ask_grant"),
    ("Kisumu", "affirm"),
    ("kisumu", "nlu_fallback"),
    ("de stad van bestemming is kisumu in kenia", "nlu_fallback"),
    ("Kisumu, Kenya", "nlu_fallback"),
    ("en de reiskosten naar kisumu? zit dat er niet bij?", "nlu_fallback"),
    ("a local NGO in kisumu, do I need an agreement?", "check_eligibility"),
    ("une ONG locale à kisumu, il faut un accord ?", "check_eligibility"),
    ("una ONG locale a kisumu, serve un accordo?", "check_eligibility"),
]
LANG_OF = {"a local": "en", "une ONG": "fr", "una ONG": "it"}


@pytest.mark.parametrize(("text", "intent"), SAID)
async def test_kisumu_is_noted_as_the_destination_city(monkeypatch, text, intent):
    lang = next((v for k, v in LANG_OF.items() if text.startswith(k)), "nl")
    got = await _play(monkeypatch, {**KENYA, "language": lang}, [(text, intent)])
    assert got.slots.get("destination_city") == "Kisumu", (got.last, got.replies)
    assert got.slots.get("destination") == "KE"


async def test_kisumu_gets_its_travel_band(monkeypatch):
    text, intent = SAID[2]
    got = await _play(monkeypatch, {**KENYA, "language": "nl"}, [(text, intent)])
    reply = got.replies[-1]
    assert "1.188" in reply and "Kisumu" in reply, reply
    assert "geef me de stad" not in reply, reply


async def test_a_nairobi_said_earlier_is_replaced_by_kisumu(monkeypatch):
    slots = {**KENYA, "language": "nl", "destination_city": "Nairobi"}
    got = await _play(monkeypatch, slots, [("het is eigenlijk kisumu, niet nairobi", "inform")])
    assert got.slots.get("destination_city") == "Kisumu", (got.last, got.replies)


NO_CITY = [
    ("ik ga met de trein", "inform"),
    ("kan ik dat later nog veranderen?", "nlu_fallback"),
    ("hoeveel krijg ik voor de reis?", "ask_grant"),
    ("is dat met die ngo dus?", ELIGIBILITY),
]


async def test_ordinary_words_are_no_city_and_kisumu_is(monkeypatch):
    got = await _play(monkeypatch, {**KENYA, "language": "nl"}, NO_CITY)
    assert not got.slots.get("destination_city"), (got.last, got.replies)
    got = await _play(monkeypatch, got.slots, [("kisumu", "nlu_fallback")])
    assert got.slots.get("destination_city") == "Kisumu", (got.last, got.replies)


FIRST = {"nl": "stage in kenia, kan dat met erasmus?",
         "fr": "stage au kenya, c'est possible avec erasmus ?",
         "it": "tirocinio in kenya, si può fare con erasmus?"}


async def test_a_first_short_message_is_answered_in_its_language(monkeypatch):
    for lang, text in FIRST.items():  # (French and Italian were already: Dutch was read as English)
        got = await _play(monkeypatch, {}, [(text, ELIGIBILITY)])
        reply = got.replies[-1]
        assert got.slots.get("language") == lang, (got.last, reply)
        assert "Which institution" not in reply, reply


SWITCH = {"nl": "kan je in het nederlands antwoorden?", "fr": "tu peux répondre en français ?",
          "it": "puoi rispondere in italiano?", "en": "can you answer in English?"}
SWITCH_WITH_FACT = {"nl": "ik doe mijn master daar. kan je in het nederlands antwoorden?",
                    "fr": "je fais mon master là-bas. tu peux me répondre en français ?",
                    "it": "faccio il master lì. puoi rispondermi in italiano?",
                    "en": "i'm doing my master there. can you answer in english?"}
SWITCHED = {"en": "OK, I'll continue in English.", "fr": "D'accord, je continue en français.",
            "nl": "Oké, ik ga verder in het Nederlands.", "it": "Va bene, continuo in italiano."}
CANT_FIND = ("can't find", "ne trouve pas", "vind het antwoord", "Non trovo")
ITM = {"call": "itm-2024", "goal": "eligibility", "activity": "traineeship", "destination": "KE"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_reply_language_asked_for_switches(monkeypatch, lang):
    """Alone (it was already for en/fr/it, not "kan je in het nederlands antwoorden?"), and beside a fact."""
    before = "nl" if lang == "en" else "en"
    for text in (SWITCH[lang], SWITCH_WITH_FACT[lang]):
        got = await _play(monkeypatch, {**ITM, "language": before, "asked": "role"}, [(text, ELIGIBILITY)])
        reply = got.replies[-1]
        assert got.slots.get("language") == lang, reply
        assert SWITCHED[lang] in reply, reply
        assert not any(c in reply for c in CANT_FIND), reply
    assert got.slots.get("role") == "msc_student", (got.last, reply)
