"""Pure Microsoft Teams / Bot Framework checks (no Rasa import, tested in .venv).

Rasa's BotFrameworkInput checks a token's signature, expiry and audience, but not its issuer nor that the
`serviceUrl` it will send the reply to belongs to Microsoft: a forged activity could make the bot post (with
its own access token!) to any URL. These functions close that gap, and `parse_activity` checks the body's
shape before anything indexes into it; `teams.py` calls them.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from bot.channels.shape import Field, shape_error
from bot.limits import parse_json

# Tokens from the Bot Connector service (what Teams sends) carry this issuer.
BOT_CONNECTOR_ISSUER = "https://api.botframework.com"
# Hosts the Bot Connector sends from: Teams public cloud, Bot Framework channels, Teams GCC/GCCH/DoD.
SERVICE_HOST_SUFFIXES = (
    "smba.trafficmanager.net",
    ".botframework.com",
    ".teams.microsoft.com",
    ".teams.microsoft.us",
    ".botframework.azure.us",
)
_MENTION = re.compile(r"<at\b[^>]*>.*?</at>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?(?:p|div|span|br)\b[^>]*>", re.IGNORECASE)


def strip_mentions(text: str | None) -> str:
    """The message without `<at>Bot</at>` mentions (Teams puts them in the text) and Teams' HTML wrapping."""
    if not text:
        return ""
    cleaned = _TAG.sub(" ", _MENTION.sub(" ", text))
    return " ".join(html.unescape(cleaned).split())


def is_bot_framework_service_url(url: str | None, extra_hosts: tuple[str, ...] = ()) -> bool:
    """True for an https URL on a Bot Framework / Teams host (or one of `extra_hosts`, e.g. a test host)."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    if parts.username or parts.password:
        return False
    if host in extra_hosts:
        return True
    if parts.scheme != "https" or not host:
        return False
    return any(host == suffix.lstrip(".") or host.endswith(suffix) for suffix in SERVICE_HOST_SUFFIXES)


def claims_problem(claims: dict, app_id: str, service_url: str | None) -> str | None:
    """Why verified token claims must still be refused for this activity, or None when they are fine.

    The token is for this bot (audience), from the Bot Connector (issuer), and bound to the activity's
    serviceUrl (Microsoft's documented `serviceUrl` claim), so a valid token cannot be replayed elsewhere.
    """
    if claims.get("iss") != BOT_CONNECTOR_ISSUER:
        return f"issuer {claims.get('iss')!r} is not the Bot Connector"
    audience = claims.get("aud")
    if audience != app_id and not (isinstance(audience, list) and app_id in audience):
        return "audience is not this bot"
    claimed = claims.get("serviceUrl") or claims.get("serviceurl")
    if claimed is not None and service_url is not None and claimed.rstrip("/") != service_url.rstrip("/"):
        return "serviceUrl differs from the one in the token"
    return None


MICROSOFT_LOGIN = "https://login.microsoftonline.com"


def token_url(tenant_id: str, authority: str | None = None) -> str:
    """The single-tenant token endpoint: Azure creates no new multi-tenant bots since 31 July 2025.
    `authority` replaces Microsoft's login host only for the local Bot Framework stand-in of the tests."""
    if not re.fullmatch(r"[A-Za-z0-9.-]{1,100}", tenant_id or ""):
        raise ValueError("TEAMS_TENANT_ID must be a tenant id (GUID) or domain name")
    return f"{(authority or MICROSOFT_LOGIN).rstrip('/')}/{tenant_id}/oauth2/v2.0/token"


def hero_card(text: str, buttons: list[dict]) -> dict:
    """A Bot Framework hero card whose buttons are real card actions. Rasa puts its own button dicts
    (title, payload) in the card, which Teams shows without any action. `messageBack` sends the payload to
    the bot and shows the person the title they clicked, not the payload's intent syntax."""
    actions = [
        {"type": "messageBack", "title": b.get("title", ""), "text": b.get("payload", ""),
         "displayText": b.get("title", ""), "value": {"payload": b.get("payload", "")}}
        for b in buttons
    ]
    card = {"text": text, "buttons": actions}
    return {"contentType": "application/vnd.microsoft.card.hero", "content": card}


def key_endorsed(key: dict, channel_id: str | None) -> bool:
    """Bot Framework signing keys list the channels they may sign for; a key without a list signs for all."""
    endorsements = key.get("endorsements")
    return endorsements is None or (channel_id is not None and channel_id in endorsements)


_ID = Field(dict, fields={"id": Field(str, non_empty=True)})
# What the webhook reads of an activity before and after checking its token.
ACTIVITY = Field(dict, fields={
    "type": Field(str, required=True), "serviceUrl": Field(str, required=True), "channelId": Field(str),
    "text": Field(str), "attachments": Field(list), "conversation": _ID, "from": _ID,
    "recipient": Field(dict),
})
# A message is answered: it must say to whom, from whom and in which conversation.
MESSAGE = Field(dict, fields={name: replace(_ID, required=True) for name in ("conversation", "from")} | {
    "recipient": Field(dict, required=True),
})


def parse_activity(body: bytes) -> tuple[Any, str | None]:
    """(activity, None), or (None, the one-line reason the body is not an activity the webhook can handle)."""
    activity, reason = parse_json(body)
    reason = reason or shape_error(activity, ACTIVITY)
    if reason is None and activity.get("type") == "message":
        reason = shape_error(activity, MESSAGE)
    return (None, reason) if reason else (activity, None)
