"""What the programme says of a country people take for a member (round 39: "wait why? switzerland is in
europe lol" after "Switzerland is not an eligible destination" got the same rule again): "Being in Europe
is not what counts, only the list of countries of the call. Switzerland has not been an Erasmus+ programme
country since 2014 (source: EU-wide Erasmus+ rules)". The facts are the call data's (`notes` of its
country sets, with their reference), never written here; used by the why-answer (actions/whydetail.py)
and by "is Switzerland part of Erasmus?" (actions/destinationq.py, actions/brexitq.py)."""
from __future__ import annotations

import logging

from actions import i18n
from actions.i18n import t
from actions.phrases import has

logger = logging.getLogger(__name__)


def note_lines(call_id: str | None, code: str | None, lang: str, text: str = "") -> list[str]:
    """The call data's notes on the country `code`, each with its source; the first one says that being in
    Europe is not what counts when the message names Europe (not the EU: that question has its own answer)."""
    if not call_id or not code:
        return []
    from actions.profile import core

    try:
        notes = core().destination_status(str(call_id), str(code), lang).get("notes") or []
    except Exception as err:  # an unknown country or a call file problem: nothing to add
        logger.debug("no country notes: %s", type(err).__name__)
        return []
    europe = has("europe_said", text) and not has("set_asked_eu_member", text)
    return [t(lang, "country_note_europe" if europe and not i else "country_note", note=note["text"],
              source=i18n.source(str(call_id), note.get("source"), lang)) for i, note in enumerate(notes)]
