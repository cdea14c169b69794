"""Test-only overrides of the Slack and Microsoft endpoints the channels talk to (no Rasa import).

The channel tests run local stand-ins for Slack's Web API and the Bot Framework. Their URLs come from the
environment, but the bot sends its Slack token, its Teams app secret and people's replies to these URLs, so a
value that points anywhere but this machine is refused at start-up: a mistaken or malicious setting in
production cannot redirect secrets or conversations.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def loopback_url(variable: str) -> str | None:
    """The value of `variable` if it is an http(s) URL on this machine, None when unset; raises otherwise."""
    value = os.environ.get(variable, "").strip()
    if not value:
        return None
    try:
        parts = urlsplit(value)
        host = (parts.hostname or "").lower()
    except ValueError as error:
        raise ValueError(f"{variable} is not a URL") from error
    if parts.scheme not in ("http", "https") or host not in LOOPBACK_HOSTS or parts.username:
        raise ValueError(f"{variable} is for local tests only and must point to this machine (127.0.0.1)")
    return value
