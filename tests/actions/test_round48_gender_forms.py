"""Round 47 left "Se si fosse candidato/a in tempo" to a woman who had said "sono italiana": every slashed
Italian form ("idoneo/a") and bracketed French form ("diplômé(e)") in the assistant's texts has a feminine
and a masculine form in actions/locales/phrases.yaml, so the reply is put in the person's gender
("doctorant(e)" became "doctorante(e)" for a woman)."""
from __future__ import annotations

import glob
import re
from pathlib import Path

import pytest

from actions.phrases import FORMS, gendered

REPO = Path(__file__).resolve().parents[2]
SLASHED = {"it": re.compile(r"\b\w+o/a\b"), "fr": re.compile(r"\b\w+\(e\)")}


def _texts() -> str:
    paths = [REPO / "actions/locales/it.yaml", REPO / "actions/locales/fr.yaml",
             *map(Path, glob.glob(str(REPO / "rules_core/calls/**/*.yaml"), recursive=True))]
    return "\n".join(p.read_text(encoding="utf-8") for p in paths)


@pytest.mark.parametrize("lang", ["it", "fr"])
@pytest.mark.parametrize("gender", ["f", "m"])
def test_every_form_with_both_genders_has_each(lang, gender):
    found = set(SLASHED[lang].findall(_texts()))
    assert found, "no slashed form found: update this test if the texts changed"
    missing = sorted(f for f in found if f not in FORMS[gender][lang])
    assert not missing, missing


def test_the_hypothetical_intro_to_a_woman():
    text = "Se si fosse candidato/a in tempo, ecco che cosa si sarebbe applicato:"
    assert gendered(text, "it", "f") == "Se si fosse candidata in tempo, ecco che cosa si sarebbe applicato:"
    assert gendered(text, "it", "m") == "Se si fosse candidato in tempo, ecco che cosa si sarebbe applicato:"
