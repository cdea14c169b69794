"""The conversation store's SQLite queries as fixed SQL text (a mixin of RetentionSQLTrackerStore).

Rasa's retrieve and save build an ORM object per stored event, on every message; SQLAlchemy core still
compiled and cache-keyed each statement (about 10 % of the Rasa process under load). For SQLite these methods
send the same queries as fixed SQL text through the pooled connection: the events of the latest session (or of
all sessions), by id. They are synchronous: the store runs them on its database thread, never on Rasa's
event loop. Other databases keep Rasa's code (it also handles PostgreSQL schemas).
"""

from __future__ import annotations

import json
from typing import Any

from rasa.shared.core.events import Event, SessionStarted


def event_values(sender_id: str, event: Event) -> dict[str, Any]:
    """The columns of one stored event, as Rasa's SQLTrackerStore fills them."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get("name"),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }


class SQLiteEvents:
    """Needs `self.engine` and `self.SQLEvent` (SQLTrackerStore's)."""

    engine: Any
    SQLEvent: Any

    def _since_session_start_sql(self, columns: str) -> str:
        table = self.SQLEvent.__table__.name
        latest_start = f"(SELECT MAX(timestamp) FROM {table} WHERE sender_id = ? AND type_name = ?)"
        return (
            f"SELECT {columns} FROM {table} WHERE sender_id = ? "
            f"AND (timestamp >= {latest_start} OR {latest_start} IS NULL)"
        )

    @staticmethod
    def _since_session_start_params(sender_id: str) -> tuple[str, ...]:
        started = SessionStarted.type_name
        return (sender_id, sender_id, started, sender_id, started)

    def _stored_events(self, sender_id: str, all_sessions: bool) -> list[dict[str, Any]]:
        if all_sessions:
            query = f"SELECT data FROM {self.SQLEvent.__table__.name} WHERE sender_id = ? ORDER BY id"
            params: tuple[str, ...] = (sender_id,)
        else:
            query = self._since_session_start_sql("data") + " ORDER BY id"
            params = self._since_session_start_params(sender_id)
        with self.engine.connect() as connection:
            return [json.loads(data) for (data,) in connection.exec_driver_sql(query, params)]

    def _append_new(self, sender_id: str, events: list[Event]) -> None:
        """The events beyond those stored since the latest session start, appended (as Rasa's save does)."""
        table = self.SQLEvent.__table__.name
        with self.engine.begin() as connection:
            count = connection.exec_driver_sql(
                self._since_session_start_sql("COUNT(*)"), self._since_session_start_params(sender_id)
            )
            stored = count.scalar() or 0
            new = events[stored:]
            if new:
                insert = (
                    f"INSERT INTO {table} (sender_id, type_name, timestamp, intent_name, action_name, data) "
                    "VALUES (:sender_id, :type_name, :timestamp, :intent_name, :action_name, :data)"
                )
                connection.exec_driver_sql(insert, [event_values(sender_id, event) for event in new])
