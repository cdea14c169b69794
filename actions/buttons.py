"""A button title typed instead of clicked ("Durate", "hoe aanvragen", "show all checks") acts as the button:
the message is read as the button's payload. The titles are those of the buttons the assistant showed (the
latest first), then the ones it shows in any conversation (the main buttons, the call topics, "show all
checks", "what would have applied to me?"), in every language; letter case, accents and end punctuation do not
matter."""
from __future__ import annotations

import copy
import functools
import json
import re
import unicodedata
from typing import Any

from rasa_sdk import Tracker

from actions import i18n
from actions.conversation import main_buttons
from actions.faq import FAQ_TOPICS
from actions.phrases import gendered

PAYLOAD_RX = re.compile(r"^/(\w+)(\{.*\})?$", re.S)
MAX_TITLE = 60  # longer messages are sentences, not titles
# A typed request to erase or start over is confirmed first, whatever button it matches.
NOT_TYPED = ("/restart", "/delete_my_data")
GENDERS = (None, "f", "m")  # a title as written, and in either grammatical gender


@functools.lru_cache(maxsize=4096)  # titles repeat on every message: normalise each once
def _norm(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.sub(r"^[\W_]+|[\W_]+$", "", plain).split())


@functools.lru_cache(maxsize=1)
def _everywhere() -> tuple[tuple[str, str], ...]:
    """The titles and payloads of the buttons any conversation shows, in every language."""
    out: list[tuple[str, str]] = []
    for lang in i18n.LANGS:
        # ("Sono idoneo/a?" is shown as "Sono idonea?" or "Sono idoneo?": each form typed back is the button)
        out += [(gendered(b["title"], lang, g), b["payload"]) for b in main_buttons(lang) for g in GENDERS]
        out += [(i18n.label(lang, "faq_titles", name), f"/{name}") for name in FAQ_TOPICS]
        out += [(i18n.t(lang, "button_all_checks"), "/show_checks"),
                (i18n.t(lang, "button_would_have"), '/inform{"hypothetical":true}')]
    return tuple(out)


def _shown(tracker: Tracker) -> list[tuple[str, str]]:
    """The buttons of the assistant's messages, the latest first."""
    out: list[tuple[str, str]] = []
    for event in reversed(tracker.events or []):
        if event.get("event") != "bot":
            continue
        buttons = (event.get("data") or {}).get("buttons") or []
        out += [(str(b.get("title") or ""), str(b.get("payload") or ""))
                for b in buttons if isinstance(b, dict)]
    return out


def payload_of(tracker: Tracker) -> str | None:
    """The payload of the button whose title the message is, if it is one."""
    text = str(tracker.latest_message.get("text") or "")
    if text.startswith("/") or not text.strip() or len(text) > MAX_TITLE:
        return None
    typed = _norm(text)
    for title, payload in [*_shown(tracker), *_everywhere()]:
        if title and _norm(title) == typed and PAYLOAD_RX.match(payload):
            return None if payload.split("{")[0] in NOT_TYPED else payload
    return None


def as_clicked(tracker: Tracker) -> Tracker:
    """The tracker with the message read as the button it names (the tracker itself unchanged), else as is."""
    payload = payload_of(tracker)
    if payload is None:
        return tracker
    match = PAYLOAD_RX.match(payload)
    assert match is not None  # payload_of only returns payloads of this form
    try:
        values: dict[str, Any] = json.loads(match.group(2)) if match.group(2) else {}
    except ValueError:  # a payload without valid JSON carries its intent only
        values = {}
    intent = {"name": match.group(1), "confidence": 1.0}
    out = copy.copy(tracker)
    typed = tracker.latest_message.get("text")
    out.latest_message = {**tracker.latest_message, "text": payload, "typed": typed, "intent": intent,
                          "intent_ranking": [intent],
                          "entities": [{"entity": k, "value": v} for k, v in values.items()]}
    return out
