"""A kind of host the person is unsure of between kinds they name ("je ne sais pas si c'est une fondation
ou un institut de recherche", "ik weet niet of het een stichting of een onderzoeksinstituut is"): no fact is
taken from it, the kind is noted as unknown like "I don't know", and when the rules core answers the same for
every kind named, the reply says so, with what the rules core says of each ("either way it is no university,
so no ECHE is needed"). Before (round 31), one message with the rest of the plan got the same question again,
and a kind could be stored from a hedge."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from actions import i18n, when
from actions.i18n import t
from actions.phrases import has
from actions.stated import ALTERNATIVE_RX

if TYPE_CHECKING:  # actions.turn reads facts.py, which reads the hedges here
    from actions.turn import Turn

KINDS = ("receiving_org",)
ECHE = "receiving_org_has_eche"


def hedged(text: str, entities: list[dict[str, Any]]) -> dict[str, list[str]]:
    """{slot: the values named}: two or more kinds joined by "or" in a sentence that says it does not know."""
    out: dict[str, list[str]] = {}
    for kind in KINDS:
        found = [e for e in entities if e.get("entity") == kind and isinstance(e.get("start"), int)]
        for first, second in zip(found, found[1:], strict=False):
            a, b = int(first["start"]), int(second["start"])
            left, right = when.clause_span(text, a, a)
            if first.get("value") == second.get("value") or b >= right \
                    or not ALTERNATIVE_RX.search(text, int(first.get("end") or a), b) \
                    or not has("dont_know", text[left:right]) or has("acceptable_question", text[left:right]):
                continue  # ("is a foundation or a research institute fine?" asks: actions/askabout.py)
            values = out.setdefault(kind, [])
            values += [str(v) for v in (first.get("value"), second.get("value")) if v not in values]
    return out


def note_hedges(text: str, entities: list[dict[str, Any]], values: dict[str, Any], unknown: set[str],
                options: dict[str, list[str]]) -> None:
    """Each kind hedged and not stated otherwise in the message is unknown; its options are kept for the
    reply. One of the options read from other words ("an EU agency": facts._more_facts) is no fact either."""
    for kind, named in hedged(text, entities).items():
        if values.get(kind) in named:
            del values[kind]
        if kind not in values:
            unknown.add(kind)
            options[kind] = named


def either_way(turn: Turn, options: dict[str, list[str]]) -> str | None:
    """"Foundation or research institute: the same answer either way", when the rules core's checks of the
    host come out the same for every kind named (asked with each in turn); None when they differ or cannot
    be checked yet."""
    named, call_id = options.get("receiving_org") or [], turn.get("call")
    if len(named) < 2 or not call_id or turn.get("receiving_org"):
        return None
    from actions.askabout import evaluate_with
    from actions.profile import core

    try:
        decisions = [evaluate_with(turn, receiving_org=org) for org in named]
        university = None if "hei" in named else evaluate_with(turn, receiving_org="hei")
        rules = core().get_call(call_id).rules
    except Exception:  # an incomplete or invalid profile: the verdict says what is missing
        return None
    about_host = {r.id for r in rules if "receiving_org" in (r.fields or []) or r.applies_to.receiving_orgs}
    outcomes = {_outcome(d, about_host) for d in decisions}
    if len(outcomes) != 1 or not any(next(iter(outcomes))[:2]):
        return None  # the kind matters, or no check of the host applies yet (no role or activity)
    lang = turn.lang
    labels = [_lower(i18n.label(lang, "orgs", org)) for org in named]
    said = t(lang, "org_or").join(labels)
    lines = [t(lang, "org_either_way", options=said[:1].upper() + said[1:])]
    for decision in decisions:
        checks = [("✗", f) for f in decision.get("failed") or [] if f.get("rule") in about_host]
        checks += [("✓", p) for p in decision.get("passed") or [] if p.get("rule") in about_host]
        lines += [f"{mark} {c.get('explanation')} ({t(lang, 'source')}: "
                  f"{i18n.source(call_id, c.get('source'), lang)})" for mark, c in checks[:1]]
    if university is not None and ECHE in _fields(university) \
            and not any(ECHE in _fields(d) for d in decisions):
        lines.append(t(lang, "org_either_way_no_eche"))  # the rules core asks the ECHE of a university only
    return "\n".join(lines)


def _outcome(decision: dict[str, Any], about_host: set[str]) -> tuple[Any, ...]:
    def rules(key: str) -> tuple[str, ...]:
        found = decision.get(key) or []
        return tuple(sorted(str(c.get("rule")) for c in found if c.get("rule") in about_host))

    return rules("failed"), rules("passed"), tuple(sorted(_fields(decision)))


def _fields(decision: dict[str, Any]) -> set[str]:
    """The facts about the host a decision still asks for or makes a condition."""
    conditions = {str(c.get("field")) for c in decision.get("conditions") or []}
    return conditions | set(decision.get("missing") or [])


def _lower(label: str) -> str:
    """"Research institute" inside a sentence: "research institute" (an acronym stays: "NGO")."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label
