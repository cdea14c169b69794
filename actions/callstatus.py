"""The answer to "is the call still open?" for the conversation's call (or, with none, every call)."""

from __future__ import annotations

from actions import i18n
from actions.calls import call_name
from actions.i18n import t
from actions.turn import Turn


def status_answer(turn: Turn) -> str:
    """"Is the call still open?" / "is it too late?": an ended call's closing (in full once), an open call's
    closing date with, once the departure is known, the person's own date to apply by."""
    from actions.calls import status_of
    from actions.endedcall import closed_answer

    call_id = turn.get("call")
    if not call_id:
        from actions.allended import institution_first

        return institution_first(turn)
    status = status_of(call_id)
    if status["status"] == "closed":
        # Said in full once; asked again ("is it still open?" after the notice), the first line only.
        from actions.later import closed_was_told

        told = closed_was_told(turn, call_id)
        closed_answer(turn, status, short=told)
        if not told:
            turn.set("closed_told", call_id)
        return "done"
    from actions.applyby import personal_lines
    from actions.endedcall import asks_status
    from actions.faq import render_topics, topic_texts, topics_of

    # With the departure known, the person's own date to apply by comes first ("can I still apply in
    # February?"); the call's date is worded as the call data has it: a deadline that is also the end of all
    # mobility (ITM prints no separate closing date) is said to be that.
    lines = personal_lines(turn)
    # "Can I still apply?" is also about who may apply by then ("a period already started is not eligible").
    found = topics_of(call_id, ("application_deadline",))
    key = "call_open_mobility_end" if status["closes"] == status.get("mobility_to") else "call_open_plain"
    closes = i18n.fmt_date(status["closes"], turn.lang)
    line = t(turn.lang, key, call=call_name(call_id, turn.lang), date=closes)
    if not lines:  # "is it still open?": "Yes"; "is it too late?": "No"
        answer = "answer_no" if asks_status(turn.question) == "yes" else "answer_yes"
        line = t(turn.lang, answer, answer=line[:1].lower() + line[1:])
    if lines and found:
        # With the person's own date to apply by said, the call's text on its dates follows in its own words:
        # our "no separate application deadline" beside its "31 July 2026, the deadline of the call" read as a
        # contradiction (round 25). That the call is open is said only when asked, not to "is February too
        # late?" (the person's date answers that).
        from actions.applyby import applying_asked

        if not applying_asked(turn):
            lines.append(t(turn.lang, "call_open_short", call=call_name(call_id, turn.lang)))
    else:
        lines.append(line)
    if found:
        # (a line just before that names the call: no "For the ... call:" header again)
        named = lines[-1] in (line, t(turn.lang, "call_open_short", call=call_name(call_id, turn.lang)))
        render = topic_texts if named else render_topics
        lines.append(render(call_id, found, turn.lang))
    turn.say("\n".join(lines))
    return "resume"
