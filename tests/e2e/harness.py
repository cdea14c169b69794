"""One running assistant shared by the e2e and widget tests, and small HTTP helpers to talk to it.

The servers take about 40 s to start, so the e2e and widget conftests share one instance (reference counted:
the last session fixture to finish stops it). The model is the one scripts/test.sh trains before pytest
(models/assistant.tar.gz), or $E2E_MODEL to try another.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scripts.serve import Assistant, running_assistant
from tests.conftest import MODEL

# A fixed "today" makes deadlines and verdicts reproducible (read by the NLU extractor and the actions).
TODAY = "2025-09-15"

_shared: dict[str, Any] = {"users": 0}


def _model() -> str:
    model = Path(os.environ.get("E2E_MODEL") or MODEL)
    if not model.exists():
        pytest.fail(f"no trained model at {model}: run scripts/train.sh (scripts/test.sh does)")
    return str(model)


@contextlib.contextmanager
def shared_assistant() -> Iterator[Assistant]:
    if _shared["users"] == 0:
        db = Path(tempfile.mkdtemp(prefix="e2e-db-")) / "conversations.db"
        context = running_assistant(model=_model(), db=db, env={"MOBILITY_TODAY": TODAY})
        _shared["assistant"] = context.__enter__()
        _shared["context"] = context
    _shared["users"] += 1
    try:
        yield _shared["assistant"]
    finally:
        _shared["users"] -= 1
        if _shared["users"] == 0:
            _shared.pop("assistant")
            _shared.pop("context").__exit__(None, None, None)


def post(url: str, payload: dict[str, Any], timeout: float = 60) -> tuple[int, Any]:
    request = urllib.request.Request(
        url, json.dumps(payload).encode(), {"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def get(url: str, timeout: float = 30) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, None


def blob(replies: list[dict[str, Any]]) -> str:
    """All bot texts and button titles and payloads of one or more replies, as run_chat.py joins them."""
    parts: list[str] = []
    for message in replies:
        parts.append(message.get("text") or "")
        for button in message.get("buttons") or []:
            parts += [button.get("title", ""), button.get("payload", "")]
    return "\n".join(parts)


class Conversation:
    """One person talking to the assistant through the REST channel, as the widget does."""

    def __init__(self, assistant: Assistant, label: str) -> None:
        self.assistant = assistant
        self.sender = f"e2e-{label}-{uuid.uuid4().hex[:8]}"
        self.replies: list[dict[str, Any]] = []

    def say(self, text: str, timeout: float = 60) -> str:
        status, replies = post(self.assistant.webhook_url, {"sender": self.sender, "message": text}, timeout)
        assert status == 200, f"HTTP {status} for {text[:80]!r}: {str(replies)[:300]}"
        assert isinstance(replies, list), replies
        self.replies = replies
        return blob(replies)

    def tracker(self) -> dict[str, Any]:
        status, tracker = get(
            f"{self.assistant.rasa_url}/conversations/{self.sender}/tracker?token={self.assistant.token}"
        )
        assert status == 200, status
        return tracker

    def slots(self) -> dict[str, Any]:
        return self.tracker()["slots"]

    def user_texts(self) -> list[str]:
        return [e.get("text") or "" for e in self.tracker()["events"] if e.get("event") == "user"]


def answer_until(conversation: Conversation, first: str, done: str, yes: str, turns: int = 6) -> str:
    """Sends `first`, then answers the assistant's yes/no questions with `yes` until `done` matches.

    The eligibility form may ask for facts the message left out (e.g. the host's ECHE); the test cares about
    the verdict, so it accepts a few confirmations on the way. Returns everything the bot said.
    """
    said = [conversation.say(first)]
    for _ in range(turns):
        if re.search(done, said[-1], re.IGNORECASE):
            break
        said.append(conversation.say(yes))
    return "\n".join(said)
