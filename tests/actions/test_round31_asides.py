"""Round 31 (an ITM MSc student asking for a traineeship, then Amsterdam): words that were no statement about
the plan stored facts or got a verdict. "does erasmus pay my train ticket to amsterdam or not" noted "green
travel: No"; "a scholarship from germany, can i keep both?" noted Germany as the country of origin and
answered "No: Germany is ... not an eligible destination"; "a traineeship at Médecins Sans Frontières in
Brussels" lost Brussels to the "Sans"; "an erasmus semester during my bachelor in germany, is that a
problem?" got "I can't find"; "à qui ? à mon superviseur ou à l'adresse itg ?" ended the contact answer with
"the call does not make it a condition (your thesis director's authorisation)" to a master's student. Each in
four languages, with the nearby words that keep their answer."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.calls import call_name
from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

AMSTERDAM = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "NL",
             "destination_city": "Amsterdam", "receiving_org": "research_institute", "citizenship": ["DE"],
             "start_date": "2026-03-02", "end_date": "2026-05-29", "goal": "eligibility"}
GENEVA = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "CH",
          "destination_city": "Geneva", "receiving_org": "hei", "receiving_org_name": "Université de Genève",
          "citizenship": ["FR"], "start_date": "2026-02-01", "end_date": "2026-06-30", "goal": "eligibility"}


async def reply_to(monkeypatch, text, slots, intent="inform"):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, intent=intent)
    return got, texts(dispatcher)


# 1. "... or not" asks: its "not" sets no yes/no fact; a statement checked back with a tag still states.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "in english: does erasmus pay my train ticket to amsterdam or not"),
    ("fr", "est-ce qu'erasmus paie mon billet de train pour amsterdam ou pas"),
    ("nl", "betaalt erasmus mijn treinticket naar amsterdam of niet"),
    ("it", "erasmus mi paga il biglietto del treno per amsterdam o no"),
])
async def test_or_not_sets_no_green_travel(monkeypatch, lang, text):
    got, reply = await reply_to(monkeypatch, text, {**AMSTERDAM, "language": lang})
    assert "green_travel" not in got, got
    assert t(lang, "noted", facts="")[:8] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "i do want to go by train, thats green travel no?"),
    ("fr", "je prends le train, c'est du voyage vert, non ?"),
    ("nl", "ik neem de trein, dat is toch groen reizen?"),
    ("it", "prendo il treno, è viaggio verde, vero?"),
])
async def test_going_by_train_checked_back_is_green_travel(monkeypatch, lang, text):
    got, _ = await reply_to(monkeypatch, text, {**AMSTERDAM, "language": lang})
    assert got.get("green_travel") is True, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "is the train cheaper, right?"), ("en", "can I go by train?"),
])
async def test_a_question_about_the_train_still_states_nothing(monkeypatch, lang, text):
    got, _ = await reply_to(monkeypatch, text, {**AMSTERDAM, "language": lang})
    assert "green_travel" not in got, got


async def test_a_no_that_is_no_alternative_still_answers_the_question(monkeypatch):
    slots = {**AMSTERDAM, "language": "en", "asked": "has_scholarship"}
    got = await hear(CollectingDispatcher(), monkeypatch, "no, I don't have one", slots, ITM_OPEN)
    assert got.get("has_scholarship") is False, got


# 2. A country the money comes from is neither the destination nor the origin: the scholarship is answered.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ok and if i also get a scholarship from germany, can i keep both?"),
    ("fr", "et si j'ai aussi une bourse de l'Allemagne, je peux garder les deux ?"),
    ("nl", "en als ik ook een beurs uit Duitsland krijg, mag ik beide houden?"),
    ("it", "e se ho anche una borsa dalla Germania, posso tenerle entrambe?"),
])
async def test_a_scholarship_from_a_country_keeps_every_fact(monkeypatch, lang, text):
    got, reply = await reply_to(monkeypatch, text, {**AMSTERDAM, "language": lang})
    for name in ("country_of_origin", "destination", "citizenship", "what_if_case"):
        assert name not in got, got
    assert t(lang, "combine_not_said", call=call_name("itm-2024", lang)) in reply, reply
    assert "✗" not in reply, reply


async def test_a_country_named_as_the_destination_beside_a_scholarship_still_moves_it(monkeypatch):
    got, _ = await reply_to(monkeypatch, "I have a scholarship from my university and I go to Spain instead",
                            {**AMSTERDAM, "language": "en"})
    assert got.get("destination") == "ES", got


# 3. A name whose words are a negation ("Sans Frontières") negates nothing after it: the city is read.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "master student at ITM. I want to do a traineeship at Médecins Sans Frontières in Brussels"),
    ("en", "master student. I want to do a traineeship at doctors without borders in Brussels"),
    ("fr", "étudiant en master, je veux faire un stage chez Médecins Sans Frontières à Bruxelles"),
    ("nl", "masterstudent, ik wil stage doen bij Artsen Zonder Grenzen in Brussel"),
    ("it", "studente di master, vorrei fare un tirocinio presso Medici Senza Frontiere a Bruxelles"),
])
async def test_the_city_after_a_name_with_a_negation_word_is_read(monkeypatch, lang, text):
    got, _ = await reply_to(monkeypatch, text, {"call": "itm-2024", "language": lang})
    assert got.get("destination_city") == "Brussels" and got.get("destination") == "BE", got


async def test_a_city_said_not_to_be_it_is_still_not_read(monkeypatch):
    got, _ = await reply_to(monkeypatch, "master student, traineeship, not in Brussels",
                            {"call": "itm-2024", "language": "en"})
    assert "destination_city" not in got, got


# 4. An Erasmus stay of an earlier degree, "is that a problem?": the ITM call data's cycle rule, no new place.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "i did an erasmus semester during my bachelor in germany, is that a problem?"),
    ("fr", "j'ai fait un semestre Erasmus pendant ma licence en Allemagne, est-ce un problème ?"),
    ("nl", "ik heb tijdens mijn bachelor een Erasmus-semester in Duitsland gedaan, is dat een probleem?"),
    ("it", "ho fatto un semestre Erasmus durante la triennale in Germania, è un problema?"),
])
async def test_an_earlier_degrees_erasmus_is_no_problem(monkeypatch, lang, text):
    got, reply = await reply_to(monkeypatch, text, {**AMSTERDAM, "language": lang})
    for name in ("country_of_origin", "destination", "role"):
        assert name not in got, got
    assert reply.startswith(t(lang, "cycle_earlier_no", degree="", current="", months="")[:20]), reply
    assert t(lang, "faq_did_you_mean_in_flow")[:25] not in reply, reply


async def test_an_earlier_degree_without_a_stay_abroad_gets_no_cycle_answer(monkeypatch):
    _, reply = await reply_to(monkeypatch, "i did my bachelor in Ghana, is that a problem?",
                              {**AMSTERDAM, "language": "en"})
    assert t("en", "cycle_earlier_no", degree="", current="", months="")[:20] not in reply, reply


# 5. The supervisor named as whom to send to is no question about an authorisation; for a master's student
# the supervisor is never a "directeur de thèse".
CONTACT = [
    ("fr", "et j'envoie ma candidature a qui exactement ? a mon superviseur ou a l'adresse itg ?"),
    ("en", "and who exactly do I send my application to? to my supervisor or to the itg address?"),
    ("nl", "en naar wie stuur ik mijn aanvraag precies? naar mijn promotor of naar het itg-adres?"),
    ("it", "e a chi mando la candidatura esattamente? al mio relatore o all'indirizzo itg?"),
]


@pytest.mark.parametrize(("lang", "text"), CONTACT)
@pytest.mark.parametrize("intent", ["ask_contact", "inform"])
async def test_a_supervisor_to_send_to_gets_no_authorisation_line(monkeypatch, lang, text, intent):
    got, reply = await reply_to(monkeypatch, text, {**GENEVA, "language": lang}, intent)
    assert t(lang, "condition_not_in_call", field="", said="")[:15] not in reply, reply
    assert "directeur de thèse" not in reply, reply
    assert "supervisor_authorised" not in got, got


@pytest.mark.parametrize(("lang", "text", "says"), [
    ("fr", "est-ce que je dois demander l'accord de mon superviseur ?",
     "l'autorisation de votre superviseur"),
    ("en", "do I need my supervisor's approval?", "your supervisor's authorisation"),
    ("nl", "moet mijn promotor toestemming geven?", "de toestemming van uw promotor"),
])
async def test_a_masters_student_asking_for_the_supervisors_consent_still_gets_the_call(monkeypatch, lang,
                                                                                         text, says):
    _, reply = await reply_to(monkeypatch, text, {**GENEVA, "language": lang})
    assert t(lang, "condition_not_in_call", field=says, said="")[:40] in reply, reply
    assert "directeur de thèse" not in reply, reply


async def test_a_masters_students_supervisor_said_yes_is_noted_as_the_supervisors(monkeypatch):
    got, reply = await reply_to(monkeypatch, "mon superviseur est d'accord", {**GENEVA, "language": "fr"})
    assert got.get("supervisor_authorised") is True, got
    assert "autorisation du superviseur" in reply and "directeur de thèse" not in reply, reply
