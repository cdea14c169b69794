""""È la Charité, l'ospedale universitario... quindi università credo?", "does a university hospital count as
a university?": the calls never say whether a university hospital is a higher education institution, so that
is said, then what it changes for the person's own kind of mobility, from the rules core's checks of the host
(a university, or another kind of organisation such a hospital may be taken for), with their source, and who
confirms it. Round 37 got every role's host rules (staff, study, traineeship) and no answer."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.askabout import asking, evaluate_with, is_question, sourced
from actions.i18n import t
from actions.phrases import has
from actions.profile import core
from actions.turn import Turn

logger = logging.getLogger(__name__)

# The kinds of host a university hospital may be taken for: a university, or another public organisation.
OTHER_KINDS = ("public_body", "research_institute")


def hospital_question(turn: Turn) -> bool:
    call_id, text = turn.get("call"), turn.text
    if not call_id or turn.is_payload or not is_question(text):
        return False
    if not has("hospital_word", text) or not has("counts_as_university", asking(text)):
        return False
    activity = turn.get("activity")
    lang = turn.lang
    lines = [t(lang, "hospital_not_said")]
    checks = _host_checks(turn, str(call_id)) if activity else {}
    university = checks.get("hei")
    if university is not None:
        label = _inside(i18n.label(lang, "activities", activity))
        others = [kind for kind in OTHER_KINDS if checks.get(kind) and checks[kind]["allowed"]]
        where = f'{t(lang, "source")}: {i18n.source(str(call_id), university["source"], lang)}'
        if university["allowed"] and others:
            kinds = ", ".join(_inside(i18n.label(lang, "orgs", k)) for k in others)
            lines.append(t(lang, "hospital_either", activity=label, kinds=kinds, source=where))
        else:
            lines.append(t(lang, "hospital_hei_only", activity=label, source=where))
        lines += [t(lang, "hospital_if_university", condition=_inside(
                    sourced("", c.get("explanation"), str(call_id), c.get("source"), lang).strip()))
                  for c in university["conditions"]]
    from actions.conditions import contacts_in_sentence

    lines.append(t(lang, "hospital_who", who=contacts_in_sentence(turn)))
    turn.say("\n".join(lines))
    return True


def _host_checks(turn: Turn, call_id: str) -> dict[str, dict[str, Any]]:
    """For each kind of host: whether the rules core's checks about the host pass for the person's plan, the
    source of the first, and the conditions it brings (the ECHE of a university)."""
    try:
        rules = core().get_call(call_id).rules
    except Exception as err:  # a call file problem: no host checks
        logger.debug("no rules for a hospital: %s", type(err).__name__)
        return {}
    about_host = [r for r in rules if "receiving_org" in (r.fields or []) or r.applies_to.receiving_orgs]
    ids = {r.id for r in about_host}
    fields = {f for r in about_host for f in r.fields or []}
    out = {}
    for kind in ("hei", *OTHER_KINDS):
        try:
            decision = evaluate_with(turn, receiving_org=kind)
        except Exception:  # an incomplete or invalid profile: nothing said of this kind
            continue
        failed = [f for f in decision.get("failed") or [] if f.get("rule") in ids]
        passed = [p for p in decision.get("passed") or [] if p.get("rule") in ids]
        if not failed and not passed:
            continue
        conditions = [c for c in decision.get("conditions") or [] if c.get("field") in fields]
        out[kind] = {"allowed": not failed, "source": (failed or passed)[0].get("source"),
                     "conditions": conditions}
    return out


def _inside(label: str) -> str:
    """A label inside a sentence: "Public body" -> "public body", "NGO" stays."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]
