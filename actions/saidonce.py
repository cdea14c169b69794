"""Lines said once in a conversation: "⏳ That is in 8 days: better not wait." came with every dates block,
three times in one conversation (round 26); once said, the date itself is enough. Applied to every reply of
a turn (actions/dialogue.py ActionRespond.run), whichever part wrote it."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.i18n import t

ONCE_KEYS = ("deadline_soon",)


def once_per_conversation(lang: str, tracker: Tracker, messages: list[dict[str, Any]]) -> None:
    marks = [t(lang, key, when="\0").split("\0")[0] for key in ONCE_KEYS]
    seen = {line.strip() for e in tracker.events or [] if e.get("event") == "bot"
            for line in str(e.get("text") or "").splitlines()}
    for message in messages:
        text = message.get("text")
        if not text:
            continue
        kept = []
        for line in str(text).split("\n"):
            once = any(mark and line.strip().startswith(mark) for mark in marks)
            if once and line.strip() in seen:
                continue
            seen.add(line.strip())
            kept.append(line)
        if kept:
            message["text"] = "\n".join(kept)
