""""Sono un dottorando all'IMT Lucca e vorrei…" was read as a question ("sono" opened QUESTION_RX), and
the first reply began "Sì: Organizzazione ospitante ammessa…" before noting the facts (found in round 25)."""
from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from tests.actions.conftest import texts
from tests.actions.test_round13 import LUCCA_OPEN, hear


async def test_sono_opens_a_statement(monkeypatch):
    dispatcher = CollectingDispatcher()
    text = "Sono un dottorando all'IMT Lucca e vorrei fare un tirocinio presso un'azienda a Barcellona."
    got = await hear(dispatcher, monkeypatch, text, {"language": "it"}, LUCCA_OPEN)
    reply = texts(dispatcher)
    assert reply.startswith("Preso nota"), reply
    assert got.get("role") == "phd_student" and got.get("receiving_org") == "enterprise", got


async def test_sono_with_a_question_mark_is_still_a_question(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "Sono ammessi i tirocini in un'azienda?",
               {"language": "it", "call": "imt-lucca-2015", "role": "phd_student"}, LUCCA_OPEN)
    assert texts(dispatcher).startswith("Sì"), texts(dispatcher)
