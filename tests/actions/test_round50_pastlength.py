"""Round 50 (a Belgian ITM PhD student, short-term doctoral mobility at Swiss TPH, Basel, 9-18 February
2026; today 1 October 2025): "it's 10 days from 9 to 18 February 2026. But so is Switzerland ok or not? I
thought they had left Erasmus" noted "previous Erasmus months: 0.3": the plan's length, in another sentence
than the words "had ... Erasmus", was read as an earlier Erasmus stay. Only a length in the sentence telling
of an earlier Erasmus is one (EN/FR/NL/IT), and a stay told so is still read."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
BASEL = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility", "activity": "short_term_doctoral",
         "destination": "CH", "destination_city": "Basel", "receiving_org": "research_institute"}
PLAN_LENGTH = [
    ("en", "it's 10 days from 9 to 18 February 2026. But so is Switzerland ok or not? I thought they had "
           "left Erasmus"),
    ("fr", "c'est 10 jours du 9 au 18 février 2026. Mais la Suisse c'est ok ou pas ? Je croyais qu'ils "
           "étaient déjà sortis d'Erasmus"),
    ("nl", "het is 10 dagen van 9 tot 18 februari 2026. Maar is Zwitserland nu ok of niet? Ik dacht dat ze "
           "al uit Erasmus waren"),
    ("it", "sono 10 giorni dal 9 al 18 febbraio 2026. Ma la Svizzera va bene o no? Pensavo fossero già "
           "usciti da Erasmus"),
]


async def _play(monkeypatch, lang, text, slots=None):
    return await play(monkeypatch, {**BASEL, **(slots or {}), "language": lang}, [(text, "inform")], TODAY,
                      user_event="parsed", keep_slot_events=True)


@pytest.mark.parametrize(("lang", "text"), PLAN_LENGTH)
async def test_the_plans_length_is_no_earlier_erasmus(monkeypatch, lang, text):
    got = await _play(monkeypatch, lang, text)
    assert "prior_erasmus_months" not in got.last, got.last
    assert got.last.get("start_date") == "2026-02-09" and got.last.get("end_date") == "2026-02-18", got.last


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I already did 3 months of Erasmus during my PhD."),
    ("fr", "J'ai déjà fait 3 mois d'Erasmus pendant mon doctorat."),
    ("it", "Ho già fatto 3 mesi di Erasmus durante il dottorato."),
])
async def test_an_earlier_erasmus_told_so_is_still_read(monkeypatch, lang, text):
    got = await _play(monkeypatch, lang, text, {"start_date": "2026-02-09", "end_date": "2026-02-18"})
    assert got.last.get("prior_erasmus_months") == 3.0, got.last
