"""A special accreditation asked of a traineeship host ("ok and msf amsterdam is fine as host? it doesnt need
some special accreditation?").

Round 60 (r60-d3): it got the contact block and the e-mail summary again, then "Yes: Your receiving
organisation (NGO or non-profit) may host this traineeship.", the accreditation left out. Now the person's own
check of the host (the rules core's) comes first, then the call's `traineeship_host_accreditation` topic: the
ECHE is asked of universities receiving students for studies, a traineeship host needs none."""
from __future__ import annotations

from actions import i18n
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

TOPIC = "traineeship_host_accreditation"


def host_accreditation(turn: Turn, changed: str | None) -> bool:
    call_id = turn.get("call")
    org = turn.get("receiving_org")
    if changed or not call_id or turn.is_payload or turn.get("activity") != "traineeship" \
            or not org or org == "hei" or not is_question(turn.text) \
            or not has("accreditation_question", turn.text):
        return False
    from actions.flow import evaluate
    from actions.profile import core

    topic = core().get_call(str(call_id)).topics.get(TOPIC)
    role = turn.get("role")
    if topic is None or (role and topic.audience and role not in topic.audience):
        return False
    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    ids = {r.id for r in core().get_call(str(call_id)).rules if "receiving_org" in (r.fields or [])}
    mine = [p for p in decision.get("passed") or [] if p.get("rule") in ids]
    if not mine or any(f.get("rule") in ids for f in decision.get("failed") or []):
        return False
    lang = turn.lang
    own = str(mine[0].get("explanation") or "")
    sources = list(dict.fromkeys(str(s) for s in (mine[0].get("source"), topic.source) if s))
    source = i18n.source(str(call_id), "; ".join(sources), lang)
    lines = [changed, t(lang, "answer_yes", answer=own[:1].lower() + own[1:]),
             f"{topic.for_role(role).answer(lang)} ({t(lang, 'source')}: {source})"]
    turn.say("\n".join(x for x in lines if x))
    return True
