""""Do I get travel support?", "et je touche combien pour le voyage ?", "of krijg ik ook reiskosten vergoed?":
the travel part of this person's grant from the rules core; a known zero with its note, said once; or why it
is not known. actions/incontext.py asks it among the questions in context."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import PHRASES, has, in_sentence
from actions.travelasked import travel_asked
from actions.turn import Turn


def travel_question(turn: Turn, confirming: bool = False, followup: bool = False) -> bool:
    """`confirming`: asked as a check ("quindi niente contributo per il biglietto aereo, giusto?", "e il
    viaggio lo pago io a parte?"): yes, no or "not for sure" first (round 29 got the note a third time).
    `followup`: "yes or no for portugal?" right after a travel question (actions/travelasked.py), a yes or no
    question about the travel support without its words."""
    text = turn.text
    # "is the train to amsterdam paid?", "is travel paid?", "yes or no for portugal?" ask yes or no
    paid = has("travel_paid", text) or followup
    if not (followup or travel_asked(text)) or not turn.get("call"):
        return False
    from actions.placeamount import amount_asked_too, amount_lines, decision_for, other_place

    # "En hoeveel krijg ik dan voor Lissabon? Krijg ik ook iets voor de reis?": the amount first, both for
    # the place named (round 45 said the travel sentence alone).
    both = amount_asked_too(turn)
    place = other_place(turn) if both else None
    try:
        decision = decision_for(turn, place)
    except Exception:  # an incomplete or invalid profile: the FAQ answers instead
        return False
    grant = decision.get("grant") or {}
    from actions.nofigure import rough_figure_asked

    # ("309 euro is only for the travel? and per day how much, approximately?": the rough daily figure, of
    # which the call has none, is its own answer, actions/nofigure.py; round 48 gave the amount block too)
    amount = amount_lines(turn, decision, place) if both and not rough_figure_asked(turn.text, grant) else []
    none_said = has("travel_none_said", text)
    found = _answer(turn, grant)
    if found is None:
        return True
    kind, lines = found
    if confirming or none_said or has("confirm_question", text):
        lines[0] = _stance(kind, lines[0], none_said, turn.lang)
    elif kind == "unknown" and paid:
        # "is the train paid?" asks yes or no: "Not known" first, then why and whom to ask (round 31). ("Do I
        # get anything for the flight?" asks what there is: the call data's note says it.)
        why = PHRASES["unknown_travel_lead"].sub("", lines[0], count=1)
        # ("Lisbonne", "Lissabon": the city in the reply language, as the other answers name it)
        city = i18n.city(turn.get("destination_city"), turn.lang, turn.get("destination"),
                         turn.get("city_words"))
        lines[0] = t(turn.lang, "travel_not_known", city=city, answer=why[:1].upper() + why[1:])
    from actions.hedgedtravel import hedged_lines

    # "... ik ga wss met de trein": the train not noted, what it would change said (round 45)
    turn.say("\n".join([*amount, *lines, *hedged_lines(turn, lines)]))
    return True


def _stance(kind: str, line: str, none_said: bool, lang: str) -> str:
    """To a check that there is none, a known amount is "No", a known zero "Yes"; an unknown one is "not for
    sure" whichever way it was put. A known amount asked for as such already says "Yes"."""
    if kind == "amount":
        yes = t(lang, "answer_yes", answer="")
        rest = line[len(yes):] if line.startswith(yes) else line
        return t(lang, "answer_no", answer=t(lang, "travel_there_is", answer=rest)) if none_said else line
    if kind == "none":
        return t(lang, "answer_yes" if none_said else "answer_no", answer=in_sentence(line))
    return t(lang, "travel_not_sure", answer=in_sentence(line))


def _answer(turn: Turn, grant: dict[str, Any]) -> tuple[str, list[str]] | None:
    """What is known of the travel part: ("amount", its lines), ("none", why) or ("unknown", why and who
    knows); None when the city is needed first (asked for)."""
    travel = grant.get("travel_eur")
    if travel:
        parts = grant.get("breakdown") or []
        label = next((str(p.get("label")) for p in parts if p.get("amount_eur") == travel), "")
        band = label.rsplit(": ", 1)[-1]  # "937 km one way, 500-1999 km", not the component's name again
        amount = i18n.fmt_eur(travel, turn.lang)
        lines = [t(turn.lang, "travel_yes", amount=amount, band=band)]
        # "krijg ik mijn vlucht terugbetaald?": no refund of the ticket, a fixed amount per distance band
        # (round 55 said "Ja: € 1.188,00" as if the ticket were refunded); "en mijn vlucht? krijg ik die
        # terugbetaald?" asks it in the message's other sentence.
        whole = str(turn.tracker.latest_message.get("text") or "")
        if has("fare_refund", whole) and not has("travel_none_said", whole):
            source = i18n.source(turn.get("call"), grant.get("travel_source"), turn.lang)
            lines = [t(turn.lang, "travel_not_refund", amount=amount, band=band, source=source)]
        green = _green_amount(turn) if turn.get("green_travel") is None else None
        if green and green != travel:
            lines.append(t(turn.lang, "travel_green", amount=i18n.fmt_eur(green, turn.lang)))
        return "amount", lines
    if travel == 0:
        return "none", [again(turn, grant) or no_travel(grant.get("notes") or [], turn.lang)]
    if not turn.get("destination_city"):
        turn.say(t(turn.lang, "travel_need_city"))
        return None
    # The call data's note on why travel support is not known here, with whom to ask; else the basis.
    notes = [n for n in grant.get("notes") or [] if has("travel_question", n)]
    from actions.verdict import contact_lines

    if notes:
        return "unknown", [*notes, *contact_lines(turn.get("call"), turn.get("role"), turn.lang)]
    return "unknown", [t(turn.lang, "travel_unknown", basis=grant.get("basis") or "-")]


def no_travel(notes: list[str], lang: str) -> str:
    """"No separate travel support: <why>", said once: the notes about travel only, without the opening of a
    note that says it already ("No travel support: under EU-wide rules..."); a note that says it in a sentence
    of its own (IMT Lucca: "No separate travel support existed...") is the answer alone."""
    about = [PHRASES["no_travel_lead"].sub("", n, count=1) for n in notes if has("travel_question", n)]
    if about and all(has("no_travel_said", n) for n in about):
        return " ".join(about)
    return t(lang, "travel_none", notes=" ".join(about or notes))


def again(turn: Turn, grant: dict[str, Any]) -> str:
    """A travel note said in full before in this conversation, in its few words ("No separate travel support
    for Switzerland under the EU-wide rules ..."; round 50 said the list of regions 13 and 14 three times);
    "" when none was."""
    from actions.shown import shown_lines

    said = "\n".join([*shown_lines(turn.tracker), *turn.said])
    return " ".join(short for note, short in (grant.get("notes_short") or {}).items() if note in said)


def _green_amount(turn: Turn) -> float | None:
    """The travel support if the person travelled green (the reference's green band), for comparison."""
    from actions.facts import view
    from actions.flow import evaluate

    saved = turn.view
    turn.view = view(turn.view, green_travel=True)
    try:
        return (evaluate(turn).get("grant") or {}).get("travel_eur")
    except Exception:  # no comparison rather than no answer
        return None
    finally:
        turn.view = saved
