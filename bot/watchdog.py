"""A WARNING line when a server's event loop was blocked, saying how long and where (standard library only).

Both servers run every conversation on one asyncio loop: whatever blocks it (a database write held up by the
disk, a long computation, CPU starvation) delays every conversation at once, and a 5 s action time-out may
then fire for all calls in flight. The soak's only fault replies had that signature but left no trace of the
cause in the logs. A heartbeat task on the loop stamps the time every 0.25 s; a daemon thread checks it, and
when the loop has not stamped for `STALL_SECONDS` it logs where the loop thread is (file, line and function
of its innermost frames: code locations only, never values, so no personal data), then how long the stall
lasted once the loop runs again.

The Rasa server starts it from bot.patches (once its server has started), the action server from the launcher
in scripts/serve.py (on its first action call, in the forked Sanic worker).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)
STALL_SECONDS = 1.0
BEAT_SECONDS = 0.25
FRAMES_SHOWN = 6
_started_in: int | None = None  # the pid that runs a watchdog (a forked worker needs its own)


class LoopWatchdog:
    def __init__(self, name: str, loop: asyncio.AbstractEventLoop, stall: float = STALL_SECONDS) -> None:
        self.name = name
        self.loop = loop
        self.stall = stall
        self.loop_thread = threading.get_ident()  # created from the loop's own thread
        self.last_beat = time.monotonic()
        self.stalled_since: float | None = None
        self.task: asyncio.Task | None = None  # the heartbeat (a reference, or it could be collected)

    async def beat(self) -> None:
        while True:
            self.last_beat = time.monotonic()
            await asyncio.sleep(BEAT_SECONDS)

    def check(self, now: float) -> None:
        """One look from the watchdog thread: report a new stall, or the end of one."""
        silent = now - self.last_beat
        if silent > self.stall and self.stalled_since is None:
            self.stalled_since = self.last_beat
            logger.warning("The %s event loop has been blocked for %.1f s, in: %s.", self.name, silent,
                           self.where())
        elif silent <= self.stall and self.stalled_since is not None:
            logger.warning("The %s event loop was blocked for %.1f s.", self.name,
                           self.last_beat - self.stalled_since)
            self.stalled_since = None

    def where(self) -> str:
        frame = sys._current_frames().get(self.loop_thread)
        if frame is None:
            return "(unknown)"
        frames = traceback.extract_stack(frame)[-FRAMES_SHOWN:]
        return " <- ".join(f"{_short(f.filename)}:{f.lineno} {f.name}" for f in reversed(frames))

    def watch(self) -> None:
        while not self.loop.is_closed():
            time.sleep(BEAT_SECONDS)
            self.check(time.monotonic())


def _short(path: str) -> str:
    """A frame's file as its last two path parts ("core/processor.py"): no directories of the machine."""
    return "/".join(Path(path).parts[-2:])


def start(name: str) -> LoopWatchdog | None:
    """Starts watching the running loop of this process (once per process; call from a coroutine)."""
    global _started_in
    if _started_in == os.getpid():
        return None
    _started_in = os.getpid()
    watchdog = LoopWatchdog(name, asyncio.get_running_loop())
    watchdog.task = asyncio.get_running_loop().create_task(watchdog.beat())
    threading.Thread(target=watchdog.watch, name=f"{name}-watchdog", daemon=True).start()
    return watchdog


def install_in_action_server() -> None:
    """rasa-sdk has no start-up hook in its worker: start on the first action call (idempotent)."""
    from rasa_sdk.executor import ActionExecutor

    original_run = ActionExecutor.run

    async def run(self: ActionExecutor, action_call: dict[str, Any]) -> Any:
        start("action server")
        return await original_run(self, action_call)

    ActionExecutor.run = run  # type: ignore[method-assign]
