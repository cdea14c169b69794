"""Lines said once in a conversation: "⏳ That is in 8 days: better not wait." came with every dates block,
three times in one conversation (round 26); once said, the date itself is enough. Applied to every reply of
a turn (actions/dialogue.py ActionRespond.run), whichever part wrote it."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.i18n import t

ONCE_KEYS = ("deadline_soon", "amounts_in_euros")


def once_per_conversation(lang: str, tracker: Tracker, messages: list[dict[str, Any]], first: int = 0,
                          events: list[dict[str, Any]] | None = None) -> None:
    """The turn's replies are `messages[first:]`: no line of them said twice in the reply, the contact said
    in full once (actions/onceinreply.py), the ONCE_KEYS lines once; a reply left empty is dropped."""
    from actions.onceinreply import contact_as_above, no_bare_heading, no_line_twice, no_same_line_twice

    shown = [line.strip() for e in tracker.events or [] if e.get("event") == "bot"
             for line in str(e.get("text") or "").splitlines()]
    replies = messages[first:]
    before = [str(m.get("text") or "") for m in replies]
    no_line_twice(lang, replies)
    from actions.closedonce import closed_once

    closed_once(lang, shown, replies)  # an ended call's paragraph in full once per conversation (round 36)
    slots = {**tracker.slots, **{e.get("name"): e.get("value")
                               for e in events or [] if e.get("event") == "slot"}}
    contact_as_above(lang, shown, tracker.latest_message or {}, slots, replies)
    from actions.contactrecent import drop_recent_contact
    from actions.onceinreply import asks_contact

    # shown in one of the two replies before: not again unless this reply points at it (round 39)
    drop_recent_contact(list(tracker.events or []), asks_contact(tracker.latest_message or {}), replies)
    no_same_line_twice(replies)  # after the contact lines are shortened: two may now be the same line
    marks = [t(lang, key, when="\0").split("\0")[0] for key in ONCE_KEYS]
    seen = set(shown)
    for message in replies:
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
    no_bare_heading(replies, before)  # last: a heading whose lines went above has nothing to announce
    from actions.pointerup import pointers_up

    pointers_up(lang, replies)  # "the people below can tell you", its contacts dropped above: points up
    messages[first:] = [m for m in replies if m.get("text") or any(v for k, v in m.items() if k != "text")]
