"""bot/faults.yml: every text in the four languages, and contacts that still match the call files.

bot/ runs in Rasa's environment and cannot import rules_core, so the fault replies carry a copy of each call's
general contact; this test fails when a call file's contact changes and the copy does not.
"""

from __future__ import annotations

import re

import pytest

from bot import faults
from rules_core import get_call

KINDS = ("action_unavailable", "too_long", "or")


@pytest.mark.parametrize("kind", KINDS)
def test_every_text_exists_in_the_four_languages(kind: str) -> None:
    assert set(faults.texts()[kind]) == set(faults.LANGUAGES)


@pytest.mark.parametrize("call_id", ["itm-2024", "imt-lucca-2015"])
def test_the_contacts_are_the_call_files_contacts_for_everyone(call_id: str) -> None:
    copied = faults.texts()["contacts"][call_id]
    for_everyone = [c for c in get_call(call_id).contacts if not c.audience and c.email]
    assert for_everyone, call_id
    for contact in for_everyone:
        assert contact.email in copied
        if contact.name:
            assert contact.name in copied
        if contact.phone:
            assert contact.phone in copied
    assert set(faults.texts()["contacts"]) == {"itm-2024", "imt-lucca-2015"}


@pytest.mark.parametrize("lang", faults.LANGUAGES)
def test_the_reply_names_the_call_contact_or_both(lang: str) -> None:
    lucca = faults.message("action_unavailable", lang, "imt-lucca-2015")
    assert "erasmus@imtlucca.it" in lucca and "itg.be" not in lucca
    unknown = faults.message("action_unavailable", lang, None)
    assert "erasmus@imtlucca.it" in unknown and "erasmusplusmobility@itg.be" in unknown
    assert not re.search(r"[{}]", unknown)


def test_an_unknown_language_falls_back_to_english() -> None:
    assert faults.message("action_unavailable", "de", "itm-2024").startswith("Sorry, I can't check")
    assert "3000" in faults.message("too_long", None, length=3000, limit=2000)
