"""Whether the stay may run to the dates this message moves it to ("kan ik ook blijven tot eind juni ipv eind
mei?", "can I also stay until the end of June instead of the end of May?", "puis-je rester jusqu'à fin juin
au lieu de fin mai ?", "posso restare fino a fine giugno invece di fine maggio?"): yes or no first, from the
rules core's checks that read the moved dates (the length limits of the person's kind of mobility, the call's
last day of mobility), for the dates as the message leaves them, changed or as a case. Round 24 noted the
old end and then said "I can't find the answer". Used by actions/incontext.py.

Round 31: "... 9 to 18 February 2026. Can I go?" asks about the whole plan, not its dates: the plan's verdict
answers it (actions/overall.py). "Is 31 July still ok?", "31 juli is nog net goed?", "le 31 juillet ça passe
encore ?", "il 31 luglio va ancora bene?" name a date of the stay as it stands and ask whether it is fine: the
checks on that date answer, the call's limit on it first, with its source (they got "I can't find")."""
from __future__ import annotations

import logging

from actions import i18n
from actions.askabout import asking
from actions.i18n import t
from actions.overall import overall_asked, plan_line
from actions.phrases import PHRASES, has
from actions.polarity import reads_polarity
from actions.profile import core
from actions.stayslots import STAY_DATE_SLOTS
from actions.turn import Turn

logger = logging.getLogger(__name__)

STAY = STAY_DATE_SLOTS
# Checks on the dates that are about applying, not about the stay itself: the verdict after says them.
APPLYING_KINDS = ("apply_before_departure", "application_deadline")
# Facts that make a date question about more than the date ("Paris on 31 July, is that ok?").
OTHER_SUBJECTS = ("country", "city", "receiving_org", "activity", "role")


@reads_polarity  # its yes or no already answers "is that a problem?" the right way round
def stay_question(turn: Turn) -> bool:
    moved = [name for name in STAY if name in turn.changes and turn.changes[name]]
    call_id = turn.get("call")
    if not call_id or not moved:
        return False
    # Asked in the words up to a question mark ("kan ik tot 30 juni blijven i.p.v. 31 mei?": not cut at the
    # abbreviation's dots).
    asks_stay = any("?" in turn.text[m.start():] for m in PHRASES["stay_question"].finditer(turn.text))
    question = asking(turn.text)
    overall = "?" in question and overall_asked(question)
    confirmed = [] if asks_stay or overall else _dates_confirmed(turn, question, moved)
    # "ok et de février à fin mai alors ? ça passe ?": dates that really change the plan, asked whether they
    # pass, ask about the plan (its verdict), not whether one of them is fine (round 37: "Yes: your start on 1
    # February falls on 1 February or after").
    renewed = not overall and bool(confirmed) and not has("matters_question", question) \
        and any(turn.changes[name] != turn.tracker.get_slot(name) for name in moved)
    overall = overall or renewed
    if not (asks_stay or overall or confirmed):
        return False
    try:
        rules = core().get_call(str(call_id)).rules
        from actions.flow import evaluate

        decision = evaluate(turn)
    except Exception as err:  # an incomplete or invalid profile: the verdict after answers
        logger.debug("no stay check: %s", type(err).__name__)
        return False
    if overall:
        # "... 9 to 18 February. Can I go?": the whole plan's yes or no (none while facts are missing).
        from actions.calls import status_of

        line = None if status_of(str(call_id))["status"] == "closed" else plan_line(turn, decision)
        if line and renewed and decision.get("verdict") == "eligible":  # the verdict's block follows
            line = t(turn.lang, "dates_pass_provided" if decision.get("conditions") else "dates_pass")
        if line:
            turn.say(line)
        return line is not None
    fields = set(confirmed or moved)
    ids = {r.id for r in rules if fields & set(r.fields or []) and r.kind not in APPLYING_KINDS}
    kinds = {r.id: r.kind for r in rules}
    failed = [f for f in decision.get("failed") or [] if f.get("rule") in ids]
    passed = [p for p in decision.get("passed") or [] if p.get("rule") in ids]
    # "Is that a problem?" asks the other way round: a check that fails is its "Yes" ("ça compte comme assez
    # long ?" asks whether the length passes: round 59).
    lengthy = bool(confirmed) and has("length_enough", question)
    problem = bool(confirmed) and has("matters_question", question) and not lengthy
    if failed:
        first, *rest = [str(f.get("explanation")) for f in failed]
        key = "answer_yes" if problem else "answer_no"
        lines = [t(turn.lang, key, answer=_lower_first(first)), *(f"✗ {line}" for line in rest)]
    else:
        # The length check first: that is what "can I stay until ...?" turns on; a date said to be fine
        # ("is 31 July still ok?") turns on the call's limit for that date.
        # "does 2 feb to 30 april still count as long enough?" turns on the length (round 59: got the earliest
        # start).
        chosen = [p for p in passed
                  if (kinds.get(str(p.get("rule"))) == "duration_range") != (bool(confirmed) and not lengthy)]
        chosen = chosen or passed
        if not chosen:
            return False
        answer = _lower_first(str(chosen[0].get("explanation")))
        if confirmed:
            rule = next(r for r in rules if r.id == chosen[0].get("rule"))
            source = i18n.source(str(call_id), rule.source, turn.lang)
            answer = f"{answer.rstrip('.')} ({t(turn.lang, 'source')}: {source})."
        lines = [t(turn.lang, "answer_no" if problem else "answer_yes", answer=answer)]
    turn.say("\n".join(lines))
    return True


def _dates_confirmed(turn: Turn, question: str, moved: list[str]) -> list[str]:
    """The stay's dates a question names to ask whether they are fine ("is 31 July still ok?", "31 juli is nog
    net goed?", "le 31 juillet, c'est un problème ?"): those the message leaves as the plan's, not a case (a
    what-if has its own answer) nor a date to apply by."""
    if turn.what_if or "?" not in question or has("date_question", question) \
            or has("wh_start", question.lower()):
        return []
    if not (has("acceptable_question", question) or has("matters_question", question)):
        return []
    at = max(turn.text.find(question), 0)
    inside = [e for e in turn.entities
              if isinstance(e.get("start"), int) and at <= int(e["start"]) < at + len(question)]
    if any(e.get("entity") in OTHER_SUBJECTS for e in inside):
        return []  # "Paris on 31 July, is that ok?": the place is asked about too; the verdict answers
    named = {str(e.get("value"))[:10] for e in inside if e.get("entity") in STAY}
    return [name for name in moved if str(turn.changes[name])[:10] in named]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
