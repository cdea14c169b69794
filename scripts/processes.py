"""The assistant's processes: one server per process group (`Server`) and the three of them together
(`Assistant`), with the ports, paths and readiness polling they share. Standard library only."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from scripts.supervise import HealthSettings, Supervisor, Watch

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


def http_get(url: str, timeout: float = 2.0) -> tuple[int, bytes]:
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
        status, body = http_get(f"{self.rasa_url}/status?token={self.token}", timeout)
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
                ok = self.model_loaded() if server.name == "rasa" else http_get(server.ready_url)[0] == 200
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
            return lambda timeout: http_get(url, timeout * slack)[0] == 200

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
