"""Locust users holding realistic conversations with the assistant, in English, French, Dutch and Italian.

Run by benchmarks/load.py (which starts the servers and steps through the user counts), or by hand against a
running assistant:  .venv/bin/locust -f benchmarks/locustfile.py --headless -u 10 -r 10 -t 60s \
                        --host http://127.0.0.1:5005

Each simulated person opens a new conversation (a fresh sender id), picks one of three scripts in one of the
four languages - eligibility with a correction, questions from the FAQ, asking for a contact - and sends its
turns one after the other with a short think time (LOAD_THINK_MIN/MAX seconds, default 0.3-1.2). A turn
fails when the HTTP status is not 200, the answer is not a non-empty list of messages, or it is the fault
reply (bot/faults.yml: the action server failed or was too slow). `RestPerson` uses the REST channel (what the
widget uses); `SocketPerson` (LOAD_SOCKETIO=1) the socket.io channel.
"""

from __future__ import annotations

import os
import random
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import socketio
from locust import HttpUser, User, between, events, task

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # Locust puts only benchmarks/ on the path
from tests.scripted import CANT_CHECK, CONTACT_LUCCA, FAQ_CREDITS, ITM_STAFF, TO_LISBON  # noqa: E402

THINK = between(float(os.environ.get("LOAD_THINK_MIN", "0.3")),
                float(os.environ.get("LOAD_THINK_MAX", "1.2")))
FAULT_MARKERS = tuple(CANT_CHECK.values())

SCRIPTS: dict[str, dict[str, list[str]]] = {
    "eligibility": {
        "en": ["Hello", ITM_STAFF["en"], "yes", "yes", TO_LISBON["en"],
               "How much would I get?", "Thank you!"],
        "fr": ["Bonjour", ITM_STAFF["fr"], "oui", "oui", TO_LISBON["fr"],
               "Combien vais-je recevoir ?", "Merci !"],
        "nl": ["Hallo", ITM_STAFF["nl"], "ja", "ja", TO_LISBON["nl"],
               "Hoeveel zou ik krijgen?", "Dank u!"],
        "it": ["Ciao", ITM_STAFF["it"], "sì", "sì", TO_LISBON["it"],
               "Quanto riceverei?", "Grazie!"],
    },
    "faq": {
        "en": [FAQ_CREDITS["en"],
               "Can I combine the Erasmus grant with another scholarship at ITM?",
               "By when must I apply?"],
        "fr": [FAQ_CREDITS["fr"],
               "Puis-je cumuler la bourse Erasmus avec une autre bourse à l'IMT ?",
               "Quand dois-je postuler ?"],
        "nl": [FAQ_CREDITS["nl"],
               "Kan ik de Erasmusbeurs combineren met een andere beurs aan het ITG?",
               "Tegen wanneer moet ik mijn aanvraag indienen?"],
        "it": [FAQ_CREDITS["it"],
               "Posso cumulare la borsa Erasmus con un'altra borsa all'ITM?",
               "Entro quando devo candidarmi?"],
    },
    "contact": {
        "en": [CONTACT_LUCCA["en"],
               "Thanks, bye"],
        "fr": [CONTACT_LUCCA["fr"],
               "Merci, au revoir"],
        "nl": [CONTACT_LUCCA["nl"],
               "Bedankt, tot ziens"],
        "it": [CONTACT_LUCCA["it"], "Grazie, ciao"],
    },
}


def pick_script() -> tuple[str, list[str]]:
    kind = random.choice(list(SCRIPTS))
    lang = random.choice(["en", "fr", "nl", "it"])
    return f"{kind}-{lang}", SCRIPTS[kind][lang]


def problem(replies: Any) -> str | None:
    if not isinstance(replies, list) or not replies:
        return f"no reply messages: {str(replies)[:80]}"
    text = " ".join(str(m.get("text") or "") for m in replies if isinstance(m, dict))
    if any(marker in text.lower() for marker in FAULT_MARKERS):
        return "fault reply (action server failed or too slow)"
    return None


# The facts every eligibility script ends with (after its correction to Lisbon), as the rules contract names
# them; LOAD_TODAY is the servers' MOBILITY_TODAY.
EXPECTED_FACTS = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "PT",
                  "citizenship": ["BE"], "start_date": "2026-02-09", "end_date": "2026-02-20"}


def outcome_problem(slots: dict[str, Any]) -> str | None:
    """The stored facts are the ones said, and the verdict the person got is the rules core's for them."""
    from rules_core import evaluate  # pure Python; imported here so a plain load run does not need it

    wrong = {k: slots.get(k) for k, v in EXPECTED_FACTS.items() if slots.get(k) != v}
    if wrong:
        return f"stored facts differ: {wrong}"
    profile = {name: slots[name] for name in (
        "call", "role", "activity", "destination", "destination_city", "citizenship", "start_date",
        "end_date", "receiving_org", "receiving_org_has_eche", "interinstitutional_agreement",
    ) if slots.get(name) not in (None, [])}
    expected = evaluate({**profile, "as_of": os.environ.get("LOAD_TODAY", "2025-09-15")})["verdict"]
    told = (slots.get("last_decision") or {}).get("verdict")
    return None if told == expected else f"verdict told {told!r}, rules core {expected!r}"


class RestPerson(HttpUser):
    wait_time = THINK

    @task
    def converse(self) -> None:
        name, turns = pick_script()
        sender = f"load-{uuid.uuid4().hex[:12]}"
        self.say_all(name, sender, turns)
        token = os.environ.get("LOAD_CHECK_TOKEN")
        if token and name.startswith("eligibility"):
            with self.client.get(f"/conversations/{sender}/tracker?token={token}", name="outcome check",
                                 catch_response=True) as response:
                reason = (f"HTTP {response.status_code}" if response.status_code != 200
                          else outcome_problem(response.json().get("slots") or {}))
                if reason:
                    response.failure(reason)

    def say_all(self, name: str, sender: str, turns: list[str]) -> None:
        for index, text in enumerate(turns):
            with self.client.post("/webhooks/rest/webhook", json={"sender": sender, "message": text},
                                  name=f"rest {name.split('-')[0]}", catch_response=True) as response:
                if response.status_code != 200:
                    response.failure(f"HTTP {response.status_code}")
                else:
                    reason = problem(response.json())
                    if reason:
                        response.failure(reason)
            if index < len(turns) - 1:
                time.sleep(THINK(self))


class SocketPerson(User):
    """The same scripts over socket.io (Rasa's socket channel with session persistence)."""

    wait_time = THINK
    abstract = os.environ.get("LOAD_SOCKETIO") != "1"

    @task
    def converse(self) -> None:
        name, turns = pick_script()
        client = socketio.Client(reconnection=False)
        received: list[Any] = []
        client.on("bot_uttered", received.append)
        session = f"load-sio-{uuid.uuid4().hex[:12]}"
        client.connect(self.host, socketio_path="/socket.io", transports=["websocket"])
        try:
            client.emit("session_request", {"session_id": session})
            for text in turns:
                received.clear()
                start = time.perf_counter()
                client.emit("user_uttered", {"message": text, "session_id": session})
                while not received and time.perf_counter() - start < 60:
                    time.sleep(0.005)
                # socket.io sends each bot message separately: the first one is the reply time.
                reason = problem(received) if received else "no reply within 60 s"
                events.request.fire(request_type="SIO", name=f"socketio {name.split('-')[0]}",
                                    response_time=(time.perf_counter() - start) * 1000, response_length=0,
                                    exception=RuntimeError(reason) if reason else None, context={})
                time.sleep(THINK(self))
        finally:
            client.disconnect()
