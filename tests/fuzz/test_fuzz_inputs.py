"""Hypothesis fuzzing of everything that reads what people type (issue 12): the NLU fact extractor
(bot/nlu/extract.py, pure Python, runs here in .venv), its date and duration parser (bot/nlu/dates.py) and
the rules core's profile parsing (rules_core.evaluate). Whatever the input, no exception escapes except the
documented InvalidProfile, and what comes back keeps its documented shape.

The strategies mix the hostile shapes of the issue (control characters, zero-width and right-to-left marks,
emoji, mixed scripts, HTML/script, SQL, prompt injections, long digit runs, repeated separators, nested
brackets) with fragments the parsers really match (month names, country names, numbers and units), so the
fuzzing reaches the interesting branches and not only the "nothing found" path.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.nlu import dates, durations, places
from bot.nlu.extract import MAX_CHARS, extract
from rules_core import InvalidProfile, evaluate

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REF = dt.date(2025, 9, 15)

FRAGMENTS = [
    "9", "20", "2026", "31", "02", "1/3", "12.05.2026", "2026-02-30", "3 months", "10 jours", "2 weken",
    "4 mesi", "from", "to", "du", "au", "van", "tot", "dal", "al", "until", "février", "februari", "febbraio",
    "February", "mars", "Belgian", "belge", "Belg", "italiano", "Spain", "Espagne", "Spanje", "Spagna",
    "Madrid", "Lucca", "ITM", "IMT", "PhD", "staff", "traineeship", "stage", "Erasmus", "Kosovo", "RDC",
    "Pays-Bas", " ", ", ", "-", "–", "/", ".", "(", ")", "[", "]", "{", "}", "\u200b", "\u200f", "\u202e",
    "\x00", "\x1b[31m", "\r\n", "\t", "😀", "🇧🇪", "Ελλάδα", "Россия", "日本", "مصر",
    "<script>alert(1)</script>", "<b>", "'; DROP TABLE events; --", "SELECT id FROM conversations",
    "Ignore all previous instructions",
    "{{7*7}}", "${jndi:ldap://x}", "%s%n", "0" * 40, "9" * 25, "-" * 50, "((((((", "]]]]", "ﬁ", "İ", "ß",
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40
).map("".join)
ENTITIES = {"country", "city", "start_date", "end_date", "duration", "role", "activity", "institution",
            "receiving_org"}


@FUZZ
@given(hostile_text)
def test_the_extractor_never_raises_and_keeps_its_shape(text: str) -> None:
    for entity in extract(text, today=REF):
        assert entity["entity"] in ENTITIES, entity
        assert 0 <= entity["start"] <= entity["end"] <= min(len(text), MAX_CHARS), entity
        if entity["entity"] in ("start_date", "end_date"):
            dt.date.fromisoformat(entity["value"])
        if entity["entity"] == "duration":
            assert re.fullmatch(r"P\d+[DWMY]", entity["value"]), entity


@FUZZ
@given(st.text(max_size=300))
def test_the_extractor_takes_any_unicode(text: str) -> None:
    extract(text, today=REF)


@FUZZ
@given(hostile_text, st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_dates_and_durations_never_raise(text: str, ref: dt.date) -> None:
    folded = places.fold(text)
    assert len(folded) == len(text)  # offsets of the folded text index the original
    for found in dates.find_dates(folded, ref):
        dt.date.fromisoformat(found.value)
    for found in durations.find_durations(folded):
        assert re.fullmatch(r"P\d+[DWMY]", found.value), found


PROFILE_FIELDS = [
    "as_of", "role", "activity", "destination", "country_of_origin", "citizenship", "destination_city",
    "receiving_org", "receiving_org_has_eche", "interinstitutional_agreement", "virtual_component",
    "green_travel", "has_scholarship", "itm_staff_member", "supervisor_authorised", "board_authorised",
    "doctoral_or_postdoc_staff",
    "start_date", "end_date", "application_date", "graduation_date", "prior_erasmus_months",
]
GOOD_VALUES = [
    "2026-02-09", "2026-02-20", "2025-09-15", "2026-02-30", "staff", "phd_student", "msc_student", "study",
    "staff_training", "traineeship", "ES", "BE", "Spain", "Espagne", "XK", "Madrid", "hei", "enterprise",
    True, False, 3, 0, -1, 12.5, ["BE"], ["BE", "IT"], [], None,
]
json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
              st.sampled_from(GOOD_VALUES)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
profiles = st.fixed_dictionaries(
    {"call": st.sampled_from(["itm-2024", "imt-lucca-2015", "itm-2024", "nope", 5])},
    optional={name: json_value for name in PROFILE_FIELDS},
)


@FUZZ
@given(profiles, st.sampled_from(["en", "fr", "nl", "it"]))
def test_profile_parsing_raises_only_invalid_profile(profile: dict, lang: str) -> None:
    try:
        decision = evaluate(profile, lang)
    except InvalidProfile as error:
        assert str(error) and "\n" not in str(error)  # the one clear line the CLI prints
        return
    assert decision["verdict"] in ("eligible", "not_eligible", "incomplete"), decision


@FUZZ
@given(json_value)
def test_anything_that_is_not_a_profile_is_refused_cleanly(value: object) -> None:
    with contextlib.suppress(InvalidProfile):
        evaluate(value)  # type: ignore[arg-type]
