"""Round 39 (a PhD student at ITM going to Granada by bus, Italian "tu"): "in pullman invece che in aereo" was
read as a case of flying ("viaggio sostenibile: No") and "why green travel no?" got the ECHE condition block;
"boh, non lo so" right after the answer with its ECHE condition got "anything else?"; "dimmi solo la cifra"
got the whole amount block a third time; the start check read "L'inizio l'8 giugno 2026 cade il 1 settembre
2024 o dopo"; the buttons said "Sono idoneo?" to a "dottoranda"; the e-mail summary's status named no
institution. Each in the four languages, with a nearby case that keeps its answer."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.dialogue import ActionRespond
from actions.i18n import t
from actions.travelmode import travel_mode
from bot.nlu.extract import extract as read
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

TODAY = "2025-10-01"
PHD = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "destination": "ES",
       "destination_city": "Granada", "receiving_org": "hei", "start_date": "2026-06-08",
       "end_date": "2026-06-19", "citizenship": ["IT"], "itm_staff_member": False}
LANGS = ["en", "fr", "nl", "it"]


async def converse(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], messages: list[tuple[str, str]]
                   ) -> tuple[list[str], list[list[dict[str, Any]]], dict[str, Any]]:
    """Each message in turn with the slots and earlier replies as events: the replies' texts, their
    messages (with buttons) and the slots at the end."""
    monkeypatch.setenv("MOBILITY_TODAY", TODAY)
    events: list[dict[str, Any]] = []
    replies, sent = [], []
    for text, intent in messages:
        dispatcher = CollectingDispatcher()
        entities = read(text, dt.date(2025, 10, 1))
        tracker = make_tracker(slots=slots, text=text, intent=intent, entities=entities, events=list(events))
        slots = {**slots, **slot_events(await ActionRespond().run(dispatcher, tracker, DOMAIN))}
        events += [{"event": "user", "text": text}]
        events += [{"event": "bot", "text": m.get("text") or ""} for m in dispatcher.messages]
        replies.append(texts(dispatcher))
        sent.append(dispatcher.messages)
    return replies, sent, slots


async def after_verdict(monkeypatch, lang: str, messages: list[tuple[str, str]], **extra: Any):
    return await converse(monkeypatch, {"language": lang, **PHD, **extra},
                          [("/check_eligibility", "check_eligibility"), *messages])


def head(lang: str, key: str, **kw: str) -> str:
    """A template's words before its first placeholder."""
    return t(lang, key, **kw).split("\0")[0][:18]


# 1. "X instead of Y": X is the way of travelling.
@pytest.mark.parametrize(("text", "expected"), [
    ("ci vado in pullman invece che in aereo", True),
    ("I'm going by train rather than flying", True),
    ("I'll fly rather than take the train", False),
    ("je prends le train plutôt qu'en avion", True),
    ("ik ga vliegen in plaats van met de trein", False),
    ("je prends l'avion au lieu de prendre le train", False),
    ("e se ci vado in pullman invece che in aereo cambia qualcosa? tipo prendo di più?", None),
    ("what if I go by bus instead of by plane, do I get more?", None),
    # kept: a case of flying is still one, a flight said is still no green travel
    ("e se ci vado in aereo?", False),
    ("we vliegen naar Wenen", False),
    ("vado in treno", True),
])
def test_the_mode_said_instead_of_another_is_the_one_taken(text, expected):
    assert travel_mode(text) is expected


BUS_INSTEAD = {"en": "what if I go by bus instead of by plane, do I get more?",
               "fr": "et si j'y vais en bus plutôt qu'en avion, je touche plus ?",
               "nl": "en als ik met de bus ga in plaats van het vliegtuig, krijg ik meer?",
               "it": "ok. e se ci vado in pullman invece che in aereo cambia qualcosa? tipo prendo di più?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_bus_instead_of_the_plane_is_no_case_of_flying(monkeypatch, lang):
    replies, _, slots = await after_verdict(monkeypatch, lang, [(BUS_INSTEAD[lang], "ask_grant")])
    reply = replies[-1]
    case = t(lang, "what_if_facts", facts="")[:15]
    assert case not in reply, reply
    assert reply.startswith(t(lang, "green_unknown", notes="")[:15]), reply  # the green travel answer
    assert slots.get("green_travel") is None, slots  # asked, not said


FLY_CASE = {"en": "and what if I fly?", "fr": "et si je prends l'avion ?", "nl": "en als ik zou vliegen?",
            "it": "e se ci vado in aereo?"}
WHY_NO = {"en": "why green travel no?", "fr": "pourquoi voyage vert non ?", "nl": "waarom groen reizen nee?",
          "it": "aspetta, perché viaggio sostenibile no? il pullman non è sostenibile?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_case_of_flying_stays_one(monkeypatch, lang):
    replies, _, slots = await after_verdict(monkeypatch, lang, [(FLY_CASE[lang], "ask_grant")])
    assert t(lang, "what_if_facts", facts="")[:15] in replies[-1], replies[-1]
    assert slots.get("green_travel") is None


@pytest.mark.parametrize("lang", LANGS)
async def test_why_about_a_case_value_answers_about_that_value(monkeypatch, lang):
    replies, _, _ = await after_verdict(monkeypatch, lang, [(FLY_CASE[lang], "ask_grant"),
                                                            (WHY_NO[lang], "ask_why")])
    reply = replies[-1]
    assert reply.startswith(t(lang, "why_value_case", fact="X").split("X")[0]), reply
    assert t(lang, "why_conditions") not in reply and "ECHE" not in reply, reply
    assert i18n.label(lang, "term_meanings", "travel_green")[:20] in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_why_about_a_value_not_noted_says_so(monkeypatch, lang):
    replies, _, _ = await after_verdict(monkeypatch, lang, [(WHY_NO[lang], "ask_why")])
    assert t(lang, "why_conditions") not in replies[-1], replies[-1]
    assert t(lang, "why_value_none", field="X").split("X")[0][:15] in replies[-1], replies[-1]


async def test_a_noted_value_asked_why_is_what_was_understood(monkeypatch):
    replies, _, _ = await after_verdict(monkeypatch, "en", [("why green travel yes?", "ask_why")],
                                        green_travel=True)
    assert replies[-1].lower().startswith("“green travel: yes” is what i understood"), replies[-1]


@pytest.mark.parametrize(("lang", "why"), [("en", "why?"), ("it", "ma scusa, perché?")])
async def test_a_bare_why_still_gets_the_conditions(monkeypatch, lang, why):
    replies, _, _ = await after_verdict(monkeypatch, lang, [(why, "ask_why")])
    assert "ECHE" in replies[-1] and "“" not in replies[-1] and "«" not in replies[-1], replies[-1]


# 3. A don't-know right after the answer with a condition is about that condition.
DONT_KNOW = {"en": "no idea", "fr": "aucune idée", "nl": "geen idee", "it": "boh, non lo so"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_dont_know_after_a_condition_is_about_it(monkeypatch, lang):
    replies, _, _ = await after_verdict(monkeypatch, lang, [(DONT_KNOW[lang], "nlu_fallback")])
    reply = replies[-1]
    assert reply.startswith(t(lang, "unsure_condition", field="X", who="Y").split("X")[0]), reply
    assert "erasmusplusmobility@itg.be" in reply and t(lang, "anything_else") not in reply, reply


@pytest.mark.parametrize("lang", ["en", "it"])
async def test_ok_after_the_answer_keeps_anything_else(monkeypatch, lang):
    replies, _, _ = await after_verdict(monkeypatch, lang, [("ok", "affirm")])
    assert t(lang, "unsure_condition", field="X", who="Y").split("X")[0] not in replies[-1], replies[-1]


# 2. The amount asked again, or "just the figure": in a line or two.
JUST_FIGURE = {"en": "so how much would I get? just the number", "fr": "donc combien ? juste le montant",
               "nl": "hoeveel krijg ik dan? alleen het bedrag",
               "it": "quindi in pratica quanto prenderei? dimmi solo la cifra"}
AMOUNT_AGAIN = {"en": "and how much would I get?", "fr": "et combien je toucherais ?",
                "nl": "en hoeveel zou ik krijgen?", "it": "e quanto prenderei?"}
EUR_948 = {"en": "948.00", "fr": "948,00", "nl": "948,00", "it": "948,00"}


@pytest.mark.parametrize("asked", [JUST_FIGURE, AMOUNT_AGAIN])
@pytest.mark.parametrize("lang", LANGS)
async def test_the_amount_asked_again_is_said_in_a_line(monkeypatch, lang, asked):
    replies, _, _ = await after_verdict(monkeypatch, lang, [(asked[lang], "ask_grant")])
    first, reply = replies
    assert "× 79 EUR" in first  # the answer itself shows the whole block
    assert EUR_948[lang] in reply and "× 79 EUR" not in reply, reply
    assert len(reply.splitlines()) <= 4, reply  # the line, then the two buttons' titles
    assert "erasmusplusmobility@itg.be" in reply, reply


# 4. The start check, in a sentence that reads.
START_OK = {"en": "Your start on 8 June 2026 is on or after 1 September 2024, the earliest start",
            "fr": "Votre début, le 8 juin 2026, respecte la première date de départ permise par "
                  "l'appel, le 1er septembre 2024",
            "nl": "Uw start op 8 juni 2026 valt op of na 1 september 2024, de vroegste start",
            "it": "L'inizio, l'8 giugno 2026, rispetta la prima data di partenza ammessa dal bando, il 1 "
                  "settembre 2024"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_start_check_reads(monkeypatch, lang):
    replies, _, _ = await converse(monkeypatch, {"language": lang, **PHD}, [("/show_checks", "show_checks")])
    assert START_OK[lang] in replies[-1], replies[-1]


# 5. The buttons in the person's grammatical gender.
@pytest.mark.parametrize(("gender", "title"), [("f", "Sono idonea?"), ("m", "Sono idoneo?"),
                                               (None, "Sono idoneo/a?")])
async def test_the_buttons_use_the_gender_of_the_replies(monkeypatch, gender, title):
    _, sent, _ = await after_verdict(monkeypatch, "it", [("ok", "affirm")], gender=gender)
    titles = [b["title"] for m in sent[-1] for b in m.get("buttons") or []]
    assert title in titles, titles


# 6. The summary's status names the institution.
STATUS = {"en": "Status: PhD student at ITM Antwerp.", "fr": "Statut : Doctorante, IMT Anvers.",
          "nl": "Status: Doctoraatsstudente aan ITG Antwerpen.",  # (round 55: the Dutch feminine form too)
          "it": "Status: Dottoranda presso ITM Anversa."}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_summary_status_names_the_institution(monkeypatch, lang):
    replies, _, _ = await after_verdict(monkeypatch, lang, [("/ask_contact", "ask_contact")], gender="f")
    assert STATUS[lang] in replies[-1], replies[-1]


async def test_a_staff_members_status_is_of_the_institution(monkeypatch):
    slots = {"language": "nl", "call": "itm-2024", "role": "staff", "activity": "staff_training",
             "destination": "SI", "destination_city": "Ljubljana", "receiving_org": "hei",
             "start_date": "2026-04-20", "end_date": "2026-04-24"}
    replies, _, _ = await converse(monkeypatch, slots, [("/ask_contact", "ask_contact")])
    assert "Status: Personeelslid van ITG Antwerpen." in replies[-1], replies[-1]
