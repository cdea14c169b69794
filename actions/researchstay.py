"""A research period said by a PhD student ("I'd like to spend a research period at the Universidad
Complutense de Madrid", "un séjour de recherche", "een onderzoeksverblijf", "un periodo di ricerca"): a study
period where the call offers a PhD student study and traineeship only (IMT Lucca's "study, research,
traineeship period"), read from the call's rules; where it also offers a short-term doctoral mobility (ITM)
the kind is asked, as before. Round 62 (r62-r3) had no kind of mobility from the first message."""
from __future__ import annotations

from actions.phrases import has

# The kinds of mobility a research stay could also be, besides a study period: then it is asked.
OTHER_RESEARCH_KINDS = frozenset({"short_term_doctoral"})


def research_stay(call_id: str | None, role: str | None, activity: str | None, text: str) -> str | None:
    """"study" when the message names a research period, no kind of mobility is known, and the call's rules
    let the PhD student do a study period and no other research stay; else None."""
    if activity or role != "phd_student" or not has("cycle_research_stay", text):
        return None
    from actions.eligibility import activities_for

    admitted = set(activities_for(call_id, role))
    return "study" if "study" in admitted and not admitted & OTHER_RESEARCH_KINDS else None
