"""Every reply in the person's grammatical gender, also those written outside the dialogue's own `say`: the
e-mail summary said "Statut : Doctorant(e)." to a "doctorante" (round 24), and "Dottorando/a" to a
"dottoranda". Unknown gender keeps both forms."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN, hear

PHD_LYON = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "destination": "FR",
            "destination_city": "Lyon", "itm_staff_member": False, "citizenship": ["BE"],
            "start_date": "2026-05-04", "end_date": "2026-05-15"}
LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "DE",
         "destination_city": "Munich", "citizenship": ["IT"], "start_date": "2016-03-01",
         "end_date": "2016-05-31"}


@pytest.mark.parametrize(("lang", "slots", "today", "text", "gender", "form", "other"), [
    ("fr", PHD_LYON, ITM_OPEN, "qui dois-je contacter ?", "f", "Doctorante, IMT Anvers.", "Doctorant(e)"),
    ("fr", PHD_LYON, ITM_OPEN, "qui dois-je contacter ?", "m", "Doctorant, IMT Anvers.", "Doctorant(e)"),
    ("it", LUCCA, LUCCA_OPEN, "a chi devo scrivere?", "f", "Dottoranda presso IMT Lucca.", "Dottorando/a"),
    ("fr", PHD_LYON, ITM_OPEN, "qui dois-je contacter ?", None, "Doctorant(e), IMT Anvers.", "Doctorante,"),
])
async def test_the_summary_is_in_the_persons_gender(monkeypatch, lang, slots, today, text, gender, form,
                                                     other):
    dispatcher = CollectingDispatcher()
    state = {**slots, "language": lang, **({"gender": gender} if gender else {})}
    await hear(dispatcher, monkeypatch, text, state, today, intent="ask_contact")
    reply = texts(dispatcher)
    assert form in reply, reply
    assert other not in reply, reply
