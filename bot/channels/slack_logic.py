"""Pure Slack request checks (no Rasa import, tested in .venv).

Slack signs each request with HMAC-SHA256 over `v0:{timestamp}:{body}` using the app's signing secret and
retries deliveries it thinks failed; `event_error` and `interaction_error` check the shape of a signed body
before Rasa's handler indexes into it. All live here so they can be tested without a Rasa server.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections import OrderedDict

from bot.channels.shape import Field, shape_error
from bot.limits import parse_json

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


_TEXT = Field(str)
# What Rasa's Slack handler and get_metadata read of an Events API body (application/json).
EVENT_BODY = Field(dict, fields={
    "type": _TEXT, "challenge": _TEXT, "event_id": _TEXT,
    "authed_users": Field(list, items=_TEXT),
    "authorizations": Field(list, items=Field(dict, fields={"user_id": _TEXT})),
    "event": Field(dict, fields={
        name: _TEXT
        for name in ("type", "text", "user", "channel", "channel_type", "ts", "thread_ts", "bot_id")
    }),
})
_OPTION = Field(dict, fields={"value": _TEXT})
_ACTION = Field(dict, fields={
    "type": Field(str, required=True), "value": _TEXT, "selected_option": _OPTION,
    "selected_options": Field(list, items=_OPTION),
    **{name: _TEXT
       for name in ("selected_date", "selected_user", "selected_channel", "selected_conversation")},
})
# What it reads of an interactivity payload (the form field `payload` of an x-www-form-urlencoded body).
INTERACTION = Field(dict, fields={
    "type": _TEXT, "user": Field(dict, fields={"id": Field(str, non_empty=True)}),
    "channel": Field(dict, fields={"id": _TEXT}),
    "message": Field(dict, fields={"ts": _TEXT, "thread_ts": _TEXT}),
    "actions": Field(list, items=_ACTION),
})


def event_error(body: bytes) -> str | None:
    """Why a signed Events API body cannot be handled (malformed JSON, a wrong type), or None."""
    event, reason = parse_json(body)
    reason = reason or shape_error(event, EVENT_BODY)
    if reason:
        return reason
    if event.get("type") == "url_verification" and not isinstance(event.get("challenge"), str):
        return "'challenge' is missing"
    message = event.get("event") or {}
    if message.get("text") and not message.get("bot_id") and not message.get("user"):
        # Rasa would file it under the sender None: one conversation shared by every such message.
        return "'event.user' is missing"
    return None


def interaction_error(form: dict[str, list[str]]) -> str | None:
    """Why a signed interactivity request (its parsed form) cannot be handled, or None."""
    payloads = form.get("payload") or []
    if len(payloads) != 1:
        return "the form must have one 'payload' field"
    interaction, reason = parse_json(payloads[0].encode())
    reason = reason or shape_error(interaction, INTERACTION, "payload")
    if reason:
        return reason
    if interaction.get("actions") and not (interaction.get("user") or {}).get("id"):
        return "'payload.user.id' is missing"
    return None
