"""Property tests over arbitrary profiles (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rules_core import InvalidProfile, evaluate
from rules_core.vocab import ACTIVITIES, BOOL_FIELDS, FIELDS, RECEIVING_ORGS, ROLES

from .helpers import LUCCA

COUNTRIES = [
    "ES",
    "FR",
    "Italy",
    "Belgium",
    "Türkiye",
    "FYROM",
    "UK",
    "Kenya",
    "Brazil",
    "Switzerland",
    "DE",
    "Hungary",
    "Norway",
    "Kosovo",
    "USA",
    "Lithuania",
]
dates = st.dates(min_value=date(2015, 6, 1), max_value=date(2027, 6, 1))
maybe = st.none() | st.just(None)


@st.composite
def profiles(draw: st.DrawFn) -> dict[str, Any]:
    p: dict[str, Any] = {"call": draw(st.sampled_from(["itm-2024", "imt-lucca-2015"]))}
    p["as_of"] = draw(dates).isoformat()
    optional = {
        "role": st.sampled_from(ROLES),
        "activity": st.sampled_from(ACTIVITIES),
        "receiving_org": st.sampled_from(RECEIVING_ORGS),
        "destination": st.sampled_from(COUNTRIES),
        "country_of_origin": st.sampled_from(COUNTRIES),
        "citizenship": st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=2),
        "application_date": dates.map(date.isoformat),
        "graduation_date": dates.map(date.isoformat),
        "prior_erasmus_months": st.integers(0, 14) | st.floats(0, 14, allow_nan=False),
        **{b: st.booleans() for b in BOOL_FIELDS},
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            p[key] = draw(strategy)
    if draw(st.booleans()):
        start = draw(dates)
        p["start_date"] = start.isoformat()
        p["end_date"] = (start + timedelta(days=draw(st.integers(0, 420)))).isoformat()
    return p


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles(), st.sampled_from(["en", "fr", "nl", "it"]))
def test_failing_rule_never_eligible_and_explained(profile: dict[str, Any], lang: str) -> None:
    d = evaluate(profile, lang)
    if d["failed"]:
        assert d["verdict"] == "not_eligible"
    elif d["missing"]:
        assert d["verdict"] == "incomplete"
    else:
        assert d["verdict"] == "eligible"
    for entry in d["failed"] + d["passed"]:
        assert entry["explanation"] and "{" not in entry["explanation"], entry
        assert entry["source"]


@settings(max_examples=150, deadline=None)
@given(profiles())
def test_explanations_exist_for_every_failure_in_every_language(profile: dict[str, Any]) -> None:
    by_lang = {lang: evaluate(profile, lang) for lang in ("en", "fr", "nl", "it")}
    rules = [[f["rule"] for f in d["failed"]] for d in by_lang.values()]
    assert all(r == rules[0] for r in rules)
    for i in range(len(rules[0])):
        texts = [d["failed"][i]["explanation"] for d in by_lang.values()]
        assert all(t.strip() for t in texts)


junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        junk,
        st.dictionaries(
            st.sampled_from(list(FIELDS)), junk | st.sampled_from(COUNTRIES + list(ROLES)), max_size=8
        ).map(lambda d: {"call": "itm-2024", **d} if "call" not in d else d),
    )
)
def test_evaluate_never_raises_except_invalid_profile(profile: Any) -> None:
    try:
        d = evaluate(profile)
    except InvalidProfile as e:
        assert str(e) and "\n" not in str(e)
        return
    assert d["verdict"] in ("eligible", "not_eligible", "incomplete")


@settings(max_examples=200, deadline=None)
@given(
    st.integers(0, 240),
    st.integers(1, 60),
    st.sampled_from(["study", "traineeship"]),
    st.sampled_from(["France", "Spain", "Lithuania", "Norway"]),
)
def test_longer_stay_never_lowers_the_lucca_grant(length: int, extra: int, activity: str, dest: str) -> None:
    start = date(2016, 2, 1)
    short = {
        **LUCCA,
        "activity": activity,
        "destination": dest,
        "start_date": start.isoformat(),
        "end_date": (start + timedelta(days=length)).isoformat(),
    }
    long = {**short, "end_date": (start + timedelta(days=length + extra)).isoformat()}
    a, b = evaluate(short)["grant"], evaluate(long)["grant"]
    assert b["days"] >= a["days"]
    assert b["total_eur"] >= a["total_eur"]
