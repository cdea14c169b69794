""""Can I already prepare something, so I can apply quickly when the new call opens?" of an ended call (round
54, a PhD student at ITM, 4 December 2026, the ITM call ended): it got "No, not through this call" as if she
had asked to apply now, and "which documents or steps can I prepare, e.g. an invitation letter or my
supervisor's agreement?" got a remark on the supervisor only. Now: what the ended call asked for (its
documents, the call data's topic for the person's role, with its source, labelled as the old call's), that
the next call may ask otherwise, and whom to ask. No document the call data does not name."""
from __future__ import annotations

from actions import i18n
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

TOPIC = "application_documents"


def prepare_answer(turn: Turn, changed: str | None) -> bool:
    """The answer to a question about preparing now for the next call, when the call has ended; False for
    anything else."""
    call_id = turn.get("call")
    if not call_id or turn.is_payload or not has("prepare_ahead", turn.text) or not is_question(turn.text):
        return False
    from actions.calls import status_of

    if status_of(str(call_id)).get("status") != "closed":
        return False
    from actions.faq import topics_of

    role = turn.get("role")
    topics = topics_of(str(call_id), (TOPIC,), role)
    if not topics:
        return False
    lang, topic = turn.lang, topics[0]
    from actions.answer import call_title

    title = call_title(str(call_id), lang)
    lines = [t(lang, "prepare_ended_call", call=title), topic.text.get(lang),
             f"({t(lang, 'source')}: {i18n.source(str(call_id), topic.source, lang)})",
             t(lang, "prepare_next_may_differ")]
    from actions.pastcase import leave
    from actions.verdict import short_contact_lines

    lines += short_contact_lines(str(call_id), role, lang)
    turn.say("\n".join(line for line in (changed, *lines) if line))
    if turn.get("hypothetical") is True:
        leave(turn)  # the question is about the own plan, not the what-if's dates
    turn.set("asked", None)
    turn.answered = True
    return True
