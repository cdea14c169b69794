"""Slack, with secrets from the environment and no duplicate replies on Slack's retries.

credentials.yml: `bot.channels.slack.SlackInput:` (webhook `/webhooks/slack/webhook`). SLACK_BOT_TOKEN and
SLACK_SIGNING_SECRET come from the environment (Rasa's `${VAR}` substitution aborts start-up when a variable
is unset, so a local run without Slack could not start); without both the channel stays disabled (503).
Retries whose reason is in `errors_ignore_retry` (default http_timeout, http_error) are acknowledged and
dropped, and so is any retry of an `event_id` already handled: Rasa would otherwise answer twice.

Differences from Rasa's channel besides the environment:
- a request without a valid signature gets 401 (Rasa: 400) and nothing of it is read;
- a signed body Rasa's handler cannot read (malformed JSON, wrong types, no `payload` form field) gets 400
  with a one-line reason (`{"error": ...}`, slack_logic.py) instead of a 500;
- url_verification is answered with `{"challenge": ...}` as Slack documents (Rasa: a bare JSON string);
- the reply goes into the thread when the person wrote in a thread, and never starts one otherwise (Rasa
  either never threads or threads every reply);
- the legacy `as_user` argument (classic apps only) is not sent: new Slack apps post as their bot user;
- SLACK_API_URL (tests only, loopback only: see overrides.py) points the Web API client at a local stand-in.
Rasa 3.6.21 already acknowledges at once and posts the reply from a background task (Slack's 3-second rule).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.slack import SlackBot
from rasa.core.channels.slack import SlackInput as RasaSlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.overrides import loopback_url
from bot.channels.slack_logic import (
    DEFAULT_IGNORED_RETRIES,
    SeenEvents,
    event_error,
    interaction_error,
    is_authentic,
    is_ignored_retry,
)

API_URL_VARIABLE = "SLACK_API_URL"
logger = logging.getLogger(__name__)


def signed_body_problem(request: Request) -> str | None:
    """Why a signed request's body cannot be handled (one line), for the two types Rasa's handler reads."""
    content_type = request.headers.get("content-type")
    if content_type == "application/json":
        return event_error(request.body)
    if content_type == "application/x-www-form-urlencoded":
        return interaction_error(dict(request.form or {}))
    return None


class SlackOutput(SlackBot):
    """Rasa's Slack output without the legacy `as_user` argument, optionally on a local Web API stand-in."""

    def __init__(self, token: str, slack_channel: str | None, thread_id: str | None, proxy: str | None,
                 api_url: str | None) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        if api_url:
            self.client.base_url = api_url if api_url.endswith("/") else api_url + "/"

    async def _post_message(self, channel: str, **kwargs: Any) -> None:
        kwargs.pop("as_user", None)
        await super()._post_message(channel, **kwargs)


class SlackInput(RasaSlackInput):
    """Rasa's Slack channel, configured from the environment, deduplicating retries."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        token = os.environ.get("SLACK_BOT_TOKEN", "")
        secret = os.environ.get("SLACK_SIGNING_SECRET", "")
        channel = cls(
            token,
            os.environ.get("SLACK_CHANNEL") or credentials.get("slack_channel"),
            credentials.get("proxy"),
            "x-slack-retry-reason",
            "x-slack-retry-num",
            list(credentials.get("errors_ignore_retry") or DEFAULT_IGNORED_RETRIES),
            True,  # Rasa's use_threads; get_metadata below only gives a thread when the person wrote in one
            # Rasa refuses an empty secret; a disabled channel never checks it anyway.
            secret or "unset",
            credentials.get("conversation_granularity", "sender"),
        )
        channel.enabled = bool(token and secret)
        channel.seen_events = SeenEvents()
        channel.api_url = loopback_url(API_URL_VARIABLE)  # raises at start-up on a non-local URL
        return channel

    def get_output_channel(self, channel: str | None = None, thread_id: str | None = None) -> OutputChannel:
        return SlackOutput(self.slack_token, channel or self.slack_channel, thread_id, self.proxy,
                           getattr(self, "api_url", None))

    def get_metadata(self, request: Request) -> dict[str, Any]:
        """Rasa's metadata, with `thread_id` only when the message was written in a thread."""
        metadata = super().get_metadata(request)
        if not metadata:
            return metadata
        if request.content_type == "application/json":
            message = (request.json or {}).get("event", {})
        else:
            message = json.loads(request.form["payload"][0]).get("message", {})
        metadata["thread_id"] = message.get("thread_ts")
        return metadata

    def is_request_from_slack_authentic(self, request: Request) -> bool:
        return is_authentic(
            self.slack_signing_secret, request.headers.get("X-Slack-Request-Timestamp"), request.body,
            request.headers.get("X-Slack-Signature"),
        )

    async def process_message(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]], text: str,
        sender_id: str | None, metadata: dict | None,
    ) -> Any:
        no_retry = {"X-Slack-No-Retry": "1"}
        headers = request.headers
        if is_ignored_retry(headers.get(self.retry_num_header), headers.get(self.retry_reason_header),
                            tuple(self.errors_ignore_retry)):
            return response.text("", status=HTTPStatus.OK, headers=no_retry)
        body = request.json if request.content_type == "application/json" else None
        event_id = body.get("event_id") if isinstance(body, dict) else None
        if not self.seen_events.first_time(event_id):
            return response.text("", status=HTTPStatus.OK, headers=no_retry)
        return await super().process_message(request, on_new_message, text, sender_id, metadata)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        if getattr(self, "enabled", False):
            webhook = super().blueprint(on_new_message)

            @webhook.middleware("request")
            async def signed_only(request: Request) -> HTTPResponse | None:
                # Before Rasa's handler reads anything: a forged, stale or unsigned request is refused.
                if request.method != "POST" or not request.path.endswith("/webhook"):
                    return None
                if not self.is_request_from_slack_authentic(request):
                    return response.text("Invalid Slack signature.", status=HTTPStatus.UNAUTHORIZED)
                problem = signed_body_problem(request)
                if problem:
                    logger.info("Refused a Slack request: %s.", problem)
                    return response.json({"error": problem}, status=HTTPStatus.BAD_REQUEST)
                body = request.json if request.content_type == "application/json" else None
                if isinstance(body, dict) and body.get("type") == "url_verification":
                    return response.json({"challenge": body.get("challenge")})
                return None

            return webhook
        disabled = Blueprint("slack_webhook", __name__)

        @disabled.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "disabled"})

        @disabled.route("/webhook", methods=["GET", "POST"])
        async def webhook(_: Request) -> HTTPResponse:
            return response.text("Slack channel not configured.", status=HTTPStatus.SERVICE_UNAVAILABLE)

        return disabled
