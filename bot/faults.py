"""What the person hears when a part behind the Rasa server fails, instead of silence.

Rasa 3.6 waits up to 5 minutes for a custom action (`DEFAULT_REQUEST_TIMEOUT`), and when one fails it logs
the error and goes on without a word: a dead or stalled action server meant no reply at all (issue 12).
`install()` (called once at start-up by bot.patches.install, before any message, whatever RASA_SPEEDUPS says)
changes one place:

`RemoteAction.run` is bounded: `ACTION_TIMEOUT_SECONDS`, else `timeout:` under `action_endpoint` in
endpoints.yml, else 5 s. When it fails or times out (not a form's validation rejection, which is normal
dialogue) the person gets, once per message and in the language of their message (bot/language.py; their
`language` slot's when the message is too short to tell), "I can't check this right now", the contact of
their `call` (both calls' when unknown) and the assurance that their answers are kept. The other custom
actions of that same message are skipped at once (no second wait). The tracker keeps everything it had;
the next message after recovery continues the same conversation.

The conversation store's failures are handled by bot/store/outage.py (installed by the store).

Texts: bot/faults.yml (en, fr, nl, it). bot/ must not import rules_core, so the contacts are copied there.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
from collections import OrderedDict
from pathlib import Path
from typing import Any

import yaml

from bot.language import detect

logger = logging.getLogger(__name__)
TEXTS_FILE = Path(__file__).with_name("faults.yml")
LANGUAGES = ("en", "fr", "nl", "it")
DEFAULT_ACTION_TIMEOUT = 5.0
_installed = False
# (sender, message id) of the messages whose custom actions already failed: bounded, oldest dropped first.
_failed_turns: OrderedDict[tuple[str, str], None] = OrderedDict()
_MAX_REMEMBERED = 4096


@functools.lru_cache(maxsize=1)
def texts() -> dict[str, Any]:
    return yaml.safe_load(TEXTS_FILE.read_text(encoding="utf-8"))


def message(kind: str, language: str | None, call: str | None = None, **values: Any) -> str:
    """The text `kind` of bot/faults.yml in `language` (English when unknown), with the call's contact."""
    data = texts()
    lang = language if language in LANGUAGES else "en"
    contacts = data["contacts"]
    contact = contacts.get(call) if call else None
    if contact is None:  # the call is not known yet: both institutions, in a fixed order
        contact = data["or"][lang].join(contacts[key] for key in sorted(contacts))
    return data[kind][lang].format(contact=contact, **values)


def action_timeout(endpoint: Any) -> float:
    configured = os.environ.get("ACTION_TIMEOUT_SECONDS") or (getattr(endpoint, "kwargs", None) or {}).get(
        "timeout"
    )
    try:
        return float(configured) if configured else DEFAULT_ACTION_TIMEOUT
    except (TypeError, ValueError):
        logger.warning("Ignoring the action timeout %r: not a number of seconds.", configured)
        return DEFAULT_ACTION_TIMEOUT


def _language(tracker: Any) -> str:
    """The language the action would have answered in: the message's own, or the conversation's for a
    message too short to tell (on a first message, before any `language` slot, the message alone decides)."""
    latest = getattr(tracker, "latest_message", None)
    return detect(getattr(latest, "text", None), tracker.get_slot("language"))


def _turn(tracker: Any) -> tuple[str, str]:
    latest = getattr(tracker, "latest_message", None)
    return tracker.sender_id, str(getattr(latest, "message_id", None) or id(latest))


def _remember_failed(turn: tuple[str, str]) -> None:
    _failed_turns[turn] = None
    while len(_failed_turns) > _MAX_REMEMBERED:
        _failed_turns.popitem(last=False)


def _reason(error: BaseException, timeout: float) -> str:
    if isinstance(error, asyncio.TimeoutError):
        return f"no answer within {timeout:g} s"
    cause = error.__cause__ or error.__context__
    return f"{type(error).__name__}" + (f" caused by {type(cause).__name__}" if cause else "")


async def bounded(awaitable: Any, timeout: float, grace: float = 1.0) -> Any:
    """`awaitable`'s result, or asyncio.TimeoutError after `timeout` seconds of waiting for it.

    Unlike asyncio.wait_for, a time-out that fires late because this process's own event loop was blocked
    (a full garbage collection of Rasa's half-million objects, CPU starvation) gets up to `grace` more
    seconds: the answer may already be in the socket buffer, needing a few loop turns to be read. Without
    this, one stall of the Rasa process failed every action call in flight at once (seen in the soak run).
    """
    loop = asyncio.get_running_loop()
    task = asyncio.ensure_future(awaitable)
    started = loop.time()
    try:
        done, _ = await asyncio.wait({task}, timeout=timeout)
        if not done and loop.time() - started > timeout + 0.25:
            done, _ = await asyncio.wait({task}, timeout=grace)
    except asyncio.CancelledError:
        task.cancel()  # asyncio.wait leaves the task running when the caller is cancelled
        raise
    if not done:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        raise asyncio.TimeoutError
    return task.result()


def install() -> None:
    global _installed
    if _installed:
        return
    _install_action_timeout()
    _installed = True


def _install_action_timeout() -> None:
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction

    original_run = RemoteAction.run

    async def run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> list[Any]:
        turn = _turn(tracker)
        if turn in _failed_turns:
            return []  # this message already got the fault reply: no second wait, no second apology
        timeout = action_timeout(self.action_endpoint)
        try:
            return await bounded(original_run(self, output_channel, nlg, tracker, domain), timeout)
        except ActionExecutionRejection:
            raise  # a form's validation saying "not this slot": dialogue, not a fault
        except Exception as error:  # noqa: BLE001 - any failure of the action server gets the same answer
            _remember_failed(turn)
            logger.error(
                "Custom action '%s' failed (%s): the person was told to write again later.",
                self.name(), _reason(error, timeout),
            )
            text = message("action_unavailable", _language(tracker), tracker.get_slot("call"))
            await output_channel.send_response(tracker.sender_id, {"text": text})
            return []

    RemoteAction.run = run  # type: ignore[method-assign]
