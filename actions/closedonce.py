"""An ended call's paragraph said in full once per conversation (round 36: "The ITM Antwerp call is closed:
all its mobilities had to end by ... (so by 31 May 2026 at the latest); it printed no other closing date"
came back in three replies, and "The call has ended (...). Had you applied in time, ..." in four more).
Once said, it comes back as one short reminder, the sentence over what would have applied goes, and the
offer said before is not said again. Applied to every reply of a turn (actions/saidonce.py), whichever part
wrote it."""
from __future__ import annotations

from typing import Any

from actions.i18n import t


def _ended(lang: str) -> list[tuple[str, str, str]]:
    """(full paragraph, short sentence, reminder) of each call that has ended. The reminder keeps the date:
    "it has ended" alone left a later answer without it (a closed-call dialogue's last reply must say it)."""
    from actions import i18n
    from actions.calls import call_ids, call_name, status_of
    from actions.closedline import closed_line, closed_sentence

    out = []
    for call_id in call_ids():
        status = status_of(call_id)
        if status.get("status") == "closed" and status.get("closes"):
            key = "call_closed_reminder" + ("_mobility_end" if status.get("applications_until") else "")
            reminder = t(lang, key, call=call_name(call_id, lang), date=i18n.fmt_date(status["closes"], lang))
            out.append((closed_line(status, lang), closed_sentence(status, lang), reminder))
    return out


def closed_once(lang: str, shown: list[str], replies: list[dict[str, Any]]) -> None:
    """`shown`: the lines of the earlier replies; `replies`: this turn's messages, changed in place."""
    said = "\n".join(shown)
    try:  # ("No: il bando ... è chiuso: ...": said inside a line, its first letter small; round 60)
        ended = [e for e in _ended(lang) if any(_lowered(x) in said or x in said for x in e[:2])]
    except Exception:  # a call file problem: the replies as they are
        return
    if not ended:
        return
    earlier = set(shown)
    for message in replies:
        text = str(message.get("text") or "")
        if not text:
            continue
        kept, reminded = [], False
        for line in text.split("\n"):
            replaced = False
            for full, sentence, reminder in ended:
                if full in line:
                    line = line.replace(full, reminder)
                    reminded = replaced = True
                elif sentence in line and line.strip() != sentence:
                    rest = line.replace(sentence, "").strip()
                    line = rest[:1].upper() + rest[1:]
            if reminded and not replaced and line.strip() and any(line.strip() in e for e in earlier):
                continue  # the offer said with the paragraph before: not again under the reminder (its
                # button stays)
            kept.append(line)
        message["text"] = "\n".join(kept)


def _lowered(text: str) -> str:
    return text[:1].lower() + text[1:]
