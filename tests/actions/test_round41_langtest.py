"""Round 41 (a French MSc student, "tu", a summer school at the Université de Montpellier, ITM call open):

1. "l'école d'été" (summer school) noted the host "École" over the university already named, then "not
   eligible: a school cannot host a blended mobility". A summer school (école d'été, zomerschool, scuola
   estiva, winter school, summer course) is a kind of programme, never the host's kind; "école primaire" and
   "a secondary school" still are schools.
2. "est-ce que je dois parler français ou passer un test de langue ?" got "I speak English, français,
   Nederlands and italiano. I'll continue in English." three times, then the durations, the host types and a
   fallback menu. A language asked about as a requirement is a question about the call: its topic (no test or
   certificate asked; the host says whether it needs a level), in four languages, for both calls.
   "which languages do you speak?" is answered in the language asked in; "I'd like to switch to French" still
   switches.
3. "aucune idée si y en a une. ça change quoi si y en a pas ?" of the virtual part got "la vôtre n'en a pas"
   (said as a fact, and in "vous"): the case, then the condition as it stands; nothing stored.
"""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.faq import topics_of
from actions.phrases import informal
from bot.nlu.extract import extract
from tests.actions.conftest import texts
from tests.actions.test_round13 import hear

MONTPELLIER = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended",
               "receiving_org": "hei", "destination": "FR", "destination_city": "Montpellier",
               "start_date": "2026-06-08", "end_date": "2026-06-15", "citizenship": ["BE"],
               "goal": "eligibility"}
LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "receiving_org": "hei",
         "destination": "FR", "destination_city": "Paris", "citizenship": ["IT"], "goal": "eligibility",
         "start_date": "2016-03-01", "end_date": "2016-06-30"}


async def _answered(monkeypatch, slots, lang):
    """The slots once the person has had their answer (so the next reply is a follow-up)."""
    got = await hear(CollectingDispatcher(), monkeypatch, "so can I go?", {**slots, "language": lang})
    return {**slots, **got, "language": lang}


# 1. A summer school is a programme, not the host's kind (the extractor: tests/nlu/test_round41_programmes.py)

@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "ok merci. la composante virtuelle c'est quoi exactement? "
           "parce que jsp si l'école d'été en a une"),
    ("en", "what is the virtual part exactly? not sure the summer school has one"),
    ("nl", "wat is het virtuele deel precies? ik weet niet of de zomerschool er een heeft"),
    ("it", "cos'è esattamente la parte virtuale? non so se la scuola estiva ne ha una"),
])
async def test_the_summer_school_keeps_the_university_host(monkeypatch, lang, text):
    slots = await _answered(monkeypatch, MONTPELLIER, lang)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots)
    said = texts(dispatcher)
    assert "receiving_org" not in got, got
    assert "→" not in said, said  # no "Updated: host ... → School"
    assert "❌" not in said, said


async def test_a_first_message_with_a_summer_school_notes_the_university(monkeypatch):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch,
                     "salut! je suis en master a l'IMT d'Anvers, je voudrais faire une école d'été à "
                     "l'université de Montpellier du 8 au 15 juin 2026, c possible avec erasmus?",
                     {"language": "fr"})
    assert got.get("receiving_org") == "hei", got


async def test_a_traineeship_at_a_primary_school_is_at_a_school(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch,
                     "je suis en master à l'IMT et je voudrais faire un stage dans une école primaire à Lyon",
                     {"language": "fr"})
    assert got.get("receiving_org") == "school", got


# 2. A language asked about as a requirement: the call's answer ---------------------------------------------

LANGUAGE_QUESTIONS = [
    ("fr", "ok cool. autre truc, est ce que je dois parler français ou passer un test de langue?",
     "nlu_fallback"),
    ("fr", "euh non reste en français stp. je demandais si faut un test de langue ou parler français pour "
           "partir", "faq_duration"),
    ("fr", "c pas ma question lol. niveau de langue: y a une exigence? genre B2 en français?",
     "faq_receiving_org"),
    ("fr", "toujours pas... langue. test. obligatoire ou pas?", "out_of_scope"),
    ("fr", "top merci. dernière chose, pour postuler faut fournir un certificat de langue?",
     "faq_certificates"),
    ("fr", "donc pas de test de langue c ça?", "out_of_scope"),
    ("fr", "faut-il un niveau de langue ?", "nlu_fallback"),
    ("en", "do I need a language test or certificate?", "faq_certificates"),
    ("en", "do I need to speak French for this?", "out_of_scope"),
    ("nl", "moet ik een taaltest doen?", "nlu_fallback"),
    ("nl", "moet ik Frans spreken om te vertrekken?", "faq_duration"),
    ("it", "serve un certificato di lingua?", "faq_certificates"),
    ("it", "devo parlare francese o fare un test di lingua?", "out_of_scope"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), LANGUAGE_QUESTIONS)
async def test_a_language_requirement_gets_the_calls_answer(monkeypatch, lang, text, intent):
    slots = await _answered(monkeypatch, MONTPELLIER, lang)
    dispatcher = CollectingDispatcher()
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    from tests.actions.test_answers import respond

    got = await respond(dispatcher, text=text, intent=intent, entities=extract(text), slots=slots)
    said = texts(dispatcher)
    topic = topics_of("itm-2024", ("language_requirements",))[0].answer(lang)
    assert informal(topic, lang)[:40] in said or topic[:40] in said, said
    assert "erasmusplusmobility@itg.be" in said, said
    assert "I speak English" not in said and "I'll continue in English" not in said, said
    assert got.get("language", lang) == lang, got
    assert "citizenship" not in got and "destination" not in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "do I need a language certificate to apply?"),
    ("it", "serve un certificato di lingua?"),
])
async def test_lucca_says_it_with_its_own_contact(monkeypatch, lang, text):
    slots = {**LUCCA, "language": lang}
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, slots, today="2016-01-10", intent="nlu_fallback")
    said = texts(dispatcher)
    assert topics_of("imt-lucca-2015", ("language_requirements",))[0].answer(lang)[:40] in said, said
    assert "erasmus@imtlucca.it" in said, said


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_both_calls_have_the_topic_in_four_languages(lang):
    for call_id in ("itm-2024", "imt-lucca-2015"):
        topic = topics_of(call_id, ("language_requirements",))[0]
        assert topic.source and topic.answer(lang)
        assert lang == "en" or topic.answer(lang) != topic.answer("en")


async def test_switching_to_french_still_switches(monkeypatch):
    slots = await _answered(monkeypatch, MONTPELLIER, "en")
    got = await hear(CollectingDispatcher(), monkeypatch, "I'd like to switch to French", slots)
    assert got.get("language") == "fr", got


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "quelles langues parles-tu ?", "Je parle English"),
    ("en", "which languages do you speak?", "I speak English"),
    ("it", "quali lingue parli?", "Parlo English"),
])
async def test_which_languages_is_answered_in_the_language_asked(monkeypatch, lang, text, expected):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {"language": lang}, intent="out_of_scope")
    said = texts(dispatcher)
    assert said.startswith(expected), said
    assert "I'll continue in English" not in said or lang == "en", said
    assert got.get("language", lang) == lang, got


# 3. "No idea" whether there is a virtual part: the case, not "yours has none" ----------------------------

@pytest.mark.parametrize(("lang", "text", "start"), [
    ("fr", "ok. et pour la partie virtuelle, franchement aucune idée si y en a une. ça change quoi si y en a "
           "pas? tu sais?", "S'il n'en a pas : non"),
    ("en", "no idea if the summer school has a virtual part. what changes if there is no virtual part?",
     "If it has none: no"),
    ("it", "non so se c'è una parte online. e se non c'è la parte virtuale?", "Se non ce l'ha: no"),
])
async def test_no_idea_of_the_virtual_part_gets_the_case_and_the_condition(monkeypatch, lang, text, start):
    slots = await _answered(monkeypatch, MONTPELLIER, lang)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots)
    said = texts(dispatcher)
    assert said.startswith(start), said
    for wrong in ("vôtre", "yours has none", "la Sua non ce l'ha", "la tienne n'en a pas"):
        assert wrong not in said, said
    assert got.get("virtual_component") is not False, got


def test_la_votre_is_said_la_tienne_to_someone_who_says_tu():
    assert informal("la vôtre n'en a pas", "fr") == "la tienne n'en a pas"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "so what do I have to send? and do I need some english certificate?"),
    ("fr", "et faut-il un certificat d'anglais ?"),
    ("nl", "moet ik een Engels certificaat hebben?"),
    ("it", "serve un certificato di inglese?"),
])
async def test_a_certificate_of_a_named_language_is_the_same_question(monkeypatch, lang, text):
    slots = await _answered(monkeypatch, MONTPELLIER, lang)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, intent="faq_certificates")
    topic = topics_of("itm-2024", ("language_requirements",))[0].answer(lang)
    assert topic[:40] in texts(dispatcher), texts(dispatcher)
    assert "citizenship" not in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "franchement aucune idée s'il y a une partie virtuelle"),
    ("en", "no idea whether there is a virtual component"),
    ("nl", "geen idee of er een virtueel deel is"),
    ("it", "non so se c'è una parte virtuale"),
])
async def test_no_idea_leaves_the_virtual_part_unknown(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**MONTPELLIER, "language": lang})
    assert got.get("virtual_component") is not False, got
    assert texts(dispatcher).startswith("✅"), texts(dispatcher)  # eligible, on conditions
