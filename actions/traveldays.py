""""Le train Anvers-Vienne c'est long, j'ai droit à des jours en plus pour le trajet ?", "extra days for the
journey?", "extra reisdagen?", "giorni di viaggio in più?": the call data's note on what green travel adds
besides the amount (the extra travel days, for staff), from the rules core's grant with and without green
travel; for a case with no such note, that the call does not say and who can tell. Round 25 got the amount
block with "a top-up not listed is not part of it", which reads as "no extra days". actions/incontext.py asks
it before the grant follow-ups."""
from __future__ import annotations

from actions.askabout import asking, grants_by_travel_mode, green_only_notes, is_question
from actions.calls import call_name
from actions.i18n import label, t
from actions.phrases import has
from actions.turn import Turn


def green_notes_of(turn: Turn) -> list[str] | None:
    """The grant notes green travel adds for this person; None when the profile gives no grant to compare."""
    grants = grants_by_travel_mode(turn)
    if grants is None or not any(grants):
        return None
    return green_only_notes(*grants)


def paid_days_question(turn: Turn) -> bool:
    """"How many days would be paid?", "would they pay 5 days or 7 with the travel days?" (round 40 got the
    2-60 days rule, then the travel-day note, never the person's numbers): the rules core's funded days of
    their own stay, then the call data's note on the travel days, then what the daily amounts rest on."""
    question = asking(turn.text)
    if not turn.get("call") or not is_question(turn.text) or not has("paid_days_question", question):
        return False
    from actions.askabout import evaluate_with

    try:
        grant = evaluate_with(turn).get("grant") or {}
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    notes = [n for n in grant.get("notes") or [] if has("travel_days_question", n)]
    if not grant.get("days"):
        return False  # no day count: the other answers
    lang = turn.lang
    # (no note on travel days for this person: the days alone, round 41 "... and how many days would be
    # paid?" got nothing after the amount)
    lines = [t(lang, "paid_days", days=grant["days"], note=notes[0][:1].lower() + notes[0][1:])] if notes \
        else [t(lang, "paid_days_only", days=grant["days"])]
    if grant.get("basis"):
        lines.append(f"ℹ {grant['basis']}")
    turn.say("\n".join(lines))
    return True


def travel_days_question(turn: Turn) -> bool:
    if paid_days_question(turn):
        return True
    text, call_id = turn.text, turn.get("call")
    question = asking(text)
    # ("Je demande si on a droit à des jours de voyage supplémentaires quand on prend le train." has no mark)
    if not call_id or not (is_question(text) or has("asking_whether", text)) \
            or not has("travel_days_question", question if "?" in question else text):
        return False
    notes = green_notes_of(turn)
    if notes is None:
        return False
    lang = turn.lang
    days = [n for n in notes if has("travel_days_question", n)]
    if not days:
        # The call data says nothing about travel days for this person: said so, with who can tell, never
        # a "No" the call does not give.
        from actions.verdict import contact_lines

        lines = [t(lang, "uncovered_not_in_call", call=call_name(str(call_id), lang),
                   topics=label(lang, "uncovered_names", "travel_days")),
                 *contact_lines(str(call_id), turn.get("role"), lang)]
        turn.say("\n".join(lines))
        return True
    note = days[0][:1].lower() + days[0][1:]
    # Flying (the person's own mode, or the case asked about): not for them; else "Yes" with its condition.
    key = "travel_days_flying" if turn.get("green_travel") is False else "answer_yes"
    turn.say(t(lang, key, answer=note, note=note))
    return True
