"""Pure helpers of the fact reading: calendar ends of durations and the reply language."""
from __future__ import annotations

import datetime as dt

import pytest

from actions.language import detect
from actions.profile import end_from_duration


def test_end_from_duration_uses_calendar_months():
    assert end_from_duration(dt.date(2026, 1, 31), "P1M") == dt.date(2026, 2, 27)
    assert end_from_duration(dt.date(2026, 3, 1), "P3M") == dt.date(2026, 5, 31)
    assert end_from_duration(dt.date(2026, 3, 2), "P3D") == dt.date(2026, 3, 4)
    assert end_from_duration(dt.date(2026, 3, 2), "P2W") == dt.date(2026, 3, 15)
    assert end_from_duration(dt.date(2026, 3, 2), "nonsense") is None


def test_runs_of_letters_do_not_decide_the_language():
    from actions.language import detect

    assert detect("I am Belgian " + "x" * 100000, "en") == "en"
    assert detect("Ik ben Belg " + "x" * 5000, "nl") == "nl"


def test_institution_names_do_not_decide_the_language():
    assert detect("And for ITM Antwerp?", "en") == "en"
    assert detect("Quelle est la date limite de l'appel Erasmus+ de l'IMT Anvers ?", "en") == "fr"
    assert detect("IMT Lucca", "it") == "it"


def test_the_loanword_deadline_does_not_decide_the_language():
    assert detect("Wat is de deadline?", "en") == "nl"
    assert detect("What is the deadline?", "nl") == "en"
    assert detect("qual è la deadline?", "en") == "it"


@pytest.mark.parametrize(("text", "lang"), [("ça va ?", "fr"), ("va bene", "it"), ("come va?", "it")])
def test_short_greetings_vote_for_their_language(text: str, lang: str) -> None:
    # "va" is French ("ça va") and Italian ("va bene"): only the unambiguous word decides.
    assert detect(text, "en") == lang


def test_a_short_reply_keeps_the_conversation_language_on_a_tie() -> None:
    assert detect("so can I go?", "en") == "en"  # "so" votes Italian, "can" and "go" English
    assert detect("so am I eligible?", "en") == "en"
