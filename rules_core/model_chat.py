"""How a call is talked about: its names in conversation (`Chat`), selection priorities and FAQ topics."""

from __future__ import annotations

from pydantic import Field, model_validator

from .model_audience import AppliesTo, Role
from .model_base import Strict, Text


class FactWords(Strict):
    """How the call words a yes/no fact of the person in the e-mail summary sent to its office: `if_yes`,
    `if_no` (plain `yes`/`no` keys read as booleans in YAML); `meaning`: what the question about it asks.
    Round 38: a Lucca PhD student with an IMT doctoral scholarship read ITM's "another scholarship (or bench
    fee) already funds this stay". `source`: the call's section that words it."""

    if_yes: Text
    if_no: Text
    meaning: Text | None = None
    source: str
    # The fact is about this stay's funding: a scholarship said not to fund it ("die beurs is mijn
    # doctoraatsbeurs, niet voor deze reis") answers No (round 58). Without it, holding one answers Yes.
    about_this_stay: bool = False


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
    # Terms a person may ask the meaning of ("what do they mean by doctoral staff?"): term id -> where the
    # call's text uses it (its section headings, as a `source`), or the reference section that gives it when
    # the call's own text does not. A term absent here is not in the call: its ordinary Erasmus+ meaning is
    # said as such. The definitions are the assistant's texts (actions/locales, `term_meanings`).
    terms: dict[str, str] = {}
    # The person's yes/no facts in the call's own words (`FactWords`), by profile field.
    facts: dict[str, FactWords] = {}

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
    # The call's own sentence, verbatim and in the call's language, for "where does it say that? quote me".
    quote: str | None = None
    # What a question about it names ("earlier_grant": "I had an Erasmus grant in my master, so I have less
    # chances?"), and what the call leaves to its office about it (round 58), said with its answer.
    about: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9_]*$")
    unsettled: Text | None = None


class TopicPart(Strict):
    """A topic's words for some roles only (the staff's selection criteria, the students'), with the section
    of the call they come from."""

    roles: list[Role]
    source: str
    text: Text


class TopicSection(Strict):
    """A part of a topic with the section of the call it comes from, when an answer says several things the
    call says in different places ("the call lets authorised students apply" under "Who can apply?", "the
    form includes the advisor's authorisation" under "Selection Criteria"): each is said with its own."""

    source: str
    text: Text


class Topic(Strict):
    source: str
    text: Text
    # The topic said part by part, each with its section (round 50: the Board's authorisation); `text` stays
    # the whole answer where one paragraph is said.
    sections: list[TopicSection] = []
    # The roles the topic is about (credits and grading concern students); empty for everyone.
    audience: list[str] = []
    # The topic for one role where the call says it per role: a student asking about the selection gets the
    # students' criteria, not the staff's too (round 25). `text` stays the answer for someone of no role.
    parts: list[TopicPart] = []
    # The names people use for what the topic is about, matched as whole words in any language (a partner
    # network the call suggests, "tropEd"): a question naming one gets this topic (actions/partnerq.py).
    names: list[str] = []

    def answer(self, lang: str = "en") -> str:
        return self.text.get(lang)

    def for_role(self, role: str | None) -> Topic:
        """The topic as said to someone of `role`: its part for that role, else the whole topic."""
        part = next((p for p in self.parts if role in p.roles), None) if role else None
        return self if part is None else Topic(source=part.source, text=part.text, audience=self.audience)
