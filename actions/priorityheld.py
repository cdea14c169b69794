"""A priority asked about with the fact it reads already known: "quindi avendo la borsa rischio di non essere
presa? come funziona la priorità" (round 49, an IMT Lucca PhD student who had said "con la borsa di dottorato
posso comunque prendere l'Erasmus?"). The priority reply asked back "È così (altra borsa)?", a fact the
question itself states ("avendo la borsa"). Now the fact is taken as the message (or the conversation's
slots) says it, and the answer is what the priority does: it ranks the person lower, excludes no one, and how
many grants there are (or that the call does not say, and whom to ask). Which priority favours whom is the
rules core's (rules_core.priorities); the grant count is the call's `grant_count` topic."""
from __future__ import annotations

from actions.askabout import sourced
from actions.i18n import t
from actions.phrases import PHRASES
from actions.prioritystill import still_lines
from actions.turn import Turn


def held_priority(turn: Turn, lead: list[str]) -> bool:
    """The priority question (actions/priorityq.priority) answered with the yes/no fact it reads held: said
    in the message ("avendo la borsa"), in an earlier one, or noted. False when no priority reading such a
    fact goes against the person. `lead`: whether they may apply at all, when that is asked too."""
    from actions.priorityq import _items

    assumed = held_facts(turn)
    if not assumed:
        return False  # none said, or noted either way: the priority answer reads the slots
    items = [i for i in _items(turn, assumed) if set(i["reads"]) & set(assumed)]
    lower = [i for i in items if i["favoured"] is False]
    if not lower:
        return False  # a priority that favours them, or none reading it: the priority answer
    lang = turn.lang
    call_id = str(turn.get("call"))
    lines = [*lead, t(lang, "priority_fact_lower"),
             *[sourced("✗", i["text"], call_id, i["source"], lang) for i in lower],
             *still_lines(turn, lower),
             "" if lead else t(lang, "priority_ranks_only"), count_line(call_id, turn.get("role"), lang)]
    turn.say("\n".join(line for line in lines if line))
    turn.priorities_said = True
    return True


def held_facts(turn: Turn) -> dict[str, bool]:
    """The yes/no facts not noted that the person said they have, here or before, as True."""
    from actions.priorityq import _assumed, _facts_named

    named = _facts_named(turn)
    assumed = {f: True for f in held_in(turn, named)}
    assumed.update({f: True for f, v in _assumed(turn, named).items() if v})
    return assumed


def held_in(turn: Turn, named: set[str]) -> set[str]:
    """The yes/no facts not noted that this message, or an earlier one of the person's, says they have
    ("avendo la borsa", "con la borsa di dottorato posso comunque ...?"); one noted either way is kept."""
    from rules_core.vocab import BOOL_FIELDS

    texts = [turn.text, *(str(e.get("text") or "") for e in turn.tracker.events or []
                          if e.get("event") == "user")]
    words = PHRASES["fact_words"]
    out: set[str] = set()
    for name in [f for f in (*named, *BOOL_FIELDS) if f in words and turn.get(f) is None]:
        for text in texts:
            if any(PHRASES["held_premise"].search(text[max(0, m.start() - 40):m.start()])
                   for m in words[name].finditer(text)):
                out.add(name)
    return out


def count_line(call_id: str, role: str | None, lang: str) -> str:
    """How many grants there are: the call's `grant_count` topic with its source, or that the call does not
    say and whom to ask."""
    from actions.askabout import not_said
    from actions.faq import topics_of

    topics = topics_of(call_id, ("grant_count",), role)
    if topics:
        return sourced("ℹ", topics[0].answer(lang), call_id, topics[0].source, lang)
    return not_said(call_id, "grant_count", role, lang)
