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


def test_a_call_filed_with_its_opening_date_is_announced_before_its_period(monkeypatch):
    """f89ffd7 left out every call whose period had not begun, also one an office filed with its opening date
    (the fresh-clone run of tests/e2e/test_new_call.py: Harbour 2031 missing from the greeting in 2026)."""
    import actions.calls as calls

    statuses = {"old": {"period_from": "2015-01-01", "opens": None},
                "far": {"period_from": "2024-01-01", "opens": None},
                "next": {"period_from": "2031-01-01", "opens": "2031-01-15"}}
    monkeypatch.setattr(calls, "status_of", lambda call_id: statuses[call_id])
    monkeypatch.setattr(calls, "today", lambda: __import__("datetime").date(2016, 1, 10))
    assert calls.published("old")
    assert not calls.published("far")
    assert calls.published("next")
