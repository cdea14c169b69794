"""Round 43: "right but who sets it up, me or the summer school people?", asked right after what the virtual
part of a blended mobility is, got "I can't find the answer" and unrelated topics. The call does not say who
organises it; it asks that the programme include one: its organisers (and the contacts) can tell."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

BLENDED = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended", "goal": "eligibility",
           "destination": "DK", "destination_city": "Copenhagen", "receiving_org": "hei",
           "citizenship": ["NG"], "start_date": "2026-06-15", "end_date": "2026-06-24"}
SAID = {"en": "The call does not say who organises the virtual part",
        "fr": "L'appel ne dit pas qui organise la partie virtuelle",
        "nl": "De oproep zegt niet wie het virtuele deel organiseert",
        "it": "Il bando non dice chi organizza la parte virtuale"}
WHAT = {"en": "what exactly is this virtual part?", "fr": "c'est quoi exactement la partie virtuelle ?",
        "nl": "wat is dat virtuele deel precies?", "it": "cos'è esattamente la parte virtuale?"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "right but who sets it up, me or the summer school people?"),
    ("fr", "mais je dois l'organiser moi-même ?"),
    ("nl", "maar moet ik dat zelf regelen?"),
    ("it", "ma devo organizzarla io?"),
])
async def test_who_organises_the_virtual_part_is_said_not_in_the_call(monkeypatch, lang, text):
    got = await play(monkeypatch, {**BLENDED, "language": lang},
                     [(WHAT[lang], "nlu_fallback"), (text, "nlu_fallback")], "2025-10-01",
                     user_event="before")
    assert SAID[lang] in got.replies[-1], got.replies[-1]


async def test_who_to_contact_keeps_its_answer(monkeypatch):
    got = await play(monkeypatch, {**BLENDED, "language": "en"},
                     [(WHAT["en"], "nlu_fallback"), ("who do I contact?", "ask_contact")], "2025-10-01",
                     user_event="before")
    assert SAID["en"] not in got.replies[-1]
    assert "erasmusplusmobility@itg.be" in got.replies[-1]
