"""A recap checked back ("so: eligible, 309 €, before 13 February, Charlotte Morantin, right?"): each point
the person names is confirmed or corrected against the rules core's decision, one line each. Before, only the
date was confirmed and a wrong amount or date ("350 € and 1 March, correct?") went by without a word."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n, recapagain
from actions.i18n import t
from actions.phrases import NEGATION_RX, PHRASES, has
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

DATE_ENTITIES = STAY_DATE_SLOTS
# An amount said with its currency, before or after: "309 €", "€1,440", "350 euros", "EUR 417".
# The number is digits grouped by threes ("1 440", "1.380,00") or plain digits: a year before it is no part of
# it ("du 1er mars au 30 juin 2016, 920 € au total ?" was checked as "2 016 920,00 €", round 61).
_NUMBER = r"(?<!\d)(?:\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
AMOUNT_RX = re.compile(rf"(?:€|\beur\b|\beuros?\b)\s*({_NUMBER})(?!\d)"
                       rf"|({_NUMBER})\s*(?:€|eur\b|euros?\b)", re.I)
MIN_POINTS = 2  # a check of one date alone is the apply-by check's (actions/applyby.py)


def recap_check(turn: Turn) -> bool:
    """Confirm or correct every point of a recap the person asks to be checked; False when it is none."""
    if not turn.get("last_decision") or not turn.get("call") or not _checked_back(turn.text):
        return False
    from actions.laterask import later_dates

    if later_dates(turn) is not None:
        return False  # the own dates after an ended call's period: no verdict to confirm (actions/later.py)
    amounts = [amount_value(m.group(1) or m.group(2)) for m in AMOUNT_RX.finditer(turn.text)]
    # (the graduation date is no point of the recap: "defence will be december 2016 ... that's fine right?"
    # was checked as a date to apply by, round 45)
    from actions.recapdates import recap_dates

    # (not the online part's, "the online sessions in april"; the deadline said, "deadline 11 march")
    dates = sorted(recap_dates(turn.text, turn.entities) - {str(turn.get("graduation_date") or "")[:10]})
    eligible = _eligible_said(turn.text)
    people = _contacts_named(turn)
    conditions = _conditions_named(turn.text)
    if recapagain.referred(turn.text) and not (amounts or dates):  # "en die datum en dat bedrag kloppen ook?"
        said, dates = recapagain.earlier_points(turn, AMOUNT_RX)
        amounts = [amount_value(a) for a in said]
    if sum(map(bool, (amounts, dates, eligible is not None, people, conditions))) < MIN_POINTS:
        return False
    from actions.flow import evaluate

    decision = evaluate(turn)
    verdict = _verdict_lines(decision, eligible, turn.lang)
    # The outcome line already says the date to apply by: a right date said back is not confirmed twice.
    told = " ".join(verdict)
    lines = verdict + _amount_lines(decision, amounts, turn.lang) \
        + [line for line in _date_lines(decision, dates, turn) if not (line.startswith("✓") and
           line[2:] in told)] \
        + _condition_lines(decision, conditions, turn.lang, turn.get("role")) + [f"✓ {p}" for p in people]
    wrong = any(line.startswith("✗") for line in lines)
    turn.say("\n".join([t(turn.lang, "recap_wrong" if wrong else "recap_right"), *lines]))
    turn.answered = turn.dates_told = True
    return True


def _checked_back(text: str) -> bool:
    """"..., right?", or a summing-up ending in a question ("dus samengevat: voor 13 feb mailen, 285 euro
    voor de trein, en met vragen naar Charlotte Morantin?": round 46 answered the contacts only)."""
    return has("confirm_question", text) or has("summing_up", text) and text.rstrip().endswith("?") \
        or recapagain.referred(text)


def figures_checked_back(text: str) -> bool:
    """A recap with a figure in it, asked to be checked: each point is answered, not only its contacts."""
    return _checked_back(text) and re.search(r"\d", text) is not None


def _conditions_named(text: str) -> list[str]:
    """The authorisations and other conditions the recap names ("autorizzazione del relatore e del
    Consiglio Scientifico"): each is checked too (round 26 confirmed the amount and the date only)."""
    from actions.asides import named_facts
    from rules_core.vocab import CONDITION_FIELDS

    return [name for name in named_facts(text) if name in CONDITION_FIELDS]


def _condition_lines(decision: dict[str, Any], named: list[str], lang: str, role: str | None = None
                     ) -> list[str]:
    """✓ with the condition's own sentence when the plan has it (or the check it passed), ✗ with the check it
    failed, and ✗ "no condition of your plan" when no rule of the call asks it of this plan."""
    from actions.conditions import field_label
    from actions.profile import core

    open_ = {c.get("field"): c for c in decision.get("conditions") or []}
    try:
        rules = {r.id: r for r in core().get_call(str(decision.get("call"))).rules}
    except Exception:  # a call file problem: the open conditions only
        rules = {}

    def reads(entry: dict[str, Any], name: str) -> bool:
        rule = rules.get(str(entry.get("rule")))
        return rule is not None and (name in (rule.fields or []) or (rule.params or {}).get("field") == name)

    lines = []
    for name in named:
        failed = [f for f in decision.get("failed") or [] if reads(f, name)]
        passed = [p for p in decision.get("passed") or [] if reads(p, name)]
        if name in open_:
            lines.append(f"✓ {open_[name].get('explanation')}")
        elif failed or passed:
            lines += [f"✗ {f.get('explanation')}" for f in failed]
            lines += [f"✓ {p.get('explanation')}" for p in passed]
        else:
            line = t(lang, "recap_no_condition", field=field_label(name, lang, role))
            lines.append(f"✗ {line[:1].upper()}{line[1:]}")
    return lines


def amount_value(text: str) -> float | None:
    digits = re.sub(r"\s", "", text)
    # "1.440,00" / "1,440.00" / "1,440" / "309": the last separator followed by two digits is the decimal one.
    match = re.match(r"^(.*?)[.,](\d{2})$", digits)
    whole, cents = (match.group(1), match.group(2)) if match else (digits, "0")
    whole = re.sub(r"[.,]", "", whole)
    return float(f"{whole}.{cents}") if whole.isdigit() else None


def _eligible_said(text: str) -> bool | None:
    found = PHRASES["eligible_words"].search(text)
    if not found:
        return None
    return not NEGATION_RX.search(text[max(0, found.start() - 12):found.start()])


def _contacts_named(turn: Turn) -> list[str]:
    from actions.profile import core
    from actions.verdict import role_contacts

    named = []
    try:  # an address of the call said back is one of its contacts, whoever it is for and named or not
        others = [c for c in core().get_call(str(turn.get("call"))).contacts if c.email]
    except Exception:  # a call file problem: the role's contacts only
        others = []
    contacts = role_contacts(turn.get("call"), turn.get("role"))
    for contact in [*contacts, *(c for c in others if c not in contacts)]:
        surname = (contact.name or "").split()[-1:] or [""]
        said = surname[0] and re.search(rf"\b{re.escape(surname[0])}\b", turn.text, re.I) \
            or contact.email and contact.email.lower() in turn.text.lower()
        if said and ", ".join(b for b in (contact.name, contact.email) if b) not in named:
            named.append(", ".join(b for b in (contact.name, contact.email) if b))
    return named


def _verdict_lines(decision: dict[str, Any], eligible: bool | None, lang: str) -> list[str]:
    from actions.stands import short_outcome

    if eligible is None:
        return []
    right = (decision.get("verdict") == "eligible") == eligible
    return [f"{'✓' if right else '✗'} {short_outcome(decision, lang)}"]


def _amount_lines(decision: dict[str, Any], amounts: list[float | None], lang: str) -> list[str]:
    grant = decision.get("grant") or {}
    known = {"recap_total": grant.get("total_eur"), "recap_travel": grant.get("travel_eur"),
             "recap_guide": grant.get("indicative_total_eur")}
    known = {k: float(v) for k, v in known.items() if v}
    lines = []
    for amount in amounts:
        if amount is None:
            continue
        said = i18n.fmt_eur(amount, lang)
        match = next((k for k, v in known.items() if abs(v - amount) < 0.5), None)
        if match:
            lines.append(f"✓ {t(lang, 'recap_amount', said=said, what=t(lang, match))}")
        elif known:
            right = "; ".join(f"{t(lang, k)} {i18n.fmt_eur(v, lang)}" for k, v in known.items())
            lines.append(f"✗ {t(lang, 'recap_not', said=said)} {right}")
        else:
            lines.append(f"✗ {t(lang, 'recap_not', said=said)} {t(lang, 'recap_no_amount')}")
    return lines


def _date_lines(decision: dict[str, Any], dates: list[str], turn: Turn) -> list[str]:
    deadlines = decision.get("deadlines") or {}
    apply_by, lang = deadlines.get("apply_by"), turn.lang
    stay = {str(turn.get("start_date") or "")[:10], str(turn.get("end_date") or "")[:10]}
    lines = []
    for day in dates:
        if day in stay:
            continue  # the stay's own dates, said back: nothing to check
        if day == apply_by:
            lines.append(f"✓ {t(lang, 'recap_apply_by', date=i18n.fmt_date(apply_by, lang))}")
        elif apply_by:
            lines.append(f"✗ {t(lang, 'recap_not', said=i18n.fmt_date(day, lang))} "
                         f"{t(lang, 'recap_apply_by', date=i18n.fmt_date(apply_by, lang))}")
    return lines
