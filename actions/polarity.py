"""A question asked the other way round: "is that a problem?", "ça ne pose pas de souci ?", "is dat een
probleem?", "è un problema?", "does that hurt my chances?". Its "yes" means trouble, so an answer built as
"Yes: <it is allowed>" reads as "yes, it is a problem" (round 41: a PhD student asking whether not being
enrolled after the defence was a problem got "Oui : ..." for a traineeship that is allowed).

Dozens of skills open their answer with the shared "Yes: {answer}" / "No: {answer}" templates, meaning
"allowed" / "not allowed". Rather than each skill knowing the question's polarity, the reply line is turned
here, once, as it is said (actions/turn.py): "Yes:" becomes "No, that is no problem:", "No:" becomes "Yes,
that is a problem:". Skills that read the problem themselves are marked `reads_polarity`; their openings
stay as they are."""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from actions.i18n import t
from actions.phrases import has, informal

# What each plain opening becomes under a problem question.
TURNED = (("answer_yes", "answer_no_problem"), ("answer_no", "answer_a_problem"))


def problem_asked(question: str) -> bool:
    """Whether the question asks about a problem, an obstacle or a harm (so "yes" means trouble)."""
    return has("problem_question", question)


def openings(question: str) -> tuple[str, str]:
    """The openings of an answer that the thing asked about is allowed / not allowed: "Yes:" / "No:", but to
    "does it matter that it is a research institute?" (asked as a difference, not a problem) "No, that is no
    problem:" / "Yes, that is a problem:" (round 45 answered a bare "No: your answer stays the same")."""
    if has("matters_question", question) and not problem_asked(question) \
            and not has("acceptable_question", question):
        return "answer_no_problem", "answer_a_problem"
    return "answer_yes", "answer_no"


def turned(text: str, question: str, lang: str, known: bool = False) -> str:
    """The reply with its plain "Yes:"/"No:" opening said the problem's way when the question asks about a
    problem; any other reply as it is. `known`: the skill answering has read the question's polarity itself
    (its "Yes:" already means "yes, it is a problem")."""
    if not text or known or not problem_asked(question):
        return text
    for plain, problem in TURNED:
        opening = t(lang, plain, answer="")
        for form in dict.fromkeys((opening, informal(opening, lang))):
            if form.strip() and text.startswith(form):
                return t(lang, problem, answer=text[len(form):])
    return text


def reads_polarity(skill: Callable[..., Any]) -> Callable[..., Any]:
    """A skill that reads "is that a problem?" itself ("No: your nationality is no condition", "Yes: August is
    past the end date"): its replies keep their opening while it runs."""
    @wraps(skill)
    def run(turn: Any, *args: Any, **kwargs: Any) -> Any:
        before = turn.polarity_known
        turn.polarity_known = True
        try:
            return skill(turn, *args, **kwargs)
        finally:
            turn.polarity_known = before
    return run
