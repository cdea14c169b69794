"""An ended call's role check said in the past conditional (round 52, an Italian ITM staff member on
4 December 2026): the closed call's first reply ended "Candidandoti in tempo, era possibile secondo le regole
del bando: ✓ Come membro del personale, puoi candidarti a questo bando." although the call had ended, a
present "you may apply" that reads as a yes. Of an ended call the rules core's sentence ("As a {role}, you
may apply to this call.", rules_core/messages) becomes "As a {role}, you could have applied to this call."
(closed_role_held), the role as the rules core named it."""
from __future__ import annotations

import functools
import re
from typing import Any

from actions.i18n import t


@functools.lru_cache(maxsize=8)
def _present_rx(lang: str) -> re.Pattern[str] | None:
    from rules_core.messages import catalogue

    sentence = (((catalogue(lang).get("kinds") or {}).get("role_allowed") or {}).get("ok")) or ""
    if "{role}" not in sentence:
        return None
    before, after = (re.escape(part) for part in sentence.split("{role}", 1))
    return re.compile(f"^{before}(?P<role>.+?){after}$")


def past_role(check: dict[str, Any], lang: str) -> str:
    """The check's sentence; the role check's "you may apply" as "you could have applied"."""
    text = str(check.get("explanation"))
    present = _present_rx(lang) if check.get("kind") == "role_allowed" else None
    found = present.match(text) if present else None
    return t(lang, "closed_role_held", role=found.group("role")) if found else text
