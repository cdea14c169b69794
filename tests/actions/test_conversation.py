"""Greeting, out of scope, data deletion, the question prompts and the locale files."""
from __future__ import annotations

import yaml

from actions.conversation import ActionDeleteMyData, ActionGreet, ActionOutOfScope
from actions.eligibility import ASK_ACTIONS
from actions.i18n import LANGS, STRINGS
from tests.actions.conftest import DOMAIN, make_tracker, texts


async def test_greet_in_dutch_offers_the_main_things(dispatcher):
    await ActionGreet().run(dispatcher, make_tracker(slots={"language": "nl"}, intent="greet"), DOMAIN)
    assert "Erasmus+-mobiliteitsassistent" in texts(dispatcher)
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert payloads[:2] == ["/check_eligibility", "/ask_grant"]


async def test_out_of_scope_is_honest_and_offers_likely_topics(dispatcher):
    ranking = [{"name": "out_of_scope", "confidence": 0.5}, {"name": "faq_destinations", "confidence": 0.2},
               {"name": "greet", "confidence": 0.1}, {"name": "faq_duration", "confidence": 0.05}]
    tracker = make_tracker(text="Can you book me a flight to Madrid?", intent="out_of_scope", ranking=ranking)
    await ActionOutOfScope().run(dispatcher, tracker, DOMAIN)
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert "I can only help with Erasmus+" in texts(dispatcher)
    assert payloads[:2] == ["/faq_destinations", "/faq_duration"]


async def test_empty_message_gets_a_clear_answer(dispatcher):
    await ActionOutOfScope().run(dispatcher, make_tracker(text="   ", intent="nlu_fallback"), DOMAIN)
    assert "empty message" in texts(dispatcher)


async def test_delete_my_data_resets_everything_and_says_what(dispatcher):
    slots = {"call": "itm-2024", "citizenship": ["BE"], "start_date": "2026-03-01", "language": "fr"}
    events = await ActionDeleteMyData().run(dispatcher, make_tracker(slots=slots), DOMAIN)
    assert events[0]["event"] == "reset_slots"
    assert events[1] == {"event": "slot", "name": "language", "value": "fr", "timestamp": None}
    said = texts(dispatcher)
    assert "nationalité" in said and "date de début" in said
    assert "BE" not in said and "2026" not in said  # names of fields, never the values


async def test_every_question_has_buttons_or_text_in_every_language(dispatcher):
    for cls in ASK_ACTIONS:
        for lang in LANGS:
            d = type(dispatcher)()
            await cls().run(d, make_tracker(slots={"language": lang, "asked_once": True}), DOMAIN)
            assert d.messages and d.messages[0]["text"] and "{" not in d.messages[0]["text"], (cls, lang)


def test_every_common_string_exists_in_all_four_languages():
    english = STRINGS["en"]
    for lang in LANGS:
        assert set(english) <= set(STRINGS[lang]), lang
        for key, value in english.items():
            if isinstance(value, dict):
                assert set(value) <= set(STRINGS[lang][key]), (lang, key)


def test_locale_files_are_plain_yaml():
    for lang in LANGS:
        with open(f"actions/locales/{lang}.yaml", encoding="utf-8") as handle:
            assert isinstance(yaml.safe_load(handle), dict)


async def test_restart_confirms_in_the_users_language_and_restarts(dispatcher):
    from actions.conversation import ActionRestart

    events = await ActionRestart().run(dispatcher, make_tracker(slots={"language": "it", "call": "itm-2024"},
                                                                intent="restart"), DOMAIN)
    assert [e["event"] for e in events] == ["restart", "slot"]
    assert "ricominciamo" in texts(dispatcher)


async def test_empty_message_read_as_yes_is_not_taken_as_yes(dispatcher):
    from actions.conversation import ActionAffirmDeny

    await ActionAffirmDeny().run(dispatcher, make_tracker(text="", intent="affirm"), DOMAIN)
    assert "empty message" in texts(dispatcher)


async def test_markup_read_as_inform_starts_with_an_honest_line(dispatcher):
    from actions.eligibility import ASK_ACTIONS

    ask_call = next(cls for cls in ASK_ACTIONS if cls.slot == "call")
    events = [{"event": "user", "text": "<script>alert(1)</script>"},
              {"event": "active_loop", "name": "eligibility_form"}]
    tracker = make_tracker(text="<script>alert(1)</script>", intent="inform", slots={"asked_once": True},
                           events=events)
    await ask_call().run(dispatcher, tracker, DOMAIN)
    said = texts(dispatcher)
    assert said.startswith("I'm not sure what you mean") and "<script>" not in said
    assert "IMT Lucca 2015-2016" in said
