"""Answers typed instead of clicked: a button title ("personeelstraining", "Master's student") and a country
the extractor missed ("sono pakistano"). Used by actions/facts.py for the question being asked."""
from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from actions import i18n

LABEL_GROUPS = {"role": "roles", "activity": "activities", "receiving_org": "orgs"}
FUZZY_MIN = 86


def typed_label(slot: str, text: str) -> str | None:
    """A button title typed instead of clicked ("personeelstraining", "Master's student"), in any language."""
    choices: dict[str, str] = {}
    for lang in i18n.LANGS:
        mapping = i18n.raw(lang, LABEL_GROUPS[slot])
        if isinstance(mapping, dict):
            choices.update({str(label).lower(): key for key, label in mapping.items()})
    found = process.extractOne(text.lower(), list(choices), scorer=fuzz.WRatio, score_cutoff=FUZZY_MIN)
    return choices[found[0]] if found and len(text) <= 60 else None


COUNTRY_WORD_MIN = 85


def country_in_words(text: str, asked: str | None = None, destination: str | None = None) -> str | None:
    """A country the extractor missed ("sono pakistano"), from the rules core's names: the closest name to one
    of the last words, when it is very close. For the nationality, not one inside a question ("existe-t-il un
    accord avec Grenade ?": actions/placeasked.py), nor the `destination` the message gave ("je pars au
    Portugal")."""
    from actions.placeasked import NATIONALITY_FIELDS, in_a_question

    found = country_word(text)
    if found is None or asked in NATIONALITY_FIELDS and (
            in_a_question(text, found[1], found[2]) or found[0] == destination):
        found = _stated_first(text, destination) if asked in NATIONALITY_FIELDS else None
        if found is None:
            return None
    return found[0]


def _stated_first(text: str, destination: str | None) -> tuple[str, int, int] | None:
    """The nationality said in a sentence of its own before a question ("I'm Argentinian. Quick question tho,
    does ITM need an agreement with the institute?"): only the message's last words were read, the
    question's, and the nationality asked for was lost (round 50). A sentence that asks nothing, said of the
    person ("I'm ...", "je suis ...") or a bare word or two ("Argentinian."), not the destination."""
    from actions.sentences import SENTENCE_RX
    from actions.stated import said_of_self

    at = 0
    for sentence in SENTENCE_RX.split(text):
        at = text.find(sentence, at)
        if sentence.strip() and "?" not in sentence:
            found = country_word(sentence)
            if found is not None and found[0] != destination and (
                    said_of_self(sentence, found[1]) or len(sentence.split()) <= 2):
                return found[0], at + found[1], at + found[2]
        at += len(sentence)
    return None


def country_word(text: str) -> tuple[str, int, int] | None:
    """country_in_words with where its word is in the text."""
    from actions.profile import core

    words = list(re.finditer(r"[^\W\d_]{4,}", text))[-3:]
    for match in reversed(words):
        word = match.group()
        try:
            return str(core().resolve_country(word)), match.start(), match.end()
        except core().UnknownCountry as err:
            best = err.suggestions[0] if err.suggestions else None
            if best and fuzz.ratio(word.lower()[:len(best)], best.lower()) >= COUNTRY_WORD_MIN:
                return str(core().resolve_country(best)), match.start(), match.end()
        except Exception:  # not a country at all
            continue
    return None
