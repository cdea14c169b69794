"""Round 62 (call itm-2024).

r62-n3, a Belgian ITM finance officer (French, "vous"), job shadowing at the University of Geneva, 9-13 March
2026 (today 1 October 2025):
1. "Bonjour, je suis agent administratif au service financier de l'ITM Anvers. Je souhaiterais effectuer une
   formation (job shadowing) au service des finances de l'Université de Genève, du 9 au 13 mars 2026. Est-ce
   possible dans le cadre d'Erasmus+ ?", read as the credit-transfer topic, opened with the students' degree
   contract and grading scales, and asked "student or staff?" of someone who said they work at ITM. "Je n'ai
   pas de doctorat" was not said back.
2. The refusal's "Ce qui marcherait : une autre destination que Belgique": Belgium was never named and the
   home-country rule did not fail; now what the call covers for the role, and a home country only when that
   rule fails, with its article ("que la Belgique", "diversa dal Belgio").
3. "Je vous remercie. Même pas avec un financement partiel ?" got "Je ne trouve pas la réponse": now "No",
   why, what would work and whom to ask; also when asked of Geneva while the plan is Lille.

r62-p3, a Belgian ITM MSc student (Dutch), traineeship in Cape Town (today 5 December 2026, the call ended):
4. "wat bedoel je met maar 2 beurzen? ik heb een beurs van de belgische ontwikkelingssamenwerking, telt dat?"
   got the study grants for students from low- and middle-income countries and "Je antwoord blijft
   hetzelfde": now "Yes, it counts, in the ranking" with the priorities that read the scholarship.
5. "wat zou er voor mij gegolden hebben?", then 2027 dates, got only "your dates fall after the call's
   period": now the case with the same dates a year earlier, said so."""
from __future__ import annotations

import pytest

from actions import i18n
from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ["en", "fr", "nl", "it"]

# --- 1. a case told, read as a topic; the staff member's job ---------------------------------------------
FIRST = {
    "fr": "Bonjour, je suis agent administratif au service financier de l'ITM Anvers. Je souhaiterais "
          "effectuer une formation (job shadowing) au service des finances de l'Université de Genève, du 9 "
          "au 13 mars 2026. Est-ce possible dans le cadre d'Erasmus+ ?",
    "en": "Hello, I work in ITM's finance office. I would like to do a staff training (job shadowing) at "
          "the finance department of the University of Geneva, from 9 to 13 March 2026. Is this possible "
          "under Erasmus+?",
    "nl": "Dag, ik werk op de financiële dienst van het ITM. Ik zou graag een opleiding (job shadowing) "
          "volgen bij de financiële dienst van de Universiteit van Genève, van 9 tot 13 maart 2026. Kan dat "
          "met Erasmus+?",
    "it": "Buongiorno, lavoro all'ufficio finanziario dell'ITM. Vorrei fare una formazione (job shadowing) "
          "presso l'ufficio finanziario dell'Università di Ginevra, dal 9 al 13 marzo 2026. È possibile con "
          "Erasmus+?",
}
CREDITS = {"en": "Recognition", "fr": "Reconnaissance et transferts de crédits", "nl": "Erkenning",
           "it": "Riconoscimento"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_case_told_gets_its_answer_not_a_topic_and_the_job_is_staff(monkeypatch, lang):
    got = await play(monkeypatch, {"language": lang}, [(FIRST[lang], "faq_credit_transfer")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert CREDITS[lang] not in reply and "ECTS" not in reply, reply
    assert got.slots.get("role") == "staff", got.slots
    assert got.slots.get("destination") == "CH", got.slots
    assert t(lang, "ask_role") not in reply, reply
    assert "❌" in reply, reply


GENEVA = {"call": "itm-2024", "activity": "staff_training", "receiving_org": "hei", "destination": "CH",
          "destination_city": "Geneva", "start_date": "2026-03-09", "end_date": "2026-03-13",
          "goal": "eligibility", "asked": "role"}
NO_PHD = {"fr": "Je suis membre du personnel, agent administratif (finances), de nationalité belge. Je n'ai "
                "pas de doctorat.",
          "en": "I'm a staff member, administrative officer (finance), Belgian. I don't have a PhD.",
          "nl": "Ik ben personeelslid, administratief medewerker (financiën), Belg. Ik heb geen doctoraat.",
          "it": "Sono membro del personale, impiegato amministrativo (finanze), belga. Non ho un dottorato."}


@pytest.mark.parametrize("lang", LANGS)
async def test_no_phd_is_said_back(monkeypatch, lang):
    got = await play(monkeypatch, {**GENEVA, "language": lang}, [(NO_PHD[lang], "inform")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert got.slots.get("doctoral_or_postdoc_staff") is False, got.slots
    label = i18n.field_told(lang, "doctoral_or_postdoc_staff")
    assert f"{label}: " in reply.split("\n")[0], reply


# --- 2. what would work after a destination the call does not cover ---------------------------------------
SETS = {"en": "the EU member states and the third countries associated to the programme",
        "fr": "les États membres de l'UE et les pays tiers associés au programme",
        "nl": "de EU-lidstaten en de met het programma geassocieerde derde landen",
        "it": "gli Stati membri dell'UE e i paesi terzi associati al programma"}
BELGIUM_SAID = {"en": "other than Belgium", "fr": "que Belgique", "nl": "dan België", "it": "da Belgio"}


@pytest.mark.parametrize("lang", LANGS)
async def test_what_would_work_names_the_role_s_destinations_not_belgium(monkeypatch, lang):
    got = await play(monkeypatch, {**GENEVA, "language": lang, "citizenship": ["BE"]},
                     [("staff", "inform")], TODAY, user_event="parsed")
    reply = got.replies[-1]
    role = t(lang, "whywork_in_sets_role", role="\0", sets="\0").split("\0")[0]
    assert role in reply and SETS[lang] in reply, reply
    assert BELGIUM_SAID[lang] not in reply and i18n.country("BE", lang) not in reply, reply


GRANADA = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "ES",
           "destination_city": "Granada", "citizenship": ["ES"], "start_date": "2026-02-01",
           "end_date": "2026-05-31", "receiving_org": "hei", "goal": "eligibility"}
SPAIN = {"en": "other than Spain", "fr": "que l'Espagne", "nl": "dan Spanje", "it": "diversa dalla Spagna"}


@pytest.mark.parametrize("lang", LANGS)
async def test_own_country_refused_is_named_with_its_article(monkeypatch, lang):
    got = await play(monkeypatch, {**GRANADA, "language": lang}, [("?", "check_eligibility")], TODAY)
    reply = got.replies[-1]
    assert SPAIN[lang] in reply, reply
    assert i18n.country("BE", lang) not in reply.split(SPAIN[lang])[1].split("\n")[0], reply


def test_articles_per_language():
    from actions.countryarticle import with_article

    assert [with_article(c, "fr") for c in ("BE", "ES", "PT", "NL", "CY")] == \
        ["la Belgique", "l'Espagne", "le Portugal", "les Pays-Bas", "Chypre"]
    assert [with_article(c, "it") for c in ("BE", "IT", "ES", "US", "LK", "KE")] == \
        ["dal Belgio", "dall'Italia", "dalla Spagna", "dagli Stati Uniti", "dallo Sri Lanka", "dal Kenya"]
    assert with_article("BE", "en") == "Belgium" and with_article("BE", "nl") == "België"


# --- 3. "not even partial funding?" ----------------------------------------------------------------------
PARTIAL = {"fr": "Je vous remercie. Même pas avec un financement partiel ?",
           "en": "Thank you. Not even partial funding?",
           "nl": "Dank u. Ook geen gedeeltelijke financiering?",
           "it": "La ringrazio. Neanche un finanziamento parziale?"}
SWITZERLAND_NOTE = {"en": "Switzerland", "fr": "Suisse", "nl": "Zwitserland", "it": "Svizzera"}


@pytest.mark.parametrize("lang", LANGS)
async def test_not_even_partial_funding_is_a_no_with_why_what_works_and_whom(monkeypatch, lang):
    got = await play(monkeypatch, {**GENEVA, "role": "staff", "asked": None, "language": lang},
                     [("?", "check_eligibility"), (PARTIAL[lang], "nlu_fallback")], TODAY,
                     user_event="parsed")
    reply = got.replies[-1]
    assert reply.startswith(t(lang, "partialfund_no")), reply
    assert SWITZERLAND_NOTE[lang] in reply and SETS[lang] in reply, reply
    assert "cmorantin@itg.be" in reply, reply
    assert t(lang, "partialfund_other_funding", who="\0").split("\0")[0] in reply, reply
    assert t(lang, "out_of_scope") not in reply, reply


LILLE = {**GENEVA, "role": "staff", "asked": None, "itm_staff_member": True, "destination": "FR",
         "destination_city": "Lille", "citizenship": ["BE"], "green_travel": True}
AGAIN = {"fr": "Pour revenir à Genève : pourriez-vous m'expliquer pourquoi la Suisse n'est pas acceptée, et "
               "s'il n'existe vraiment aucune possibilité de financement partiel ?",
         "en": "Back to Geneva: could you explain why Switzerland is not accepted, and whether there really "
               "is no partial funding at all?",
         "nl": "Terug naar Genève: kunt u uitleggen waarom Zwitserland niet aanvaard wordt, en of er echt "
               "geen gedeeltelijke financiering mogelijk is?",
         "it": "Tornando a Ginevra: può spiegarmi perché la Svizzera non è accettata, e se non esiste "
               "davvero nessun finanziamento parziale?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_partial_funding_asked_of_another_place_answers_it_and_keeps_the_plan(monkeypatch, lang):
    got = await play(monkeypatch, {**LILLE, "language": lang},
                     [("?", "check_eligibility"), (AGAIN[lang], "ask_why")], TODAY, user_event="parsed")
    reply = got.replies[-1]
    assert t(lang, "partialfund_no") in reply, reply
    assert "destination" not in got.last and "destination_city" not in got.last, got.last


# --- 4. a scholarship: does it count? ---------------------------------------------------------------------
CAPE_TOWN = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship",
             "receiving_org": "public_body", "destination": "ZA", "destination_city": "Cape Town",
             "start_date": "2027-03-01", "end_date": "2027-05-31", "citizenship": ["BE"],
             "goal": "eligibility", "hypothetical": True}
COUNTS = {"nl": "wat bedoel je met maar 2 beurzen? ik heb een beurs van de belgische "
                "ontwikkelingssamenwerking, telt dat?",
          "en": "what do you mean by only 2 grants? I have a scholarship from Belgian development "
                "cooperation, does that count?",
          "fr": "que voulez-vous dire par seulement 2 bourses ? j'ai une bourse de la coopération belge au "
                "développement, est-ce que ça compte ?",
          "it": "cosa intende con solo 2 borse? ho una borsa della cooperazione belga allo sviluppo, conta?"}
SELF_FUNDED = {"en": "self-funded", "fr": "autofinanc", "nl": "zelfgefinancierd", "it": "autofinanziat"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_scholarship_counts_in_the_ranking_first(monkeypatch, lang):
    got = await play(monkeypatch, {**CAPE_TOWN, "language": lang},
                     [("?", "check_eligibility"), (COUNTS[lang], "faq_dgd_scholarships")], "2026-12-05",
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert got.slots.get("has_scholarship") is True, got.slots
    head = t(lang, "priorityfact_counts_lower").split(":")[0]
    assert reply.startswith(head), reply
    assert reply.count("✗") == 2 and "2" in reply and SELF_FUNDED[lang] in reply, reply
    assert "DGD" not in reply, reply  # not the study grants for students of other countries


# --- 5. what would have applied, then dates after the call's end --------------------------------------------
P3 = [("kan ik nog een Erasmus-beurs aanvragen voor een stage in Kaapstad in maart?", "ask_deadline"),
      ("ITG Antwerpen", "inform"),
      ("wanneer komt de volgende oproep?", "ask_deadline"),
      ("ok. wat zou er voor mij gegolden hebben?", "check_eligibility"),
      ("master student aan het ITG, belg. stage in een publiek ziekenhuis in kaapstad van 1 maart tot 31 mei "
       "2027", "inform")]


async def test_dates_after_the_end_given_for_what_would_have_applied_run_the_case(monkeypatch):
    got = await play(monkeypatch, {"language": "nl"}, P3, "2026-12-05", user_event="parsed",
                     keep_slot_events=True)
    reply = got.replies[-1]
    assert "1 maart 2026 – 31 mei 2026" in reply, reply
    assert "dus de regels ervan beoordelen ze niet" not in reply, reply
    assert "in aanmerking gekomen" in reply, reply
    assert got.slots.get("activity") == "traineeship" and got.slots.get("destination") == "ZA", got.slots
    assert got.slots.get("role") == "msc_student", got.slots
