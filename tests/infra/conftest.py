"""A Rasa server with the Slack and Teams channels switched on, talking to local stand-ins of Slack and the
Bot Framework (tests/infra/standins.py). Started once for the channel tests (about 40 s)."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from scripts.serve import Assistant, running_assistant
from tests.conftest import MODEL
from tests.infra.standins import BotFramework, SlackApi

SLACK_TOKEN = "xoxb-test-1234-abcd"
SLACK_SECRET = "slack-signing-secret-for-tests"
TEAMS_APP_ID = "00000000-1111-2222-3333-444444444444"
TEAMS_PASSWORD = "teams-client-secret-for-tests"
TEAMS_TENANT = "contoso.onmicrosoft.com"
TODAY = "2025-09-15"  # as tests/e2e: reproducible deadlines


@dataclass
class Channels:
    assistant: Assistant
    slack: SlackApi
    teams: BotFramework

    def rest(self, sender: str, text: str) -> list[dict[str, Any]]:
        """What the REST channel answers: the oracle for what Slack and Teams must show."""
        status, replies = http("POST", self.assistant.webhook_url,
                               json.dumps({"sender": sender, "message": text}).encode(),
                               {"Content-Type": "application/json"})
        assert status == 200, replies
        return json.loads(replies)

    def tracker(self, sender: str) -> dict[str, Any]:
        url = f"{self.assistant.rasa_url}/conversations/{sender}/tracker?token={self.assistant.token}"
        status, body = http("GET", url)
        assert status == 200, body
        return json.loads(body)


def http(method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None,
         timeout: float = 60) -> tuple[int, str]:
    request = urllib.request.Request(url, body, headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


@pytest.fixture(scope="session")
def channels() -> Iterator[Channels]:
    model = Path(os.environ.get("E2E_MODEL") or MODEL)
    if not model.exists():
        pytest.fail(f"no trained model at {model}: run scripts/train.sh (scripts/test.sh does)")
    slack = SlackApi()
    teams = BotFramework(TEAMS_APP_ID, TEAMS_PASSWORD, TEAMS_TENANT)
    env = {
        "MOBILITY_TODAY": TODAY,
        "SLACK_BOT_TOKEN": SLACK_TOKEN, "SLACK_SIGNING_SECRET": SLACK_SECRET,
        "SLACK_API_URL": f"{slack.url}/api/",
        "TEAMS_APP_ID": TEAMS_APP_ID, "TEAMS_APP_PASSWORD": TEAMS_PASSWORD, "TEAMS_TENANT_ID": TEAMS_TENANT,
        "TEAMS_OPENID_URL": f"{teams.url}/openid", "TEAMS_LOGIN_URL": teams.url,
        "TEAMS_EXTRA_SERVICE_HOSTS": "127.0.0.1",
    }
    try:
        with running_assistant(model=str(model), widget=False, env=env) as assistant:
            yield Channels(assistant, slack, teams)
    finally:
        slack.close()
        teams.close()
