"""Round 43: the e-mail summary for an ended call said "the call closed on 31 July 2026" (ITM), but 31 July
2026 is the end of all the call's mobility; it had no closing date for applications. The summary names the
call's last day, in four languages, and for IMT Lucca its last day is its deadline (18 January 2016)."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "SE",
         "destination_city": "Stockholm", "receiving_org": "hei", "start_date": "2027-03-08",
         "end_date": "2027-03-12", "citizenship": ["BE"]}
LAST = {"en": "the call's last day was 31 July 2026",
        "fr": "le dernier jour de l'appel était le 31 juillet 2026",
        "nl": "de laatste dag van de oproep was 31 juli 2026",
        "it": "l'ultimo giorno del bando era il 31 luglio 2026"}
CLOSED = {"en": "closed on", "fr": "a été clôturé", "nl": "sloot op", "it": "si è chiuso"}
ASK = {"en": "Who do I contact?", "fr": "Qui contacter ?", "nl": "Wie contacteer ik?", "it": "Chi contatto?"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_summary_names_the_calls_last_day(monkeypatch, lang):
    got = await play(monkeypatch, {**STAFF, "language": lang}, [(ASK[lang], "ask_contact")], "2026-12-03")
    reply = got.replies[-1]
    assert LAST[lang] in reply, reply
    assert CLOSED[lang] not in reply


async def test_lucca_names_its_deadline_as_its_last_day(monkeypatch):
    slots = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "ES",
             "destination_city": "Madrid", "start_date": "2027-03-01", "end_date": "2027-06-30",
             "language": "en"}
    got = await play(monkeypatch, slots, [("Who do I contact?", "ask_contact")], "2026-12-03")
    assert "the call's last day was 18 January 2016" in got.replies[-1], got.replies[-1]
