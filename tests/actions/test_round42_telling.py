"""Round 42: "Ma non mi ha detto come si dimostra il viaggio in treno. Devo conservare i biglietti?" stored
"viaggio sostenibile: No" (the person had said she takes the train): the "non" denies the assistant's telling,
not the train. A plain "I won't take the train" still sets green travel to No."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

STAFF_LISBON = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
                "destination": "PT", "destination_city": "Lisbon", "receiving_org": "hei",
                "citizenship": ["IT"], "start_date": "2026-03-02", "end_date": "2026-03-11",
                "green_travel": True}


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Ma non mi ha detto come si dimostra il viaggio in treno. Devo conservare i biglietti?"),
    ("en", "But you didn't tell me how I prove I went by train. Do I keep the tickets?"),
    ("fr", "Mais tu ne m'as pas dit comment prouver le voyage en train. Je garde les billets ?"),
    ("nl", "Maar je hebt niet gezegd hoe ik de reis met de trein bewijs. Moet ik de tickets bewaren?"),
])
async def test_a_denied_telling_is_no_denied_train(monkeypatch, lang, text):
    got = await play(monkeypatch, {**STAFF_LISBON, "language": lang}, [(text, "nlu_fallback")], "2025-10-01")
    assert got.slots.get("green_travel") is True, got.last


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "non vado più in treno, prendo l'aereo"),
    ("en", "I won't take the train after all"),
])
async def test_a_plain_no_to_the_train_still_counts(monkeypatch, lang, text):
    got = await play(monkeypatch, {**STAFF_LISBON, "language": lang}, [(text, "inform")], "2025-10-01")
    assert got.slots.get("green_travel") is False, got.last
