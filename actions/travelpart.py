""""So roughly 395 then? Is that paid on top of travel or does it have to cover the flights too?", "c'est en
plus du voyage ?", "moet ik daar ook de vlucht van betalen?", "il volo è compreso?": what the amount the
person was given is for (the individual support, for the stay itself) and the travel part apart from it: its
amount, that there is none, or that it is not known for the destination and why, all from the rules core's
grant and the call data's notes. Round 32 got the travel note alone, which left the question unanswered."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import PHRASES, has, in_sentence
from actions.plangrant import plan_grant
from actions.sentences import SENTENCE_RX
from actions.turn import Turn


def covers_travel_question(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    if not call_id or not turn.get("last_decision") or not is_question(text):
        return False  # a follow-up: the person has had an answer with its amount
    whole = str(turn.tracker.latest_message.get("text") or text)
    if not _asks(text) and not (turn.focus is not None and _asks(whole)):
        return False
    grant = plan_grant(turn)
    if grant is None:  # an incomplete or invalid profile: the other answers are tried
        return False
    if not grant:
        return False
    if not _asks(text):
        # "so roughly 395 then?" beside the question in the same message: the answer to it says what the 395
        # is and how sure (round 32 added the whole amount block again under it); another question is not.
        from actions.grantq import _figures, amounts_said

        return bool(set(amounts_said(text)) & _figures(grant)) and not has("how_much", text)
    lang = turn.lang
    lines = [_stay_line(grant, lang), _travel_line(turn, grant)]
    from actions.contactonce import plain_answer_contact
    from actions.verdict import contact_lines

    lines += plain_answer_contact(turn.tracker, contact_lines(str(call_id), turn.get("role"), lang))
    turn.say("\n".join(line for line in lines if line))
    return True


def _asks(text: str) -> bool:
    """A sentence asks whether the amount is on top of travel or covers it; "how much is the travel on top?"
    asks the travel amount (actions/travelq.py)."""
    return any(has("covers_travel_question", s) and not has("how_much", s) for s in SENTENCE_RX.split(text))


def _stay_parts(grant: dict[str, Any]) -> list[dict[str, Any]]:
    """The parts of the amount that are not the travel support (the individual support for the stay)."""
    travel = grant.get("travel_eur")
    return [p for p in grant.get("breakdown") or [] if isinstance(p.get("amount_eur"), int | float)
            and not (travel and p.get("amount_eur") == travel)]


def _stay_line(grant: dict[str, Any], lang: str) -> str:
    parts = _stay_parts(grant)
    if not parts:
        return t(lang, "travel_apart_stay_unknown")
    amount = i18n.fmt_eur(sum(p["amount_eur"] for p in parts), lang)
    # "Individual support (indicative EU-wide daily rate): 5 days × 79 EUR": the rate, not the name again.
    said = "; ".join(str(p.get("label") or "").rsplit(": ", 1)[-1] for p in parts)
    key = "travel_apart_stay_guide" if grant.get("total_eur") is None else "travel_apart_stay"
    return t(lang, key, amount=amount, parts=said)


def _travel_line(turn: Turn, grant: dict[str, Any]) -> str:
    """The travel part: its amount and band, that there is none (the call data's why), or why it is not
    known (the call data's note, without its own "not known" opening)."""
    lang, travel = turn.lang, grant.get("travel_eur")
    notes = [n for n in grant.get("notes") or [] if has("travel_question", n)]
    if travel:
        label = next((str(p.get("label")) for p in grant.get("breakdown") or []
                      if p.get("amount_eur") == travel), "")
        return t(lang, "travel_apart_yes", amount=i18n.fmt_eur(travel, lang), band=label.rsplit(": ", 1)[-1])
    if travel == 0:
        why = " ".join(PHRASES["no_travel_lead"].sub("", n, count=1) for n in notes)
        return t(lang, "travel_apart_none", why=in_sentence(why or "-"))
    why = " ".join(PHRASES["unknown_travel_lead"].sub("", n, count=1) for n in notes)
    return t(lang, "travel_apart_unknown", why=why or grant.get("basis") or "-")
