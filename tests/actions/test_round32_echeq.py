"""Round 34 (a PhD student at IMT Lucca, a study period in Edinburgh): "does Edinburgh actually have an
agreement with IMT? and do they have the ECHE thing" noted "whether the host university holds an ECHE: Yes"
and answered the agreement with "Yes: ... must be signed"; "no, I DON'T know whether edinburgh holds an ECHE"
then got "Your answer stays the same". A yes/no fact named in a question sets nothing, the reply to whether an
agreement exists says it is not known here, and "I don't know whether" sets a stored fact back to
unknown. Four languages, with the statements that still store Yes."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import hear

LUCCA_OPEN = "2016-01-10"
EDINBURGH = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
             "destination": "GB", "destination_city": "Edinburgh", "receiving_org": "hei",
             "citizenship": ["IT"], "start_date": "2016-02-01", "end_date": "2016-07-31",
             "prior_erasmus_months": 0.0}


async def reply_to(monkeypatch, text, slots, intent="inform"):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN, intent=intent)
    return got, texts(dispatcher)


QUESTIONS = [
    ("en", "fair. does Edinburgh actually have an agreement with IMT? and do they have the ECHE thing"),
    ("en", "do they have the ECHE"),
    ("fr", "d'accord. est-ce qu'Édimbourg a un accord avec l'IMT ? et ont-ils l'ECHE"),
    ("fr", "ont-ils l'ECHE"),
    ("nl", "oké. heeft Edinburgh eigenlijk een overeenkomst met IMT? en hebben ze een ECHE"),
    ("nl", "hebben ze een ECHE"),
    ("it", "ok. Edimburgo ha davvero un accordo con l'IMT? e hanno l'ECHE?"),
    ("it", "hanno l'ECHE?"),
]


@pytest.mark.parametrize(("lang", "text"), QUESTIONS)
async def test_a_question_stores_no_eche(monkeypatch, lang, text):
    got, reply = await reply_to(monkeypatch, text, {**EDINBURGH, "language": lang})
    assert got.get("receiving_org_has_eche") is not True, got
    assert got.get("interinstitutional_agreement") is not True, got
    assert t(lang, "noted", facts="")[:8] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "fair. does Edinburgh actually have an agreement with IMT? and do they have the ECHE thing"),
    ("en", "does Edinburgh actually have an agreement with IMT?"),
    ("fr", "est-ce qu'Édimbourg a un accord avec l'IMT ?"),
    ("nl", "heeft Edinburgh eigenlijk een overeenkomst met IMT?"),
    ("it", "Edimburgo ha davvero un accordo con l'IMT?"),
])
async def test_whether_an_agreement_exists_is_not_known_here(monkeypatch, lang, text):
    _, reply = await reply_to(monkeypatch, text, {**EDINBURGH, "language": lang})
    first = reply
    assert not first.startswith(t(lang, "answer_yes", answer="").strip()), reply
    assert first.startswith(t(lang, "condition_not_known", who="", reason="")[:15]), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "do I need an agreement with Edinburgh?"),
    ("fr", "est-ce que j'ai besoin d'un accord avec Édimbourg ?"),
])
async def test_whether_one_is_needed_still_says_yes(monkeypatch, lang, text):
    _, reply = await reply_to(monkeypatch, text, {**EDINBURGH, "language": lang})
    assert not reply.startswith(t(lang, "condition_not_known", who="", reason="")[:15]), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "yes, it holds an ECHE"), ("en", "I checked, it has an ECHE"),
    ("fr", "oui, elle a l'ECHE"), ("nl", "ja, ze hebben een ECHE"), ("it", "sì, ha l'ECHE"),
])
async def test_a_statement_still_stores_yes(monkeypatch, lang, text):
    got, _ = await reply_to(monkeypatch, text, {**EDINBURGH, "language": lang})
    assert got.get("receiving_org_has_eche") is True, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "no, I DON'T know whether edinburgh holds an ECHE. pls correct that"),
    ("en", "wait i was asking, i dont know if they have the ECHE. why did you write yes??"),
    ("fr", "non, je ne sais pas si Édimbourg a l'ECHE. corrige ça stp"),
    ("nl", "nee, ik weet niet of Edinburgh een ECHE heeft. pas dat aan aub"),
    ("it", "no, non so se Edimburgo ha l'ECHE. correggilo per favore"),
])
async def test_dont_know_sets_a_stored_yes_back(monkeypatch, lang, text):
    got, reply = await reply_to(monkeypatch, text, {**EDINBURGH, "language": lang,
                                                    "receiving_org_has_eche": True})
    assert "receiving_org_has_eche" in got and got["receiving_org_has_eche"] is None, (got, reply)


@pytest.mark.parametrize(("lang", "name", "text"), [
    ("en", "supervisor_authorised", "actually I don't know if my supervisor authorised it"),
    ("fr", "board_authorised", "en fait je ne sais pas si le conseil scientifique l'a autorisé"),
    ("nl", "interinstitutional_agreement", "ik weet niet of er een overeenkomst met Edinburgh is"),
    ("it", "supervisor_authorised", "non so se il mio relatore ha dato l'autorizzazione"),
])
async def test_dont_know_opens_other_conditions_again(monkeypatch, lang, name, text):
    got, reply = await reply_to(monkeypatch, text, {**EDINBURGH, "language": lang, name: True})
    assert name in got and got[name] is None, (got, reply)
