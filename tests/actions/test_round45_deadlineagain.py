"""Round 45: "by when must I apply?" and then "what's the deadline again?" got the same four lines twice,
and the call's note ("31 July 2026 is the deadline of all mobility activities; ...") followed the line "The
mobility must end by 31 July 2026." Now the note says the end once, and the date asked again comes back in
one line with the departure it is for (in the person's register)."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

PLAN = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "goal": "eligibility",
        "destination": "PE", "destination_city": "Lima", "receiving_org": "ngo", "citizenship": ["ES"],
        "start_date": "2026-02-02", "end_date": "2026-04-30", "has_scholarship": False}
ASKS = {
    "en": ("by when must I apply?", "ok and what's the deadline again?",
           "📅 As said: apply by 2 December 2025 for your departure on 2 February 2026."),
    "fr": ("je dois postuler avant quand ?", "c'était quand déjà la date limite ?",
           "📅 Comme dit plus haut : postulez au plus tard le 2 décembre 2025 pour votre départ le "
           "2 février 2026."),
    "nl": ("tot wanneer moet ik aanvragen?", "tot wanneer was het ook alweer?",
           "📅 Zoals gezegd: vraag uiterlijk op 2 december 2025 aan voor uw vertrek op 2 februari 2026."),
    "it": ("entro quando devo fare domanda?", "qual era di nuovo la scadenza?",
           "📅 Come detto: si candidi entro il 2 dicembre 2025 per la Sua partenza il 2 febbraio 2026."),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_date_asked_again_is_one_line(monkeypatch, lang):
    first, again, line = ASKS[lang]
    got = await play(monkeypatch, {**PLAN, "language": lang},
                     [(first, "ask_deadline"), (again, "ask_deadline")], "2025-10-01", user_event="before")
    assert "31" in got.replies[0] and got.replies[0].count("2026") >= 2, got.replies[0]
    assert got.replies[1].startswith(line), got.replies[1]
    assert "31" not in got.replies[1].split("\n")[0].replace(line, ""), got.replies[1]


async def test_the_first_answer_names_the_end_of_mobility_once(monkeypatch):
    got = await play(monkeypatch, {**PLAN, "language": "en"}, [("by when must I apply?", "ask_deadline")],
                     "2025-10-01", user_event="before")
    assert "📅 Apply by 2 December 2025" in got.replies[0]
    assert got.replies[0].count("31 July 2026") == 1, got.replies[0]


async def test_informal_french_keeps_tu(monkeypatch):
    got = await play(monkeypatch, {**PLAN, "language": "fr"},
                     [("salut, je dois postuler avant quand ? tu sais ?", "ask_deadline"),
                      ("c'était quand déjà la date limite ?", "ask_deadline")], "2025-10-01",
                     user_event="before")
    assert "ton départ le 2 février 2026" in got.replies[1], got.replies[1]
