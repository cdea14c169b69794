"""Teaching words that describe the host organisation, not what the person will do there: "c'est un institut
de recherche et d'enseignement" (round 36 noted "type of mobility: Teaching" from it and said the call has
none), "a teaching hospital", "a research and teaching institute", "istituto di ricerca e insegnamento".
Only the nouns ("enseignement", "teaching", "insegnamento", "docenza"); a verb ("to teach", "enseigner") is
always the person's activity. Runs on folded text (bot/nlu/extract.py)."""
from __future__ import annotations

import re

from bot.nlu.lexicon import ORG_NOUNS

NOUNS_RX = re.compile(r"teaching|enseignement|insegnamento|docenza|onderwijs")
# The organisation words ORG_NOUNS leaves out: "istituto", "centre", "etablissement", "instelling"...
_ORG = rf"(?:{ORG_NOUNS}|istitut\w*|cent(?:re|er|ro)s?|etablissements?|instelling\w*|ente|facult\w*|" \
    r"organisme)"
_AND = r"(?:and|et|e|ed|en|&)"
_PREP = r"(?:(?:de|di|of|van)\s+(?:la\s+|l'|the\s+)?|d'|de l'|dell')"
# "institut (de recherche et) d'enseignement", "istituto di ricerca e (di) insegnamento", "centre of research
# and teaching": the organisation noun, then the teaching noun after "of", or after another kind of work
# joined with "and". ("university teaching" and "a university for teaching" are the person's teaching.)
BEFORE_RX = re.compile(
    rf"(?<!\w){_ORG}\s+(?:{_PREP}[\w-]+\s+{_AND}\s+{_PREP}?|{_PREP})$"
)
# "a teaching hospital", "a teaching and research institute", "a research and teaching institute": the
# organisation noun right after the teaching noun, or after one more kind of work joined to it.
AFTER_RX = re.compile(rf"^(?:\s+{_AND}\s+[\w-]+)?\s+{_ORG}(?!\w)")
REACH = 60  # characters before the teaching noun searched for the organisation noun


def describes_host(folded: str, start: int, end: int) -> bool:
    """Whether the teaching word at start..end names the kind of the host organisation."""
    if not NOUNS_RX.fullmatch(folded[start:end]):
        return False
    if BEFORE_RX.search(folded[max(0, start - REACH):start]):
        return True
    return AFTER_RX.match(folded[end:end + REACH]) is not None


# A summer school is a kind of programme, not the kind of its host: "une école d'été à l'université de
# Montpellier" (round 41 noted the host "École" from "l'école d'été", then said a school cannot host a
# blended mobility), "a summer school at Ghent University", "een zomerschool", "una scuola estiva". The school
# word inside such a name is no host type; a university named beside it still is ("école primaire" too).
PROGRAMME_RX = re.compile(
    r"(?<!\w)(?:(?:summer|winter|spring|autumn)[ -]?(?:schools?|courses?|universit(?:y|ies)|academ(?:y|ies))|"
    r"(?:ecoles?|universites?|cours|academies?) d'(?:ete|hiver|automne)|(?:ecoles?|cours) de printemps|"
    r"(?:zomer|winter|lente|herfst)[ -]?(?:school|scholen|cursus|cursussen|universiteit|academie)|"
    r"(?:scuol[ae]|corsi|corso|universita|accademia) (?:estiv[aei]|invernal[ei]|primaveril[ei]|autunnal[ei])|"
    r"(?:scuol[ae]|corsi|corso|universita) d'(?:estate|inverno))(?!\w)"
)


def names_programme(folded: str, start: int, end: int) -> bool:
    """Whether the host word at start..end is part of a programme's name ("école d'été", "summer school")."""
    return any(m.start() <= start and end <= m.end() for m in PROGRAMME_RX.finditer(folded))
