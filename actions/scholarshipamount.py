"""Round 45. Whether another scholarship changes the amount: "ik heb trouwens geen studiebeurs, maakt dat iets
uit voor het bedrag?", "does having no scholarship change the amount?", "est-ce que ma bourse change le
montant ?", "la borsa cambia qualcosa per l'importo?". Round 44 answered the selection priority only, to a
question about the amount. The rules core's grant with and without a scholarship says it: the same amount and
notes (ITM: the call does not link them), or the same amount with what the call says of a scholarship and the
money (IMT Lucca: the PhD scholarship is increased by 50% abroad, the grant on top). The priorities that read
the scholarship follow, briefly."""
from __future__ import annotations

from typing import Any

from actions.askabout import asking, evaluate_with, is_question
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.polarity import reads_polarity
from actions.turn import Turn

FACT = "has_scholarship"


def asks_about_amount(turn: Turn) -> bool:
    """A question about the amount (its words or "how much") in a message that names a scholarship, asking
    whether it changes, matters or depends on it."""
    question = asking(turn.text)
    named = PHRASES["fact_words"][FACT].search(turn.text) or has("own_funding", turn.text)
    amount = has("amount_words", question) or has("amount_asked", question)
    # ("does my scholarship reduce the Erasmus grant?", "would it lower the amount I get?": round 46)
    lowered = has("lowers_amount_question", question)
    return bool(named) and (lowered or amount and (has("matters_question", question)
                                                   or has("depends_question", question)
                                                   or has("amount_change_question", question)))


@reads_polarity
def scholarship_amount(turn: Turn) -> bool:
    """"No: the call does not make the amount depend on it" (or what it says of a scholarship and the money),
    then the priorities that read the scholarship; whether it answered."""
    if not turn.get("call") or not is_question(turn.text) or not asks_about_amount(turn):
        return False
    compared = with_and_without(turn)
    if compared is None:
        return False
    held, none, notes = compared
    if _amounts(held) != _amounts(none):
        return False  # the amount itself changes: the grant answers say both (no call here does that)
    lang = turn.lang
    lines = [t(lang, "scholarship_amount_notes", notes=" ".join(notes)) if notes
             else t(lang, "scholarship_amount_same")]
    from actions.priorityq import priority_lines

    priorities = priority_lines(turn, {FACT})
    if priorities:
        lines += [t(lang, "scholarship_amount_priority"), *priorities]
        turn.priorities_said = True
    turn.say("\n".join(lines))
    return True


def with_and_without(turn: Turn) -> tuple[dict[str, Any], dict[str, Any], list[str]] | None:
    """The rules core's grant for this plan with a scholarship and without one, and the notes only a holder
    gets (what the call says of a scholarship and the money); None when the plan cannot be evaluated."""
    try:
        held = evaluate_with(turn, **{FACT: True}).get("grant") or {}
        none = evaluate_with(turn, **{FACT: False}).get("grant") or {}
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return None
    return held, none, [n for n in held.get("notes") or [] if n not in (none.get("notes") or [])]


def _amounts(grant: dict[str, Any]) -> list[Any]:
    return [grant.get("total_eur"), grant.get("indicative_total_eur"), grant.get("travel_eur"),
            sorted(str(p.get("amount_eur")) for p in grant.get("breakdown") or [])]
