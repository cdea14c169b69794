"""Personal data and secrets stay out of the logs, and what must be closed is closed (issue 12, security).

A full conversation in each language - nationality, dates, a correction, a question - then every log the
servers wrote (Rasa, action server, widget server, supervisor; at their normal INFO level) is scanned for the
messages' text, the nationality as said and as a slot value, the dates as said and as ISO values, and the API
token. And: the Rasa HTTP API refuses every request without its token; the action server and Rasa listen on
loopback only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.serve import Assistant
from tests.e2e.harness import Conversation, get, post, shared_assistant

# Maltese, 13-24 April 2026: a nationality and dates no other test uses, so any trace of them is ours.
CONVERSATIONS = {
    "en": ["Hello", "I'm Maltese, on the staff of ITM Antwerp, and would like a staff training at a "
           "university in Vienna, Austria, from 13 to 24 April 2026.", "yes", "Actually it's Graz.",
           "Whom do I write to?"],
    "fr": ["Bonjour", "Je suis maltaise, membre du personnel de l'IMT Anvers, et je voudrais une formation "
           "dans une université à Vienne, en Autriche, du 13 au 24 avril 2026.", "oui", "En fait c'est Graz.",
           "À qui dois-je écrire ?"],
    "nl": ["Hallo", "Ik ben Maltees, personeelslid van het ITG Antwerpen, en wil een staff training aan een "
           "universiteit in Wenen, Oostenrijk, van 13 tot 24 april 2026.", "ja", "Eigenlijk is het Graz.",
           "Naar wie moet ik schrijven?"],
    "it": ["Ciao", "Sono maltese, faccio parte del personale dell'ITM di Anversa e vorrei una formazione in "
           "un'università a Vienna, in Austria, dal 13 al 24 aprile 2026.", "sì", "Anzi, è Graz.",
           "A chi devo scrivere?"],
}
PERSONAL = ["Maltese", "maltaise", "Maltees", "maltese", "2026-04-13", "2026-04-24", "13 to 24 April",
            "13 au 24 avril", "13 tot 24 april", "13 al 24 aprile", "'MT'", '"MT"', "Graz"]


@pytest.fixture(scope="module")
def assistant() -> Iterator[Assistant]:
    with shared_assistant() as running:
        yield running


@pytest.fixture(scope="module")
def logs_after_conversations(assistant: Assistant) -> dict[str, str]:
    for lang, turns in CONVERSATIONS.items():
        conversation = Conversation(assistant, f"logs-{lang}")
        for text in turns:
            conversation.say(text)
        slots = conversation.slots()
        # The facts really went through NLU, the actions and the store: there was something to leak.
        assert slots["citizenship"] == ["MT"] and slots["start_date"] == "2026-04-13", (lang, slots)
    return {path.name: path.read_text(errors="replace") for path in Path(assistant.log_dir).glob("*.log")}


def test_no_message_text_nationality_date_or_token_in_any_log(
    assistant: Assistant, logs_after_conversations: dict[str, str]
) -> None:
    assert {"rasa.log", "actions.log"} <= set(logs_after_conversations)
    secrets = [text for turns in CONVERSATIONS.values() for text in turns if len(text) > 12]
    secrets += PERSONAL + [assistant.token]
    leaks = [
        f"{name}: {secret!r} in {line[:160]!r}"
        for name, text in logs_after_conversations.items()
        for line in text.splitlines()
        for secret in secrets
        if secret in line
    ]
    assert not leaks, "\n".join(leaks[:20])


def test_the_logs_are_at_info_not_debug(logs_after_conversations: dict[str, str]) -> None:
    levels = set(re.findall(r"^\S+ \S+ +(DEBUG|INFO|WARNING|ERROR)\b", logs_after_conversations["rasa.log"],
                            re.MULTILINE))
    assert "DEBUG" not in levels


@pytest.mark.parametrize("path", [
    "/status", "/conversations/logs-en/tracker", "/conversations/logs-en/story", "/domain",
])
def test_the_http_api_is_closed_without_its_token(assistant: Assistant, path: str) -> None:
    for query in ("", "?token=not-the-token"):
        status, _ = get(f"{assistant.rasa_url}{path}{query}")
        assert status == 401, (path, query, status)


def test_the_api_refuses_changes_without_its_token(assistant: Assistant) -> None:
    for path, body in (("/model/parse", {"text": "hello"}), ("/conversations/logs-en/tracker/events",
                                                           {"event": "restart"})):
        status, _ = post(f"{assistant.rasa_url}{path}", body)
        assert status == 401, (path, status)


def test_the_api_answers_with_its_token(assistant: Assistant) -> None:
    status, body = get(f"{assistant.rasa_url}/status?token={assistant.token}")
    assert status == 200 and body["model_file"]


def listening_addresses(port: int) -> set[str]:
    """Local addresses of sockets in LISTEN state on `port`, from /proc/net/tcp and tcp6."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].rsplit(":", 1)
            if int(port_hex, 16) == port and fields[3] == "0A":
                found.add(address)
    return found


def test_the_action_server_and_rasa_listen_on_loopback_only(assistant: Assistant) -> None:
    loopback = {"0100007F", "00000000000000000000000001000000"}  # 127.0.0.1 and ::1 as the kernel prints them
    for url in (assistant.action_url, assistant.rasa_url):
        port = int(url.rsplit(":", 1)[1])
        addresses = listening_addresses(port)
        assert addresses and addresses <= loopback, (url, addresses)
