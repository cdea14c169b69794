"""A message about the stay's own dates ("wait where did 26 april come from? my dates are still 13 to 24
april, I didn't change anything"): said to be unchanged, the dates it names are the stored ones, or one whose
origin or meaning it asks.
The NLU's guess of an information topic the message does not name in its words ("faq_credit_transfer")
is then no question: round 36 answered with the credit transfer and grading paragraphs nobody asked.
Used by actions/incontext.py."""
from __future__ import annotations

from actions.faq import FAQ_TOPICS, named_topics
from actions.phrases import has
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

STAY = STAY_DATE_SLOTS
ENDS = ".;!?\n"


def about_own_dates(turn: Turn) -> bool:
    """Whether the message says the stay's dates are unchanged, names only them (or a date whose origin it
    asks) and none of its intent's topics."""
    held = {str(turn.get(name) or "")[5:10] for name in STAY} - {""}
    dates = [e for e in turn.entities if e.get("entity") in STAY and isinstance(e.get("start"), int)]
    if len(held) < 2 or not dates or not has("dates_unchanged", turn.text) \
            or set(FAQ_TOPICS.get(turn.intent or "", ())) & set(named_topics(turn.text)):
        return False
    return any(str(e.get("value"))[5:10] in held for e in dates) \
        and all(str(e.get("value"))[5:10] in held or _asked_about(turn.text, int(e["start"])) for e in dates)


def _asked_about(text: str, start: int) -> bool:
    """Whether the date at `start` is in a sentence asking where it came from or what it is."""
    left = max(text.rfind(sep, 0, start) for sep in ENDS) + 1
    rights = [i for i in (text.find(sep, start) for sep in ENDS) if i >= 0]
    return has("date_meaning_question", text[left:min(rights) + 1 if rights else len(text)])
