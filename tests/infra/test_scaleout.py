"""Scale-out for real: PostgreSQL (conversations), Redis (locks) and HAProxy from Debian, two Rasa instances
(separate processes and ports), started by scripts/scaleout.py (scripts/ensure_services.sh installs them).

Nothing is mocked: outages are real stops of the PostgreSQL and Redis processes while Rasa runs. Replies are
compared with the same conversation held on one instance, so these tests check the set-up, not the wording.
"""

from __future__ import annotations

import json
import os
import subprocess
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scripts.scaleout import Cluster, create_database, scale_out
from scripts.serve import Assistant
from tests.conftest import MODEL
from tests.infra.test_store import run as run_store_scenario

TODAY = "2025-09-15"
MARKER = "zq-private-5521"  # must never reach a log, and must be gone after erasure
UNAVAILABLE = "try again in a few minutes"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    model = Path(os.environ.get("E2E_MODEL") or MODEL)
    if not model.exists():
        pytest.fail(f"no trained model at {model}: run scripts/train.sh (scripts/test.sh does)")
    with scale_out(str(model), env={"MOBILITY_TODAY": TODAY}) as running:
        yield running


def say(base_url: str, sender: str, text: str) -> tuple[list[dict[str, Any]], str | None]:
    """The replies, and which instance answered (HAProxy's X-Served-By; None when sent to one directly)."""
    request = urllib.request.Request(
        f"{base_url}/webhooks/rest/webhook", json.dumps({"sender": sender, "message": text}).encode(),
        {"Content-Type": "application/json"}, method="POST",
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        assert response.status == 200
        return json.loads(response.read()), response.headers.get("X-Served-By")


def texts(replies: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    return [(r.get("text") or "", [b["payload"] for b in r.get("buttons") or []]) for r in replies]


def tracker(instance: Assistant, sender: str) -> dict[str, Any]:
    url = f"{instance.rasa_url}/conversations/{sender}/tracker?token={instance.token}"
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.loads(response.read())


def user_texts(instance: Assistant, sender: str) -> list[str]:
    return [e.get("text") or "" for e in tracker(instance, sender)["events"] if e["event"] == "user"]


def psql(cluster: Cluster, sql: str) -> str:
    result = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-p", str(cluster.postgres.port), "-U", "rasa", "-d", "rasa",
         "-Atc", sql],
        capture_output=True, text=True, env={**os.environ, "PGPASSWORD": cluster.db_password}, check=True,
    )
    return result.stdout.strip()


FACTS = ["Hello", "I'm a PhD student at IMT Lucca.", "I'd like to go to Spain.", "From February to May 2026."]


def test_alternate_messages_to_each_instance_continue_one_conversation(cluster: Cluster) -> None:
    a, b = cluster.instances
    alone, shared = f"alone-{uuid.uuid4().hex[:8]}", f"shared-{uuid.uuid4().hex[:8]}"
    expected = [texts(say(a.rasa_url, alone, text)[0]) for text in FACTS]
    got = [texts(say((a, b)[i % 2].rasa_url, shared, text)[0]) for i, text in enumerate(FACTS)]
    assert got == expected
    slots_alone, slots_shared = tracker(b, alone)["slots"], tracker(a, shared)["slots"]
    assert slots_shared == slots_alone
    assert slots_shared["role"] == "phd_student" and slots_shared["destination"] == "ES", slots_shared
    assert user_texts(a, shared) == FACTS  # each message stored once, in order, whichever instance took it


def test_the_load_balancer_keeps_each_conversation_on_one_instance(cluster: Cluster) -> None:
    served: dict[str, set[str]] = {}
    for _ in range(12):
        sender = f"lb-{uuid.uuid4().hex[:8]}"
        for text in ("Hello", "Thanks"):
            served.setdefault(sender, set()).add(say(cluster.url, sender, text)[1])
    assert all(len(names) == 1 for names in served.values()), served
    assert set().union(*served.values()) == {"a", "b"}, "one instance took every conversation"
    # The deployed routing (deploy/haproxy.cfg): Rasa's API is not reachable through the load balancer.
    for path in ("/status", f"/conversations/{sender}/tracker", "/model/parse"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{cluster.url}{path}?token={cluster.instances[0].token}", timeout=30)
        assert refused.value.code == 404, path


def test_store_promises_hold_on_postgresql(cluster: Cluster) -> None:
    for scenario in ("persistence", "retention", "erasure"):
        name = f"store_{scenario}"
        create_database(cluster.postgres, cluster.db_password, name)
        url = f"postgresql://rasa:{cluster.db_password}@127.0.0.1:{cluster.postgres.port}/{name}"
        out = run_store_scenario(scenario, url)  # type: ignore[arg-type]  # a URL instead of a file
        if scenario == "persistence":
            assert out["slot"] == "IT" and out["texts"] == ["I go to Spain", "and then Italy"]
        elif scenario == "retention":
            assert (out["before"], out["after_start"], out["after_save"]) == (
                ["old", "recent"], ["recent"], ["new"])
        else:
            assert out["texts"] == [] and out["slot"] is None and out["carol"] == ["I go to Peru"]
            assert out["texts_later"] == ["hello again"]


def test_delete_my_data_through_the_load_balancer_erases_the_postgresql_rows(cluster: Cluster) -> None:
    sender = f"erase-{uuid.uuid4().hex[:8]}"
    stored = f"SELECT count(*) FROM events WHERE sender_id = '{sender}' AND data LIKE '%{MARKER}%'"
    say(cluster.url, sender, f"I'm a PhD student at IMT Lucca, my code is {MARKER}.")
    assert psql(cluster, stored) != "0"
    say(cluster.url, sender, "/delete_my_data")
    assert psql(cluster, stored) == "0"
    assert tracker(cluster.instances[0], sender)["slots"]["role"] is None


def _outage(cluster: Cluster, daemon_name: str, log_line: str) -> None:
    daemon = getattr(cluster, daemon_name)
    sender = f"{daemon_name}-{uuid.uuid4().hex[:8]}"
    say(cluster.url, sender, FACTS[1])
    before = tracker(cluster.instances[0], sender)["slots"]
    assert before["role"] == "phd_student", before
    daemon.stop()
    try:
        for text in (f"I'd like to go to Spain {MARKER}", "Hello"):
            replies, _ = say(cluster.url, sender, text)
            assert len(replies) == 1 and UNAVAILABLE in replies[0]["text"], replies  # no answer from memory
        fresh, _ = say(cluster.url, f"new-{uuid.uuid4().hex[:8]}", "Hello")
        assert UNAVAILABLE in fresh[0]["text"], fresh
    finally:
        daemon.start()
    logs = "".join((i.log_dir / "rasa.log").read_text(errors="replace") for i in cluster.instances)
    assert log_line in logs
    assert MARKER not in logs  # the message text is not logged, not even at ERROR
    replies, _ = say(cluster.url, sender, FACTS[2])
    assert replies and all(UNAVAILABLE not in (r.get("text") or "") for r in replies), replies
    after = tracker(cluster.instances[1], sender)
    assert {k: after["slots"][k] for k in ("role", "call")} == {k: before[k] for k in ("role", "call")}
    assert after["slots"]["destination"] == "ES"
    # The refused messages were never stored: the conversation is exactly what was taken in.
    assert user_texts(cluster.instances[0], sender) == [FACTS[1], FACTS[2]]


def test_postgresql_stopped_mid_run_answers_clearly_and_recovers(cluster: Cluster) -> None:
    _outage(cluster, "postgres", "ERROR")
    logs = "".join((i.log_dir / "rasa.log").read_text(errors="replace") for i in cluster.instances)
    assert "The conversation store is unavailable" in logs


def test_redis_stopped_mid_run_answers_clearly_and_recovers(cluster: Cluster) -> None:
    _outage(cluster, "redis", "The lock store (Redis) is unavailable")
