"""When a conversation's language may change: on the words of the other language, not on a detector's guess.

Round 31: an English speaker who had written English all along asked "hm ok. and is the train to amsterdam
paid?" and got the answer in Dutch (lingua: Dutch 0.65 on those words). A message changes the conversation's
language only when it uses more of the new language's own small words (bot/function_words.py) than of the
conversation's, and enough of them: two once the person has written the conversation's language, one while
English is only the default (a first "Salve", a button, a greeting in German). "Et pour le logement,
est-ce que la bourse couvre le loyer ?" after English turns French; "is the train to amsterdam paid?" does
not turn Dutch, and in a French conversation turns English (its "the", "to"), not Dutch.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from bot.function_words import evidence

# Own small words a message needs to leave a language the person wrote in.
SWITCH_EVIDENCE = 2
# Only the person's last messages tell which language they write in.
EARLIER_MAX = 20
_TOKEN = re.compile(r"[^\W\d_][\w'-]*")


def words_of(text: str) -> list[str]:
    """The lower-case words, each with its parts ("c'est": "c'est" and "est"; "est-ce": "est-ce", "est")."""
    found: list[str] = []
    for token in _TOKEN.findall(text.replace("’", "'").lower()):
        parts = [p for p in re.split(r"['-]", token) if len(p) >= 2]
        found += [token, *(p for p in parts if p != token)]
    return found


def written_in(lang: str, earlier: Sequence[str]) -> bool:
    """Whether one of the person's earlier messages is clearly in `lang` (buttons' payloads are no words)."""
    for text in list(earlier)[-EARLIER_MAX:]:
        if not text or text.startswith("/"):
            continue
        found = evidence(words_of(text))
        top = found[lang]
        if top >= SWITCH_EVIDENCE and all(n < top for other, n in found.items() if other != lang):
            return True
    return False


def with_margin(text: str, keep: str, chosen: str, owned: bool) -> str:
    """`chosen` (the detector's language) when the message's words bear it out over `keep`, else the language
    whose own words the message clearly uses, else `keep`. `owned`: the person has written in `keep`."""
    found = evidence(words_of(text))
    need = SWITCH_EVIDENCE if owned else 1

    def borne_out(lang: str) -> bool:
        return found[lang] >= need and found[lang] > found[keep]

    if borne_out(chosen):
        return chosen
    others = sorted((n, lang) for lang, n in found.items() if lang != keep)
    best_n, best = others[-1]
    if borne_out(best) and others[-2][0] < best_n:
        return best
    return keep
