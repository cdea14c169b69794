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
import json
import os
import random
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

try:  # imported as scripts.serve (tests) or run as scripts/serve.py (scripts/ is then on sys.path)
    from scripts.supervise import HealthSettings, Supervisor, Watch
except ImportError:
    from supervise import HealthSettings, Supervisor, Watch  # type: ignore[no-redef]

REPO = Path(__file__).resolve().parents[1]
RASA_BIN = REPO / ".venv-rasa" / "bin" / "rasa"
RASA_PYTHON = REPO / ".venv-rasa" / "bin" / "python"
# `rasa run` with bot/limits.py installed first: its checks (413 over WEBHOOK_MAX_BYTES, 400 for malformed
# or wrongly typed bodies) hook into Rasa's web app, which `rasa run` builds before loading anything of ours.
RASA_LAUNCHER = (
    "import sys, bot.patches; bot.patches.install(); sys.argv[0] = 'rasa'; "
    "from rasa.__main__ import main; sys.exit(main())"
)
ACTIONS_PYTHON = REPO / ".venv" / "bin" / "python"
WIDGET_DIR = REPO / "bot" / "widget"
DEFAULT_PORTS = (5005, 5055, 8080)
# `python -m rasa_sdk` with Sanic's worker forked rather than spawned: spawn pickles the app with every
# registered action class, and action classes built at run time (type(...)) cannot be pickled. The forked
# worker rebuilds the app under the same name, so it forgets the parent's app registry first.
# bot.watchdog logs where the worker's event loop was blocked for more than a second.
ACTIONS_LAUNCHER = (
    "import os, runpy, sanic, bot.watchdog; sanic.Sanic.start_method = 'fork'; "
    "bot.watchdog.install_in_action_server(); "
    "os.register_at_fork(after_in_child=sanic.Sanic._app_registry.clear); "
    "runpy.run_module('rasa_sdk', run_name='__main__')"
)
START_TIMEOUT = 240.0  # a cold Rasa start on 2 cores is about 40 s; a slow CI disk can triple it


class AssistantFailed(RuntimeError):
    """A server died or never answered; the message carries the tail of its log."""


def default_model() -> str:
    """scripts/train.sh's model. Not simply models/: Rasa would take the newest file there, which may be an
    NLU-only experiment someone saved beside it."""
    trained = REPO / "models" / "assistant.tar.gz"
    return str(trained if trained.exists() else REPO / "models")


# Ports for the servers tests start come from below Linux's ephemeral range (32768-60999): a port the kernel
# hands out for bind(0) is also one it hands to outgoing connections (PostgreSQL, HTTP clients), so a server
# started a moment later could find it taken ("address already in use", seen once in a scale-out test).
PORT_RANGE = (20000, 32000)
_handed_out: set[int] = set()


def free_port() -> int:
    """A port nothing listens on now, never handed out before by this process."""
    rng = random.Random()
    for _ in range(200):
        port = rng.randrange(*PORT_RANGE)
        if port in _handed_out:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out.add(port)
        return port
    with socket.socket() as s:  # a crowded machine: let the kernel choose
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 2.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""
    except (OSError, ValueError):
        return 0, b""


def group_size(leader: int | None) -> int:
    """Live (not zombie) processes in the process group `leader` leads, from /proc (0 where there is none)."""
    if leader is None:
        return 0
    count = 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            count += fields[0] != "Z" and int(fields[2]) == leader
    return count


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


@dataclass
class Server:
    name: str
    command: list[str]
    log: Path
    ready_url: str
    env: dict[str, str]
    process: subprocess.Popen | None = None

    def start(self) -> None:
        with open(self.log, "ab" if self.process else "wb") as log:  # a restart keeps the first run's log
            # A new session = a new process group, so stop() reaches Sanic's and the SDK's helpers too.
            self.process = subprocess.Popen(
                self.command, cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )

    def died(self) -> bool:
        return self.process is not None and self.process.poll() is not None

    def stop(self, grace: float = 10.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(grace)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(5)


@dataclass
class Assistant:
    """A running assistant: URLs for clients, the API token for /status, and the servers to stop."""

    rasa_url: str
    action_url: str
    widget_url: str | None
    token: str
    log_dir: Path
    db: Path
    servers: dict[str, Server] = field(default_factory=dict)
    supervisor: Supervisor | None = None

    @property
    def webhook_url(self) -> str:
        return f"{self.rasa_url}/webhooks/rest/webhook"

    def model_loaded(self, timeout: float = 2.0) -> bool:
        status, body = _get(f"{self.rasa_url}/status?token={self.token}", timeout)
        if status != 200:
            return False
        with contextlib.suppress(ValueError):
            return bool(json.loads(body).get("model_file"))
        return False

    def wait(self, names: list[str] | None = None, timeout: float = START_TIMEOUT) -> None:
        waiting = [self.servers[n] for n in (names or list(self.servers))]
        deadline = time.monotonic() + timeout
        while waiting:
            for server in list(waiting):
                if server.died():
                    raise AssistantFailed(
                        f"{server.name} exited with code {server.process.returncode} during start-up; "
                        # Rasa's start-up tracebacks are long: the cause is often 50+ lines from the end.
                        f"last lines of {server.log}:\n{tail(server.log, 120)}"
                    )
                ok = self.model_loaded() if server.name == "rasa" else _get(server.ready_url)[0] == 200
                if ok:
                    waiting.remove(server)
            if waiting and time.monotonic() > deadline:
                names_left = ", ".join(s.name for s in waiting)
                logs = "\n".join(f"--- {s.log}:\n{tail(s.log)}" for s in waiting)
                raise AssistantFailed(f"not ready after {timeout:.0f} s: {names_left}\n{logs}")
            time.sleep(0.25)

    def check_alive(self) -> None:
        for server in self.servers.values():
            if server.died():
                raise AssistantFailed(f"{server.name} died; last lines of {server.log}:\n{tail(server.log)}")

    def restart_rasa(self) -> None:
        """Stops and starts only the Rasa server (same ports, same database): what a redeploy does."""
        rasa = self.servers["rasa"]
        rasa.stop()
        rasa.start()
        self.wait(["rasa"])

    def supervise(self, settings: HealthSettings | None = None) -> Supervisor:
        """Health checks and restarts (scripts/supervise.py). Rasa's probe is its root page, served by the
        same event loop as the webhooks: an answer proves the loop runs; a restarted Rasa counts as ready
        only once its model is loaded again."""
        log_file = self.log_dir / "supervisor.log"

        def log(line: str) -> None:
            stamped = f"{time.strftime('%Y-%m-%d %H:%M:%S')} {line}"
            print(stamped, file=sys.stderr, flush=True)
            with open(log_file, "a") as out:
                out.write(stamped + "\n")

        def answers(url: str, slack: float = 1.0) -> Callable[[float], bool]:
            return lambda timeout: _get(url, timeout * slack)[0] == 200

        watches = []
        for name, server in self.servers.items():
            # Under overload Rasa's loop queues the probe behind the messages (p99 of several seconds at 100
            # conversations on 2 cores): twice the time-out, so load alone does not look like a hang.
            probe = answers(f"{self.rasa_url}/", 2.0) if name == "rasa" else answers(server.ready_url)
            watches.append(Watch(
                server, probe, self.model_loaded if name == "rasa" else probe,
                members=lambda server=server: group_size(server.process.pid if server.process else None),
            ))
        self.supervisor = Supervisor(watches, settings, log)
        return self.supervisor

    def stop(self) -> None:
        if self.supervisor is not None:
            self.supervisor.stop_thread()  # or it would restart what is being stopped
        for server in reversed(list(self.servers.values())):
            server.stop()


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
        rasa_ok = _get(f"{assistant.rasa_url}/")[0] == 200 and (
            assistant.model_loaded() or not os.environ.get("RASA_TOKEN")
        )
        others = [s for name, s in assistant.servers.items() if name != "rasa"]
        if rasa_ok and all(_get(s.ready_url)[0] == 200 for s in others):
            print(f"serve: ready at {assistant.webhook_url}")
            return 0
        time.sleep(0.5)
    print(f"serve: not ready after {timeout:.0f} s", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
