"""Round 22 of simulated users: facts noted that the person never stated (an Italian MSc student at ITM,
short-term blended mobility at the University of Malta, Msida, 12-18 April 2026)."""
from __future__ import annotations

from typing import Any

import pytest

from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

MALTA = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended", "destination": "MT",
         "destination_city": "Msida", "receiving_org": "hei", "start_date": "2026-04-12",
         "end_date": "2026-04-18", "goal": "eligibility"}
NOTED = {lang: t(lang, "noted", facts="")[:8] for lang in ("en", "fr", "nl", "it")}


def user(text: str) -> dict[str, Any]:
    return {"event": "user", "text": text}


def slot(name: str, value: Any) -> dict[str, Any]:
    return {"event": "slot", "name": name, "value": value}


# 1. A nationality adjective describing a scholarship, a grant, a flight is not the person's citizenship.
@pytest.mark.parametrize(("lang", "text", "held"), [
    ("it", "Sono italiana. Ah, e ho una borsa di studio belga, della DGD. Questo conta qualcosa?", ["IT"]),
    ("en", "I'm Italian. Oh, and I have a Belgian scholarship from the DGD. Does that count?", ["IT"]),
    ("fr", "Je suis italienne. Ah, et j'ai une bourse belge de la DGD. Ça compte ?", ["IT"]),
    ("nl", "Ik ben Italiaans. O ja, en ik heb een Belgische beurs van de DGD. Telt dat?", ["IT"]),
    ("it", "Prenderò un volo italiano, va bene?", None),
    ("en", "I have a Belgian government grant, is that a problem?", None),
])
async def test_a_nationality_of_a_grant_or_flight_is_no_citizenship(dispatcher, monkeypatch, lang, text,
                                                                    held):
    # Round 22: "Preso nota: cittadinanza: Italia, Belgio".
    got = await hear(dispatcher, monkeypatch, text, {**MALTA, "language": lang}, ITM_OPEN)
    assert got.get("citizenship") == held, got
    # Belgium, Belgique, België, Belgio: never in what is noted
    assert "Belg" not in texts(dispatcher).splitlines()[0], texts(dispatcher)


@pytest.mark.parametrize(("lang", "text", "held"), [
    ("it", "Sono belga", ["BE"]),
    ("en", "I'm Belgian and Italian", ["BE", "IT"]),
    ("it", "ho la doppia cittadinanza italiana e belga", ["IT", "BE"]),
    ("fr", "je suis belge et j'ai une bourse", ["BE"]),
    ("nl", "Ik heb een beurs en de Belgische nationaliteit", ["BE"]),
])
async def test_a_nationality_said_of_oneself_is_still_taken(dispatcher, monkeypatch, lang, text, held):
    got = await hear(dispatcher, monkeypatch, text, {**MALTA, "language": lang}, ITM_OPEN)
    assert got.get("citizenship") == held, got


# 2. Asking what the ECHE is and how to check the host has one states nothing; "I didn't say it has one"
# reopens the fact just noted.
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Non ho capito bene quella cosa dell'ECHE. Che cos'è esattamente e come verifico se "
           "l'Università di Malta ce l'ha?"),
    ("it", "Non ho capito bene quella cosa dell'ECHE."),
    ("en", "I don't get the ECHE thing. How do I check if Malta has one?"),
    ("fr", "Je n'ai pas compris cette histoire d'ECHE. Comment je vérifie si Malte l'a ?"),
    ("nl", "Ik snap dat van de ECHE niet. Hoe kan ik nagaan of Malta die heeft?"),
])
async def test_asking_how_to_check_the_charter_states_nothing(dispatcher, monkeypatch, lang, text):
    # Round 22: "Preso nota: se l'università ospitante ha la ECHE: Sì", and the condition left the verdict.
    got = await hear(dispatcher, monkeypatch, text, {**MALTA, "language": lang}, ITM_OPEN)
    assert "receiving_org_has_eche" not in got, got
    assert NOTED[lang] not in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "L'Università di Malta ha la ECHE."),
    ("en", "The University of Malta has an ECHE."),
    ("fr", "L'université de Malte a la charte ECHE."),
    ("nl", "De universiteit van Malta heeft een ECHE."),
    ("en", "It has an ECHE. How do I check if the agreement exists?"),
])
async def test_the_charter_said_as_held_is_still_noted(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**MALTA, "language": lang}, ITM_OPEN)
    assert got.get("receiving_org_has_eche") is True, got


DENIALS = [
    ("it", "Aspetti, io non ho detto che ce l'ha! Le ho chiesto cos'è"),
    ("en", "Wait, I didn't say it has one!"),
    ("fr", "Attendez, je n'ai pas dit qu'elle l'a !"),
    ("nl", "Wacht, ik heb niet gezegd dat ze die heeft!"),
]


@pytest.mark.parametrize(("lang", "text"), DENIALS)
async def test_denying_having_said_a_fact_just_noted_reopens_it(dispatcher, monkeypatch, lang, text):
    # Round 22 got "Posso aiutarLa in qualcos'altro?" and kept the ECHE as Yes.
    events = [user("Che cos'è la ECHE e come verifico se Malta ce l'ha?"),
              slot("receiving_org_has_eche", True), user(text)]
    slots = {**MALTA, "language": lang, "receiving_org_has_eche": True, "citizenship": ["IT"]}
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    from tests.actions.test_dialogue import respond

    got = await respond(dispatcher, text=text, slots=slots, events=events)
    assert "receiving_org_has_eche" in got and got["receiving_org_has_eche"] is None, got
    assert f"{t(lang, 'button_yes')} → {t(lang, 'value_unknown')}" in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), DENIALS)
async def test_denying_a_fact_noted_long_ago_changes_nothing(dispatcher, monkeypatch, lang, text):
    events = [user("It has an ECHE"), slot("receiving_org_has_eche", True), user("I'm Italian"),
              slot("citizenship", ["IT"]), user(text)]
    slots = {**MALTA, "language": lang, "receiving_org_has_eche": True, "citizenship": ["IT"]}
    from tests.actions.test_dialogue import respond

    got = await respond(dispatcher, text=text, slots=slots, events=events)
    assert "receiving_org_has_eche" not in got, got


async def test_another_message_after_the_charter_keeps_it(dispatcher, monkeypatch):
    text = "Thanks. What documents do I need?"
    events = [user("It has an ECHE"), slot("receiving_org_has_eche", True), user(text)]
    from tests.actions.test_dialogue import respond

    slots = {**MALTA, "language": "en", "receiving_org_has_eche": True}
    got = await respond(dispatcher, text=text, slots=slots, events=events)
    assert "receiving_org_has_eche" not in got, got


# 3. The place a trip leaves from is no destination; the home country's city named in passing neither.
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "E per il volo Bruxelles-Malta? C'è un rimborso per il viaggio?"),
    ("it", "Parto da Bruxelles, il viaggio è rimborsato?"),
    ("en", "And the flight from Brussels, is travel reimbursed?"),
    ("fr", "Et le vol au départ de Bruxelles, il est remboursé ?"),
    ("nl", "En de vlucht van Brussel naar Malta, wordt die terugbetaald?"),
    ("it", "Sono di Anversa, il viaggio è rimborsato?"),
])
async def test_the_place_a_trip_leaves_from_is_no_destination(dispatcher, monkeypatch, lang, text):
    # Round 22: "Preso nota: città di destinazione: Bruxelles".
    got = await hear(dispatcher, monkeypatch, text, {**MALTA, "language": lang}, ITM_OPEN)
    assert "destination_city" not in got and "destination" not in got, got


@pytest.mark.parametrize(("lang", "text", "city", "country"), [
    ("en", "Actually I'm going to Brussels instead", "Brussels", "BE"),
    ("it", "In realtà vado a Bruxelles", "Brussels", "BE"),
    ("fr", "En fait je vais à Bruxelles", "Brussels", "BE"),
    ("nl", "Eigenlijk ga ik naar Brussel", "Brussels", "BE"),
    # ("I fly from Brussels to Valletta" with Msida given: Valletta is where the flight lands, round 24;
    # tests/actions/test_round24_facts.py)
    ("en", "I'm studying in Valletta, flying from Brussels", "Valletta", None),
    ("it", "Scusi, è La Valletta, non Msida", "Valletta", None),
])
async def test_a_city_said_as_the_destination_is_still_taken(dispatcher, monkeypatch, lang, text, city,
                                                             country):
    got = await hear(dispatcher, monkeypatch, text, {**MALTA, "language": lang}, ITM_OPEN)
    assert got.get("destination_city") == city and got.get("destination") == country, got
