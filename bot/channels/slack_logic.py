"""Pure Slack request checks (no Rasa import, tested in .venv).

Slack signs each request with HMAC-SHA256 over `v0:{timestamp}:{body}` using the app's signing secret and
retries deliveries it thinks failed. Both checks live here so they can be tested without a Rasa server.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections import OrderedDict

SIGNATURE_WINDOW_SECONDS = 300  # Slack's own recommendation: reject replays older than five minutes
# Slack's retry reasons that mean "we probably did get the first attempt": processing them again would send
# the person a second, identical reply (RasaHQ/rasa#3882).
DEFAULT_IGNORED_RETRIES = ("http_timeout", "http_error")


def slack_signature(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256).hexdigest()
    return f"v0={digest}"


def is_authentic(
    secret: str, timestamp: str | None, body: bytes, signature: str | None, now: float | None = None
) -> bool:
    """True only for a fresh request signed with `secret`; never raises on malformed headers."""
    if not secret or not timestamp or not signature:
        return False
    try:
        sent = int(timestamp)
    except ValueError:
        return False
    if abs((time.time() if now is None else now) - sent) > SIGNATURE_WINDOW_SECONDS:
        return False
    return hmac.compare_digest(slack_signature(secret, timestamp, body), signature)


def is_ignored_retry(retry_num: str | None, retry_reason: str | None, ignored: tuple[str, ...]) -> bool:
    return bool(retry_num) and (retry_reason or "") in ignored


class SeenEvents:
    """A bounded memory of Slack `event_id`s: a retry of an event already handled is dropped whatever its
    reason, so even retries we cannot classify never produce a second reply."""

    def __init__(self, capacity: int = 5000) -> None:
        self.capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()

    def first_time(self, event_id: str | None) -> bool:
        if not event_id:
            return True
        if event_id in self._ids:
            self._ids.move_to_end(event_id)
            return False
        self._ids[event_id] = None
        if len(self._ids) > self.capacity:
            self._ids.popitem(last=False)
        return True
