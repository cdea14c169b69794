""""Krijgen stagiairs een toeslag, een extra bedrag per maand?", "a friend said trainees get something extra
on top of the normal grant, is that right?": an amount on top of the grant, answered by the person's own grant
as the rules core computes it (`grant.top_ups`: the lines and notes the call data marks as top-ups, with
where they come from). Round 26 got the other-scholarship answer, then "No: a top-up not listed is not part
of it" although the EU traineeship top-up of 150 EUR a month is in the call data.

With no top-up for the case, the grant follow-up answers (actions/grantq.py: everything the figures give)."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import asking, is_question
from actions.i18n import t
from actions.phrases import PHRASES, has, in_sentence
from actions.plangrant import plan_grant
from actions.travelasked import names_travel
from actions.turn import Turn


def top_up_question(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    from actions.fewerq import group_follow_up

    # ("how do I know if I'm entitled to it?" after the fewer-opportunities top-up: who counts, round 33)
    from actions.topupsopen import open_top_ups

    # ("any extra top-ups I might qualify for?" with none every such person gets: those that depend on the
    # person, before the group's alone; round 43)
    if group_follow_up(turn) or open_top_ups(turn) or group_top_up(turn):
        return True
    if not call_id or not is_question(text) or not has("top_up_asked", asking(text)):
        return False
    if names_travel(asking(text)):
        return False  # "is there extra for the train?": the travel answer (actions/travelq.py)
    grant = plan_grant(turn)
    if grant is None:  # an incomplete or invalid profile: the other answers are tried
        return False
    top_ups = grant.get("top_ups") or []
    if not top_ups:
        return False
    lang = turn.lang
    said = [source_line(str(call_id), top_up, lang) for top_up in top_ups]
    sure = how_sure(grant, top_ups, lang)
    place = _place_asked(turn)
    if place:
        # "ca s'applique a moi en Suisse ?": the call data gives the top-up for this destination (round 55
        # answered "Non : je n'ai pas de montant pour ton cas"); what it comes on top of, if not known, and
        # who knows it
        first = t(lang, "top_up_place", country=i18n.country(place, lang), answer=said[0])
        basis = grant.get("basis")
        unknown = [t(lang, "top_up_base_unknown", basis=basis)] \
            if basis and grant.get("total_eur") is None and not sure else []
        _say_with_contact(turn, [first, *said[1:], *sure, *unknown])
        return True
    _say_with_contact(turn, [t(lang, "answer_yes", answer=said[0]), *said[1:], *sure])
    return True


def _place_asked(turn: Turn) -> str | None:
    """The person's destination named in the question ("en Suisse ?"): the plan's grant is that place's."""
    question = asking(turn.text)
    at = turn.text.find(question)
    destination = turn.get("destination")
    for e in turn.entities:
        start = e.get("start")
        if e.get("entity") == "country" and e.get("role") != "citizenship" and e.get("value") == destination \
                and (not isinstance(start, int) or at <= start < at + len(question)):
            return str(destination)
    return None


def how_sure(grant: dict[str, Any], top_ups: list[dict[str, Any]], lang: str) -> list[str]:
    """How sure a top-up's figure is, as the amount said it (round 48: "krijg ik extra omdat het een stage
    is?"): an EU-wide guide rate where the call publishes no amount, else indicative unless certain."""
    if all(u.get("amount_eur") is None for u in top_ups):
        return []
    if grant.get("total_eur") is None:
        return [t(lang, "parts_guide", basis=grant.get("basis") or "-")]
    if grant.get("indicative") or grant.get("confidence") not in (None, "high"):
        return [t(lang, "grant_indicative").strip()]
    return []


def group_top_up(turn: Turn) -> bool:
    """"Is there a top-up for students with fewer opportunities?": the call data's top-ups for that group
    (`grant.group_top_ups`, with their source), or that the call says nothing of it and whom to ask. Round 31
    answered it with the traineeship top-up, which every trainee gets."""
    text, call_id = turn.text, turn.get("call")
    if not call_id or not is_question(text):
        return False
    question = asking(text)
    groups = [g for g, rx in PHRASES["group_named"].items() if rx.search(question)]
    money = has("top_up_asked", question) or has("top_up_question", question) or has("grant_words", question)
    if not groups or not money:
        return False
    grant = plan_grant(turn)
    if grant is None:  # an incomplete or invalid profile: the other answers are tried
        return False
    lang = turn.lang
    found = [g for g in grant.get("group_top_ups") or [] if g.get("group") in groups]
    if found:
        said = [source_line(str(call_id), g, lang) for g in found]
        _say_with_contact(turn, [t(lang, "answer_yes", answer=said[0]), *said[1:]])
        return True
    from actions.calls import call_name

    group = i18n.label(lang, "groups", groups[0])
    lines = [t(lang, "group_top_up_none", call=call_name(str(call_id), lang), group=group)]
    _say_with_contact(turn, lines, always=True)  # "the people below can tell you": they come, said or not
    return True


def _say_with_contact(turn: Turn, lines: list[str], always: bool = False) -> None:
    from actions.contactonce import plain_answer_contact
    from actions.verdict import contact_lines

    contact = contact_lines(str(turn.get("call")), turn.get("role"), turn.lang)
    # (a plain answer: the contact only if no reply said it, round 31)
    lines += contact if always else plain_answer_contact(turn.tracker, contact)
    if turn.intent in ("ask_grant", "check_eligibility"):
        turn.set("goal", turn.tracker.get_slot("goal"))  # the top-up was asked, not the whole answer again
    turn.say("\n".join(lines))
    turn.answered = True


def source_line(call_id: str, top_up: dict[str, Any], lang: str) -> str:
    """The top-up in the call data's words (with its amount for this stay when it has one), and its source."""
    text = str(top_up.get("text") or "")
    if top_up.get("amount_eur") is not None:
        text = f"{text}: {i18n.fmt_eur(top_up['amount_eur'], lang)}"
    text = in_sentence(text)
    return f"{text} ({t(lang, 'source')}: {i18n.source(call_id, top_up.get('source'), lang)})"
