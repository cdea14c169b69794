"""Round 29 (Swiss TPH): a demonym inside an organisation's name ("bij swiss tph", "the French Red Cross",
"l'Istituto Svizzero") is no nationality; a nationality needs words about the person ("I'm Swiss", "ik ben
Zwitserse", "je suis suisse", "sono svizzera", "nationality: Belgian", "MSc student at ITM, Belgian", a
demonym alone). Before, "een stage in basel bij swiss tph" noted Swiss nationality: "not eligible"."""
from __future__ import annotations

import pytest

from bot.nlu.extract import extract


def citizenships(text: str) -> list[str]:
    return [e["value"] for e in extract(text) if e["entity"] == "country" and e.get("role") == "citizenship"]


@pytest.mark.parametrize("text", [
    "hoi! ik studeer aan het ITG in antwerpen en wil een stage doen in basel bij swiss tph. kan dat?",
    "ok duidelijk. moet swiss tph eigenlijk een overeenkomst hebben met het itg of zo?",
    "ik wil stage lopen bij het belgische rode kruis",
    "I'd like an internship at swiss tph in Basel",
    "does swiss tph need an agreement with ITM?",
    "a traineeship with the french red cross in Paris",
    "je voudrais faire un stage au swiss tph à Bâle",
    "un stage à la croix-rouge française",
    "vorrei fare un tirocinio allo swiss tph di Basilea",
    "un tirocinio all'istituto svizzero di roma",
    "will my grades from abroad be converted to the belgian scale?",
])
def test_a_demonym_in_a_name_or_of_a_thing_is_no_nationality(text):
    assert citizenships(text) == []


@pytest.mark.parametrize(("text", "held"), [
    ("I'm Swiss", ["CH"]),
    ("I am not Swiss, I'm Belgian", ["CH", "BE"]),  # the "not" is read by actions/negated.py
    ("ik ben Zwitserse", ["CH"]),
    ("ik ben zelf Nederlandse", ["NL"]),
    ("huh nee ik ben belgisch hoor, niet zwitsers", ["BE", "CH"]),
    ("je suis suisse", ["CH"]),
    ("je suis moi-même belge", ["BE"]),
    ("je suis doctorante italienne", ["IT"]),
    ("sono svizzera", ["CH"]),
    ("sono anch'io italiana", ["IT"]),
    ("una studentessa belga", ["BE"]),
    ("Belgian", ["BE"]),
    ("nationality: Belgian", ["BE"]),
    ("a Belgian PhD student", ["BE"]),
    ("hi! MSc student at ITM, not staff, Belgian", ["BE"]),
    ("hoi, PhD-student van IMT Lucca hier, Belg", ["BE"]),
    ("I hold Ghanaian and British passports", ["GH", "GB"]),
    ("ik heb ALLEEN de belgische nationaliteit. geen zwitserse.", ["BE", "CH"]),
    ("I'm Belgian and my traineeship is at swiss tph", ["BE"]),
])
def test_a_nationality_said_of_the_person_is_still_read(text, held):
    assert citizenships(text) == held


def test_a_university_s_nationality_is_still_the_destination():
    found = extract("a traineeship at a Swiss university")
    assert [(e["value"], e.get("role")) for e in found if e["entity"] == "country"] == [("CH", "destination")]
