"""Round 14 of simulated users: facts set the wrong way round, each giving a wrong "not eligible" on the way:
"not signed yet" read as a refusal (or as a yes), "niet in dienst" read as employed, and a "geen" inside a
question about Norway read as "no earlier Erasmus months"."""
from __future__ import annotations

import pytest

from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond

LUCCA_GRAD = {"call": "imt-lucca-2015", "role": "recent_graduate", "activity": "traineeship",
              "destination": "FR", "receiving_org": "research_institute", "citizenship": ["IT"],
              "start_date": "2016-04-01", "end_date": "2016-06-30", "graduation_date": "2015-11-20",
              "prior_erasmus_months": 0, "goal": "eligibility"}
ITM_PHD = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "destination": "NO",
           "destination_city": "Bergen", "receiving_org": "hei", "goal": "eligibility"}


@pytest.mark.parametrize("text", [
    "My former supervisor supports the idea but hasn't signed anything yet. Is that a problem?",
    "ok but about my supervisor: no, he has NOT authorised it yet",
    "mon directeur est d'accord mais il n'a encore rien signé",
    "mijn promotor steunt het, maar hij heeft nog niets getekend",
])
async def test_a_supervisor_who_has_not_signed_yet_is_pending_not_yes_or_no(dispatcher, monkeypatch, text):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    got = await respond(dispatcher, text=text, slots={**LUCCA_GRAD, "asked": None})
    assert got.get("supervisor_authorised") is None, got


async def test_a_signed_authorisation_is_still_yes(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    got = await respond(dispatcher, text="my supervisor has authorised it", slots=LUCCA_GRAD)
    assert got.get("supervisor_authorised") is True, got


@pytest.mark.parametrize(("text", "expected"), [
    ("Ik ben Belg. En nee, ik ben niet in dienst van het ITM, ik heb een beurs van elders.", False),
    ("ja, ik ben in dienst van het ITG als assistent", True),
])
async def test_not_employed_is_no_staff_status(dispatcher, text, expected):
    got = await respond(dispatcher, text=text, slots={**ITM_PHD, "language": "nl"})
    assert got.get("itm_staff_member") is expected and got.get("role") in (None, "phd_student"), got


async def test_no_eu_country_in_a_question_is_no_answer_about_earlier_erasmus(dispatcher):
    text = "telt Noorwegen mee voor Erasmus, het is toch geen EU-land?"
    got = await respond(dispatcher, text=text, slots={**ITM_PHD, "language": "nl"},
                        entities=[said(text, "country", "NO", "Noorwegen")])
    assert "prior_erasmus_months" not in got, got
    text = "nooit Erasmus gedaan"
    got = await respond(dispatcher, text=text, slots={**ITM_PHD, "language": "nl"})
    assert got.get("prior_erasmus_months") == 0.0, got


async def test_a_grant_follow_up_says_where_the_amounts_come_from_once(dispatcher, monkeypatch):
    from tests.actions.answered import answered
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    slots = await answered({"call": "itm-2024", "role": "msc_student", "activity": "traineeship",
                            "destination": "PT", "destination_city": "Lisbon", "citizenship": ["RW"],
                            "receiving_org": "public_body", "start_date": "2026-03-02",
                            "end_date": "2026-05-01", "goal": "eligibility"})
    await respond(dispatcher, text="and how much would I get per month, roughly?", intent="ask_grant",
                  slots=slots)
    reply = texts(dispatcher)
    assert reply.count("Annex 2") == 1, reply


def test_the_reference_file_is_named_as_the_eu_rules() -> None:
    from actions import i18n

    shown = i18n.source("itm-2024", "erasmus-figures.md, General Erasmus+ rules (HIGH)", "nl")
    assert shown == "EU-brede Erasmus+-regels", shown
    assert "erasmus-figures" not in i18n.source("imt-lucca-2015", "erasmus-figures.md, IMT Lucca", "it")


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("it", "uffa. e come tirocinio?", "tirocinio"),
    ("en", "and as a traineeship?", "traineeship"),
])
async def test_and_as_another_activity_is_a_what_if(dispatcher, monkeypatch, lang, text, words):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    slots = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "BE",
             "destination_city": "Leuven", "receiving_org": "hei", "citizenship": ["IT"],
             "start_date": "2016-03-01", "end_date": "2016-04-30", "prior_erasmus_months": 0,
             "goal": "eligibility", "language": lang,
             "last_decision": {"call": "imt-lucca-2015", "key": [], "notes_told": True}}
    got = await respond(dispatcher, text=text, slots=slots,
                        entities=[said(text, "activity", "traineeship", words)])
    reply = texts(dispatcher)
    assert "activity" not in got, got  # asked about, not stored
    assert "860" in reply, reply  # the traineeship's verdict and amount for that case


async def test_so_can_i_apply_after_the_dates_after_the_period_says_closed_with_its_date(monkeypatch):
    from rasa_sdk.executor import CollectingDispatcher

    monkeypatch.setenv("MOBILITY_TODAY", "2026-12-02")
    slots = {"call": "itm-2024", "role": "msc_student", "itm_staff_member": False, "activity": "traineeship",
             "destination": "ES", "destination_city": "Madrid", "receiving_org": "ngo",
             "start_date": "2027-03-01", "end_date": "2027-05-31", "language": "it", "goal": "eligibility"}
    first = CollectingDispatcher()
    got = await respond(first, text="sono italiana", slots=slots, entities=[
        said("sono italiana", "country", "IT", "italiana")])
    slots = {**slots, **got}
    dispatcher = CollectingDispatcher()
    await respond(dispatcher, text="quindi posso candidarmi?", intent="check_eligibility", slots=slots)
    reply = texts(dispatcher)
    assert "31 luglio 2026" in reply and "chius" in reply, reply
