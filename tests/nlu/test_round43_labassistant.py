"""Round 43: "Hoi, ik ben labo-assistent aan het ITG" was read with no status, so the staff contact (the
Education Office) was not given. A lab assistant, in four languages, is a staff member, as a lab
technician is."""
from __future__ import annotations

import pytest

from bot.nlu.extract import extract


def roles(text: str) -> list[str]:
    return [e["value"] for e in extract(text) if e["entity"] == "role"]


@pytest.mark.parametrize("text", [
    "Hoi, ik ben labo-assistent aan het ITG.", "I am a lab assistant at ITM",
    "je suis assistante de laboratoire à l'IMT", "sono assistente di laboratorio all'ITM",
])
def test_a_lab_assistant_is_staff(text):
    assert roles(text) == ["staff"]


@pytest.mark.parametrize("text", ["I'm a PhD student at ITM", "ik ben masterstudent aan het ITG"])
def test_students_keep_their_role(text):
    assert "staff" not in roles(text)
