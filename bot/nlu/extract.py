"""Rule-based entity extraction for the Erasmus+ assistant (pure Python: no Rasa import, testable anywhere).

extract(text) -> list of Rasa-style entity dicts {entity, value, start, end, confidence_entity[, role]
[, country_code][, alias]}. Offsets index the original text. Only the first MAX_CHARS characters are scanned,
so a 100 kB or hostile message costs the same as a long normal one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from bot.nlu import dates, durations, homonyms, hostwords, institutions, keywords, lexicon, orgnames, places
from bot.nlu.personal import CITIZEN, said_of_person

MAX_CHARS = 2000


@dataclass(order=True)
class Candidate:
    start: int
    end: int
    entity: str = field(compare=False)
    value: str = field(compare=False)
    priority: int = field(compare=False, default=1)
    role: str | None = field(compare=False, default=None)
    extra: dict = field(compare=False, default_factory=dict)
    kind: str = field(compare=False, default="")


ORIGIN = (
    r"from|originally|originaire|origine|d'origine|of origin|afkomstig|herkomst|kom uit|komt uit|"
    r"uit|oorspronkelijk|"
    r"come from|comes from|coming from|viens|vient|vengo|viene|originari[oa]|born in|nee?e? (?:en|au|aux|a)|"
    r"geboren|nat[oa] (?:in|a)|live in|living in|habite|woon|vivo|risiedo|resident|home country|"
    r"grew up in|raised in|grandie? (?:en|au|aux|a)|opgegroeid in|cresciut[oa] (?:in|a)"
)
DESTINATION = (
    r"to|in|at|into|en|au|aux|a|naar|nel|nella|negli|nei|go|going|travel\w*|visit\w*|destination|"
    r"host|d'accueil|accueil|ontvangend\w*|ospitante|gastland|destinazione|bestemming"
)
CUE_RX = re.compile(
    rf"(?<!\w)(?:(?P<origin>{ORIGIN})|(?P<citizenship>{CITIZEN})|(?P<destination>{DESTINATION}))"
    r"(?!\w)"
)
AFTER_RX = re.compile(
    r"^[\s,]*(?:is |est |e |is mijn |)?(?:my |mon |mijn |il mio |mio )?(?:(?P<origin>originally|"
    r"country of origin|pays d'origine|d'origine|van herkomst|land van herkomst|di origine|paese d'origine)"
    r"|(?P<citizenship>citizen\w*|national\b|nationality|passport|nationalite|nationaliteit|nazionalita|"
    r"cittadinanza|paspoort|passeport|passaporto))"
)
# "I don't live in the UK anymore", "je n'habite plus en France", "ik woon niet meer in Nederland", "non vivo
# più in Italia": a country the person says they no longer live in is neither where they come from nor where
# they go (round 45 stored "country of origin: United Kingdom").
NOT_LIVING_RX = re.compile(
    r"(?:\b(?:do ?n['’]?t|does ?n['’]?t|do not|does not|no longer|not|never|stopped)\s+"
    r"(?:live|living|reside|residing)"
    r"|\bn['’](?:habite|vis|reside)\s+(?:plus|pas)|\bne\s+(?:vis|reside)\s+(?:plus|pas)"
    r"|\bwoon\w*\s+(?:ik\s+|je\s+)?(?:al\s+\w+\s+)?niet(?:\s+meer)?"
    r"|\bnon\s+(?:vivo|abito|risiedo)(?:\s+piu)?)"
    r"(?:\s+(?:any ?more|en|au|aux|a|in|the|het|de|meer|piu|nel|nella|negli|nei))*\s*$"
)
CONNECTOR_RX = re.compile(
    r"^\s*(?:,|and|et|en|e|ed|or|ou|of|o|&|/|\+|as well as|and also|et aussi|en ook)?\s*$"
)
CITIZEN_NEXT_RX = re.compile(r"^\s+(?:citizens?|citizenship|passport|passeport|paspoort|passaporto)\b")
CLAUSE_END_RX = re.compile(r"[.;!?\n]|\b(?:but|mais|maar|ma|however|pero)\b")
LANGUAGE_BEFORE_RX = re.compile(rf"(?<!\w){lexicon.LANGUAGE_CUES}(?:\s+|(?<=')\s*)$")
LANGUAGE_AFTER_RX = re.compile(rf"^[\s,.!]*{lexicon.LANGUAGE_AFTER}")
# "I'm English, please help": said of the person, the language name is a nationality whatever follows.
SELF_CUE_RX = re.compile(rf"(?<!\w)(?:i'?m|i am|am|je suis|suis|ik ben|ben|sono|is|est|{CITIZEN})\s+$")
# A country name that is also the adjective ("suisse", "svizzera") said of oneself: "je suis (pas) suisse".
FIRST_PERSON_RX = re.compile(r"(?<!\w)(?:i'?m|i am|je suis|suis|ik ben|ben|sono)\s+(?:(?:not|pas|niet)\s+)?$")
# "the Swiss TPH", "le Swiss TPH", "the Spanish National Research Council": a demonym inside a name, after a
# definite article or before an acronym or two capitalised words, says where the organisation is from, not who
# the person is.
NAME_ARTICLE_RX = re.compile(
    r"(?<!\w)(?:the|at the|le|la|les|l'|au|aux|du|des|het|de|den|der|il|lo|gli|al|allo|alla|del|dello|della|"
    r"dell'|dal|dalla)\s*$"
)
NAME_NEXT_RX = re.compile(r"^\s+(?P<word>[A-Z][\w&-]*)(?P<more>\s+[A-Z][\w&-]*)?")
ORG_AFTER_RX = re.compile(rf"^\s+(?:\w+\s+)?{lexicon.ORG_NOUNS}\b")
ORG_BEFORE_RX = re.compile(rf"\b{lexicon.ORG_NOUNS}\s+(?:\w+\s+)?$")
# "a Belgian scholarship", "une bourse d'etudes belge", "una borsa di studio belga": the thing's, no one's.
# One word may come between ("Belgian government grant"), never "and" ("a grant and Belgian nationality").
ONE_WORD = r"(?:(?!(?:and|et|en|e|ed|or|ou|of|o|but|mais|maar|ma)\s)\w+\s+)?"
THING_AFTER_RX = re.compile(rf"^\s+{ONE_WORD}{lexicon.THING_NOUNS}\b")
THING_BEFORE_RX = re.compile(rf"\b{lexicon.THING_NOUNS}(?:\s+d'etudes?)?\s+{ONE_WORD}$")
# Cues that make a Dutch "Frans"/"Nederlands" a nationality rather than the language.
BE_CUE_RX = re.compile(rf"(?<!\w)(?:ben|bent|is|zijn|was|waren|word|wordt|werd|geworden|{CITIZEN})(?!\w)")
LANGUAGE_CONTEXT_RX = re.compile(
    r"(?<!\w)(?:\w*taal\w*|talen|spreek\w*|gesproken|les|lessen|cursus\w*|leer|leert|leren|geleerd|"
    r"studeer\w*|gestudeerd|vloeiend|niveau|vertaal\w*|ondertitel\w*|versie|language|langue|lingua)(?!\w)"
)
# Where the words around a mention stop belonging to it: "ik ben Nederlands en spreek Frans".
SEGMENT_END_RX = re.compile(r"[.;:!?,\n]|(?<!\w)(?:en|and|et|e|maar|but|mais|ma|of|or|ou|o)(?!\w)")


def extract(text: str, today: dt.date | None = None) -> list[dict]:
    """All entities in text, non-overlapping, in reading order."""
    if not isinstance(text, str) or not text.strip():
        return []
    # The Rasa pipeline asks twice per message (the entity extractor, then the signal featurizer): the second
    # time is a cache hit. Each caller gets its own dicts.
    names = institutions.generation()
    return [dict(entity) for entity in _extract(text[:MAX_CHARS], today or dates.today(), names)]


@functools.lru_cache(maxsize=256)
def _extract(text: str, today: dt.date, names_generation: int) -> tuple[dict, ...]:
    folded = places.fold(text)
    chosen = _resolve(_candidates(text, folded, today))
    homonyms.regions(chosen, folded)  # "au Québec": the province, so the country
    _assign_country_roles(chosen, folded, text)
    homonyms.settle(chosen)  # "Laval in Canada": Laval, Quebec; "Grenade en Espagne": Granada
    return tuple(_as_dict(c) for c in chosen if c.entity)


def _candidates(text: str, folded: str, today: dt.date | None) -> list[Candidate]:
    out: list[Candidate] = []
    for entity, value, rx in keywords.COMPILED:
        for m in rx.finditer(folded):
            if entity == "role" and keywords.negated(folded, m.start()):
                continue  # "staff without a PhD": a role someone says they lack is not theirs
            if entity == "role" and keywords.held_degree(folded, m.start(), m.end()):
                continue  # "I have a PhD": a degree held, no PhD student
            if entity == "activity" and hostwords.describes_host(folded, m.start(), m.end()):
                continue  # "un institut de recherche et d'enseignement": the host's kind, not the activity
            if entity == "receiving_org" and hostwords.names_programme(folded, m.start(), m.end()):
                continue  # "une école d'été", "a summer school": the programme, not the host's kind
            if keywords.other_language(m.group(), folded):
                continue  # "serve la firma del mio relatore?": a signature, no firm (Dutch "firma")
            out.append(Candidate(m.start(), m.end(), entity, value, 2))
    hosts = [(c.start, c.end) for c in out if c.entity == "receiving_org"]
    for start, end, kind in orgnames.name_kinds(text, folded, hosts):  # "Institut Pasteur": its name says
        out.append(Candidate(start, end, "receiving_org", kind, 2))
    for value, rx in institutions.patterns():
        for m in rx.finditer(folded):
            out.append(Candidate(m.start(), m.end(), "institution", value, 3))
    if keywords.STAFF_CONTEXT_RX.search(folded):
        for m in keywords.TRAINING_RX.finditer(folded):
            out.append(Candidate(m.start(), m.end(), "activity", "staff_training", 2))
    for start, end, place in places.find_places(text, folded):
        if place.kind == "city":
            extra: dict = {"country_code": place.code, **({"alias": True} if place.alias else {})}
            others = homonyms.elsewhere(text[start:end], place.code, place.name)
            if others:
                extra["homonyms"] = others
            out.append(Candidate(start, end, "city", place.name, 1, extra=extra))
        else:
            # "Grenade" is also Granada's name: a destination in Spain said with it makes it the city.
            cities = homonyms.of_country(folded, start, end, place.code) if place.kind == "country" else {}
            extra = {"homonyms": cities} if cities else {}
            out.append(Candidate(start, end, "country", place.code, 2, kind=place.kind, extra=extra))
    for found in dates.find_dates(folded, today) + durations.find_durations(folded):
        out.append(Candidate(found.start, found.end, found.entity, found.value, 2, extra=dict(found.extra)))
    for start, end, cities in homonyms.local_names(text, folded, [(c.start, c.end) for c in out]):
        # "à Gênes": Genoa only with Italy named here (homonyms.settle) or in the plan (actions/samecity.py).
        (code, name), *rest = cities  # the most populous first
        extra = {"country_code": code, "local": True, **({"homonyms": dict(rest)} if rest else {})}
        out.append(Candidate(start, end, "city", name, 1, extra=extra))
    institutions.add_city_readings(out, folded)  # "in Antwerp": ITM, or the city (actions/institutioncity.py)
    return out


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest mention where mentions overlap; on equal length the higher priority."""
    taken: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted(taken)


def _assign_country_roles(chosen: list[Candidate], folded: str, text: str) -> None:
    prev: Candidate | None = None
    prev_end = 0
    for i, cand in enumerate(chosen):
        if cand.entity != "country":
            prev_end = cand.end if cand.entity != "city" else prev_end
            continue
        following = chosen[i + 1] if i + 1 < len(chosen) else None
        in_name = _in_a_name(cand, folded, text, following)
        cand.role = "" if in_name else _role(cand, folded, prev, prev_end, following)
        if cand.role == "":
            cand.entity = ""  # a language name ("in English"), not a country
            continue
        prev, prev_end = cand, cand.end


def _in_a_name(cand: Candidate, folded: str, text: str, following: Candidate | None) -> bool:
    """"the Swiss TPH", "le Swiss TPH", "Spanish National Research Council": a demonym followed by a name's
    capitalised words (an acronym, or two words, or one after a definite article), not by an entity of its own
    ("a Belgian PhD Student"), nor said of oneself ("I'm Swiss") or before an organisation noun ("a Belgian
    University" is where the stay is)."""
    if cand.kind not in places.DEMONYM_KINDS:
        return False
    before = folded[max(0, cand.start - 30) : cand.start]
    name = NAME_NEXT_RX.match(text[cand.end : cand.end + 60])
    if not name or SELF_CUE_RX.search(before) or ORG_AFTER_RX.match(folded[cand.end : cand.end + 40]):
        return False
    if following is not None and following.start == cand.end + name.start("word"):
        return False  # the next word is a mention of its own ("Belgian PhD student")
    word = name.group("word")
    acronym = len(word) >= 2 and word.isupper()
    return acronym or bool(name.group("more")) or bool(NAME_ARTICLE_RX.search(before))


def _role(cand: Candidate, folded: str, prev: Candidate | None, prev_end: int,
          following: Candidate | None = None) -> str:
    before = folded[max(0, cand.start - 60) : cand.start]
    if cand.kind == "country" and FIRST_PERSON_RX.search(before) \
            and places.key_of(folded[cand.start : cand.end]) in places.DEMONYMS:
        return "citizenship"  # "je suis suisse", "sono svizzera": the adjective, said of oneself
    if cand.kind in places.DEMONYM_KINDS:
        # "franco-belge", "Belgische en Marokkaanse": the second reads like the first (this also keeps the
        # Dutch "en" = and from being taken for the French "en" = in of "en français").
        between = folded[prev.end : cand.start] if prev is not None else ""
        if (
            prev is not None
            and prev.kind in places.DEMONYM_KINDS
            and (between in places.HYPHENS or CONNECTOR_RX.match(between))
        ):
            return prev.role or "citizenship"
        if LANGUAGE_BEFORE_RX.search(before) or (
            places.key_of(folded[cand.start : cand.end]) in places.LANGUAGE_NAMES
            and LANGUAGE_AFTER_RX.match(folded[cand.end : cand.end + 30])
            and not SELF_CUE_RX.search(before)
        ):
            return ""
        if ORG_AFTER_RX.match(folded[cand.end : cand.end + 40]) or ORG_BEFORE_RX.search(before[-30:]):
            return "destination"
        if not SELF_CUE_RX.search(before) and (
            THING_AFTER_RX.match(folded[cand.end : cand.end + 40]) or THING_BEFORE_RX.search(before[-40:])
        ):
            return ""  # "een Belgische beurs": where the grant comes from, no entity
        if cand.kind == "language_demonym":
            return _language_demonym_role(cand, folded, prev)
        # "bij swiss tph", "the belgian scale": a demonym no words tie to the person is no nationality.
        person_next = following is not None and following.entity == "role" \
            and not folded[cand.end : following.start].strip(" -")
        return "citizenship" if said_of_person(folded, cand.start, cand.end, places.DEMONYM_KEYS,
                                               person_next) else ""
    if prev is not None and CONNECTOR_RX.match(folded[prev.end : cand.start]):
        return prev.role or "destination"
    # Only look back to the end of the clause or the previous country/date/keyword.
    window_start = max(cand.start - 60, prev_end)
    window = folded[window_start : cand.start]
    clause = list(CLAUSE_END_RX.finditer(window))
    if clause:
        window = window[clause[-1].end() :]
    if NOT_LIVING_RX.search(window):
        return ""
    if CITIZEN_NEXT_RX.match(folded[cand.end : cand.end + 20]):
        # "is being a US citizen fine?": the very next word decides ("a" before it is no "à", round 23)
        return "citizenship"
    after = AFTER_RX.match(folded[cand.end : cand.end + 40])
    cues = list(CUE_RX.finditer(window))
    if cues:
        return next(k for k, v in cues[-1].groupdict().items() if v)
    if after:
        return next(k for k, v in after.groupdict().items() if v)
    return "destination"


def _language_demonym_role(cand: Candidate, folded: str, prev: Candidate | None) -> str:
    """Dutch "Frans", "Nederlands", "Pools" name the language as often as the nationality, so they are a
    citizenship only when said of a person ("ik ben Frans", "een Frans paspoort", "Belg en Frans") or given
    alone as an answer; otherwise (language talk, no cue) they are no entity at all."""
    before = folded[max(0, cand.start - 40) : cand.start]
    cuts = list(SEGMENT_END_RX.finditer(before))
    before = before[cuts[-1].end() :] if cuts else before
    tail = folded[cand.end : cand.end + 40]
    after = tail[: m.start()] if (m := SEGMENT_END_RX.search(tail)) else tail
    if LANGUAGE_CONTEXT_RX.search(before) or LANGUAGE_CONTEXT_RX.search(after):
        return ""
    if prev is not None and prev.role == "citizenship" and CONNECTOR_RX.match(folded[prev.end : cand.start]):
        return "citizenship"
    cue_after = AFTER_RX.match(tail)
    if BE_CUE_RX.search(before) or (cue_after and cue_after.group("citizenship")):
        return "citizenship"
    alone = not folded[: cand.start].strip(" \t,.!?-") and not after.strip(" \t,.!?-")
    return "citizenship" if alone else ""


def _as_dict(c: Candidate) -> dict:
    out = {"entity": c.entity, "value": c.value, "start": c.start, "end": c.end, "confidence_entity": 1.0}
    if c.role:
        out["role"] = c.role
    out.update(c.extra)
    return out
