""""But Turkey is in Erasmus, isn't it?", "la Turquie fait partie d'Erasmus, non ?", "Turkije doet toch mee
aan Erasmus?": whether the country takes part in Erasmus+ is what is asked, and is answered first (its set in
the call's country sets, with the source), then what it means for the person's plan: the rules core's failed
destination check, with its source. Round 55 answered "No: Türkiye is a country of your citizenship ..." and
then "Türkiye is one of the third countries associated to the programme", a "No" to a question whose answer
is yes. Called by actions/destinationq.py."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import asking, evaluate_with
from actions.i18n import t
from actions.phrases import has
from actions.setlabels import sets_text
from actions.turn import Turn

# The sets whose countries take part in Erasmus+ (IMT Lucca's 2015/2016 Programme Countries too).
MEMBER_STATUSES = ("eu_member", "associated", "programme_country")


def in_erasmus_lines(turn: Turn, call_id: str, code: str, status: dict[str, Any]) -> list[str] | None:
    """The answer to "is <country> in Erasmus?" when the person's plan may not go there; None when that is
    not what is asked, or when nothing refuses the place (the country's set and "you may go there" answer
    it the right way round already, actions/destinationq.py)."""
    if not status.get("labels") or not has("in_erasmus_question", asking(turn.text)):
        return None
    failed = _failed(turn, call_id, code)
    if not failed:
        return None
    lang = turn.lang

    def source(text: Any) -> str:
        return f"{t(lang, 'source')}: {i18n.source(call_id, text, lang)}"

    name, sets = i18n.country(code, lang), sets_text(status)
    details = status.get("set_details") or []
    member = next((d for d in details if d.get("status") in MEMBER_STATUSES), None)
    if member:
        why = str(failed.get("explanation") or "").rstrip(".")
        lead, _, rest = why.partition(": ")  # "Destination non éligible : Turquie est ...": its lead said
        if rest and len(lead.split()) <= 4:  # already by "not as your destination"
            why = rest
        return [t(lang, "in_erasmus_but", country=name, sets=sets, why=why,
                  source=source(failed.get("source")))]
    cited = source(details[0].get("source") if details else None)
    return [t(lang, "in_erasmus_third", country=name, sets=sets, source=cited),
            f"✗ {failed.get('explanation')} ({source(failed.get('source'))})"]


def _failed(turn: Turn, call_id: str, code: str) -> dict[str, Any] | None:
    """The plan's first failed destination check with this country; None when none failed or the plan cannot
    be evaluated for it (another call, no role, an incomplete profile)."""
    if str(turn.get("call") or "") != call_id or not turn.get("role"):
        return None
    try:
        decision = evaluate_with(turn, destination=code)
    except Exception:  # an incomplete or invalid profile: the answer of actions/destinationq.py
        return None
    failed = [c for c in decision.get("failed") or [] if str(c.get("kind", "")).startswith("destination")]
    return failed[0] if failed else None
