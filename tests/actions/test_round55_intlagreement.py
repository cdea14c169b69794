"""Round 55 (r55-rr, an ITM MSc student, French "tu", a traineeship at the WHO in Geneva): "faut qu'il y ait
un accord entre l'IMT et l'OMS avant ? et le billet de train/avion c'est rembourse ou pas ?" got the
paragraph on international organisations as hosts (said before) and not the agreement: the host's name in a
question about an agreement no longer makes it a question about the kind of host. In the four languages."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
CASE = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "CH",
        "destination_city": "Geneva", "receiving_org": "public_body", "citizenship": ["BE"],
        "start_date": "2026-05-04", "end_date": "2026-07-03", "itm_staff_member": False,
        "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "faut qu'il y ait un accord entre l'IMT et l'OMS avant ? et le billet de train/avion c'est "
           "rembourse ou pas ?"),
    ("en", "does there need to be an agreement between ITM and the WHO beforehand?"),
    ("nl", "moet er eerst een akkoord zijn tussen het ITG en de WHO?"),
    ("it", "serve un accordo tra l'ITM e l'OMS prima della partenza?"),
])
async def test_an_agreement_asked_about_an_international_organisation_gets_the_agreement(monkeypatch, lang,
                                                                                       text):
    got = await play(monkeypatch, {**CASE, "language": lang}, [(text, "inform")], TODAY, user_event="parsed")
    first = got.replies[0]
    assert first.startswith(t(lang, "answer_no", answer="")[:3]), got.replies
    intl = t(lang, "intl_org_not_excluded", activity="", excluded="", source="")[:20]
    assert intl not in first, got.replies
