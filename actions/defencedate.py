""""hm I might defend my thesis sometime this year, would that change anything?", "defence will be december
2016, so well after london. that's fine right?": a graduation that may come, or comes after the stay ends,
asked about (round 45, an IMT Lucca PhD student going to London until 30 June 2016). The first got every check
of the call, the second "not 1 December 2016: apply by 18 January 2016" and the recent graduates' "No".

A graduation after the stay's end changes nothing: the whole stay is a PhD student's. The call's rule on
graduating PhD candidates (its `recent_graduates` topic, with its section) is said for a stay that would go on
after the degree; a graduation before the end is actions/graduateq.py's, with the person's checks."""
from __future__ import annotations

from actions import i18n
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

KEY = "recent_graduates"


def defence_question(turn: Turn) -> bool:
    call_id, text, end = turn.get("call"), turn.text, turn.get("end_date")
    if not call_id or not end or turn.is_payload or not ("?" in text or is_question(text)) \
            or not has("graduation_word", text) or has("after_degree", text):
        return False
    from actions.faq import topic_texts, topics_of

    found = topics_of(str(call_id), (KEY,), turn.get("role"))
    graduation, lang = turn.get("graduation_date"), turn.lang
    if not found or turn.get("role") not in (None, "phd_student"):
        return False
    end_said = i18n.fmt_date(str(end)[:10], lang)
    if graduation:
        if str(graduation)[:10] <= str(end)[:10]:
            return False  # a graduation before the stay ends: the recent graduates' checks (graduateq.py)
        key = "defence_after_stay_no" if has("matters_question", text) else "defence_after_stay_yes"
        opening = t(lang, key, end=end_said, graduation=i18n.fmt_date(str(graduation)[:10], lang))
    elif has("matters_question", text):
        opening = t(lang, "defence_undated", end=end_said)
    else:
        return False
    turn.say("\n".join([opening, topic_texts(str(call_id), found, lang)]))
    turn.answered = True
    return True
