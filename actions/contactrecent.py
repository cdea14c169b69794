"""The "📧 Next step: …" line not under every answer. Round 39: once the contacts were said, "📧 Next step, as
above: …" still came with nearly every later reply (a verdict whose outcome changed, a date asked, a top-up),
nine times in an eleven-turn conversation, which people read as the bot repeating itself. The line is
dropped from a reply when one of the two replies before showed the contacts, unless the reply points at it
("the people below can tell you", "The office knows:", "ask the office"), or the person asks whom to contact.
Applied to every reply of a turn after the contacts are shortened (actions/saidonce.py)."""
from __future__ import annotations

from typing import Any

from actions.openings import openings
from actions.phrases import has

# The lines that name the contacts for the next step: dropped when recently shown.
NEXT_STEP_KEYS = ("next_step", "next_step_same")
# The lines that show the contacts (a reply with one of them showed them): also the contact answer's.
SHOWN_KEYS = (*NEXT_STEP_KEYS, "ask_at_home", "contact_person")
# How many replies back the contacts still count as just shown: the one before, and the one before that.
RECENT_REPLIES = 2



def recent_replies(events: list[dict[str, Any]], count: int = RECENT_REPLIES) -> list[str]:
    """The texts of the last `count` replies before this message: a reply is the bot messages between two
    user messages (the current message's own user event, when present, has none yet)."""
    replies: list[list[str]] = [[]]
    for event in events:
        if event.get("event") == "user":
            replies.append([])
        elif event.get("event") == "bot" and event.get("text"):
            replies[-1].append(str(event["text"]))
    said = ["\n".join(reply) for reply in replies if reply]
    return said[-count:]


def contacts_recently_shown(events: list[dict[str, Any]]) -> bool:
    prefixes = openings(SHOWN_KEYS, ("contacts", "details"))
    return any(line.strip().startswith(prefixes) for text in recent_replies(events)
               for line in text.splitlines())


def _points_to(line: str) -> bool:
    """A line that announces the contact line next to it: "The office knows:", "the people below can tell
    you", "ask the office" (an amount's note in parentheses, "(not published: ask the office)", is not)."""
    text = line.strip()
    return bool(text) and not text.startswith("(") and has("points_to_contacts", text)


def drop_recent_contact(events: list[dict[str, Any]], asks_contact: bool,
                        messages: list[dict[str, Any]]) -> None:
    """Drop the reply's next-step contact lines when a recent reply showed the contacts and nothing in this
    reply refers to them; `asks_contact`: the person asks whom to contact (the contacts stay)."""
    if asks_contact or not contacts_recently_shown(events):
        return
    prefixes = openings(NEXT_STEP_KEYS, ("contacts", "details"))
    said: list[str] = []  # the reply's lines so far, across its messages
    texts: list[str] = []
    for message in messages:
        lines = str(message.get("text") or "").split("\n")
        kept: list[str] = []
        for i, line in enumerate(lines):
            if line.strip().startswith(prefixes):
                before = next((b for b in reversed(kept) if b.strip()), "")
                after = next((a for a in lines[i + 1:] if a.strip()), "")
                announced = before.rstrip().endswith(":") or _points_to(after) \
                    or any(_points_to(s) for s in [*said, *kept])
                if not announced:
                    continue
            kept.append(line)
        said += kept
        texts.append("\n".join(kept))
    if not any(text.strip() for text in texts):
        return  # the contacts are the whole reply: it stays as it was
    for message, text in zip(messages, texts, strict=True):
        if message.get("text"):
            message["text"] = text
