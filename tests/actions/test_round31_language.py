"""Round 31 (port 5105, an English speaker after a German greeting): "hm ok. and is the train to amsterdam
paid?" was answered in Dutch (lingua read those words as Dutch 0.65) and opened with "I can't say what green
travel would change"; "uh why dutch now? english pls. i dont speak dutch" got every check of the answer
instead of the last answer again in English; and "what do i need to send when i apply? learning agreement or
smth?" ended its reply with a bare "For the ITM Antwerp (Erasmus+ 2024-2026) call:".

Now the language changes on several words of the other language only (bot/sticky_margin.py), a language
asked for (or the one used complained about) sets it and says the previous answer again in it
(actions/replylanguage.py), "is the train paid?" says "Not known: ..." first (actions/travelq.py), and a
heading whose lines were said above in the reply goes with them (actions/onceinreply.py)."""
from __future__ import annotations

from typing import Any

import pytest

from actions.calls import reload_if_changed
from actions.i18n import t
from actions.replylanguage import asked_language, only_about_language
from bot.language import detect
from tests.actions.conversation import play
from tests.actions.test_round13 import ITM_OPEN
from tests.actions.test_round25_answers import CAN_I_GO

LANGS = ("en", "fr", "nl", "it")
# What the person wrote before, as in the round-31 conversation.
ENGLISH_BEFORE = ["Hallo! Kann ich mit Erasmus ein Praktikum machen?", "ITM Antwerp 2024-2026",
                  "master student at ITM. I want to do a traineeship at Médecins Sans Frontières in Brussels",
                  "belgium, brussels like i said"]
AMSTERDAM = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "NL",
             "destination_city": "Amsterdam", "start_date": "2026-03-02", "end_date": "2026-05-29",
             "citizenship": ["DE"], "receiving_org": "research_institute", "goal": "eligibility"}


@pytest.fixture(autouse=True, scope="module")
def institution_names() -> None:
    reload_if_changed()


# 1. The language is sticky: a short English question with a place name is no Dutch.
@pytest.mark.parametrize("text", [
    "hm ok. and is the train to amsterdam paid?", "is the train to amsterdam paid?", "and what about Leuven?",
    "ok merci", "so is the bus to leuven paid as well?"])
def test_an_english_writer_stays_english(text: str) -> None:
    assert detect(text, "en", ENGLISH_BEFORE) == "en"


@pytest.mark.parametrize("previous", ["fr", "it"])
def test_an_english_question_in_another_conversation_is_english_not_dutch(previous: str) -> None:
    assert detect("is the train to amsterdam paid?", previous) == "en"


@pytest.mark.parametrize(("text", "lang"), [
    ("Et pour le logement, est-ce que la bourse couvre le loyer ?", "fr"),
    ("Et le logement, c'est payé ?", "fr"),
    ("Wordt de treinreis naar Amsterdam ook vergoed door het ITG?", "nl"),
    ("E il treno per Amsterdam, me lo pagano o devo pagarlo io?", "it"),
])
def test_a_full_sentence_in_another_language_still_switches(text: str, lang: str) -> None:
    assert detect(text, "en", ENGLISH_BEFORE) == lang
    other = next(x for x in LANGS if x not in ("en", lang))
    assert detect(text, other) == lang


@pytest.mark.parametrize(("text", "previous"), [
    ("How many grants are there for staff, and who decides?", "nl"),
    ("is the train to amsterdam paid for by the institute?", "fr")])
def test_a_full_english_sentence_leaves_another_language(text: str, previous: str) -> None:
    assert detect(text, previous) == "en"


@pytest.mark.parametrize(("text", "lang"), [("bonjour", "fr"), ("ciao", "it"), ("hallo", "nl")])
def test_english_only_by_default_is_left_on_one_cue_word(text: str, lang: str) -> None:
    # (a first message after a button, or after a greeting in German: nothing written in English yet)
    assert detect(text, "en", ["Hallo! Kann ich mit Erasmus ein Praktikum machen?", "/inform"]) == lang


# 2. A language asked for, or the one used complained about.
@pytest.mark.parametrize(("text", "previous", "lang"), [
    ("english pls", "fr", "en"), ("in English please", "nl", "en"), ("en français svp", "en", "fr"),
    ("in het Nederlands aub", "it", "nl"), ("in italiano per favore", "en", "it"),
    ("can you answer in English?", "nl", "en"),
    ("uh why dutch now? english pls. i dont speak dutch", "nl", "en"),
    ("why dutch now?", "nl", "en"), ("pourquoi en anglais ?", "en", "fr"), ("waarom nu Engels?", "en", "nl"),
    ("perché in inglese?", "en", "it"), ("je ne parle pas anglais", "en", "fr"),
])
def test_a_language_asked_for(text: str, previous: str, lang: str) -> None:
    detected = detect(text, previous)
    assert asked_language(text, detected, previous, []) == lang
    assert only_about_language(text)


@pytest.mark.parametrize(("text", "previous"), [
    ("do I need to speak Dutch?", "en"), ("faut-il parler néerlandais ?", "fr"), ("Italian", "en"),
    ("why dutch? I said german", "en"), ("moet ik Nederlands spreken?", "nl"),
    ("devo parlare inglese?", "it"),
    ("is the train to amsterdam paid?", "en"),
])
def test_no_language_asked_for(text: str, previous: str) -> None:
    assert asked_language(text, detect(text, previous), previous, []) is None


def test_a_request_with_a_question_is_not_only_about_language() -> None:
    assert not only_about_language("english pls, and how much do I get per month?")


async def converse(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], messages: list[tuple[str, str]],
                   before: list[str] = ()) -> tuple[list[str], dict[str, Any]]:
    """Each message in turn as Rasa sends it (its parse data in the user event), after the texts `before`:
    the replies, the slots."""
    earlier = [{"event": "user", "text": text, "parse_data": {"text": text}} for text in before]
    said = await play(monkeypatch, slots, messages, ITM_OPEN, before=earlier, user_event="parsed")
    return said.replies, said.slots


TRAIN_PAID = {"en": "hm ok. and is the train to amsterdam paid?",
              "fr": "d'accord. et le train pour Amsterdam, il est remboursé ?",
              "nl": "oké. en wordt de trein naar Amsterdam vergoed?",
              "it": "ok. e il treno per Amsterdam è rimborsato?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_is_the_train_paid_is_not_known_first_in_the_persons_language(monkeypatch, lang):
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    before = ENGLISH_BEFORE if lang == "en" else []
    (_, reply), slots = await converse(monkeypatch, {**AMSTERDAM, "language": lang},
                                       [(CAN_I_GO[lang], "check_eligibility"), (TRAIN_PAID[lang], "inform")],
                                       before)
    assert slots["language"] == lang
    opening = t(lang, "travel_not_known", city="Amsterdam", answer="").strip()
    assert reply.startswith(opening), reply
    assert t(lang, "green_unknown", notes="")[:20] not in reply, reply
    assert len(reply.splitlines()) <= 2, reply  # the reason, whom to ask


async def test_green_travel_asked_as_such_keeps_its_answer(monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    (_, reply), _ = await converse(monkeypatch, {**AMSTERDAM, "language": "en"}, [
        ("so can I go?", "check_eligibility"), ("can I go by train, does that change anything?", "inform")],
        ENGLISH_BEFORE)
    assert reply.startswith(t("en", "green_unknown", notes="")[:30]), reply


COMPLAINT = {"en": "uh why dutch now? english pls. i dont speak dutch", "fr": "en français svp",
             "nl": "in het Nederlands aub", "it": "in italiano per favore"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_language_asked_for_says_the_previous_answer_again_in_it(monkeypatch, lang):
    """The reply was in another language ("nl" for English, "en" for the others): the same answer comes in
    the language asked for, after "OK, I'll continue in ...", and no list of every check."""
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    was = "nl" if lang == "en" else "en"
    question = TRAIN_PAID["en"]
    go = ("so can I go?", "check_eligibility")
    (_, _, again), slots = await converse(monkeypatch, {**AMSTERDAM, "language": was},
                                          [go, (question, "inform"), (COMPLAINT[lang], "ask_why")],
                                          ENGLISH_BEFORE)
    assert slots["language"] == lang
    assert again.startswith(t(lang, "language_switched")), again
    assert t(lang, "travel_not_known", city="Amsterdam", answer="").strip() in again, again
    assert t(lang, "all_checks_title", call="")[:15] not in again, again


async def test_a_language_asked_for_with_nothing_before_asks_the_pending_question_again(monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    slots = {"call": "itm-2024", "role": "msc_student", "asked": "activity", "asked_once": True,
             "language": "fr"}
    (reply,), got = await converse(monkeypatch, slots, [("english please", "inform")])
    assert got["language"] == "en"
    assert reply.startswith(t("en", "language_switched")), reply
    assert t("en", "ask_activity") in reply, reply


# 3. A heading is said only with lines after it.
DOCUMENTS = {"en": "what do i need to send when i apply? learning agreement or smth?",
             "fr": "je dois envoyer quoi quand je postule ? un contrat d'études ou un truc du genre ?",
             "nl": "wat moet ik opsturen als ik me kandidaat stel? een leerovereenkomst of zo?",
             "it": "cosa devo mandare quando faccio domanda? un learning agreement o qualcosa del genere?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_no_heading_ends_a_reply(monkeypatch, lang):
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    (_, reply), _ = await converse(monkeypatch, {**AMSTERDAM, "language": lang}, [
        ("so can I go?", "check_eligibility"), (DOCUMENTS[lang], "faq_application")])
    heading = t(lang, "faq_intro", call="")[:8]
    lines = [line for line in reply.splitlines() if line.strip()]
    assert not any(line.startswith(heading) and line.endswith(":") for line in lines), reply
    assert t(lang, "learning_agreement_documents", documents="", source="")[:15] in reply, reply


async def test_a_topic_asked_alone_keeps_its_heading(monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    (_, reply), _ = await converse(monkeypatch, {**AMSTERDAM, "language": "en"}, [
        ("so can I go?", "check_eligibility"), ("how does the selection work?", "faq_selection")])
    assert t("en", "faq_intro", call="")[:8] in reply, reply


def test_a_sentence_left_without_its_lines_keeps_its_words() -> None:
    from actions.onceinreply import no_bare_heading

    sentence = ("The call says nothing about whether your salary goes on during the stay; the people "
                "below can tell you:")
    messages = [{"text": f"{sentence}\n(source: Staff mobility)"}, {"text": "For the ITM Antwerp call:"}]
    no_bare_heading(messages, [f"{sentence}\n📧 Next step: the office\n(source: Staff mobility)",
                               "For the ITM Antwerp call:"])
    assert messages[0]["text"].startswith(sentence[:-1] + "."), messages
    assert messages[1]["text"] == "For the ITM Antwerp call:"  # its lines come in the next message: kept
