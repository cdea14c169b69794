"""What still holds for someone a priority of the call does not favour. The call's own words ("You may still
apply: the call is open to ITM staff members ...", rules_core priorities `otherwise`) only while applying is
possible: round 58 said "ℹ Puoi comunque candidarti: il bando è aperto ai membri del personale dell'ITM" to
"senza dottorato ho meno possibilità?" right after "non sei idonea" (Italy, her citizenship) under a call
that had ended. A plan another rule rules out is told that the priority alone would only rank it lower, with
that rule; under an ended call, that it would only have ranked it lower."""
from __future__ import annotations

import logging
from typing import Any

from actions.i18n import t
from actions.turn import Turn

logger = logging.getLogger(__name__)


def still_lines(turn: Turn, items: list[dict[str, Any]]) -> list[str]:
    """The "ℹ ..." lines under the priorities `items` that do not favour the person."""
    own = [f"ℹ {i['otherwise']}" for i in items if i.get("otherwise") and i.get("favoured") is False]
    if not own:
        return []
    from actions.calls import status_of
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)  # (an ended call's as if applied in time, as its verdict was)
    except Exception as err:  # an incomplete profile: what the priority means still holds
        logger.debug("no verdict under the priority: %s", err)
        decision = {}
    ended = status_of(str(turn.get("call"))).get("status") == "closed"
    failed = (decision.get("failed") or []) if decision.get("verdict") == "not_eligible" else []
    if ended:  # its rules on dates judged dates it never covered: the rules on the person and the plan
        from actions.samerules import date_free

        failed = date_free(str(turn.get("call")), failed)
    if failed:
        return [f"ℹ {t(turn.lang, 'priority_alone_ruled_out')}",
                *[f"✗ {str(f.get('explanation') or '').strip()}" for f in failed[:3]]]
    if ended:
        return [f"ℹ {t(turn.lang, 'priority_alone_ended')}"]
    return own

