"""Round 43: the e-mail summary for an ended call said "the call closed on 31 July 2026" (ITM), but 31 July
2026 is the end of all the call's mobility; it had no closing date for applications. The summary names the
call's last day, in four languages, and for IMT Lucca its last day is its deadline (18 January 2016)."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "SE",
         "destination_city": "Stockholm", "receiving_org": "hei", "start_date": "2027-03-08",
         "end_date": "2027-03-12", "citizenship": ["BE"]}
# (round 48: 31 July 2026 is the last day a mobility could end, not the call's "last day": said as such)
LAST = {"en": "the call covered only mobilities ending by 31 July 2026 at the latest",
        "fr": "l'appel ne couvrait que les mobilités terminées au plus tard le 31 juillet 2026",
        "nl": "de oproep dekte alleen mobiliteiten die uiterlijk op 31 juli 2026 afgelopen waren",
        "it": "il bando copriva solo le mobilità concluse entro il 31 luglio 2026"}
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
