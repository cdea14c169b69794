"""Round 40: "What is the deadline for IMT Lucca?" then "And for ITM Antwerp?" lost ITM's 31 July 2026 (the
as-if case check of round 39 asked the role first, "the date to apply by comes with the answer"). Another
call asked about is no case about the person's plan: its dates are said."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play


@pytest.mark.parametrize(("lang", "first", "second", "date"), [
    ("en", "What is the deadline for IMT Lucca?", "And for ITM Antwerp?", "31 July 2026"),
    ("fr", "Quelle est la date limite pour l'IMT Lucca ?", "Et pour l'IMT Anvers ?", "31 juillet 2026"),
])
async def test_the_other_calls_deadline_is_said(monkeypatch, lang, first, second, date):
    got = await play(monkeypatch, {"language": lang}, [(first, "ask_deadline"), (second, "ask_deadline")],
                     "2025-10-01", user_event="parsed", keep_slot_events=True)
    assert date in got.replies[-1], got.replies[-1]
