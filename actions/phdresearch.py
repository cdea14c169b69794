"""A PhD student is a researcher too: "je suis doctorante et chercheuse à l'IMT", "PhD student, researcher at
ITM", "ik ben doctorandus en onderzoeker", "sono dottoranda e ricercatrice". The research titles make someone
staff when said alone ("je suis chargée de recherche à l'IMT Anvers", round 36: bot/nlu/keywords.py), but
said by a PhD student (in the message, or the role known) they name the doctorate's research, no staff post
nor the ITM staff status the call asks PhD students about. Staff words that are no research title ("membre du
personnel et doctorant", "in dienst van het ITG") still are. Used by actions/facts.py."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions.phrases import has

TITLE_RX = re.compile(
    r"\b(?:researchers?|chercheu(?:r|se)s?|onderzoek(?:er|ster)s?|ricercat(?:ore|rice|ori|rici)|"
    r"charg[ée](?:e|s|es)? de recherches?|research (?:fellows?|associates?|assistants?|scientists?))\b",
    re.I)


def _phd(tracker: Tracker, text: str, entities: list[dict[str, Any]], negated: set[str]) -> bool:
    """A PhD student speaking: the PhD role named here, or known and not changed ("actually I'm a researcher
    now, no longer a PhD student" makes the title the role)."""
    if "phd_student" in negated:
        return False
    if any(e.get("entity") == "role" and e.get("value") == "phd_student" for e in entities):
        return True
    return tracker.get_slot("role") == "phd_student" and not has("change_of_mind", text)


def _title(text: str, ent: dict[str, Any]) -> bool:
    start, end = ent.get("start"), ent.get("end")
    return ent.get("entity") == "role" and ent.get("value") == "staff" and isinstance(start, int) \
        and isinstance(end, int) and TITLE_RX.fullmatch(text[start:end]) is not None


def drop_research_titles(tracker: Tracker, text: str, entities: list[dict[str, Any]],
                         negated: set[str]) -> list[dict[str, Any]]:
    """The mentions without the research titles a PhD student gives themselves."""
    if not _phd(tracker, text, entities, negated):
        return entities
    return [e for e in entities if not _title(text, e)]


def blank_research_titles(tracker: Tracker, text: str, entities: list[dict[str, Any]],
                          negated: set[str]) -> str:
    """The text with a PhD student's research titles blanked (same length), so "chercheuse à l'IMT" reads as
    no work at the institution ("je travaille à l'IMT" still does)."""
    if not _phd(tracker, text, entities, negated):
        return text
    return TITLE_RX.sub(lambda m: " " * len(m.group(0)), text)
