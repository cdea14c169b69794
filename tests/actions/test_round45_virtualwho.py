"""Round 44: "do I have to organise the virtual part myself?" (the part named in the same message) got "Yes:
your blended mobility has its compulsory virtual component": "do I have to" read as whether the part is
required. The call does not say who organises it; it is said so, with whom to ask, in four languages."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play
from tests.actions.test_round43_virtualwho import BLENDED, SAID

# The organiser question or the "who requests it" answer (actions/whoasks.py) may answer: both say the call is
# silent on who does it, and neither opens with a yes.
NOT_SAID = {"en": "The call does not say who", "fr": "L'appel ne dit pas qui",
            "nl": "De oproep zegt niet wie",
            "it": "Il bando non dice chi"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "do I have to organise the virtual part myself?"),
    ("en", "must I set up the online component myself?"),
    ("nl", "moet ik het virtuele deel zelf regelen?"),
    ("it", "devo organizzare io la parte virtuale?"),
    ("fr", "est-ce que je dois organiser la partie virtuelle moi-même ?"),
])
async def test_organising_the_virtual_part_is_not_read_as_required(monkeypatch, lang, text):
    got = await play(monkeypatch, {**BLENDED, "language": lang}, [(text, "nlu_fallback")], "2025-10-01",
                     user_event="before")
    assert got.replies[-1].startswith(NOT_SAID[lang]), got.replies[-1]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "do I have to do the virtual part?", "Yes"),
    ("nl", "is het virtuele deel verplicht?", "Ja"),
])
async def test_whether_the_virtual_part_is_required_keeps_its_yes(monkeypatch, lang, text, said):
    got = await play(monkeypatch, {**BLENDED, "language": lang}, [(text, "nlu_fallback")], "2025-10-01",
                     user_event="before")
    assert got.replies[-1].startswith(said), got.replies[-1]
    assert SAID[lang] not in got.replies[-1]
