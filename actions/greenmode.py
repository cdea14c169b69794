"""Round 59 (r59-m2). Whether a way of travelling counts as green travel: "Le ferry compte-t-il aussi comme
voyage vert ? Une partie du trajet se fait en ferry entre le Danemark et la Norvège." got the destination
answer (Norway named), "Je demandais si le trajet en ferry est accepté comme voyage vert, au même titre que le
train." the credit-transfer text, and "mon trajet combine train et ferry. Est-ce que cela compte bien comme
voyage écologique pour le montant de 417 € ?" the amount again. The answer says whether the mode is one the
green travel definition names (train, bus, car-sharing: the reference, erasmus-figures.md, placed by the
call data's `chat.terms`), and for a mode it does not name (ferry, plane) that the office confirms, with
whom. Nothing is stored: "I go by train" says the plan (actions/travelmode.py)."""
from __future__ import annotations

from actions.i18n import label, source, t
from actions.phrases import PHRASES, has
from actions.polarity import reads_polarity
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

NAMED = ("train", "bus", "car_sharing")  # the means the definition names (erasmus-figures.md)
TERM = "travel_green"


def asked_sentence(text: str) -> str | None:
    """The question whether something counts as green travel, or None."""
    for sentence in SENTENCE_RX.split(text):
        if ("?" in sentence or has("asking_whether", sentence)) and has("green_mode_green", sentence) \
                and has("green_mode_count", sentence):
            return sentence
    return None


def modes(text: str) -> list[str]:
    """The ways of travelling named, in the order of green_mode_kinds."""
    return [kind for kind, rx in PHRASES["green_mode_kinds"].items() if rx.search(text)]


@reads_polarity  # "does it count?" is no problem question: its "Yes:" stays
def green_mode_question(turn: Turn, changed: str | None) -> bool:
    """"Does the ferry count as green travel?": yes for a mode the definition names, else that the office
    confirms (named), with the definition and its source; False for any other message."""
    call_id = turn.get("call")
    sentence = asked_sentence(turn.text)
    if not call_id or sentence is None:
        return False
    named = modes(sentence) or modes(turn.text)
    if not named:
        return False  # "does that count as green travel?" with no mode: the green travel answers say it
    lang = turn.lang
    means = t(lang, "green_mode_means")
    other = next((m for m in named if m not in NAMED), None)
    lines = [changed] if changed else []
    if other is None:
        first = label(lang, "green_mode_labels", named[0])
        lines.append(t(lang, "green_mode_named", mode=first, means=means))
    else:
        mode = label(lang, "green_mode_labels", other)
        lines.append(t(lang, "green_mode_unnamed", mode=mode, Mode=mode[:1].upper() + mode[1:], means=means,
                       contact=_contact(turn)))
        main = next((m for m in named if m in NAMED), None)
        if main:
            lines.append(t(lang, "green_mode_main", main=label(lang, "green_mode_labels", main), mode=mode))
    lines.append(_source_line(turn))
    turn.say("\n".join(line for line in lines if line))
    turn.answered = True
    return True


def _contact(turn: Turn) -> str:
    from actions.contact import best_contact, describe

    found = best_contact(str(turn.get("call")), turn.get("role"))
    return describe(found, turn.lang) if found is not None else ""


def _source_line(turn: Turn) -> str:
    from actions.calls import call_name
    from actions.termmeaning import _term_sources

    call_id = str(turn.get("call"))
    where = _term_sources(call_id).get(TERM)
    if not where:
        return ""
    return t(turn.lang, "green_mode_source", source=source(call_id, where, turn.lang),
             call=call_name(call_id, turn.lang))
