"""Round 56, an IMT Lucca PhD student planning a traineeship in Vienna in 2027 (the 2015/2016 call ended):
"host is University of Vienna btw, not just the city. and dates roughly 3 march to 27 june" got "Updated:
start date: 1 March 2027 → 3 March 2027; end date: 30 June 2027 → 27 June 2027", as exact, and the e-mail
summary gave "Dates: 1 March 2027 to 30 June 2027" for "march-june 2027" (days the assistant had taken
itself). Now a hedged date is said back as "about 3 March 2027" and the summary says the dates are
approximate; a date said exactly again is exact."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2026-12-05"
PLAN = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "AT",
        "destination_city": "Vienna", "start_date": "2027-03-01", "end_date": "2027-06-30",
        "citizenship": ["PL"], "prior_erasmus_months": 0, "closed_told": "imt-lucca-2015>after"}

ROUGHLY = {
    "en": ("host is University of Vienna btw, not just the city. and dates roughly 3 march to 27 june",
           "start date: 1 March 2027 → about 3 March 2027; end date: 30 June 2027 → about 27 June 2027",
           "who handles Erasmus at IMT?",
           "Dates: roughly 3 March 2027 to 27 June 2027 (the exact days are not fixed yet)."),
    "fr": ("l'accueil c'est l'Université de Vienne, pas juste la ville. et les dates : environ du 3 mars au "
           "27 juin",
           "date de début: 1er mars 2027 → vers le 3 mars 2027; date de fin: 30 juin 2027 → vers le 27 juin "
           "2027",
           "qui s'occupe d'Erasmus à l'IMT ?",
           "Dates : environ du 3 mars 2027 au 27 juin 2027 (les jours exacts ne sont pas encore fixés)."),
    "nl": ("de gastinstelling is de Universiteit Wenen, niet alleen de stad. en de data: ongeveer van 3 "
           "maart tot 27 juni",
           "begindatum: 1 maart 2027 → rond 3 maart 2027; einddatum: 30 juni 2027 → rond 27 juni 2027",
           "wie regelt Erasmus bij IMT?",
           "Data: ongeveer 3 maart 2027 tot 27 juni 2027 (de exacte dagen liggen nog niet vast)."),
    "it": ("l'ente ospitante è l'Università di Vienna, non solo la città. e le date: più o meno dal 3 "
           "marzo al 27 giugno",
           "data di inizio: 1 marzo 2027 → verso il 3 marzo 2027; data di fine: 30 giugno 2027 → verso il 27 "
           "giugno 2027",
           "chi si occupa dell'Erasmus all'IMT?",
           "Date: all'incirca dal 3 marzo 2027 al 27 giugno 2027 (i giorni esatti non sono ancora fissati)."),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_dates_said_roughly_are_noted_and_summarised_as_approximate(monkeypatch, lang):
    told, noted, contact, summary = ROUGHLY[lang]
    got = await play(monkeypatch, {**PLAN, "language": lang}, [(told, "inform"), (contact, "ask_contact")],
                     TODAY, user_event="parsed", keep_slot_events=True)
    assert noted in got.replies[0], got.replies
    assert summary in got.replies[1].split("\n"), got.replies
    assert got.slots["start_date"] == "2027-03-03" and got.slots["end_date"] == "2027-06-27"


async def test_month_only_dates_are_not_summarised_as_exact(monkeypatch):
    got = await play(monkeypatch, {"call": "imt-lucca-2015", "language": "en",
                                   "closed_told": "imt-lucca-2015>after"},
                     [("ok. when is the next one? I want a traineeship at uni of Vienna march-june 2027",
                       "out_of_scope"), ("who handles Erasmus at IMT?", "ask_contact")],
                     TODAY, user_event="parsed", keep_slot_events=True)
    assert "Dates: roughly 1 March 2027 to 30 June 2027 (the exact days are not fixed yet)." \
        in got.replies[1].split("\n"), got.replies


async def test_dates_said_exactly_again_are_exact(monkeypatch):
    contact = ("who handles Erasmus at IMT?", "ask_contact")
    got = await play(monkeypatch, {**PLAN, "language": "en"},
                     [("dates roughly 3 march to 27 june", "inform"), contact,
                      ("the dates are fixed now: 3 march to 27 june 2027", "inform"), contact],
                     TODAY, user_event="parsed", keep_slot_events=True)
    assert "Dates: roughly 3 March 2027 to 27 June 2027 (the exact days are not fixed yet)." \
        in got.replies[1].split("\n"), got.replies
    assert "Dates: 3 March 2027 to 27 June 2027." in got.replies[-1].split("\n"), got.replies


async def test_a_place_after_vers_is_no_hedge(monkeypatch):
    got = await play(monkeypatch, {**PLAN, "language": "fr"},
                     [("je pars vers Vienne du 3 mars au 27 juin", "inform"),
                      ("plutôt environ du 5 mars au 25 juin", "inform")],
                     TODAY, user_event="parsed", keep_slot_events=True)
    assert "→ 3 mars 2027" in got.replies[0] and "vers le" not in got.replies[0], got.replies
    assert "→ vers le 5 mars 2027" in got.replies[1], got.replies
