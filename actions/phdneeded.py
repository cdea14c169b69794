"""Round 63 (r63-t3, an ITM lab technician without a PhD): "Do I need a PhD?", "and the PhD thing? I have no
PhD" got "I can't find the answer to that in the call text", and "I'm a lab technician without PhD, can I
still get it?" opened "No: not every priority of the call favours you". For a staff member whom a priority of
the call on PhD or postdoctoral staff concerns (rules core priorities reading `doctoral_or_postdoc_staff`):
a PhD is not required, what the call says instead (the priority's `otherwise`: open to staff involved in
education and research, including supporting staff), the priority with its source, and whether the person
is in that group from what they said. "Can I still ...?" opens "Yes:"."""
from __future__ import annotations

from typing import Any

from actions.askabout import is_question, sourced
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

FIELD = "doctoral_or_postdoc_staff"
MARKS = {True: "✓", False: "✗", None: "•"}
TAILS = {True: "phdneed_in_group", False: "phdneed_not_group", None: "phdneed_open"}


def _asked(text: str) -> bool:
    return is_question(text) and has("phdneed_phd", text) and (
        has("fact_needed_question", text) or has("phdneed_matters", text) or has("phdneed_still", text))


def _items(turn: Turn) -> list[dict[str, Any]]:
    from actions.facts import view
    from actions.profile import core, profile_from_tracker

    try:
        found = core().priorities(profile_from_tracker(view(turn.view)), turn.lang)
    except Exception:  # an invalid profile: the other answers
        return []
    # (the text for someone it does not favour, also while whether the person is one is not known: round 63)
    return [i for i in found if FIELD in (i.get("reads") or ()) and i.get("if_not")]


def phd_needed_question(turn: Turn) -> bool:
    """A staff member asking whether a PhD is needed or matters; False to leave the message to the others."""
    if not turn.get("call") or turn.get("role") != "staff" or not _asked(turn.text):
        return False
    from actions.calls import status_of

    if status_of(str(turn.get("call")))["status"] == "closed":
        return False  # ("Would that have been a problem?": priorityq.priority_fact's past answer, round 37)
    items = _items(turn)
    if not items:
        return False
    lang, item = turn.lang, items[0]
    # ("You may still apply: the call is open to ...": the words after the opening)
    said, colon, rest = str(item["if_not"]).partition(":")
    open_to = rest.strip() if colon and len(said) < 40 else said
    key = "phdneed_yes" if has("phdneed_still", turn.text) else "phdneed_no"
    lines = [t(lang, key, text=open_to[:1].lower() + open_to[1:]),
             sourced(MARKS[item["favoured"]], item["text"], turn.get("call"), item["source"], lang),
             t(lang, TAILS[item["favoured"]])]
    turn.say("\n".join(lines))
    turn.priorities_said = True
    return True
