"""Round 48 (an ITM lab technician, staff training in Barcelona): "et l'hôtel, c'est remboursé à part ?" got
the students' grant paragraph, then the "who can apply" block, then another scholarship's priorities ("il
est remboursé en plus de la bourse ou pas ?"), then "votre réponse ne change pas" to "je parle des frais
d'hotel pendant la semaine a Barcelone". Now the hotel (lodging) asked as paid or covered: the call does
not say whether it is paid separately, what the call says its grant is for (its grant_covers topic, the
person's own section), whom to ask. "je dois demander à mon chef ?", alone or with the hotel, got "my
answer above stands" with unrelated topics: a staff member's line manager's approval is no step the calls
name; said so, whom to ask."""
from __future__ import annotations

from actions.askabout import is_question, sourced
from actions.calls import call_name
from actions.i18n import t
from actions.phrases import has
from actions.turn import Turn


def lodging_asked(turn: Turn) -> bool:
    """The hotel or lodging asked as paid, covered or refunded ("et l'hôtel, c'est remboursé à part ?"), or
    meant so after another answer ("je parle des frais d'hotel pendant la semaine"); not its price ("how
    much does a hotel cost?") nor an amount per night (the grant)."""
    text = turn.text
    if not turn.get("call") or turn.is_payload or not has("lodging_words", text) or has("how_much", text):
        return False
    meant = has("meant_or_asked", text)
    return (is_question(text) or meant) and (has("lodging_paid", text) or meant)


def boss_asked(turn: Turn) -> bool:
    """A staff member asks whether the line manager must agree ("je dois demander à mon chef ?")."""
    text = turn.text
    return bool(turn.get("call")) and turn.get("role") == "staff" and not turn.is_payload \
        and is_question(text) and has("boss_question", text)


def stay_extras_answer(turn: Turn, changed: str | None) -> bool:
    """The hotel and the line manager's approval, each asked, answered in one reply (facts noted first)."""
    lodging, boss = lodging_asked(turn), boss_asked(turn)
    if not (lodging or boss):
        return False
    lang, call_id, role = turn.lang, str(turn.get("call")), turn.get("role")
    name = call_name(call_id, lang)
    lines = [changed] if changed else []
    if lodging:
        lines += _lodging(call_id, role, lang, name)
    if boss:
        lines.append(t(lang, "boss_not_in_call", call=name))
    from actions.verdict import contact_lines

    lines += contact_lines(call_id, role, lang)
    if turn.intent in ("ask_grant", "ask_deadline", "ask_contact"):
        turn.set("goal", turn.tracker.get_slot("goal"))  # no amount, date or contact card was asked
    turn.say("\n".join(lines))
    return True


def _lodging(call_id: str, role: str | None, lang: str, name: str) -> list[str]:
    from actions.faq import topics_of

    covers = topics_of(call_id, ("grant_covers",), role)
    if not covers:
        return [t(lang, "lodging_not_said", call=name)]
    said = sourced("", covers[0].answer(lang), call_id, covers[0].source, lang).strip()
    return [t(lang, "lodging_not_said_but", call=name), said]
