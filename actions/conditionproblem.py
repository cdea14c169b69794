""""Sull'accordo interistituzionale tra IMT e Salamanca: non lo so se esiste. È un problema?": a condition of
the answer that the call wants settled before the mobility (the rules core's `before_mobility`: Lucca's
"prior inter-institutional agreements") is no obstacle to applying. Round 48 answered a bare "Sì: Prima della
mobilità deve essere firmato un accordo ...", which read as "yes, that is a problem". Now: not for applying,
what the call says of when it is due (with its section), and who can say whether it is in place."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.polarity import problem_asked
from actions.turn import Turn


def problem_for_applying(turn: Turn, found: dict[str, Any], asking: str) -> bool:
    """Whether "is that a problem?" of the condition `found` (a decision's condition) was answered: only for
    a condition due before the mobility, not with the application (the advisor's authorisation is in the
    application form, so it is needed for applying)."""
    due = found.get("before_mobility")
    if not due or found.get("with_application") or not problem_asked(asking):
        return False
    from actions.conditions import settled_by

    call_id, lang = str(turn.get("call")), turn.lang
    turn.say(t(lang, "condition_problem_before_mobility", text=due.get("text"),
               source=i18n.source(call_id, due.get("source"), lang),
               who=settled_by(turn, found.get("settled_by"))))
    return True
