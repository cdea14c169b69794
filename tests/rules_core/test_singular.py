"""One day is "1 day": the rules core's sentences say "{days} days" ("Votre séjour de 1 jours", round 15)."""
import pytest

from rules_core.messages import singular


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Your stay of 1 days is shorter", "Your stay of 1 day is shorter"),
    ("fr", "Votre séjour de 1 jours est plus court", "Votre séjour de 1 jour est plus court"),
    ("nl", "Uw verblijf van 1 dagen is korter", "Uw verblijf van 1 dag is korter"),
    ("it", "Il Suo periodo di 1 giorni", "Il Suo periodo di 1 giorno"),
    ("fr", "Votre séjour de 21 jours", "Votre séjour de 21 jours"),
    ("en", "2 days, 11 days, 0.1 days", "2 days, 11 days, 0.1 days"),
])
def test_a_count_of_one_takes_the_singular(lang: str, text: str, expected: str) -> None:
    assert singular(text, lang) == expected
