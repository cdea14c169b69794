"""Round 30 (r30-d, Italian lab technician): "ho poche chance?" opened with "No:" and went on to say the
priorities do not favour him. Asking whether one's chances are few is asking whether they are lower: its "Yes"
is a priority against the person, with "it does not exclude you"; never a bare "No" first."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, hear
from tests.actions.test_round13 import LUCCA_OPEN as LUCCA
from tests.actions.test_round25_answers import CAN_I_GO, KAMPALA, opening

FEW_CHANCES = [
    ("it", "Da studente con una borsa ho poche chance?"),
    ("fr", "Avec ma bourse, j'ai peu de chances ?"),
    ("nl", "Heb ik met mijn beurs dan weinig kans?"),
    ("en", "With my scholarship, are my chances slim?"),
]


@pytest.mark.parametrize(("lang", "text"), FEW_CHANCES)
async def test_few_chances_asked_is_yes_it_ranks_you_lower(monkeypatch, lang, text):
    slots = {**KAMPALA, "has_scholarship": True, "language": lang}
    _, reply = await converse(monkeypatch, slots, [(CAN_I_GO[lang], "check_eligibility"),
                                                   (text, "inform")], ITM_OPEN)
    assert reply.startswith(opening(lang, "priority_ranks_lower")), reply
    assert not reply.startswith(t(lang, "answer_no", answer="")), reply


# Round 30 (r30-a): a host named for Kampala stayed in the e-mail summary after the stay moved to Lisbon
# ("Destination: Portugal (Lisbon). Host institution: Makerere University."). Moving the stay without naming
# the host again drops the old name; the same city said again, or a new host named, keeps or replaces it.
STAFF_KAMPALA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "UG",
                 "destination_city": "Kampala", "citizenship": ["BE"], "start_date": "2026-02-09",
                 "end_date": "2026-02-18", "receiving_org": "hei",
                 "receiving_org_name": "Makerere University"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ok, then the training would be at a university in Lisbon, Portugal, same dates."),
    ("fr", "Bon, alors la formation serait à Lisbonne, au Portugal, mêmes dates."),
    ("nl", "Goed, dan wordt het een opleiding in Lissabon, Portugal, zelfde data."),
    ("it", "Va bene, allora la formazione sarebbe a Lisbona, in Portogallo, stesse date."),
])
async def test_moving_the_stay_drops_the_old_hosts_name(monkeypatch, lang, text):
    slots = {**STAFF_KAMPALA, "language": lang}
    got = await hear(CollectingDispatcher(), monkeypatch, text, slots, ITM_OPEN)
    assert got.get("destination") == "PT", got
    assert got.get("receiving_org_name", "kept") is None, got


async def test_the_same_city_said_again_keeps_the_hosts_name(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch, "Yes, it is in Kampala.", dict(STAFF_KAMPALA),
                     ITM_OPEN)
    assert "receiving_org_name" not in got, got


# Two probes of tests/e2e/probes_extra.jsonl that the round-29 place and months fixes broke: "Sorry, I meant
# the Netherlands" is a correction that moves the destination; a general "does an earlier LLP-Erasmus period
# count?" with no months given gets the call's answer (LLP periods included), not "how many months so far?".
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sorry, I meant the Netherlands."), ("fr", "Pardon, je voulais dire les Pays-Bas."),
    ("nl", "Sorry, ik bedoelde Nederland."), ("it", "Scusa, intendevo i Paesi Bassi."),
])
async def test_i_meant_another_country_moves_the_destination(monkeypatch, lang, text):
    slots = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "BE",
             "goal": "eligibility", "language": lang}
    got = await hear(CollectingDispatcher(), monkeypatch, text, slots, ITM_OPEN)
    assert got.get("destination") == "NL", got


async def test_a_general_llp_question_gets_the_calls_answer(monkeypatch):
    dispatcher = CollectingDispatcher()
    question = "At IMT Lucca, does a previous LLP-Erasmus period count towards the 12 months?"
    await hear(dispatcher, monkeypatch, question, {"call": "imt-lucca-2015"}, LUCCA, intent="faq_duration")
    reply = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "LLP" in reply and "12" in reply, reply
