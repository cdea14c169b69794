"""A question between two options ("is that a fixed deadline or can I still apply in February?", "for both
ways or per way?", "heen en terug of per rit?") cannot be answered "Yes" or "No": a reply that opens so, from
whichever part of the assistant, loses that opening and starts with what it says."""
from __future__ import annotations

import re
from typing import Any

from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.sentences import SENTENCE_RX


def either_or(text: str, lang: str) -> bool:
    """Whether a sentence that asks something offers two options ("... or ...?") in the person's language;
    the Dutch "of" after a verb of asking or knowing is "whether" ("weet u of het nodig is?")."""
    return first_option(text, lang) is not None


def first_option(text: str, lang: str) -> str | None:
    """The words before the "or" of the first sentence that offers two options; None when none does."""
    rx = PHRASES["either_or"].get(lang)
    # ("réduisent-ils d'une manière ou d'une autre ... ?": "one way or another" offers no option, round 60)
    for sentence in SENTENCE_RX.split(PHRASES["one_way_or_another"].sub(" ", text)):
        if rx is None or "?" not in sentence:
            continue
        for found in rx.finditer(sentence):
            if lang != "nl" or not has("whether_of", sentence[:found.end()]):
                return sentence[:found.start()]
    return None


def open_question(text: str) -> bool:
    """Every sentence that asks something asks "what, where, how much..." (no yes/no question among them)."""
    from actions.asideq import without_aside

    asking = [s for s in SENTENCE_RX.split(text.strip()) if "?" in s]
    # ("oui je sais, mais combien par mois ?": the question after the acknowledgement)
    return bool(asking) and all(has("wh_start", without_aside(s).lower()) for s in asking)


OPENING_RX = re.compile(r"^[^:：]{1,20}\s?:\s*")


def strip_opening(reply: str) -> str:
    """The reply without its short opening ("No: ", "Not for sure: ", "Sì: "), as written after it."""
    return OPENING_RX.sub("", reply, count=1)


def _openings(lang: str) -> list[str]:
    """The reply language's bare "Yes:" and "No:" openings, as the locale writes them."""
    return [t(lang, key, answer="").rstrip() for key in ("answer_yes", "answer_no")]


def _confirms(text: str, lang: str) -> bool:
    """A sentence of the message checks something back ("So it's around 1290 euros, right? And is it paid in
    one go or in instalments?"): its "Yes:" stays, the other question has its own answer (round 29); so does a
    sentence asking whether a date is firm ("À qui, à Mme Morantin ou à l'adresse générale ? Et le 9 janvier
    est-il une date ferme ?", round 36), and one asking whether the stay is acceptable ("Una settimana è una
    durata accettabile? Esiste una durata minima o massima?": round 51 took the "Sì:" off for "o massima")."""
    return any("?" in s and (has("confirm_question", s) or has("fixed_rule", s) or _length_fine(s))
               and not either_or(s, lang) for s in SENTENCE_RX.split(text))


def _length_fine(sentence: str) -> bool:
    return has("acceptable_question", sentence) and has("length_words", sentence)


def no_bare_yes_no(lang: str, text: str, messages: list[dict[str, Any]]) -> None:
    """The replies to an either/or question, or to an open one ("what must I send?"), without a bare
    "Yes:"/"No:" opening (rewritten in place)."""
    if not (either_or(text, lang) or open_question(text)) or _confirms(text, lang):
        return
    openings = _openings(lang)
    # "Does it have to be a partner, or can I go to any university?": "No:" answers the first option (it need
    # not), the second follows from it; round 40 took it off and the answer no longer said which option held.
    if has("must_option", first_option(text, lang) or ""):
        openings = openings[:1]
    for message in messages:
        reply = str(message.get("text") or "")
        for opening in openings:
            if opening and reply.startswith(opening):
                rest = reply[len(opening):].lstrip()
                message["text"] = rest[:1].upper() + rest[1:]
                break
