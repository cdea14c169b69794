"""What the person's host must be, beside "No: an inter-institutional agreement is not needed for your plan"
(round 40: a staff member asking whether Charles University must be a partner of ITM heard whom the call asks
the agreement of, not what their own host must be). The call data's receiving-organisation topic, in its part
for the person's role only; a call without such a part adds nothing (the whole topic covers every case)."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t

TOPIC = "receiving_org_types"
# The ECHE too: "No" to it for staff, beside "a higher-education institution with an ECHE, or any public or
# private organisation ...", is the answer to "must the UvA have it or not?" (round 46 said only "No").
NAMES = ("interinstitutional_agreement", "receiving_org_has_eche")


def host_lines(call_id: str, names: list[str], role: str | None, lang: str, turn: Any = None) -> list[str]:
    if turn is not None:  # the ECHE answered with the host's rule already (eche_either)
        names = [n for n in names if not (n == "receiving_org_has_eche" and _either_part(turn) is not None)]
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


def not_for_plan(turn: Any, field: str) -> bool:
    """Whether the call asks `field` of other plans only: with the role and activity known, no rule reading it
    applies to them ("does Charles University have to be a partner of ITM?" for a staff training, before the
    dates are given: round 41 got "That depends on your plan")."""
    from actions.scope import rules_about

    role, activity = turn.get("role"), turn.get("activity")
    rules = rules_about(str(turn.get("call")), field) if role and activity else []

    def may_apply(rule: Any) -> bool:
        scope = rule.applies_to
        return scope is None or ((not scope.roles or role in scope.roles)
                                 and (not scope.activities or activity in scope.activities)
                                 and not (scope.not_activities and activity in scope.not_activities))
    if bool(rules) and not any(may_apply(r) for r in rules):
        return True
    # The host's kind and the destination known rule them all out too, whatever else is open ("does ITM
    # need an agreement with the institute?" for a traineeship at a research institute in Spain, the
    # nationality not yet said: round 50 got "I can't tell yet: it depends on nationality").
    from actions.profile import core, profile_from_tracker

    try:
        return core().asked_of(profile_from_tracker(turn.view), field) is False
    except Exception:  # an incomplete or invalid profile: not known to be unneeded
        return False


def eche_not_hei(turn: Any, name: str) -> str | None:
    """"Does KIT need some kind of erasmus charter? they're not a university" from a staff member: the call
    names the ECHE for the person's status only beside a higher-education host (the role's part of the
    receiving-organisation topic names it, and the role's receiving-organisation rule admits universities
    among other kinds), and their host is another kind. Round 50 said "the call asks for it only for another
    status: Master's student, PhD student", which the staff part's "a higher education institution with an
    ECHE" then contradicted."""
    role, org, call_id = turn.get("role"), turn.get("receiving_org"), str(turn.get("call"))
    if name == "receiving_org_has_eche" and org == "hei":
        return eche_either(turn)
    if name != "receiving_org_has_eche" or not role or not org:
        return None
    part = _eche_part(role, call_id)
    if part is None:
        return None
    lang = turn.lang
    return "\n".join([t(lang, "condition_not_needed", field=_field(name, lang, role)),
                      t(lang, "condition_eche_not_hei", kind=i18n.label(lang, "orgs_case", org),
                        source=i18n.source(call_id, part.source, lang))])


def _field(name: str, lang: str, role: str | None) -> str:
    from actions.conditions import field_label

    return field_label(name, lang, role)


def eche_either(turn: Any) -> str | None:
    """"Does the host need anything special, like an ECHE, for a staff training?" with a university host: the
    role's part of the receiving-organisation topic admits a higher education institution with an ECHE or any
    organisation active in education..., so no ECHE is needed; said in one statement. Round 61 said "No: ...
    an ECHE is not needed", then "a higher education institution with an ECHE, or any ..." apart."""
    part = _either_part(turn)
    if part is None:
        return None
    lang = turn.lang
    rule = part.answer(lang).strip().rstrip(".")
    head, sep, rest = rule.partition(":")
    rule = rest.strip() if sep and len(head.split()) <= 2 else rule  # "Staff: a higher ...": the role said
    either = t(lang, "condition_eche_either", rule=rule,
               source=i18n.source(str(turn.get("call")), part.source, lang))
    field = _field("receiving_org_has_eche", lang, turn.get("role"))
    return f"{t(lang, 'condition_not_needed', field=field)} {either}"


def _either_part(turn: Any) -> Any:
    """The role's part of the receiving-organisation topic when it names the ECHE beside other organisations
    and the role's rule admits universities among other kinds, for a university host; None otherwise."""
    role = turn.get("role")
    if not role or turn.get("receiving_org") != "hei":
        return None
    return _eche_part(role, str(turn.get("call")))


def _eche_part(role: str, call_id: str) -> Any:
    """The role's own part of the receiving-organisation topic when it names the ECHE and the role's one
    receiving-organisation rule admits universities among other kinds; None otherwise."""
    from actions.profile import core

    try:
        call = core().get_call(call_id)
    except Exception:  # a call file problem: the usual answer
        return None
    topic = call.topics.get(TOPIC)
    part = topic.for_role(role) if topic is not None else None
    admits = [r for r in call.rules if r.kind == "receiving_org_allowed" and r.applies_to is not None
              and role in (r.applies_to.roles or []) and "hei" in ((r.params or {}).get("types") or [])]
    if part is None or part is topic or "ECHE" not in part.answer("en") or len(admits) != 1 \
            or len(admits[0].params["types"]) < 2:
        return None
    return part
