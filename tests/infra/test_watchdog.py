"""bot/watchdog.py: a blocked event loop is reported with its place, then with its length (no clock races:
the checks are given the time, as the watchdog thread would see it)."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.watchdog import LoopWatchdog


def test_a_stall_is_reported_where_it_is_then_how_long_it_lasted(caplog: pytest.LogCaptureFixture) -> None:
    loop = asyncio.new_event_loop()
    try:
        watchdog = LoopWatchdog("test", loop, stall=1.0)  # this thread plays the loop's thread
        watchdog.last_beat = 100.0
        with caplog.at_level(logging.WARNING, logger="bot.watchdog"):
            watchdog.check(100.9)  # under the threshold: nothing
            assert caplog.records == []
            watchdog.check(101.5)
            watchdog.check(102.0)  # still the same stall: reported once
            watchdog.last_beat = 103.2  # the loop runs again
            watchdog.check(103.3)
            watchdog.check(103.4)
    finally:
        loop.close()
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 2, lines
    assert lines[0].startswith("The test event loop has been blocked for 1.5 s, in: ")
    assert "infra/test_watchdog.py" in lines[0] and "test_a_stall_is_reported_where" in lines[0]
    assert "/work/" not in lines[0]  # code locations without the machine's directories
    assert lines[1] == "The test event loop was blocked for 3.2 s."
