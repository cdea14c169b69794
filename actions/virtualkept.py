"""A question about the online part says nothing against it ("mais la partie en ligne commence en mai, ça
change la date limite ?", "the online part starts in May, does that change the deadline?", "het online deel
begint in mei, verandert dat de deadline?", "la parte online inizia a maggio, cambia la scadenza?").

Round 63 (r63-x3): the French one, with the virtual component already Yes, got "Mis à jour : composante
virtuelle: Oui → Non" and "vous n'êtes pas éligible" (the month "mai" read as the Italian "never"). A message
that names the online part and asks something keeps the virtual component as it was: it becomes No only when
the message says there is none ("il n'y a pas de partie en ligne", "there is no online part", "er is geen
online deel", "non c'è una parte online"), and not known only when it says the person does not know."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actions.phrases import PHRASES, QUESTION_RX, has

if TYPE_CHECKING:
    from actions.facts import Reading

NAME = "virtual_component"
DENIED_REACH = 60  # characters after "I never said" read for what was not said


def _asks(text: str) -> bool:
    return "?" in text or any(QUESTION_RX.search(s.strip()) for s in text.splitlines() if s.strip())


def _denied_none(text: str) -> bool:
    """"j'ai jamais dit qu'il y avait pas de partie en ligne", "I never said there was no online part": the
    person denies saying there is none, so there is one (round 63 set it to "not yet known")."""
    for denied in PHRASES["denied_saying"].finditer(text):
        rest = re.split(r"[.!?;]", text[denied.end():denied.end() + DENIED_REACH])[0]
        if has("dates_virtual_none", rest):
            return True
    return False


def keep_virtual_part(text: str, reading: Reading) -> None:
    """A No or a "not known" for the virtual component read from a question naming the online part, with no
    words saying there is none (nor that the person does not know, or did not say so), is set aside; a denial
    of having said there is none is a Yes."""
    if _denied_none(text) and not has("dont_know", text):
        reading.values[NAME] = True
        for held in (reading.unknown, reading.disowned, reading.reopened, reading.questioned):
            held.discard(NAME)
        return
    if not _asks(text) or not (has("virtual_part", text) or PHRASES["fact_words"][NAME].search(text)):
        return
    if reading.values.get(NAME, True) in (False, None) and not has("dates_virtual_none", text):
        del reading.values[NAME]
    if NAME in reading.unknown and not has("dont_know", text) and not has("denied_saying", text) \
            and not has("dates_virtual_none", text):
        reading.unknown.discard(NAME)
