"""A host said to hold an ECHE is a university: the Erasmus Charter for Higher Education is awarded to higher
education institutions only. Round 27: "Het is een universitair ziekenhuis, maar ze hebben wel een ECHE" (the
Charité) turned a university host into a public body, and "not eligible: only a higher education
institution" followed. A university hospital without that word stays a hospital (round 21, "Oslo University
Hospital")."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

NOT_A_UNIVERSITY = ("public_body", "research_institute", "foundation", "ngo", "enterprise")


def eche_holder_is_university(tracker: Tracker, values: dict[str, Any]) -> None:
    """In `values`, a host read as another kind in the message that also says it holds an ECHE is a university
    (or stays one)."""
    if values.get("receiving_org_has_eche") is not True:
        return
    if values.get("receiving_org") in NOT_A_UNIVERSITY:
        values["receiving_org"] = "hei"
