"""Round 36 (simulated users r35-a, r35-c and round 34's left-open 309/417): the travel support asked in
other words, a short follow-up about it, and the amount asked for the train.

1. A PhD student going to Lisbon asked "is travel paid on top of that or not for portugal?" and got the whole
   amount block again with no travel answer; "yes or no for portugal?" right after was answered as a question
   about the destination ("Yes: Portugal belongs to the EU"); "no i mean do I get money for the flight to
   Lisbon, travel support" fell to the "anything else?" menu. Now each is the travel support for the plan:
   not known for this destination, why, and whom to ask; a known amount for a staff member.
2. "En u zegt nu weer 309 euro, maar met de trein was het toch 417?" from someone who had only asked about
   the train got 309 again. Now the green travel support, yes or no to the amount said, with nothing stored
   ("so by train it was 417, right?" checks back what was told; "I'll go by train" says it).
Played through action_respond on tracker fixtures, in four languages, with the nearby cases that keep their
answer ("is there travel support for lisbon?", "can I go to Portugal?")."""
from __future__ import annotations

from typing import Any

import pytest

from actions import i18n
from actions.i18n import t
from actions.phrases import PHRASES
from tests.actions.conversation import play

ITM_OPEN = "2025-10-01"
LISBON = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility", "activity": "short_term_doctoral",
          "destination": "PT", "destination_city": "Lisbon", "receiving_org": "research_institute",
          "citizenship": ["BR"], "start_date": "2026-05-04", "end_date": "2026-05-22",
          "itm_staff_member": False}
STOCKHOLM = {"call": "itm-2024", "role": "staff", "goal": "eligibility", "activity": "staff_training",
             "destination": "SE", "destination_city": "Stockholm", "receiving_org": "hei",
             "citizenship": ["BE"], "start_date": "2026-04-13", "end_date": "2026-05-01"}
HOW_MUCH = {"en": "How much would I get?", "fr": "Combien est-ce que je toucherais ?",
            "nl": "Hoeveel zou ik krijgen?", "it": "Quanto riceverei?"}
# Where the call data's note says the travel support for this destination is decided.
ANNEX_2 = {"en": "Annex 2", "fr": "annexe 2", "nl": "bijlage 2", "it": "allegato 2"}


async def converse(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], messages: list[tuple[str, str]]
                   ) -> tuple[list[str], dict[str, Any]]:
    """Each message in turn as Rasa sends it: the replies' texts and the slots set by the last message."""
    said = await play(monkeypatch, slots, messages, ITM_OPEN)
    return said.replies, said.last


async def after_amount(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], lang: str,
                       messages: list[tuple[str, str]]) -> tuple[list[str], dict[str, Any]]:
    replies, got = await converse(monkeypatch, {**slots, "language": lang},
                                  [(HOW_MUCH[lang], "ask_grant"), *messages])
    return replies[1:], got


def opening(lang: str, key: str, **params: str) -> str:
    """A reply's fixed opening: the locale text up to its first placeholder."""
    return t(lang, key, **{k: "\0" for k in params}).split("\0")[0]


def not_known(lang: str) -> str:
    return opening(lang, "travel_not_known", city="", answer="")


def destination_answer(lang: str) -> str:
    """The destination's answer opening, as said after "Yes: " (lower case; round 50: the plan's words)."""
    return t(lang, "destination_possible", country=i18n.country("PT", lang), sets="\0",
             whom="\0").split("\0")[0].lower()


# 1a. "Is travel paid on top of that or not?", with the amount checked back in the same message.
ON_TOP = [
    ("en", "ok. so about the money, it's roughly 1400 euros? is travel paid on top of that or not for "
           "portugal?"),
    ("fr", "d'accord. donc pour l'argent, c'est environ 1400 euros ? le voyage est payé en plus ou pas pour "
           "le Portugal ?"),
    ("nl", "oké. dus qua geld is het ongeveer 1400 euro? worden de reiskosten daarbovenop betaald of niet "
           "voor Portugal?"),
    ("it", "ok. quindi per i soldi sono circa 1400 euro? il viaggio è pagato in più o no per il Portogallo?"),
]


@pytest.mark.parametrize("intent", ["ask_grant", "inform"])
@pytest.mark.parametrize(("lang", "text"), ON_TOP)
async def test_travel_paid_on_top_gets_the_travel_answer(monkeypatch, lang, text, intent):
    (reply,), _ = await after_amount(monkeypatch, LISBON, lang, [(text, intent)])
    assert opening(lang, "travel_apart_unknown", why="") in reply, reply
    assert ANNEX_2[lang] in reply, reply  # why it is not known: the call data's note
    assert t(lang, "grant_top_up") not in reply, reply  # not "a top-up not listed is not in them"


# 1b. The flight, the travel, the ticket said paid: yes or no (here: not known) first.
PAID = [
    ("en", "is travel paid?"), ("en", "is the flight paid or not?"),
    ("fr", "le voyage est payé ?"), ("fr", "le vol est remboursé ou pas ?"),
    ("nl", "wordt de reis betaald?"), ("nl", "wordt de vlucht vergoed of niet?"),
    ("it", "il viaggio è pagato?"), ("it", "il viaggio è rimborsato?"), ("it", "il volo è rimborsato o no?"),
]


@pytest.mark.parametrize("intent", ["ask_grant", "nlu_fallback"])
@pytest.mark.parametrize(("lang", "text"), PAID)
async def test_travel_said_paid_is_not_known_first(monkeypatch, lang, text, intent):
    (reply,), _ = await after_amount(monkeypatch, LISBON, lang, [(text, intent)])
    assert reply.startswith(not_known(lang)), reply
    assert i18n.city("Lisbon", lang, "PT") in reply.splitlines()[0], reply  # "Lisbonne", "Lissabon"
    assert ANNEX_2[lang] in reply, reply


# 1c. Said again after a misreading, with no question mark.
RESTATED = [
    ("en", "no i mean do I get money for the flight to Lisbon, travel support"),
    ("fr", "non je veux dire, est-ce que j'ai de l'argent pour le vol vers Lisbonne, l'aide au voyage"),
    ("nl", "nee ik bedoel, krijg ik geld voor de vlucht naar Lissabon, reissteun"),
    ("it", "no intendo, ricevo soldi per il volo per Lisbona, contributo di viaggio"),
]


@pytest.mark.parametrize("intent", ["nlu_fallback", "out_of_scope", "ask_grant"])
@pytest.mark.parametrize(("lang", "text"), RESTATED)
async def test_travel_asked_again_without_question_mark(monkeypatch, lang, text, intent):
    (reply,), _ = await after_amount(monkeypatch, LISBON, lang, [(text, intent)])
    assert ANNEX_2[lang] in reply.splitlines()[0], reply
    assert t(lang, "anything_else") not in reply, reply


# 1d. "Yes or no for portugal?" right after a travel question: the travel support, not the destination.
FOLLOW_UP = [
    ("en", "is travel paid on top of that or not for portugal?",
     "you didnt really answer about travel. yes or no for portugal?"),
    ("en", "is there travel support for lisbon?", "and for portugal?"),
    ("fr", "le voyage est payé pour le Portugal ?", "oui ou non pour le Portugal ?"),
    ("nl", "worden de reiskosten vergoed voor Portugal?", "ja of nee voor Portugal?"),
    ("it", "il viaggio è rimborsato per il Portogallo?", "sì o no per il Portogallo?"),
]


@pytest.mark.parametrize("intent", ["inform", "ask_grant"])
@pytest.mark.parametrize(("lang", "first", "then"), FOLLOW_UP)
async def test_yes_or_no_after_a_travel_question_stays_on_travel(monkeypatch, lang, first, then, intent):
    (_, reply), _ = await after_amount(monkeypatch, LISBON, lang, [(first, "ask_grant"), (then, intent)])
    assert reply.startswith(not_known(lang)), reply
    assert destination_answer(lang) not in reply.lower(), reply


async def test_a_known_travel_amount_is_yes_to_the_follow_up(monkeypatch):
    (paid, again), _ = await after_amount(monkeypatch, STOCKHOLM, "en", [
        ("is the flight paid?", "ask_grant"), ("so yes or no for sweden?", "inform")])
    assert paid.startswith("Yes: €309.00 of travel support"), paid
    assert again.startswith("Yes: €309.00 of travel support"), again


# Nearby: the travel question in its own words keeps its answer; the destination asked keeps its answer, also
# right after a travel question.
PLACE_ASKED = {"en": "can I go to Portugal?", "fr": "je peux aller au Portugal ?",
               "nl": "mag ik naar Portugal?", "it": "posso andare in Portogallo?"}
TRAVEL_THERE = {"en": "is there travel support for lisbon?",
                "fr": "y a-t-il une aide au voyage pour Lisbonne ?",
                "nl": "is er reissteun voor Lissabon?", "it": "c'è un contributo di viaggio per Lisbona?"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_destination_asked_keeps_its_answer(monkeypatch, lang):
    (first, place), _ = await after_amount(monkeypatch, LISBON, lang, [(TRAVEL_THERE[lang], "ask_grant"),
                                                                       (PLACE_ASKED[lang], "inform")])
    # what there is, in the call data's words ("Travel support for this destination is not known: ...")
    assert PHRASES["unknown_travel_lead"].match(first) and ANNEX_2[lang] in first, first
    assert destination_answer(lang) in place.lower(), place
    assert t(lang, "destination_ok_for_you") in place, place


# 2. The amount asked for the train by someone who has only asked about it.
TRAIN_ASKED = {"en": "And if I go by train, do I get more?", "fr": "Et si je prends le train, j'ai plus ?",
               "nl": "En als ik met de trein ga, krijg ik dan meer?",
               "it": "E se vado in treno, ricevo di più?"}
BY_TRAIN_417 = [
    ("nl", "In welke groep valt Zweden dan? En u zegt nu weer 309 euro, maar met de trein was het toch 417?"),
    ("nl", "met de trein was het toch 417?"),
    ("en", "You said 309 again, but by train it was 417, right?"),
    ("en", "so by train it was 417, right?"),
    ("fr", "Vous dites encore 309 euros, mais en train c'était 417, non ?"),
    ("fr", "donc en train c'est 417 ?"),
    ("it", "Dice di nuovo 309 euro, ma in treno erano 417, giusto?"),
    ("it", "quindi in treno sono 417?"),
]


@pytest.mark.parametrize(("lang", "text"), BY_TRAIN_417)
async def test_the_train_amount_checked_back_is_the_green_one(monkeypatch, lang, text):
    (_, reply), got = await after_amount(monkeypatch, STOCKHOLM, lang, [(TRAIN_ASKED[lang], "ask_grant"),
                                                                       (text, "ask_grant")])
    first = reply.splitlines()[0]
    assert first.startswith(t(lang, "answer_yes", answer="")), reply
    assert i18n.fmt_eur(417, lang) in first and i18n.fmt_eur(309, lang) in first, reply
    assert "green_travel" not in got, got  # asked, not said: nothing stored


async def test_a_wrong_train_amount_gets_no_with_the_green_one(monkeypatch):
    (reply,), got = await after_amount(monkeypatch, STOCKHOLM, "en",
                                       [("So by train it's 309, right?", "ask_grant")])
    assert reply.startswith("No: with green travel"), reply
    assert "€417.00 instead of €309.00" in reply.splitlines()[0], reply
    assert "green_travel" not in got, got


async def test_the_train_said_is_still_stored_and_answered(monkeypatch):
    (reply,), got = await after_amount(monkeypatch, STOCKHOLM, "en",
                                       [("I'll go by train. So it's 417 then?", "ask_grant")])
    assert got.get("green_travel") is True, got
    assert "€417.00" in reply and "€309.00" not in reply, reply


async def test_the_standard_amount_asked_keeps_its_answer(monkeypatch):
    (reply,), got = await after_amount(monkeypatch, STOCKHOLM, "en",
                                       [("So it's 309 for the round trip, right?", "ask_grant")])
    assert "€309.00" in reply.splitlines()[0] and "€417.00" not in reply, reply
    assert "green_travel" not in got, got
