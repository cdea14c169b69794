""""Does it matter what year of the phd I'm in?", "and the year of phd thing, does it matter?": the call's
`phd_year` topic, with its sections (IMT Lucca: no condition on the year, but the selection prefers students
closer to the end of their PhD). Round 45 got the deadline block, then the whole "who can apply" text."""
from __future__ import annotations

import re

from actions.askabout import is_question
from actions.phrases import has
from actions.turn import Turn

KEY = "phd_year"


def phd_year_question(turn: Turn) -> bool:
    call_id, text = turn.get("call"), turn.question
    if not call_id or turn.is_payload or not _asked(text):
        return False
    from actions.documents import asks_documents

    if turn.focus is None and asks_documents(text):
        return False  # "what do I need to send? and does the year matter?": the documents first, then this
    from actions.faq import topic_texts, topics_of

    found = topics_of(str(call_id), (KEY,), turn.get("role"))
    if not found:
        return False
    turn.say(topic_texts(str(call_id), found, turn.lang))
    return True


def _asked(text: str) -> bool:
    """The year named in a question ("and the year of phd thing, does it matter?"), not told ("Je suis
    doctorant, en 2e année. Suis-je éligible ?" asks whether one is eligible)."""
    sentences = re.findall(r"[^.?!]*(?:\?+|[.!]+|$)", text)
    return any(has("phd_year_question", s) and ("?" in s or is_question(s)) for s in sentences if s.strip())
