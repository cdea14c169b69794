"""A pointer to the contacts "below" when they are not below: the reply's contact lines were dropped as
said earlier (actions/onceinreply.py, actions/contactrecent.py), so round 58 ended "the people below can
tell you:" with nobody after it. Such a pointer then points up; at the end of its line it ends the
sentence."""
from __future__ import annotations

import re
from typing import Any

from actions.i18n import t

CONTACT_SIGN = "@"  # every contact line of the calls carries an e-mail address
# The pointer ends its line when no more than this follows it ("kunnen het u zeggen:").
TAIL = 40


def pointers_up(lang: str, messages: list[dict[str, Any]]) -> None:
    """Every line of the turn's replies that points below with no contact after it in the reply (and one
    before it) points above instead."""
    below, above = t(lang, "pointer_below"), t(lang, "pointer_above")
    # "(reference only, see below)" points at the table after it, not at contacts (round 59 made it "above")
    see_below = t(lang, "pointer_see_below")
    pointer = re.compile(rf"\b(?:{t(lang, 'pointer_nouns')})\s+{re.escape(below)}")
    texts = [str(m.get("text") or "") for m in messages]
    for index, message in enumerate(messages):
        lines = texts[index].split("\n")
        for i, line in enumerate(lines):
            found = pointer.search(line)
            if found is None:
                continue
            at = found.end() - len(below)
            before = "\n".join(texts[:index] + lines[:i])
            after = "\n".join(lines[i + 1:] + texts[index + 1:])
            if CONTACT_SIGN in after or CONTACT_SIGN not in before or see_below in line:
                continue
            new = line[:at] + above + line[at + len(below):]
            if new.rstrip().endswith(":") and len(new.rstrip()) - at - len(above) <= TAIL:
                new = new.rstrip().rstrip(" :\u00a0\u202f") + "."
            lines[i] = new
        if message.get("text"):
            message["text"] = texts[index] = "\n".join(lines)
