"""The vocabulary types of a call file and whom a rule, note or figure applies to (`AppliesTo`)."""

from __future__ import annotations

from typing import Literal

from .model_base import Strict
from .vocab import ACTIVITIES, BOOL_FIELDS, FIELDS, LANGS, RECEIVING_ORGS, ROLES, SET_STATUSES

Role = Literal[ROLES]  # type: ignore[valid-type]
Activity = Literal[ACTIVITIES]  # type: ignore[valid-type]
Org = Literal[RECEIVING_ORGS]  # type: ignore[valid-type]
ProfileField = Literal[FIELDS]  # type: ignore[valid-type]
BoolField = Literal[BOOL_FIELDS]  # type: ignore[valid-type]
Lang = Literal[LANGS]  # type: ignore[valid-type]
SetStatus = Literal[SET_STATUSES]  # type: ignore[valid-type]



class AppliesTo(Strict):
    roles: list[Role] | None = None
    activities: list[Activity] | None = None
    not_activities: list[Activity] | None = None
    destination_sets: list[str] | None = None
    not_destination_sets: list[str] | None = None
    receiving_orgs: list[Org] | None = None
    flags: dict[BoolField, bool] | None = None  # a misspelt fact is refused here, not a crash per profile
    destination_in_citizenship: bool | None = None
    # The plan names more than one destination place (two countries, or two cities): profile
    # `several_places`, said by the person's words, unknown (the note not said) when they named one place.
    several_places: bool | None = None
