"""Chat throughput side by side: one Rasa worker, two workers (Redis locks), two instances behind HAProxy
(PostgreSQL conversations, Redis locks: scripts/scaleout.py), the same load in one run.

    .venv/bin/python benchmarks/bench_scaleout.py [--conversations 10] [--messages 24]

Each set-up is started, loaded and stopped in turn (about 1.3 GB per Rasa process), with the load of
bench_chat.py: concurrent conversations of at most 8 turns each, over keep-alive connections. Prints
messages/s, median and p95 reply time and errors per set-up. Needs scripts/ensure_services.sh.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_chat import run_load  # noqa: E402 (the repo root is not on the path when run as a file)
from scripts.scaleout import Daemon, scale_out  # noqa: E402
from scripts.serve import default_model, free_port, running_assistant  # noqa: E402


def one_worker(model: str) -> Iterator[str]:
    with running_assistant(model=model, widget=False) as assistant:
        yield assistant.rasa_url


def two_workers(model: str) -> Iterator[str]:
    work = Path(tempfile.mkdtemp(prefix="bench-redis-"))
    port = free_port()
    redis = Daemon("redis", ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--dir", str(work)], port, work / "redis.log")
    redis.start()
    try:
        with running_assistant(model=model, widget=False, workers=2, redis=f"127.0.0.1:{port}") as assistant:
            yield assistant.rasa_url
    finally:
        redis.stop()


def two_instances(model: str) -> Iterator[str]:
    with scale_out(model) as cluster:
        yield cluster.url


SETUPS = {"1 worker (SQLite)": one_worker, "2 workers (SQLite, Redis locks)": two_workers,
          "2 instances + HAProxy (PostgreSQL, Redis)": two_instances}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=None)
    parser.add_argument("--conversations", type=int, default=10)
    parser.add_argument("--messages", type=int, default=24, help="messages per conversation")
    args = parser.parse_args(argv)
    model = args.model or default_model()
    rows = []
    for name, setup in SETUPS.items():
        print(f"bench: starting {name}", flush=True)
        runs = setup(model)
        url = next(runs)
        try:
            run_load(url, 2, 4)  # warm-up: first replies load lazily initialised parts
            result = run_load(url, args.conversations, args.messages)
        finally:
            runs.close()
        rows.append((name, result))
        print(f"bench: {name}: {result}", flush=True)
    print(f"\n{args.conversations} concurrent conversations, {args.messages} messages each")
    print("| set-up | messages/s | median | p95 | errors |\n|---|---|---|---|---|")
    for name, r in rows:
        times = f"{r['median_ms']:.0f} ms | {r['p95_ms']:.0f} ms"
        print(f"| {name} | {r['rate']:.0f} | {times} | {r['errors']:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
