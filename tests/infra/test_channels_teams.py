"""Microsoft Teams end to end: activities with Bot Connector tokens signed by a local Bot Framework stand-in
(its own keys, OpenID metadata, tenant token endpoint and serviceUrl: tests/infra/standins.py) sent to the
running Rasa server. What the person must see is the REST channel's answer to the same messages."""

from __future__ import annotations

import json
import threading
import time
import uuid
from typing import Any

from tests.infra.conftest import TEAMS_TENANT, Channels, http
from tests.infra.standins import Call


def webhook(channels: Channels) -> str:
    return f"{channels.assistant.rasa_url}/webhooks/teams/webhook"


def send(channels: Channels, activity: dict[str, Any], token: str | None) -> tuple[int, str]:
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return http("POST", webhook(channels), json.dumps(activity).encode(), headers)


def expected_activities(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What Teams must receive for these REST replies: text parts, or one card with the buttons."""
    seen: list[dict[str, Any]] = []
    for reply in replies:
        if reply.get("buttons"):
            buttons = [(b["title"], b["payload"]) for b in reply["buttons"]]
            seen.append({"text": reply["text"], "buttons": buttons})
        elif reply.get("text"):
            seen += [{"text": part, "buttons": []} for part in reply["text"].strip().split("\n\n")]
    return seen


def shown(call: Call) -> dict[str, Any]:
    """A reply activity as Teams shows it; buttons only count if they are clickable card actions."""
    activity = call.json()
    for attachment in activity.get("attachments") or []:
        if attachment["contentType"] == "application/vnd.microsoft.card.hero":
            card = attachment["content"]
            buttons = [(a["title"], a["text"]) for a in card["buttons"]
                       if a["type"] == "messageBack" and a["displayText"] == a["title"]]
            return {"text": card["text"], "buttons": buttons}
    return {"text": activity["text"], "buttons": []}


def wait_replies(channels: Channels, conversation: str, count: int, settle: float = 1.0) -> list[Call]:
    path = f"/service/v3/conversations/{conversation}/activities"
    channels.teams.wait_for(lambda c: c.path == path, count)
    time.sleep(settle)
    return channels.teams.replies(conversation)


def test_a_message_is_answered_at_the_service_url_with_a_tenant_token(channels: Channels) -> None:
    conversation, user = f"conv-{uuid.uuid4().hex[:8]}", "29:user-hello"
    expected = expected_activities(channels.rest(f"oracle-{uuid.uuid4().hex[:6]}", "Hello"))
    assert any(e["buttons"] for e in expected), "the greeting offers buttons: nothing to check otherwise"
    status, _ = send(channels, channels.teams.activity(conversation, user, "Hello"), channels.teams.token())
    assert status == 200
    replies = wait_replies(channels, conversation, len(expected))
    assert [shown(r) for r in replies] == expected
    # Every reply carries a token the tenant's endpoint issued (client-credentials flow with our secret).
    token_calls = channels.teams.matching(lambda c: c.path == f"/{TEAMS_TENANT}/oauth2/v2.0/token")
    assert token_calls, "no token was asked from the tenant endpoint"
    issued = {f"Bearer {t}" for t in channels.teams.issued_tokens}
    assert all(r.headers["authorization"] in issued for r in replies)
    assert all(r.json()["recipient"]["id"] == user for r in replies)


def test_the_at_mention_is_removed_before_nlu(channels: Channels) -> None:
    conversation, user = f"conv-{uuid.uuid4().hex[:8]}", "29:user-mention"
    oracle = f"oracle-{uuid.uuid4().hex[:6]}"
    expected = expected_activities(channels.rest(oracle, "Hello"))
    text = "<at>Erasmus Bot</at>&nbsp;Hello"
    assert send(channels, channels.teams.activity(conversation, user, text), channels.teams.token())[0] == 200
    assert [shown(r) for r in wait_replies(channels, conversation, len(expected))] == expected
    assert channels.tracker(user)["latest_message"]["text"] == "Hello"


def test_a_button_click_is_processed_like_typing_its_payload(channels: Channels) -> None:
    conversation, user = f"conv-{uuid.uuid4().hex[:8]}", "29:user-click"
    oracle = f"oracle-{uuid.uuid4().hex[:6]}"
    greeting = channels.rest(oracle, "Hello")
    button = next(b for r in greeting for b in r.get("buttons") or [])
    expected = expected_activities(channels.rest(oracle, button["payload"]))
    token = channels.teams.token()
    assert send(channels, channels.teams.activity(conversation, user, "Hello"), token)[0] == 200
    before = len(wait_replies(channels, conversation, len(expected_activities(greeting))))
    # messageBack: Teams sends the card action's `text` (the payload) and shows the person the title.
    payload = button["payload"]
    click = channels.teams.activity(conversation, user, payload, value={"payload": payload})
    assert send(channels, click, token)[0] == 200
    replies = wait_replies(channels, conversation, before + len(expected))[before:]
    assert [shown(r) for r in replies] == expected


def test_refused_tokens_get_401_and_no_reply(channels: Channels) -> None:
    teams = channels.teams
    elsewhere = "http://127.0.0.1:9/service/"
    cases = {
        "wrong-audience": teams.token(aud="another-bot-app-id"),
        "wrong-issuer": teams.token(iss=f"https://sts.windows.net/{TEAMS_TENANT}/"),
        "expired": teams.token(exp=int(time.time()) - 3600, iat=int(time.time()) - 7200,
                               nbf=int(time.time()) - 7200),
        "unsigned": None,
        "alg-none": ".".join(teams.token().split(".")[:2]) + ".",
        "not-endorsed": teams.token(key="webchat"),  # a real key, but endorsed only for Web Chat
        "unknown-key": teams.token(key="unknown"),
        "other-service-url": teams.token(service_url=elsewhere),
    }
    for name, token in cases.items():
        activity = teams.activity(f"refused-{name}", f"29:refused-{name}", "Hello")
        status, _ = send(channels, activity, token)
        assert status == 401, name
    # A serviceUrl that is not a Bot Framework host is refused even with a token naming it.
    outside = {**teams.activity("refused-host", "29:refused-host", "Hello"), "serviceUrl": "https://evil.example/"}
    assert send(channels, outside, teams.token(service_url="https://evil.example/"))[0] == 401
    # Then a good one on the same server, to be sure refused ones were not just slow.
    conversation = f"conv-{uuid.uuid4().hex[:8]}"
    assert send(channels, teams.activity(conversation, "29:after-refusals", "Hello"), teams.token())[0] == 200
    wait_replies(channels, conversation, 1)
    assert not teams.matching(lambda c: "/conversations/refused-" in c.path)
    for name in cases:
        events = channels.tracker(f"29:refused-{name}")["events"] or []
        assert not [e for e in events if e["event"] == "user"], name


def test_a_slow_reply_does_not_block_other_conversations(channels: Channels) -> None:
    teams = channels.teams
    slow, fast = f"{teams.slow_conversation}-{uuid.uuid4().hex[:6]}", f"conv-{uuid.uuid4().hex[:8]}"
    token = teams.token()
    done: dict[str, float] = {}

    def talk(conversation: str, user: str) -> None:
        sent = time.monotonic()
        send(channels, teams.activity(conversation, user, "Hello"), token)
        done[conversation] = time.monotonic() - sent

    slow_thread = threading.Thread(target=talk, args=(slow, "29:slow-user"))
    slow_thread.start()
    teams.wait_for(lambda c: f"/conversations/{slow}/" in c.path, 1, timeout=60)  # the slow post has begun
    started = time.monotonic()
    talk(fast, "29:fast-user")
    fast_reply = teams.wait_for(lambda c: f"/conversations/{fast}/" in c.path, 1)
    assert fast_reply and fast_reply[0].at - started < teams.slow_seconds - 1, "the fast reply waited"
    slow_thread.join(120)
    # Both webhooks were acknowledged at once, the slow one too (the Bot Framework allows 15 s).
    assert done[fast] < teams.slow_seconds - 1 and done[slow] < teams.slow_seconds - 1, done
    slow_replies = teams.wait_for(lambda c: f"/conversations/{slow}/" in c.path, 1)
    assert slow_replies  # and its reply still reached Teams


def test_the_channel_is_configured_for_this_app(channels: Channels) -> None:
    status, body = http("GET", f"{channels.assistant.rasa_url}/webhooks/teams/")
    assert status == 200 and json.loads(body) == {"status": "ok"}


def test_bodies_of_the_wrong_shape_get_400_with_a_reason(channels: Channels) -> None:
    teams = channels.teams
    conversation, user = f"conv-{uuid.uuid4().hex[:8]}", "29:user-shape"
    good = teams.activity(conversation, user, "Hello")
    cases = [
        (b'{"type": "message", "text": "Hel', "malformed JSON"),
        (b'"message"', "the body must be a JSON object, not string"),
        (json.dumps({**good, "text": {"content": "Hello"}}).encode(),
         "'text' must be a JSON string, not object"),
        (json.dumps({**good, "serviceUrl": ["x"]}).encode(), "'serviceUrl' must be a JSON string, not array"),
        (json.dumps({k: v for k, v in good.items() if k != "conversation"}).encode(),
         "'conversation' is missing"),
        (json.dumps({**good, "from": {"id": 29}}).encode(), "'from.id' must be a JSON string, not number"),
        (json.dumps({**good, "type": None}).encode(), "'type' is missing"),
    ]
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {teams.token()}"}
    for body, reason in cases:
        status, answer = http("POST", webhook(channels), body, headers)
        assert status == 400, (reason, status, answer)
        error = json.loads(answer)["error"]
        assert reason in error and "\n" not in error and "Hello" not in error, (reason, error)
    # Without a bearer token nothing is read: 401 whatever the body.
    assert http("POST", webhook(channels), b"[", {"Content-Type": "application/json"})[0] == 401
    expected = expected_activities(channels.rest(f"oracle-{uuid.uuid4().hex[:6]}", "Hello"))
    assert send(channels, good, teams.token())[0] == 200  # the server still answers a good one
    assert [shown(r) for r in wait_replies(channels, conversation, len(expected))] == expected
    assert [e["text"] for e in channels.tracker(user)["events"] if e["event"] == "user"] == ["Hello"]
