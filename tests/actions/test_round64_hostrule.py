"""Round 64 (b4: an ITM project administrator at today's date, the call ended, asking what the staff rules
were). "and the host? does it have to be a university or can it be any organisation?" was answered and then
"Noted: receiving organisation: University / higher education institution", a host kind she never gave. A
kind of host inside a question that asks whether it is required, with an alternative, is a rule asked about:
nothing stored, whether or not the host's kind was known (actions/kindtold.py)."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

STAFF = {"call": "itm-2024", "role": "staff", "goal": "eligibility", "activity": "staff_training",
         "destination": "PT", "destination_city": "Lisbon", "citizenship": ["BE"]}
ASKED = {"en": "and the host? does it have to be a university or can it be any organisation?",
         "fr": "et l'organisme d'accueil ? faut-il que ce soit une université ou ça peut être n'importe quel "
               "organisme ?",
         "nl": "en de gastinstelling? moet het een universiteit zijn of mag het eender welke organisatie "
               "zijn?",
         "it": "e l'ente ospitante? deve essere un'università o può essere qualsiasi organizzazione?"}


@pytest.mark.parametrize("today", ["2025-10-01", "2026-12-01"])
@pytest.mark.parametrize("intent", ["faq_receiving_org", "inform"])
@pytest.mark.parametrize("lang", sorted(ASKED))
async def test_a_host_kind_asked_as_a_rule_is_not_stored(monkeypatch, lang, intent, today):
    got = await play(monkeypatch, {**STAFF, "language": lang}, [(ASKED[lang], intent)], today,
                     user_event="parsed", keep_slot_events=True)
    assert "receiving_org" not in got.last, (got.last, got.replies[-1])


async def test_a_host_kind_told_is_still_stored(monkeypatch):
    got = await play(monkeypatch, {**STAFF, "language": "en"},
                     [("The host is a university, is that ok?", "inform")], "2025-10-01",
                     user_event="parsed", keep_slot_events=True)
    assert got.slots.get("receiving_org") == "hei", got.last
