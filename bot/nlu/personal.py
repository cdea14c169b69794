"""Whether a demonym is said of the person ("I'm Swiss", "ik ben Zwitserse", "je suis suisse", "sono
svizzera", "nationality: Belgian", "MSc student at ITM, Belgian") rather than of something else. A demonym
with no words about the person is no nationality: "een stage bij swiss tph", "moet swiss tph een overeenkomst
hebben?", "the French Red Cross", "the belgian scale" (round 29: "bij swiss tph" noted Swiss nationality and
"not eligible" twice, lower case beating the name test of extract._in_a_name). Pure Python, no Rasa import.
"""
from __future__ import annotations

import re

from bot.nlu.folding import WORD

CITIZEN = (
    r"nationality|nationalities|national of|citizen\w*|passports?|nationalite|nationalites|nationaliteit\w*|"
    r"nazionalita|cittadin\w+|citoyen\w*|staatsburger\w*|paspoort\w*|passeports?|passaport[oi]"
)
CITIZEN_RX = re.compile(rf"(?<!\w)(?:{CITIZEN})(?!\w)")
# Words that make the person the subject: "I'm (a / not / also) ...", "als (een) ...", "en tant que ...".
_BE = (
    r"i'?m|i am|am|je suis|suis|ik ben|ben|bent|sono|is|est|was|as|als|en tant que|come|being|etant|essendo"
)
_BETWEEN = (
    r"a|an|een|un|une|uno|una|un'|not|niet|pas|non|geen|also|ook|aussi|anche|still|nog|toujours|ancora|"
    r"actually|eigenlijk|really|echt|vraiment|davvero|gewoon|just|juste|solo|only|seulement|uniquement|alleen|enkel|soltanto|solamente|half|both|allebei|zelf|myself|"
    r"moi-meme|meme|stess[oa]|anch'io|pure|wel|dus|toch|nu|so|now|donc|quindi|originally|by birth|di nascita"
)
SELF_BEFORE_RX = re.compile(rf"(?<!\w)(?:{_BE})\s+(?:(?:{_BETWEEN})(?:\s+|(?<=')\s*))*$")
# Nouns for a person: "a Belgian master student", "une doctorante italienne", "una studentessa belga".
PERSON_NOUNS = (
    r"student\w*|studente\w*|studentess\w*|etudiant\w*|doctorant\w*|dottorand\w*|phd\w*|postdoc\w*|"
    r"master\w*|msc\w*|bachelor\w*|researcher\w*|chercheu\w*|onderzoeker\w*|ricercat\w*|staff|personeel\w*|"
    r"personnel|guy|girl|man|woman|lady|person|persoon|personne|persona|citizen\w*|national|nationals|"
    r"ragazz[oa]|jongen|meisje|vrouw|femme|homme|donna|uomo|candida\w*|kandida\w*|technic\w*|tecnic\w*|"
    r"labo\w*|doctoraat\w*|dottorat\w*|doctorat\w*|employee|medewerk\w*|dipendente|collaborat\w*"
)
PERSON_AFTER_RX = re.compile(rf"^[\s-]*(?:{PERSON_NOUNS})(?!\w)")
# Dutch subordinate clauses put the verb last: "omdat ik Marokkaans ben", "want ... dat ik ook Belg ben".
SUBJECT_BEFORE_RX = re.compile(rf"(?<!\w)(?:ik|jij|je|u|wij|we)\s+(?:(?:{_BETWEEN})\s+)*$")
VERB_LAST_RX = re.compile(r"^\s+(?:ben|bent|is|zijn|was|waren|word|wordt|werd)(?!\w)")
PERSON_BEFORE_RX = re.compile(rf"(?<!\w)(?:{PERSON_NOUNS})\s+$")
# Where the words that go with a mention stop: punctuation, "and", "but", "or".
SEGMENT_CUT_RX = re.compile(
    r"[.,;:!?()\[\]\n/&+]|(?<!\w)(?:and|en|et|e|ed|but|maar|mais|ma|or|of|ou|o|oppure)(?!\w)"
)
SENTENCE_CUT_RX = re.compile(r"[.;!?\n]|(?<!\w)(?:but|maar|mais|ma)(?!\w)")
# Words that may stand beside a demonym given as a self-description ("Belg hoor", "Dutch btw", "not Swiss",
# "geen zwitserse", "italiano, anzi"): greetings, fillers, yes/no and "not".
_FILLER_WORDS = """here hier ici qui btw too also ook aussi anche hoor sorry pardon scusa scusate ok oke okay
    yes ja oui si no nee non not niet geen pas ne actually eigenlijk fait realta anzi just only alleen
    gewoon seulement solo juste then dan alors quindi allora please graag svp stp favore hi hello hallo
    hoi salut ciao bonjour buongiorno dag well nou bon beh ah oh eh hm huh hmm wait wacht attends aspetta
    myself moi io zelf self i je ik"""
FILLER = frozenset(_FILLER_WORDS.split())
REACH = 40  # characters around a demonym where a nationality word still goes with it


def said_of_person(folded: str, start: int, end: int, demonyms: frozenset[str] | set[str],
                   person_next: bool) -> bool:
    """Whether the demonym at folded[start:end] describes the person: a "be" word before it, a nationality
    word in its clause, a person noun beside it (person_next: the next mention is a role, "Belgian PhD
    student"), or standing alone in its part of the sentence ("MSc student at ITM, Belgian", "Belgian")."""
    before = folded[max(0, start - REACH) : start]
    if SELF_BEFORE_RX.search(before) or PERSON_BEFORE_RX.search(before):
        return True
    if person_next or PERSON_AFTER_RX.match(folded[end : end + REACH]):
        return True
    if SUBJECT_BEFORE_RX.search(before) and VERB_LAST_RX.match(folded[end : end + REACH]):
        return True  # ("omdat ik Marokkaans ben": round 39 read no nationality)
    cuts = list(SENTENCE_CUT_RX.finditer(before))
    left = before[cuts[-1].end() :] if cuts else before
    tail = folded[end : end + REACH]
    stop = SENTENCE_CUT_RX.search(tail)
    right = tail[: stop.start()] if stop else tail
    if CITIZEN_RX.search(left) or CITIZEN_RX.search(right):
        return True
    return _alone(folded, start, end, demonyms)


def _alone(folded: str, start: int, end: int, demonyms: frozenset[str] | set[str]) -> bool:
    """Nothing but fillers and other demonyms beside it between the cuts ("hoi, PhD-student hier, Belg")."""
    cuts_before = list(SEGMENT_CUT_RX.finditer(folded, 0, start))
    left = cuts_before[-1].end() if cuts_before else 0
    after = SEGMENT_CUT_RX.search(folded, end)
    right = after.start() if after else len(folded)
    words = WORD.findall(folded[left:start] + " " + folded[end:right])
    return all(w in FILLER or w in demonyms for w in words)
