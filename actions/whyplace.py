"""Round 52. "Why not" the plan's own destination, after an answer that a destination rule rules out: "why
Senegal not?", "pourquoi pas Dakar ?", "Pourriez-vous m'expliquer pourquoi le Sénégal n'est pas possible ?
L'Institut Pasteur de Dakar fait pourtant partie du réseau Pasteur.", "oh :( why not Brussels? MSF is an
international NGO, doesn't that count?". Round 52 said the refusal again ("Non : Destination non éligible :
...") or every check of the call. The answer gives the rule's reason once, plainly (the rules core's failed
destination rules, with their sections), that the host or its network does not change a rule about the
country when the person argues so, what would work (the destinations the call covers, actions/whydetail.py),
and the plan's other failed rules in one line each."""
from __future__ import annotations

from actions.askabout import sourced_entry
from actions.i18n import t
from actions.phrases import has
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

PLACE_ENTITIES = ("country", "city", "destination", "destination_city")


def why_not_place(turn: Turn, changed: str | None) -> bool:
    """The why-answer for the plan's own destination; False when the message asks no such thing, or no
    destination rule fails."""
    if not turn.get("last_decision") or not turn.get("call") or "?" not in turn.text \
            or not has("why_word", turn.text) or _moved(turn) or not _names_the_place(turn) \
            or any(e.get("entity") == "role" for e in turn.entities) \
            or turn.get("role") == "staff" and has("student_word", turn.text):
        return False  # ("hoe komt dat, voor studenten kan Oeganda toch wel?": the groups compared elsewhere)
    from actions.whydetail import place_works, refused_place

    refused = refused_place(turn)
    if refused is None:
        return False
    decision, place = refused
    failed = decision.get("failed") or []
    call_id, lang = str(decision.get("call") or turn.get("call")), turn.lang
    lines = [changed] if changed else []
    lines.append(t(lang, "why_failed_one" if len(place) == 1 else "why_failed_many"))
    lines += [sourced_entry("✗", f, call_id, lang) for f in place]
    if has("host_network_said", turn.text):
        lines.append(t(lang, "why_place_host_no_matter"))
    # (what would work: the sending country excluded for "why not Brussels?", none for "why Senegal not?")
    lines += place_works(turn, decision, place)
    others = [f for f in failed if f not in place]
    if others:
        lines.append(t(lang, "why_place_also_failed"))
        lines += [sourced_entry("✗", f, call_id, lang) for f in others]
    turn.say("\n".join(lines), [{"title": t(lang, "button_all_checks"), "payload": "/show_checks"}])
    turn.answered = True
    return True


def _moved(turn: Turn) -> bool:
    """The destination changed by this message ("why not Amsterdam instead?" is a new place, not a why)."""
    return any(name in turn.changes and turn.changes[name] != turn.tracker.get_slot(name)
               for name in ("destination", "destination_city"))


def _names_the_place(turn: Turn) -> bool:
    """A why-question that names the plan's destination country or city ("why not Brussels?")."""
    text, at = turn.text, 0
    wanted = {str(turn.get("destination") or "").lower(), str(turn.get("destination_city") or "").lower()}
    wanted.discard("")
    for sentence in SENTENCE_RX.split(text):
        start = text.find(sentence, at)
        at = start + len(sentence)
        if "?" not in sentence or not has("why_word", sentence):
            continue
        for entity in turn.entities:
            begin = entity.get("start")
            if entity.get("entity") in PLACE_ENTITIES and isinstance(begin, int) and start <= begin < at \
                    and entity.get("role") in (None, "destination") \
                    and str(entity.get("value") or "").lower() in wanted:  # ("sono italiano": no place)
                return True
    return False
