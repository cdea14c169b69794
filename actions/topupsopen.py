"""Top-ups that depend on the person, asked in general ("are there any extra top-ups I might qualify for?") or
for a group and green travel together ("I meant extra money for fewer opportunities or for travelling green,
by train"). Round 43 answered the first with "The amount: as above" and the verdict block, and stored
"green travel: Yes" from the second, answering nothing: the case has no top-up every such person gets
(`grant.top_ups`), and the ones that depend on the person (the call data's `grant.group_top_ups`, and the
notes green travel adds) were not read. They are listed here, each with its source, briefly."""
from __future__ import annotations

from actions.askabout import asking, grants_by_travel_mode, green_only_notes, is_question
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.turn import Turn


def open_top_ups(turn: Turn) -> bool:
    text, call_id = turn.text, turn.get("call")
    question = asking(text)
    if not call_id or not has("top_up_asked", question):
        return False
    if not (is_question(text) or has("meant_said", text)):
        return False
    from actions.travelmode import named

    groups = [g for g, rx in PHRASES["group_named"].items() if rx.search(question)]
    green = bool(PHRASES["fact_words"]["green_travel"].search(question) or named(question, "green_mode"))
    grants = grants_by_travel_mode(turn)
    if grants is None:
        return False
    standard, with_green = grants
    if groups and not green:
        return False  # the group's own answer (actions/topupq.py group_top_up)
    if not (groups and green) and (green or standard.get("top_ups")):
        return False  # green travel alone, or top-ups every such person gets: their own answers
    from actions.topupq import _say_with_contact, source_line

    lang = str(turn.lang)
    found = [g for g in standard.get("group_top_ups") or [] if not groups or g.get("group") in groups]
    lines = [source_line(str(call_id), g, lang) for g in found]
    # (green travel already told is in the grant itself: "a top-up on top of the 417?" is the grant's answer)
    told = turn.get("green_travel") is True
    green_notes = [] if told else green_only_notes(standard, with_green)
    greener = with_green.get("travel_eur")
    if not told and greener and greener != standard.get("travel_eur"):
        from actions import i18n

        lines.append(t(lang, "top_ups_green_travel", green=i18n.fmt_eur(with_green["travel_eur"], lang),
                       standard=i18n.fmt_eur(standard.get("travel_eur") or 0, lang)))
    lines += green_notes
    if not lines:
        return False  # nothing known that depends on the person: the grant answers
    _say_with_contact(turn, [t(lang, "top_ups_open"), *[f"• {line[:1].upper()}{line[1:]}" for line in lines]])
    return True
