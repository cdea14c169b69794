"""Round 42: "Candidandosi come membro del personale, non come dottoranda/a": the lower-case "dottorando/a" of
a sentence was put in the feminine as "dottoranda/a" (only "dottorando" was in the table)."""
from __future__ import annotations

import pytest

from actions.phrases import gendered

SAID = "Candidandosi come membro del personale, non come dottorando/a."


@pytest.mark.parametrize(("gender", "form"), [("f", "non come dottoranda."), ("m", "non come dottorando.")])
def test_the_slashed_form_takes_the_persons_gender(gender, form):
    assert gendered(SAID, "it", gender).endswith(form)


def test_without_a_gender_the_slashed_form_stays():
    assert gendered(SAID, "it", None) == SAID
