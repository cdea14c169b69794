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
        message["text"] = "\n".join(lines[:first] + [moved] + lines[first:rest] + lines[rest + 1:])
        return
