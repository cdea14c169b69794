"""The grant part of a call file: its components (amounts by kind), notes, and how days are counted."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import model_validator

from .model_audience import AppliesTo
from .model_base import Referenced, Strict, Text


class Note(Strict):
    id: str
    applies_to: AppliesTo = AppliesTo()
    text: Text
    source: str
    # A grant note that is an amount on top of the grant ("traineeships receive a top-up of 150 EUR per
    # month"): listed in the decision's `grant.top_ups`, so "do trainees get a top-up?" is answered by it.
    top_up: bool = False
    # A top-up for a group of people the profile does not record ("students with fewer opportunities"): never
    # in the plan's notes or top-ups, listed in `grant.group_top_ups` for "is there a top-up for them?".
    for_group: Literal["fewer_opportunities"] | None = None
    # The note said again in a few words once it was said in full in the conversation ("No separate travel
    # support for Switzerland ..."): in the decision's `grant.notes_short`, "{country}" the destination.
    short: Text | None = None
    # A top-up note's figure per month (the reference's EU-wide 150 EUR for traineeships), for a rough sum
    # with a reference rate (grant.reference_rate); never one of the call's own amounts.
    monthly_eur: float | None = None


# The params each grant component kind needs (grants.py reads them); `note` is allowed with any kind.
GRANT_PARAMS: dict[str, tuple[str, ...]] = {
    "monthly_by_group": ("rates",),
    "travel_band": ("bands",),
    "daily_tiered": ("tiers",),
    "monthly_flat": ("rate",),
    "unpublished": (),
    "no_travel": (),
}
# Params a kind may take besides those: an unpublished amount's reference rates per country set
# ({set: EUR per month}, an older national-agency table labelled in its `note`): grant.reference_rate.
# An unpublished amount's EU-wide share of its daily rate by day (`daily_shares`: {tiers: [[up to day N,
# percent], ...], reference, confidence}): grant.daily_shares, the person's days in each tier.
OPTIONAL_PARAMS: dict[str, tuple[str, ...]] = {"unpublished": ("reference_rates", "daily_shares")}


class GrantComponent(Referenced):
    kind: Literal[
        "monthly_by_group", "travel_band", "daily_tiered", "monthly_flat", "unpublished", "no_travel"
    ]
    applies_to: AppliesTo = AppliesTo()
    params: dict[str, Any] = {}
    label: Text | None = None
    not_applicable_note: Text | None = None
    top_up: bool = False  # its line is an amount on top of the grant (`grant.top_ups`), as for a Note

    @model_validator(mode="after")
    def _known_params(self) -> GrantComponent:
        # A misspelt `rat:` must be refused here, not found by the first person whose grant is computed.
        needed = GRANT_PARAMS[self.kind]
        missing = [p for p in needed if p not in self.params]
        unknown = [p for p in self.params if p not in needed and p != "note"
                   and p not in OPTIONAL_PARAMS.get(self.kind, ())]
        problems = [f"params.{p}: needed by kind {self.kind}" for p in missing]
        problems += [f"params.{p}: unknown for kind {self.kind} (it takes: {', '.join(needed) or 'none'}"
                     f"{', note' if needed else ''})" for p in unknown]
        rates = self.params.get("reference_rates")
        if rates is not None and not (isinstance(rates, dict) and all(
                isinstance(v, int | float) and not isinstance(v, bool) for v in rates.values())):
            problems.append("params.reference_rates: expected {country set: EUR per month}")
        shares = self.params.get("daily_shares")
        if shares is not None and not _shares_ok(shares):
            problems.append("params.daily_shares: expected {tiers: [[up to day N, percent], ...], reference, "
                            "confidence}")
        if problems:
            raise ValueError("; ".join(problems))
        return self


def _shares_ok(shares: Any) -> bool:
    """{tiers: [[up to day N, percent], ...] rising, reference, confidence} (rules_core/dailyshares.py)."""
    from .vocab import CONFIDENCES

    if not isinstance(shares, dict) or set(shares) != {"tiers", "reference", "confidence"}:
        return False
    tiers = shares["tiers"]
    ok = isinstance(tiers, list) and bool(tiers) and all(
        isinstance(x, list) and len(x) == 2 and all(isinstance(v, int) and not isinstance(v, bool) for v in x)
        for x in tiers)
    return ok and [x[0] for x in tiers] == sorted({x[0] for x in tiers}) \
        and isinstance(shares["reference"], str) and shares["confidence"] in CONFIDENCES


class DayCount(Referenced):
    """Where the call (or the reference) says how the funded days are counted. `method` names the count the
    engine applies (dates.days360: every month 30 days, a year 360); it is the only one it knows, so a call
    cannot name another and be counted otherwise without a word."""

    method: Literal["30/360"] = "30/360"


class Grant(Strict):
    amounts_published: bool
    basis: Text
    components: list[GrantComponent] = []
    notes: list[Note] = []
    # Optional: a call that gives none is still counted 30/360; its decisions then name no source for it.
    day_count: DayCount | None = None
