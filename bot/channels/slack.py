"""Slack, with secrets from the environment and no duplicate replies on Slack's retries.

credentials.yml: `bot.channels.slack.SlackInput:` (webhook `/webhooks/slack/webhook`). SLACK_BOT_TOKEN and
SLACK_SIGNING_SECRET come from the environment (Rasa's `${VAR}` substitution aborts start-up when a variable
is unset, so a local run without Slack could not start); without both the channel stays disabled (503).
Retries whose reason is in `errors_ignore_retry` (default http_timeout, http_error) are acknowledged and
dropped, and so is any retry of an `event_id` already handled: Rasa would otherwise answer twice.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.slack import SlackInput as RasaSlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.slack_logic import DEFAULT_IGNORED_RETRIES, SeenEvents, is_authentic, is_ignored_retry


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
            bool(credentials.get("use_threads", False)),
            # Rasa refuses an empty secret; a disabled channel never checks it anyway.
            secret or "unset",
            credentials.get("conversation_granularity", "sender"),
        )
        channel.enabled = bool(token and secret)
        channel.seen_events = SeenEvents()
        return channel

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
            return super().blueprint(on_new_message)
        disabled = Blueprint("slack_webhook", __name__)

        @disabled.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "disabled"})

        @disabled.route("/webhook", methods=["GET", "POST"])
        async def webhook(_: Request) -> HTTPResponse:
            return response.text("Slack channel not configured.", status=HTTPStatus.SERVICE_UNAVAILABLE)

        return disabled
