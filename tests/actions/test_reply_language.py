"""The conversation's language each turn (bot/language.py, through actions/language.py): short lines keep it,
only a message clearly in another of the four languages changes it."""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.calls import reload_if_changed
from actions.dialogue import ActionRespond
from actions.language import detect, foreign_language
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts


@pytest.fixture(autouse=True, scope="module")
def institution_names() -> None:
    reload_if_changed()  # the calls' one-word institution names, as the action server has them


# Replies, names and numbers said in the middle of a conversation: "ok", "boh" and "NGO" are no language.
SHORT = ["sì", "si", "ok", "ok grazie", "ok, perfetto", "ah ok", "Parigi", "3 mesi", "no", "e allora?",
         "perfetto", "boh", "Amref, Nairobi", "NGO", "ok, e il contributo?", "grazie", "va bene", "esatto",
         "yes", "ok thanks", "oui", "merci", "ja", "nee", "sure", "when?",
         "University of Oxford", "the University of Nairobi", "the NGO Amref", "Save the Children",
         "London School of Hygiene and Tropical Medicine", "Amref Health Africa in Nairobi, Kenya",
         "presso la London School of Hygiene and Tropical Medicine", "Universidad de Granada"]


@pytest.mark.parametrize("text", SHORT)
def test_a_short_line_keeps_an_italian_conversation_italian(text: str) -> None:
    assert detect(text, "it") == "it"


OTHER_SHORT = ["ok", "ok, parfait", "ok dank je", "yes", "sì", "ja", "oui", "no", "NGO",
               "University of Oxford", "Amref, Nairobi", "3 mois", "ok thanks"]


# ("ja" in Dutch and "oui" in French are the conversation's own language: not a case of keeping it.)
OWN_LANGUAGE = {("ja", "nl"), ("oui", "fr")}


@pytest.mark.parametrize(("text", "lang"), [(text, lang) for lang in ("fr", "nl") for text in OTHER_SHORT
                                            if (text, lang) not in OWN_LANGUAGE])
def test_a_short_line_keeps_a_french_or_dutch_conversation(text: str, lang: str) -> None:
    assert detect(text, lang) == lang


@pytest.mark.parametrize(("text", "previous", "lang"), [
    ("What is the deadline?", "it", "en"),
    ("Wat is de deadline?", "it", "nl"),
    ("english please", "it", "en"),
    ("in English please", "fr", "en"),
    ("Nederlands graag", "fr", "nl"),
    ("en français svp", "it", "fr"),
    ("non lo so", "fr", "it"),
    ("merci beaucoup", "it", "fr"),
    ("how many grants are there?", "nl", "en"),
    ("so am I eligible?", "nl", "en"),
    ("ok, so how much do I get?", "it", "en"),
    ("je voudrais faire un stage à Madrid", "it", "fr"),
])
def test_a_message_clearly_in_another_language_changes_it(text: str, previous: str, lang: str) -> None:
    assert detect(text, previous) == lang


@pytest.mark.parametrize(("text", "lang"), [("ciao", "it"), ("va bene", "it"), ("bonjour", "fr"),
                                            ("oui", "fr"), ("hallo", "nl"), ("ja graag", "nl")])
def test_english_may_have_been_only_the_default_so_one_cue_word_leaves_it(text: str, lang: str) -> None:
    # A first "Salve" or a button click leaves the conversation in English by default.
    assert detect(text, "en") == lang


def test_a_first_message_in_another_language_is_still_recognised() -> None:
    assert foreign_language("Hola, soy estudiante de máster, ¿puedo hacer un Erasmus en Portugal?")
    assert not foreign_language("ok grazie")
    assert detect("Ciao, sono dottoranda all'IMT Lucca", None) == "it"


async def respond(text: str, slots: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text=text, intent="affirm", slots=slots)
    events = await ActionRespond().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher), slot_events(events)


@pytest.mark.parametrize("text", ["ok", "ok grazie", "ok, perfetto", "NGO"])
async def test_the_reply_to_a_short_line_stays_in_italian(text: str) -> None:
    said, slots = await respond(text, {"language": "it", "call": "itm-2024", "role": "msc_student"})
    assert slots["language"] == "it"
    assert said and not any(word in said for word in (" the ", "What ", "Which ", "Anything else"))
