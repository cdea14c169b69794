"""Round 36 (a research fellow at ITM, staff training in Kampala then Lisbon, French "vous"): "je suis
chargée de recherche à l'IMT Anvers" did not make her staff; "c'est un institut de recherche et
d'enseignement" noted a teaching mobility; "je vais suivre une formation, comme prévu à Kampala" moved Lisbon
back to Kampala and kept the teaching; "la destination reste Lisbonne ... il s'agit d'une formation ..., pas
d'une mission d'enseignement. Kampala, c'est abandonné." changed nothing ("your answer stays the same");
after the what-if "et si je choisissais plutôt l'Afrique du Sud ?" the plan's "❌ Based on what you told me"
block showed South Africa; "le 9 janvier est-il une date ferme ?" got the two-months rule without a yes. Each
in English, French, Dutch and Italian, with the nearby words that keep their answer."""
from __future__ import annotations

import datetime as dt

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import fmt_date, label, t
from bot.nlu.extract import extract
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

LANGS = ["en", "fr", "nl", "it"]
BASE = {"call": "itm-2024", "goal": "eligibility", "start_date": "2026-03-09", "end_date": "2026-03-13"}
KAMPALA = {**BASE, "role": "staff", "activity": "staff_training", "receiving_org": "hei", "destination": "UG",
           "destination_city": "Kampala"}
LISBON_TEACHING = {**BASE, "role": "staff", "activity": "teaching", "receiving_org": "research_institute",
                   "destination": "PT", "destination_city": "Lisbon"}
LISBON = {**LISBON_TEACHING, "activity": "staff_training", "citizenship": ["FR"]}


def _roles(text: str) -> set[str]:
    return {str(e["value"]) for e in extract(text, dt.date.fromisoformat(ITM_OPEN)) if e["entity"] == "role"}


def _activities(text: str) -> set[str]:
    found = extract(text, dt.date.fromisoformat(ITM_OPEN))
    return {str(e["value"]) for e in found if e["entity"] == "activity"}


# 1. A research title said of oneself is the staff role (the one vocabulary: bot/nlu/keywords.py).
TITLES = [
    ("fr", "Bonjour, je suis chargée de recherche à l'IMT Anvers et je souhaiterais suivre une formation à "
           "l'Université Makerere, à Kampala, du 9 au 13 mars 2026. Est-ce envisageable ?"),
    ("fr", "je suis chercheuse à l'IMT et je voudrais partir à Lisbonne"),
    ("fr", "je suis technicienne à l'IMT"),
    ("fr", "je suis post-doctorante à l'IMT"),
    ("en", "I'm a research fellow at ITM and would like to go to Lisbon"),
    ("en", "I'm a research associate at ITM"),
    ("nl", "ik ben onderzoekster aan het ITG en wil naar Lissabon"),
    ("nl", "ik ben wetenschappelijk medewerker aan het ITG"),
    ("it", "sono ricercatrice all'ITM e vorrei andare a Lisbona"),
    ("it", "sono tecnica di ricerca all'ITM"),
]


@pytest.mark.parametrize(("lang", "text"), TITLES)
async def test_a_research_title_at_the_institution_is_the_staff_role(monkeypatch, lang, text):
    assert _roles(text) == {"staff"}, text
    got = await hear(CollectingDispatcher(), monkeypatch, text, {"language": lang}, ITM_OPEN,
                     intent="check_eligibility")
    assert got.get("role") == "staff", got


async def test_the_research_fellow_training_in_kampala_is_answered_at_once(monkeypatch):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, TITLES[0][1], {"language": "fr"}, ITM_OPEN,
                     intent="check_eligibility")
    assert got.get("role") == "staff" and got.get("activity") == "staff_training", got
    reply = texts(dispatcher)
    assert t("fr", "ask_role")[:20] not in reply and "Ouganda" in reply, reply
    assert t("fr", "verdict_not_eligible", call="")[:20] in reply, reply


# A PhD student is a researcher too: the PhD role stays, with no ITM staff status.
PHD_RESEARCHERS = {"en": "I'm a PhD student, a researcher at ITM, and would like to go to Lyon",
                   "fr": "je suis doctorante et chercheuse à l'IMT, je voudrais aller à Lyon",
                   "nl": "ik ben doctorandus en onderzoeker aan het ITG, ik wil naar Lyon",
                   "it": "sono dottoranda e ricercatrice all'ITM, vorrei andare a Lione"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_phd_student_who_is_a_researcher_stays_a_phd_student(monkeypatch, lang):
    got = await hear(CollectingDispatcher(), monkeypatch, PHD_RESEARCHERS[lang], {"language": lang}, ITM_OPEN,
                     intent="check_eligibility")
    assert got.get("role") == "phd_student", got
    assert not got.get("itm_staff_member"), got


@pytest.mark.parametrize("lang", LANGS)
async def test_a_known_phd_student_saying_researcher_stays_one(monkeypatch, lang):
    words = {"en": "I'm also a researcher at ITM", "fr": "je suis aussi chercheuse à l'IMT",
             "nl": "ik ben ook onderzoeker aan het ITG", "it": "sono anche ricercatrice all'ITM"}
    slots = {**BASE, "role": "phd_student", "activity": "short_term_doctoral", "destination": "FR",
             "destination_city": "Lyon", "language": lang}
    got = await hear(CollectingDispatcher(), monkeypatch, words[lang], slots, ITM_OPEN)
    assert "role" not in got and not got.get("itm_staff_member"), got


NEARBY_STAFF = {"en": "I'm a PhD student and an ITM staff member",
                "fr": "je suis doctorante et membre du personnel de l'IMT",
                "nl": "ik ben doctorandus en personeelslid van het ITG",
                "it": "sono dottoranda e dipendente dell'ITM"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_phd_student_with_staff_words_keeps_the_staff_status(monkeypatch, lang):
    got = await hear(CollectingDispatcher(), monkeypatch, NEARBY_STAFF[lang], {"language": lang}, ITM_OPEN,
                     intent="check_eligibility")
    assert got.get("role") == "phd_student" and got.get("itm_staff_member") is True, got


# 2. Teaching words that describe the host organisation are no activity.
HOSTS = {"en": ["OK, then the IHMT in Lisbon, same dates. It's a research and teaching institute.",
                "OK, then the hospital in Lisbon, same dates. It's a teaching hospital."],
         "fr": ["Bon, alors l'IHMT à Lisbonne, mêmes dates. C'est un institut de recherche et "
                "d'enseignement.",
                "Bon, alors à Lisbonne, mêmes dates. C'est un centre d'enseignement et de recherche."],
         "nl": ["Goed, dan het IHMT in Lissabon, zelfde data. Het is een onderzoeks- en "
                "onderwijsinstelling."],
         "it": ["Va bene, allora l'IHMT a Lisbona, stesse date. È un istituto di ricerca e insegnamento.",
                "Va bene, allora a Lisbona, stesse date. È un ospedale d'insegnamento."]}


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang, said in HOSTS.items() for text in said])
async def test_a_teaching_institute_is_no_teaching_mobility(monkeypatch, lang, text):
    assert "teaching" not in _activities(text), text
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**KAMPALA, "language": lang}, ITM_OPEN)
    assert got.get("destination") == "PT" and "activity" not in got, got
    assert label(lang, "activities", "teaching") not in texts(dispatcher), texts(dispatcher)


TEACHING_STAYS = [("fr", "je vais enseigner à l'institut de Lisbonne"),
                  ("fr", "c'est une mission d'enseignement à l'université de Lisbonne"),
                  ("en", "I'd like to do some university teaching in Lisbon"),
                  ("nl", "ik ga les geven aan het instituut in Lissabon"),
                  ("it", "vorrei fare docenza all'università di Lisbona")]


@pytest.mark.parametrize(("lang", "text"), TEACHING_STAYS)
def test_teaching_at_an_institution_is_still_teaching(lang, text):
    assert "teaching" in _activities(text), text


# 3. "as planned in Kampala" compares with the earlier plan; "I won't teach, I'll follow a training" with the
# teaching word talked about as a word is the staff training.
NOT_TEACHING = {
    "en": "No, you misunderstood me: I'm not going to teach. I'm going to follow a training, as planned in "
          "Kampala. 'Teaching' described the institute, not my trip.",
    "fr": "Non, vous m'avez mal comprise : je ne vais pas enseigner. Je vais suivre une formation, comme "
          "prévu à Kampala. « Enseignement » décrivait l'institut, pas mon déplacement.",
    "nl": "Nee, u begrijpt me verkeerd: ik ga geen les geven. Ik ga een opleiding volgen, zoals gepland in "
          "Kampala. 'Onderwijs' beschreef het instituut, niet mijn reis.",
    "it": "No, mi ha frainteso: non vado a insegnare. Seguirò una formazione, come previsto a Kampala. "
          "«Insegnamento» descriveva l'istituto, non il mio viaggio.",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_training_as_planned_elsewhere_keeps_the_place_and_replaces_the_teaching(monkeypatch, lang):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, NOT_TEACHING[lang], {**LISBON_TEACHING, "language": lang},
                     ITM_OPEN)
    assert "destination" not in got and "destination_city" not in got, got
    assert got.get("activity") == "staff_training", got
    assert label(lang, "activities", "staff_training") in texts(dispatcher), texts(dispatcher)


AS_PLANNED = {"en": "it's a training, as planned in Kampala",
              "fr": "c'est une formation, comme prévu à Kampala",
              "nl": "het is een opleiding, zoals gepland in Kampala",
              "it": "è una formazione, come previsto a Kampala"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_place_compared_with_is_no_new_destination(monkeypatch, lang):
    got = await hear(CollectingDispatcher(), monkeypatch, AS_PLANNED[lang], {**LISBON, "language": lang},
                     ITM_OPEN)
    assert "destination" not in got and "destination_city" not in got, got


MOVES = {"en": "I'd rather go to Kampala instead", "fr": "finalement je pars plutôt à Kampala",
         "nl": "ik ga toch liever naar Kampala", "it": "alla fine vado piuttosto a Kampala"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_place_said_as_the_plan_still_moves_it(monkeypatch, lang):
    got = await hear(CollectingDispatcher(), monkeypatch, MOVES[lang], {**LISBON, "language": lang}, ITM_OPEN)
    assert got.get("destination") == "UG", got


# 4. "the destination stays Lisbon ... a training, not a teaching mission. Kampala is off."
STAYS = {
    "en": "No! The destination stays Lisbon (IHMT), 9 to 13 March 2026. And it is a training I follow, not a "
          "teaching mission. Kampala is off.",
    "fr": "Mais non ! La destination reste Lisbonne (IHMT), du 9 au 13 mars 2026. Et il s'agit d'une "
          "formation que je suis, pas d'une mission d'enseignement. Kampala, c'est abandonné.",
    "nl": "Nee! De bestemming blijft Lissabon (IHMT), van 9 tot 13 maart 2026. En het gaat om een opleiding "
          "die ik volg, niet om les te geven. Kampala valt af.",
    "it": "Ma no! La destinazione resta Lisbona (IHMT), dal 9 al 13 marzo 2026. E si tratta di una "
          "formazione che seguo, non di una missione di insegnamento. Kampala è fuori discussione.",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_destination_that_stays_and_the_training_are_taken(monkeypatch, lang):
    dispatcher = CollectingDispatcher()
    slots = {**LISBON_TEACHING, "destination": "UG", "destination_city": "Kampala", "language": lang}
    got = await hear(dispatcher, monkeypatch, STAYS[lang], slots, ITM_OPEN)
    assert got.get("destination") == "PT" and got.get("destination_city") == "Lisbon", got
    assert got.get("activity") == "staff_training", got
    reply = texts(dispatcher)
    assert t(lang, "verdict_stands", outcome="")[:15] not in reply, reply


NOT_DROPPED = {"en": "Kampala is lovely, I'll go there", "fr": "Kampala, c'est une belle ville, j'y vais",
               "nl": "Kampala is een mooie stad, ik ga erheen", "it": "Kampala è una bella città, ci vado"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_place_said_with_other_words_after_it_is_kept(monkeypatch, lang):
    got = await hear(CollectingDispatcher(), monkeypatch, NOT_DROPPED[lang], {**LISBON, "language": lang},
                     ITM_OPEN)
    assert got.get("destination") == "UG", got


async def test_no_problem_for_the_training_negates_nothing(monkeypatch):
    text = "pas de problème pour la formation, c'est à Lisbonne"
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**LISBON, "language": "fr"}, ITM_OPEN)
    assert got.get("activity") in (None, "staff_training"), got


# 5. A what-if's answer is its own "No: in that case ..."; the plan's "Based on what you told me" block does
# not show the case's facts.
CASES = {"en": "Why? And what if I chose South Africa instead, say the University of Cape Town, would "
               "that work?",
         "fr": "Pourquoi donc ? Et si je choisissais plutôt l'Afrique du Sud, par exemple l'université du "
               "Cap, cela irait-il ?",
         "nl": "Waarom? En als ik in plaats daarvan Zuid-Afrika zou kiezen, bijvoorbeeld de Universiteit van "
               "Kaapstad, zou dat gaan?",
         "it": "Perché? E se scegliessi invece il Sudafrica, per esempio l'Università di Città del Capo, "
               "andrebbe bene?"}


async def _told(monkeypatch, slots):
    got = await hear(CollectingDispatcher(), monkeypatch, "so can I go?", slots, ITM_OPEN)
    return {**slots, **got}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_what_if_answer_shows_no_plan_block_with_the_case(monkeypatch, lang):
    slots = await _told(monkeypatch, {**KAMPALA, "citizenship": ["FR"], "language": lang})
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, CASES[lang], slots, ITM_OPEN)
    assert (got.get("what_if_case") or {}).get("destination") == "ZA", got
    assert "destination" not in got, got
    reply = texts(dispatcher)
    assert t(lang, "what_if_not_eligible", reasons="")[:15] in reply, reply
    assert t(lang, "verdict_not_eligible", call="")[:15] not in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_the_plan_is_answered_for_its_own_facts_after_the_case(monkeypatch, lang):
    slots = await _told(monkeypatch, {**KAMPALA, "citizenship": ["FR"], "language": lang})
    slots = {**slots, **await hear(CollectingDispatcher(), monkeypatch, CASES[lang], slots, ITM_OPEN)}
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "/show_checks", slots, ITM_OPEN, intent="show_checks")
    reply = texts(dispatcher)
    from rules_core.countries import country_name

    assert country_name("UG", lang) in reply and country_name("ZA", lang) not in reply, reply


# 6. "Is 9 January a firm date?": yes first, the call's rule, the last day, no other closing date.
FIRM = {"en": "Is 9 January a firm date?",
        "fr": "Et le 9 janvier est-il une date ferme ?",
        "nl": "Is 9 januari een harde datum?",
        "it": "Il 9 gennaio è una data tassativa?"}
BOTH = {"en": "Thanks. Do I send it to Ms Morantin or to the erasmusplusmobility address? And is 9 January a "
              "firm date?",
        "fr": "Merci. Pour être sûre : ma candidature, je l'envoie à qui exactement, à Mme Morantin ou à "
              "l'adresse erasmusplusmobility ? Et le 9 janvier est-il une date ferme ?",
        "nl": "Bedankt. Stuur ik het naar mevrouw Morantin of naar het adres erasmusplusmobility? En is 9 "
              "januari een harde datum?",
        "it": "Grazie. La mando alla signora Morantin o all'indirizzo erasmusplusmobility? E il 9 gennaio è "
              "una data tassativa?"}


@pytest.mark.parametrize("words", [FIRM, BOTH])
@pytest.mark.parametrize("lang", LANGS)
async def test_a_firm_date_question_gets_yes_first(monkeypatch, lang, words):
    slots = await _told(monkeypatch, {**LISBON, "language": lang})
    dispatcher = CollectingDispatcher()
    intent = "ask_contact" if words is BOTH else "ask_deadline"
    await hear(dispatcher, monkeypatch, words[lang], slots, ITM_OPEN, intent=intent)
    first = dispatcher.messages[0]["text"]
    assert first.startswith(t(lang, "answer_yes", answer="").strip()), texts(dispatcher)
    assert fmt_date("2026-01-09", lang) in first, first
    assert t(lang, "apply_by_only_date", deadline="")[:20] in first, first
    if words is BOTH:
        assert "erasmusplusmobility@itg.be" in texts(dispatcher), texts(dispatcher)


async def test_why_that_date_keeps_its_because(monkeypatch):
    slots = await _told(monkeypatch, {**LISBON, "language": "fr"})
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "pourquoi le 9 janvier ?", slots, ITM_OPEN, intent="ask_deadline")
    first = dispatcher.messages[0]["text"]
    assert first.startswith(t("fr", "why_apply_by", ahead="", start="", date="")[:10]), first
    assert t("fr", "apply_by_only_date", deadline="")[:20] not in first, first
