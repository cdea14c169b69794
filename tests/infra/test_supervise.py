"""scripts/supervise.py's state machine on stand-in processes: restarts on exit and on failed health checks,
the back-off doubling on repeated crashes and its reset after a stable run. Real servers: test_faults.py."""

from __future__ import annotations

import time
from dataclasses import dataclass

from scripts.supervise import HealthSettings, Supervisor, Watch


@dataclass
class FakeProcess:
    name: str = "actions"
    running: bool = True
    answers: bool = True
    starts: int = 0
    stops: int = 0

    def start(self) -> None:
        self.starts += 1
        self.running = True

    def stop(self, grace: float = 10.0) -> None:
        self.stops += 1
        self.running = False

    def died(self) -> bool:
        return not self.running


def supervisor(process: FakeProcess, **settings: float) -> tuple[Supervisor, list[str]]:
    lines: list[str] = []
    probe = lambda _timeout: process.running and process.answers  # noqa: E731
    watch = Watch(process, probe, probe)
    values = {"interval": 0.0, "failures": 2, "backoff_max": 8.0, "stable_after": 60.0, **settings}
    return Supervisor([watch], HealthSettings(**values), lines.append), lines


def run_until_running(sup: Supervisor, watch_index: int = 0) -> None:
    watch = sup.watches[watch_index]
    watch.since = min(watch.since, time.monotonic())  # skip the back-off wait
    for _ in range(5):
        if watch.state == "waiting":
            watch.since = time.monotonic()
        sup.step()
        if watch.state == "running":
            return
    raise AssertionError(watch.state)


def test_a_process_that_exits_is_restarted_with_a_log_line() -> None:
    process = FakeProcess()
    sup, lines = supervisor(process)
    process.running = False
    sup.step()
    assert sup.restarts[-1].reason.startswith("exited") and "restarting in 1 s (restart 1)" in lines[-1]
    run_until_running(sup)
    assert process.starts == 1 and lines[-1] == "serve: actions answers again"


def test_a_hung_process_is_restarted_after_the_configured_failed_checks() -> None:
    process = FakeProcess()
    sup, lines = supervisor(process)
    process.answers = False  # alive, port open, no answer
    sup.step()
    assert not sup.restarts  # one failed check is not enough
    sup.step()
    assert process.stops == 1 and "did not answer its health check 2 times" in lines[-1]


def test_repeated_crashes_back_off_and_a_stable_run_resets() -> None:
    process = FakeProcess()
    sup, _ = supervisor(process)
    delays = []
    for _ in range(5):
        process.running = False
        sup.step()
        delays.append(sup.restarts[-1].delay)
        run_until_running(sup)
    assert delays == [1.0, 2.0, 4.0, 8.0, 8.0]
    sup.watches[0].since -= 120  # has now run for two minutes
    sup.step()
    process.running = False
    sup.step()
    assert sup.restarts[-1].delay == 1.0


def test_a_lost_worker_process_means_a_restart_even_when_the_others_answer() -> None:
    process = FakeProcess(name="rasa")
    live = {"count": 3}  # main process and two Sanic workers
    sup, lines = supervisor(process)
    sup.watches[0].members = lambda: live["count"]
    sup.watch_from_now()
    sup.step()
    assert not sup.restarts
    live["count"] = 2  # one worker killed: the other still answers the health check
    sup.step()
    assert sup.restarts[-1].reason == "lost a process (2 of 3 left)" and "rasa lost a process" in lines[-1]
    live["count"] = 3
    run_until_running(sup)
    assert sup.watches[0].baseline == 3


def test_a_group_gone_before_its_main_process_is_reaped_is_an_exit() -> None:
    """A killed process group can be seen gone (no member left) before the main process's exit is reaped: that
    is an exit, not a lost worker (the fresh-clone run of tests/infra/test_faults.py saw "lost a process (0 of
    1 left)" where it expects "exited")."""
    process = FakeProcess(name="rasa")
    live = {"count": 1}
    sup, _ = supervisor(process)
    sup.watches[0].members = lambda: live["count"]
    sup.watch_from_now()
    sup.step()
    live["count"] = 0  # the group killed; the main process not reaped yet
    sup.step()
    assert "exited" in sup.restarts[-1].reason, sup.restarts
