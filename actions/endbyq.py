""""En waarom moet alles tegen 31 juli gedaan zijn eigenlijk?": why the stay must end by the call's last day
for mobility. The call sets that date (the rule with its section of the call) and gives no reason for it: said
so, with whom to ask, never a reason made up. Round 26 got "I can't find the answer"."""
from __future__ import annotations

from actions import i18n
from actions.askabout import asking, is_question
from actions.i18n import t
from actions.phrases import has
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

DATE_ENTITIES = STAY_DATE_SLOTS


def end_by_why(turn: Turn) -> bool:
    call_id = turn.get("call")
    question = asking(turn.text)
    if not call_id or not is_question(turn.text) or not has("why_word", question):
        return False
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    end_by = str((decision.get("deadlines") or {}).get("mobility_end_by") or "")
    # The date said back, whatever year the NLU gave a "31 juli" said without one.
    named = [e for e in turn.entities if e.get("entity") in DATE_ENTITIES
             and str(e.get("value"))[5:10] == end_by[5:10] and _inside(e, turn.text, question)]
    if not end_by or not named:
        return False
    entry = next((e for e in [*(decision.get("failed") or []), *(decision.get("passed") or [])]
                  if e.get("kind") == "end_not_after"), {})
    lang = turn.lang
    source = i18n.source(str(call_id), entry.get("source"), lang) if entry.get("source") else "-"
    from actions.conditions import contacts_in_sentence

    turn.say(t(lang, "why_end_by", date=i18n.fmt_date(end_by, lang), source=source,
               who=contacts_in_sentence(turn)))
    turn.answered = True
    return True


def _inside(entity: dict[str, object], text: str, sentence: str) -> bool:
    """Whether the entity is in the sentence that asks why."""
    start, at = text.find(sentence), entity.get("start")
    return isinstance(at, int) and start <= at < start + len(sentence)
