"""Chat benchmark: reply times and throughput through the REST channel, plus the model's training time.

    .venv/bin/python benchmarks/bench_chat.py                   # starts an assistant (scripts/serve.py)
    .venv/bin/python benchmarks/bench_chat.py --url http://127.0.0.1:5005   # a running assistant
    .venv/bin/python benchmarks/bench_chat.py --train            # also time `rasa train` into a temp dir
    .venv/bin/python benchmarks/bench_chat.py --check            # exit 1 when a target is missed
    .venv/bin/python benchmarks/bench_chat.py --workers 2 --redis 127.0.0.1:6379   # two Rasa workers

Loopback only, bounded message counts. Each conversation is at most TURNS messages long (reply time grows
with a conversation's length, so endless conversations would measure something else). Threads with one
keep-alive connection per conversation, standard library only. Training time: `--train` times a real
`rasa train` into a temporary directory; otherwise it is read from models/.train-seconds, which
scripts/train.sh writes each time it trains (the test command trains before running the tests).
Targets: median <= 15 ms sequential; >= 60 messages/s with 10 concurrent conversations, no error; training
<= 120 s.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from scripts.serve import running_assistant  # noqa: E402 (the repo root is not on the path when run as a file)

MESSAGES = [
    "Hello",
    "What is the minimum number of credits of a course unit at ITM?",
    "What is the e-mail address of the Erasmus office at IMT Lucca?",
    "Je suis doctorant à l'IMT Lucca",
    "Hoeveel beurzen zijn er voor studenten van het ITG?",
    "Qual è la durata minima di un periodo di studio all'IMT Lucca?",
    "I'm a Belgian MSc student at ITM and want a traineeship in Lisbon from 1 March to 31 May 2026",
    "Can you book me a flight to Madrid?",
]
TURNS = 8
TARGET_MEDIAN_MS = 15.0
TARGET_RATE_10 = 60.0
TARGET_TRAIN_S = 120.0


def _conversation(host: str, port: int, messages: int, times: list[float], errors: list[str]) -> None:
    """One person: `messages` turns over one keep-alive connection, a new sender every TURNS turns."""
    connection = http.client.HTTPConnection(host, port, timeout=60)
    sender = ""
    try:
        for turn in range(messages):
            if turn % TURNS == 0:
                sender = f"bench-{uuid.uuid4().hex[:10]}"
            body = json.dumps({"sender": sender, "message": MESSAGES[turn % len(MESSAGES)]})
            started = time.perf_counter()
            try:
                headers = {"Content-Type": "application/json"}
                connection.request("POST", "/webhooks/rest/webhook", body, headers)
                response = connection.getresponse()
                data = response.read()
                elapsed = time.perf_counter() - started
                if response.status != 200 or not json.loads(data):
                    errors.append(f"HTTP {response.status}, {len(data)} bytes")
                else:
                    times.append(elapsed)
            except (OSError, http.client.HTTPException, ValueError) as error:
                errors.append(type(error).__name__)
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=60)
    finally:
        connection.close()


def run_load(base_url: str, conversations: int, messages_each: int) -> dict[str, float]:
    parts = urlsplit(base_url)
    times: list[float] = []
    errors: list[str] = []
    threads = [
        threading.Thread(
            target=_conversation, args=(parts.hostname, parts.port or 80, messages_each, times, errors)
        )
        for _ in range(conversations)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else float("nan")
    return {
        "conversations": conversations,
        "messages": len(times) + len(errors),
        "median_ms": statistics.median(ordered) * 1000 if ordered else float("nan"),
        "p95_ms": p95 * 1000,
        "rate": len(times) / wall if wall else 0.0,
        "errors": len(errors),
    }


def training_seconds(train: bool) -> tuple[float | None, str]:
    if train:
        with tempfile.TemporaryDirectory(prefix="bench-train-") as out:
            started = time.perf_counter()
            env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "RASA_TELEMETRY_ENABLED": "false"}
            subprocess.run(
                [str(REPO / ".venv-rasa" / "bin" / "rasa"), "train", "--config", "config.yml",
                 "--domain", "domain", "--data", "data", "--out", out, "--quiet"],
                cwd=REPO, check=True, capture_output=True, env=env,
            )
            return time.perf_counter() - started, "timed now (rasa train into a temp dir)"
    stamp = REPO / "models" / ".train-seconds"
    if stamp.exists():
        return float(stamp.read_text().strip()), "models/.train-seconds (last scripts/train.sh run)"
    return None, "unknown: run scripts/train.sh or pass --train"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="base URL of a running Rasa server (default: start one)")
    parser.add_argument("--model", help="model for the assistant this script starts (default: models/)")
    parser.add_argument("--sequential", type=int, default=200, help="messages in the sequential run")
    parser.add_argument("--per-conversation", type=int, default=24,
                        help="messages per concurrent conversation")
    parser.add_argument("--workers", type=int, default=1, help="Rasa workers of the assistant it starts")
    parser.add_argument("--redis", help="host:port of Redis (lock store), needed for --workers > 1")
    parser.add_argument("--train", action="store_true", help="time a real rasa train (about 30 s)")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)

    with ExitStack() as stack:
        if args.url:
            url = args.url.rstrip("/")
        else:
            print("bench: starting the assistant (about 40 s)...", flush=True)
            started = running_assistant(
                model=args.model, widget=False, workers=args.workers, redis=args.redis
            )
            url = stack.enter_context(started).rasa_url
        parts = urlsplit(url)
        if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            parser.error("loopback only: this benchmark must not load a shared server")
        run_load(url, 1, 16)  # warm-up: first replies load lazily initialised parts
        results = [
            ("sequential", run_load(url, 1, args.sequential)),
            ("10 concurrent", run_load(url, 10, args.per_conversation)),
            ("50 concurrent", run_load(url, 50, max(4, args.per_conversation // 3))),
        ]
    train_s, train_source = training_seconds(args.train)

    print(f"{'load':<15}{'messages':>9}{'median ms':>11}{'p95 ms':>9}{'msg/s':>8}{'errors':>8}")
    for name, r in results:
        print(f"{name:<15}{r['messages']:>9}{r['median_ms']:>11.1f}{r['p95_ms']:>9.1f}{r['rate']:>8.1f}"
              f"{r['errors']:>8}")
    if train_s is not None:
        print(f"training: {train_s:.1f} s ({train_source})")
    else:
        print(f"training: {train_source}")

    sequential, ten = results[0][1], results[1][1]
    checks = [
        (f"median sequential <= {TARGET_MEDIAN_MS:g} ms", sequential["median_ms"] <= TARGET_MEDIAN_MS),
        (f">= {TARGET_RATE_10:g} msg/s at 10 concurrent", ten["rate"] >= TARGET_RATE_10),
        ("no errors", all(r["errors"] == 0 for _, r in results)),
        (f"training <= {TARGET_TRAIN_S:g} s", train_s is not None and train_s <= TARGET_TRAIN_S),
    ]
    for label, ok in checks:
        print(f"target {'met   ' if ok else 'MISSED'} {label}")
    return 1 if args.check and not all(ok for _, ok in checks) else 0


if __name__ == "__main__":
    sys.exit(main())
