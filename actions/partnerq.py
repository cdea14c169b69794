"""A partner network the call suggests ("is Copenhagen one of those tropEd places? does it matter if it
isn't?", "does the host uni need to be a tropEd partner?", "faut-il que l'université soit partenaire de
tropEd ?"): round 36 got "No: your answer stays the same", the money block again, then the whole
receiving-organisation paragraph (staff and traineeships included), four times.

The answer: "No:" (the call's `partner_suggestion` topic: it suggests the network, no condition names it),
what the call does require of this person's host (their own checks of the receiving-organisation rules, from
the rules core), the source; and whether a given host belongs to the network: not known here (the call lists
no partner), whom to ask. The network's names are the topic's `names` in the call data, not code."""
from __future__ import annotations

import re
from typing import Any

from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn

TOPIC = "partner_suggestion"
HOST_FIELDS = {"receiving_org", "receiving_org_has_eche", "interinstitutional_agreement"}


def _network(call_id: str) -> tuple[Any, str] | None:
    from actions.profile import core

    topic = core().get_call(call_id).topics.get(TOPIC)
    return (topic, topic.names[0]) if topic is not None and topic.names else None


def _named(names: list[str], text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.IGNORECASE) for n in names)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def partner_question(turn: Turn) -> bool:
    call_id = turn.get("call")
    if not call_id or turn.is_payload or not is_question(turn.text):
        return False
    found = _network(str(call_id))
    # Named in a sentence that asks ("and I asked about tropEd not the EU" beside "where did 26 April come
    # from?" complains; the dates' answer comes first, actions/datesfix tests).
    asking = [s for s in _sentences(turn.text) if "?" in s] or [turn.text]
    if found is None or not any(_named(found[0].names, s) for s in asking):
        return False
    topic, network = found
    lang, text = turn.lang, turn.text
    place = _place(turn)
    # "is Copenhagen one of those tropEd places?": the host named, or "one of those", beside the network.
    member = any(has("partner_member_question", s) or (place and place.lower() in s.lower())
                 for s in _sentences(text) if "?" in s or len(_sentences(text)) == 1)
    required = has("partner_required_question", text)
    said_not = has("not_required_said", text)  # "so tropEd isn't required, just ECHE, right?"
    answer = topic.answer(lang)
    lines = []
    if said_not:
        lines.append(t(lang, "answer_yes", answer=answer))
    elif required or not member:
        lines.append(t(lang, "answer_no", answer=answer) if required else answer[:1].upper() + answer[1:])
    lines += _host_checks(turn)
    from actions import i18n

    lines.append(f"({t(lang, 'source')}: {i18n.source(str(call_id), topic.source, lang)})")
    if member:
        from actions.verdict import describe_in, role_contacts

        who = "; ".join(describe_in(c, lang) for c in role_contacts(str(call_id), turn.get("role"))[:2])
        unknown = t(lang, "partner_member_unknown", place=place or t(lang, "partner_your_host"),
                    network=network, who=who)
        lines.insert(0 if not (required or said_not) else 1, unknown)
    turn.say("\n".join(lines))
    return True


def _place(turn: Turn) -> str | None:
    """The host as the person named it: its name, else the city, the one the message says first."""
    names = [str(v) for v in (turn.get("receiving_org_name"), turn.get("destination_city")) if v]
    low = turn.text.lower()
    return next((n for n in names if n.lower() in low), names[0] if names else None)


def _host_checks(turn: Turn) -> list[str]:
    """The person's own checks of the rules on the host: what the call does require of it."""
    from actions.flow import evaluate
    from actions.profile import core

    if not turn.get("role") or not turn.get("activity"):
        return []
    try:
        decision = evaluate(turn)
        rules = core().get_call(str(turn.get("call"))).rules
    except Exception:  # an incomplete or invalid profile: the topic alone
        return []
    ids = {r.id for r in rules if HOST_FIELDS & set(r.fields or [])}
    lines = [f"✓ {p.get('explanation')}" for p in decision.get("passed") or [] if p.get("rule") in ids]
    lines += [f"• {c.get('explanation')}" for c in decision.get("conditions") or [] if c.get("rule") in ids]
    lines += [f"✗ {f.get('explanation')}" for f in decision.get("failed") or [] if f.get("rule") in ids]
    return [t(turn.lang, "partner_host_rules"), *lines] if lines else []
