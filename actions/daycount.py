"""How the days of a stay are counted: Erasmus+ counts every month as 30 days (a year as 360), so 2 March to
30 April is 59 funded days for 60 on the calendar and 1-28 February is a whole month of 30. People asked
"why 59 days? March to April is 60 days" and got "I can't find that": the one line said with the grant
(`grant_day_line`), and the answer to the question with their own dates, month by month, and the source
(`day_count_answer`). Every count and the source are the rules core's (`grant.days`, `grant.calendar_days`,
`grant.day_count`, and month by month `days360_by_month`)."""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from actions import i18n
from actions.i18n import t
from actions.phrases import PHRASES, QUESTION_RX, has
from rules_core.messages import day_number

if TYPE_CHECKING:  # actions.facts reads this module's drop_reckoning, and actions.turn imports facts
    from rasa_sdk import Tracker

    from actions.turn import Turn

# More months than this whose counts differ are summed up in one line, not listed (a 12-month stay has 8).
MAX_MONTH_LINES = 4
# A count checked back this close to the stay's own ("14 days, right?" of 15) is the person's count of it.
OFF_BY = 1
# Italian elides "dal"/"al" before 8 and 11 ("dall'8 marzo all'11 aprile").
_IT_ELISION = re.compile(r"\b(da|a)l (8|11)\b")


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def period(start: dt.date, end: dt.date, lang: str) -> str:
    """"2 March to 30 April 2026", "du 1 au 28 février 2026", "1 december 2025 tot en met 31 januari 2026":
    the year said once, the month once when both ends share it."""
    pattern = "d" if (start.year, start.month) == (end.year, end.month) else \
        "d MMMM" if start.year == end.year else "d MMMM y"
    text = t(lang, "day_count_period", start=i18n.format_day(start, pattern, lang),
             end=i18n.format_day(end, "d MMMM y", lang))
    return _IT_ELISION.sub(r"\1ll'\2", text) if lang == "it" else text


def _count(days: int, lang: str) -> str:
    """"59 days"; a whole number of months is said as such: "one month, counted as 30 days"."""
    months, rest = divmod(days, 30)
    if rest or not months:
        return t(lang, "day_count_days", days=days)
    return t(lang, "day_count_month" if months == 1 else "day_count_months", months=months, days=days)


def _stay(grant: dict[str, Any]) -> tuple[dt.date, dt.date, int, int] | None:
    """The stay's dates, funded days and calendar days, when the rules core counted them."""
    count = grant.get("day_count") or {}
    days, calendar = grant.get("days"), grant.get("calendar_days")
    if not (count.get("start") and count.get("end") and isinstance(days, int) and isinstance(calendar, int)):
        return None
    return _day(count["start"]), _day(count["end"]), days, calendar


def count_sentence(grant: dict[str, Any], lang: str) -> str | None:
    """"Erasmus+ counts every month as 30 days: 2 March to 30 April 2026 is 59 days (60 calendar days)."
    (or "..., the same as on the calendar" when both counts agree)."""
    stay = _stay(grant)
    if stay is None:
        return None
    start, end, days, calendar = stay
    most = _physical(grant)
    if most is not None:
        # Calendar days up to the last tier: "one month, counted as 30 days" said of 2 February-6 March
        # (33 days, 30 paid) was wrong (round 19).
        key = "day_count_physical_capped" if calendar > days else "day_count_physical"
        return t(lang, key, max=most, period=period(start, end, lang), calendar=calendar, days=days)
    key = "day_count_line" if days != calendar else "day_count_same"
    return t(lang, key, period=period(start, end, lang), count=_count(days, lang), calendar=calendar)


def grant_day_line(grant: dict[str, Any], lang: str) -> list[str]:
    """The one line said with a grant when the funded days are not the calendar days; none when they agree."""
    stay = _stay(grant)
    if stay is None or stay[2] == stay[3]:
        return []
    return [f"  {count_sentence(grant, lang)}"]


def _physical(grant: dict[str, Any]) -> int | None:
    """The most days a daily rate pays, when the grant's days are calendar days (short-term rates)."""
    count = grant.get("day_count") or {}
    return count.get("max_days") if count.get("method") == "physical_days" else None


def _month_lines(grant: dict[str, Any], lang: str) -> list[str]:
    """The months whose counted days differ from the calendar, each with why (a 31st, the end of February);
    the rules core counts them (days360_by_month), only for this question."""
    from actions.profile import core

    stay = _stay(grant)
    if stay is None:
        return []
    differ = [m for m in core().days360_by_month(stay[0], stay[1]) if m["days"] != m["calendar_days"]]
    if len(differ) > MAX_MONTH_LINES:
        names = [i18n.fmt_month(m["start"], lang) for m in differ]
        return [t(lang, "day_count_many_months", months=", ".join(names))]
    lines = []
    for piece in differ:
        first, last = _day(piece["start"]), _day(piece["end"])
        whole = first.day == 1 and (last + dt.timedelta(days=1)).month != last.month
        month = i18n.fmt_month(first, lang)
        name = month if whole else f"{day_number(first.day, lang)}–{last.day} {month}"
        key = "day_count_february" if piece["days"] > piece["calendar_days"] else "day_count_31st"
        lines.append(t(lang, key, month=name, calendar=piece["calendar_days"], days=piece["days"]))
    return lines


def _source(decision: dict[str, Any], lang: str) -> str | None:
    count = (decision.get("grant") or {}).get("day_count") or {}
    cited = count.get("source") or count.get("reference")
    if not cited:
        return None
    return f"({t(lang, 'source')}: {i18n.source(decision.get('call'), cited, lang)})"


def _asked_numbers(text: str) -> set[int]:
    return {int(n) for n in PHRASES["day_number"].findall(text)}


def _expected_numbers(text: str) -> set[int]:
    """The numbers of days the person checks back ("isn't it 60 days?", "cela fait bien 14 jours, non ?")."""
    found = PHRASES["day_count_expected"].finditer(text)
    return {n for checked in found for n in _asked_numbers(checked.group(0))}


def _yes_no(text: str, days: int, calendar: int) -> str | None:
    """Yes or no first for a yes/no question: "isn't it 60 days?" (the calendar count: no; the funded count:
    yes), "do you count every month as 30 days?" (yes), "do you count calendar days?" (no)."""
    if has("day_count_expected", text):
        # Only the count checked back ("cela fait bien 14 jours, non ?"), not one quoted before it ("Pourquoi
        # 15 jours financés ... ?" got "Oui" to 14, round 56): another count than the stay's is a No.
        said = _expected_numbers(text) - ({30} if has("day_count_thirty", text) else set())
        if not said:
            return None
        if days != calendar and calendar in said:
            return "no"
        return "yes" if days in said else "no"
    if not has("yes_no_question", text.strip()):
        return None
    if has("day_count_calendar", text) and days != calendar:
        return "no"
    return "yes" if has("day_count_thirty", text) else None


def _asks(turn: Turn, grant: dict[str, Any]) -> bool:
    """A question about how the days are counted; with a number ("why 59 days?"), only a number that is one
    of the person's own counts ("why apply 60 days before?" is about something else)."""
    text = turn.text
    stay = _stay(grant)
    if stay is None:
        return False
    if has("day_count_expected", text) and _asked_numbers(text) & {stay[2], stay[3]}:
        return True
    if has("day_count_expected", text) and not has("day_count_not", text) \
            and any(abs(n - c) <= OFF_BY for n in _expected_numbers(text) for c in stay[2:]):
        return True  # "du 10 au 24 mai, cela fait bien 14 jours, non ?" of a 15-day stay: a count checked
    if _both_counts(text, stay[2], stay[3]):
        return True  # "d'abord 88 jours, puis 89 jours. Quelle est la bonne durée ?" (round 49)
    if not has("day_count_question", text) or has("day_count_not", text):
        return False
    said = _asked_numbers(text) - ({30} if has("day_count_thirty", text) else set())  # "30 days a month"
    return not said or bool(said & {stay[2], stay[3]})


def _about_days(text: str) -> bool:
    return has("day_count_question", text) or has("day_count_expected", text) \
        or has("day_count_which", text) and len(_asked_numbers(text)) > 1


def _both_counts(text: str, days: int, calendar: int) -> bool:
    """Which of two counts named is right, both the stay's own ("88 jours, puis 89 jours")."""
    return days != calendar and has("day_count_which", text) and {days, calendar} <= _asked_numbers(text)


def drop_reckoning(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"Why 59 days? March to April is 60 days": in a question about the day count, the stay's own counts
    and months within the stay already known are the person's reckoning of it, not new facts (the start had
    moved from 2 to 1 March, "da marzo ad aprile" to 1 April). A date with its day, another month or another
    length ("... if I stay 3 months?") is kept."""
    start, end = tracker.get_slot("start_date"), tracker.get_slot("end_date")
    if not (isinstance(start, str) and isinstance(end, str)) or not _about_days(text):
        return entities
    from rules_core.dates import calendar_days, days360

    first, last = _day(start), _day(end)
    counts = {f"P{days360(first, last)}D", f"P{calendar_days(first, last)}D"}

    def reckoning(ent: dict[str, Any]) -> bool:
        if ent.get("entity") == "duration":
            return ent.get("value") in counts
        return ent.get("entity") in ("start_date", "end_date") and bool(ent.get("month_only")) \
            and start[:7] <= str(ent.get("value"))[:7] <= end[:7]

    return [e for e in entities if not reckoning(e)]


def _asked_about(turn: Turn) -> dict[str, Any] | None:
    """The decision, when the message asks how the person's days are counted after an answer; else None."""
    if not turn.get("call") or not turn.get("last_decision"):
        return None
    text = turn.text
    if "?" not in text and not QUESTION_RX.search(text.strip()):
        return None
    if not _about_days(text):
        return None  # most messages: no rules core call
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return None
    return decision if _asks(turn, decision.get("grant") or {}) else None


def asks_day_count(turn: Turn) -> bool:
    """Whether day_count_answer answers this message (the NLU may read "why 59 days?" as a bare "why?",
    whose answer is every check again: actions/dialogue.py asks this first)."""
    return _asked_about(turn) is not None


def day_count_answer(turn: Turn) -> bool:
    """After an answer: "why 59 days?", "how do you count the days?" -> how the person's stay is counted,
    yes or no first where asked so, with the source; False when the message asks something else."""
    decision = _asked_about(turn)
    if decision is None:
        return False
    grant = decision.get("grant") or {}
    _, _, days, calendar = _stay(grant) or (None, None, 0, 0)
    text, lang = turn.text, turn.lang
    sentence = str(count_sentence(grant, lang))
    answer = _yes_no(text, days, calendar)
    if answer == "no" and days != calendar and (_expected_numbers(text) or _asked_numbers(text)) & {calendar}:
        lines = [t(lang, "day_count_no", days=days, said=calendar), sentence]
    elif answer:
        lines = [t(lang, f"answer_{answer}", answer=sentence)]
    else:
        lines = [sentence]
    if days > 30 and days % 30 == 1 and _physical(grant) is None:
        # "15 February to 15 May is exactly three months in my count": both ends count, so it is one day over;
        # the day before the end would be the whole months (round 22).
        start, end = _stay(grant)[:2]
        lines.append(t(lang, "day_count_one_over", months=days // 30, days=days - 1,
                       end=i18n.fmt_date(end - dt.timedelta(days=1), lang)))
    source = _source(decision, lang)
    if _physical(grant) is not None:  # calendar days: no month counts differently
        lines += [source] if source else []
    else:
        lines += _month_lines(grant, lang)
        lines.append(t(lang, "day_count_rule") + (f" {source}" if source else ""))
    turn.say("\n".join(lines))
    return True
