"""Round 59 (r59-m2). The daily allowance asked: "Cela ne répond pas du tout à ma question. Tant pis. Et
l'indemnité journalière ?" got "I can't find the answer in the call" (the complaint before it hid the
question), and "Quel est le montant de l'indemnité journalière pour un séjour en Norvège ?" got the travel
amount first again, the individual support second. A question naming the daily allowance, per diem or
individual support (`daily_allowance_question`) is read as the grant asked (actions/rereading.py), and its
answer opens with the individual support: the grant answer's "I can't give the rest of the amount: ..." line
comes first, said as the daily allowance's answer (nothing is computed here: the line is the rules core's)."""
from __future__ import annotations

from actions.i18n import t
from actions.phrases import has
from actions.sentences import SENTENCE_RX
from actions.turn import Turn


def daily_asked(text: str) -> bool:
    """Whether a question of the message names the daily allowance or individual support."""
    return any(("?" in s or has("asking_whether", s)) and has("daily_allowance_question", s)
               for s in SENTENCE_RX.split(text))


def daily_first(turn: Turn, start: int) -> None:
    """The individual support line of this turn's grant answer moved before its travel line."""
    if not daily_asked(turn.text):
        return
    lang = turn.lang
    prefix = t(lang, "grant_rest_unknown", basis="").rstrip()
    travel = t(lang, "grant_travel_only", label="", amount="")[:2]  # "💶 "
    for message in turn.dispatcher.messages[start:]:
        lines = str(message.get("text") or "").split("\n")
        rest = next((i for i, line in enumerate(lines) if line.startswith(prefix)), None)
        first = next((i for i, line in enumerate(lines) if line.startswith(travel)), None)
        if rest is None or first is None or first > rest:
            continue
        basis = lines[rest][len(prefix):].strip()
        named, colon, said = basis.partition(":")
        if colon and has("daily_allowance_question", named):
            basis = said.strip()  # "Individual support: ITM Annex 1 ...": the name is in the opening already
        moved = t(lang, "grant_daily_first", basis=basis)
        before, travel_lines = lines[:first], lines[first:rest]
        if _travel_told(turn, travel_lines):  # "Et pour les frais de séjour ?" after the travel (round 62)
            sure = t(lang, "grant_sure_travel", amount="\0").split("\0")[0]
            before, travel_lines = [line for line in before if not line.startswith(sure)], []
        message["text"] = "\n".join(before + [moved] + travel_lines + lines[rest + 1:])
        return


def _travel_told(turn: Turn, travel_lines: list[str]) -> bool:
    """Whether the travel lines were all said before in the conversation and travel is not asked now."""
    from actions.progress import said_before

    if has("travel_question", turn.text) or not travel_lines:
        return False
    return all(said_before(turn.tracker, turn.lang, line) for line in travel_lines if line.strip())
