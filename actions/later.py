"""An ended call and what comes after it: "is there a new call?" (a newer call of the same institution, or
none known), and a stay that starts after the ended call's mobility period ("NGO in Accra, March to May 2027"
after a call whose mobilities ended on 31 July 2026). Such dates get no verdict as if applied in time: that
call never covered them, a later one would, so the person is told so and whom to ask."""
from __future__ import annotations

import datetime as dt
from typing import Any

from actions import i18n
from actions.calls import call_ids, call_name, closes, institution_of
from actions.i18n import t
from actions.turn import Turn
from actions.verdict import contact_lines


def newer_call(call_id: str) -> str | None:
    """The institution's call that closes last after this one, if any."""
    own = closes(call_id) or dt.date.min
    later = [(closes(c) or dt.date.max, c) for c in call_ids()
             if c != call_id and institution_of(c) == institution_of(call_id)]
    later = [pair for pair in later if pair[0] > own]
    return max(later)[1] if later else None


def next_call(turn: Turn, call_id: str) -> None:
    """"Isn't there a new call for 2026-2027 yet?": the newer call, else "no newer call is known to me" with
    whom to ask."""
    newer = newer_call(call_id)
    if newer:
        date = closes(newer)
        turn.say(t(turn.lang, "next_call_known", call=call_name(newer, turn.lang),
                   date=i18n.fmt_date(date.isoformat(), turn.lang) if date else "?"))
        return
    contacts = contact_lines(call_id, turn.get("role"), turn.lang)
    turn.say("\n".join([t(turn.lang, "next_call_unknown"), *contacts]))


# closed_told holds the call whose end was told; with this mark, the "your dates fall after its period" block
# was told too (no new slot: the domain and the trained model stay as they are).
AFTER_MARK = ">after"
# With this mark, the same dates a year earlier were said to be the ones judged (same_dates_earlier).
AS_IF_MARK = ">as_if"


def closed_was_told(turn: Turn, call_id: str) -> bool:
    return str(turn.get("closed_told") or "").split(">")[0] == call_id


def after_the_call(turn: Turn, status: dict[str, Any], changed: str | None) -> bool:
    """A stay that starts after the ended call's last mobility day: said so, with whom to ask about a later
    call (unless this turn already named them), and no verdict; False for any other stay. Said once for the
    same dates: later questions get their own answers (what_after)."""
    start, end, last = turn.get("start_date"), turn.get("end_date"), status.get("mobility_to")
    month = _month_after(turn, last)
    if month is None and (not start or not last or str(start) <= str(last)):
        return False
    if month is None and (asks_as_if(turn) or _asks_what_it_gave(turn) or in_shifted_case(turn)
                          or _case_dates_given(turn)) and same_dates_earlier(turn, status):
        return False  # judged with the dates moved into the call's period, said so (same_dates_earlier)
    call_id, lang = str(status["call"]), turn.lang
    new_dates = bool({"start_date", "end_date", "start_month"} & set(turn.changes))
    if turn.get("closed_told") == call_id + AFTER_MARK and not new_dates:
        what_after(turn, call_id, str(last), changed)
        return True
    dates = i18n.fmt_month(month, lang) if month \
        else " – ".join(i18n.fmt_date(str(d), lang) for d in (start, end) if d)
    # Told for earlier dates ("february 2027", then its day): the new dates' line only, not the call's end and
    # whom to ask again.
    again = turn.get("closed_told") == call_id + AFTER_MARK
    from actions.closedline import closed_line

    closed = closed_line(status, lang)
    asked_next = t(lang, "next_call_unknown") in "\n".join(turn.said)
    # "no newer call is known" said in this reply, the call's end told before: neither again (round 60)
    told = asked_next and closed_was_told(turn, call_id)
    lines = [line for line in (changed, None if again or told else closed) if line]
    key = "dates_after_call_short" if again or asked_next else "dates_after_call"
    lines.append(t(lang, key, dates=dates, last=i18n.fmt_date(str(last), lang)))
    if not asked_next and not again:
        lines += contact_lines(call_id, turn.get("role"), lang)
    turn.say("\n".join(lines))
    turn.set("closed_told", call_id + AFTER_MARK)
    from actions.pastcase import leave

    leave(turn)  # new dates of their own after the period: the case a year earlier (or named) is left
    turn.set("asked", None)
    turn.answered = True
    return True


def _case_dates_given(turn: Turn) -> bool:
    """"wat zou er voor mij gegolden hebben?", then the dates asked for it ("... van 1 maart tot 31 mei
    2027"): the case's first dates, judged a year earlier at once (round 62 said only that they fall after the
    period, and the person had to ask "stel dat het binnen die oproep viel" for the case)."""
    from actions.pastcase import back_to_plan

    # (the case's own question answered: dates said with "isn't there a new call yet?" are a plan, round 13)
    return turn.get("hypothetical") is True and turn.tracker.get_slot("start_date") is None \
        and turn.tracker.get_slot("asked") is not None and "start_date" in turn.changes \
        and not back_to_plan(turn)


def _month_after(turn: Turn, last: Any) -> str | None:
    """The 1st of the start month said without its day ("february 2027"), when that month begins after the
    ended call's last mobility day: its day changes nothing, so the dates are said to fall after the period at
    once (round 32 said "So far so good: this looks possible" and asked the day). None for any other month,
    and when the person asks what the old rules would say of such a month (its day is asked first)."""
    from actions.monthafter import month_after

    # (in the case, a month without its day is the case's: its day is asked, round 45 said "only the office")
    in_case = turn.get("hypothetical") is True and "start_month" not in turn.changes
    return None if asks_as_if(turn) or in_case else month_after(turn, last)


def what_after(turn: Turn, call_id: str, last: str, changed: str | None) -> None:
    """A message after the block was told, the dates unchanged: the block is not said again. "What would
    have applied to me?" gets that the old rules judge only dates inside its period; a grant question, what
    the old call paid; another question nothing here answered, that only the office can tell."""
    from actions.phrases import QUESTION_RX, has

    lang, lines = turn.lang, [changed] if changed else []
    as_if = asks_as_if(turn)
    from actions.endedamount import asks_amount, ended_amount_lines
    # ("Am I eligible?" typed as the button says is its payload; "i asked if phd students can go at all")
    asks = "?" in turn.text or QUESTION_RX.search(turn.text.strip()) is not None or turn.is_payload \
        or has("indirect_question", turn.text)
    if as_if:
        lines.append(t(lang, "after_call_as_if", last=i18n.fmt_date(last, lang)))
    elif not turn.answered and asks and asks_amount(turn) and (found := ended_amount_lines(turn, call_id)):
        lines += found  # the case's amounts under the ended call, and whom to ask about the next one
    elif not turn.answered and (turn.intent == "ask_grant" or has("how_much", turn.text)):
        from actions.activityroles import topic_role
        from actions.faq import render_topics, topics_of

        found = topics_of(call_id, ("grant_amounts",), topic_role(turn, ("grant_amounts",)))
        if found:  # one header: the ended call's rules (not "For the ... call:" after it)
            header = t(lang, "old_call_rules", call=call_name(call_id, lang))
            lines.append(render_topics(call_id, found, lang, header))
    verdict_asked = has("verdict_question", turn.text) or has("status_question", turn.text) \
        or turn.intent in ("check_eligibility", "ask_deadline")
    if not turn.answered and not as_if and asks and verdict_asked and len(lines) == (1 if changed else 0):
        # "so can I apply?", "am I eligible?": the closed call's answer in full (what it covered, whom to ask,
        # the offer), the same question again its first line and the offer (round 29: the first line, then
        # "anything else?").
        from actions.calls import status_of
        from actions.laterask import closed_again

        closed_again(turn, status_of(call_id), "\n".join(lines) or None)
        turn.set("asked", None)
        return
    said_topics = _said_topics(turn, call_id) if not turn.answered and not as_if and asks else []
    if said_topics and len(lines) == (1 if changed else 0):
        # "What was the rule for recent graduates in that call?": what the ended call said, as its rules.
        from actions.faq import render_topics

        lines.append(render_topics(call_id, said_topics, lang,
                                   t(lang, "old_call_rules", call=call_name(call_id, lang))))
    if not turn.answered and not as_if and asks and len(lines) == (1 if changed else 0):
        lines += [t(lang, "ended_office_only"), *contact_lines(call_id, turn.get("role"), lang)]
    if lines:
        turn.say("\n".join(lines))
    turn.set("asked", None)
    turn.answered = True


def in_shifted_case(turn: Turn) -> bool:
    """"What would have applied to me?" was asked and no new dates came since: the same dates a year earlier
    stay the case judged, for every message until the person leaves it (round 24: the nationality asked for
    that case got "your dates fall after this call's period", then "am I eligible?", "/check_eligibility"
    and "show all checks" each got only "anything else?")."""
    if turn.get("hypothetical") is not True:
        return False
    # (the day asked in the case for a month said without it, round 45: the case goes on with that day)
    day_asked = turn.tracker.get_slot("asked") == "start_date" and bool(turn.tracker.get_slot("start_month"))
    return day_asked or not {"start_date", "end_date"} & set(turn.changes)


def shift_for_the_turn(turn: Turn) -> None:
    """In the shifted case, the dates a year earlier are set at the start of the message, so that every answer
    judges them, not only the verdict ("does Charles University need an agreement for a staff training?"
    got the paragraph for every activity: the real dates, after the period, were not eligible)."""
    from actions.calls import status_of
    from actions.pastcase import named_again

    call_id = turn.get("call")
    if not call_id or not turn.get("start_date") or not (in_shifted_case(turn) or named_again(turn)):
        return
    status = status_of(str(call_id))
    last = status.get("mobility_to")
    if status["status"] == "closed" and last and str(turn.get("start_date")) > str(last):
        from actions.pastcase import back_to_plan, leave, named_case

        if back_to_plan(turn) and named_case(turn, status) is None:
            leave(turn)  # "so for my real plan (summer 2027) ...": the case is left
            return
        same_dates_earlier(turn, status)


def asks_as_if(turn: Turn) -> bool:
    from actions.phrases import has

    return turn.changes.get("hypothetical") is True or has("would_have_applied", turn.text)


def _asks_what_it_gave(turn: Turn) -> bool:
    """"What would I have got under the old call?", "how far in advance did staff have to apply?": the
    amount or the dates of the ended call for this person (round 19 got "only the office can tell you")."""
    from actions.phrases import has

    if turn.answered or "?" not in turn.text:
        return False
    if has("graduation_word", turn.text) or has("recent_graduate_word", turn.text):
        return False  # "by when did you have to graduate?": the call's rule, its own text (what_after)
    return turn.intent in ("ask_grant", "ask_deadline") or has("how_much", turn.text) \
        or has("when_to_apply", turn.text)


def shifted(start: str, end: str | None, first: str | None, last: str, years: int = 30
            ) -> tuple[str, str | None, int] | None:
    """The same dates the fewest whole years earlier that fall inside the period from `first` to `last`."""
    from actions.pastcase import years_back

    for n in range(1, years + 1):
        s, e = years_back(start, n), years_back(end, n) if end else None
        if (e or s) <= last and (not first or s >= first):
            return s, e, n
    return None


def same_dates_earlier(turn: Turn, status: dict[str, Any]) -> bool:
    """"What would have applied to me?" for dates after the ended call's period (a training in March 2027
    after a call whose mobilities ended in July 2026): its rules judge only dates inside its period, so the
    same dates the fewest whole years earlier are taken, never stored, and said so once (simulated users
    otherwise had to move the dates themselves after being asked to); later answers name them in their
    first line (turn.as_if_dates). The answer given for them is kept, so a follow-up is not answered by the
    whole block again."""
    from actions.pastcase import dates_for_the_turn

    if dates_for_the_turn(turn, status):
        return True  # the time the person names, or the case kept aside (actions/pastcase.py)
    moved = shifted(str(turn.get("start_date")), turn.get("end_date"), status.get("mobility_from"),
                    str(status["mobility_to"]))
    if moved is None:
        return False
    start, end, years = moved
    lang, call_id = turn.lang, str(status["call"])
    dates = " – ".join(i18n.fmt_date(d, lang) for d in (start, end) if d)
    new_dates = bool({"start_date", "end_date"} & set(turn.changes))
    told = turn.get("closed_told") == call_id + AS_IF_MARK and not new_dates
    if new_dates and turn.tracker.get_slot("asked") == "start_date":  # the day asked in the case: theirs
        turn.own_values.update({k: turn.changes[k] for k in ("start_date", "end_date") if k in turn.changes})
    turn.what_if |= {"start_date", "end_date", "skipped", "duration"}
    turn.set("start_date", start)
    if end:
        turn.set("end_date", end)
    turn.set("hypothetical", True)
    turn.as_if_dates = {"years": i18n.fmt_years(years, lang), "dates": dates, "new": not told}
    if told:
        return True
    turn.say(t(lang, "as_if_years_earlier", years=i18n.fmt_years(years, lang), dates=dates,
               last=i18n.fmt_date(str(status["mobility_to"]), lang)))
    turn.set("closed_told", call_id + AS_IF_MARK)
    return True


def _said_topics(turn: Turn, call_id: str) -> list[Any]:
    """The ended call's topics a question asks about (its intent's, the topics its words name, who could
    apply for a question about graduating): what the call said is in its text; only what the person can do
    now is the office's to say."""
    from actions.faq import named_topics, topic_keys, topics_of
    from actions.phrases import has

    keys = list(topic_keys(turn.intent or "", turn.text) or ()) + named_topics(turn.text)
    if has("graduation_word", turn.text) or has("recent_graduate_word", turn.text):
        keys.append("who_can_apply")
    return topics_of(call_id, tuple(dict.fromkeys(keys)), turn.get("role"))
