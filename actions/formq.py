""""Where do I get the application form?", "where is the form, on the itm website?": the call's own
`application_form` topic when it says (IMT Lucca attaches the form to the call), else that the call does not
say where, and whom to ask (ITM names the form but not where it is). Round 28: the documents to send again,
then the deadline block. Asked by actions/uncovered.py, first among the things calls may not say."""
from __future__ import annotations

from actions.askabout import asking
from actions.calls import call_name
from actions.i18n import label, t
from actions.phrases import has
from actions.turn import Turn

TOPIC = ("application_form",)


def form_question(turn: Turn) -> bool:
    call_id = turn.get("call")
    question = asking(turn.text)
    if not call_id or not has("form_where_question", question):
        return False
    from actions.faq import render_topics, topics_of
    from actions.verdict import contact_lines

    call_id, lang = str(call_id), turn.lang
    # "Is there an online form or do I send an e-mail?": where the form is and how it is handed in (round 37).
    online = has("online_application", question)
    found = topics_of(call_id, TOPIC + (("application_documents",) if online else ()), turn.get("role"))
    if found:
        turn.say(render_topics(call_id, found, lang))
        return True
    turn.say("\n".join([t(lang, "uncovered_not_in_call", call=call_name(call_id, lang),
                          topics=label(lang, "uncovered_names", "application_form")),
                        *contact_lines(call_id, turn.get("role"), lang)]))
    return True
