"""A what-if or as-if case that a fact the person can give still decides (round 39: on the ended ITM call,
"what if I had done this last year ... and applied in time?" got the call's general notes and "so I would've
been eligible? and how much would I have gotten" an amount block, with "it depends on nationality" only
after it): "I can't tell yet: it depends on nationality", then the question for it, instead of the amount or
the date to apply by. The amount and the date come with the answer once the fact is given; a fact the
person skipped ("I don't know") leaves the answer as before. Used by actions/flow.py."""
from __future__ import annotations

from typing import Any

from actions.phrases import has
from actions.profile import PROFILE_SLOTS, skipped
from actions.turn import Turn

# The questions that ask whether the case works ("so I would've been eligible?", "what if I had ...?");
# "how much would I have got?" alone asks the amount, which is given as before.
CASE_QUESTIONS = ("verdict_question", "case_verdict_question", "would_have_applied", "what_if")


def case_fact_first(turn: Turn, decision: dict[str, Any], closed: bool, unknown: list[str]) -> list[str]:
    """The facts to ask before answering a case whose verdict they decide; [] when none or no case."""
    in_case = bool(turn.what_if) or turn.as_if_in_time or bool(turn.get("hypothetical")) and closed
    if not in_case or decision.get("verdict") != "incomplete" or decision.get("failed"):
        return []
    if "call" in turn.what_if:
        return []  # "And for ITM Antwerp?" after Lucca's deadline asks the other call's dates, not a case
    if turn.get("goal") not in ("grant", "deadline") or turn.is_payload:
        return []  # an eligibility question asks its facts already (actions/flow.py)
    # A case said in this message ("en als ik het vorig jaar had gedaan, ...?"), or asked about
    new_case = "what_if_case" in turn.changes \
        and turn.changes["what_if_case"] != turn.tracker.get_slot("what_if_case")
    asks_case = any(has(words, turn.text) for words in CASE_QUESTIONS)
    if not asks_case and (not new_case or has("how_much", turn.text)):
        return []  # (the case's dates named with "how much would it have been?": the amount, round 60)
    missing = set(decision.get("missing") or []) - set(unknown) - set(skipped(turn.view))
    return [name for name in PROFILE_SLOTS if name in missing]
