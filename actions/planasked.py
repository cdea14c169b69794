"""A first message that tells a plan and asks about it is an eligibility question, whatever the NLU says.

Round 41: "Hi, I'm doing my PhD at ITM Antwerp and I'd like to do a short research stay at the University of
Cape Town, 13 April to 1 May 2026. Can I go with Erasmus+?" came out out_of_scope 0.91 (and its Italian twin,
"lavoro nell'amministrazione all'ITM di Anversa ... si può?", 0.76): the person got "I can only help with
Erasmus+ mobility..." and repeated everything. A message naming who they are or what they would do (role,
activity, the institution) and asking something is about a mobility, so it is read as check_eligibility.

Round 62: "Bonjour, je suis agent administratif au service financier de l'ITM Anvers. Je souhaiterais
effectuer une formation (job shadowing) au service des finances de l'Université de Genève, du 9 au 13 mars
2026. Est-ce possible dans le cadre d'Erasmus+ ?" was read as the credit-transfer topic and opened with the
students' degree contract and grading scales: a message telling a whole case (what, where, when) and asking
whether it can be done, with none of its topic's words, is that question too (`case_told`).
"""

from __future__ import annotations

from actions.phrases import has
from actions.turn import Turn

# Entities that place a message inside the calls' world: a city or a date alone does not ("can you book me a
# flight to Madrid?" stays out of scope).
PLAN_ENTITIES = frozenset({"role", "activity", "institution"})


def plan_asked(turn: Turn) -> bool:
    """The message names the person's role, activity or institution and asks whether it can be done."""
    if turn.intent != "out_of_scope" or turn.is_payload:
        return False
    named = {str(e.get("entity")) for e in turn.entities}
    if not named & PLAN_ENTITIES:
        return False
    # Whether it can be done, not any question: "I am at ITM, where can I find housing?" stays as it was.
    # ("I'd like to spend a research period at ... with Erasmus+. Can you help?": help with a plan, round 62)
    return has("verdict_question", turn.text) or has("plan_possible_question", turn.text) \
        or has("cycle_plan_help", turn.text)


# What a case is made of: what is done, where, and when (each one of these entities).
CASE_PARTS = (frozenset({"activity", "role"}), frozenset({"city", "country", "receiving_org"}),
              frozenset({"start_date", "end_date"}))


def case_told(turn: Turn) -> bool:
    """An information topic guessed for a message that tells a whole case and asks whether it can be done,
    naming none of the topic's words ("formation ... service des finances" is no credit transfer)."""
    from actions.faq import FAQ_TOPICS, named_topics

    keys = FAQ_TOPICS.get(str(turn.intent))
    if not keys or turn.is_payload:
        return False
    named = {str(e.get("entity")) for e in turn.entities if e.get("role") != "citizenship"}
    if not all(part & named for part in CASE_PARTS) or set(keys) & set(named_topics(turn.text)):
        return False
    return has("verdict_question", turn.text) or has("plan_possible_question", turn.text)
