"""Faults with the real servers (issue 12): a stalled, killed or slow action server, a killed Rasa server and
a locked conversation database, each in the middle of a conversation.

One supervised assistant (scripts/serve.py's health checks and restarts, scripts/supervise.py) serves the
whole module; the action server runs the real actions through tests/infra/slow_actions.py, which can make
them slow on demand. What must hold each time: the person gets an answer in their language that says the
check failed, names their call's contact and says their answers are kept (bot/faults.yml); the supervisor
restarts what died or hung; the next message continues the same conversation with the facts stored before.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scripts.serve import Assistant, HealthSettings, running_assistant
from tests.e2e.harness import TODAY, Conversation, _model
from tests.scripted import CANT_CHECK, ITM_STAFF, TO_LISBON

ACTION_TIMEOUT = 4  # seconds; the slow actions below wait 15
SLOW_FLAG = Path(tempfile.mkdtemp(prefix="slow-actions-")) / "slow"
SUPERVISION = HealthSettings(interval=0.5, timeout=3.0, failures=2, stable_after=5.0)

# The phrases of bot/faults.yml that carry the three promises, per language (CANT_CHECK: tests/scripted.py).
KEPT = {"en": "answers so far are kept", "fr": "réponses sont conservées",
        "nl": "antwoorden tot nu toe blijven", "it": "risposte finora sono conservate"}
ITM_CONTACT, LUCCA_CONTACT = "erasmusplusmobility@itg.be", "erasmus@imtlucca.it"

LUCCA_PHD = "Sono dottorando all'IMT Lucca, sono italiano, e voglio studiare in Spagna."


@pytest.fixture(scope="module")
def assistant() -> Iterator[Assistant]:
    db = Path(tempfile.mkdtemp(prefix="faults-db-")) / "conversations.db"
    env = {"MOBILITY_TODAY": TODAY, "ACTION_TIMEOUT_SECONDS": str(ACTION_TIMEOUT),
           "SLOW_ACTIONS_FLAG": str(SLOW_FLAG)}
    with running_assistant(model=_model(), db=db, widget=True, env=env, actions="tests.infra.slow_actions",
                           supervise=SUPERVISION) as running:
        for lang, text in ITM_STAFF.items():  # first calls load language models lazily: not a fault
            Conversation(running, f"warm-{lang}").say(text)
        yield running


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"still not {what} after {timeout:.0f} s"
        time.sleep(0.25)


def group_members(leader: int) -> list[int]:
    """The processes of a server's process group other than its leader (Sanic's worker for rasa-sdk)."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != leader:
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == leader and fields[0] != "Z":  # pgid, not a zombie
                members.append(int(entry.name))
    return members


def restarted(assistant: Assistant, name: str, before: int) -> Callable[[], bool]:
    supervisor = assistant.supervisor
    assert supervisor is not None
    return lambda: (sum(r.name == name for r in supervisor.restarts) > before and supervisor.all_running())


def restarts_of(assistant: Assistant, name: str) -> int:
    assert assistant.supervisor is not None
    return sum(r.name == name for r in assistant.supervisor.restarts)


def log_text(assistant: Assistant, name: str) -> str:
    return (assistant.log_dir / f"{name}.log").read_text(errors="replace")


def assert_fault_reply(reply: str, lang: str, contact: str) -> None:
    assert CANT_CHECK[lang] in reply.lower(), reply
    assert KEPT[lang] in reply, reply
    assert contact in reply, reply


def start_itm(assistant: Assistant, lang: str) -> Conversation:
    conversation = Conversation(assistant, f"fault-{lang}")
    conversation.say(ITM_STAFF[lang])
    slots = conversation.slots()
    assert (slots["call"], slots["destination"], slots["citizenship"]) == ("itm-2024", "ES", ["BE"]), slots
    return conversation


def assert_continues(conversation: Conversation, lang: str, destination: str = "PT") -> dict:
    """The next message is understood in the same conversation: the earlier facts are still there."""
    reply = conversation.say(TO_LISBON[lang])
    assert CANT_CHECK[lang] not in reply.lower(), reply
    slots = conversation.slots()
    assert slots["destination"] == destination and slots["language"] == lang, slots
    return slots


def test_a_stalled_action_server_gets_an_answer_and_a_restart(assistant: Assistant) -> None:
    conversation = start_itm(assistant, "fr")
    before = restarts_of(assistant, "actions")
    workers = group_members(assistant.servers["actions"].process.pid)
    assert workers, "rasa-sdk's Sanic worker not found"
    for pid in workers:
        os.kill(pid, signal.SIGSTOP)  # the port stays open, nothing answers: what hung the chat before
    reply = conversation.say(TO_LISBON["fr"])
    assert_fault_reply(reply, "fr", ITM_CONTACT)
    assert f"failed (no answer within {ACTION_TIMEOUT} s)" in log_text(assistant, "rasa")
    wait_until(restarted(assistant, "actions", before), "restarted")
    reasons = [r.reason for r in assistant.supervisor.restarts if r.name == "actions"]
    assert "health check" in reasons[-1], reasons
    assert "actions did not answer its health check" in (assistant.log_dir / "supervisor.log").read_text()
    slots = assert_continues(conversation, "fr")
    assert slots["citizenship"] == ["BE"] and slots["start_date"] == "2026-02-09", slots


def test_a_killed_action_server_gets_an_answer_and_a_restart(assistant: Assistant) -> None:
    conversation = Conversation(assistant, "fault-it")
    conversation.say(LUCCA_PHD)
    assert conversation.slots()["call"] == "imt-lucca-2015"
    before = restarts_of(assistant, "actions")
    for pid in group_members(assistant.servers["actions"].process.pid):
        os.kill(pid, signal.SIGKILL)
    reply = conversation.say(TO_LISBON["it"])
    assert_fault_reply(reply, "it", LUCCA_CONTACT)
    assert ITM_CONTACT not in reply  # the contact of this person's call only
    wait_until(restarted(assistant, "actions", before), "restarted")
    slots = assert_continues(conversation, "it")
    assert slots["call"] == "imt-lucca-2015" and slots["role"] == "phd_student", slots


def test_a_slow_action_is_cut_at_the_time_out(assistant: Assistant) -> None:
    conversation = start_itm(assistant, "nl")
    SLOW_FLAG.write_text("15")
    try:
        reply = conversation.say(TO_LISBON["nl"])
    finally:
        SLOW_FLAG.unlink()
    assert_fault_reply(reply, "nl", ITM_CONTACT)
    assert f"failed (no answer within {ACTION_TIMEOUT} s)" in log_text(assistant, "rasa")
    slots = assert_continues(conversation, "nl")
    assert slots["citizenship"] == ["BE"], slots


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_a_fault_on_the_first_message_is_answered_in_its_language(assistant: Assistant, lang: str) -> None:
    """No `language` slot yet (the action that sets it is the one that failed): the message itself decides."""
    conversation = Conversation(assistant, f"first-{lang}")
    SLOW_FLAG.write_text("15")
    try:
        reply = conversation.say(ITM_STAFF[lang])
    finally:
        SLOW_FLAG.unlink()
    assert_fault_reply(reply, lang, ITM_CONTACT)
    assert LUCCA_CONTACT in reply  # the call is not known yet either: both contacts
    assert conversation.slots()["language"] is None  # nothing was stored for the failed action
    assert CANT_CHECK[lang] not in conversation.say(TO_LISBON[lang]).lower()  # and it goes on
    assert conversation.user_texts() == [ITM_STAFF[lang], TO_LISBON[lang]]


def test_a_killed_rasa_server_is_restarted_and_the_conversation_goes_on(assistant: Assistant) -> None:
    conversation = start_itm(assistant, "en")
    before = restarts_of(assistant, "rasa")
    os.killpg(assistant.servers["rasa"].process.pid, signal.SIGKILL)
    wait_until(restarted(assistant, "rasa", before), "restarted")
    assert "exited" in assistant.supervisor.restarts[-1].reason
    slots = assert_continues(conversation, "en")
    assert slots["citizenship"] == ["BE"] and slots["end_date"] == "2026-02-20", slots
    assert conversation.user_texts()[-2:] == [ITM_STAFF["en"], TO_LISBON["en"]]


def test_a_hung_rasa_server_is_restarted_and_the_conversation_goes_on(assistant: Assistant) -> None:
    conversation = start_itm(assistant, "fr")
    before = restarts_of(assistant, "rasa")
    os.killpg(assistant.servers["rasa"].process.pid, signal.SIGSTOP)  # alive, port open, never answers
    wait_until(restarted(assistant, "rasa", before), "restarted")
    assert "health check" in assistant.supervisor.restarts[-1].reason
    slots = assert_continues(conversation, "fr")
    assert slots["citizenship"] == ["BE"], slots


def test_a_killed_widget_server_is_restarted(assistant: Assistant) -> None:
    before = restarts_of(assistant, "widget")
    os.killpg(assistant.servers["widget"].process.pid, signal.SIGKILL)
    wait_until(restarted(assistant, "widget", before), "restarted")
    with urllib.request.urlopen(assistant.widget_url, timeout=30) as response:
        assert response.status == 200 and b"<html" in response.read().lower()


def test_a_locked_database_gets_a_clear_answer_and_loses_nothing(assistant: Assistant) -> None:
    """The store's own handling (bot/store/outage.py): whatever its wording, the person is told to send the
    message again, an ERROR line names the cause without the message, the stored conversation is intact."""
    conversation = start_itm(assistant, "en")
    stored_before = conversation.tracker()
    lock = sqlite3.connect(assistant.db, timeout=0, isolation_level=None)
    try:
        lock.execute("BEGIN EXCLUSIVE")  # another process holds the write lock (a backup, a migration...)
        reply = conversation.say(TO_LISBON["en"])
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert re.search(r"\bagain\b", reply), reply
    errors = [line for line in log_text(assistant, "rasa").splitlines() if " ERROR " in line]
    assert any("database is locked" in line for line in errors), errors
    assert not any("Lisbon" in line for line in errors), errors  # no message text in the ERROR lines
    after = conversation.tracker()
    assert after["slots"] == stored_before["slots"] and len(after["events"]) == len(stored_before["events"])
    assert_continues(conversation, "en")  # the person sends it again once the lock is gone
