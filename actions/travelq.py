""""Do I get travel support?", "et je touche combien pour le voyage ?", "of krijg ik ook reiskosten vergoed?":
the travel part of this person's grant from the rules core; a known zero with its note, said once; or why it
is not known. actions/incontext.py asks it among the questions in context."""
from __future__ import annotations

from actions import i18n
from actions.i18n import t
from actions.phrases import PHRASES, QUESTION_RX, has
from actions.turn import Turn


def travel_question(turn: Turn) -> bool:
    text = turn.text
    asks = "?" in text or QUESTION_RX.search(text.strip()) is not None
    if not asks or not has("travel_question", text) or not turn.get("call"):
        return False
    from actions.flow import evaluate

    try:
        grant = evaluate(turn).get("grant") or {}
    except Exception:  # an incomplete or invalid profile: the FAQ answers instead
        return False
    travel = grant.get("travel_eur")
    if travel:
        parts = grant.get("breakdown") or []
        label = next((str(p.get("label")) for p in parts if p.get("amount_eur") == travel), "")
        band = label.rsplit(": ", 1)[-1]  # "937 km one way, 500-1999 km", not the component's name again
        lines = [t(turn.lang, "travel_yes", amount=i18n.fmt_eur(travel, turn.lang), band=band)]
        green = _green_amount(turn) if turn.get("green_travel") is None else None
        if green and green != travel:
            lines.append(t(turn.lang, "travel_green", amount=i18n.fmt_eur(green, turn.lang)))
        turn.say("\n".join(lines))
    elif travel == 0:
        turn.say(no_travel(grant.get("notes") or [], turn.lang))
    elif not turn.get("destination_city"):
        turn.say(t(turn.lang, "travel_need_city"))
    else:
        # The call data's note on why travel support is not known here, with whom to ask; else the basis.
        notes = [n for n in grant.get("notes") or [] if has("travel_question", n)]
        from actions.verdict import contact_lines

        lines = [*notes, *contact_lines(turn.get("call"), turn.get("role"), turn.lang)] if notes \
            else [t(turn.lang, "travel_unknown", basis=grant.get("basis") or "-")]
        turn.say("\n".join(lines))
    return True


def no_travel(notes: list[str], lang: str) -> str:
    """"No separate travel support: <why>", said once: the notes about travel only, without the opening of a
    note that says it already ("No travel support: under EU-wide rules..."); a note that says it in a sentence
    of its own (IMT Lucca: "No separate travel support existed...") is the answer alone."""
    about = [PHRASES["no_travel_lead"].sub("", n, count=1) for n in notes if has("travel_question", n)]
    if about and all(has("no_travel_said", n) for n in about):
        return " ".join(about)
    return t(lang, "travel_none", notes=" ".join(about or notes))


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
