"""An amount asked about an ended call once its end was told ("what would a one-week training in Berlin have
got under the last call?", "so that band would apply? is the 309 per direction or for the return trip?"):
what the rules core computes for the person's case as that call's amounts (the travel band from the
destination city, what is not published and whom to ask), and whom to ask about the next call. Round 34 got
"only the office can tell you that", then the closed-call block again, with the band given in between."""
from __future__ import annotations

from actions.calls import call_name
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

# Money or the travel band named: "what would X have got", "that band", "per direction or the return trip".
_AMOUNT_KEYS = ("how_much", "amount_words", "grant_money", "would_have_got", "amount_would_have",
                "band_asked", "per_direction_asked")


def asks_amount(turn: Turn) -> bool:
    return turn.intent == "ask_grant" or any(has(k, turn.text) for k in _AMOUNT_KEYS)


def ended_amount_lines(turn: Turn, call_id: str) -> list[str]:
    """The case's amounts under the ended call, judged for days inside its period (the same days a year or
    more earlier, or the length said from the month's first day: the travel band, what is not published and
    the EU-wide guide figure do not depend on the day), then whom to ask about the next call; [] when the
    rules core gives no grant for the facts (the call's amount rules are said instead). The kind of mobility
    the length leaves is taken (round 45: a PhD student's 12 days got "no amount" without the guide figure
    the same facts got once the kind was known); asked again, the amount in a line (actions/shortamount.py),
    not the same block."""
    from actions.answer import grant_lines
    from actions.askabout import evaluate_with
    from actions.calls import status_of
    from actions.later import shifted
    from actions.lengthfit import activity_by_length, own_dates
    from actions.shortamount import _shown, brief_lines
    from actions.verdict import contact_lines

    status, lang = status_of(call_id), turn.lang
    last, first = str(status["mobility_to"]), status.get("mobility_from")
    own = own_dates(turn) or {}
    start = own.get("start_date") or (f"{turn.get('start_month')}-01" if turn.get("start_month") else None)
    moved = shifted(str(start), own.get("end_date"), first, last) if start else None
    dates = {"start_date": moved[0] if moved else str(first or last), "end_date": moved[1] if moved else None}
    taken = activity_by_length(turn, dates) if moved and moved[1] else None
    try:
        decision = evaluate_with(turn, hypothetical=True, **dates)
    except Exception:  # an incomplete or invalid profile: the call's amount rules answer instead
        return []
    body = grant_lines(decision, lang)
    if not body:
        return []
    if _shown(turn, body[0]) and not has("per_direction_asked", turn.text):
        return [*filter(None, [taken]), *brief_lines(decision, lang)]  # asked again: the figure in a line
    travel = (decision.get("grant") or {}).get("travel_eur")
    lines = [*filter(None, [taken]), t(lang, "ended_amounts_header", call=call_name(call_id, lang)), *body]
    if travel and has("per_direction_asked", turn.text):
        lines.insert(len(lines) - len(body), t(lang, "ended_round_trip"))  # the amount is for the round trip
    lines += [t(lang, "ended_amounts_next"), *contact_lines(call_id, turn.get("role"), lang)]
    return lines
