"""Round 34 (r34-b, an ITM postdoc on staff training at Karolinska, Stockholm), through action_respond on
tracker fixtures:

2. "In welke groep valt Zweden dan?", "de landengroep van Zweden voor de dagbedragen?" got "Sweden is in the
   EU member states": now the EU's country groups for the daily rates from the call data (both groupings,
   since ITM's mobilities may be funded from an older project), that the amounts per group are ITM's annexes,
   not published, and whom to ask. "May I go to Sweden?" keeps the member-state answer.
3. "een akkoord van Karolinska?" got "Yes: eligible host": now that the call mentions no document from the
   host.
4. "Moet ik een bepaald type contract hebben bij het ITG?" got the students' diploma contract: now that the
   call says nothing about the employment contract, who may apply, whom to ask."""
from __future__ import annotations

import pytest

from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN
from tests.actions.test_round25_answers import CAN_I_GO

STOCKHOLM = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "receiving_org": "hei",
             "destination": "SE", "destination_city": "Stockholm", "start_date": "2026-04-13",
             "end_date": "2026-05-01", "citizenship": ["BE"], "itm_staff_member": True, "goal": "eligibility"}


async def after_answer(monkeypatch, lang, text, intent="inform", slots=None):
    replies = await converse(monkeypatch, {**(slots or STOCKHOLM), "language": lang},
                             [(CAN_I_GO[lang], "check_eligibility"), (text, intent)], ITM_OPEN)
    return replies[1]


GROUPS = [
    ("nl", "In welke groep valt Zweden dan?", ["groep 1 (indeling vanaf oproep 2024)",
                                              "groep 1 (indeling van de oproepen 2021-2023)", "bijlage 1/2"]),
    ("nl", "Goed. En de landengroep van Zweden voor de dagbedragen, weet u die?",
     ["groep 1 (indeling vanaf oproep 2024)", "niet gepubliceerd"]),
    ("en", "Which group is Belgium in for the daily rates?",
     ["group 1 (grouping from call 2024 on) and in group 2 (grouping of calls 2021-2023)", "Annex 1/2"]),
    ("fr", "Dans quel groupe est la Suède ?", ["groupe 1 (regroupement depuis l'appel 2024)", "annexe 1/2"]),
    ("it", "In quale gruppo è la Spagna?", ["gruppo 2 (raggruppamento dal bando 2024)",
                                           "gruppo 2 (raggruppamento dei bandi 2021-2023)"]),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), GROUPS)
async def test_country_group_for_daily_rates(monkeypatch, lang, text, wanted):
    reply = await after_answer(monkeypatch, lang, text)
    for part in wanted:
        assert part in reply, reply
    assert "cmorantin@itg.be" in reply
    assert "EU-lidstaten" not in reply and "EU member states" not in reply


async def test_may_i_go_keeps_the_member_state_answer(monkeypatch):
    reply = await after_answer(monkeypatch, "nl", "Mag ik naar Zweden?")
    assert "EU-lidstaten" in reply
    assert "groep 1" not in reply


HOST_AGREEMENT = [
    ("nl", "Moet ik voor de aanvraag nog iets anders regelen, bijvoorbeeld een akkoord van Karolinska?",
     "De oproep vermeldt geen document van de ontvangende organisatie"),
    ("en", "Do I need to arrange anything else, for example an agreement from Karolinska?",
     "The call does not mention a document from the host"),
    ("fr", "Dois-je organiser autre chose, par exemple un accord du Karolinska ?",
     "L'appel ne mentionne pas de document de l'organisme d'accueil"),
    ("it", "Devo organizzare qualcos'altro, per esempio un accordo del Karolinska?",
     "Il bando non menziona un documento dell'ente ospitante"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), HOST_AGREEMENT)
async def test_agreement_from_the_host(monkeypatch, lang, text, wanted):
    reply = await after_answer(monkeypatch, lang, text)
    assert wanted in reply, reply
    assert "cmorantin@itg.be" in reply
    assert not reply.startswith(("Ja:", "Yes:", "Oui", "Sì"))


CONTRACT = [
    ("nl", "Moet ik een bepaald type contract hebben bij het ITG? Mijn postdoc-contract loopt tot eind 2026.",
     "De oproep zegt niets over het soort arbeidscontract"),
    ("nl", "Staat er iets in de oproep over het arbeidscontract van personeel?",
     "De oproep zegt niets over het soort arbeidscontract"),
    ("en", "Do I need a particular employment contract at ITM? My postdoc contract ends in 2026.",
     "The call says nothing about the type of employment contract"),
    ("fr", "Faut-il un contrat de travail particulier à l'IMT ? Mon contrat de postdoc finit fin 2026.",
     "L'appel ne dit rien du type de contrat de travail"),
    ("it", "Serve un certo contratto di lavoro all'ITM? Il mio contratto da postdoc finisce a fine 2026.",
     "Il bando non dice nulla sul tipo di contratto di lavoro"),
]


@pytest.mark.parametrize(("lang", "text", "wanted"), CONTRACT)
@pytest.mark.parametrize("intent", ["faq_credit_transfer", "inform"])
async def test_staff_employment_contract(monkeypatch, lang, text, wanted, intent):
    reply = await after_answer(monkeypatch, lang, text, intent)
    assert wanted in reply, reply
    assert "cmorantin@itg.be" in reply
    assert "diploma" not in reply.lower()


async def test_a_students_diploma_contract_keeps_its_answer(monkeypatch):
    student = {**STOCKHOLM, "role": "msc_student", "activity": "study", "itm_staff_member": False}
    reply = await after_answer(monkeypatch, "nl", "Wat is een diplomacontract?", "faq_credit_transfer",
                               slots=student)
    assert "diplomacontract" in reply.lower()
    assert "arbeidscontract" not in reply
