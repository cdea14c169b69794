"""Italian elision before a date that starts with a vowel sound: "entro l'11 marzo", "dall'8 maggio", not
"entro il 11 marzo" (the locale writes "il {date}", and only the date knows its first sound). Applied to
every Italian reply, whichever part wrote it."""
from __future__ import annotations

import re
from typing import Any

MONTHS = "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
ELIDED = {"il": "l'", "dal": "dall'", "al": "all'", "del": "dell'", "nel": "nell'", "sul": "sull'"}
BEFORE_VOWEL_DATE = re.compile(rf"\b(il|dal|al|del|nel|sul) (8|11)(?= (?:{MONTHS})\b)", re.I)


def elide(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        word = ELIDED[m.group(1).lower()]
        return (word[:1].upper() + word[1:] if m.group(1)[:1].isupper() else word) + m.group(2)

    return BEFORE_VOWEL_DATE.sub(one, text)


def elide_replies(lang: str | None, messages: list[dict[str, Any]]) -> None:
    if lang != "it":
        return
    for message in messages:
        if message.get("text"):
            message["text"] = elide(str(message["text"]))
