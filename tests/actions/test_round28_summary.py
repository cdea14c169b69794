"""Round 28: the e-mail summary had neither the host's name ("Karolinska Institutet", "Universidad de
Granada", said by the person) nor whether another scholarship funds the stay or it is self-funded. Both now
come when known, labelled in the reply language; the host's name is the person's words, kept in
`receiving_org_name`."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.calls import fact_words
from actions.contact import summary
from actions.ownwords import host_name
from bot.nlu.extract import extract
from tests.actions.conftest import make_tracker
from tests.actions.test_round13 import ITM_OPEN, hear

STAFF_GRANADA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "ES",
                 "destination_city": "Granada", "citizenship": ["BE"], "start_date": "2026-03-09",
                 "end_date": "2026-03-13", "receiving_org": "hei", "receiving_org_has_eche": True,
                 "doctoral_or_postdoc_staff": False}
LUCCA_STOCKHOLM = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
                   "destination": "SE", "destination_city": "Stockholm", "citizenship": ["IT"],
                   "start_date": "2016-03-01", "end_date": "2016-07-31", "prior_erasmus_months": 0.0}
HOST_LABEL = {"en": "Host institution", "fr": "Établissement d'accueil", "nl": "Ontvangende instelling",
              "it": "Istituzione ospitante"}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "It's a training at the Universidad de Granada, in Spain.", "Universidad de Granada"),
    ("fr", "C'est une formation à l'Universidad de Granada, en Espagne.", "Universidad de Granada"),
    ("nl", "Het is een opleiding aan de Universidad de Granada in Spanje.", "Universidad de Granada"),
    ("it", "È una formazione presso l'Universidad de Granada, in Spagna.", "Universidad de Granada"),
])
async def test_the_host_named_is_kept_in_the_persons_words(monkeypatch, lang, text, name):
    slots = {**STAFF_GRANADA, "language": lang, "receiving_org": None}
    got = await hear(CollectingDispatcher(), monkeypatch, text, slots, ITM_OPEN)
    assert got.get("receiving_org") == "hei" and got.get("receiving_org_name") == name, got


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_the_summary_names_the_host_and_the_other_scholarship(monkeypatch, lang):
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    slots = {**STAFF_GRANADA, "language": lang, "receiving_org_name": "Universidad de Granada",
             "has_scholarship": True}
    body = summary(make_tracker(slots), lang, "itm-2024")
    assert f"{HOST_LABEL[lang]}" in body and "Universidad de Granada" in body, body
    assert fact_words("itm-2024", "has_scholarship", lang, True) in body, body  # the call's words (round 39)
    assert "Host institution" not in body or lang == "en", body  # the label in the reply's language


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_self_funded_is_said_in_the_summary(monkeypatch, lang):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    slots = {**LUCCA_STOCKHOLM, "language": lang, "receiving_org": "hei",
             "receiving_org_name": "Karolinska Institutet", "has_scholarship": False}
    body = summary(make_tracker(slots), lang, "imt-lucca-2015")
    assert "Karolinska Institutet" in body, body
    assert fact_words("imt-lucca-2015", "has_scholarship", lang, False) in body, body


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_nothing_unknown_is_added_to_the_summary(monkeypatch, lang):
    """Nearby: no host name said, the scholarship not asked: the summary is as before, no empty lines."""
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    body = summary(make_tracker({**STAFF_GRANADA, "language": lang}), lang, "itm-2024")
    assert HOST_LABEL[lang] not in body, body
    assert fact_words("itm-2024", "has_scholarship", lang, True) not in body, body
    assert fact_words("itm-2024", "has_scholarship", lang, False) not in body, body


async def test_self_funded_and_host_said_reach_the_contact_summary(monkeypatch):
    slots = {**LUCCA_STOCKHOLM, "language": "it", "destination_city": None, "destination": None}
    text = "Farò il tirocinio presso il Karolinska Institutet a Stoccolma. Sono autofinanziata."
    got = await hear(CollectingDispatcher(), monkeypatch, text, slots, "2016-01-10")
    assert got.get("receiving_org_name") == "Karolinska Institutet" and got.get("has_scholarship") is False
    body = summary(make_tracker({**slots, **got}), "it", "imt-lucca-2015")
    assert "Istituzione ospitante: Karolinska Institutet." in body, body
    assert "autofinanziamento" in body and "Stoccolma" in body, body


@pytest.mark.parametrize("text", ["I'd go to a university in Spain.", "The University in Vienna, I think.",
                                  "a traineeship at a company in Munich", "a research institute in Berlin"])
def test_a_kind_of_host_alone_is_no_name(text):
    assert host_name(text, extract(text)) is None


async def test_another_kind_of_host_drops_the_old_name(monkeypatch):
    slots = {**STAFF_GRANADA, "receiving_org_name": "Universidad de Granada"}
    got = await hear(CollectingDispatcher(), monkeypatch, "Actually it's a company, not a university.", slots,
                     ITM_OPEN)
    assert got.get("receiving_org") == "enterprise" and got.get("receiving_org_name", "kept") is None, got


async def test_the_same_kind_said_again_keeps_the_name(monkeypatch):
    slots = {**STAFF_GRANADA, "receiving_org_name": "Universidad de Granada"}
    got = await hear(CollectingDispatcher(), monkeypatch, "Yes, it is a university.", slots, ITM_OPEN)
    assert "receiving_org_name" not in got, got
