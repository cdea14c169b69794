"""The building blocks of a call's models: strict models, texts in four languages, sourced figures and dated
parameters (the values behind `$name`; the engine reads them through params.py)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .params import ALWAYS

Confidence = Literal["high", "med-high", "med", "low"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """A sentence in the four languages; English is required and is the fallback."""

    en: str
    fr: str | None = None
    nl: str | None = None
    it: str | None = None

    def get(self, lang: str) -> str:
        return getattr(self, lang, None) or self.en


class Referenced(Strict):
    """Where a figure comes from: a seed section heading (`source`) or the reference page + confidence."""

    source: str | None = None
    reference: str | None = None
    confidence: Confidence | None = None

    @model_validator(mode="after")
    def _has_origin(self) -> Referenced:
        if not self.source and not self.reference:
            raise ValueError("needs a `source` (seed section) or a `reference` (erasmus-figures.md, section)")
        if self.reference and not self.confidence:
            raise ValueError("a `reference` figure needs a `confidence` (high, med-high, med, low)")
        return self


class DatedValue(Referenced):
    """One dated line of a parameter: the value from that date on, with where it comes from."""

    value: Any
    note: str | None = None


class Parameter(Strict):
    """A series of dated values (see params.py); the short form `{value, source|reference, note}` is one
    line in force since always."""

    values: dict[date, DatedValue] = Field(min_length=1)
    description: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _short_form(cls, data: Any) -> Any:
        if isinstance(data, dict) and "value" in data:
            if "values" in data:
                raise ValueError("give either `value` (one value) or `values` (dated values), not both")
            line = {k: v for k, v in data.items() if k != "description"}
            return {"values": {date.fromisoformat(ALWAYS): line}, "description": data.get("description")}
        return data

    @field_validator("values")
    @classmethod
    def _in_order(cls, v: dict[date, DatedValue]) -> dict[date, DatedValue]:
        days = list(v)
        if days != sorted(days):
            raise ValueError(f"dates out of order: {', '.join(d.isoformat() for d in days)} (oldest first)")
        return v

    @property
    def latest(self) -> DatedValue:
        return self.values[max(self.values)]

    @property
    def value(self) -> Any:
        """The latest value (the engine picks the one in force on the mobility's date)."""
        return self.latest.value

    @property
    def source(self) -> str | None:
        return self.latest.source

    @property
    def reference(self) -> str | None:
        return self.latest.reference

    @property
    def confidence(self) -> str | None:
        return self.latest.confidence
