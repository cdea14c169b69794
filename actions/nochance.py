""""So no chance at all, or does it depend on something else?" ("Donc aucune chance du tout, ou ça dépend
d'autre chose ?", "dus geen enkele kans?", "quindi nessuna possibilità?"), asked about the call's priorities.
Round 33 said the same priority block again, word for word. A priority only ranks the applications, so the
answer is "no, not no chance", and what it depends on as the call data gives it: how many grants there are and
how they go (the call's notes for the person) and the selection criteria for the person's role."""
from __future__ import annotations

from actions import i18n
from actions.askabout import asking, is_question
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def no_chance_question(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    if not call_id or not is_question(text) or not has("no_chance_question", asking(text)):
        return False
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the priority answers are tried
        return False
    if decision.get("verdict") != "eligible":
        return False  # a plan the rules turn down: its own reasons answer, not "a priority only ranks"
    from actions.faq import topics_of
    from actions.priorityq import against_lines
    from actions.shown import only_new_checks
    from actions.verdict import call_notes

    lang = turn.lang
    lines = [t(lang, "no_chance_not_none"), t(lang, "no_chance_depends")]
    lines += [f"ℹ {note}" for note in call_notes(decision)]
    for topic in topics_of(str(call_id), ("selection_criteria",), turn.get("role")):
        source = i18n.source(call_id, topic.source, lang)
        lines.append(f"• {topic.answer(lang)} ({t(lang, 'source')}: {source})")
    against = against_lines(turn)
    if against and only_new_checks("\n".join(against), turn):
        lines += [t(lang, "no_chance_priorities"), *against]  # not said yet in this conversation
    elif against:  # said before: that it goes against them, plainly (round 41 listed it again after "No:")
        lines.append(t(lang, "no_chance_priorities_above"))
    from actions.verdict import short_contacts

    # How many apply is the one figure the chances turn on that no call gives (round 41).
    who = short_contacts(str(call_id), turn.get("role"), lang, in_sentence=True)
    lines.append(t(lang, "no_chance_office", who=who))
    turn.say("\n".join(lines))
    turn.priorities_said = True
    return True

