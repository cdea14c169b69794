"""Round 45. A way of travelling said with a hedge: "ik ga wss met de trein naar hamburg", "I'll probably
take the train", "j'irai sans doute en train", "probabilmente vado in treno". Round 44 noted "green travel:
Yes" from "wss" (probably). A likely plan is no fact to note (actions/travelmode.py leaves it unread): the
reply says it is not noted yet and what the train would change for the person's plan (the rules core's grant
with and without green travel), as a careful officer would before the person is sure."""
from __future__ import annotations

from actions import i18n, when
from actions.i18n import t
from actions.phrases import has
from actions.travelmode import modes
from actions.turn import Turn


def hedged_green(text: str) -> bool:
    """A green way of travelling named in a part of the sentence that hedges it and asks nothing."""
    for match in modes(text, "green_mode"):
        part = when.clause(text, match.start(), match.end())
        if has("hedged_plan", part) and "?" not in part:
            return True
    return False


def hedged_lines(turn: Turn, said: list[str]) -> list[str]:
    """For a hedged green plan not already noted: "not noted yet" and what it would change (the lines not in
    `said`, the answer given before them), or that nothing changes; [] otherwise."""
    if turn.get("green_travel") is True or not turn.get("call") or not hedged_green(turn.text):
        return []
    from actions.askabout import grants_by_travel_mode, green_only_notes

    grants = grants_by_travel_mode(turn)
    if grants is None:
        return []
    standard, green = grants
    lang = turn.lang
    plain, greener = standard.get("travel_eur"), green.get("travel_eur")
    changes = [t(lang, "travel_green", amount=i18n.fmt_eur(greener, lang))] \
        if plain and greener and plain != greener else []
    changes += [f"ℹ {n}" for n in green_only_notes(standard, green)]
    changes = [c for c in changes if c not in said]
    same = plain == greener and standard.get("notes") == green.get("notes")
    return [t(lang, "green_hedged"), *changes, *([t(lang, "green_hedged_same")] if same else [])]


def likely_travel(turn: Turn) -> bool:
    """"ik ga wss met de trein" with nothing else to answer: not noted, and what it would change."""
    lines = hedged_lines(turn, [])
    if lines:
        turn.say("\n".join(lines))
    return bool(lines)
