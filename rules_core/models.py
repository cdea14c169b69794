"""Pydantic v2 models of a call file. Validation happens once per file (then cached), never per profile."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, field_validator, model_validator

from .checks import date_order
from .kinds import KINDS, REQUIRED_PARAMS
from .model_base import Parameter, Referenced, Strict, Text
from .vocab import (
    ACTIVITIES,
    BOOL_FIELDS,
    FIELDS,
    LANGS,
    PRIORITY_FIELDS,
    RECEIVING_ORGS,
    ROLES,
    SET_STATUSES,
    TOPICS,
)

Role = Literal[ROLES]  # type: ignore[valid-type]
Activity = Literal[ACTIVITIES]  # type: ignore[valid-type]
Org = Literal[RECEIVING_ORGS]  # type: ignore[valid-type]
ProfileField = Literal[FIELDS]  # type: ignore[valid-type]
BoolField = Literal[BOOL_FIELDS]  # type: ignore[valid-type]
Lang = Literal[LANGS]  # type: ignore[valid-type]
SetStatus = Literal[SET_STATUSES]  # type: ignore[valid-type]


def _country_code(v: str) -> str:
    """Names in the file are resolved to ISO alpha-2 codes; an unknown one is reported at its place."""
    from .countries import resolve_country

    return resolve_country(v)


CountryCode = Annotated[str, AfterValidator(_country_code)]


class CountrySet(Referenced):
    label: Text
    countries: list[CountryCode] = Field(min_length=1)
    status: SetStatus | None = None  # what the set is in the programme (EU member states, associated...)


class AppliesTo(Strict):
    roles: list[Role] | None = None
    activities: list[Activity] | None = None
    not_activities: list[Activity] | None = None
    destination_sets: list[str] | None = None
    not_destination_sets: list[str] | None = None
    receiving_orgs: list[Org] | None = None
    flags: dict[BoolField, bool] | None = None  # a misspelt fact is refused here, not a crash per profile
    destination_in_citizenship: bool | None = None


class WithApplication(Strict):
    """An authorisation the call's own application form carries (Lucca: "the application form, which includes
    ... the advisor's authorization ... by the deadline"): it is part of the application, due with it, not
    something given later. `text` says so in the call's terms; a rule without it leaves the timing unsaid."""

    text: Text
    source: str


class Rule(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: str
    applies_to: AppliesTo = AppliesTo()
    params: dict[str, Any] = {}
    fields: list[ProfileField] = []
    source: str
    message: dict[Lang, dict[str, str]] | None = None
    with_application: WithApplication | None = None

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, v: str) -> str:
        if v not in KINDS:
            raise ValueError(f"unknown rule kind {v!r}; known kinds: {', '.join(sorted(KINDS))}")
        return v

    @model_validator(mode="after")
    def _params(self) -> Rule:
        missing = [p for p in REQUIRED_PARAMS.get(self.kind, ()) if p not in self.params]
        if missing:
            raise ValueError(f"kind {self.kind} needs params: {', '.join(missing)}")
        return self


class Chat(Strict):
    """How the assistant names and recognises the call in conversation (no code change for a new call):
    `names` (the call in a sentence), `button` (the "which institution?" button), `covers` (what it funded,
    said once it has ended), in the four languages; `aliases`: names people use for the institution in any
    language ("itg", "anvers"), recognised in any message; `hints`: words that name it only as the answer to
    "which institution?" ("the Belgian one", "l'italiano"); `short`, `shared_names`: below. Matched as whole
    words, accents kept."""

    names: Text
    button: Text
    covers: Text
    aliases: list[str] = Field(min_length=1)
    hints: list[str] = []
    # The institution's name in a sentence listing the institutions ("for ITM Antwerp and IMT Lucca");
    # `names` without its years when absent.
    short: Text | None = None
    # Names this institution shares with another call's ("IMT"): alone, they make the assistant ask which.
    shared_names: list[str] = []

    @model_validator(mode="after")
    def _four_languages(self) -> Chat:
        for name in ("names", "button", "covers", "short"):
            text = getattr(self, name)
            if text is None:
                continue
            missing = [lang for lang in ("fr", "nl", "it") if not getattr(text, lang)]
            if missing:
                raise ValueError(f"{name}: missing in {', '.join(missing)}")
        return self


class Contact(Strict):
    role: str
    # The role in the other languages (fr, nl, it), so a French reply carries no English label.
    role_text: dict[str, str] = {}
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    fax: str | None = None
    audience: list[Role] = []
    source: str
    # A contact the call names without an address (a supervisor): say why; otherwise an `email` is required.
    no_email: str | None = None

    @model_validator(mode="after")
    def _has_address(self) -> Contact:
        if not self.email and not self.no_email:
            raise ValueError("a contact needs an `email` (or `no_email`: why the call gives no address)")
        return self


class Note(Strict):
    id: str
    applies_to: AppliesTo = AppliesTo()
    text: Text
    source: str
    # A grant note that is an amount on top of the grant ("traineeships receive a top-up of 150 EUR per
    # month"): listed in the decision's `grant.top_ups`, so "do trainees get a top-up?" is answered by it.
    top_up: bool = False


class Priority(Strict):
    """A selection priority ("priority goes to students without a scholarship"): whom it concerns
    (`applies_to`) and whom it favours (`favours`, read from the profile; absent when no fact of the profile
    tells), so "do I get priority?" gets a yes or no; `otherwise`: what still holds for those it does not
    favour ("you may still apply"), said with the no."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    applies_to: AppliesTo = AppliesTo()
    favours: AppliesTo | None = None
    text: Text
    otherwise: Text | None = None
    source: str


class TopicPart(Strict):
    """A topic's words for some roles only (the staff's selection criteria, the students'), with the section
    of the call they come from."""

    roles: list[Role]
    source: str
    text: Text


class Topic(Strict):
    source: str
    text: Text
    # The roles the topic is about (credits and grading concern students); empty for everyone.
    audience: list[str] = []
    # The topic for one role where the call says it per role: a student asking about the selection gets the
    # students' criteria, not the staff's too (round 25). `text` stays the answer for someone of no role.
    parts: list[TopicPart] = []

    def answer(self, lang: str = "en") -> str:
        return self.text.get(lang)

    def for_role(self, role: str | None) -> Topic:
        """The topic as said to someone of `role`: its part for that role, else the whole topic."""
        part = next((p for p in self.parts if role in p.roles), None) if role else None
        return self if part is None else Topic(source=part.source, text=part.text, audience=self.audience)


# The params each grant component kind needs (grants.py reads them); `note` is allowed with any kind.
GRANT_PARAMS: dict[str, tuple[str, ...]] = {
    "monthly_by_group": ("rates",),
    "travel_band": ("bands",),
    "daily_tiered": ("tiers",),
    "monthly_flat": ("rate",),
    "unpublished": (),
    "no_travel": (),
}


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
        unknown = [p for p in self.params if p not in needed and p != "note"]
        problems = [f"params.{p}: needed by kind {self.kind}" for p in missing]
        problems += [f"params.{p}: unknown for kind {self.kind} (it takes: {', '.join(needed) or 'none'}"
                     f"{', note' if needed else ''})" for p in unknown]
        if problems:
            raise ValueError("; ".join(problems))
        return self


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


class Deadlines(Strict):
    application_deadline: str | None = None
    apply_months_before: str | None = None
    mobility_end_by: str | None = None
    note: Text | None = None


class Home(Strict):
    country: str

    @field_validator("country")
    @classmethod
    def _resolve(cls, v: str) -> str:
        from .countries import resolve_country

        return resolve_country(v)

    city: str
    latitude: float
    longitude: float


class Call(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    institution: str
    title: str
    seed: str
    home: Home
    windows: dict[str, Any]
    parameters: dict[str, Parameter] = {}
    country_sets: dict[str, CountrySet]
    rules: list[Rule] = Field(min_length=1)
    deadlines: Deadlines
    grant: Grant
    contacts: list[Contact] = Field(min_length=1)
    notes: list[Note] = []
    topics: dict[str, Topic] = {}
    priorities: list[Priority] = []
    # A label per reply language for a section heading the call's text gives in another language
    # ("Allocations d'études" in an English reply: "Study grants"); the heading itself stays the `source`.
    headings: dict[str, dict[Lang, str]] = {}
    chat: Chat | None = None

    @field_validator("topics")
    @classmethod
    def _topic_keys(cls, v: dict[str, Topic]) -> dict[str, Topic]:
        unknown = sorted(set(v) - set(TOPICS))
        if unknown:
            raise ValueError(f"unknown topic keys {unknown}; allowed: {', '.join(TOPICS)}")
        return v

    @model_validator(mode="after")
    def _cross_refs(self) -> Call:
        problems: list[str] = []
        ids = [r.id for r in self.rules]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            problems.append(f"duplicate rule ids: {', '.join(dupes)}")
        for i, rule in enumerate(self.rules):
            sets = (
                (rule.params.get("sets") or [])
                + (rule.applies_to.destination_sets or [])
                + (rule.applies_to.not_destination_sets or [])
            )
            for s in sets:
                if s not in self.country_sets:
                    problems.append(f"rules[{i}] ({rule.id}): unknown country set {s!r}")
            for k, v in rule.params.items():
                if isinstance(v, str) and v.startswith("$") and v[1:] not in self.parameters:
                    problems.append(f"rules[{i}] ({rule.id}).params.{k}: unknown parameter {v!r}")
            # A priority-only fact in a rule would change verdicts and be asked by the form.
            read = {*rule.fields, *(rule.applies_to.flags or {}), rule.params.get("field")}
            problems += [f"rules[{i}] ({rule.id}): {f} is read by priorities only, never by a rule"
                         for f in PRIORITY_FIELDS if f in read]
        for k, v in self.deadlines.model_dump().items():
            if isinstance(v, str) and v.startswith("$") and v[1:] not in self.parameters:
                problems.append(f"deadlines.{k}: unknown parameter {v!r}")
        problems += date_order(self.model_dump(mode="json"))
        cited = _cited(self.model_dump(mode="json", exclude={"headings"}))
        problems += [f"headings: {h!r} is not a source cited in the call"
                     for h in self.headings if h not in cited]
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @property
    def window_text(self) -> str:
        return ", ".join(f"{k}: {v}" for k, v in self.windows.items())


def _cited(node: Any) -> set[str]:
    """Every section heading the call cites as a `source` ("A; B" cites two)."""
    if isinstance(node, dict):
        found = {p.strip() for p in str(node.get("source") or "").split(";") if p.strip()}
        return found.union(*(_cited(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_cited(v) for v in node))
    return set()
