"""Drives bot.store.retention inside Rasa's environment (.venv-rasa) and prints what it observed as JSON.

The test environment (.venv) cannot import Rasa, so tests/infra/test_store.py runs this file with
.venv-rasa/bin/python: `store_script.py SCENARIO DB_PATH`. Each scenario opens fresh store instances on the
same file, as a restarted server would, and reports the stored rows, never assumptions. DB_PATH may also be
a `postgresql://user:password@host:port/db` URL (tests/infra/test_scaleout.py): the same scenarios then run on
a real PostgreSQL, read back with psycopg2.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
import time
from typing import Any
from urllib.parse import urlsplit

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.store.retention import RetentionSQLTrackerStore, TrackerStoreUnavailable

DOMAIN = Domain.from_dict(
    {
        "intents": ["greet", "inform", "delete_my_data"],
        "slots": {"destination": {"type": "text", "mappings": [{"type": "custom"}]}},
        "actions": ["action_delete_my_data"],
    }
)


def store(db: str, **kwargs: Any) -> RetentionSQLTrackerStore:
    if db.startswith("postgresql://"):
        url = urlsplit(db)
        return RetentionSQLTrackerStore(
            domain=DOMAIN, dialect="postgresql", host=url.hostname, port=url.port, db=url.path.lstrip("/"),
            username=url.username, password=url.password, **kwargs,
        )
    return RetentionSQLTrackerStore(domain=DOMAIN, db=db, **kwargs)


def query(db: str, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows read straight from the database (not through the store); `sql` uses ? placeholders."""
    if db.startswith("postgresql://"):
        import psycopg2  # Rasa's PostgreSQL driver (requirements-rasa.txt)

        with psycopg2.connect(db) as connection, connection.cursor() as cursor:
            cursor.execute(sql.replace("?", "%s"), params)
            return cursor.fetchall()
    with sqlite3.connect(db) as connection:
        return connection.execute(sql, params).fetchall()


def texts(db: str, sender: str) -> list[str]:
    """User texts stored for `sender`, read straight from the database (not through the store)."""
    sql = "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id"
    rows = query(db, sql, (sender,))
    return [json.loads(data)["text"] for (data,) in rows]


def senders(db: str) -> list[str]:
    return sorted(s for (s,) in query(db, "SELECT DISTINCT sender_id FROM events"))


def conversation(sender: str, text: str, when: float, destination: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    tracker.update(ActionExecuted("action_listen", timestamp=when))
    tracker.update(UserUttered(text, {"name": "inform", "confidence": 1.0}, timestamp=when))
    tracker.update(SlotSet("destination", destination, timestamp=when))
    tracker.update(BotUttered("noted", timestamp=when))
    tracker.update(ActionExecuted("action_listen", timestamp=when))
    return tracker


async def persistence(db: str) -> dict[str, Any]:
    await store(db).save(conversation("anna", "I go to Spain", time.time(), "ES"))
    again = await store(db).retrieve("anna")  # a new instance: what a restarted server sees
    assert again is not None
    again.update(UserUttered("and then Italy", {"name": "inform", "confidence": 1.0}))
    again.update(SlotSet("destination", "IT"))
    await store(db).save(again)
    final = await store(db).retrieve("anna")
    assert final is not None
    return {"slot": final.get_slot("destination"), "texts": texts(db, "anna"), "events": len(final.events)}


async def retention(db: str) -> dict[str, Any]:
    now = time.time()
    first = store(db, retention_days=30)
    await first.save(conversation("old", "old story", now - 40 * 86400, "FR"))
    await first.save(conversation("recent", "recent story", now - 10 * 86400, "DE"))
    before = senders(db)
    store(db, retention_days=30)  # start-up purge
    after_start = senders(db)
    # Periodic purge on save: with a zero interval every save purges; "recent" expires at a 5-day limit.
    periodic = store(db, retention_days=5, purge_interval_seconds=0)
    await periodic.save(conversation("new", "new story", now, "NL"))
    return {"before": before, "after_start": after_start, "after_save": senders(db)}


async def erasure(db: str) -> dict[str, Any]:
    first = store(db)
    await first.save(conversation("bob", "I am Belgian and go to Kenya", time.time(), "KE"))
    await first.save(conversation("carol", "I go to Peru", time.time(), "PE"))
    tracker = await first.retrieve("bob")
    assert tracker is not None
    tracker.update(UserUttered("/delete_my_data", {"name": "delete_my_data", "confidence": 1.0}))
    tracker.update(ActionExecuted("action_delete_my_data"))
    tracker.update(BotUttered("Your data is deleted."))
    tracker.update(ActionExecuted("action_listen"))
    await first.save(tracker)
    await first.save(tracker)  # a second save of the same in-memory tracker must not bring anything back
    after = await store(db).retrieve("bob")
    erased = {
        "texts": texts(db, "bob"),
        "slot": after.get_slot("destination") if after else None,
        "bot": [e.text for e in after.events if isinstance(e, BotUttered)] if after else [],
        "carol": texts(db, "carol"),
    }
    # The conversation goes on after erasure: new events are appended once, not duplicated.
    assert after is not None
    after.update(UserUttered("hello again", {"name": "greet", "confidence": 1.0}))
    await store(db).save(after)
    erased["texts_later"] = texts(db, "bob")
    return erased


async def unavailable(db: str) -> dict[str, Any]:
    try:
        store(db)
    except TrackerStoreUnavailable as error:
        return {"raised": True, "message": str(error)}
    return {"raised": False}


async def locked(db: str) -> dict[str, Any]:
    """A save waiting for a write lock another process holds leaves the event loop free: the loop itself
    releases the lock after 20 turns of its own, and the save then succeeds (on the loop it would have
    waited out SQLite's 5 s busy time-out and failed, the loop frozen meanwhile)."""
    first = store(db)
    lock = sqlite3.connect(db, timeout=0, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    turns = 0

    async def release_after_turns() -> None:
        nonlocal turns
        while turns < 20:
            await asyncio.sleep(0.01)
            turns += 1
        lock.execute("ROLLBACK")
        lock.close()

    await asyncio.gather(first.save(conversation("erik", "I go to Japan", time.time(), "JP")),
                         release_after_turns())
    back = await store(db).retrieve("erik")
    slot = back.get_slot("destination") if back else None
    return {"turns": turns, "texts": texts(db, "erik"), "slot": slot}


SCENARIOS = {
    "persistence": persistence, "retention": retention, "erasure": erasure, "unavailable": unavailable,
    "locked": locked,
}

if __name__ == "__main__":
    print(json.dumps(asyncio.run(SCENARIOS[sys.argv[1]](sys.argv[2]))))
