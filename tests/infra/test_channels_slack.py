"""Slack end to end: genuinely signed Events API and interactivity requests sent to the running Rasa server,
replies read from a local stand-in of Slack's Web API (tests/infra/standins.py).

What the person must see is taken from the REST channel for the same messages in a fresh conversation (the
widget's view), so these tests check the channel, not the wording of the replies.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.parse
import uuid
from typing import Any

from tests.infra.conftest import SLACK_SECRET, SLACK_TOKEN, Channels, http

BOT_USER = "UBOT0001"


def signed_headers(body: bytes, content_type: str, secret: str = SLACK_SECRET,
                   timestamp: int | None = None) -> dict[str, str]:
    sent = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{sent}:".encode() + body, hashlib.sha256).hexdigest()
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": sent,
            "X-Slack-Signature": f"v0={digest}"}


def webhook(channels: Channels) -> str:
    return f"{channels.assistant.rasa_url}/webhooks/slack/webhook"


def event_body(user: str, channel: str, text: str, kind: str = "message", **event: Any) -> bytes:
    body = {
        "type": "event_callback", "team_id": "T0001", "api_app_id": "A0001",
        "event_id": f"Ev{uuid.uuid4().hex}",
        "event_time": int(time.time()), "authorizations": [{"user_id": BOT_USER, "is_bot": True}],
        "event": {"type": kind, "user": user, "text": text, "channel": channel, "ts": f"{time.time():.6f}",
                  **({"channel_type": "im"} if kind == "message" else {}), **event},
    }
    return json.dumps(body).encode()


def send_event(channels: Channels, body: bytes, **headers: str) -> tuple[int, str]:
    return http("POST", webhook(channels), body, {**signed_headers(body, "application/json"), **headers})


def expected_posts(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The chat.postMessage calls Rasa's Slack output makes for these REST replies."""
    posts: list[dict[str, Any]] = []
    for reply in replies:
        buttons = reply.get("buttons") or []
        if buttons and len(buttons) <= 5:
            posts.append({"text": reply["text"], "buttons": [(b["title"], b["payload"]) for b in buttons]})
        elif reply.get("text"):
            posts += [{"text": part, "buttons": []} for part in reply["text"].strip().split("\n\n")]
    return posts


def seen(post: dict[str, Any]) -> dict[str, Any]:
    """A posted message as the person sees it: its text and its Block Kit buttons."""
    buttons = []
    for block in post.get("blocks") or []:
        if block["type"] == "actions":
            buttons += [(e["text"]["text"], e["value"]) for e in block["elements"] if e["type"] == "button"]
    return {"text": post["text"], "buttons": buttons}


def wait_posts(channels: Channels, channel: str, count: int, settle: float = 1.0) -> list[dict[str, Any]]:
    """The posts to `channel` once there are `count`, after `settle` s more to catch any extra one."""
    channels.slack.wait_for(lambda c: json.loads(c.body or b"{}").get("channel") == channel, count)
    time.sleep(settle)
    return channels.slack.posts(channel)


def test_url_verification_is_answered_with_the_challenge(channels: Channels) -> None:
    body = json.dumps({"type": "url_verification", "token": "x", "challenge": "c-3eZbrw1a"}).encode()
    status, answer = send_event(channels, body)
    assert status == 200 and json.loads(answer) == {"challenge": "c-3eZbrw1a"}


def test_direct_message_is_answered_with_text_and_block_kit_buttons(channels: Channels) -> None:
    user, dm = "U1DIRECT", "D1DIRECT"
    expected = expected_posts(channels.rest(f"oracle-{uuid.uuid4().hex[:6]}", "Hello"))
    assert any(p["buttons"] for p in expected), "the greeting offers buttons: nothing to check otherwise"
    started = time.monotonic()
    status, _ = send_event(channels, event_body(user, dm, "Hello"))
    acknowledged = time.monotonic()
    assert status == 200
    posts = wait_posts(channels, dm, len(expected))
    assert [seen(p) for p in posts] == expected
    assert all(p["_token"] == f"Bearer {SLACK_TOKEN}" for p in posts)
    assert all("thread_ts" not in p and "as_user" not in p for p in posts)  # a DM is not a thread
    # Slack's 3-second rule: the webhook answers before the reply is even posted.
    first_post = channels.slack.matching(lambda c: json.loads(c.body or b"{}").get("channel") == dm)[0].at
    assert acknowledged - started < 3.0 and acknowledged <= first_post


def test_app_mention_in_a_channel_and_in_a_thread(channels: Channels) -> None:
    user, room = "U2MENTION", "C2ROOM"
    oracle = f"oracle-{uuid.uuid4().hex[:6]}"
    expected = expected_posts(channels.rest(oracle, "Hello"))
    status, _ = send_event(channels, event_body(user, room, f"<@{BOT_USER}> Hello", kind="app_mention"))
    assert status == 200
    posts = wait_posts(channels, room, len(expected))
    assert [seen(p) for p in posts] == expected  # the mention of the bot was removed before NLU
    assert all("thread_ts" not in p for p in posts)
    assert channels.tracker(user)["latest_message"]["text"] == "Hello"

    thread = f"{time.time() - 60:.6f}"
    expected_more = expected_posts(channels.rest(oracle, "Hello"))
    body = event_body(user, room, f"<@{BOT_USER}> Hello", kind="app_mention", thread_ts=thread)
    assert send_event(channels, body)[0] == 200
    posts = wait_posts(channels, room, len(expected) + len(expected_more))[len(expected):]
    assert [seen(p) for p in posts] == expected_more
    assert all(p.get("thread_ts") == thread for p in posts)  # replies stay in the person's thread


def test_button_click_is_processed_like_typing_its_payload(channels: Channels) -> None:
    user, dm = "U3CLICK", "D3CLICK"
    oracle = f"oracle-{uuid.uuid4().hex[:6]}"
    greeting = channels.rest(oracle, "Hello")
    button = next(b for r in greeting for b in r.get("buttons") or [])
    expected = expected_posts(channels.rest(oracle, button["payload"]))
    assert send_event(channels, event_body(user, dm, "Hello"))[0] == 200
    before = len(wait_posts(channels, dm, len(expected_posts(greeting))))
    payload = {
        "type": "block_actions", "user": {"id": user}, "channel": {"id": dm},
        "message": {"ts": f"{time.time():.6f}", "text": greeting[0].get("text", "")},
        "actions": [{"type": "button", "action_id": "a1", "block_id": "b1", "value": button["payload"],
                     "text": {"type": "plain_text", "text": button["title"]}}],
    }
    body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
    status, _ = http("POST", webhook(channels), body,
                     signed_headers(body, "application/x-www-form-urlencoded"))
    assert status == 200
    posts = wait_posts(channels, dm, before + len(expected))[before:]
    assert [seen(p) for p in posts] == expected


def test_bot_messages_and_retries_get_no_reply(channels: Channels) -> None:
    user, dm = "U4RETRY", "D4RETRY"
    expected = expected_posts(channels.rest(f"oracle-{uuid.uuid4().hex[:6]}", "Hello"))
    first = event_body(user, dm, "Hello")
    assert send_event(channels, first)[0] == 200
    count = len(wait_posts(channels, dm, len(expected)))
    assert count == len(expected)
    # Slack's retries of the same event: for a timeout (dropped by reason) and any other reason (by event id).
    for reason in ("http_timeout", "connection_failed"):
        status, _ = send_event(channels, first, **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": reason})
        assert status == 200
    # The bot's own message, as Slack echoes it to the app: ignored.
    own = event_body(BOT_USER, dm, "I am the bot", bot_id="B0001", subtype="bot_message")
    assert send_event(channels, own)[0] == 200
    time.sleep(3)
    assert len(channels.slack.posts(dm)) == count
    assert channels.tracker(user)["latest_message"]["text"] == "Hello"


def test_forged_stale_and_unsigned_requests_are_refused(channels: Channels) -> None:
    user, dm = "U5FORGED", "D5FORGED"
    body = event_body(user, dm, "Hello")
    forged = signed_headers(body, "application/json", secret="not-the-secret")
    stale = signed_headers(body, "application/json", timestamp=int(time.time()) - 6 * 60)
    changed = signed_headers(body, "application/json")
    unsigned = {"Content-Type": "application/json"}
    for headers, sent in ((forged, body), (stale, body), (changed, body + b" "), (unsigned, body)):
        status, _ = http("POST", webhook(channels), sent, headers)
        assert status == 401, headers
    verification = json.dumps({"type": "url_verification", "challenge": "x"}).encode()
    assert http("POST", webhook(channels), verification, unsigned)[0] == 401
    time.sleep(3)  # a refused request must not be processed in the background either
    assert channels.slack.posts(dm) == []
    assert not [e for e in channels.tracker(user)["events"] or [] if e["event"] == "user"]


def test_signed_bodies_of_the_wrong_shape_get_400_with_a_reason(channels: Channels) -> None:
    user, dm = "U6SHAPE", "D6SHAPE"
    form = "application/x-www-form-urlencoded"
    good = json.loads(event_body(user, dm, "Hello"))
    cases = [
        (b'{"type": "event_callback", "event": {"text": "Hel', "application/json", "malformed JSON"),
        (b'["event_callback"]', "application/json", "the body must be a JSON object, not array"),
        (json.dumps({**good, "event": "Hello"}).encode(), "application/json",
         "'event' must be a JSON object, not string"),
        (json.dumps({**good, "event": {**good["event"], "text": ["Hello"]}}).encode(), "application/json",
         "'event.text' must be a JSON string, not array"),
        (json.dumps({**good, "event": {**good["event"], "user": None}}).encode(), "application/json",
         "'event.user' is missing"),
        (json.dumps({"type": "url_verification", "challenge": 7}).encode(), "application/json",
         "'challenge' must be a JSON string, not number"),
        (b"text=Hello", form, "the form must have one 'payload' field"),
        (urllib.parse.urlencode({"payload": "{not json"}).encode(), form, "malformed JSON"),
        (urllib.parse.urlencode({"payload": json.dumps({"user": {"id": user}, "actions": [
            {"type": "button", "value": {"payload": "/greet"}}]})}).encode(), form,
         "'payload.actions[0].value' must be a JSON string, not object"),
    ]
    for body, content_type, reason in cases:
        status, answer = http("POST", webhook(channels), body, signed_headers(body, content_type))
        assert status == 400, (reason, status, answer)
        error = json.loads(answer)["error"]
        assert reason in error and "\n" not in error and "Hello" not in error, (reason, error)
    # The same checks never run before the signature: an unsigned bad body is still 401.
    assert http("POST", webhook(channels), b"[", {"Content-Type": "application/json"})[0] == 401
    expected = expected_posts(channels.rest(f"oracle-{uuid.uuid4().hex[:6]}", "Hello"))
    assert send_event(channels, event_body(user, dm, "Hello"))[0] == 200  # the server still answers
    assert [seen(p) for p in wait_posts(channels, dm, len(expected))] == expected
    assert [e["text"] for e in channels.tracker(user)["events"] if e["event"] == "user"] == ["Hello"]
