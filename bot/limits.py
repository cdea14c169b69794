"""Limits and shape checks on what reaches the Rasa server, before any NLU (issue 12).

Rasa 3.6 accepted a 10 MB message whole (and answered it with an intent guess), answered
`{"sender": 5, "message": ["a"]}` with 200 and `[]`, and logged the message of a request it failed on.
`install()` must run before Rasa builds its web app: scripts/serve.py starts Rasa as
`python -c "import bot.limits; bot.limits.install(); <rasa's main>"`. It adds:

- a request middleware on every route under /webhooks/ and /socket.io/: a body over `WEBHOOK_MAX_BYTES`
  (default 65536) gets 413; on the REST webhook, malformed JSON or wrong types get 400 with a one-line
  reason (`{"error": "..."}`), and a message over `MESSAGE_MAX_CHARS` (default 2000, the NLU's limit) gets a
  "too long, please shorten" reply in the message's language (the conversation's when it cannot tell, so
  also on a first message) without reaching NLU or the conversation;
- the same checks on socket.io's user message event: an invalid event gets an `error` event
  `{"status": 400|413, "error": "..."}` and is dropped; engine.io refuses larger packets.

The check functions below are pure (standard library only), so other channels (Slack, Teams) can call them:
`body_error(raw_bytes)` then `rest_payload_error(parsed)` or their own shape checks.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any

from bot.channels.shape import type_name
from bot.language import detect

logger = logging.getLogger(__name__)
LIMITED_PREFIXES = ("/webhooks/", "/socket.io")
REST_PATH = "/webhooks/rest/webhook"
MAX_SENDER_CHARS = 256


def max_body_bytes() -> int:
    return int(os.environ.get("WEBHOOK_MAX_BYTES") or 65536)


def max_message_chars() -> int:
    return int(os.environ.get("MESSAGE_MAX_CHARS") or 2000)


def body_error(body: bytes | None, declared_length: str | None = None) -> tuple[int, str] | None:
    """(413, reason) when the body (or its declared Content-Length) is over the limit, else None."""
    limit = max_body_bytes()
    size = len(body or b"")
    if declared_length and declared_length.isdigit():
        size = max(size, int(declared_length))
    if size > limit:
        return 413, f"request body of {size} bytes is over the limit of {limit} bytes"
    return None


def parse_json(body: bytes | None) -> tuple[Any, str | None]:
    """(value, None) or (None, one-line reason). The reason never quotes the body."""
    try:
        return json.loads(body or b""), None
    except UnicodeDecodeError:
        return None, "malformed JSON: the body is not UTF-8 text"
    except json.JSONDecodeError as error:
        return None, f"malformed JSON: {error.msg} at line {error.lineno} column {error.colno}"


def rest_payload_error(payload: Any) -> str | None:
    """The one-line reason why a parsed REST body is not {"sender": str, "message": str[, "metadata": {}]}."""
    if not isinstance(payload, dict):
        return f"the body must be a JSON object, not {type_name(payload)}"
    sender, text = payload.get("sender"), payload.get("message")
    if not isinstance(sender, str) or not sender.strip():
        # Rasa would file a message without sender under one shared "default" conversation: refused.
        return f"'sender' must be a non-empty string, not {type_name(sender)}"
    if len(sender) > MAX_SENDER_CHARS:
        return f"'sender' must be at most {MAX_SENDER_CHARS} characters"
    if not isinstance(text, str):
        return f"'message' must be a string, not {type_name(text)}"
    if "metadata" in payload and not isinstance(payload["metadata"], dict | type(None)):
        return f"'metadata' must be a JSON object, not {type_name(payload['metadata'])}"
    if "input_channel" in payload and not isinstance(payload["input_channel"], str):
        return "'input_channel' must be a string"
    return None


def socketio_event_error(data: Any, session_persistence: bool) -> tuple[int, str] | None:
    """(status, reason) for a socket.io user message event Rasa's handler would crash on or misfile."""
    if not isinstance(data, dict):
        return 400, f"the event data must be an object, not {type_name(data)}"
    if not isinstance(data.get("message"), str):
        return 400, f"'message' must be a string, not {type_name(data.get('message'))}"
    if session_persistence and not (isinstance(data.get("session_id"), str) and data["session_id"]):
        return 400, "'session_id' must be a non-empty string (send session_request first)"
    metadata = data.get("metadata")
    if isinstance(metadata, str):  # Rasa json.loads a string metadata: it must parse to an object
        metadata, reason = parse_json(metadata.encode())
        if reason:
            return 400, f"'metadata': {reason}"
    if metadata is not None and not isinstance(metadata, dict):
        return 400, f"'metadata' must be an object, not {type_name(metadata)}"
    size = len(json.dumps(data, ensure_ascii=False).encode())
    if size > max_body_bytes():
        return 413, f"event of {size} bytes is over the limit of {max_body_bytes()} bytes"
    return None


def too_long(text: str) -> bool:
    return len(text) > max_message_chars()


async def _language(app: Any, sender: str, text: str) -> str:
    """The language of the message (its head: it is long), else of the stored conversation (read only, never
    created), else English: a first message is answered in its own language."""
    agent = getattr(app.ctx, "agent", None) if app is not None else None
    try:
        tracker = await agent.tracker_store.retrieve(sender) if agent else None
    except Exception:  # noqa: BLE001 - a store fault is reported by the message path, not here
        tracker = None
    return detect(text, tracker.get_slot("language") if tracker else None)


def install() -> None:
    """Before Rasa's app exists: wrap rasa.core.run.configure_app and Rasa's socket.io blueprint."""
    import rasa.core.run
    from rasa.core.channels.socketio import SocketIOInput
    from sanic import response

    from bot import faults

    original_configure = rasa.core.run.configure_app
    apps: list[Any] = []

    async def limit_request(request: Any) -> Any:
        if not request.path.startswith(LIMITED_PREFIXES):
            return None
        problem = body_error(request.body, request.headers.get("content-length"))
        if problem is None and request.path.rstrip("/") == REST_PATH and request.method == "POST":
            payload, reason = parse_json(request.body)
            reason = reason or rest_payload_error(payload)
            if reason:
                problem = (400, reason)
            elif too_long(payload["message"]):
                language = await _language(request.app, payload["sender"], payload["message"])
                text = faults.message("too_long", language, length=len(payload["message"]),
                                      limit=max_message_chars())
                return response.json([{"recipient_id": payload["sender"], "text": text}])
        if problem is None:
            return None
        logger.info("Refused a request to %s: %s (HTTP %d).", request.path, problem[1], problem[0])
        return response.json({"error": problem[1]}, status=problem[0])

    def configure_app(*args: Any, **kwargs: Any) -> Any:
        app = original_configure(*args, **kwargs)
        app.register_middleware(limit_request, "request")
        apps.append(app)  # the socket.io handler reads the person's language through the app's agent
        return app

    rasa.core.run.configure_app = configure_app
    original_blueprint = SocketIOInput.blueprint

    def blueprint(self: SocketIOInput, on_new_message: Any) -> Any:
        socketio_webhook = original_blueprint(self, on_new_message)
        sio = self.sio
        sio.eio.max_http_buffer_size = max_body_bytes()  # engine.io drops larger packets
        namespace = self.namespace or "/"
        handler = sio.handlers[namespace][self.user_message_evt]

        async def checked(sid: str, data: Any = None) -> None:
            problem = socketio_event_error(data, self.session_persistence)
            if problem is not None:
                logger.info("Refused a socket.io message: %s.", problem[1])
                await sio.emit("error", {"status": problem[0], "error": problem[1]}, room=sid,
                               namespace=namespace)
                return None
            if too_long(data["message"]):
                sender = data["session_id"] if self.session_persistence else sid
                language = await _language(apps[-1] if apps else None, sender, data["message"])
                text = faults.message(
                    "too_long", language, length=len(data["message"]), limit=max_message_chars()
                )
                await sio.emit(self.bot_message_evt, {"text": text}, room=sid, namespace=namespace)
                return None
            return await handler(sid, data)

        sio.handlers[namespace][self.user_message_evt] = checked
        return socketio_webhook

    SocketIOInput.blueprint = blueprint  # type: ignore[method-assign]
