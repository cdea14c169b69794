"""A staff member's question about their employment contract ("Moet ik een bepaald type contract hebben bij
het ITG? Mijn postdoc-contract loopt tot eind 2026.", "what kind of employment contract do I need?", "faut-il
un type de contrat de travail ?", "serve un certo contratto di lavoro?"): the call's own topic on it (it
names who may apply, never a contract type), with whom to ask. Round 34 got the students' diploma contract
for the word "contract". Only for staff: a student's "contract" is the diploma contract. Used by
actions/incontext.py."""
from __future__ import annotations

from actions.phrases import QUESTION_RX, has
from actions.turn import Turn

TOPIC = ("staff_contract",)


def employment_contract_question(turn: Turn) -> bool:
    text = turn.text
    call_id = turn.get("call")
    if not call_id or turn.get("role") != "staff" or not has("employment_contract", text) \
            or has("diploma_contract", text) or "?" not in text and not QUESTION_RX.search(text.strip()):
        return False
    from actions.faq import render_topics, topics_of
    from actions.verdict import contact_lines

    found = topics_of(str(call_id), TOPIC, "staff")
    if not found:
        return False
    turn.say("\n".join([render_topics(str(call_id), found, turn.lang),
                        *contact_lines(str(call_id), "staff", turn.lang)]))
    return True
