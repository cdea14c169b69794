""""The green travel, that is in the ITM call or only general EU rule?", "is green travel written in the ITM
call itself?": whether the call's own text names green travel, from the call data (`chat.terms`: a term
placed in the reference, erasmus-figures.md, is no word of the call's text), and where the green figure
comes from. Round 48 answered "Yes: with green travel ... €417.00 instead of €309.00", which read as "the
call says so". The figures are the rules core's (askabout.grants_by_travel_mode); nothing is stored."""
from __future__ import annotations

from actions import i18n
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.turn import Turn

TERM = "travel_green"


def green_in_call(turn: Turn) -> bool:
    """Whether green travel is in the call itself, asked: "No: the call's own text does not mention it; the
    green travel support (€417.00 instead of €309.00 here) is the EU-wide rule" (or "Yes" with its section
    when the call's text names it); False for any other question."""
    from actions.askabout import asking, is_question
    from actions.calls import call_name
    from actions.termmeaning import _term_sources
    from rules_core.headings import REFERENCE_FILE

    text, call_id = turn.text, turn.get("call")
    question = asking(text)
    if not call_id or not is_question(text) or not PHRASES["term_words"][TERM].search(question) \
            or not has("in_call_question", question):
        return False
    lang, name = turn.lang, call_name(str(call_id), turn.lang)
    where = _term_sources(str(call_id)).get(TERM)
    if where and not where.startswith(REFERENCE_FILE):
        turn.say(t(lang, "green_in_call_yes", call=name, source=i18n.source(call_id, where, lang)))
        return True
    lines = [t(lang, "green_in_call_no", call=name)]
    figures = _figures(turn)
    if figures:
        lines.append(t(lang, "green_in_call_figures", **figures))
    turn.say("\n".join(lines))
    turn.answered = True
    return True


def _figures(turn: Turn) -> dict[str, str]:
    """The green and the standard travel support for the person's plan, when both are known and differ."""
    from actions.askabout import grants_by_travel_mode

    grants = grants_by_travel_mode(turn)
    if grants is None:
        return {}
    standard, green = grants
    plain, greener = standard.get("travel_eur"), green.get("travel_eur")
    if not plain or not greener or plain == greener:
        return {}
    return {"green": i18n.fmt_eur(greener, turn.lang), "standard": i18n.fmt_eur(plain, turn.lang)}
