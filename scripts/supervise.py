"""Keeps the assistant's servers answering: a health check that proves each process answers, restarts with
a log line, and a back-off when a server keeps crashing. Used by scripts/serve.py (standard library only).

Why a loop of our own rather than supervisord or systemd here: the servers are already process groups owned by
serve.py, and the check must be an HTTP answer, not "the process exists": when the action server's Sanic
worker is killed or stopped, its parent lives on and still holds the port, so the connection is accepted and
nothing ever answers (issue 12). On a host, run serve.py itself under systemd (Restart=on-failure) or a
container restart policy: this loop covers the three servers inside it.

Each watched server goes through: starting (until it is ready, e.g. Rasa's model loaded, or the start
time-out) -> running (probed every `interval`; `failures` failed probes in a row, or the process exiting,
mean a restart) -> waiting out its back-off -> starting. The back-off doubles (1, 2, 4... `backoff_max` s)
while restarts follow each other within `stable_after` seconds of running, and resets after that.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol


class Process(Protocol):
    name: str

    def start(self) -> None: ...
    def stop(self, grace: float = ...) -> None: ...
    def died(self) -> bool: ...


@dataclass
class HealthSettings:
    interval: float = 2.0  # seconds between two probes of one server
    timeout: float = 5.0  # a probe's HTTP time-out: under 100 concurrent conversations Rasa answers in ~1 s
    failures: int = 3  # failed probes in a row before a restart
    start_timeout: float = 240.0  # a cold Rasa start on 2 shared cores takes 40-120 s
    backoff_max: float = 60.0
    stable_after: float = 60.0  # running this long without a restart resets the back-off


@dataclass
class Watch:
    server: Process
    probe: Callable[[float], bool]  # True when the server answered within the time-out given
    ready: Callable[[float], bool]  # True when a (re)started server can serve (Rasa: model loaded)
    # Live processes of the server (its group). With several Sanic workers one dead worker goes unnoticed by
    # an HTTP probe (the others answer) and nothing restarts it: fewer processes than when it became ready
    # means a restart too.
    members: Callable[[], int] | None = None
    baseline: int = 0
    state: str = "running"
    since: float = field(default_factory=time.monotonic)
    failed_probes: int = 0
    next_probe: float = 0.0
    backoff: float = 0.0
    restarts: int = 0


@dataclass
class Restart:
    name: str
    reason: str
    delay: float
    at: float


class Supervisor:
    def __init__(
        self, watches: list[Watch], settings: HealthSettings | None = None,
        log: Callable[[str], Any] = print,
    ) -> None:
        self.watches = watches
        self.settings = settings or HealthSettings()
        self.log = log
        self.restarts: list[Restart] = []  # read by the tests and by whoever wants a count
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def step(self) -> None:
        """One pass over the servers; never blocks longer than one probe time-out per server."""
        for watch in self.watches:
            now = time.monotonic()
            if watch.state == "waiting":
                if now >= watch.since:
                    watch.server.start()
                    watch.state, watch.since = "starting", now
            elif watch.state == "starting":
                if watch.server.died():
                    self._restart(watch, "exited during start-up")
                elif watch.ready(self.settings.timeout):
                    self.log(f"serve: {watch.server.name} answers again")
                    watch.state, watch.since, watch.failed_probes = "running", now, 0
                    watch.baseline = watch.members() if watch.members else 0
                    watch.next_probe = now + self.settings.interval
                elif now - watch.since > self.settings.start_timeout:
                    self._restart(watch, f"not ready after {self.settings.start_timeout:g} s")
            elif watch.server.died():
                code = getattr(getattr(watch.server, "process", None), "returncode", None)
                self._restart(watch, f"exited (code {code})")
            elif now >= watch.next_probe:
                watch.next_probe = now + self.settings.interval
                alive = watch.members() if watch.members else 0
                if alive == 0 < watch.baseline:
                    # every process gone before the main one was reaped: it exited (a killed group)
                    self._restart(watch, f"exited (no process of {watch.baseline} left)")
                elif alive < watch.baseline:
                    self._restart(watch, f"lost a process ({alive} of {watch.baseline} left)")
                elif watch.probe(self.settings.timeout):
                    watch.failed_probes = 0
                    if now - watch.since > self.settings.stable_after:
                        watch.backoff = 0.0
                else:
                    watch.failed_probes += 1
                    if watch.failed_probes >= self.settings.failures:
                        self._restart(watch, f"did not answer its health check {watch.failed_probes} times "
                                             f"(time-out {self.settings.timeout:g} s)")

    def _restart(self, watch: Watch, reason: str) -> None:
        now = time.monotonic()
        # A hung process (SIGSTOP, deadlock) never honours SIGTERM: a short grace, then the group is killed.
        watch.server.stop(grace=2.0)
        recent = watch.restarts and now - watch.since < self.settings.stable_after
        watch.backoff = min(self.settings.backoff_max, watch.backoff * 2 if recent and watch.backoff else 1.0)
        watch.restarts += 1
        watch.state, watch.since, watch.failed_probes = "waiting", now + watch.backoff, 0
        self.restarts.append(Restart(watch.server.name, reason, watch.backoff, now))
        self.log(f"serve: {watch.server.name} {reason}: restarting in {watch.backoff:g} s "
                 f"(restart {watch.restarts})")

    def run(self) -> None:
        self.watch_from_now()
        while not self._stop.is_set():
            self.step()
            self._stop.wait(min(0.5, self.settings.interval))

    def watch_from_now(self) -> None:
        """For servers already started and ready: take their current process counts as the baseline."""
        for watch in self.watches:
            watch.baseline = watch.members() if watch.members else 0

    def start_thread(self) -> None:
        self._thread = threading.Thread(target=self.run, name="supervisor", daemon=True)
        self._thread.start()

    def stop_thread(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)

    def all_running(self) -> bool:
        return all(w.state == "running" for w in self.watches)
