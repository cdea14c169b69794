"""Microsoft Teams through the Bot Framework, for a single-tenant Azure bot.

credentials.yml: `bot.channels.teams.TeamsInput:` (webhook `/webhooks/teams/webhook`). Secrets come from the
environment, never from the file: TEAMS_APP_ID, TEAMS_APP_PASSWORD, TEAMS_TENANT_ID. Without all three the
channel stays disabled (its webhook answers 503) so a local run needs no secrets.

What Rasa's BotFrameworkInput lacks and this adds (see teams_logic.py for the checks themselves):
- outgoing tokens from the tenant's endpoint: Azure creates no new multi-tenant bots since 31 July 2025, and
  Rasa only knows the multi-tenant one;
- the token's issuer, its endorsement for the channel, and a fixed RS256 algorithm (Rasa trusts the token's
  own `alg` header);
- `serviceUrl` must be a Microsoft host and match the token, since replies (with our token) go there;
- `<at>Bot</at>` mentions are removed before NLU;
- the signing keys are fetched on first use, not at start-up, and blocking HTTP calls run off the event loop;
- buttons become a hero card with `messageBack` actions (Rasa's card has buttons Teams cannot click);
- a body that is not JSON or not an activity of the right types gets 400 with a one-line reason
  (`{"error": ...}`) after the Authorization header is seen and before the token is checked.
TEAMS_OPENID_URL and TEAMS_LOGIN_URL (tests only, loopback only: see overrides.py) point the key and token
look-ups at a local Bot Framework stand-in.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import os
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

import jwt
import requests
from jwt.algorithms import RSAAlgorithm
from rasa.core.channels.botframework import BotFramework, BotFrameworkInput
from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.overrides import loopback_url
from bot.channels.teams_logic import (
    BOT_CONNECTOR_ISSUER,
    claims_problem,
    hero_card,
    is_bot_framework_service_url,
    key_endorsed,
    parse_activity,
    strip_mentions,
    token_url,
)

logger = logging.getLogger(__name__)
OPEN_ID_URI = "https://login.botframework.com/v1/.well-known/openidconfiguration"
HTTP_TIMEOUT = 10


class TeamsOutput(BotFramework):
    """Sends replies with a token from the tenant's endpoint, cached per app (not in Rasa's shared class)."""

    _tokens: dict[str, tuple] = {}

    @classmethod
    def name(cls) -> str:
        return "teams"

    def __init__(self, app_id: str, app_password: str, tenant_id: str, conversation: dict[str, Any],
                 bot: str, service_url: str, authority: str | None = None) -> None:
        super().__init__(app_id, app_password, conversation, bot, service_url)
        self.tenant_id = tenant_id
        self.authority = authority

    def _fetch_token(self) -> tuple | None:
        reply = requests.post(
            token_url(self.tenant_id, self.authority),
            data={"client_id": self.app_id, "client_secret": self.app_password,
                  "grant_type": "client_credentials", "scope": "https://api.botframework.com/.default"},
            timeout=HTTP_TIMEOUT,
        )
        if not reply.ok:
            logger.error("No Bot Framework token from the tenant endpoint (HTTP %s).", reply.status_code)
            return None
        data = reply.json()
        expires = datetime.datetime.now() + datetime.timedelta(seconds=int(data["expires_in"]) - 60)
        return data["access_token"], expires

    async def _get_headers(self) -> dict[str, Any] | None:
        cached = self._tokens.get(self.app_id)
        if cached is None or cached[1] < datetime.datetime.now():
            cached = await asyncio.get_running_loop().run_in_executor(None, self._fetch_token)
            if cached is None:
                return None
            self._tokens[self.app_id] = cached
        return {"content-type": "application/json", "Authorization": f"Bearer {cached[0]}"}

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: list[dict[str, Any]],
                                     **kwargs: Any) -> None:
        await self.send(self.prepare_message(recipient_id, {"attachments": [hero_card(text, buttons)]}))

    async def send(self, message_data: dict[str, Any]) -> None:
        uri = f"{self.global_uri}conversations/{self.conversation['id']}/activities"
        headers = await self._get_headers()
        if headers is None:
            return
        sent = await asyncio.get_running_loop().run_in_executor(
            None,
            lambda: requests.post(uri, headers=headers, data=json.dumps(message_data), timeout=HTTP_TIMEOUT),
        )
        if not sent.ok:
            logger.error("Bot Framework refused a reply (HTTP %s).", sent.status_code)


class TeamsInput(BotFrameworkInput):
    """Bot Framework input for Teams with issuer, serviceUrl and tenant handling (see the module doc)."""

    @classmethod
    def name(cls) -> str:
        return "teams"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        hosts = os.environ.get("TEAMS_EXTRA_SERVICE_HOSTS", "").split(",")
        extra = tuple(h.strip().lower() for h in hosts if h.strip())
        return cls(
            os.environ.get("TEAMS_APP_ID", ""), os.environ.get("TEAMS_APP_PASSWORD", ""),
            os.environ.get("TEAMS_TENANT_ID", ""), extra,
        )

    def __init__(self, app_id: str, app_password: str, tenant_id: str = "",
                 extra_service_hosts: tuple = ()) -> None:
        # Not calling super().__init__: it downloads the signing keys at start-up, which fails offline.
        self.app_id = app_id
        self.app_password = app_password
        self.tenant_id = tenant_id
        self.extra_service_hosts = extra_service_hosts
        self.enabled = bool(app_id and app_password and tenant_id)
        self.open_id_uri = loopback_url("TEAMS_OPENID_URL") or OPEN_ID_URI  # raises on a non-local URL
        self.authority = loopback_url("TEAMS_LOGIN_URL")
        if self.enabled:
            token_url(tenant_id)  # a malformed tenant id stops start-up, not the first reply
        self.pending: set[asyncio.Task] = set()
        self.jwt_keys: dict[str, Any] = {}
        self.jwt_update_time = datetime.datetime.fromtimestamp(0)

    def _finished(self, task: asyncio.Task) -> None:
        self.pending.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.error("A Teams message could not be answered (%s).", type(task.exception()).__name__)

    def _update_cached_jwk_keys(self) -> None:
        conf = requests.get(self.open_id_uri, timeout=HTTP_TIMEOUT)
        conf.raise_for_status()
        keys = requests.get(conf.json()["jwks_uri"], timeout=HTTP_TIMEOUT)
        keys.raise_for_status()
        self.jwt_keys = {key["kid"]: key for key in keys.json()["keys"]}
        self.jwt_update_time = datetime.datetime.now()

    def verified_claims(self, token: str, channel_id: str | None) -> dict[str, Any]:
        """Claims of a token signed by a current Bot Framework key for this channel; raises otherwise."""
        if datetime.datetime.now() - self.jwt_update_time > datetime.timedelta(days=1):
            self._update_cached_jwk_keys()
        key_id = jwt.get_unverified_header(token).get("kid")
        key = self.jwt_keys.get(key_id)
        if key is None:
            raise jwt.InvalidKeyError("unknown signing key")
        if not key_endorsed(key, channel_id):
            raise jwt.InvalidKeyError("key not endorsed for this channel")
        return jwt.decode(
            token, key=RSAAlgorithm.from_jwk(key), algorithms=["RS256"], audience=self.app_id,
            issuer=BOT_CONNECTOR_ISSUER,
        )

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        teams_webhook = Blueprint("teams_webhook", __name__)

        @teams_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.enabled else "disabled"})

        @teams_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self.enabled:
                return response.text("Teams channel not configured.", status=HTTPStatus.SERVICE_UNAVAILABLE)
            refused = response.text("Unauthorized.", status=HTTPStatus.UNAUTHORIZED)
            header = request.headers.get("Authorization") or ""
            if not header.startswith("Bearer "):
                return refused
            activity, problem = parse_activity(request.body)
            if problem:
                logger.info("Refused a Teams activity: %s.", problem)
                return response.json({"error": problem}, status=HTTPStatus.BAD_REQUEST)
            service_url = activity["serviceUrl"]
            if not is_bot_framework_service_url(service_url, self.extra_service_hosts):
                logger.warning("Refused a Teams activity whose serviceUrl is not a Bot Framework host.")
                return refused
            try:
                claims = await asyncio.get_running_loop().run_in_executor(
                    None, self.verified_claims, header[len("Bearer "):].strip(), activity.get("channelId")
                )
            except (jwt.PyJWTError, requests.RequestException, KeyError, ValueError) as error:
                logger.warning("Refused a Teams activity: %s.", type(error).__name__)
                return refused
            problem = claims_problem(claims, self.app_id, service_url)
            if problem:
                logger.warning("Refused a Teams activity: %s.", problem)
                return refused
            if activity.get("type") != "message":
                return response.text("ignored")
            out_channel = TeamsOutput(
                self.app_id, self.app_password, self.tenant_id, activity["conversation"],
                activity["recipient"], service_url, self.authority,
            )
            metadata = self.add_attachments_to_metadata(activity, self.get_metadata(request))
            # Acknowledge at once and answer from a background task: the Bot Framework gives a webhook 15 s,
            # and posting several replies to a slow serviceUrl could take longer (Teams would then retry).
            task = asyncio.create_task(on_new_message(UserMessage(
                text=strip_mentions(activity.get("text")), output_channel=out_channel,
                sender_id=activity["from"]["id"], input_channel=self.name(), metadata=metadata,
            )))
            self.pending.add(task)  # a reference, or the task could be garbage-collected mid-way
            task.add_done_callback(self._finished)
            return response.text("success")

        return teams_webhook
