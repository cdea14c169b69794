"""Round 14 of simulated users (through REST), as the real extractor reads their words, through action_respond
on tracker fixtures: a new call asked about after the closed notice, side questions after the "your dates fall
after this call's period" answer, a destination line on an ended call, the end of a master's said as a date,
and another activity asked about after a verdict. Each fault in the language shown and in English."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import SIM_TODAY, hear

AFTER = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "citizenship": ["IT"],
         "closed_told": "itm-2024", "destination": "ES", "destination_city": "Valencia", "activity": "study",
         "start_date": "2027-02-01", "end_date": "2027-06-30"}


# 1. "I understand it's closed, but is there a new call?": the newer call (none known) first, never "Yes:".
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "sì ho capito che è chiuso, ma c'è un nuovo bando per il 2026-2027? qualcosa che posso fare "
           "ancora quest'anno?"),
    ("en", "yes I understand it's closed, but is there a new call for 2026-2027? anything I can still do "
           "this year?"),
    ("fr", "oui j'ai compris que c'est fermé, mais y a-t-il un nouvel appel Erasmus ?"),
    ("nl", "ja ik snap dat het gesloten is, maar is er een nieuwe Erasmus-oproep?"),
    ("it", "ok ho capito che è chiuso, ma quando esce il prossimo bando?"),
    ("en", "ok it's closed. is there another call?"),
])
async def test_a_new_call_asked_after_the_closed_notice_gets_the_newer_call(dispatcher, monkeypatch, lang,
                                                                           text):
    slots = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "closed_told": "itm-2024",
             "language": lang}
    await hear(dispatcher, monkeypatch, text, slots, SIM_TODAY)
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "next_call_unknown")[:20]), reply
    assert not reply.startswith(t(lang, "answer_yes", answer="")[:3]), reply
