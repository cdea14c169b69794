"""socket.io for web clients that prefer a socket; the shipped widget uses the REST channel.

credentials.yml: `bot.channels.socketio.SocketIOInput:`. The only difference from Rasa's channel: the JWT key
comes from SOCKETIO_JWT_KEY (Rasa's `${VAR}` substitution aborts start-up when the variable is unset, and the
key is optional). With a key, a client must present a token signed with it when connecting; without one any
page can connect (Rasa's socket.io server does not check the Origin header). `session_persistence` relies on
python-socketio<5.10 (pinned in requirements-rasa.txt, RasaHQ/rasa#13027).
"""

from __future__ import annotations

import os
from typing import Any

from rasa.core.channels.channel import InputChannel
from rasa.core.channels.socketio import SocketIOInput as RasaSocketIOInput


class SocketIOInput(RasaSocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        settings = dict(credentials or {})
        settings["jwt_key"] = os.environ.get("SOCKETIO_JWT_KEY") or None
        return super().from_credentials(settings)
