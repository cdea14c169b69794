""""Can you show me everything you have on me?", "what do you know about me?", "qu'avez-vous noté sur moi ?",
"wat weet je over mij?", "cosa sa di me?": the facts the person told, each with its name as the "Noted:"
lines say it, one a line. Round 50 got "I can't find the answer to that in the call text" (the NLU read it as
`delete_my_data` or `help`). A date of the plan said again with it ("I didn't change my end date, it's still
13 march") is confirmed first: "Yes, the end date is still 13 March 2026"."""
from __future__ import annotations

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

DATES = STAY_DATE_SLOTS


def facts_held(turn: Turn, changed: str | None) -> bool:
    """Answered when the message asks what the assistant holds about the person."""
    if turn.is_payload or not has("facts_held_request", turn.text) or has("delete_words", turn.text):
        return False
    from actions.answer import call_title, show_value
    from actions.ownwords import city_words
    from actions.profile import PROFILE_SLOTS

    lang, words, role = turn.lang, city_words(turn), turn.get("role")
    lines = [changed] if changed else []
    lines += _still(turn)
    held = [n for n in PROFILE_SLOTS if turn.get(n) not in (None, [])]
    if held:
        lines.append(t(lang, "facts_held"))
        shown = {n: call_title(turn.get(n), lang) if n == "call" else show_value(n, turn.get(n), lang, words)
                 for n in held}
        lines += [f"• {i18n.field_told(lang, n, role)}: {value}" for n, value in shown.items()]
        if turn.get("receiving_org_name"):  # "vorrei essere sicura che risulti solo TU Delft" (round 57)
            lines.append(f"• {t(lang, 'host_name_field')}: {turn.get('receiving_org_name')}")
    else:
        lines.append(t(lang, "facts_held_none"))
    turn.say("\n".join(lines))
    turn.answered = True
    return True


def _still(turn: Turn) -> list[str]:
    """"Yes, the end date is still 13 March 2026" for a date of the plan the message names (day and month),
    unchanged this turn."""
    # (the whole message's dates: the answer may be focused on its question, after the date)
    said = turn.tracker.latest_message.get("entities") or []
    named = {str(e.get("value"))[5:10] for e in said if isinstance(e, dict) and e.get("entity") in DATES}
    return [t(turn.lang, f"still_{n}", date=i18n.fmt_date(turn.get(n), turn.lang)) for n in DATES
            if turn.get(n) and str(turn.get(n))[5:10] in named and turn.get(n) == turn.tracker.get_slot(n)]
