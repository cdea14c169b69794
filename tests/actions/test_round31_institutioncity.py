"""Round 31 (cities): an institution's city said as the place a stay goes to is that city. "I'm a PhD student
at IMT Lucca, I'd like a study period in Antwerp, March to June 2016" lost Antwerp (read as ITM, the call
already Lucca's), and said a turn later it switched the call to ITM's and gave ITM's verdict. Antwerp named as
the person's institution ("I'm at ITM Antwerp", "je travaille à Anvers"), or with no call known and no other
institution named, stays ITM."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, hear
from tests.actions.test_round13 import LUCCA_OPEN as LUCCA

LUCCA_PHD = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility"}
ITM_PHD = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility"}

IN_ANTWERP = [
    ("en", "I'd like a study period in Antwerp, March to June 2016"),
    ("en", "I'd like a study period at the University of Antwerp, March to June 2016"),
    ("fr", "Je voudrais un séjour d'études à Anvers, de mars à juin 2016"),
    ("nl", "Ik wil graag een studieperiode in Antwerpen, van maart tot juni 2016"),
    ("it", "Vorrei un periodo di studio ad Anversa, da marzo a giugno 2016"),
    ("it", "Vorrei un periodo di studio all'Università di Anversa, da marzo a giugno 2016"),
]


@pytest.mark.parametrize(("lang", "text"), IN_ANTWERP)
async def test_antwerp_as_destination_under_the_lucca_call_is_the_city(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**LUCCA_PHD, "language": lang}, LUCCA)
    assert "call" not in got, got  # no switch to ITM's call
    assert got.get("destination") == "BE" and got.get("destination_city") == "Antwerp", got
    assert got.get("activity") == "study", got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'm a PhD student at IMT Lucca, I'd like a study period in Antwerp, March to June 2016"),
    ("fr", "Je suis doctorant à l'IMT Lucca, je voudrais un séjour d'études à Anvers de mars à juin 2016"),
    ("nl", "Ik ben doctoraatsstudent aan IMT Lucca, ik wil een studieperiode in Antwerpen van maart tot juni "
           "2016"),
    ("it", "Sono dottorando a Lucca, vorrei un periodo di studio all'Università di Anversa, da marzo a "
           "giugno 2016"),
])
async def test_lucca_as_home_and_antwerp_as_destination_in_one_message(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {"language": lang}, LUCCA)
    assert got.get("call") == "imt-lucca-2015", got
    assert got.get("destination") == "BE" and got.get("destination_city") == "Antwerp", got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "in Antwerp"), ("fr", "à Anvers"), ("nl", "naar Antwerpen"), ("it", "ad Anversa"),
    ("en", "Antwerp"),
])
async def test_antwerp_answering_which_country_under_the_lucca_call(monkeypatch, lang, text):
    slots = {**LUCCA_PHD, "activity": "study", "start_date": "2016-03-01", "end_date": "2016-06-30",
             "asked": "destination", "requested_slot": "destination", "language": lang}
    got = await hear(CollectingDispatcher(), monkeypatch, text, slots, LUCCA)
    assert "call" not in got, got
    assert got.get("destination") == "BE", got


async def test_the_two_turns_of_round_31_keep_the_lucca_call(monkeypatch):
    replies = await converse(monkeypatch, {"language": "en"}, [
        ("I'm a PhD student at IMT Lucca", "inform"),
        ("I'd like a study period in Antwerp, March to June 2016", "inform"),
    ], LUCCA)
    assert "itm-2024" not in replies[1] and "ITM Antwerp" not in replies[1], replies[1]
    assert "Antwerp" in replies[1], replies[1]


# The nearby cases that keep their answer.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'm at ITM Antwerp"), ("fr", "Je travaille à l'IMT d'Anvers"),
    ("nl", "Ik werk aan het ITG Antwerpen"), ("it", "Lavoro all'ITM di Anversa"),
])
async def test_itm_antwerp_as_the_institution_stays_the_institution(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**ITM_PHD, "language": lang}, ITM_OPEN)
    assert got.get("call", "itm-2024") == "itm-2024", got
    assert "destination" not in got and "destination_city" not in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Actually I'm at ITM Antwerp, not Lucca"), ("fr", "En fait je suis doctorant à Anvers, à l'IMT"),
    ("nl", "Eigenlijk ben ik doctoraatsstudent aan het ITG in Antwerpen"),
    ("it", "In realtà sono dottorando ad Anversa"),
])
async def test_antwerp_said_as_ones_own_institution_still_switches_the_call(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**LUCCA_PHD, "language": lang}, ITM_OPEN)
    assert got.get("call") == "itm-2024", got
    assert "destination" not in got, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'd like a study period in Antwerp"), ("fr", "Je voudrais un séjour d'études à Anvers"),
    ("nl", "Ik wil een studieperiode in Antwerpen"), ("it", "Vorrei un periodo di studio ad Anversa"),
])
async def test_antwerp_as_destination_under_the_itm_call_is_belgium(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**ITM_PHD, "language": lang}, ITM_OPEN)
    assert "call" not in got, got
    assert got.get("destination") == "BE", got  # the rules core then refuses the sending country


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'd like a study period in Antwerp"), ("fr", "Je voudrais un séjour d'études à Anvers"),
    ("nl", "Ik wil een studieperiode in Antwerpen"), ("it", "Vorrei un periodo di studio ad Anversa"),
])
async def test_with_no_call_known_antwerp_still_names_itm(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {"language": lang}, ITM_OPEN)
    assert got.get("call") == "itm-2024", got
    assert "destination" not in got, got


async def test_antwerp_answering_which_institution_is_itm(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch, "Antwerp", {"asked": "call", "language": "en",
                                                                      "goal": "eligibility"}, ITM_OPEN)
    assert got.get("call") == "itm-2024", got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'd like a traineeship in Lucca"), ("it", "Vorrei un tirocinio a Lucca"),
])
async def test_lucca_as_destination_under_the_itm_call_is_the_city(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**ITM_PHD, "language": lang}, ITM_OPEN)
    assert "call" not in got, got
    assert got.get("destination") == "IT" and got.get("destination_city") == "Lucca", got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'm a PhD student in Lucca"), ("it", "Sono dottorando a Lucca"),
])
async def test_lucca_as_ones_own_institution_is_no_destination(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**LUCCA_PHD, "language": lang}, LUCCA)
    assert got.get("call", "imt-lucca-2015") == "imt-lucca-2015", got
    assert "destination" not in got, got
