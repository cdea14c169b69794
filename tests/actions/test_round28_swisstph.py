"""Round 29 (a Belgian MSc student, traineeship at Swiss TPH in Basel, Dutch "je"): (1) "bij swiss tph" noted
Swiss nationality and "not eligible" (T1), again from a question about an agreement (T9), and the correction
ended as "België, Zwitserland" (T10); (2) "een studiebeurs van de vlaamse overheid" moved the host from
research institute to public body (T15), and "ik heb een vlaamse beurs, is dat dan een probleem?" was asked
back "Is dat zo (andere beurs)?" (T14); (3) "Uw departementale onderwijscoördinator" in the "je"
conversation (T7: the "as above" contact line was written after the register was applied). With the nearby
cases that keep their answer in the four languages."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.dialogue import ActionRespond
from actions.i18n import t
from bot.nlu.extract import extract as read
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.conversation import converse

TODAY = "2025-10-01"
BASEL = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "CH",
         "destination_city": "Basel", "citizenship": ["BE"], "start_date": "2026-04-01",
         "end_date": "2026-06-30", "receiving_org": "research_institute", "goal": "eligibility"}
LOTTE = [
    ("hoi! ik studeer aan het ITG in antwerpen en wil een stage doen in basel bij swiss tph. kan dat met "
     "erasmus?", "check_eligibility"),
    ("huh nee ik ben belgisch hoor, niet zwitsers. en ik doe een master global health", "inform"),
    ("wacht, zwitserland zit toch niet in de EU? telt dat dan echt mee?", "faq_destinations"),
    ("ok top. van april tot eind juni 2026", "inform"),
    ("Onderzoeksinstituut", "inform"),
    ("ok dus hoeveel krijg ik dan ongeveer per maand? gewoon een schatting is ook goed", "ask_grant"),
    ("hm jammer. en mijn treinticket naar basel, krijg ik dat terug?", "out_of_scope"),
    ("maar je zei daarnet toch iets over geen reissteun voor zwitserland? dus ik krijg niks voor de reis?",
     "ask_grant"),
    ("ok duidelijk. moet swiss tph eigenlijk een overeenkomst hebben met het itg of zo?",
     "faq_receiving_org"),
    ("neeee ik ben NIET zwitsers, ik ben belg!! swiss tph is gewoon de naam van het instituut. en je hebt "
     "mijn vraag over die overeenkomst niet beantwoord", "inform"),
]
NL_U = re.compile(r"\b(u|uw|Uw)\b")


async def turn(monkeypatch: pytest.MonkeyPatch, lang: str, text: str, **slots: Any) -> tuple[dict, str]:
    monkeypatch.setenv("MOBILITY_TODAY", TODAY)
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots={**BASEL, "language": lang, **slots}, text=text,
                           entities=read(text, dt.date.fromisoformat(TODAY)))
    got = slot_events(await ActionRespond().run(dispatcher, tracker, DOMAIN))
    return got, texts(dispatcher)


async def test_lotte_is_never_made_swiss_and_stays_in_her_register(monkeypatch):
    replies = await converse(monkeypatch, {"language": "nl"}, LOTTE, TODAY)
    said = "\n".join(replies)
    assert "Zwitserland is een land van je nationaliteit" not in said, said
    assert "nationaliteit: Zwitserland" not in said and "België, Zwitserland" not in said, said
    assert "niet in aanmerking" not in said, said
    assert "nationaliteit: België" in replies[1]  # her own words, at T2
    for reply in replies[:8]:  # T1-T7 (and T8): "je", never "u"/"Uw"
        assert not NL_U.search(reply), reply
    assert "overeenkomst" in replies[8]  # T9 answers the question instead of changing her nationality


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "ik wil een stage doen in basel bij swiss tph, kan dat?"),
    ("en", "I'd like to do my traineeship at swiss tph in Basel, is that possible?"),
    ("fr", "je voudrais faire mon stage au swiss tph à Bâle, c'est possible ?"),
    ("it", "vorrei fare il tirocinio allo swiss tph di Basilea, si può?"),
])
async def test_a_name_with_a_demonym_notes_no_nationality(monkeypatch, lang, text):
    got, reply = await turn(monkeypatch, lang, text, citizenship=None)
    assert got.get("citizenship") in (None, []), (got, reply)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "moet swiss tph eigenlijk een overeenkomst hebben met het itg?"),
    ("en", "does swiss tph actually need an agreement with ITM?"),
    ("fr", "est-ce que le swiss tph doit en fait avoir un accord avec l'IMT ?"),
    ("it", "lo swiss tph deve in realtà avere un accordo con l'ITM?"),
])
async def test_a_question_naming_the_host_keeps_the_nationality(monkeypatch, lang, text):
    got, reply = await turn(monkeypatch, lang, text)
    assert got.get("citizenship", ["BE"]) == ["BE"], (got, reply)


@pytest.mark.parametrize(("lang", "text", "held"), [
    ("nl", "ik ben Belgisch, niet Zwitsers", ["CH"]),
    ("nl", "ik ben Belgisch, niet Zwitsers", ["BE", "CH"]),
    ("nl", "neeee ik ben NIET zwitsers, ik ben belg!! swiss tph is gewoon de naam van het instituut", ["CH"]),
    ("en", "I'm Belgian, not Swiss", ["BE", "CH"]),
    ("fr", "je suis belge, pas suisse", ["CH"]),
    ("it", "sono belga, non svizzera", ["BE", "CH"]),
])
async def test_a_correction_leaves_only_the_nationality_said(monkeypatch, lang, text, held):
    got, reply = await turn(monkeypatch, lang, text, citizenship=held)
    assert got["citizenship"] == ["BE"], (got, reply)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'm Swiss"), ("nl", "ik ben Zwitserse"), ("fr", "je suis suisse"), ("it", "sono svizzera"),
])
async def test_a_nationality_said_of_oneself_is_still_noted(monkeypatch, lang, text):
    got, _ = await turn(monkeypatch, lang, text, citizenship=None)
    assert got["citizenship"] == ["CH"]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "ik heb een studiebeurs van de vlaamse overheid"),
    ("nl", "de stage is nog altijd bij swiss tph hoor, een onderzoeksinstituut. de overheid geeft "
           "alleen mijn beurs"),
    ("en", "I have a scholarship from the Flemish ministry"),
    ("en", "the ministry pays my scholarship"),
    ("fr", "j'ai une bourse du ministère flamand"),
    ("fr", "le ministère finance ma bourse"),
    ("it", "ho una borsa di studio del ministero"),
    ("it", "il ministero paga la mia borsa"),
])
async def test_who_pays_a_scholarship_is_no_host(monkeypatch, lang, text):
    got, reply = await turn(monkeypatch, lang, text)
    assert got.get("receiving_org", "research_institute") == "research_institute", (got, reply)
    assert got.get("has_scholarship") is True, (got, reply)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the host is a public body, the Flemish government"),
    ("nl", "ik doe mijn stage bij de Vlaamse overheid"),
    ("fr", "mon stage est au ministère de la santé"),
    ("it", "il tirocinio è al ministero della salute"),
])
async def test_a_public_body_as_host_is_still_noted(monkeypatch, lang, text):
    got, _ = await turn(monkeypatch, lang, text, receiving_org=None)
    assert got["receiving_org"] == "public_body"


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "ik heb een vlaamse beurs, is dat dan een probleem?"),
    ("en", "I have a Flemish scholarship, is that really a problem?"),
    ("fr", "j'ai une bourse flamande, est-ce vraiment un problème ?"),
    ("it", "ho una borsa della regione, è quindi un problema?"),
])
async def test_a_scholarship_said_before_asking_whether_it_matters_is_read(monkeypatch, lang, text):
    got, reply = await turn(monkeypatch, lang, text)
    assert got.get("has_scholarship") is True, (got, reply)
    assert t(lang, "priority_ask", fields="\0").split("\0")[0] not in reply, reply  # not asked back
