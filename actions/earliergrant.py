"""A call's priority that a question names by its topic (`about` in the call's priorities), answered alone
with the person's facts, yes first, and what the call leaves to its office: "You wrote before that preference
is for students who did not have already an Erasmus+ grant. I had one in the master, so I have less chances?"
(round 58 got the whole priority block and "Does that apply to you (other scholarship)?", then a "No:" about
the scholarship, then "I can't find the answer"). Nothing is decided here: the priorities are the rules
core's."""
from __future__ import annotations

from actions.askabout import sourced
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.turn import Turn

# A question about the cycle's 12-month maximum ("does my previous Erasmus count towards the 12 months?") is
# the study cycle's (actions/cycleq.py), unless it names priority or chances too.
COUNTING_RX = PHRASES["priority_about_counting"]
# Without a word of priority or chances, the grant is named as an earlier one ("the previous Erasmus grant?").


def earlier_grant_question(turn: Turn) -> bool:
    """Whether the message asks about a priority by its topic; then answered."""
    text, call_id = turn.text, turn.get("call")
    if not call_id or "?" not in text:
        return False
    chances = has("priority_question", text) or has("lowers_chances_question", text) \
        or has("changes_chances_question", text)
    if not chances and (COUNTING_RX.search(text) or not PHRASES["priority_about_earlier"].search(text)):
        return False  # ("ok but and the previous Erasmus grant?" after the priorities: asked by its name)
    from actions.priorityq import _items

    for about, rx in PHRASES["priority_about"].items():
        if not rx.search(text):
            continue
        items = [i for i in _items(turn) if i.get("about") == about]
        if not items:
            continue
        lang, item = turn.lang, items[0]
        mark = {True: "✓", False: "✗", None: "•"}[item["favoured"]]
        lines = [t(lang, f"{about}_yes"), sourced(mark, item["text"], call_id, item["source"], lang)]
        if item.get("unsettled"):
            from actions.verdict import short_contacts

            contact = short_contacts(str(call_id), turn.get("role"), lang, in_sentence=True)
            lines.append(item["unsettled"].replace("{contact}", contact))
        turn.say("\n".join(lines))
        turn.priorities_said = True
        return True
    return False
