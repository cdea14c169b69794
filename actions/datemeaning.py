""""Wat betekent die 31 juli eigenlijk?", "en die 31 juli dan, wat was dat?", "que signifie le 31 juillet ?",
"cosa significa il 31 luglio?", "is 31 July the deadline to apply or something else?": what a date of the
call (or the person's own date to apply by) is, from the call data: the end of all mobility activities, which
for a call that prints no closing date for applications (ITM) is no date to apply by, with when applying
really stopped; the call's own application deadline (IMT Lucca); the last day an application could be in
time; the person's date to apply by. Past tense once the call has ended. Round 33 answered "I can't find the
answer in the call" with unrelated topics (and stored the date as the new end date: actions/when.py)."""
from __future__ import annotations

import re
from typing import Any

from babel.units import format_unit

from actions import i18n
from actions.askabout import is_question
from actions.calls import call_name, status_of
from actions.i18n import t
from actions.phrases import has
from actions.profile import core
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

DATE_ENTITIES = STAY_DATE_SLOTS
YEAR_RX = re.compile(r"\b\d{4}\b")


def date_meaning(turn: Turn) -> bool:
    """Answered when a question asks what a date is and that date is one of the call's (or the person's)."""
    call_id = turn.get("call")
    if not call_id or turn.is_payload or not is_question(turn.text):
        return False
    named = _asked_dates(turn)
    if not named:
        return False
    status = status_of(str(call_id))
    deadlines = _personal(turn)
    for kind, day in _known_dates(status, deadlines):
        if any(_same(day, value, with_year) for value, with_year in named):
            turn.say("\n".join(_lines(turn, str(call_id), status, kind, day, deadlines)))
            turn.answered = True
            return True
    return False


def _asked_dates(turn: Turn) -> list[tuple[str, bool]]:
    """The dates inside the sentence that asks what a date means: (ISO value, whether a year was said)."""
    text, out = turn.text, []
    for ent in turn.entities:
        start, end = ent.get("start"), ent.get("end")
        if ent.get("entity") not in DATE_ENTITIES or not isinstance(start, int):
            continue
        end = int(end) if isinstance(end, int) else start
        left = max(text.rfind(sep, 0, start) for sep in ".;!\n") + 1
        rights = [i for i in (text.find(sep, end) for sep in ".;!?\n") if i >= 0]
        sentence = text[left:min(rights) + 1 if rights else len(text)]
        if has("date_meaning_question", sentence) and not has("what_if", sentence) \
                and not has("if_clause", sentence):
            out.append((str(ent.get("value"))[:10], bool(YEAR_RX.search(text[start:end]))))
    return out


def _same(day: str, value: str, with_year: bool) -> bool:
    # A "31 juli" said without a year is that day of the call's (the NLU gives it the next one's year).
    return day == value if with_year else day[5:10] == value[5:10]


def _personal(turn: Turn) -> dict[str, Any] | None:
    from actions.applyby import personal_deadlines

    return personal_deadlines(turn)


def _known_dates(status: dict[str, Any], deadlines: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The call's dates with what each one is, the call's own before the person's."""
    closes, last, until = status.get("closes"), status.get("mobility_to"), status.get("applications_until")
    dates: list[tuple[str, str]] = []
    if last:
        dates.append(("mobility_end", str(last)))
    if closes and closes != last:
        dates.append(("application_deadline", str(closes)))
    if until:
        dates.append(("applications_until", str(until)))
    if deadlines and deadlines.get("apply_by"):
        dates.append(("apply_by", str(deadlines["apply_by"])))
    return dates


def _source(call_id: str, kind: str, role: Any, lang: str) -> str:
    """The section of the call of the rule of that kind for the person's role (the first, role unknown)."""
    rules = [r for r in core().get_call(call_id).rules if r.kind == kind]
    mine = [r for r in rules if role and r.applies_to is not None and role in (r.applies_to.roles or [])]
    rule = (mine or rules or [None])[0]
    return i18n.source(call_id, rule.source, lang) if rule is not None else "-"


def _lines(turn: Turn, call_id: str, status: dict[str, Any], kind: str, day: str,
           deadlines: dict[str, Any] | None) -> list[str]:
    lang, role = turn.lang, turn.get("role")
    tense = "past" if status["status"] == "closed" else "now"
    name, date = call_name(call_id, lang), i18n.fmt_date(day, lang)
    months = status.get("apply_months_before")
    ahead = format_unit(int(months), "duration-month", length="long", locale=lang) if months else ""
    yours = deadlines and deadlines.get("apply_by") and deadlines["apply_by"] != day
    if kind == "mobility_end":
        lines = [t(lang, f"date_mobility_end_{tense}", date=date, call=name,
                   source=_source(call_id, "end_not_after", role, lang))]
        if status.get("applications_until") and months:
            lines.append(t(lang, f"date_not_application_{tense}", ahead=ahead,
                           until=i18n.fmt_date(status["applications_until"], lang)))
            if yours and deadlines:
                lines.append(t(lang, f"date_yours_{tense}", start=i18n.fmt_date(deadlines["start"], lang),
                               date=i18n.fmt_date(deadlines["apply_by"], lang)))
        return lines
    if kind == "application_deadline":
        return [t(lang, f"date_application_deadline_{tense}", date=date, call=name,
                  source=_source(call_id, "application_deadline", role, lang))]
    if kind == "applications_until":
        return [t(lang, f"date_applications_until_{tense}", date=date, ahead=ahead,
                  end=i18n.fmt_date(str(status["mobility_to"]), lang))]
    from actions.applyby import ahead as months_ahead

    before = months_ahead(deadlines or {}, lang)
    if not before or not deadlines:  # the call's own deadline is the person's date (said as that above)
        return [t(lang, f"date_application_deadline_{tense}", date=date, call=name,
                  source=_source(call_id, "application_deadline", role, lang))]
    return [t(lang, f"date_apply_by_{tense}", date=date, ahead=before,
              start=i18n.fmt_date(deadlines["start"], lang),
              source=_source(call_id, "apply_before_departure", role, lang))]
