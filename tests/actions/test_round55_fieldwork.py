"""Round 55 (found by the fix helper of r55-uu in Italian): "E il lavoro sul campo? conta come mobilità
dottorale?" from an ITM PhD student without staff status got "Aggiornato: appartenenza al personale ITM: No →
Sì" and "non idoneo": the noun "lavoro" (fieldwork, "il lavoro di tesi") was read as "I work". "Lavoro
all'ITM" is still a job there."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
CASE = {"call": "itm-2024", "role": "phd_student", "itm_staff_member": False,
        "activity": "short_term_doctoral", "language": "it"}


@pytest.mark.parametrize("text", [
    "E il lavoro sul campo? conta come mobilità dottorale?",
    "Il mio lavoro di tesi si svolge in parte a Città del Capo: va bene?",
])
async def test_the_noun_lavoro_is_no_job(monkeypatch, text):
    got = await play(monkeypatch, CASE, [(text, "inform")], TODAY, user_event="parsed")
    assert got.slots.get("itm_staff_member") is False, (got.slots, got.replies)


async def test_lavoro_all_itm_is_still_a_job(monkeypatch):
    text = "Lavoro all'ITM come tecnico di laboratorio."
    got = await play(monkeypatch, {"language": "it"}, [(text, "inform")], TODAY, user_event="parsed")
    assert got.slots.get("itm_staff_member") is True or got.slots.get("role") == "staff", got.slots
