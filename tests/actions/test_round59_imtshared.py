"""Round 59 follow-up: f89ffd7 left a call not yet published (ITM's 2024 call in January 2016) out of the
institutions offered; that also dropped ITM Antwerp from what "IMT" can mean ('"IMT" can mean IMT Lucca.',
tests/e2e/probes_extra.jsonl imt-ambiguous-en at 2016-01-10). The name still names both institutions; the
buttons offer the calls of the day."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

ASKED = {
    "en": ("What is the deadline at IMT?", "ITM Antwerp"),
    "fr": ("Quelle est la date limite à l'IMT ?", "IMT Anvers"),
    "nl": ("Wat is de deadline bij IMT?", "ITG Antwerpen"),
    "it": ("Qual è la scadenza all'IMT?", "ITM Anversa"),
}


@pytest.mark.parametrize("lang", sorted(ASKED))
async def test_imt_names_both_institutions_before_the_itm_call_is_published(monkeypatch, lang):
    text, antwerp = ASKED[lang]
    got = await play(monkeypatch, {"language": lang}, [(text, "ask_deadline")], "2016-01-10",
                     user_event="parsed")
    reply = got.replies[0]
    assert antwerp in reply and "Lucca" in reply, reply
    assert "2024" not in reply, reply  # no button for a call not published on that day
