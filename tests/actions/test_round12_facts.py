"""Round 12 of simulated users, fact reading: words about something else than the plan now (an earlier stay,
the start of the conversation, the dates already given, another agreement, what the person was not talking
about).

Each test plays the slots a conversation has reached and one message, with the entities the extractor gives
for it (bot/nlu), then checks the slot events and the reply; each fault is checked from both sides (the
faulty words no longer set the fact, the ordinary words still do) in English, French, Dutch and Italian."""
from __future__ import annotations

from typing import Any

import pytest

from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond

BERLIN = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
          "destination": "DE", "receiving_org": "research_institute", "citizenship": ["IT"],
          "start_date": "2016-04-01", "end_date": "2016-05-31", "asked": "prior_erasmus_months"}
PLAN_FACTS = ("role", "activity", "destination", "destination_city", "receiving_org", "start_date",
              "end_date")


@pytest.fixture(autouse=True)
def itm_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")


def lucca(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")


def city(text: str, value: str, code: str, words: str) -> dict[str, Any]:
    return {**said(text, "city", value, words), "country_code": code}


def user(text: str) -> dict[str, Any]:
    return {"event": "user", "text": text}


def slot(name: str, value: Any) -> dict[str, Any]:
    return {"event": "slot", "name": name, "value": value}


# 1. An earlier stay told while answering "how many Erasmus months before?"
PAST_ERASMUS = [
    ("fr", "j'ai fait 3 mois d'Erasmus à Lyon pendant mon master", "3 mois", "Lyon", "master"),
    ("it", "ho fatto 3 mesi di Erasmus a Lione durante il master", "3 mesi", "Lione", "master"),
    ("nl", "ik heb 3 maanden Erasmus in Lyon gedaan tijdens mijn master", "3 maanden", "Lyon", "master"),
    ("en", "I already did 3 months of Erasmus in Lyon during my master", "3 months", "Lyon", "master"),
]


@pytest.mark.parametrize(("lang", "text", "length", "place", "role"), PAST_ERASMUS)
async def test_an_earlier_erasmus_stay_gives_the_months_but_no_plan_fact(dispatcher, monkeypatch, lang, text,
                                                                         length, place, role):
    lucca(monkeypatch)
    ents = [said(text, "duration", "P3M", length), city(text, "Lyon", "FR", place),
            said(text, "role", "msc_student", role)]
    got = await respond(dispatcher, text=text, entities=ents, slots={**BERLIN, "language": lang})
    # A master's stay is another study cycle than the PhD's: no answer to "how many months in this cycle?"
    assert "prior_erasmus_months" not in got, got
    assert not set(PLAN_FACTS) & set(got), got
    # For a master's student it is this cycle's stay: its months are the answer.
    got = await respond(dispatcher, text=text, entities=ents,
                        slots={**BERLIN, "role": "msc_student", "language": lang})
    assert got.get("prior_erasmus_months") == 3.0, got
    assert not set(PLAN_FACTS) & set(got), got


async def test_a_summer_school_asked_about_leaves_the_erasmus_months_open(dispatcher, monkeypatch):
    lucca(monkeypatch)
    text = "I did a 2-month summer school in Porto during my master, does that count?"
    ents = [said(text, "duration", "P2M", "2-month"), said(text, "receiving_org", "school", "school"),
            city(text, "Porto", "PT", "Porto"), said(text, "role", "msc_student", "master")]
    got = await respond(dispatcher, text=text, entities=ents, slots=BERLIN)
    assert not set(PLAN_FACTS) & set(got), got
    assert "prior_erasmus_months" not in got  # not clearly an Erasmus stay: the question stays
    assert got.get("asked", "prior_erasmus_months") == "prior_erasmus_months"
    assert "Erasmus" in texts(dispatcher)


async def test_an_earlier_stay_years_ago_is_not_the_host_now(dispatcher, monkeypatch):
    lucca(monkeypatch)
    text = ("no no, wait. the host is still University of Vienna in Austria! the Germany thing was a summer "
            "school in my master years ago, I was just asking if that counts as previous erasmus months")
    ents = [said(text, "receiving_org", "hei", "University"), city(text, "Vienna", "AT", "Vienna"),
            {**said(text, "country", "AT", "Austria"), "role": "destination"},
            {**said(text, "country", "DE", "Germany"), "role": "destination"},
            said(text, "receiving_org", "school", "school"), said(text, "role", "msc_student", "master")]
    slots = {**BERLIN, "activity": "study", "destination": "AT", "receiving_org": "hei"}
    got = await respond(dispatcher, text=text, entities=ents, slots=slots)
    assert got.get("destination_city") == "Vienna" and got.get("destination", "AT") == "AT", got
    assert "role" not in got and "receiving_org" not in got and "prior_erasmus_months" not in got, got


async def test_none_in_this_cycle_is_none_whatever_the_master_had(dispatcher, monkeypatch):
    lucca(monkeypatch)
    text = "nel dottorato nessuno. però durante la magistrale ho fatto 3 mesi di Erasmus, conta?"
    ents = [said(text, "role", "phd_student", "dottorato"), said(text, "duration", "P3M", "3 mesi")]
    got = await respond(dispatcher, text=text, entities=ents, slots={**BERLIN, "language": "it"})
    assert got.get("prior_erasmus_months") == 0.0 and "end_date" not in got, got


async def test_this_phd_and_a_length_said_again_belong_to_the_earlier_months(dispatcher, monkeypatch):
    lucca(monkeypatch)
    text = "durante questo dottorato ho già fatto 10 mesi di Erasmus, con il vecchio programma LLP"
    ents = [said(text, "role", "phd_student", "dottorato"), said(text, "duration", "P10M", "10 mesi")]
    got = await respond(dispatcher, text=text, entities=ents,
                        slots={"call": "imt-lucca-2015", "language": "it", "asked": "role"})
    assert got.get("role") == "phd_student" and got.get("prior_erasmus_months") == 10.0, got
    text = ("hmm j'ai déjà fait 3 mois d'Erasmus pendant mon master. est-ce que mes 3 mois de master "
            "comptent ?")
    ents = [said(text, kind, value, words, last) for last in (False, True)
            for kind, value, words in (("duration", "P3M", "3 mois"), ("role", "msc_student", "master"))]
    got = await respond(dispatcher, text=text, entities=ents, slots={**BERLIN, "language": "fr"})
    # The master is an earlier study cycle than this PhD: its months stay out of this cycle's count.
    assert "prior_erasmus_months" not in got and not {*PLAN_FACTS, "duration"} & set(got), got
    got = await respond(dispatcher, text=text, entities=ents,
                        slots={**BERLIN, "role": "msc_student", "language": "fr"})
    assert got.get("prior_erasmus_months") == 3.0 and not {*PLAN_FACTS, "duration"} & set(got), got


async def test_the_years_of_an_ended_call_are_no_earlier_stay(dispatcher):
    text = ("I'm an IMT Lucca PhD student. Was the United Kingdom an eligible destination for a study period "
            "in 2016?")
    ents = [said(text, "institution", "lucca", "IMT Lucca"), said(text, "role", "phd_student", "PhD student"),
            {**said(text, "country", "GB", "United Kingdom"), "role": "destination"},
            said(text, "activity", "study", "study period")]
    got = await respond(dispatcher, text=text, entities=ents, intent="check_eligibility")
    assert got.get("activity") == "study" and got.get("role") == "phd_student", got


@pytest.mark.parametrize(("text", "ents"), [
    ("last year I did 4 months of Erasmus at the University of Ghent",
     [("duration", "P4M", "4 months"), ("receiving_org", "hei", "University"), ("city", "Gent", "Ghent")]),
    ("in 2019 I did an internship at a company in Berlin",
     [("activity", "traineeship", "internship"), ("receiving_org", "enterprise", "company"),
      ("city", "Berlin", "Berlin")]),
])
async def test_a_stay_of_last_year_sets_no_plan_fact_when_nothing_was_asked(dispatcher, text, ents):
    entities = [said(text, kind, value, words) for kind, value, words in ents]
    got = await respond(dispatcher, text=text, entities=entities,
                        slots={"call": "itm-2024", "role": "msc_student", "goal": "eligibility"})
    assert not set(PLAN_FACTS) & set(got), got
    assert got.get("prior_erasmus_months") == (4.0 if "Erasmus" in text else None)


@pytest.mark.parametrize(("lang", "text", "length", "place"), [
    ("fr", "j'ai fait 3 mois d'Erasmus pendant mon master, maintenant je voudrais aller à Lyon", "3 mois",
     "Lyon"),
    ("it", "ho fatto 3 mesi di Erasmus durante il master, ora vorrei andare a Lione", "3 mesi", "Lione"),
    ("nl", "ik heb 3 maanden Erasmus gedaan tijdens mijn master, nu wil ik naar Lyon", "3 maanden", "Lyon"),
    ("en", "I did 3 months of Erasmus during my master, now I'd like to go to Lyon", "3 months", "Lyon"),
])
async def test_the_plan_said_after_an_earlier_stay_is_still_taken(dispatcher, monkeypatch, lang, text, length,
                                                                  place):
    lucca(monkeypatch)
    ents = [said(text, "duration", "P3M", length), city(text, "Lyon", "FR", place)]
    got = await respond(dispatcher, text=text, entities=ents, slots={**BERLIN, "language": lang})
    # The master's months are another study cycle's: no answer to this PhD's months (round 19).
    assert "prior_erasmus_months" not in got and got.get("destination_city") == "Lyon", got


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "I'd like to do it in Porto instead", "Porto"),
    ("fr", "je voudrais plutôt le faire à Porto", "Porto"),
    ("it", "vorrei farlo a Porto invece", "Porto"),
    ("nl", "ik wil het liever in Porto doen", "Porto"),
])
async def test_a_place_of_the_plan_is_still_taken(dispatcher, monkeypatch, lang, text, place):
    lucca(monkeypatch)
    got = await respond(dispatcher, text=text, entities=[city(text, "Porto", "PT", place)],
                        slots={**BERLIN, "language": lang, "asked": None})
    assert got.get("destination_city") == "Porto" and got.get("destination") == "PT", got


# 2. "As I said at the start": the conversation's start, not the stay's.
NAIROBI = {"call": "itm-2024", "role": "phd_student", "activity": "traineeship", "goal": "grant",
           "destination": "KE", "destination_city": "Nairobi", "receiving_org": "ngo", "citizenship": ["IT"],
           "itm_staff_member": False, "start_date": "2026-03-02", "end_date": "2026-04-30"}
GIVEN = [user("dal 2 marzo 2026 fino al 29 maggio"), slot("start_date", "2026-03-02"),
         slot("end_date", "2026-05-29"), user("il tirocinio finisce il 30 aprile, non il 29 maggio"),
         slot("end_date", "2026-04-30")]


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("it", "ah no allora, rimango al 29 maggio come avevo detto all'inizio. quindi scrivo a "
           "erasmusplusmobility@itg.be o prima al mio supervisore?", "29 maggio"),
    ("it", "come avevo detto all'inizio: 29 maggio", "29 maggio"),
    ("fr", "non, je reste au 29 mai comme je disais au début", "29 mai"),
    ("nl", "nee, ik blijf bij 29 mei zoals ik in het begin zei", "29 mei"),
    ("en", "no, I'll keep 29 May as I said at the start", "29 May"),
])
async def test_a_date_said_again_keeps_the_role_it_had(dispatcher, lang, text, date):
    got = await respond(dispatcher, text=text, entities=[said(text, "start_date", "2026-05-29", date)],
                        slots={**NAIROBI, "language": lang}, events=[*GIVEN, user(text)])
    assert got.get("end_date") == "2026-05-29" and "start_date" not in got, got
    assert texts(dispatcher).count("→") == 1, texts(dispatcher)  # the end said back, moved, no problem


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("it", "l'inizio è il 9 marzo", "9 marzo"),
    ("fr", "le début est le 9 mars", "9 mars"),
    ("nl", "het begin is 9 maart", "9 maart"),
    ("en", "the start is 9 March", "9 March"),
])
async def test_a_start_said_as_such_is_still_the_start(dispatcher, lang, text, date):
    got = await respond(dispatcher, text=text, entities=[said(text, "end_date", "2026-03-09", date)],
                        slots={**NAIROBI, "language": lang}, events=[*GIVEN, user(text)])
    assert got.get("start_date") == "2026-03-09" and "end_date" not in got, got


# 3. "Aux mêmes dates": a length said with the same dates keeps them.
LYON_STAFF = {"call": "itm-2024", "role": "staff", "activity": "conference", "goal": "eligibility",
              "destination": "FR", "destination_city": "Lyon", "start_date": "2026-03-09",
              "end_date": "2026-03-13", "last_decision": {"verdict": "not_eligible"}}


@pytest.mark.parametrize(("lang", "text", "length"), [
    ("fr", "Ah dommage. En fait j'ai aussi la possibilité de faire plutôt une formation d'une semaine à "
           "l'Institut Pasteur de Lyon, aux mêmes dates. Là ça marcherait ?", "une semaine"),
    ("en", "Actually I could do a one-week training at the Institut Pasteur instead, on the same dates. "
           "Would that work?", "one-week"),
    ("it", "In realtà potrei fare invece una formazione di una settimana all'Institut Pasteur, alle stesse "
           "date. Andrebbe bene?", "una settimana"),
    ("nl", "Ik kan eigenlijk ook een opleiding van een week volgen bij het Institut Pasteur, op dezelfde "
           "data. Zou dat gaan?", "een week"),
])
async def test_a_length_said_with_the_same_dates_keeps_them(dispatcher, lang, text, length):
    got = await respond(dispatcher, text=text, entities=[said(text, "duration", "P1W", length)],
                        slots={**LYON_STAFF, "language": lang}, intent="check_eligibility")
    assert "end_date" not in got and "start_date" not in got, got
    assert got.get("activity") == "staff_training"


@pytest.mark.parametrize(("lang", "text", "length"), [
    ("fr", "en fait ce sera une formation d'une semaine", "une semaine"),
    ("en", "actually it will be a one-week training", "one-week"),
    ("it", "in realtà sarà una formazione di una settimana", "una settimana"),
    ("nl", "het wordt eigenlijk een opleiding van een week", "een week"),
])
async def test_a_length_said_alone_still_moves_the_end(dispatcher, lang, text, length):
    got = await respond(dispatcher, text=text, entities=[said(text, "duration", "P1W", length)],
                        slots={**LYON_STAFF, "language": lang})
    assert got.get("end_date") == "2026-03-15", got


# 4. The learning agreement is no inter-institutional agreement.
HEIDELBERG = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended",
              "goal": "eligibility", "destination": "DE", "destination_city": "Heidelberg",
              "receiving_org": "hei", "citizenship": ["KE"], "start_date": "2026-03-09",
              "end_date": "2026-03-15", "last_decision": {"verdict": "eligible"}}
LEARNING = [
    ("en", "ok. do I need a learning agreement for this?", "learning agreement"),
    ("fr", "et les documents à fournir pour la candidature ? genre accord de mobilité, lettre "
           "d'invitation... ?", "accord de mobilité"),
    ("fr", "il me faut un contrat d'études ?", "contrat d'études"),
    ("nl", "moet ik een leerovereenkomst hebben?", "leerovereenkomst"),
    ("it", "serve un accordo di apprendimento?", "accordo di apprendimento"),
]


@pytest.mark.parametrize(("lang", "text", "words"), LEARNING)
async def test_a_learning_agreement_question_gets_its_own_answer(dispatcher, lang, text, words):
    got = await respond(dispatcher, text=text, intent="check_eligibility",
                        slots={**HEIDELBERG, "language": lang})
    assert "interinstitutional_agreement" not in got, got
    reply = texts(dispatcher)
    assert words.split()[-1] in reply or "learning agreement" in reply, reply
    assert "erasmusplusmobility@itg.be" in reply  # whom to ask: the call does not say
    assert "not needed for your plan" not in reply and "pas exigé" not in reply, reply


async def test_a_learning_agreement_under_lucca_names_its_office(dispatcher, monkeypatch):
    lucca(monkeypatch)
    await respond(dispatcher, text="do I need a learning agreement?", intent="check_eligibility",
                  slots={**BERLIN, "asked": None, "prior_erasmus_months": 0.0})
    reply = texts(dispatcher)
    assert "says nothing about a learning agreement" in reply and "erasmus@imtlucca.it" in reply, reply


async def test_a_learning_agreement_named_against_the_other_one_states_neither(dispatcher):
    text = "thanks. I asked about a LEARNING agreement, not inter-institutional. do I need one of those?"
    got = await respond(dispatcher, text=text, intent="faq_credits", slots=HEIDELBERG)
    assert "interinstitutional_agreement" not in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "there is an inter-institutional agreement with Heidelberg"),
    ("fr", "il y a un accord interinstitutionnel avec Heidelberg"),
    ("nl", "er is een interinstitutionele overeenkomst met Heidelberg"),
    ("it", "c'è un accordo interistituzionale con Heidelberg"),
])
async def test_an_inter_institutional_agreement_is_still_read(dispatcher, lang, text):
    got = await respond(dispatcher, text=text, slots={**HEIDELBERG, "language": lang})
    assert got.get("interinstitutional_agreement") is True, got


# 5. "I wasn't talking about X": X is no fact, and one just read from X is undone.
LYON_TRAINING = {**LYON_STAFF, "activity": "staff_training", "citizenship": ["BE"],
                 "last_decision": {"verdict": "eligible"}}
NOT_ABOUT_AGREEMENT = [
    ("fr", "je parlais pas de l'accord interinstitutionnel. Je veux savoir ce que je dois envoyer "
           "concrètement dans mon dossier de candidature"),
    ("en", "I wasn't talking about the inter-institutional agreement. What do I have to send?"),
    ("nl", "ik had het niet over de interinstitutionele overeenkomst. Wat moet ik opsturen?"),
    ("it", "non parlavo dell'accordo interistituzionale. Cosa devo inviare?"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ABOUT_AGREEMENT)
async def test_not_talking_about_a_fact_never_sets_it(dispatcher, lang, text):
    got = await respond(dispatcher, text=text, intent="ask_deadline",
                        slots={**LYON_TRAINING, "language": lang},
                        events=[user("genre accord de mobilité ?"), user(text)])
    assert "interinstitutional_agreement" not in got, got


@pytest.mark.parametrize(("lang", "text"), NOT_ABOUT_AGREEMENT)
async def test_not_talking_about_a_fact_just_read_opens_it_again(dispatcher, lang, text):
    events = [user("there is an agreement, is it a problem?"), slot("interinstitutional_agreement", True),
              user(text)]
    got = await respond(dispatcher, text=text, slots={**HEIDELBERG, "language": lang,
                                                      "interinstitutional_agreement": True}, events=events)
    assert "interinstitutional_agreement" in got and got["interinstitutional_agreement"] is None, got
    assert "interinstitutional_agreement" not in (got.get("skipped") or [])  # not "I don't know" either


NOT_ABOUT_LYON = [
    ("fr", "non, je parlais pas de Lyon, c'était mon Erasmus d'avant", "Lyon"),
    ("en", "no, I wasn't talking about Lyon, that was my earlier Erasmus", "Lyon"),
    ("nl", "nee, ik had het niet over Lyon, dat was mijn vorige Erasmus", "Lyon"),
    ("it", "no, non parlavo di Lione, era il mio Erasmus di prima", "Lione"),
]


@pytest.mark.parametrize(("lang", "text", "place"), NOT_ABOUT_LYON)
async def test_not_talking_about_a_place_just_read_undoes_it(dispatcher, monkeypatch, lang, text, place):
    lucca(monkeypatch)
    events = [user("I want to go to Berlin"), slot("destination", "DE"), slot("destination_city", "Berlin"),
              user("3 months in Lyon"), slot("destination", "FR"), slot("destination_city", "Lyon"),
              user(text)]
    slots = {**BERLIN, "language": lang, "asked": None, "destination": "FR", "destination_city": "Lyon"}
    got = await respond(dispatcher, text=text, entities=[city(text, "Lyon", "FR", place)], slots=slots,
                        events=events)
    assert got.get("destination_city") == "Berlin" and got.get("destination") == "DE", got
    assert "Lyon → Berl" in texts(dispatcher) or "Lione → Berl" in texts(dispatcher)  # said back, localised


@pytest.mark.parametrize(("lang", "text", "place"), NOT_ABOUT_LYON)
async def test_not_talking_about_a_place_set_long_ago_changes_nothing(dispatcher, monkeypatch, lang, text,
                                                                      place):
    lucca(monkeypatch)
    events = [user("I want to go to Lyon"), slot("destination", "FR"), slot("destination_city", "Lyon"),
              user("I'm Italian"), slot("citizenship", ["IT"]), user(text)]
    slots = {**BERLIN, "language": lang, "asked": None, "destination": "FR", "destination_city": "Lyon"}
    got = await respond(dispatcher, text=text, entities=[city(text, "Lyon", "FR", place)], slots=slots,
                        events=events)
    assert "destination_city" not in got and "destination" not in got, got


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("fr", "je parlais de Lyon", "Lyon"),
    ("en", "I meant Lyon", "Lyon"),
    ("nl", "ik bedoelde Lyon", "Lyon"),
    ("it", "intendevo Lione", "Lione"),
])
async def test_a_place_said_as_meant_is_still_taken(dispatcher, monkeypatch, lang, text, place):
    lucca(monkeypatch)
    got = await respond(dispatcher, text=text, entities=[city(text, "Lyon", "FR", place)],
                        slots={**BERLIN, "language": lang, "asked": None})
    assert got.get("destination_city") == "Lyon", got


async def test_i_never_said_master_undoes_the_role_just_read(dispatcher):
    text = "Mais non ! Je suis toujours doctorante, je n'ai jamais dit que j'étais en master."
    events = [user("la priorité va aux étudiants de master ?"), slot("role", "phd_student"),
              user("En tant que doctorante, est-ce que j'ai une chance ?"), slot("role", "msc_student"),
              user(text)]
    ents = [said(text, "role", "phd_student", "doctorante"), said(text, "role", "msc_student", "master")]
    got = await respond(dispatcher, text=text, entities=ents, events=events,
                        slots={"call": "itm-2024", "language": "fr", "role": "msc_student",
                               "goal": "eligibility"})
    assert got.get("role") == "phd_student", got


@pytest.mark.parametrize(("lang", "text", "topic"), [
    ("fr", "Je ne parlais pas d'un accord entre institutions, je voulais dire : est-ce que mon directeur de "
           "thèse doit donner son feu vert ?", "directeur de thèse"),
    ("en", "I wasn't talking about an agreement between institutions, I mean: does my supervisor have to "
           "give the green light?", "supervisor"),
    ("fr", "Est-ce que je dois demander l'accord de mon promoteur avant de postuler ?", "directeur de thèse"),
])
async def test_the_question_is_answered_about_what_was_meant(dispatcher, lang, text, topic):
    slots = {"call": "itm-2024", "language": lang, "role": "phd_student", "activity": "short_term_doctoral",
             "goal": "eligibility", "destination": "CH", "destination_city": "Basel", "citizenship": ["FR"],
             "receiving_org": "research_institute", "itm_staff_member": False, "start_date": "2026-02-02",
             "end_date": "2026-02-13", "last_decision": {"verdict": "eligible"}}
    got = await respond(dispatcher, text=text, intent="check_eligibility", slots=slots)
    reply = texts(dispatcher)
    assert "interinstitutional_agreement" not in got, got
    assert topic in reply and "interinstitutionnel" not in reply and "inter-institutional" not in reply, reply
