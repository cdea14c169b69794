"""Starts the assistant: the action server, the Rasa server and the widget page; stops all three together.

    .venv/bin/python scripts/serve.py [--ports RASA,ACTIONS,WIDGET] [--no-widget] [--model PATH] [--wait-only]

Each server runs in its own process group with its output in a log file, so stopping kills the whole group
(Rasa's Sanic spawns helpers). Readiness is polled, never slept for: Rasa takes about 40 s to load a model.
The Rasa HTTP API is on (the tests and operators need /status) but behind a token: `$RASA_TOKEN`, or a random
one generated per run, never printed in full. Also importable: `running_assistant()` for the e2e tests.
Once up, the servers are supervised (scripts/supervise.py): each is probed over HTTP every --health-interval
seconds and restarted, with a line in .state/logs/supervisor.log, when it exits or misses --health-failures
probes in a row (a stopped or hung worker keeps its port open); repeated crashes back off up to 60 s.
`--no-supervise` restores the old behaviour (exit when a server dies).
Standard library only: this file runs with .venv's Python and must not need Rasa.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import secrets
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):  # run as scripts/serve.py: make the `scripts` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.processes import (  # noqa: E402
    ACTIONS_LAUNCHER,
    ACTIONS_PYTHON,
    DEFAULT_PORTS,
    RASA_LAUNCHER,
    RASA_PYTHON,
    REPO,
    START_TIMEOUT,
    WIDGET_DIR,
    Assistant,
    AssistantFailed,
    Server,
    default_model,
    free_port,
    http_get,
)
from scripts.supervise import HealthSettings  # noqa: E402

# Re-exported for the tests and deploy checks that import them from here.
__all__ = ["Assistant", "AssistantFailed", "DEFAULT_PORTS", "build", "free_port", "running_assistant"]


def _endpoints_for(action_port: int, log_dir: Path, redis: str | None = None) -> Path:
    """endpoints.yml with this run's action port and, for several workers, a Redis lock store."""
    source = REPO / "endpoints.yml"
    if action_port == DEFAULT_PORTS[1] and not redis:
        return source
    text = re.sub(r"(http://localhost:)5055(/webhook)", rf"\g<1>{action_port}\g<2>", source.read_text())
    if redis:
        # Rasa ignores SANIC_WORKERS > 1 without it, and in-memory locks cannot serialise across processes.
        host, _, port = redis.partition(":")
        text += f'\nlock_store:\n  type: "redis"\n  url: "{host}"\n  port: {port or 6379}\n  db: 1\n'
    target = log_dir / f"endpoints-{action_port}.yml"  # two runs from one checkout must not share it
    target.write_text(text)
    return target


def build(
    ports: tuple[int, int, int], model: str, log_dir: Path, db: Path, widget: bool = True,
    interface: str = "127.0.0.1", env: dict[str, str] | None = None, actions: str = "actions",
    workers: int = 1, redis: str | None = None,
) -> Assistant:
    if workers > 1 and not redis:
        raise ValueError("several Rasa workers need a Redis lock store (--redis host:port)")
    rasa_port, action_port, widget_port = ports
    token = os.environ.get("RASA_TOKEN") or secrets.token_urlsafe(24)
    host = "127.0.0.1" if interface in ("0.0.0.0", "127.0.0.1") else interface
    base_env = {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",  # no phoning home, and no internet here anyway
        "CONVERSATIONS_DB": str(db),
        # Rasa imports bot.* (store, channels, NLU) from the checkout.
        "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p),
        "PYTHONUNBUFFERED": "1",
        **(env or {}),
    }
    origins = [f"http://localhost:{widget_port}", f"http://127.0.0.1:{widget_port}"]
    rasa_url = f"http://{host}:{rasa_port}"
    assistant = Assistant(
        rasa_url=rasa_url, action_url=f"http://{host}:{action_port}",
        widget_url=f"http://{host}:{widget_port}/" if widget else None, token=token, log_dir=log_dir, db=db,
    )
    assistant.servers["actions"] = Server(
        "actions",
        [str(ACTIONS_PYTHON), "-c", ACTIONS_LAUNCHER, "--actions", actions, "--port", str(action_port)],
        log_dir / "actions.log", f"{assistant.action_url}/health",
        {**base_env, "SANIC_HOST": host},  # the action server has no auth: loopback only
    )
    rasa_command = [
        str(RASA_PYTHON), "-c", RASA_LAUNCHER,
        "run", "--enable-api", f"--auth-token={token}", "--cors", *origins,
        "--endpoints", str(_endpoints_for(action_port, log_dir, redis)),
        "--credentials", str(REPO / "credentials.yml"),
        "--model", model, "--port", str(rasa_port), "--interface", interface,
    ]
    if (REPO / "bot" / "logging.yml").exists():
        rasa_command += ["--logging-config-file", str(REPO / "bot" / "logging.yml")]
    rasa_env = {**base_env, "SANIC_WORKERS": str(workers)}
    assistant.servers["rasa"] = Server("rasa", rasa_command, log_dir / "rasa.log", f"{rasa_url}/", rasa_env)
    if widget:
        assistant.servers["widget"] = Server(
            "widget",
            [sys.executable, str(Path(__file__).resolve()), "--widget-server", str(widget_port), rasa_url],
            log_dir / "widget.log", f"http://{host}:{widget_port}/", base_env,
        )
    return assistant


@contextlib.contextmanager
def running_assistant(
    model: str | None = None, db: Path | None = None, widget: bool = True,
    env: dict[str, str] | None = None, timeout: float = START_TIMEOUT, actions: str = "actions",
    workers: int = 1, redis: str | None = None, supervise: HealthSettings | None = None,
) -> Iterator[Assistant]:
    """Starts the three servers on free ports, logs in a temp dir; stops them on exit, whatever happens.
    With `supervise`, a background thread health-checks and restarts them (assistant.supervisor)."""
    log_dir = Path(tempfile.mkdtemp(prefix="assistant-logs-"))
    ports = (free_port(), free_port(), free_port())
    assistant = build(
        ports, model or default_model(), log_dir, db or log_dir / "conversations.db", widget, env=env,
        actions=actions, workers=workers, redis=redis,
    )
    try:
        for server in assistant.servers.values():
            server.start()
        assistant.wait(timeout=timeout)
        if supervise is not None:
            assistant.supervise(supervise).start_thread()
        yield assistant
    finally:
        assistant.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ports", default=",".join(map(str, DEFAULT_PORTS)),
                        help="RASA,ACTIONS,WIDGET ports (default 5005,5055,8080)")
    parser.add_argument("--no-widget", action="store_true", help="do not serve the widget page")
    parser.add_argument("--model", default=None,
                        help="model file, or a directory (its newest model); default models/assistant.tar.gz")
    parser.add_argument("--interface", default="127.0.0.1", help="interface Rasa listens on (0.0.0.0: all)")
    parser.add_argument("--wait-only", action="store_true",
                        help="start nothing: wait until servers already running on --ports answer, then exit")
    parser.add_argument("--actions", default="actions", help="the action package (default: actions)")
    parser.add_argument("--workers", type=int, default=1,
                        help="Rasa worker processes (more than 1 needs --redis)")
    parser.add_argument("--redis", help="host:port of Redis for the lock store (several workers)")
    parser.add_argument("--timeout", type=float, default=START_TIMEOUT)
    parser.add_argument("--no-supervise", action="store_true",
                        help="exit when a server dies instead of health-checking and restarting it")
    parser.add_argument("--health-interval", type=float, default=HealthSettings.interval,
                        help="seconds between health checks of each server (default %(default)s)")
    parser.add_argument("--health-timeout", type=float, default=HealthSettings.timeout,
                        help="health check time-out in seconds; Rasa's is twice this (default %(default)s)")
    parser.add_argument("--health-failures", type=int, default=HealthSettings.failures,
                        help="failed health checks in a row before a restart (default %(default)s)")
    parser.add_argument("--scale-out", action="store_true",
                        help="local trial of the production shape: PostgreSQL, Redis, two Rasa instances and "
                             "HAProxy (on the first of --ports) from Debian; see scripts/scaleout.py")
    parser.add_argument("--widget-server", nargs=2, metavar=("PORT", "RASA_URL"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.widget_server:
        from bot.widget.devserver import serve_widget  # stdlib only; imported here to keep start-up lean

        serve_widget(WIDGET_DIR, int(args.widget_server[0]), args.widget_server[1])
        return 0
    ports = tuple(int(p) for p in args.ports.split(","))
    if len(ports) != 3:
        parser.error("--ports takes three ports: RASA,ACTIONS,WIDGET")
    if args.scale_out:
        sys.path.insert(0, str(REPO))  # run as scripts/serve.py: make `scripts.scaleout` importable
        from scripts.scaleout import main as scale_out_main

        return scale_out_main(args.model or default_model(), ports[0], ports[2])
    log_dir = REPO / ".state" / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    db = Path(os.environ.get("CONVERSATIONS_DB") or REPO / ".state" / "conversations.db")
    assistant = build(
        ports, args.model or default_model(), log_dir, db, not args.no_widget, args.interface,
        actions=args.actions, workers=args.workers, redis=args.redis,
    )
    if args.wait_only:
        return _wait_for_running(assistant, args.timeout)

    def on_signal(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_signal)
    try:
        for server in assistant.servers.values():
            server.start()
        print(f"serve: starting (logs in {log_dir}); Rasa takes about 40 s to load the model", flush=True)
        assistant.wait(timeout=args.timeout)
        print(f"serve: REST channel  {assistant.webhook_url}")
        print(f"serve: Rasa API      {assistant.rasa_url}/status?token=… (token {assistant.token[:4]}…, "
              "set RASA_TOKEN to choose it)")
        print(f"serve: action server {assistant.action_url}/health")
        if assistant.widget_url:
            print(f"serve: widget        {assistant.widget_url}  (embed: {assistant.widget_url}embed.html)")
        print(f"serve: conversations {db}; Ctrl-C stops everything", flush=True)
        if args.no_supervise:
            while True:
                assistant.check_alive()
                time.sleep(1)
        settings = HealthSettings(
            interval=args.health_interval, timeout=args.health_timeout, failures=args.health_failures,
            start_timeout=args.timeout,
        )
        assistant.supervise(settings).run()  # until Ctrl-C / SIGTERM (KeyboardInterrupt below)
    except AssistantFailed as error:
        print(f"serve: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("serve: stopping", flush=True)
        return 0
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second TERM must not interrupt the clean-up
        assistant.stop()


def _wait_for_running(assistant: Assistant, timeout: float) -> int:
    """--wait-only: the token must be the running server's ($RASA_TOKEN) for /status to answer."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rasa_ok = http_get(f"{assistant.rasa_url}/")[0] == 200 and (
            assistant.model_loaded() or not os.environ.get("RASA_TOKEN")
        )
        others = [s for name, s in assistant.servers.items() if name != "rasa"]
        if rasa_ok and all(http_get(s.ready_url)[0] == 200 for s in others):
            print(f"serve: ready at {assistant.webhook_url}")
            return 0
        time.sleep(0.5)
    print(f"serve: not ready after {timeout:.0f} s", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
