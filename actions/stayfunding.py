"""A scholarship said not to fund this stay, where the call's fact is about this stay's funding (its
`chat.facts.has_scholarship.about_this_stay`, ITM): "wacht, die beurs is mijn doctoraatsbeurs van de unief,
niet voor deze reis. de reis zelf is niet gefinancierd", "nee, geen andere beurs voor dit verblijf", and the
summary's line said wrong ("in die samenvatting staat dat een andere beurs dit verblijf financiert, dat klopt
dus niet"). Round 58 kept "andere beurs: Ja" through all three and the e-mail summary still said a scholarship
funds the stay. Where holding a scholarship is the fact (IMT Lucca: "PhD scholarship recipient"), nothing is
read here. Used by actions/facts.py."""
from __future__ import annotations

from typing import Any

from actions.phrases import PHRASES, has


def stay_unfunded(call_id: Any, text: str) -> bool:
    """Whether the message says no scholarship funds this stay, for a call whose fact is about the stay."""
    if not call_id or not _about_this_stay(str(call_id)):
        return False
    if not PHRASES["fact_words"]["has_scholarship"].search(text) and not has("stay_not_funded", text):
        return False
    return any(_stated(text, found.end()) for key in ("stay_not_funded", "stay_funded_denied")
               for found in PHRASES[key].finditer(text))


def _stated(text: str, end: int) -> bool:
    """Said, not asked: the sentence does not end with a question mark ("is the trip itself not funded?")."""
    stop = next((c for c in text[end:] if c in ".!?\n"), ".")
    return stop != "?"


def _about_this_stay(call_id: str) -> bool:
    from actions.calls import _chat

    chat = _chat(call_id)
    words = (getattr(chat, "facts", None) or {}).get("has_scholarship")
    return bool(getattr(words, "about_this_stay", False))
