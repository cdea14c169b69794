"""Round 28: "Will Brexit change anything?" got "I can't find the answer in the call text" (in every
language), and "is the UK still in Erasmus after Brexit?" the rule's section, not where the UK's status comes
from. Now: what the United Kingdom is under the call, from its country sets with their source (a third country
not associated to the programme for ITM 2024-2026; a Programme Country in Lucca's 2015/2016 call), then the
rules core's destination checks for the person's plan."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from rules_core import destination_status
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

LONDON = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "GB",
          "destination_city": "London", "doctoral_or_postdoc_staff": False, "citizenship": ["BE"],
          "start_date": "2026-03-09", "end_date": "2026-03-13", "receiving_org": "hei",
          "receiving_org_has_eche": False, "goal": "eligibility"}
NOT_ASSOCIATED = {"en": "third countries not associated", "fr": "pays tiers non associés",
                  "nl": "niet-geassocieerde derde landen", "it": "paesi terzi non associati"}
REFERENCE = {"en": "EU-wide Erasmus+ rules", "fr": "règles Erasmus+ de l'UE",
             "nl": "EU-brede Erasmus+-regels", "it": "regole Erasmus+ dell'UE"}
CANT_FIND = ("can't find", "ne trouve pas", "vind het antwoord", "non trovo", "Non trovo")
QUESTIONS = [
    ("en", "Will Brexit change anything?"),
    ("en", "is the UK still in Erasmus after Brexit?"),
    ("fr", "le Brexit change quelque chose ?"),
    ("nl", "verandert de Brexit iets?"),
    ("it", "la Brexit cambia qualcosa?"),
]


@pytest.mark.parametrize(("lang", "text"), QUESTIONS)
async def test_brexit_gets_the_uk_status_and_the_plans_verdict(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    slots = {**LONDON, "language": lang, "last_decision": {"verdict": "not_eligible"}}
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN)
    reply = texts(dispatcher)
    assert not any(words in reply for words in CANT_FIND), reply
    first = reply.splitlines()[0]
    assert NOT_ASSOCIATED[lang] in first and REFERENCE[lang] in first, reply
    # what it means for the staff training in London: the rules core's failed destination check
    assert t(lang, "brexit_mine_no", plan="")[:12] in reply and "✗" in reply, reply


def test_the_status_source_is_the_call_datas():
    details = destination_status("itm-2024", "GB", "en")["set_details"]
    assert [(d["status"], d["source"]) for d in details] == [
        ("not_associated", "erasmus-figures.md, Countries (region 14)")]


async def test_before_brexit_the_lucca_call_had_the_uk_as_programme_country(monkeypatch):
    slots = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "GB",
             "destination_city": "London", "language": "en"}
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "Does Brexit change anything for me?", slots, "2016-01-10")
    reply = texts(dispatcher)
    assert "2015/2016 Erasmus+ Programme Countries" in reply.splitlines()[0], reply
    assert "What are the activities?" in reply.splitlines()[0], reply
    assert t("en", "brexit_mine_ok", plan="Traineeship") in reply, reply


async def test_a_student_may_still_go_to_the_uk(monkeypatch):
    slots = {**LONDON, "role": "msc_student", "activity": "study", "receiving_org_has_eche": None}
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "Since Brexit, can I still go there?", slots, ITM_OPEN)
    reply = texts(dispatcher)
    assert NOT_ASSOCIATED["en"] in reply and t("en", "brexit_mine_ok", plan="Study period") in reply, reply


async def test_the_uk_asked_without_brexit_keeps_its_answer(monkeypatch):
    """Nearby: "Is the UK allowed?" (no Brexit) keeps the destination answer: "No:" with the failed check."""
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "Is the UK allowed?", LONDON, ITM_OPEN)
    reply = texts(dispatcher)
    assert reply.startswith("No: United Kingdom is not an eligible destination"), reply


async def test_brexit_with_another_country_asks_about_that_country(monkeypatch):
    """Nearby: "after Brexit, is Ireland fine?" is about Ireland (an EU member state), not the UK."""
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "After Brexit, is Ireland fine for me?", LONDON, ITM_OPEN)
    reply = texts(dispatcher)
    assert "Ireland" in reply and "United Kingdom is one of" not in reply, reply
