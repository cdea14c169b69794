""""Should I mention the Lyon semester in the email too? It's not in the summary.", "should I mention my
previous 6 months in the email?", "dois-je mentionner mon Erasmus précédent dans le mail ?": the Erasmus
months already had in this study cycle count towards its maximum (the rules core's cycle_cap rule), so yes;
the e-mail summary (actions/contact.py) carries them when known, and the answer quotes its line. Round 29
read the first as a request for the short answer (and the destination Lyon), the second as out of scope.
Months of an earlier degree count for no cap of this cycle: not answered here. Used by actions/dialogue.py."""
from __future__ import annotations

from typing import Any

from actions.askabout import sourced
from actions.conditions import length_text
from actions.contact import prior_line
from actions.cycleq import cycle_rule, resolved_params
from actions.earlierplaces import PLACES, said_of_earlier
from actions.i18n import t
from actions.pastclause import earlier_cycle
from actions.phrases import PHRASES, QUESTION_RX
from actions.placeasked import changes_destination
from actions.turn import Turn


def mention_question(turn: Turn, changed: str | None) -> bool:
    """Answered when the message asks whether to put the earlier Erasmus stay in the e-mail to the office."""
    text, call_id = turn.text, turn.get("call")
    found = PHRASES["mention_question"].search(text)
    if turn.is_payload or not call_id or not found:
        return False
    left, right = _sentence(text, found.start(), found.end())
    sentence = text[left:right]
    if "?" not in sentence and not QUESTION_RX.search(sentence.strip()):
        return False  # "I'll mention Lyon myself": no question
    role = turn.get("role")
    rule = cycle_rule(str(call_id), role)
    if rule is None or earlier_cycle(text, turn.entities, role):
        return False
    prior = turn.get("prior_erasmus_months")
    if prior == 0:
        return False  # none in this cycle, as the person said: an earlier stay named is another cycle's
    places = [e for e in turn.entities if e.get("entity") in PLACES and isinstance(e.get("start"), int)
              and left <= e["start"] < right]
    if not said_of_earlier(sentence, prior) and not _another_place(turn, places, prior):
        return False
    lang = turn.lang
    cap = length_text(int(resolved_params(str(call_id), rule)["max_months"]) * 30, lang)
    line = prior_line(turn.view, lang)
    answer = t(lang, "mention_prior_yes", cap=cap, line=line) if line \
        else t(lang, "mention_prior_unknown", cap=cap)
    turn.say("\n".join(x for x in (changed, sourced("", answer, call_id, rule.source, lang).strip()) if x))
    turn.answered = True
    return True


def _another_place(turn: Turn, places: list[dict[str, Any]], prior: Any) -> bool:
    """"the Lyon semester" with Munich the destination and earlier months said: the earlier stay's place."""
    return prior is not None and any(changes_destination(turn.tracker, e) for e in places)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    from actions.when import clause_span

    return clause_span(text, start, end)
