""""Et si je prends l'avion finalement, je perds combien ?", "I'm flying, does that change the travel money?",
"als ik vlieg, hoeveel krijg ik dan?", "se prendo l'aereo cambia qualcosa?": the travel support by plane (the
standard band) beside the green one, from the rules core with green_travel False and True, and what green
travel adds besides the amount (the call data's notes). Whether it changes is measured against what the
person was told: the green amount for someone who said they go by train, the standard one otherwise. Round 25
answered "Yes: €417 with green travel instead of €309" to a person who flies, and "Yes: €417" to "how much do
I lose by plane?". actions/incontext.py asks it before the grant follow-ups and the green travel answer."""
from __future__ import annotations

import re

from actions import i18n
from actions.askabout import asking, grants_by_travel_mode, green_only_notes, is_question
from actions.eitheror import open_question
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.travelmode import named
from actions.turn import Turn

# What the travel part is called in the grant's breakdown before the band ("Travel support ...: 922 km ...").
BAND_SEP = ": "
# Slots a travel-mode case sets besides the mode itself (actions/asides.py say_what_if).
CASE_BOOKKEEPING = {"skipped", "last_decision", "duration"}


def flying_question(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    question = asking(text)
    # ("Je vais prendre l'avion, pas le train. Est-ce que ça change l'aide au voyage ?": the flight is said
    # before the sentence that asks about it)
    if not call_id or not is_question(text) or not named(text, "flying"):  # (not "instead of flying")
        return False
    if not (has("travel_question", question) or has("how_much", question) or has("matters_question", question)
            or has("loss_question", question)):
        return False  # "I'll fly on 4 May; when must I apply?": the flight is no part of the question
    grants = grants_by_travel_mode(turn)
    if grants is None:
        return False
    standard, green = grants
    plain, greener = standard.get("travel_eur"), green.get("travel_eur")
    if not plain or not greener:
        return False  # no travel part (students in Europe) or none known: the travel answers say why
    lang = turn.lang
    parts = standard.get("breakdown") or []
    labelled = next((str(p.get("label")) for p in parts if p.get("amount_eur") == plain), "")
    band = labelled.rsplit(BAND_SEP, 1)[-1]
    amounts = {"standard": i18n.fmt_eur(plain, lang), "green": i18n.fmt_eur(greener, lang),
               "amount": i18n.fmt_eur(plain, lang), "diff": i18n.fmt_eur(greener - plain, lang), "band": band}
    # The person's own way to travel before this message (a what-if sets the case's for this turn only).
    was_green = turn.tracker.get_slot("green_travel") is True
    extra = green_only_notes(standard, green)
    # "I plan to fly; would the train change the travel grant?": the question asks about the train, against
    # the flight said (round 27 answered "No: flying gets the standard 309 EUR").
    asked = re.split(r"[.;!]\s*", question.strip().rstrip(".;!"))[-1]  # the clause that asks
    asks_green = bool(PHRASES["fact_words"]["green_travel"].search(asked) or named(asked, "green_mode")) \
        and not named(asked, "flying")
    if greener == plain:
        line, changes = t(lang, "fly_same", **amounts), False
    elif asks_green and not was_green:
        line, changes = t(lang, "fly_green_more", **amounts), True
    elif was_green:
        line, changes = t(lang, "fly_less", **amounts), True
    else:
        line, changes = t(lang, "fly_standard", **amounts), False
    # "je perds combien ?" asks how much: the amounts are the answer; "does that change it?" gets yes or no.
    asks_amount = (open_question(question) or has("how_much", question)) \
        and not has("matters_question", question)
    lines = [line if asks_amount else t(lang, "answer_yes" if changes else "answer_no",
                                        answer=line[:1].lower() + line[1:])]
    if was_green:
        lines += [t(lang, "fly_loses", note=n[:1].lower() + n[1:]) for n in extra]
    else:
        lines += [f"ℹ {n}" for n in extra]
    turn.say("\n".join(lines))
    _case_answered(turn)
    return True


def _case_answered(turn: Turn) -> None:
    """"Et si je prends l'avion ?" set a case that differs from the plan only in the travel mode: the travel
    support, the one thing it changes, was just said; the answer that follows is the plan's ("for that case
    the answer would be the same"), not the whole amount block again for the case. The case stays kept for
    the "Keep this as my plan" button (actions/keepcase.py)."""
    if turn.what_if - CASE_BOOKKEEPING == {"green_travel"}:
        turn.set("green_travel", turn.tracker.get_slot("green_travel"))
