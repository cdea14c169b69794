"""Whether a blended course must be a BIP, a programme run by several universities ("faut-il que cette école
d'été soit officiellement un programme intensif hybride (BIP) organisé par plusieurs universités, ou bien une
école d'été ordinaire de Lyon 1 avec une partie en ligne suffit-elle ?").

Round 60 (r60-b3): asked twice, it got the virtual-component sentence again ("faut-il" read as "is the online
part compulsory?"), then the whole receiving-organisation paragraph with the staff and traineeship hosts. The
call defines no BIP: its `blended_organiser` topic says what it does say and who confirms whether a given
programme qualifies."""
from __future__ import annotations

import re

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

TOPIC = "blended_organiser"


def _blended(turn: Turn) -> bool:
    asked = any(isinstance(e, dict) and e.get("entity") == "activity"
                and e.get("value") == "short_term_blended"
                for e in turn.tracker.latest_message.get("entities") or [])
    return asked or turn.get("virtual_component") is True or turn.get("activity") == "short_term_blended"


def bip_question(turn: Turn, changed: str | None) -> bool:
    call_id = turn.get("call")
    # Asked in a sentence that asks whether it must be one ("faut-il que ... soit officiellement un programme
    # intensif hybride (BIP) ?"); a plan told with the word ("j'ai entendu parler des BIP, je souhaiterais
    # participer à une école d'été...") is noted and checked as usual.
    asking = [s for s in re.split(r"(?<=[.!?])\s+", turn.text) if "?" in s]
    if changed or not call_id or turn.is_payload or not _blended(turn) \
            or not any(has("bip_question", s) and has("partner_required_question", s) for s in asking):
        return False
    from actions.profile import core

    topic = core().get_call(str(call_id)).topics.get(TOPIC)
    role = turn.get("role")
    if topic is None or (role and topic.audience and role not in topic.audience):
        return False
    lang = turn.lang
    source = i18n.source(str(call_id), topic.source, lang)
    line = f"{topic.for_role(role).answer(lang)} ({t(lang, 'source')}: {source})"
    turn.say("\n".join(x for x in (changed, line) if x))
    return True
