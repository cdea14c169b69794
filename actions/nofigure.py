""""And the daily allowance for Czechia, roughly? Even a ballpark would help." after the answer, where the
call's own amount for that part is not published (ITM's Annex 1 and 2): said plainly that there is no figure,
not even a rough one, who has it, and the reference figure the call data labels for it, if any. Round 24 gave
the whole grant block three times, and the person wrote "you repeated everything but didn't answer".

Every word about the amount is the call data's: the component's label (where the amounts are and whom to
ask) and its note (a labelled reference figure, with its reference and confidence kept in the call file)."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.plangrant import plan_grant
from actions.profile import core
from actions.travelasked import names_travel
from actions.turn import Turn

logger = logging.getLogger(__name__)


def no_figure_question(turn: Turn) -> bool:
    call_id, text = turn.get("call"), turn.text
    if not call_id or not turn.get("last_decision") or not is_question(text) or names_travel(text):
        return False
    # ("doesn't the EU have standard rates for Portugal? my friend got 300 something": a figure asked for
    # anyway, round 33 got the same amount block again)
    # ("heb je zelfs geen ruwe schatting?" after the amount: an estimate of it, as in actions/grantq.py)
    rates = has("guide_rates_asked", text)
    money = rates or has("estimate_words", text) or has("amount_words", text) or has("how_much", text) \
        or turn.intent == "ask_grant"
    if not money or not (rates or has("rough_figure", text) or has("estimate_words", text)):
        return False  # ("how much per month?" gets the grant answer, which says what is known)
    grant = plan_grant(turn)
    if grant is None:  # an incomplete or invalid profile: the other answers are tried
        return False
    if grant.get("total_eur") is not None or grant.get("indicative_total_eur") is not None:
        return False  # a figure exists: the grant answers give it
    part = _unpublished(str(call_id), grant, turn.lang)
    if part is None:
        return False
    lang = turn.lang
    if (part.params or {}).get("reference_rates") and grant.get("reference_rate") is None:
        # (Geneva: the older table's groups never place Switzerland, round 58 gave the whole table anyway)
        return _not_placed(turn, grant)
    note = (part.params or {}).get("note")
    noted = isinstance(note, dict) and bool(note.get(lang) or note.get("en"))
    # With a labelled reference figure after it, "not even a rough one" would contradict it: none of the
    # call's own.
    lines = [t(lang, "no_figure_own" if noted else "no_figure", basis=grant["basis"])]
    if noted:
        once = _once(turn, f"ℹ {note.get(lang) or note['en']}")
        if once != t(lang, "no_figure_note_above"):
            # "For Spain, that older table gave group 2: 369 EUR a month" before every group's countries
            from actions.refsum import destination_line

            lines.append(destination_line(turn) or "")
        lines.append(once)
    travel = i18n.fmt_eur(grant["travel_eur"], lang) if grant.get("travel_eur") else None
    if travel and not any(travel in line for line in turn.said):
        # (not when this reply gave it already: "309 euro is only for the travel? and per day how much?")
        lines.append(t(lang, "no_figure_travel", amount=travel))
    turn.say("\n".join(line for line in lines if line))
    return True


def _not_placed(turn: Turn, grant: dict[str, Any]) -> bool:
    """No figure for the destination at all, the call's or a reference one, and whom to ask, in a line."""
    where = i18n.country(turn.get("destination"), turn.lang)
    turn.say(t(turn.lang, "no_figure_place", country=where, basis=grant["basis"]))
    return True


def rough_figure_asked(text: str, grant: dict[str, Any]) -> bool:
    """A sentence of the message asks a rough figure ("and per day how much, approximately?") of a grant with
    no figure of its own: this answer's question, not the amount block's."""
    import re

    if grant.get("total_eur") is not None or grant.get("indicative_total_eur") is not None:
        return False
    return any("?" in s and has("rough_figure", s) and not names_travel(s)
               for s in re.split(r"(?<=[.!?])\s+", text))


def _once(turn: Turn, line: str) -> str:
    """The reference note, or where it is when an earlier reply said it (round 33: the same long note again
    to "you're repeating yourself")."""
    from actions.phrases import informal
    from actions.shown import shown_lines

    shown = shown_lines(turn.tracker)
    if line in shown or informal(line, turn.lang) in shown:
        return t(turn.lang, "no_figure_note_above")
    return line


def _unpublished(call_id: str, grant: dict[str, Any], lang: str) -> Any:
    """The call's unpublished component that the grant's basis names (its label is the basis)."""
    try:
        components = core().get_call(call_id).grant.components
    except Exception as err:  # a call file problem: the grant answers instead
        logger.debug("no grant components: %s", type(err).__name__)
        return None
    for comp in components:
        label = comp.label
        words = (getattr(label, lang, None) or getattr(label, "en", None)) if label is not None else None
        if comp.kind == "unpublished" and words and words == grant.get("basis"):
            return comp
    return None
