"""bot/patches/speedups.py and prediction.py patch Rasa internals for speed; they promise to change no
reply, slot or predicted action. This holds the same scripted conversations with a second assistant started
with RASA_SPEEDUPS=0 (Rasa's own code) and compares, turn by turn, what both said, then the slots and the
actions each ran. The scripts cover forms (activation, questions, digressions, why, skip), corrections, the
ambiguous "IMT", restart, erasure, bad input and all four languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.serve import Assistant, running_assistant
from tests.conftest import REPO
from tests.e2e.harness import TODAY, Conversation, _model, post

SCRIPTS = {
    "en-form": [
        "Hi", "Am I eligible for an Erasmus grant?", "IMT", "ITM Antwerp", "I'm a master student",
        "why do you need this?", "a traineeship", "What is the minimum number of credits of a course unit?",
        "Lisbon", "I'm Belgian", "from 1 March to 31 May 2026", "yes", "yes", "actually it's Spain",
        "make it 5 months", "how much would I get?", "whom do I write to?", "thanks", "bye",
    ],
    "fr-lucca": [
        "Bonjour", "Je suis doctorant à l'IMT Lucca et je veux étudier en Espagne", "je ne sais pas",
        "du 1er au 20 mars 2016", "pourquoi ?", "c'est quoi la date limite ?", "/restart",
        "Je suis membre du personnel de l'IMT Anvers", "Quels documents faut-il envoyer ?",
    ],
    "nl-it": [
        "Hoeveel beurzen zijn er voor studenten van het ITG?",
        "Ik ben een Belgisch personeelslid van het ITG Antwerpen en wil een staff training doen aan een "
        "universiteit in Madrid van 9 tot 20 februari 2026.", "ja", "ja",
        "Eigenlijk is het Lissabon, Portugal.",
        "Qual è la durata minima di un periodo di studio all'IMT Lucca?",
        "Sono dottorando all'IMT Lucca e voglio andare in Germania", "/delete_my_data", "Ciao",
    ],
    "bad-input": [
        "I want to go to Narnia", "I'm a PhD student at IMT Lucca", "from 31 May to 1 March 2016", "",
        "<script>alert(1)</script>", "Can you book me a flight to Madrid?", "Germany", "skip",
    ],
}


@pytest.fixture(scope="module")
def unpatched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    db = Path(tmp_path_factory.mktemp("unpatched-db")) / "conversations.db"
    env = {"MOBILITY_TODAY": TODAY, "RASA_SPEEDUPS": "0"}
    with running_assistant(model=_model(), db=db, widget=False, env=env) as running:
        yield running


def _said(conversation: Conversation) -> list[dict[str, Any]]:
    return [
        {key: message.get(key) for key in ("text", "buttons", "custom", "image")}
        for message in conversation.replies
    ]


def _actions(conversation: Conversation) -> list[str]:
    return [e["name"] for e in conversation.tracker()["events"] if e.get("event") == "action"]


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_speedups_change_no_reply_slot_or_action(
    assistant: Assistant, unpatched: Assistant, script: str
) -> None:
    patched_talk = Conversation(assistant, f"speed-on-{script}")
    original_talk = Conversation(unpatched, f"speed-off-{script}")
    for turn, text in enumerate(SCRIPTS[script]):
        patched_talk.say(text)
        original_talk.say(text)
        assert _said(patched_talk) == _said(original_talk), f"turn {turn} ({text!r}) differs"
    assert patched_talk.slots() == original_talk.slots()
    assert _actions(patched_talk) == _actions(original_talk)


def _heldout_texts() -> list[str]:
    data = yaml.safe_load((REPO / "tests" / "nlu" / "heldout.yml").read_text())
    texts = []
    for block in data["nlu"]:
        for line in (block.get("examples") or "").splitlines():
            texts.append(re.sub(r"\[([^\]]*)\]\{[^}]*\}", r"\1", line.strip()[2:]))
    return texts


def test_speedups_change_no_intent_ranking_or_entity(assistant: Assistant, unpatched: Assistant) -> None:
    """The classifier's input is built by our code when the speed-ups are on: same numbers, same ranking."""
    texts = _heldout_texts()
    assert len(texts) > 200
    for text in texts:
        results = []
        for running in (assistant, unpatched):
            status, parsed = post(f"{running.rasa_url}/model/parse?token={running.token}", {"text": text})
            assert status == 200, parsed
            results.append({key: parsed.get(key) for key in ("intent", "intent_ranking", "entities")})
        assert results[0] == results[1], text
