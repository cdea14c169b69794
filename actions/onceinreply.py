"""No sentence twice in one reply, and the contact said in full once per conversation.

Several skills may answer parts of one message, and each adds what it needs: round 28 printed "Presenta il
modulo di candidatura…" as the topic's answer and again as "Ciò che il bando chiede di inviare: …", and the
green-travel sentence as an ℹ note and again in parentheses under the amount. And the "📧 Next step: …" block
came in full in almost every reply although it never changed. Applied to every reply of a turn
(actions/saidonce.py), whichever part wrote it, after the register and gender are set, so that lines compare
as the person saw them.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from actions.i18n import t
from actions.phrases import has, informal

# A line repeats another when this much of it (without its marks, its label or its source) was said before:
# short lines ("(source: Application process)", "Yes.") may well come twice.
MIN_REPEAT = 40
# List items (✓ checks, • conditions, - grant parts) belong to the list their heading announces: kept.
# ("– until 13 March: <reason>" under "✗ Staff training from 9 March:" is an item too: dropped as a repeat of
# the same reason one activity above, it left its heading with nothing after it, round 33.)
LIST_MARKS = ("•", "✓", "✗", "-", "–")
_LEAD_RX = re.compile(r"^[^\w(«\"“]+")
_SPACES_RX = re.compile(r"\s+")
# Full contact lines: the first said in full, later ones the same in a few words.
CONTACT_KEYS = ("next_step", "ask_at_home")


def _flat(text: str) -> str:
    return _SPACES_RX.sub(" ", text).strip()


def _cores(line: str, lang: str) -> list[str]:
    """What a line says, without its marks ("ℹ", "📧"), its parentheses, its source; and without a short label
    before a colon ("Ciò che il bando chiede di inviare: …")."""
    text = _LEAD_RX.sub("", line.strip())
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    source = re.escape(t(lang, "source"))
    text = re.sub(rf"\s*\({source}\s*:[^()]*\)\.?$", "", text).strip()
    cores = [text]
    label, colon, rest = text.partition(": ")
    if colon and len(label) < 80:
        cores.append(rest.strip())
    return [_flat(c).rstrip(".") for c in cores]


def drop_lines(messages: list[dict[str, Any]], drop: Callable[[str], bool]) -> None:
    """Removes the lines `drop` picks from the reply's messages; `drop` sees every line once, in order."""
    for message in messages:
        text = message.get("text")
        if text:
            message["text"] = "\n".join(line for line in str(text).split("\n") if not drop(line)).strip("\n")


def no_line_twice(lang: str, messages: list[dict[str, Any]]) -> None:
    """Drop a line of the reply whose words were said earlier in the same reply."""
    said = ""

    def repeated(line: str) -> bool:
        nonlocal said
        # (a question asked again after explaining it is what the person answers next: kept)
        listed = line.strip().startswith(LIST_MARKS) or line.rstrip().endswith("?")
        if not listed and any(len(c) >= MIN_REPEAT and c in said for c in _cores(line, lang)):
            return True
        said += " " + _flat(line)
        return False

    drop_lines(messages, repeated)


def no_same_line_twice(messages: list[dict[str, Any]]) -> None:
    """Drop a line that is exactly a line said earlier in the same reply, whatever its kind. no_line_twice
    keeps list items and short lines, and the contact lines become the same short line only afterwards
    (contact_as_above): round 29 showed "📧 Prossimo passo, come sopra: …" and "- Sostegno individuale …
    553,00 €" twice in one reply. Run last."""
    said: set[str] = set()

    def same(line: str) -> bool:
        flat = _flat(line)
        if flat and flat in said:
            return True
        said.add(flat)
        return False

    drop_lines(messages, same)


# A heading names what follows ("For the ITM Antwerp (Erasmus+ 2024-2026) call:"); longer, it is a sentence.
MAX_HEADING = 80


def _source_only(line: str) -> bool:
    """"(source: Application and selection process)" alone: the source of the lines above, no content."""
    words = "|".join(re.escape(t(lang, "source")) for lang in ("en", "fr", "nl", "it"))
    return re.fullmatch(rf"\(\s*({words})\s*:[^()]*\)\.?", line.strip()) is not None


def no_bare_heading(messages: list[dict[str, Any]], before: list[str]) -> None:
    """Drop a heading ("For the ITM Antwerp (Erasmus+ 2024-2026) call:") left with nothing after it but a
    source: the lines it announced were said earlier in the reply and dropped (round 31 ended a reply with
    it). `before`: the messages' texts before the lines were dropped; a heading that ended its message then
    (its content comes in the next message, or as buttons) stays."""
    for message, text in zip(messages, before, strict=True):
        if message.get("buttons") or not message.get("text"):
            continue
        lines = str(message["text"]).rstrip().split("\n")
        while True:
            end = len(lines)
            while end and (_source_only(lines[end - 1]) or not lines[end - 1].strip()):
                end -= 1
            heading = lines[end - 1].rstrip() if end else ""
            if not heading.endswith(":") or text.rstrip().endswith(heading):
                break
            if len(heading) > MAX_HEADING:
                # A sentence that says something before its colon ("The call says nothing about your salary;
                # the people below can tell you:", its contacts said above) keeps its words, not the colon.
                lines[end - 1] = heading.rstrip(" :\u00a0\u202f") + "."
                break
            lines = lines[:end - 1]
        message["text"] = "\n".join(lines).rstrip("\n")


def _prefixes(lang: str, key: str) -> set[str]:
    prefix = t(lang, key, contacts="\0").split("\0")[0]
    return {prefix, informal(prefix, lang)}


def asks_contact(latest: dict[str, Any]) -> bool:
    """Whether the message asks whom to contact: then the contacts are said in full again."""
    text = str(latest.get("text") or "")
    intent = str((latest.get("intent") or {}).get("name") or "")
    return intent == "ask_contact" or text.startswith("/ask_contact") or has("contact_question", text) \
        or has("contact_choice", text)


def contact_as_above(lang: str, shown: list[str], latest: dict[str, Any], slots: dict[str, Any],
                     messages: list[dict[str, Any]]) -> None:
    """A full contact line whose contacts were said in full before in this conversation comes back as the
    short line ("📧 Next step, as above: …"), unless the person asks whom to contact."""
    if asks_contact(latest):
        return
    prefixes = {key: _prefixes(lang, key) for key in CONTACT_KEYS}
    full = {p for group in prefixes.values() for p in group}
    before = {line[len(p):] for line in shown for p in full if line.startswith(p)}
    if not before:
        return
    from actions.verdict import short_contacts

    names = short_contacts(slots.get("call"), slots.get("role"), lang)
    for message in messages:
        text = message.get("text")
        if not text or not names:
            continue
        lines = str(text).split("\n")
        for i, line in enumerate(lines):
            for key, group in prefixes.items():
                prefix = next((p for p in group if line.startswith(p)), None)
                if prefix is None or line[len(prefix):] not in before:
                    continue
                lines[i] = t(lang, "next_step_same", contacts=names) if key == "next_step" \
                    else prefix + names
        message["text"] = "\n".join(lines)
