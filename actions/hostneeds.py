"""What the person's host must be, beside "No: an inter-institutional agreement is not needed for your plan"
(round 40: a staff member asking whether Charles University must be a partner of ITM heard whom the call asks
the agreement of, not what their own host must be). The call data's receiving-organisation topic, in its part
for the person's role only; a call without such a part adds nothing (the whole topic covers every case)."""
from __future__ import annotations

from actions import i18n
from actions.i18n import t

TOPIC = "receiving_org_types"
NAMES = ("interinstitutional_agreement",)


def host_lines(call_id: str, names: list[str], role: str | None, lang: str) -> list[str]:
    if not role or not any(n in NAMES for n in names):
        return []
    from actions.profile import core

    try:
        topic = core().get_call(call_id).topics.get(TOPIC)
    except Exception:  # a call file problem: the answer without it
        return []
    part = topic.for_role(role) if topic is not None else None
    if part is None or part is topic:
        return []
    source = i18n.source(call_id, part.source, lang)
    return [f"{t(lang, 'partner_host_rules')} {part.answer(lang)} ({t(lang, 'source')}: {source})"]
