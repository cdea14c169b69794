"""Round 39 (a French MSc student, "tu", ITM call open):

1. "un programme intensif à l'université de Grenade en mai" noted "pays de destination: Grenade" (the island
   country Grenada): a country's name that, in the person's language, is a bigger city's of another country,
   said after a city or university word, is that city (Granada, Spain). The island stays the island with its
   article ("à la Grenade"), in English ("in Grenada": Granada is not called so in English), or alone.
2. "attends faut etre belge pour partir ??", "ça pose pas de pb que je sois pas belge ?" got "I cannot find
   the answer in the call's text": no, with who can apply in the call's words and what a nationality changes.
3. The virtual component's condition said "(3 ECTS): the organisers take care of it": the 3 ECTS are the
   mobility's, and it is to be checked with the organisers; "si mon programme a pas de partie en ligne c mort
   ?" got the condition again: no, not as a short-term blended mobility.
4. "c'est Grenade en espagne hein, pas l'île. pourquoi tu me parles de pays tiers ?" got the programme
   countries' paragraph before the update: sorry, the update and the new answer.
"""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.citynamesake import bigger_city
from actions.i18n import t
from actions.neednationality import asks_nationality_needed
from actions.profile import core
from bot.nlu.extract import extract
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

LUCCA_OPEN = "2016-01-10"
BLENDED = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended",
           "receiving_org": "hei", "destination": "ES", "destination_city": "Granada",
           "start_date": "2026-05-11", "end_date": "2026-05-15", "goal": "eligibility"}


async def _answered(monkeypatch, slots, lang):
    """The slots once the person has had their answer (so the next reply is a follow-up)."""
    got = await hear(CollectingDispatcher(), monkeypatch, "so can I go?", {**slots, "language": lang})
    return {**slots, **got, "language": lang}


# 1. A country's name that is a bigger city's --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "salut, je suis en master à l'IMT d'Anvers et je voudrais faire un programme intensif à l'université de "
    "Grenade en mai, c'est possible ?",
    "je voudrais faire un stage à Grenade en mars",
])
async def test_grenade_after_a_city_word_is_granada_in_french(monkeypatch, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {"language": "fr", "call": "itm-2024"})
    assert got.get("destination") == "ES" and got.get("destination_city") == "Granada", got
    first = texts(dispatcher).splitlines()[0]
    assert "Grenade" in first and "Espagne" in first, texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'd like to do a study period at the University of Granada in May"),
    ("nl", "ik wil een studieperiode doen aan de universiteit van Granada in mei"),
    ("it", "vorrei fare un periodo di studio all'università di Granada a maggio"),
])
async def test_granada_said_so_stays_granada(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {"language": lang, "call": "itm-2024"})
    assert got.get("destination") == "ES" and got.get("destination_city") == "Granada", got


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("fr", "je vais à la Grenade (l'île) en mai pour un stage", "GD"),
    ("en", "I want to do a traineeship in Grenada in May", "GD"),
    ("nl", "ik wil in mei een stage doen in Grenada", "GD"),
    ("it", "vorrei fare un tirocinio a Grenada a maggio", "GD"),
    ("en", "I want to do a traineeship in Armenia", "AM"),  # Armenia, Colombia: smaller than the country
    ("it", "vorrei fare un tirocinio nel Principato di Monaco", "MC"),  # "a Monaco" is Munich (round 62)
])
async def test_the_country_stays_the_country(monkeypatch, lang, text, code):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {"language": lang, "call": "itm-2024"})
    assert got.get("destination") == code and not got.get("destination_city"), got


async def test_grenade_answering_the_nationality_question_is_the_country(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch, "Grenade",
                     {**BLENDED, "language": "fr", "asked": "citizenship"})
    assert got.get("citizenship") == ["GD"] and got.get("destination", "ES") == "ES", got


def test_bigger_city_needs_a_city_word_and_the_language():
    text = "un stage à Grenade"
    ent = next(e for e in extract(text) if e["entity"] == "country")
    assert bigger_city(text, ent["start"], ent["end"], "GD", ent["homonyms"], "fr") == ("ES", "Granada")
    assert bigger_city(text, ent["start"], ent["end"], "GD", ent["homonyms"], "en") is None
    bare = "Grenade"
    assert bigger_city(bare, 0, len(bare), "GD", {"ES": "Granada"}, "fr") is None


# 2. A nationality asked as a condition ------------------------------------------------------------------

NO_NATIONALITY = {lang: t(lang, "nationality_not_needed")[:12] for lang in ("en", "fr", "nl", "it")}


async def test_faut_etre_belge_answering_the_nationality_question(monkeypatch):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, "française. attends faut etre belge pour partir ??",
                     {**BLENDED, "language": "fr", "asked": "citizenship"})
    said = texts(dispatcher)
    assert got.get("citizenship") == ["FR"], got
    assert said.startswith(NO_NATIONALITY["fr"]), said
    assert "revenu élevé" in said and "Qui peut postuler ?" in said, said  # the call's heading, in French
    assert "Espagne" in said and "nationalité" in said, said
    assert "Je ne trouve pas" not in said, said
    assert said.index(NO_NATIONALITY["fr"]) < said.index("nationalité: France"), said


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "ok mais du coup tu m'as pas répondu, je suis française, ça pose pas de pb que je sois pas "
           "belge ?"),
    ("en", "do I need to be Belgian to go?"),
    ("en", "Is it only for EU citizens?"),
    ("nl", "moet ik Belg zijn om te vertrekken?"),
    ("it", "bisogna essere belgi per partire?"),
    ("it", "non sono belga, è un problema?"),
])
async def test_need_to_be_belgian_is_answered_no(monkeypatch, lang, text):
    slots = await _answered(monkeypatch, {**BLENDED, "citizenship": ["FR"]}, lang)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots)
    said = texts(dispatcher)
    assert said.startswith(NO_NATIONALITY[lang]), said
    # the call's heading "Who can apply?", in the reply language
    assert {"en": "Who can apply?", "fr": "Qui peut postuler ?", "nl": "Wie kan zich kandidaat stellen?",
            "it": "Chi può candidarsi?"}[lang] in said, said
    assert not any(head in said for head in ("Staff:", "Personnel :", "Personeel:", "Personale:")), said
    assert got.get("citizenship") in (None, ["FR"]), got  # Belgian is asked about, not said of oneself


async def test_lucca_need_to_be_italian(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "do I need to be Italian to apply?",
               {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "language": "en"},
               LUCCA_OPEN)
    said = texts(dispatcher)
    assert said.startswith(NO_NATIONALITY["en"]), said
    assert "PhD students" in said and "(source: Who can apply?)" in said, said


async def test_does_it_matter_that_i_am_french_keeps_its_answer(monkeypatch):
    slots = await _answered(monkeypatch, {**BLENDED, "citizenship": ["FR"]}, "en")
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "Does it matter that I'm French?", slots)
    assert texts(dispatcher).startswith(t("en", "nationality_destination_only")[:30]), texts(dispatcher)


@pytest.mark.parametrize(("text", "asks"), [
    ("attends faut etre belge pour partir ??", True),
    ("do I have to be an EU citizen?", True),
    ("moet ik een EU-burger zijn?", True),
    ("je suis belge, je peux partir en Espagne ?", False),
    ("I'm Belgian. Can I go to Spain?", False),
    ("do I need to be enrolled?", False),
    ("I need to be in Belgium by June, is that ok?", False),
])
def test_asks_nationality_needed(text, asks):
    assert asks_nationality_needed(text) is asks


# 3. The virtual component --------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "organisers", "first_person", "not_said"), [
    ("en", "check with the organisers of your programme", "I must check", "settle it"),
    ("fr", "vérifiez auprès des organisateurs de votre programme", "je dois vérifier", "s'en chargent"),
    ("nl", "vraag de organisatoren van uw programma na", "ik moet bij de organisatoren", "regelen dat"),
    ("it", "verifichi con gli organizzatori del Suo programma", "devo verificare", "se ne occupano"),
])
def test_the_condition_is_to_be_checked_with_the_organisers(lang, organisers, first_person, not_said):
    decision = core().evaluate({**{k: v for k, v in BLENDED.items() if k != "goal"}, "citizenship": ["FR"],
                                "as_of": ITM_OPEN}, lang=lang)
    condition = next(c for c in decision["conditions"] if c["field"] == "virtual_component")
    line = condition["explanation"]
    assert not_said not in line and organisers in line, line
    assert line.index("3 ECTS") < line.index(":"), line  # the mobility's 3 ECTS, before the check
    assert first_person in condition["first_person"], condition


async def test_the_condition_in_the_tu_register(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "salut, du coup je peux partir ? dis-moi",
               {**BLENDED, "citizenship": ["FR"], "language": "fr"})
    assert "vérifie auprès des organisateurs de ton programme" in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text", "start"), [
    # (round 41: said as the case, "if it has none", then the condition; never "yours has none")
    ("fr", "ok donc si mon programme a pas de partie en ligne c mort ?",
     "S'il n'en a pas : non, pas en tant que mobilité hybride"),
    ("en", "so if my programme has no virtual part, I can't go?",
     "If it has none: no, not as a short-term blended mobility"),
    ("nl", "dus als er geen online deel is, kan ik dan niet vertrekken?",
     "Als het er geen heeft: nee, niet als korte gemengde"),
    ("it", "quindi se il mio programma non ha una parte online non posso partire?",
     "Se non ce l'ha: no, non come mobilità mista"),
])
async def test_no_virtual_part_is_answered_no(monkeypatch, lang, text, start):
    slots = await _answered(monkeypatch, {**BLENDED, "citizenship": ["FR"]}, lang)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, slots)
    said = texts(dispatcher)
    assert said.startswith(start), said
    assert "organi" in said.splitlines()[0], said


async def test_what_it_is_and_if_there_is_none_both_answered(monkeypatch):
    slots = await _answered(monkeypatch, {**BLENDED, "citizenship": ["FR"]}, "fr")
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch,
               "mais c'est quoi exactement cette partie virtuelle ? et si y en a pas je peux pas partir ?",
               slots)
    said = texts(dispatcher)
    assert "combine un séjour physique" in said, said
    assert "pas en tant que mobilité hybride" in said, said


async def test_the_blended_topic_gives_the_ects_to_the_mobility(monkeypatch):
    slots = await _answered(monkeypatch, {**BLENDED, "citizenship": ["FR"]}, "en")
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "what does blended mean exactly?", slots)
    said = texts(dispatcher)
    assert "a blended mobility has a compulsory virtual component and is worth at least 3 ECTS" in said, said
    assert "virtual component of a blended mobility is compulsory and brings" not in said, said


@pytest.mark.parametrize(("lang", "text", "start"), [
    ("fr", "et sans la partie en ligne ?", "Dans ce cas"),
    ("en", "is the virtual part compulsory?", "Yes:"),
])
async def test_skipping_it_keeps_its_answers(monkeypatch, lang, text, start):
    slots = await _answered(monkeypatch, {**BLENDED, "citizenship": ["FR"]}, lang)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, slots)
    assert texts(dispatcher).startswith(start), texts(dispatcher)


# 4. A destination corrected with a complaint --------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "ok. au fait c'est Grenade en espagne hein, pas l'île. pourquoi tu me parles de pays tiers ?"),
    ("en", "it's Granada in Spain, not the island. why are you talking about third countries?"),
    ("nl", "het is Granada in Spanje, niet het eiland. waarom heb je het over derde landen?"),
    ("it", "è Granada in Spagna, non l'isola. perché mi parli di paesi terzi?"),
])
async def test_a_corrected_destination_gets_sorry_and_the_new_answer(monkeypatch, lang, text):
    slots = await _answered(monkeypatch, {**BLENDED, "destination": "GD", "destination_city": None,
                                          "citizenship": ["FR"]}, lang)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots)
    lines = texts(dispatcher).splitlines()
    assert got.get("destination") == "ES", got
    assert lines[0] == t(lang, "sorry_misread"), lines
    assert "→" in lines[1], lines
    assert "✅" in lines[2], lines
    assert not any("Macedonia" in x or "Macédoine" in x or "Macedonië" in x for x in lines), lines


async def test_why_third_countries_without_a_correction_keeps_the_topic(monkeypatch):
    slots = await _answered(monkeypatch, {**BLENDED, "destination": "GD", "destination_city": None,
                                          "citizenship": ["FR"]}, "en")
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "why are you talking about third countries?", slots)
    said = texts(dispatcher)
    assert "North Macedonia" in said and "Grenada" in said, said
    assert t("en", "sorry_misread") not in said, said
