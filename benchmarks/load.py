"""Load figures: throughput, p50/p95/p99 reply time and errors at 1, 10, 50 and 100 concurrent conversations,
with one or two Rasa workers, through Locust (benchmarks/locustfile.py) against the real servers.

    .venv/bin/python benchmarks/load.py                         # starts its own servers, 1 worker
    .venv/bin/python benchmarks/load.py --workers 2             # starts redis-server on a free port too
    .venv/bin/python benchmarks/load.py --url http://127.0.0.1:5005   # an assistant already running
    .venv/bin/python benchmarks/load.py --users 50 --seconds 600      # a soak run
    LOAD_SOCKETIO=1 ... --socketio                              # socket.io users instead of REST

Each step runs `locust --headless` for --seconds with all users started at once, after a short warm-up, and
reads Locust's CSV statistics. The resident memory of the Rasa and action server process groups is sampled
at the start and end of each step (growth tells leaks apart from warm-up in a soak). A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from scripts.serve import Assistant, free_port, running_assistant  # noqa: E402

LOCUST = REPO / ".venv" / "bin" / "locust"


def group_rss_mb(leader: int) -> float:
    """Resident memory of every process in the group (Sanic workers included), in MB."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(stat[2]) == leader:
                total += int(stat[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    return total / 2**20


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )
    time.sleep(0.5)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def run_step(
    host: str, users: int, seconds: int, socketio: bool, out: Path, check_token: str | None = None,
    think: tuple[float, float] = (0.3, 1.2),
) -> dict[str, float]:
    prefix = out / f"u{users}"
    user_class = "SocketPerson" if socketio else "RestPerson"
    env = {**os.environ, "LOAD_SOCKETIO": "1" if socketio else "0", "LOAD_THINK_MIN": str(think[0]),
           "LOAD_THINK_MAX": str(think[1])}
    if check_token:
        env["LOAD_CHECK_TOKEN"] = check_token
    subprocess.run(
        [str(LOCUST), "-f", str(REPO / "benchmarks" / "locustfile.py"), user_class, "--headless",
         "-u", str(users), "-r", str(users), "-t", f"{seconds}s", "--host", host, "--csv", str(prefix),
         "--only-summary", "--stop-timeout", "30", "--loglevel", "WARNING"],
        cwd=REPO, env=env, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    with open(f"{prefix}_stats.csv", newline="") as handle:
        rows = {row["Name"]: row for row in csv.DictReader(handle)}
    total = rows["Aggregated"]
    with open(f"{prefix}_failures.csv", newline="") as handle:
        failures = sorted(csv.DictReader(handle), key=lambda row: -int(row["Occurrences"]))
    for row in failures[:5]:
        print(f"      {row['Occurrences']:>5} x {row['Name']}: {row['Error'][:150]}", flush=True)
    checks = rows.get("outcome check")
    if checks:
        print(f"      outcome checks: {checks['Request Count']}, failed {checks['Failure Count']}",
              flush=True)
    return {
        "requests": float(total["Request Count"]), "failures": float(total["Failure Count"]),
        "rps": float(total["Requests/s"]), "p50": float(total["50%"]), "p95": float(total["95%"]),
        "p99": float(total["99%"]),
    }


def measure(assistant: Assistant | None, host: str, args: argparse.Namespace) -> None:
    out = Path(tempfile.mkdtemp(prefix="load-"))
    low, high = (float(x) for x in args.think.split(","))
    think = (low, high)
    print(f"load: {host}, {args.workers} Rasa worker(s), {'socket.io' if args.socketio else 'REST'}, "
          f"{args.seconds} s per step, think time {args.think} s, {os.cpu_count()} cores; "
          f"Locust CSVs in {out}", flush=True)
    (out / "warmup").mkdir()
    run_step(host, 2, args.warmup, args.socketio, out / "warmup")  # first calls load models lazily
    print(f"{'users':>5} {'requests':>8} {'msg/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'errors':>6}"
          f" {'Rasa MB':>15} {'actions MB':>13}", flush=True)
    for users in [int(u) for u in args.users.split(",")]:
        rss = {}
        if assistant:
            rss = {name: group_rss_mb(s.process.pid) for name, s in assistant.servers.items()}
        token = assistant.token if assistant and args.check_outcomes else None
        stats = run_step(host, users, args.seconds, args.socketio, out, token, think)
        memory = ""
        if assistant:
            after = {name: group_rss_mb(s.process.pid) for name, s in assistant.servers.items()}
            memory = (f" {rss['rasa']:6.0f}->{after['rasa']:6.0f} {rss['actions']:5.0f}->"
                      f"{after['actions']:5.0f}")
        print(f"{users:5d} {stats['requests']:8.0f} {stats['rps']:7.1f} {stats['p50']:7.0f} "
              f"{stats['p95']:7.0f} {stats['p99']:7.0f} {stats['failures']:6.0f}{memory}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="an assistant already running (its Rasa URL); else servers are started")
    parser.add_argument("--users", default="1,10,50,100", help="concurrent conversations per step")
    parser.add_argument("--seconds", type=int, default=60, help="duration of each step")
    parser.add_argument("--warmup", type=int, default=10, help="seconds of 2 users before the steps")
    parser.add_argument("--workers", type=int, default=1,
                        help="Rasa workers (2: a Redis lock store is started)")
    parser.add_argument("--socketio", action="store_true", help="socket.io users instead of REST")
    parser.add_argument("--think", default="0.3,1.2",
                        help="MIN,MAX seconds between a person's turns (0,0: as fast as the server allows)")
    parser.add_argument("--check-outcomes", action="store_true",
                        help="after each eligibility conversation, check the stored facts and that the "
                             "verdict told is the rules core's (one extra API request, in the figures)")
    args = parser.parse_args(argv)
    if args.url:
        measure(None, args.url, args)
        return 0
    if args.workers > 1 and not shutil.which("redis-server"):
        parser.error("--workers 2 needs redis-server on PATH (the lock store across workers)")
    with contextlib.ExitStack() as stack:
        redis = stack.enter_context(redis_server()) if args.workers > 1 else None
        db = Path(tempfile.mkdtemp(prefix="load-db-")) / "conversations.db"
        assistant = stack.enter_context(running_assistant(
            db=db, widget=False, env={"MOBILITY_TODAY": "2025-09-15"}, workers=args.workers, redis=redis,
        ))
        measure(assistant, assistant.rasa_url, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
