""""Die 1.188 euro reissteun, krijg ik die ook als ik uiteindelijk geen beurs van die 2 krijg?", "do I still
get the travel support if I'm not selected?", "si je n'obtiens pas la bourse, je touche quand même l'aide au
voyage ?", "il contributo di viaggio lo ricevo comunque se non ottengo la borsa?": the travel support and the
other amounts are parts of the Erasmus+ grant (the rules core computes them as its parts; the call's own words
on what the grant covers, with their source, where the call data has them), so without a grant none of them is
paid. Whether one could still go without a grant the call data does not say: whom to ask. Round 37 answered
"Yes: €1,188.00 of travel support", twice. Round 58: "un erasmus sans bourse erasmus (genre zéro euro), c'est
possible à l'IMT ?" got "Non : tous les montants ..." and ended "L'appel ne dit pas si un départ sans bourse
resterait possible"; going at all without the grant asked, that the call does not say comes first, no "No"."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.turn import Turn

COVERS_TOPICS = ("grant_covers",)  # the call's words on what its grant pays for


def asked(text: str) -> str | None:
    """"travel" or "amounts" when the message asks for an amount without a grant, "go" when it asks whether
    one may go at all without one ("je peux quand même partir ... sans argent ?"); else None. "Can I still go
    if I'm not selected?" asks no amount (the call does not say): None."""
    clause = PHRASES["without_grant"].search(text)
    if clause is None or not is_question(text):
        return None
    rest = text[:clause.start()] + " " + text[clause.end():]  # what is asked besides the grant itself
    if has("travel_word", rest) or has("travel_question", rest):
        return "travel"
    if has("go_anyway", rest):
        return "go"
    money = has("grant_words", rest) or has("top_up_question", rest) or has("how_much", rest) \
        or has("receive_it", rest) or has("travel_paid", rest)
    return "amounts" if money else None


def without_grant(turn: Turn) -> bool:
    call_id = turn.get("call")
    kind = asked(turn.text) if call_id and not turn.is_payload else None
    if kind is None:
        return False
    travel = kind == "travel"
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    from actions.nogrant import ruled_out

    grant = decision.get("grant") or {}
    if ruled_out(decision) or (travel and grant.get("travel_eur") == 0):
        return False  # no grant for the plan at all, or no travel support even with one: those answers
    lang = turn.lang
    from actions.fewerq import _contact

    contact = _contact(str(call_id), turn.get("role"))
    if kind == "go":
        if not contact:
            return False
        amounts = t(lang, "without_grant_amounts")
        lines = [t(lang, "without_grant_go_first", contact=contact), amounts[:1].upper() + amounts[1:]]
        return _said(turn, lines)
    lines = [t(lang, "answer_no", answer=_part(grant, travel, lang))]
    lines += _covers(str(call_id), turn.get("role"), lang)
    if contact:
        lines.append(t(lang, "without_grant_go", contact=contact))
    return _said(turn, lines)


def _said(turn: Turn, lines: list[str]) -> bool:
    from actions.awardedq import keep_goal

    keep_goal(turn)
    turn.say("\n".join(lines))
    turn.answered = True
    return True


def _part(grant: dict[str, Any], travel: bool, lang: str) -> str:
    amount = grant.get("travel_eur")
    if travel and amount:
        return t(lang, "without_grant_travel", amount=i18n.fmt_eur(amount, lang))
    return t(lang, "without_grant_travel_any" if travel else "without_grant_amounts")


def _covers(call_id: str, role: str | None, lang: str) -> list[str]:
    """The call's own words on what its grant pays for (travel among them), with their source."""
    from actions.faq import topics_of

    try:
        topics = topics_of(call_id, COVERS_TOPICS, role)
    except Exception:  # a call file problem: the answer without the call's words
        return []
    word = t(lang, "source")
    return [t(lang, "without_grant_call", words=topic.answer(lang), source_word=word,
              source=i18n.source(call_id, topic.source, lang)) for topic in topics]
