"""Lines of an answer built from the rules core's decision: grant, deadlines, failed rules, fact values, the
call's title (actions/verdict.py puts them together)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from actions import i18n
from actions.calls import call_name
from actions.daycount import grant_day_line
from actions.i18n import t
from actions.profile import today

# The rule kinds that are about the calendar of applying (the rules core says which kind each failure is).
DEADLINE_KINDS = frozenset(("application_deadline", "apply_before_departure", "end_not_after"))


def is_deadline_check(check: dict[str, Any]) -> bool:
    """A failed or passed check about the calendar of applying (by its rule kind, from the rules core)."""
    return check.get("kind") in DEADLINE_KINDS


def grant_lines(decision: dict[str, Any], lang: str) -> list[str]:
    grant = decision.get("grant") or {}
    total = grant.get("total_eur")
    if total is None:
        return _unknown_total_lines(grant, lang)
    lines = [t(lang, "grant_total", amount=i18n.fmt_eur(total, lang), days=grant.get("days") or "?")]
    lines += _parts_and_notes(grant, lang)
    if grant.get("confidence") not in (None, "high") or grant.get("indicative"):
        lines.append(t(lang, "grant_indicative"))
    return lines


def _unknown_total_lines(grant: dict[str, Any], lang: str) -> list[str]:
    """The call's own amounts are not known: say so first, with who knows; a figure from EU-wide guide rates
    comes after, marked as orientation only (people remembered it as the call's amount when it came first)."""
    basis = grant.get("basis")
    travel = [p for p in grant.get("breakdown") or [] if p.get("amount_eur") == grant.get("travel_eur")]
    if grant.get("travel_eur") and travel:
        # The travel part is known even when the individual support is not: say it, then what is not.
        lines = [t(lang, "grant_travel_only", label=travel[0].get("label"),
                   amount=i18n.fmt_eur(grant["travel_eur"], lang)),
                 t(lang, "grant_rest_unknown", basis=basis or "-")]
    elif basis or grant:
        lines = [t(lang, "grant_unknown", basis=basis or "-")]
    else:
        return []
    guide = grant.get("indicative_total_eur")
    if guide is not None:
        days = grant.get("days") or "?"
        # The travel part was just said on the first line: the guide total names it rather than listing it
        # again (people read the same €1,188 twice in one answer).
        key = "grant_orientation_plus" if lines and travel else "grant_orientation"
        lines.append(t(lang, key, amount=i18n.fmt_eur(guide, lang), days=days))
        lines += _parts_and_notes(grant, lang, skip=travel[:1] if key == "grant_orientation_plus" else [])
    else:
        # No figure at all, but what the call's data adds to it still holds (round 26: the EU traineeship
        # top-up of an MSc traineeship in Amsterdam was never said, then denied).
        lines += [f"  ({note})" for note in grant.get("notes") or []]
    return lines


def _parts_and_notes(grant: dict[str, Any], lang: str, skip: list[dict[str, Any]] | None = None) -> list[str]:
    """The parts of an amount said with its days (but those in `skip`, said already), then why those days
    are not the calendar's (when they are not: "why 59 days? March to April is 60"), then the notes."""
    lines = [f"  - {part.get('label')}: {i18n.fmt_eur(part.get('amount_eur'), lang)}"
             for part in grant.get("breakdown") or [] if part not in (skip or [])]
    return lines + grant_day_line(grant, lang) + [f"  ({note})" for note in grant.get("notes") or []]


def deadline_lines(decision: dict[str, Any], lang: str, start: str | None = None) -> list[str]:
    d = decision.get("deadlines") or {}
    lines = []
    # A plan refused for ending too late: the date to apply by holds for dates that end in time, not for it
    # (round 60 said "Apply by 1 April 2026" under "not eligible" for 1 June-31 August).
    failed = decision.get("failed") or []
    late = d.get("mobility_end_by") and any(f.get("kind") == "end_not_after" for f in failed)
    if d.get("apply_by") and start and late:
        lines.append(t(lang, "deadline_apply_by_if_end", date=i18n.fmt_date(d["apply_by"], lang),
                       start=i18n.fmt_date(start, lang), end_by=i18n.fmt_date(d["mobility_end_by"], lang)))
        return lines + soon_lines(d["apply_by"], d.get("application_deadline"), lang)
    if d.get("apply_by") and start:
        lines.append(t(lang, "deadline_apply_by_for", date=i18n.fmt_date(d["apply_by"], lang),
                       start=i18n.fmt_date(start, lang)))
    elif d.get("apply_by"):
        lines.append(t(lang, "deadline_apply_by", date=i18n.fmt_date(d["apply_by"], lang)))
    if d.get("apply_by"):
        lines += soon_lines(d["apply_by"], d.get("application_deadline"), lang)
    elif d.get("application_deadline"):
        lines.append(t(lang, "deadline_application", date=i18n.fmt_date(d["application_deadline"], lang)))
    if d.get("mobility_end_by"):
        lines.append(t(lang, "deadline_end_by", date=i18n.fmt_date(d["mobility_end_by"], lang)))
    return lines


# Within this many days an apply-by date gets a "that is in N days" line: people missed how close it was.
SOON_DAYS = 21


def soon_lines(apply_by: str, deadline: str | None, lang: str) -> list[str]:
    left = (dt.date.fromisoformat(apply_by) - today()).days
    if left < 0:
        # Too late for this departure while the call is still open: said with the date, even when only the
        # date was asked (an ended call says it is closed instead).
        still_open = deadline is None or deadline >= today().isoformat()
        return [t(lang, "deadline_passed")] if still_open else []
    if left == 0:
        return [t(lang, "deadline_today")]
    return [t(lang, "deadline_soon", when=i18n.fmt_days_ahead(left, lang))] if left <= SOON_DAYS else []


def failed_lines(decision: dict[str, Any], lang: str) -> list[str]:
    failed = decision.get("failed") or []
    call_id = decision.get("call")
    return [f"✗ {f.get('explanation')} ({t(lang, 'source')}: {i18n.source(call_id, f.get('source'), lang)})"
            for f in failed]


def only_deadlines_failed(decision: dict[str, Any]) -> bool:
    failed = decision.get("failed") or []
    return bool(failed) and all(is_deadline_check(f) for f in failed)


def show_value(field: str, value: Any, lang: str, city_words: dict[str, str] | None = None) -> str:
    """A fact as replies show it; a city in the person's own spelling when `city_words` has it."""
    if value is None or value == []:
        return "—"
    if field in ("destination", "country_of_origin"):
        return i18n.country(value, lang)
    if field == "citizenship":
        return ", ".join(i18n.country(v, lang) for v in value)
    if field in ("start_date", "end_date", "graduation_date"):
        return i18n.fmt_date(value, lang)
    if field == "destination_city":
        return i18n.city(value, lang, words=city_words)
    if field in ("role", "activity", "receiving_org"):
        group = {"role": "roles", "activity": "activities", "receiving_org": "orgs"}[field]
        return i18n.label(lang, group, value)
    if isinstance(value, bool):
        return t(lang, "button_yes" if value else "button_no")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # "4 months", not "4.0"
    return str(value)


def call_title(call_id: str | None, lang: str) -> str:
    return call_name(call_id, lang) if call_id else "?"
