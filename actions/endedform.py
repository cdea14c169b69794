"""Round 56, an IMT Lucca PhD student (English, today December 2026, the 2015/2016 call long ended) planning a
traineeship at the University of Vienna March-June 2027:
- "could I still send the old form to Daniela for 2027?" got "For that call, yes: ... Daniela Giorgetti ..."
  (whether she is the contact), and "no I mean can I use the 2015/16 application form for my 2027
  traineeship?" the documents block a third time; "that doesnt answer me. yes or no?" then got "the call is
  closed (as said above)", never a "No". Now: "No: the ended call's application form was for that call
  only", a later call's form would apply, no newer call is known, whom to ask; the yes-or-no demand after it
  the same.
- "ok so bottom line for my vienna traineeship?" got "Yes: Austria is one of the 2015/2016 Programme
  Countries ... this destination was open to you" (a dead call judged). Now: no open call covers the plan, no
  newer call is known, whom to ask.
- "will the next call probably ask the same docs?" got when the next call opens. Now: not known, what the
  ended call asked for (labelled as its own, with its source), whom to ask.
Every date, document and contact is the call data's; nothing is said of a newer call."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

TOPIC = "application_documents"


def ended_form_answer(turn: Turn, changed: str | None) -> bool:
    """One of the three questions about an ended call whose end was told: answered; False otherwise."""
    status = _ended_told(turn)
    if status is None:
        return False
    text = turn.text
    if has("old_form_question", text) and is_question(text) or _demand_after_form(turn):
        lines = [_form_no(turn, status)]
    elif has("bottom_line", text) and _after_period(turn, status):
        lines = [_bottom_line(turn, status)]
    elif is_question(text) and has("next_call", text) and has("same_documents", text):
        lines = _next_documents(turn, status)
        if not lines:
            return False
    else:
        return False
    from actions.pastcase import leave

    turn.say("\n".join(line for line in (changed, *lines) if line))
    if turn.get("hypothetical") is True:
        leave(turn)  # about the own plan, not the what-if's dates
    turn.options_answered = True  # "yes or no?": its "No:" stays
    turn.set("asked", None)
    turn.answered = True
    return True


def _ended_told(turn: Turn) -> dict[str, Any] | None:
    call_id = turn.get("call")
    if not call_id or turn.is_payload:
        return None
    from actions.calls import status_of
    from actions.later import closed_was_told

    status = status_of(str(call_id))
    if status.get("status") != "closed" or not status.get("closes"):
        return None
    return status if closed_was_told(turn, str(call_id)) or turn.get("hypothetical") else None


def _after_period(turn: Turn, status: dict[str, Any]) -> bool:
    start, last = turn.get("start_date"), status.get("mobility_to")
    return bool(start and last and str(start) > str(last))


def _demand_after_form(turn: Turn) -> bool:
    """"that doesnt answer me. yes or no?" right after a question about the old form."""
    if not has("yes_no_demand", turn.text):
        return False
    earlier = turn.earlier_text()
    return has("old_form_question", earlier)


def _who(turn: Turn, status: dict[str, Any]) -> str:
    from actions.verdict import short_contacts

    return short_contacts(str(status["call"]), turn.get("role"), turn.lang, in_sentence=True)


def _form_no(turn: Turn, status: dict[str, Any]) -> str:
    from actions.calls import call_name

    lang, call_id = turn.lang, str(status["call"])
    start = turn.get("start_date")
    year = str(start)[:4] if _after_period(turn, status) else ""
    later = t(lang, "ended_form_later_year", year=year) if year else t(lang, "ended_form_later")
    return t(lang, "ended_form_no", call=call_name(call_id, lang), later=later, who=_who(turn, status))


def _bottom_line(turn: Turn, status: dict[str, Any]) -> str:
    from actions.calls import call_name

    lang, call_id = turn.lang, str(status["call"])
    start, end = turn.get("start_date"), turn.get("end_date")
    dates = " – ".join(i18n.fmt_date(str(d), lang) for d in (start, end) if d)
    return t(lang, "ended_bottom_line", dates=dates, call=call_name(call_id, lang),
             date=i18n.fmt_date(status["closes"], lang), last=i18n.fmt_date(str(status["mobility_to"]), lang),
             who=_who(turn, status))


def _next_documents(turn: Turn, status: dict[str, Any]) -> list[str]:
    from actions.faq import topics_of

    call_id, lang = str(status["call"]), turn.lang
    topics = topics_of(call_id, (TOPIC,), turn.get("role"))
    if not topics or not topics[0].text.get(lang):
        return []
    from actions.calls import call_name
    from actions.verdict import short_contact_lines

    topic = topics[0]
    return [t(lang, "ended_next_documents", call=call_name(call_id, lang)), topic.text.get(lang),
            f"({t(lang, 'source')}: {i18n.source(call_id, topic.source, lang)})",
            *short_contact_lines(call_id, turn.get("role"), lang)]
