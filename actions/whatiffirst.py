"""A what-if about the person's own plan ("if I extend it to 8 May, is it still OK?", "et si je n'y allais
que 4 jours ?", "zou ik van juni tot september kunnen gaan?") is answered yes or no first: before the case's
facts, the answer's details and any next form question. Round 28 gave those, but never the plain "Yes: ..."
or "No: ..., because ...". The verdict is the rules core's for the case (actions/flow.py evaluate); the
case itself stays aside (actions/asides.py say_what_if)."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.i18n import t
from actions.polarity import problem_asked
from actions.turn import Turn


def _openings(lang: str) -> re.Pattern[str]:
    words = [t(lang, key, answer="").strip().rstrip(":").strip() for key in ("answer_yes", "answer_no")]
    # On any line: an ended call's answer opens with the call's end ("Had you applied in time ...:"), then
    # the yes or no; that message comes first whole.
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words if w) + r")\s*[:,]", re.M)


def _reason(explanation: Any, names: tuple[str, ...] = ()) -> str:
    text = str(explanation or "").strip().rstrip(".")
    # "Your stay ..." goes on the sentence ("because your stay ..."); "ITM ..." keeps its capitals, and so
    # does a place's name ("because United Kingdom is not an eligible destination").
    if any(name and text.startswith(name) for name in names):
        return text
    # ("because a master's (MSc) student cannot apply": an article opening it is lowered too, round 62)
    article = re.match(r"(A|An|Un|Une|Uno|Una|Een)\b", text)
    return text[:1].lower() + text[1:] if text[1:2].islower() or article else text


def _place_names(turn: Turn) -> tuple[str, ...]:
    """The case's places as the rules core names them (its explanations start with them)."""
    from rules_core.countries import country_name

    codes = [c for c in (turn.get("destination"), *(turn.get("citizenship") or [])) if c]
    return (*(country_name(str(c), turn.lang) for c in codes), str(turn.get("destination_city") or ""))


def case_line(turn: Turn, decision: dict[str, Any], same: bool = False) -> str | None:
    line = _case_line(turn, decision, same)
    from actions.otherfits import other_fit

    # ("No: ... shorter than the 3 months minimum for a study period." then a traineeship that fits, round 55)
    fits = other_fit(turn, decision) if line else None
    return f"{line}\n{fits}" if fits else line


def _case_line(turn: Turn, decision: dict[str, Any], same: bool = False) -> str | None:
    """The case's answer in one line, yes or no first ("No: ..., because <the rules core's reasons>"); None
    when the rules core decides nothing either way (a fact skipped as unknown). `same`: the answer given for
    the plan holds for the case too. "Would it change anything if ...?" asks the other way round: the same
    answer is "No", another one "Yes"."""
    from actions.phrases import has

    lang, verdict = turn.lang, decision.get("verdict")
    apply_by = (decision.get("deadlines") or {}).get("apply_by")
    if turn.get("hypothetical") or turn.as_if_in_time:
        apply_by = None  # an ended call judged as if applied in time: no date to apply by now
    if verdict == "eligible" and same:
        from actions.stands import short_outcome

        body = t(lang, "what_if_stands", outcome=short_outcome(decision, lang))
        body = body[:1].lower() + body[1:]
    elif verdict == "eligible":
        body = t(lang, "outcome_eligible")
        if apply_by:
            body = t(lang, "outcome_with_date", outcome=body, date=i18n.fmt_date(apply_by, lang))
        key = "what_if_eligible_provided" if decision.get("conditions") else "what_if_eligible"
        body = t(lang, key, outcome=body)
    elif verdict == "not_eligible":
        names = _place_names(turn)
        reasons = "; ".join(_reason(f.get("explanation"), names) for f in decision.get("failed") or [])
        body = t(lang, "what_if_not_eligible", reasons=reasons)
    elif not decision.get("failed") and decision.get("missing"):
        fields = ", ".join(i18n.label(lang, "fields", m) for m in decision["missing"])
        # The date to apply by for the case's dates, known before the missing facts are ("and somewhere in
        # the EU, like Lisbon?" with no nationality given yet).
        body = t(lang, "what_if_so_far_by", fields=fields, date=i18n.fmt_date(apply_by, lang)) if apply_by \
            else t(lang, "what_if_so_far", fields=fields)
    else:
        return None
    if problem_asked(turn.text) and verdict in ("eligible", "not_eligible"):
        # "if I come back in August, is that a problem?": "Yes, that is a problem: ..." (said after the
        # skills, so not turned again: actions/polarity.py)
        return t(lang, "answer_a_problem" if verdict == "not_eligible" else "answer_no_problem", answer=body)
    if any(_openings(lang).search(str(m.get("text") or "")) for m in turn.dispatcher.messages):
        # "il ne faudrait plus cet accord ?" answered "No: ... no longer needed" already: the case's outcome
        # without a second yes or no ("Non : ..." then "Oui : dans ce cas ...", round 53)
        return body[:1].upper() + body[1:]
    no = same if has("matters_question", turn.text) else verdict == "not_eligible"
    return t(lang, "answer_no" if no else "answer_yes", answer=body)


def yes_no_first(turn: Turn, start: int) -> None:
    """After a what-if turn: its yes or no line moved to the front of what this turn said, or, when the
    answer was the case's verdict or the next form question, the case's line said first."""
    messages = turn.dispatcher.messages
    if not turn.what_if:
        from actions.conditionmet import verdict_first

        verdict_first(turn, start)  # "so basically I'm fine?" after the answer: "Yes: ..." first (round 36)
    # (An ended call judged for the same dates a year earlier is no case the person asked: actions/later.py.)
    if not turn.what_if or turn.as_if_dates or len(messages) <= start:
        return
    opening = _openings(turn.lang)
    at = next((i for i in range(start, len(messages)) if opening.search(str(messages[i].get("text") or ""))),
              None)
    if at is None:
        # Another question answered ("how much would I get?") keeps its answer first; a call that has ended
        # said so, and judges no case.
        if turn.answered or not (turn.verdict_said or turn.changes.get("asked")):
            return
        from actions.flow import evaluate

        try:
            line = case_line(turn, evaluate(turn))
        except Exception:  # an invalid profile: the flow said what is wrong
            return
        if not line:
            return
        turn.say(line)
        at = len(messages) - 1
    messages.insert(start, messages.pop(at))
