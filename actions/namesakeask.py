""""Grenade" said alone as the destination, in French the Spanish city Granada and the country Grenada: which
one is asked, with a button for each, instead of taking the country without a word (round 39 took the city
only after "l'université de", "à"; actions/citynamesake.py). The name answering the nationality question, a
name only the country has in the person's language ("Grenada" in English) or an island word keep the
country (actions/namesakes.py marks the mention). Used by actions/dialogue.py once the other facts are in."""
from __future__ import annotations

import json

from actions import i18n
from actions.i18n import t
from actions.namesakes import NAMESAKE
from actions.turn import Turn


def which_namesake(turn: Turn, changed: str | None) -> bool:
    """The question "Granada (Spain), or the country Grenada?" for a bare namesake; whether it was asked."""
    ent = next((e for e in turn.entities if e.get("entity") == NAMESAKE), None)
    if ent is None or turn.is_payload:
        return False
    lang, start, end = turn.lang, ent.get("start"), ent.get("end")
    code, where, city = str(ent.get("value") or "").upper(), str(ent["city_country"]), str(ent["city"])
    said = turn.text[start:end] if isinstance(start, int) and isinstance(end, int) else city
    names = {"city": said, "city_country": i18n.country(where, lang), "country": i18n.country(code, lang)}
    buttons = [{"title": t(lang, "namesake_city_button", **names),
                "payload": "/inform" + json.dumps({"destination": where, "destination_city": city})},
               {"title": t(lang, "namesake_country_button", **names),
                "payload": "/inform" + json.dumps({"destination": code})}]
    turn.say("\n".join(line for line in (changed, t(lang, "namesake_which", **names)) if line), buttons)
    turn.set("asked", "destination")
    return True
