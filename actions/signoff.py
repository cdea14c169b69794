"""Who must authorise the stay, asked as a whole (round 36): "does somebody have to sign off on this? like my
supervisor or someone" got "I can't know that from here; ask: your supervisor", and "so only supervisor?
nobody else?" the supervisor alone, though the Scientific Board must authorise a stay longer than 3 months.
Now every authorisation the rules core lists for the plan (its conditions and passed checks of the kind
`authorisation_required`), "Yes" first, or "No, not only ..." when the person named fewer than there are."""
from __future__ import annotations

from typing import Any

from actions.askabout import is_question, sourced
from actions.i18n import t
from actions.phrases import has
from actions.profile import core
from actions.turn import Turn

AUTHORISATION = "authorisation_required"


def sign_off_asked(turn: Turn) -> bool:
    """Whether the message asks who must authorise the plan and the call asks an authorisation of it: "chi me
    lo deve autorizzare? il mio supervisore?" read as "whom do I contact?" got the contact card and the e-mail
    summary before the answer (round 43); the authorisation answer is the reply."""
    return _authorisations(turn) is not None


def _authorisations(turn: Turn) -> tuple[list[Any], list[Any], dict[str, Any]] | None:
    """The plan's authorisations needed and already given, with the rules; None if not asked or none."""
    text, call_id = turn.text, turn.get("call")
    if not call_id or turn.is_payload or not is_question(text) or not has("sign_off_question", text):
        return None
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
        rules = {r.id: r for r in core().get_call(str(call_id)).rules}
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return None

    def authorisation(entry: dict[str, Any]) -> bool:
        rule = rules.get(str(entry.get("rule")))
        return rule is not None and rule.kind == AUTHORISATION

    needed = [c for c in decision.get("conditions") or [] if authorisation(c)]
    given = [p for p in decision.get("passed") or [] if authorisation(p)]
    # (none: the call asks no authorisation of this plan, the other answers say whom to ask)
    return (needed, given, rules) if needed or given else None


def sign_off_question(turn: Turn) -> bool:
    found = _authorisations(turn)
    if found is None:
        return False
    needed, given, rules = found
    lang, call_id, text = turn.lang, turn.get("call"), turn.text
    if turn.intent == "ask_contact":
        turn.set("goal", turn.tracker.get_slot("goal"))  # read as "whom do I write to?": the goal stays
    lines = [sourced("•", c.get("explanation"), call_id, c.get("source"), lang) for c in needed]
    lines += [sourced("✓", p.get("explanation"), call_id, p.get("source"), lang) for p in given]
    fields = [str(c.get("field")) for c in needed] + [_field(rules, p) for p in given]
    turn.say("\n".join([_lead(turn, fields, rules), *lines]))
    # ("like my supervisor or someone" offers no options: its "Yes" stays, actions/eitheror.py; "who has to
    # approve it?" asks no yes or no: its "Yes:" goes, round 58)
    from actions.eitheror import open_question

    turn.options_answered = not open_question(text)
    return True


def _field(rules: dict[str, Any], entry: dict[str, Any]) -> str:
    rule = rules.get(str(entry.get("rule")))
    return str((rule.params or {}).get("field")) if rule is not None else ""


def _lead(turn: Turn, fields: list[str], rules: dict[str, Any]) -> str:
    """"Yes: ... these are needed"; to "only my supervisor? nobody else?": "No, not only ..." when there are
    others, "Yes, only that one" when there are none."""
    from actions.asides import named_facts
    from actions.conditions import field_label

    lang = turn.lang
    named = [n for n in named_facts(turn.text, asking=True) if n in fields] if has("only_asked", turn.text) \
        else []
    if named and set(fields) - set(named):
        label = " / ".join(field_label(n, lang, turn.get("role")) for n in named)
        return t(lang, "signoff_not_only", named=label)
    if named and len(set(fields)) > 1:  # "the Board too or just my supervisor?" with both needed: both
        return t(lang, "signoff_yes")
    if named:
        return _only_these(turn, named, rules) or t(lang, "signoff_only")
    return t(lang, "signoff_yes" if len(fields) > 1 else "signoff_one")


def _only_these(turn: Turn, named: list[str], rules: dict[str, Any]) -> str | None:
    """"do I need the Scientific Board's approval too or just my supervisor's?": the one needed first, then
    why the other the question names is not ("Only your supervisor's authorisation: the Scientific Board's
    authorisation is needed only for periods longer than 3 months, and yours is 3 months"); round 39 said
    "Yes, only that one", unclear to an either/or question. None when the question names no other."""
    from actions.asides import named_facts
    from actions.conditions import field_label, length_text, stay_days
    from actions.cycleq import resolved_params

    lang, role, call_id = turn.lang, turn.get("role"), str(turn.get("call"))
    kinds = {_field(rules, {"rule": r}): rule for r, rule in rules.items() if rule.kind == AUTHORISATION}
    others = [n for n in named_facts(turn.text, asking=True) if n in kinds and n not in named]
    if not others:
        return None
    only = " / ".join(field_label(n, lang, role) for n in named)
    rule, days = kinds[others[0]], stay_days(turn)
    over = resolved_params(call_id, rule).get("over_days")
    if isinstance(over, int) and days is not None and days <= over:
        line = t(lang, "signoff_only_longer", named=only, other=field_label(others[0], lang, role),
                 limit=length_text(over, lang), length=length_text(days, lang))
        return sourced("", line, call_id, rule.source, lang).strip()
    return t(lang, "signoff_only_named", named=only,
             others=" / ".join(field_label(n, lang, role) for n in others))
