"""The channels' pure checks (Slack signatures and retries, Teams mentions, hosts, claims), without Rasa."""

from __future__ import annotations

import hashlib
import hmac

import pytest
import yaml

from bot.channels.overrides import loopback_url
from bot.channels.shape import Field, shape_error
from bot.channels.slack_logic import SeenEvents, is_authentic, is_ignored_retry, slack_signature
from bot.channels.teams_logic import (
    claims_problem,
    hero_card,
    is_bot_framework_service_url,
    key_endorsed,
    strip_mentions,
    token_url,
)
from tests.conftest import REPO

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
# The worked example of Slack's "Verifying requests from Slack" guide (secret, timestamp, body, signature).
BODY = (
    b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
    b"&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
    b"&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
    b"&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
)
NOW = 1_531_420_618.0


def test_slack_signature_matches_slacks_documented_example() -> None:
    assert slack_signature(SECRET, "1531420618", BODY) == (
        "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
    )
    assert is_authentic(SECRET, "1531420618", BODY, slack_signature(SECRET, "1531420618", BODY), now=NOW)


@pytest.mark.parametrize(
    ("secret", "timestamp", "body", "signature", "now"),
    [
        ("other-secret", "1531420618", BODY, None, NOW),  # signed with another secret
        (SECRET, "1531420618", BODY + b"&x=1", None, NOW),  # body changed after signing
        (SECRET, "1531420618", BODY, None, NOW + 301),  # replayed after five minutes
        (SECRET, "1531420618", BODY, None, NOW - 301),  # from the future
        (SECRET, "not-a-number", BODY, None, NOW),
        (SECRET, None, BODY, None, NOW),
        ("", "1531420618", BODY, None, NOW),  # no secret configured: refuse everything
    ],
)
def test_slack_refuses_forged_stale_or_malformed_requests(
    secret: str, timestamp: str | None, body: bytes, signature: str | None, now: float
) -> None:
    good = "v0=" + hmac.new(SECRET.encode(), b"v0:1531420618:" + BODY, hashlib.sha256).hexdigest()
    assert not is_authentic(secret, timestamp, body, signature or good, now=now)


def test_slack_refuses_a_missing_signature() -> None:
    assert not is_authentic(SECRET, "1531420618", BODY, None, now=NOW)
    assert not is_authentic(SECRET, "1531420618", BODY, "", now=NOW)


def test_slack_retries_for_timeouts_and_errors_are_dropped_first_attempts_are_not() -> None:
    ignored = ("http_timeout", "http_error")
    assert is_ignored_retry("1", "http_timeout", ignored)
    assert is_ignored_retry("2", "http_error", ignored)
    assert not is_ignored_retry(None, None, ignored)  # the first delivery
    assert not is_ignored_retry("1", "connection_failed", ignored)  # Slack never reached us: process it


def test_slack_event_ids_are_processed_once() -> None:
    seen = SeenEvents(capacity=2)
    assert seen.first_time("Ev1")
    assert not seen.first_time("Ev1")
    assert seen.first_time(None) and seen.first_time(None)  # no id: cannot deduplicate, so never drop
    seen.first_time("Ev2")
    seen.first_time("Ev3")  # capacity 2: Ev1 is forgotten, memory stays bounded
    assert seen.first_time("Ev1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<at>Erasmus Bot</at> am I eligible?", "am I eligible?"),
        ("Hi <at id=\"0\">Erasmus&nbsp;Bot</at>, quand est la date ?", "Hi , quand est la date ?"),
        ("<p><at>Bot</at>&nbsp;wie is de contactpersoon?</p>", "wie is de contactpersoon?"),
        ("<AT>Bot</AT>\n<at>Other</at> ciao", "ciao"),
        ("I earn < 3 & > 1 credits", "I earn < 3 & > 1 credits"),  # no mention: text untouched
        ("", ""),
        (None, ""),
    ],
)
def test_teams_mentions_are_removed_before_nlu(text: str | None, expected: str) -> None:
    assert strip_mentions(text) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://smba.trafficmanager.net/emea/",
        "https://smba.trafficmanager.net/amer/",
        "https://europe.webchat.botframework.com/",
        "https://smba.infra.gcc.teams.microsoft.com/",
    ],
)
def test_teams_service_urls_of_microsoft_are_accepted(url: str) -> None:
    assert is_bot_framework_service_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://smba.trafficmanager.net/emea/",  # not https
        "https://evil.example.com/",
        "https://smba.trafficmanager.net.evil.com/",
        "https://evilbotframework.com/",
        "https://user:pw@smba.trafficmanager.net/",
        "https://localhost:3978/",
        "",
        None,
        "not a url",
    ],
)
def test_teams_service_urls_elsewhere_are_refused(url: str | None) -> None:
    assert not is_bot_framework_service_url(url)


def test_teams_extra_hosts_allow_a_local_emulator_only_when_configured() -> None:
    assert is_bot_framework_service_url("http://localhost:3978/", extra_hosts=("localhost",))
    assert not is_bot_framework_service_url("http://localhost:3978/")


def test_teams_claims_must_come_from_the_bot_connector_for_this_bot_and_this_service_url() -> None:
    good = {
        "iss": "https://api.botframework.com", "aud": "app-1", "serviceUrl": "https://smba.trafficmanager.net/emea/",
    }
    assert claims_problem(good, "app-1", "https://smba.trafficmanager.net/emea") is None
    assert "issuer" in claims_problem({**good, "iss": "https://sts.windows.net/x/"}, "app-1", None)
    assert "audience" in claims_problem({**good, "aud": "app-2"}, "app-1", None)
    moved = claims_problem(good, "app-1", "https://smba.trafficmanager.net/amer/")
    assert moved and "serviceUrl" in moved


def test_teams_tokens_come_from_the_tenant_endpoint() -> None:
    assert token_url("contoso.onmicrosoft.com") == (
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"
    )
    with pytest.raises(ValueError):
        token_url("common/../evil")
    with pytest.raises(ValueError):
        token_url("")


def test_teams_signing_keys_must_be_endorsed_for_the_channel() -> None:
    assert key_endorsed({"kid": "a", "endorsements": ["msteams", "webchat"]}, "msteams")
    assert not key_endorsed({"kid": "a", "endorsements": ["webchat"]}, "msteams")
    assert key_endorsed({"kid": "a"}, "msteams")


def test_credentials_hold_no_secret_and_keep_the_retry_guard() -> None:
    text = (REPO / "credentials.yml").read_text()
    credentials = yaml.safe_load(text)
    assert "rest" in credentials
    assert credentials["bot.channels.socketio.SocketIOInput"]["session_persistence"] is True
    slack = credentials["bot.channels.slack.SlackInput"]
    assert {"http_timeout", "http_error"} <= set(slack["errors_ignore_retry"])
    assert "bot.channels.teams.TeamsInput" in credentials
    # Secrets only through the environment, read by the channel classes (an unset ${VAR} aborts Rasa).
    settings = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert "${" not in settings
    for key in ("slack_token", "slack_signing_secret", "app_password", "jwt_key"):
        assert key not in text


@pytest.mark.parametrize(
    "value", ["http://127.0.0.1:8123/api/", "http://localhost:9/", "https://[::1]:443/x"],
)
def test_test_only_urls_are_accepted_on_this_machine(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_API_URL", value)
    assert loopback_url("SLACK_API_URL") == value


@pytest.mark.parametrize(
    "value",
    ["https://slack.com/api/", "http://127.0.0.1.evil.com/", "ftp://127.0.0.1/", "http://user@127.0.0.1/",
     "http://10.0.0.1/"],
)
def test_test_only_urls_elsewhere_stop_start_up(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The token and people's replies go to this URL: it must never leave the machine.
    monkeypatch.setenv("TEAMS_LOGIN_URL", value)
    with pytest.raises(ValueError, match="TEAMS_LOGIN_URL"):
        loopback_url("TEAMS_LOGIN_URL")


def test_test_only_urls_unset_mean_the_real_services(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEAMS_OPENID_URL", raising=False)
    assert loopback_url("TEAMS_OPENID_URL") is None
    assert token_url("contoso.onmicrosoft.com", None).startswith("https://login.microsoftonline.com/")
    assert token_url("t1", "http://127.0.0.1:5/") == "http://127.0.0.1:5/t1/oauth2/v2.0/token"


def test_teams_buttons_are_clickable_card_actions() -> None:
    card = hero_card("Which call?", [{"title": "ITM", "payload": '/inform{"call":"itm-2024"}'}])
    assert card["contentType"] == "application/vnd.microsoft.card.hero"
    assert card["content"]["text"] == "Which call?"
    (action,) = card["content"]["buttons"]
    assert action["type"] == "messageBack" and action["text"] == '/inform{"call":"itm-2024"}'
    assert action["displayText"] == action["title"] == "ITM"


def test_shape_errors_name_the_field_and_never_quote_the_body() -> None:
    event = Field(dict, fields={"text": Field(str), "user": Field(str, required=True, non_empty=True)})
    spec = Field(dict, fields={"event": event, "ids": Field(list, items=Field(str))})
    assert shape_error({"event": {"user": "U1"}, "ids": ["a"]}, spec) is None
    assert shape_error({"event": {"user": "U1", "text": None}}, spec) is None  # null = absent
    assert shape_error([], spec) == "the body must be a JSON object, not array"
    assert shape_error({"event": {"text": "secret"}}, spec) == "'event.user' is missing"
    assert shape_error({"event": {"user": ""}}, spec) == "'event.user' must not be empty"
    assert shape_error({"event": {"user": True}}, spec) == "'event.user' must be a JSON string, not boolean"
    assert shape_error({"event": {"user": "U"}, "ids": ["a", 5]}, spec) == (
        "'ids[1]' must be a JSON string, not number")
    assert shape_error({"event": {"user": "U"}, "ids": {"a": 1}}, spec) == (
        "'ids' must be a JSON array, not object")
