"""Pydantic v2 models of a call file. Validation happens once per file (then cached), never per profile."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, Field, field_validator, model_validator

from .checks import date_order
from .kinds import KINDS, REQUIRED_PARAMS
from .model_audience import Activity, AppliesTo, Lang, ProfileField, Role, SetStatus
from .model_base import Parameter, Referenced, Strict, Text
from .model_chat import Chat, Priority, Topic, TopicPart
from .model_grant import GRANT_PARAMS, DayCount, Grant, GrantComponent, Note
from .vocab import PRIORITY_FIELDS, TOPICS

# Re-exported: call files' models are imported from here (loader, reference, tests).
__all__ = [
    "Activity", "AppliesTo", "Call", "Chat", "Contact", "CountryNote", "CountrySet", "DayCount", "Deadlines",
    "GRANT_PARAMS", "Grant", "GrantComponent", "Home", "Note", "Priority", "Rule", "Topic", "TopicPart",
    "WithApplication",
]


def _country_code(v: str) -> str:
    """Names in the file are resolved to ISO alpha-2 codes; an unknown one is reported at its place."""
    from .countries import resolve_country

    return resolve_country(v)


CountryCode = Annotated[str, AfterValidator(_country_code)]


class CountryNote(Referenced):
    """What the programme says of one country people ask about, with where it is from (round 39: "wait why?
    switzerland is in europe" got the set's rule again): "Switzerland has not been a programme country since
    2014". `text` is a clause without a final stop; the chat adds its source."""

    text: Text


class CountrySet(Referenced):
    label: Text
    countries: list[CountryCode] = Field(min_length=1)
    status: SetStatus | None = None  # what the set is in the programme (EU member states, associated...)
    # A grouping of countries for the grant's rates only (ITM's daily-rate groups): not where one may go, so
    # not said when asked whether a country is allowed (actions/dailygroups.py answers which group).
    for_rates: bool = False
    # Sourced facts about countries in or outside the set that people take for members ("Switzerland is in
    # Europe"): said with a "why?" about a refused destination and with "is Switzerland part of Erasmus?".
    notes: dict[CountryCode, CountryNote] = Field(default_factory=dict)


class WithApplication(Strict):
    """An authorisation the call's own application form carries (Lucca: "the application form, which includes
    ... the advisor's authorization ... by the deadline"): it is part of the application, due with it, not
    something given later. `text` says so in the call's terms; a rule without it leaves the timing unsaid."""

    text: Text
    source: str


class BeforeMobility(Strict):
    """A condition the call wants in place before the mobility, not with the application (Lucca: study
    mobility "has to be carried out in the framework of prior inter-institutional agreements"): "must it exist
    before I apply or before I leave?" gets the call's words."""

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
    before_mobility: BeforeMobility | None = None
    # The role the call sends those this rule refuses to (ITM: a PhD student with ITM staff status applies
    # "only without the status of ITM staff member", so as staff): "what can I do instead?" searches it too.
    instead_role: Role | None = None

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
        # A term's place in the call (chat.terms) is shown as a source too: its headings may be labelled.
        cited |= {p.strip() for where in (self.chat.terms if self.chat else {}).values()
                  for p in where.split(";") if p.strip()}
        problems += [f"headings: {h!r} is not a source cited in the call"
                     for h in self.headings if h not in cited]
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @property
    def window_text(self) -> str:
        return ", ".join(f"{k}: {v}" for k, v in self.windows.items())


def _cited(node: Any) -> set[str]:
    """Every section heading the call cites as a `source` ("A; B" cites two), and every reference line (a
    grant component's `reference` is shown as the source of its amounts)."""
    if isinstance(node, dict):
        said = f'{node.get("source") or ""};{node.get("reference") or ""}'
        found = {p.strip() for p in said.split(";") if p.strip()}
        return found.union(*(_cited(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_cited(v) for v in node))
    return set()
