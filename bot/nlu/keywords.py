"""Cue-word patterns for role, activity and receiving organisation, in en/fr/nl/it (institutions: the call
files, institutions.py).

Patterns run on folded text (lowercase, no accents). Order matters inside an entity only for overlaps:
the longest match wins in extract.py.
"""

from __future__ import annotations

import re

from bot.nlu.dates import FULL_MONTHS

# A time that makes a graduation recent: "last month", "in June" (no year: the last June), "3 months ago",
# "le mois dernier", "vorige maand", "il mese scorso". A year is left out on purpose ("in June 2019").
_MONTH = "|".join(sorted(FULL_MONTHS, key=len, reverse=True))
RECENT_TIME = (
    r"(?:last|this|past) (?:week|month|year|semester|term|summer|spring|autumn|fall|winter)|"
    rf"(?:in|en|a|au mois de|in de maand|nel mese di) (?:{_MONTH})(?!\w|\s*,?\s*(?:19|20)\d\d)|"
    r"(?:a|one|two|three|four|five|six|a few|a couple of|\d{1,2}) (?:weeks?|months?) ago|"
    r"le mois dernier|la semaine derniere|l'annee derniere|l'an dernier|cette annee|"
    r"il y a (?:\w+ )?(?:semaines?|mois)|vorige (?:week|maand)|vorig jaar|dit jaar|deze maand|"
    r"(?:\w+ )?(?:weken|maanden) geleden|(?:il mese|l'anno|lo scorso \w+) scors[oa]|la settimana scorsa|"
    r"quest'anno|(?:\w+ )?(?:settimane|mesi) fa"
)
# What one finishes to graduate: "I finished my master", "j'ai obtenu mon diplome".
_DEGREE = (
    r"(?:my|a|the|mon|ma|son|sa|un|une|le|la|mijn|il mio|la mia) (?:master'?s?|msc|bachelor'?s?|phd|"
    r"doctorate|degree|studies|diploma|licence|doctorat|diplome|etudes|studie|opleiding|laurea)(?: degree)?"
)
# (entity, value, pattern). Each pattern is wrapped in word boundaries.
PATTERNS: list[tuple[str, str, str]] = [
    (
        "role",
        "msc_student",
        r"m\.?sc\.?(?:\s+students?)?|master'?s?(?:\s+(?:students?|degree|programme|program))?|masterstudent\w*|"
        r"etudiante?s? en master|studente?(?:ssa)? (?:di |della |in )?(?:laurea )?magistrale|mtm|mph",
    ),
    (
        "role",
        "phd_student",
        r"ph\.?\s?d\.?(?:\s+(?:students?|candidates?|researchers?|fellows?))?|doctoral (?:students?|"
        r"candidates?)|"
        r"doctorante?s?|doctoraatsstudent\w*|doctorandus|doctorand\w*|dottorand[oaie]|dottorato|doctoraat|"
        # "promovendus"/"promovenda" (Dutch), "Doktorand(in)" (German, answered in English): round 25
        # asked the role again after "Ik ben promovendus aan IMT Lucca".
        r"promovend(?:us|a|i|ae|en)|doktorand\w*|"
        r"doctorat|doctoral (?:researchers?|research fellows?|fellows?)",
    ),
    (
        "role",
        "bachelor_student",
        r"bachelor'?s?(?:\s+students?)?|bachelorstudent\w*|b\.?sc\.?|undergrad\w*|etudiante?s? en licence|"
        r"laurea triennale|studente? (?:di )?triennale",
    ),
    (
        "role",
        "recent_graduate",
        r"recent(?:ly)? (?:phd |msc |master'?s? )?graduat\w*|(?:just|newly) graduated|"
        # Past tense with a recent time; "I will graduate in 2027", "before I graduate" stay out.
        r"(?<!will have )(?<!'ll have )(?:graduated|diplomee?s?|afgestudeerd|laureat[oaie]) "
        rf"(?:{RECENT_TIME})|"
        rf"(?:{RECENT_TIME}) afgestudeerd|"
        r"graduated(?= (?:from|at|in|with|of)(?: (?!(?:and|or|but|to)\b)[a-z'-]+){1,3} "
        rf"(?:{RECENT_TIME})(?!\w))|"
        rf"(?<!will have )(?<!'ll have )(?:finished|completed|defended|obtained|got|received|obtenu|termine|"
        rf"fini|acheve|behaald|afgerond|conseguito|finito) {_DEGREE}(?: [\w']+){{0,3}}? (?:{RECENT_TIME})|"
        rf"(?:just|recently) (?:finished|completed|obtained|got|defended) {_DEGREE}|"
        rf"(?:viens|vient|venons|venez|viennent) d'(?:etre diplomee?s?|obtenir {_DEGREE})|"
        r"(?:jeunes?|recemment|nouvellement) diplomee?s?|diplomee?s? (?:recemment|recent\w*)|"
        r"(?:pas|net|recent) afgestudeerd\w*|neo-?laureat[oaie]|neo-?dottor[ei]|appena laureat[oaie]",
    ),
    (
        "role",
        "staff",
        r"staff(?: members?)?|membre du personnel|membres du personnel|personnel|medewerkers?|"
        r"personeelslid|personeelsleden|"
        r"personale|dipendente|impiegat[oa]|employee|employe|researchers?|chercheur\w*|onderzoekers?|ricercat(?:ore|rice|ori)|"
        r"lecturers?|docent|post-?docs?|postdoctoral|postdoctora\w*|assegnist[ai](?: di ricerca)?|"
        # Research titles (round 36: "je suis chargée de recherche à l'IMT Anvers" was asked its status).
        # "PhD researcher", "doctoral research fellow" are longer mentions of the PhD role above, so they win.
        r"charge(?:e|s|es)? de recherches?|chercheuses?|post-?doctora\w*|"
        r"research (?:fellows?|associates?|assistants?|scientists?|officers?|staff)|"
        r"onderzoeksters?|wetenschappelijk (?:medewerkers?|personeel)|ricercatrici|"
        r"tecnic[oaie] (?:di ricerca|di laboratorio)|technicien(?:ne)?s?|technicians?|"
        # Job titles and employment ("labotechnieker", "ik ben er in dienst"): someone employed is staff.
        r"lab(?:oratory)? technicians?|labo-?techni\w*|laboranten|laborant|"
        # (round 43: "ik ben labo-assistent aan het ITG" was no staff member)
        r"labo-?assistente?n?|lab(?:oratory)? assistants?|assistante?s? de laboratoire|"
        r"assistent[ei] di laboratorio|"
        r"technicien(?:ne)?s? de laboratoire|"
        r"tecnic[oaie] di laboratorio|personeel|in dienst (?:bij|van|als)|(?:ben|zijn) (?:\w+ )?in dienst|"
        # Teaching and other job titles (round 29: "je suis chargé de cours à l'IMT d'Anvers" was asked its
        # status again). Someone else's title ("my professor", "mon promoteur est professeur") is set aside
        # in actions/stated.py.
        r"charge(?:e|s|es)? de cours|enseignante?s?(?:-chercheu(?:r|se|rs|ses))?|"
        r"maitre(?:sse)?s? de conferences?|professeure?s?|professors?|"
        r"hoogleraar|hoogleraren|lector|lectoren|docenten|administratie(?:ve|f) medewerkers?|"
        r"docente|docenti|professore|professoressa|professori|"
        r"collaborat(?:eur|rice)s? administrati(?:f|ve|fs|ves)|administrative (?:assistants?|officers?)",
    ),
    (
        "activity",
        "short_term_doctoral",
        r"short(?:[- ]term)? doctoral(?: mobility| visit| stay| exchange)?|"
        r"mobilite doctorale(?: de courte duree)?|"
        r"(?:courte|breve) (?:mobilite|visite|sejour) doctoral\w*|"
        r"korte doctora(?:le|al) (?:mobiliteit|bezoek|verblijf)|doctorale mobiliteit|"
        r"mobilita dottorale(?: (?:di )?breve durata)?|breve (?:visita|soggiorno|mobilita) dottorale",
    ),
    (
        "activity",
        "short_term_blended",
        r"(?:short[- ]term )?blended(?: intensive)?(?: mobility| course| programme| program)?|bip|"
        r"mobilite (?:hybride|mixte)|cours hybride|(?:gemengde|blended) mobiliteit|mobilita "
        r"(?:mista|ibrida|blended)",
    ),
    (
        "activity",
        "staff_training",
        r"staff training|staff mobility(?: for training)?|formation du personnel|mobilite du personnel|"
        r"personeelsmobiliteit|personeelstraining|personeelsopleiding|job shadowing|formazione del personale",
    ),
    (
        "activity",
        "traineeship",
        r"traineeships?|internships?|intern|work placement|placement|stages?|stagiair\w*|stagiaire|"
        r"tirocin(?:io|i|ii)|"
        # Spanish, read though the reply is in English (round 45: "quiero hacer prácticas" was asked again)
        r"practicas|"
        r"smt",
    ),
    (
        "activity",
        "study",
        # A scholarship named for study ("study grant", "bourse d'etudes", "borsa di studio", "beca de
        # estudios") is funding the person has, never the activity.
        r"stud(?:y|ies|ying)(?! plan| time| load| grants?| scholarships?| bursar\w*)(?: period| abroad)?|"
        r"exchange semester|semester abroad|"
        r"exchange|(?<!bourse d')(?<!bourses d')etudes?|etudier|studeren|studie(?:periode)?|uitwisseling\w*|"
        r"studiare|(?<!borsa di )(?<!borse di )studio|scambio|"
        r"periodo di studio|sms|semestre d'echange|echange",
    ),
    (
        "activity",
        "conference",
        r"conferences?|congres|colloque|conferences?|conferentie\w*|congress\w*|symposium|convegn[oi]|"
        r"conferenz[ae]",
    ),
    (
        "activity",
        "teaching",
        r"teaching|teach|guest lectures?|enseigner|(?<!de l')(?<!unite d')(?<!unites "
        r"d')enseignement(?! superieur)|lesgeven|doceren|insegnare|"
        r"insegnamento|docenza|"
        # Giving a course is teaching ("tenere un breve corso", round 20), following one is training.
        r"(?:give|giving|hold|holding|run|running|deliver|delivering) (?:a |some )?(?:short )?"
        r"(?:course|class|lecture|seminar)s?|"
        r"donner (?:un |des |quelques )?(?:petits? )?(?:cours|seminaires?)|"
        r"(?:cursus|les|lessen|college|colleges|gastcollege|gastcolleges) (?:te )?geven|"
        r"tenere (?:un |una |dei |delle |qualche )?(?:breve |piccolo )?"
        r"(?:corso|corsi|lezione|lezioni|seminario)",
    ),
    (
        "receiving_org",
        "eu_institution",
        r"european commission|european parliament|eu (?:institution|body|agency)s?|institutions? "
        r"europeennes?|"
        r"commission europeenne|europese commissie|commissione europea|istituzion[ei] europe[ae]|ecdc|efsa",
    ),
    (
        "receiving_org",
        "national_agency",
        r"national agenc(?:y|ies)|agence nationale|nationaal agentschap|agenzia nazionale|epos|indire",
    ),
    (
        "receiving_org",
        "research_institute",
        r"research (?:institute|institution|centre|center|lab|laboratory)|institut de recherche|"
        r"centre de recherche|laboratoire|onderzoeksinstitu\w+|onderzoekscentrum|istituto di ricerca|"
        r"centro di ricerca|laboratorio|"
        # Hosts known by a name with no word for their kind (round 31; "Institut Pasteur": orgnames.py).
        r"swiss tph",
    ),
    (
        "receiving_org",
        "social_partner",
        r"trade unions?|chambers? of commerce|social partners?|syndicats?|chambre de commerce|vakbond|"
        r"kamer van koophandel|sindacato|camera di commercio|professional association",
    ),
    (
        "receiving_org",
        "guidance_body",
        r"career guidance|careers? (?:service|counsel\w*)|orientation professionnelle|loopbaanbegeleiding|"
        r"orientamento professionale",
    ),
    ("receiving_org", "foundation", r"foundations?|fondations?|stichting|fondazion[ei]"),
    (
        "receiving_org",
        "ngo",
        r"ngos?|ong|non-?profit(?: organi[sz]ation)?|association|asbl|vzw|onlus|associazione|charity|"
        r"organisation non gouvernementale|organizzazione non governativa|"
        r"medecins sans frontieres|doctors without borders|artsen zonder grenzen|medici senza frontiere|msf",
    ),
    (
        "receiving_org",
        "public_body",
        r"public body|public administration|government(?:al)? (?:agency|body)|ministry|ministere|ministerie|"
        r"ministero|embassy|ambassade|ambasciata|consulate|consulat|municipality|mairie|gemeente|comune|"
        r"organisme public|overheid\w*|ente pubblico|"
        # A university hospital is a hospital, not the university (round 21: "Oslo University Hospital" was
        # noted as a university); a hospital said to be public, a public body.
        r"universit\w* (?:hospital|medical cent(?:er|re))|(?:university|universitair|academisch) ziekenhuis|"
        r"(?:hopital|centre hospitalier) universitaire|chu|ospedale universitario|azienda ospedaliera|"
        r"(?:public|state|national|government) hospital|hospital (?:nacional|publico|general)|"
        r"(?:openbaar|publiek) ziekenhuis|hopital public|ospedale pubblico",
    ),
    (
        "receiving_org",
        "school",
        r"(?:secondary |primary |high |vocational )?schools?|ecole|lycee|scuola|liceo|school",
    ),
    (
        "receiving_org",
        "enterprise",
        r"compan(?:y|ies)|enterprises?|firm|business|start-?up|sme|entreprise|societe|bedrijf|onderneming|"
        r"firma|azienda|impresa",
    ),
    (
        "receiving_org",
        "hei",
        # The folded word for university in the languages of the destinations (Universität, universidad...);
        # the names people use for universities without the word ("KU Leuven", "la Sapienza"); and a lab of
        # a university ("il laboratorio della KU Leuven"), which is the university, not a research institute:
        # as the longest mention it wins over the bare "laboratorio".
        r"(?:(?:lab|labo|laboratory|laboratoire|laboratorio|laboratorium)\s+"
        r"(?:[\w']+\s+){0,3}?(?:l'|d'|dell'|all')?)?"
        r"(?:universit\w*|universida\w*|uniwersytet\w*|univerzit\w*|yliopisto|egyetem|hochschule|"
        # A name with its city ("KU Leuven", "ETH Zurich") stops before the city, which is read as the city.
        r"politecnico|polytechnique|hogeschool|ku(?= ?leuven)|kuleuven|uclouvain|ugent|vub|ulb|sorbonne|"
        r"sapienza|complutense|karolinska|epfl|"
        r"eth(?= zurich| zürich| zuerich)|lshtm|london school of hygiene|"
        # Technical universities said by their short name with the city ("TU Munich", "TU di Monaco"), and
        # short names that are a university's alone ("LMU", "RWTH"; round 51 read "TU Munich" as a city).
        r"tu(?= (?:di |de |of )?(?:munich|munchen|muenchen|monaco|berlin|dresden|wien|vienna|delft|eindhoven|"
        r"darmstadt|dortmund|braunschweig|graz|dublin|chemnitz|kaiserslautern|hamburg))|"
        r"lmu|tum|rwth|kth|dtu|ntnu)|"
        r"higher education institution|hei|"
        r"etablissement d'enseignement superieur|instelling voor hoger onderwijs|ateneo",
    ),
]

COMPILED = [
    (entity, value, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")) for entity, value, pattern in PATTERNS
]
# Words of the patterns above that name their value in one language only, another word in the others: "firma"
# is a firm in Dutch (and German), a signature in Italian ("serve la firma del mio relatore?": round 62 stored
# "organizzazione ospitante: Istituto di ricerca → Impresa"). Read so only in a message whose small words are
# not another language's (bot/function_words.py); a bare "firma" keeps its value.
ONE_LANGUAGE = {"firma": "nl"}


def other_language(word: str, folded: str) -> bool:
    """Whether `word`, matched in the folded message, is said in a language where it means something else."""
    from bot.function_words import evidence
    from bot.sticky_margin import words_of

    lang = ONE_LANGUAGE.get(word)
    if lang is None:
        return False
    found = evidence(words_of(folded))
    return max((n for other, n in found.items() if other != lang), default=0) > found.get(lang, 0)
# "training/formation/opleiding/formazione" means staff training only when the message is about staff.
TRAINING_RX = re.compile(r"(?<!\w)(?:training|trainings|formation|opleiding|formazione|bijscholing)(?!\w)")
_STAFF_ROLE = next(pattern for entity, value, pattern in PATTERNS if (entity, value) == ("role", "staff"))
# Any name of the staff role (one list, above), and a few more words about work.
STAFF_CONTEXT_RX = re.compile(
    r"(?<!\w)(?:staff|personnel|personeel\w*|medewerker\w*|personale|employee|collega\w*|colleague\w*|"
    rf"researcher|chercheur\w*|onderzoeker|ricercat\w+|lecturer|docent\w*|postdoc\w*|{_STAFF_ROLE})(?!\w)"
)
# A negation right before a role ("without a PhD", "je ne suis pas doctorant", "geen doctoraat", "non ho un
# dottorato", round 56: "sono solo tecnico, niente dottorato"), with at most three small words between. Commas
# and full stops break it ("No, PhD student").
NEGATED_BEFORE_RX = re.compile(
    r"(?:(?<!\w)(?:without|no|not|never|sans|pas|jamais|ni|zonder|geen|niet|nooit|senza|non|nessun[oa]?|"
    r"niente|nemmeno|neanche|neppure)|n't)"
    r"(?:[\s']+(?:a|an|any|the|my|yet|longer|more|being|have|has|had|having|hold|holds|holding|un|une|de|d|"
    r"du|mon|ma|encore|titulaire|een|mijn|nog|heb|hebt|heeft|ben|uno|una|il|la|mio|mia|ancora|ho|ha|sono|e)"
    r"){0,3}[\s']*$"
)


def negated(folded: str, start: int) -> bool:
    """Whether the keyword starting at `start` is negated ("staff without a PhD" is no PhD student)."""
    return NEGATED_BEFORE_RX.search(folded[max(0, start - 50) : start]) is not None


# A doctorate held, a degree and not the role of PhD student ("I have a PhD", "I hold a doctorate", "with a
# PhD", "j'ai un doctorat", "ik heb een doctoraat", "ho un dottorato"); "my PhD student", "a PhD position", "I
# have my PhD defence in June" and "I'm doing a PhD" stay the role.
HELD_DEGREE_RX = re.compile(r"ph\.?\s?d\.?|doctorat|doctoraat|dottorato")
HELD_BEFORE_RX = re.compile(
    r"(?:(?<!\w)(?:i|we)(?:\s+(?:do|also|already|now|actually))?\s+(?:have|hold|got|earned|obtained)|"
    r"(?<!\w)i'?ve\s+(?:got|earned|obtained)|(?<!\w)(?:with|holding|holder of)|"
    r"(?<!\w)(?:j'ai|titulaire d')|(?<!\w)(?:ik heb|ik bezit|(?<!bezig )met)|"
    r"(?<!\w)(?:ho|con|possiedo|in possesso di))"
    r"(?:\s+(?:already|also|deja|aussi|al|ook|gia|anche))?"
    r"(?:(?:\s+|(?<='))(?:a|an|my|un|une|mon|een|mijn|il|uno|il mio))?\s*$"
)
HELD_AFTER_RX = re.compile(
    r"^\s*(?:defen[cs]e|thesis|supervisor|position|post|scholarship|grant|fellowship|contract|program\w*|"
    r"project|research|studies|exam|to (?:finish|do|write)|soutenance|these|bourse|contrat|projet|"
    r"a (?:finir|faire)|verdediging|beurs|onderzoek|af te|bezig|difesa|tesi|borsa|contratto|progetto|"
    r"da (?:finire|fare))(?!\w)"
)


def held_degree(folded: str, start: int, end: int) -> bool:
    """Whether the keyword at start..end is a doctorate the person holds (a degree, not a role)."""
    if not HELD_DEGREE_RX.fullmatch(folded[start:end]):
        return False
    return HELD_BEFORE_RX.search(folded[max(0, start - 40):start]) is not None \
        and HELD_AFTER_RX.match(folded[end:end + 30]) is None
