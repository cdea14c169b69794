"""A length the assistant's last reply said about time ahead, echoed back, is no length of the stay (used by
actions/lengths.py). Round 38: "⏳ Dat is over 8 dagen: beter niet wachten." (the days left to apply) was
answered "oh wauw 8 dagen, dat is krap. ..." and the stay of 1 April - 31 July became 1-8 April ("Bijgewerkt:
einddatum: 31 juli 2016 → 8 april 2016"), not eligible.

Which lengths those are is read from the reply itself, not from words of the person's: the lines of the
reply written from a template about time ahead (the countdown to the date to apply by, "apply 2 months before
departure") in any language, and the lengths in them. A length said as a correction ("actually only 8 days")
still changes the stay."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rasa_sdk import Tracker

from actions import when
from actions.i18n import LANGS, STRINGS
from actions.phrases import has
from bot.nlu.durations import find_durations
from bot.nlu.places import fold

COUNTDOWN = "deadline_soon"  # "⏳ That is {when}: better not wait."
AHEAD = "{ahead}"  # the lead time before departure in the apply-by lines ("{ahead} before")
PLACEHOLDER_RX = re.compile(r"\{\w+\}")


@lru_cache(maxsize=1)
def _ahead_templates() -> tuple[re.Pattern[str], ...]:
    """Each template about time ahead, in every language, as a pattern its filled-in line matches."""
    keys = [COUNTDOWN, *(k for k, v in STRINGS["en"].items() if isinstance(v, str) and AHEAD in v)]
    out = []
    for lang in LANGS:
        for key in keys:
            text = STRINGS[lang].get(key)
            if isinstance(text, str):
                pieces = [re.escape(p.strip()) for p in PLACEHOLDER_RX.split(text)]
                out.append(re.compile(r".+?".join(pieces), re.I))
    return tuple(out)


def ahead_lengths(tracker: Tracker) -> set[str]:
    """The lengths (ISO 8601, "P8D") the last reply named in its lines about time ahead."""
    from actions.stillopen import previous_reply  # (it reads a Turn's module, which imports the fact reader)

    found: set[str] = set()
    for line in previous_reply(tracker):
        if any(rx.search(line) for rx in _ahead_templates()):
            found |= {str(f.value) for f in find_durations(fold(line))}
    return found


def echoed(tracker: Tracker, text: str, ent: dict[str, Any]) -> bool:
    """Whether the length repeats one the last reply said about time ahead, not as a correction of the stay
    ("actually only 8 days", "en fait 8 jours", "eigenlijk maar 8 dagen", "anzi, 8 giorni")."""
    if str(ent.get("value")) not in ahead_lengths(tracker):
        return False
    start = int(ent["start"])
    return not has("change_of_mind", when.clause(text, start, int(ent.get("end") or start)))
