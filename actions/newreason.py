"""London, then "what about Swiss TPH in Basel then?": still not eligible, but for a reason the person was not
told (Switzerland's, not the United Kingdom's). Round 50 said only "Your answer stays the same: not
eligible." and the person had to ask "why not?". The failed checks of the facts before this message (the
answer told) are compared with those of the facts now: the explanations not told before are said under the
line that the answer stands (actions/stands.py)."""
from __future__ import annotations

import logging
from typing import Any

from actions.answer import failed_lines
from actions.turn import Turn

logger = logging.getLogger(__name__)


def new_reasons(turn: Turn, decision: dict[str, Any]) -> list[str]:
    """"✗ Switzerland is not an eligible destination: ... (source: ...)" for each failed check whose
    explanation the facts before this message did not give; [] unless the answer is, and was, not eligible."""
    if decision.get("verdict") != "not_eligible" or turn.what_if:
        return []
    from actions.profile import evaluate

    try:
        before = evaluate(turn.tracker, turn.lang)  # the slots before this message: the answer told
    except Exception as err:  # an incomplete or invalid profile before: nothing to compare with
        logger.debug("no earlier decision to compare: %s", type(err).__name__)
        return []
    if before.get("verdict") != "not_eligible" or before.get("call") != decision.get("call"):
        return []
    told = {f.get("explanation") for f in before.get("failed") or []}
    new = [f for f in decision.get("failed") or [] if f.get("explanation") not in told]
    return failed_lines({**decision, "failed": new}, turn.lang) if new else []
