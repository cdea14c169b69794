""""Does the amount stay the same if I finish on 22 May?", "le montant reste le même ?" (after "et si je
finis le 15 juin ?"), "blijft het bedrag hetzelfde als ...?", "e l'importo resta lo stesso se finisco il 22
maggio?": the case's amount beside the plan's, in a line: "Yes: 1 408 € (unchanged)" or "No: X instead of Y".
Where the call publishes no amount (ITM's Annex 2), what changes is said: the funded days, and a guide figure
old -> new where one is shown. Round 41 got the duration FAQ, or the whole amount, verdict and deadline block
again. Every figure is the rules core's, for the case and for the plan."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def amount_same_question(turn: Turn) -> bool:
    """The comparison said, when the message asks whether the amount stays the same and there is a case to
    compare with the plan: one set up by this message, or the one answered in the message before."""
    if not turn.get("call") or turn.is_payload or not has("amount_same", turn.text):
        return False
    if turn.changes.get("has_scholarship") is not None and has("changes_anything_question", turn.text):
        return False  # "j'ai pas d'autre bourse, ça change qqch ?": the scholarship's priority (round 61)
    pair = _case_and_plan(turn)
    if pair is None:
        return False
    case, plan = pair
    if case.get("verdict") == "not_eligible":
        return False  # the case is ruled out: its "No: ..., because ..." answers (actions/whatiffirst.py)
    line = comparison(case, plan, turn.lang)
    if not line:
        return False
    if has("amount_change_asked", turn.text):
        line = changed_way(line, turn.lang)
    turn.say(line)
    turn.answered = True
    return True


def _case_and_plan(turn: Turn) -> tuple[dict[str, Any], dict[str, Any]] | None:
    from actions.facts import view
    from actions.keepcase import FRESH
    from actions.pastcase import PAST
    from actions.profile import PROFILE_SLOTS

    try:
        if turn.what_if:  # "... if I finish on 22 May?": this message's case against the plan
            return _judged(turn, turn.view), _judged(turn, turn.tracker)
        stored = turn.tracker.get_slot("what_if_case")
        if any(n in PROFILE_SLOTS and turn.changes[n] != turn.tracker.get_slot(n) for n in turn.changes):
            return None  # a fact of the plan changed: the flow says the new answer with its amount
        if isinstance(stored, dict) and stored.get(FRESH):  # the case answered in the message before
            case = {n: v for n, v in stored.items() if n not in (FRESH, PAST)}
            if case:
                return _judged(turn, view(turn.tracker, **case)), _judged(turn, turn.tracker)
        # The plan changed in an earlier message: its amount then and now; else the amount last told, the same
        # unless a fact changed since ("le montant reste le même ?": "Oui : ... (inchangé)").
        previous = turn.get("last_decision") or {}
        before = previous.get("grant_before") or previous.get("grant")
        if isinstance(before, dict) and previous.get("call") == turn.get("call"):
            return _judged(turn, turn.tracker), {"grant": before}
    except Exception:  # an incomplete or invalid profile: the flow says what is wrong
        return None
    return None


def _judged(turn: Turn, facts: Any) -> dict[str, Any]:
    """The rules core's answer on these facts, judged as the flow judges the person's (actions/flow.py)."""
    from actions.flow import evaluate

    saved = turn.view
    turn.view = facts
    try:
        return evaluate(turn)
    finally:
        turn.view = saved


def comparison(case: dict[str, Any], plan: dict[str, Any], lang: str) -> str | None:
    """"Yes: X (unchanged)", "No: X instead of Y", or, with no published amount, what changes."""
    new, old = case.get("grant") or {}, plan.get("grant") or {}
    if not new or not old:
        return None
    eur = lambda v: i18n.fmt_eur(v, lang)  # noqa: E731
    days = {"days": new.get("days") or "?", "old_days": old.get("days") or "?"}
    for key, suffix in (("total_eur", ""), ("indicative_total_eur", "_guide")):
        if new.get(key) is not None and old.get(key) is not None:
            if new[key] == old[key]:
                return t(lang, f"amount_same_yes{suffix}", amount=eur(new[key]), **days)
            return t(lang, f"amount_same_no{suffix}", amount=eur(new[key]), old=eur(old[key]), **days)
    basis = str(new.get("basis") or "").strip().rstrip(".")
    travel = ""
    if new.get("travel_eur") is not None and old.get("travel_eur") is not None:
        key = "amount_same_travel_same" if new["travel_eur"] == old["travel_eur"] else "amount_same_travel"
        travel = " " + t(lang, key, amount=eur(new["travel_eur"]), old=eur(old["travel_eur"]))
    if new.get("days") is None or old.get("days") is None:
        return None
    key = "amount_same_days_same" if new["days"] == old["days"] else "amount_same_days"
    return t(lang, key, basis=basis, **days) + travel


def changed_way(line: str, lang: str) -> str:
    """The comparison said for "does the amount change?": its "yes" is a different amount, so "No: X instead
    of Y" becomes "Yes: X instead of Y" and "Yes: X (unchanged)" becomes "No: X (unchanged)" (round 45: "does
    the money change if it is 15 February to 15 May?" got "No:" above a different figure)."""
    from actions.phrases import informal

    for said, meant in (("answer_no", "answer_yes"), ("answer_yes", "answer_no")):
        opening = t(lang, said, answer="")
        for form in dict.fromkeys((opening, informal(opening, lang))):
            if form.strip() and line.startswith(form):
                return t(lang, meant, answer=line[len(form):])
    return line


FIGURES = ("total_eur", "indicative_total_eur", "travel_eur", "days")


def amount_memory(previous: dict[str, Any], decision: dict[str, Any]) -> dict[str, Any]:
    """What the answer stores of its amount (`last_decision.grant`) and, when the plan's amount changed with
    this answer (new dates, a new place), the amount before (`grant_before`): "le montant reste le même ?"
    asked next compares the two (round 41 showed the whole amount block again)."""
    grant = decision.get("grant") or {}
    now = {k: grant.get(k) for k in FIGURES}
    old = previous.get("grant") if previous.get("call") == decision.get("call") else None
    if not isinstance(old, dict) or old == now:
        return {"grant": now}
    return {"grant": now, "grant_before": old}
