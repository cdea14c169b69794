"""An SQL tracker store that keeps conversations only as long as allowed and erases them on request.

Configured in endpoints.yml as `type: bot.store.retention.RetentionSQLTrackerStore`. Defaults to an embedded
SQLite file (`.state/conversations.db`, or `$CONVERSATIONS_DB`) so a restart of the servers loses nothing.

Three promises, each with a reason:
- retention: a conversation whose last event is older than `CONVERSATION_RETENTION_DAYS` (default 30) is
  deleted at start-up and then at most once per `purge_interval_seconds` on save, so purging costs one
  indexed DELETE an hour, not a scan per message;
- erasure: when a saved tracker holds `ActionExecuted(action_delete_my_data)`, every stored event of that
  sender is deleted and only the events after the (last) erasure action are written back. Rasa's own `save`
  only appends the events beyond the stored count, so it would never delete anything: we replace it here;
- loudness: Rasa wraps every tracker store in `FailSafeTrackerStore`, which silently falls back to memory when
  the database fails. We probe the database at start-up (create the directory, read and write in a rolled-back
  transaction) and raise `TrackerStoreUnavailable`, which stops the server instead of losing conversations;
  while running, `outage.py` turns a failure into an ERROR log and a "try again" answer, never a memory store.
Other databases (PostgreSQL for several instances) use Rasa's own queries, with connections checked before
use so the store recovers by itself once a restarted database is back.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event
from rasa.shared.core.trackers import DialogueStateTracker

from bot.store import outage
from bot.store.sqlite_events import SQLiteEvents, event_values

logger = logging.getLogger(__name__)
T = TypeVar("T")

ERASURE_ACTION = "action_delete_my_data"
DEFAULT_DB = ".state/conversations.db"
DEFAULT_RETENTION_DAYS = 30.0
DEFAULT_PURGE_INTERVAL = 3600.0


class TrackerStoreUnavailable(RuntimeError):
    """The conversation database cannot be used; the server must not start on a memory fallback."""


def _retention_days(configured: float | None) -> float:
    raw = os.environ.get("CONVERSATION_RETENTION_DAYS")
    if raw not in (None, ""):
        try:
            value = float(raw)
        except ValueError as error:
            raise TrackerStoreUnavailable(
                f"CONVERSATION_RETENTION_DAYS must be a number of days, not {raw!r}"
            ) from error
    else:
        value = float(configured) if configured is not None else DEFAULT_RETENTION_DAYS
    if value <= 0:
        raise TrackerStoreUnavailable("CONVERSATION_RETENTION_DAYS must be more than 0")
    return value


def last_erasure_index(events: list[Event]) -> int | None:
    """Index of the last `ActionExecuted(action_delete_my_data)` in `events`, or None."""
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if isinstance(event, ActionExecuted) and event.action_name == ERASURE_ACTION:
            return index
    return None


class RetentionSQLTrackerStore(SQLiteEvents, SQLTrackerStore):
    """`SQLTrackerStore` with a retention limit, erasure on request and a loud start-up check."""

    def __init__(
        self,
        domain: Domain | None = None,
        dialect: str = "sqlite",
        host: str | None = None,
        port: int | None = None,
        db: str | None = None,
        username: str | None = None,
        password: str | None = None,
        event_broker: EventBroker | None = None,
        login_db: str | None = None,
        query: dict | None = None,
        retention_days: float | None = None,
        purge_interval_seconds: float = DEFAULT_PURGE_INTERVAL,
        **kwargs: dict[str, Any],
    ) -> None:
        # The store is the one piece of ours Rasa always builds at start-up, before any action runs.
        outage.install(RetentionSQLTrackerStore)
        self.retention_days = _retention_days(retention_days)
        self.purge_interval_seconds = float(purge_interval_seconds)
        self._last_purge = 0.0
        if dialect == "sqlite":
            # The environment wins so tests and several checkouts can point at their own file.
            db = os.environ.get("CONVERSATIONS_DB") or db or DEFAULT_DB
            self._prepare_sqlite_path(db)
        elif not db:
            db = "rasa"
        try:
            super().__init__(
                domain, dialect, host, port, db, username, password, event_broker, login_db, query, **kwargs
            )
        except Exception as error:  # the parent may raise anything the driver raises
            raise TrackerStoreUnavailable(f"cannot open the conversation database {db!r}: {error}") from error
        if self.engine.dialect.name == "sqlite":
            self._tune_sqlite()
        else:
            self._check_connections_before_use()
        self._probe(db)
        self._db_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="conversation-db")
        purged = self.purge_expired()
        logger.info(
            "Conversation store ready (%s, retention %s days, %d expired conversation(s) purged).",
            dialect, f"{self.retention_days:g}", purged,
        )

    @staticmethod
    def _prepare_sqlite_path(db: str) -> None:
        if db in ("", ":memory:"):
            raise TrackerStoreUnavailable("an in-memory SQLite database would lose conversations on restart")
        path = Path(db)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise TrackerStoreUnavailable(f"cannot create the directory of {db!r}: {error}") from error
        if path.exists() and not path.is_file():
            raise TrackerStoreUnavailable(f"{db!r} exists and is not a database file")

    def _tune_sqlite(self) -> None:
        """WAL + synchronous=NORMAL: a commit no longer waits for an fsync of the whole database (measured
        here: 6 ms a message, p95 30 ms) and is still durable when a server process stops or crashes; only a
        power cut can lose the last moments. busy_timeout lets a purge and a save wait for each other.
        A connection pool: SQLAlchemy 1.4 opens a file database anew for every session (NullPool), i.e.
        twice a message, pragmas included."""
        self.engine.dispose()
        self.engine = sa.create_engine(
            self.engine.url, poolclass=sa.pool.QueuePool, pool_size=4, max_overflow=4,
            # The store's database thread and start-up (Rasa's main thread) share it, one user at a time.
            connect_args={"check_same_thread": False},
        )
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

        @sa.event.listens_for(self.engine, "connect")
        def _on_connect(connection: Any, _record: Any) -> None:
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

    def _check_connections_before_use(self) -> None:
        """After a database restart every pooled connection is dead; without a check each one fails one
        message before the pool replaces it. pool_pre_ping costs one round trip per checkout."""
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    def _probe(self, db: str) -> None:
        """Read and write the events table once, rolled back, so a broken database stops start-up."""
        table = self.SQLEvent.__table__
        try:
            with self.engine.connect() as connection:
                transaction = connection.begin()
                try:
                    connection.execute(sa.select(sa.func.count()).select_from(table)).scalar()
                    probe = table.insert().values(
                        sender_id="__probe__", type_name="probe", timestamp=0.0, data="{}"
                    )
                    connection.execute(probe)
                finally:
                    transaction.rollback()
        except Exception as error:
            raise TrackerStoreUnavailable(
                f"the conversation database {db!r} cannot be read and written: {error}"
            ) from error

    def purge_expired(self, now: float | None = None) -> int:
        """Delete each conversation whose newest event is older than the retention limit; returns how many."""
        now = time.time() if now is None else now
        self._last_purge = time.monotonic()
        cutoff = now - self.retention_days * 86400
        event = self.SQLEvent
        with self.session_scope() as session:
            expired = (
                session.query(event.sender_id)
                .group_by(event.sender_id)
                .having(sa.func.max(event.timestamp) < cutoff)
                .all()
            )
            senders = [sender for (sender,) in expired]
            for start in range(0, len(senders), 500):  # bounded IN lists for every SQL dialect
                chunk = senders[start : start + 500]
                session.query(event).filter(event.sender_id.in_(chunk)).delete(synchronize_session=False)
            session.commit()
        if senders:
            logger.info("Purged %d conversation(s) older than %g days.", len(senders), self.retention_days)
        return len(senders)

    def _purge_if_due(self) -> None:
        if time.monotonic() - self._last_purge >= self.purge_interval_seconds:
            self.purge_expired()

    async def _in_db_thread(self, function: Callable[..., T], *args: Any) -> T:
        """`function(*args)` on the store's one database thread, never on Rasa's event loop: a write held up
        by the disk (a WAL checkpoint's fsync, writeback throttling while another process writes a lot) or by
        a lock (busy_timeout, up to 5 s) then delays only the messages waiting for the database, not every
        conversation's action call in flight (a 5 s time-out that fired for ten at once in the soak)."""
        return await asyncio.get_running_loop().run_in_executor(self._db_thread, function, *args)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Append new events, or erase the sender's stored conversation when it asked for it."""
        await self._in_db_thread(self._purge_if_due)
        events = list(tracker.events)
        cut = last_erasure_index(events)
        if cut is None:
            if self.engine.dialect.name == "sqlite":
                await self.stream_events(tracker)  # a no-op without an event broker, as in Rasa's save
                await self._in_db_thread(self._append_new, tracker.sender_id, events)
            else:  # keep Rasa's own path (PostgreSQL schema handling) for other databases
                await super().save(tracker)
            return
        kept = events[cut + 1 :]
        await self._in_db_thread(self._erase, tracker.sender_id, kept)
        # The sender id is a random widget id or a channel user id, never message text.
        logger.info("Erased the stored conversation of one sender on request (%d event(s) kept).", len(kept))

    def _erase(self, sender_id: str, kept: list[Event]) -> None:
        with self.session_scope() as session:
            session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete(
                synchronize_session=False
            )
            for event in kept:
                session.add(self._row(sender_id, event))
            session.commit()

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        if self.engine.dialect.name != "sqlite":
            return await super().retrieve(sender_id)
        return self._tracker(sender_id, await self._in_db_thread(self._stored_events, sender_id, False))

    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        """Every session's events (the HTTP API's tracker endpoint), read on the database thread too."""
        if self.engine.dialect.name != "sqlite":
            return await super().retrieve_full_tracker(conversation_id)
        events = await self._in_db_thread(self._stored_events, conversation_id, True)
        return self._tracker(conversation_id, events)

    def _tracker(self, sender_id: str, events: list[dict[str, Any]]) -> DialogueStateTracker | None:
        if not events or not self.domain:
            return None
        return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)

    def _row(self, sender_id: str, event: Event) -> Any:
        return self.SQLEvent(**event_values(sender_id, event))
