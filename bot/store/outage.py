"""What the assistant does when its conversation store (SQL) or lock store (Redis) fails while it runs.

Rasa 3.6 wraps every tracker store in `FailSafeTrackerStore`: a failing `retrieve` returns None (Rasa then
starts a blank conversation: every fact the person gave is silently forgotten) and a failing `save` writes to
a per-process memory store that the next instance or restart never sees. A failing Redis lock store raises
into the channel, where the REST channel logs the person's message text at ERROR and answers an empty list.

Installed by `RetentionSQLTrackerStore` (the one piece of ours Rasa always builds at start-up), this module:
- makes `FailSafeTrackerStore` raise `ConversationStoreDown` instead of falling back to memory, for our store;
- catches that and Redis errors around each message (`Agent.handle_message`): logs one ERROR line without
  any message text or slot, and answers the person in the four languages that their message was not taken
  in and to try again shortly. Nothing is processed, so nothing is half-remembered; when the database or
  Redis is back, the next message continues the stored conversation with every fact.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from rasa.core.agent import Agent
from rasa.core.channels.channel import UserMessage
from rasa.core.lock_store import LockError
from rasa.core.tracker_store import FailSafeTrackerStore

logger = logging.getLogger(__name__)

UNAVAILABLE_TEXT = "\n".join((
    "Sorry, I cannot reach my conversation memory right now, so your message was not taken in. "
    "Please try again in a few minutes.",
    "Désolé, ma mémoire de conversation est inaccessible pour le moment : votre message n'a pas été pris en "
    "compte. Réessayez dans quelques minutes.",
    "Sorry, mijn gespreksgeheugen is nu niet bereikbaar: uw bericht is niet verwerkt. "
    "Probeer het over enkele minuten opnieuw.",
    "Mi dispiace, la memoria della conversazione non è raggiungibile in questo momento: il suo messaggio non "
    "è stato elaborato. Riprovi tra qualche minuto.",
))


class ConversationStoreDown(RuntimeError):
    """The conversation database failed while serving a message (not at start-up: TrackerStoreUnavailable)."""


def _cause(error: BaseException) -> str:
    """The error's class and the driver's first line, never SQLAlchemy's statement and parameters (which
    hold the conversation's events, i.e. personal data)."""
    root = getattr(error, "orig", None) or error.__cause__ or error.__context__ or error
    first_line = (str(getattr(root, "orig", None) or root).strip().splitlines() or [""])[0][:200]
    return f"{type(root).__name__}: {first_line}"


def _redis_errors() -> tuple[type[BaseException], ...]:
    try:
        import redis
    except ImportError:  # Rasa depends on redis; kept optional so the SQLite set-up never needs it
        return ()
    return (redis.exceptions.RedisError,)


def _which(error: BaseException) -> str:
    if isinstance(error, ConversationStoreDown):
        return "conversation store"
    redis_errors = _redis_errors()
    if isinstance(error, redis_errors) or isinstance(error.__cause__ or error.__context__, redis_errors):
        return "lock store (Redis)"
    return "conversation lock (held too long by another message)"


_installed: list[type] = []


def install(store_class: type) -> None:
    """Idempotent: patches FailSafeTrackerStore and Agent.handle_message for stores of `store_class`."""
    if _installed:
        return
    _installed.append(store_class)

    def raise_instead(self: FailSafeTrackerStore, error: Exception, original: Any) -> None:
        if isinstance(self._tracker_store, store_class):
            raise ConversationStoreDown(_cause(error)) from error
        original(self, error)

    for name in ("on_tracker_store_error", "on_tracker_store_retrieve_error"):
        original = getattr(FailSafeTrackerStore, name)
        setattr(FailSafeTrackerStore, name, functools.partialmethod(raise_instead, original=original))

    handle_message = Agent.handle_message
    # Rasa wraps Redis failures in LockError (the Redis error is its context); it also raises LockError when a
    # conversation's lock stays taken too long, which is not an outage but gets the same "try again".
    store_errors = (ConversationStoreDown, LockError, *_redis_errors())

    @functools.wraps(handle_message)
    async def handle_message_or_say_unavailable(self: Agent, message: UserMessage) -> Any:
        try:
            return await handle_message(self, message)
        except store_errors as error:
            which = _which(error)
            logger.error(
                "The %s is unavailable: a message was not processed and its sender was asked to retry (%s).",
                which, _cause(error),
            )
            if message.output_channel is not None:
                try:
                    await message.output_channel.send_text_message(message.sender_id, UNAVAILABLE_TEXT)
                except Exception as send_error:  # the channel itself may be what is down
                    logger.error("Could not tell the sender either (%s).", type(send_error).__name__)
            return None

    Agent.handle_message = handle_message_or_say_unavailable
