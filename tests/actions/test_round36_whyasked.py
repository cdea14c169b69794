"""Round 36 (why asked, more facts): "why did you ask my nationality?" was the only fact a "why did you
ask" question could name; "why did you ask how many Erasmus months I did?", "pourquoi vous demandez le type
d'organisme ?", "waarom vroeg je naar de ECHE?" got the generic conditions. Now each names the call's rules
that read that fact, with how the plan fares under them; a fact not given yet keeps the old answer."""
from __future__ import annotations

import pytest

from actions.i18n import t
from actions.profile import core
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN

LUCCA = "imt-lucca-2015"
ITM = "itm-2024"
VIENNA = {"call": LUCCA, "role": "phd_student", "activity": "study", "destination": "AT",
          "destination_city": "Vienna", "receiving_org": "hei", "start_date": "2016-03-01",
          "end_date": "2016-05-31", "prior_erasmus_months": 4, "citizenship": ["IT"], "goal": "eligibility"}
MADRID = {"call": ITM, "role": "staff", "itm_staff_member": True, "activity": "staff_training",
          "destination": "ES", "destination_city": "Madrid", "receiving_org": "hei",
          "receiving_org_has_eche": True,
          "start_date": "2026-03-09", "end_date": "2026-03-13", "goal": "eligibility"}

MONTHS = [
    ("en", "why did you ask how many Erasmus months I already did?"),
    ("fr", "pourquoi vous m'avez demandé mes mois d'Erasmus ?"),
    ("nl", "waarom vroeg je naar mijn eerdere Erasmus maanden?"),
    ("it", "perché mi hai chiesto i mesi di erasmus già fatti?"),
]


@pytest.mark.parametrize(("lang", "text"), MONTHS)
async def test_why_the_earlier_months_were_asked(monkeypatch, lang, text):
    replies = await converse(monkeypatch, {**VIENNA, "language": lang}, [(text, "ask_why")], LUCCA_OPEN)
    reply = replies[-1]
    assert reply.splitlines()[0].startswith(t(lang, "why_intro", field="")[:6]), reply
    rules = core().needed_for(LUCCA, "prior_erasmus_months", lang)
    assert rules and any(r.split(": ", 1)[1].split(" (")[0][:30] in reply for r in rules), reply
    assert "✓" in reply  # 4 + 3 months stay under the 12-month cap


HOST = [
    ("en", "why did you ask what kind of organisation hosts me?", "receiving_org"),
    ("fr", "pourquoi vous avez demandé le type d'organisme ?", "receiving_org"),
    ("nl", "waarom vroeg je naar de ECHE?", "receiving_org_has_eche"),
    ("it", "perché mi ha chiesto della carta ECHE?", "receiving_org_has_eche"),
]


@pytest.mark.parametrize(("lang", "text", "field"), HOST)
async def test_why_the_host_facts_were_asked(monkeypatch, lang, text, field):
    replies = await converse(monkeypatch, {**MADRID, "language": lang}, [(text, "ask_why")], ITM_OPEN)
    reply = replies[-1]
    assert reply.splitlines()[0].startswith(t(lang, "why_intro", field="")[:6]), reply
    assert core().needed_for(ITM, field, lang), field


async def test_a_fact_not_given_keeps_the_general_why(monkeypatch):
    slots = {k: v for k, v in VIENNA.items() if k != "prior_erasmus_months"}
    question = "why did you ask how many Erasmus months I already did?"
    replies = await converse(monkeypatch, {**slots, "language": "en"}, [(question, "ask_why")], LUCCA_OPEN)
    assert not replies[-1].splitlines()[0].startswith(t("en", "why_intro", field="")[:6]), replies[-1]
