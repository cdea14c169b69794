"""Bad input at the door (bot/limits.py): oversized bodies, malformed JSON, wrong types, over-long messages,
on the REST webhook and on socket.io, against the real servers; and the pure checks the channels share."""

from __future__ import annotations

import contextlib
import json
import queue
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import socketio

from bot import limits
from scripts.serve import Assistant
from tests.e2e.harness import Conversation, shared_assistant


@pytest.fixture(scope="module")
def assistant() -> Iterator[Assistant]:
    with shared_assistant() as running:
        yield running


def post_raw(url: str, body: bytes) -> tuple[int, Any]:
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        raw = error.read()
        try:
            return error.code, json.loads(raw)
        except ValueError:
            return error.code, raw.decode(errors="replace")


# --- the pure checks (also for the Slack and Teams channels) ---

def test_body_limit_counts_bytes_and_the_declared_length(monkeypatch: pytest.MonkeyPatch) -> None:
    assert limits.body_error(b"x" * 65536) is None
    assert limits.body_error(b"x" * 65537)[0] == 413
    assert limits.body_error(b"{}", declared_length="10000000")[0] == 413
    monkeypatch.setenv("WEBHOOK_MAX_BYTES", "10")
    assert limits.body_error(b"x" * 11) == (413, "request body of 11 bytes is over the limit of 10 bytes")


@pytest.mark.parametrize(("payload", "reason"), [
    ([], "the body must be a JSON object, not array"),
    ({"sender": 5, "message": ["a"]}, "'sender' must be a non-empty string, not number"),
    ({"message": "hi"}, "'sender' must be a non-empty string, not null"),
    ({"sender": "a", "message": ["a"]}, "'message' must be a string, not array"),
    ({"sender": "a", "message": None}, "'message' must be a string, not null"),
    ({"sender": "a", "message": "hi", "metadata": "x"}, "'metadata' must be a JSON object, not string"),
    ({"sender": "a" * 300, "message": "hi"}, "'sender' must be at most 256 characters"),
])
def test_wrong_rest_types_have_a_one_line_reason(payload: Any, reason: str) -> None:
    assert limits.rest_payload_error(payload) == reason


def test_a_good_rest_body_passes() -> None:
    assert limits.rest_payload_error({"sender": "w-1", "message": "", "metadata": {"lang": "fr"}}) is None


def test_malformed_json_reason_does_not_quote_the_body() -> None:
    value, reason = limits.parse_json(b'{"sender": "a", "message": "secret text')
    assert value is None and reason.startswith("malformed JSON: Unterminated string")
    assert "secret" not in reason
    assert limits.parse_json(b'{"message": "\xc3\x28"}')[1] == "malformed JSON: the body is not UTF-8 text"


def test_socketio_event_checks() -> None:
    assert limits.socketio_event_error({"message": "hi", "session_id": "s"}, True) is None
    assert limits.socketio_event_error("hi", True) == (400, "the event data must be an object, not string")
    assert limits.socketio_event_error({"message": "hi"}, True)[1].startswith("'session_id'")
    assert limits.socketio_event_error({"message": 3, "session_id": "s"}, True)[0] == 400
    assert limits.socketio_event_error({"message": "hi", "session_id": "s", "metadata": "{"}, True)[0] == 400
    assert limits.socketio_event_error({"message": "x" * 70000, "session_id": "s"}, True)[0] == 413


# --- the running servers ---

def test_rest_over_the_body_limit_gets_413_before_nlu(assistant: Assistant) -> None:
    sender = f"limits-{uuid.uuid4().hex[:8]}"
    for size in (70_000, 10_000_000):
        body = json.dumps({"sender": sender, "message": "Bonjour " + "x" * size}).encode()
        status, reply = post_raw(assistant.webhook_url, body)
        assert status == 413, (size, status)
        assert "over the limit of 65536 bytes" in reply["error"]
    conversation = Conversation(assistant, "limits")
    conversation.sender = sender
    assert conversation.user_texts() == []  # nothing of the refused bodies reached the conversation


@pytest.mark.parametrize(("body", "reason"), [
    (b'{"sender": "a", "message": ', "malformed JSON"),
    (b"not json at all", "malformed JSON"),
    (b'{"sender": 5, "message": ["a"]}', "'sender' must be a non-empty string, not number"),
    (b'{"sender": "limits-t", "message": {"text": "hi"}}', "'message' must be a string, not object"),
    (b'["a"]', "the body must be a JSON object, not array"),
])
def test_rest_bad_json_gets_400_with_a_reason(assistant: Assistant, body: bytes, reason: str) -> None:
    status, reply = post_raw(assistant.webhook_url, body)
    assert status == 400 and reason in reply["error"] and "\n" not in reply["error"], (status, reply)


def test_rest_over_long_message_is_answered_in_the_persons_language(assistant: Assistant) -> None:
    conversation = Conversation(assistant, "toolong")
    conversation.say("Bonjour, je suis doctorant à l'IMT Lucca.")
    assert conversation.slots()["language"] == "fr"
    events_before = len(conversation.tracker()["events"])
    long_text = "Je voudrais savoir " + "vraiment " * 400
    reply = conversation.say(long_text)
    assert f"Votre message est trop long pour moi ({len(long_text)} caractères ; au maximum 2000)" in reply
    assert len(conversation.tracker()["events"]) == events_before  # no NLU, no intent guess, nothing stored


def test_socketio_rejects_bad_events_and_still_serves_good_ones(assistant: Assistant) -> None:
    received: queue.Queue[tuple[str, Any]] = queue.Queue()
    client = socketio.Client(reconnection=False)
    for event in ("session_confirm", "bot_uttered", "error"):
        client.on(event, lambda data, event=event: received.put((event, data)))
    client.connect(assistant.rasa_url, socketio_path="/socket.io", transports=["websocket"])
    session = f"limits-sio-{uuid.uuid4().hex[:8]}"

    def next_event() -> tuple[str, Any]:
        return received.get(timeout=60)

    try:
        client.emit("session_request", {"session_id": session})
        assert next_event() == ("session_confirm", session)
        client.emit("user_uttered", {"message": ["a"], "session_id": session})
        assert next_event() == ("error", {"status": 400, "error": "'message' must be a string, not array"})
        client.emit("user_uttered", {"message": "hi"})
        event, data = next_event()
        assert event == "error" and "'session_id'" in data["error"]
        first = LONG_SENTENCE["it"] * 25  # a first message: its own language decides
        client.emit("user_uttered", {"message": first, "session_id": session})
        event, data = next_event()
        assert event == "bot_uttered" and f"troppo lungo per me ({len(first)} caratteri" in data["text"], data
        client.emit("user_uttered", {"message": "Bonjour, je suis doctorant à l'IMT Lucca.",
                                     "session_id": session})
        event, data = next_event()
        assert event == "bot_uttered" and "trop long" not in data.get("text", ""), data
        with contextlib.suppress(queue.Empty):  # the rest of that answer: socket.io sends each message apart
            while True:
                received.get(timeout=3)
        # No words to tell a language by: the conversation's (French, stored by the message before).
        client.emit("user_uttered", {"message": "x" * 2400, "session_id": session})
        event, data = next_event()
        assert event == "bot_uttered" and "Votre message est trop long" in data["text"], data
    finally:
        client.disconnect()


TOO_LONG = {"en": "Your message is too long for me", "fr": "Votre message est trop long pour moi",
            "nl": "Uw bericht is te lang voor mij", "it": "Il suo messaggio è troppo lungo per me"}
LONG_SENTENCE = {
    "en": "I would like to know whether I can do my traineeship abroad next spring with a grant. ",
    "fr": "Je voudrais savoir si je peux faire mon stage à l'étranger au printemps prochain avec une aide. ",
    "nl": "Ik zou graag weten of ik volgend voorjaar mijn stage in het buitenland kan doen met een beurs. ",
    "it": "Vorrei sapere se posso fare il mio tirocinio all'estero la prossima primavera con una borsa. ",
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_an_over_long_first_message_is_answered_in_its_language(assistant: Assistant, lang: str) -> None:
    conversation = Conversation(assistant, f"toolong-first-{lang}")
    long_text = LONG_SENTENCE[lang] * 25
    reply = conversation.say(long_text)
    assert reply.startswith(TOO_LONG[lang]) and f"({len(long_text)} " in reply, reply
    assert conversation.user_texts() == []  # no conversation was started by it
