"""The passed start and end checks say what holds, not what does not ("Uw start op 1 januari 2026 valt niet
voor 1 september 2024" read as a failure), in the four languages; and a call's status carries its mobility
window (the actions place a date said without a year inside it)."""

from __future__ import annotations

import pytest

from rules_core import call_status

from .helpers import ITM_STAFF, LUCCA, ev

START_ON_OR_AFTER = {"en": "is on or after", "fr": "respecte la première date de départ",
                     "nl": "valt op of na", "it": "rispetta la prima data di partenza"}
NEGATED = ("not before", "n'est pas antérieur", "valt niet", "non è prima")


@pytest.mark.parametrize("base", [ITM_STAFF, LUCCA])
@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_a_passed_start_or_end_check_is_said_positively(base: dict, lang: str) -> None:
    passed = {p["kind"]: p["explanation"] for p in ev(base, lang)["passed"]}
    assert START_ON_OR_AFTER[lang] in passed["start_not_before"], passed["start_not_before"]
    for text in (passed["start_not_before"], passed["end_not_after"]):
        assert not any(words in text for words in NEGATED), text


@pytest.mark.parametrize(("call", "first", "last"), [("imt-lucca-2015", "2016-02-01", "2016-09-30"),
                                                     ("itm-2024", "2024-09-01", "2026-07-31")])
def test_a_calls_status_carries_its_mobility_window(call: str, first: str, last: str) -> None:
    status = call_status(call, "2026-12-02")
    assert (status["mobility_from"], status["mobility_to"]) == (first, last)
