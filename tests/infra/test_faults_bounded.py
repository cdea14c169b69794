"""bot.faults.bounded: the action call's time-out is honoured, and a time-out that fires late because the
Rasa process's own loop was blocked does not fail an answer that is already there (pure asyncio, no Rasa)."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.faults import bounded


async def answer_after(delay: float, turns: int = 0) -> str:
    await asyncio.sleep(delay)
    for _ in range(turns):  # reading a response takes a few loop turns (aiohttp's parser, then the caller)
        await asyncio.sleep(0)
    return "answer"


async def test_an_answer_within_the_time_out_comes_back() -> None:
    assert await bounded(answer_after(0.01), timeout=2) == "answer"


async def test_a_slow_answer_is_cut_at_the_time_out_and_cancelled() -> None:
    task = asyncio.ensure_future(answer_after(30))
    with pytest.raises(asyncio.TimeoutError):
        await bounded(task, timeout=0.2)
    assert task.cancelled()


async def test_errors_of_the_call_pass_through() -> None:
    async def fails() -> None:
        raise ConnectionRefusedError

    with pytest.raises(ConnectionRefusedError):
        await bounded(fails(), timeout=1)


async def blocks_the_loop(seconds: float) -> None:
    await asyncio.sleep(0.05)
    time.sleep(seconds)  # what a long garbage collection does to the event loop


async def test_a_late_time_out_after_a_blocked_loop_gets_the_answer_already_there() -> None:
    blocker = asyncio.ensure_future(blocks_the_loop(0.6))
    assert await bounded(answer_after(0.1, turns=5), timeout=0.3) == "answer"
    await blocker


async def test_without_the_grace_the_same_stall_fails_the_call() -> None:
    """Why bounded() exists: asyncio.wait_for gives up on the same answer."""
    blocker = asyncio.ensure_future(blocks_the_loop(0.6))
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(answer_after(0.1, turns=5), timeout=0.3)
    await blocker
