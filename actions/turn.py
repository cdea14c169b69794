"""One turn of the conversation: the slots as this message leaves them, what was said, the events to return.

The dialogue skills (actions/dialogue.py, flow.py, incontext.py) read and write a Turn instead of a tracker:
`turn.view` is a tracker that already sees this turn's slot changes, so the older helpers that take a tracker
(answer rendering, FAQ, contact) work unchanged.
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.applieddate import without_applied_on
from actions.asides import FUNDER_KINDS, funder
from actions.facts import view
from actions.institutioncity import settle_institution_cities
from actions.namesakes import settle_places
from actions.phrases import gendered
from actions.polarity import turned
from actions.visiting import drop_visiting_roles
from actions.workplace import drop_workplaces


class Turn:
    def __init__(self, tracker: Tracker, dispatcher: CollectingDispatcher, lang: str) -> None:
        self.tracker = tracker
        # One question of a message that asks two (actions/twoquestions.py): its span in the message's text.
        self.focus: tuple[int, int] | None = None
        self.dispatcher = dispatcher
        self.lang = lang
        self.changes: dict[str, Any] = {}
        self.said: list[str] = []
        self.view = tracker
        # Judge an ended call as if the person had applied in time, for this turn only (a grant question).
        self.as_if_in_time = False
        # Whether a question in this message has been answered (the answer then need not be repeated).
        self.answered = False
        self.verdict_said = False  # a new or full answer was given this turn
        self.what_if: set[str] = set()  # slots set for a hypothetical only: never stored
        # The person's own values of such slots said this turn (their day asked in the case): stored as said.
        self.own_values: dict[str, Any] = {}
        # An ended call judged for the same dates a year earlier: the years, the dates, and whether that was
        # said this turn; once said, the answer's first line names them (actions/later.py same_dates_earlier).
        self.as_if_dates: dict[str, Any] | None = None
        self.reread: str | None = None  # the intent the message is read as when the NLU's was a misreading
        # The words whose question this turn answers: the message, or the question asked before "which
        # institution?" once the institution is given ("is the traineeship call still open?").
        self.question = self.text
        self.restated = False  # the message stated facts (new, changed, the same as before, or not known)
        self.dates_told = False  # the person's date to apply by was said in an answer this turn
        self.options_answered = False  # each option of an "... or ...?" question got its own answer
        self.others_asked = False  # each question of the message was asked on its own (twoquestions.py)
        # The call's priorities were said this turn: its notes that say the same are not said after them.
        self.priorities_said = False
        # The skill answering read "is that a problem?" itself: its "Yes:"/"No:" stays (actions/polarity.py)
        self.polarity_known = False
        self.meant: str | None = None  # the authorisation the person said they meant (actions/boardaccord.py)
        # "does my master's Erasmus count?" answered "No" (actions/cycleq.py): the current degree's label, and
        # the months of this cycle are asked as "And in your PhD so far?" (round 50)
        self.cycle_said: str | None = None
        # A question about the what-if case just answered ("and the grant in that case?"): its facts are this
        # turn's (actions/casefollow.py), and a grant question gets that case's amount (actions/casegrant.py)
        self.case_followed = False

    @property
    def text(self) -> str:
        full = str(self.tracker.latest_message.get("text") or "")
        return full[self.focus[0]:self.focus[1]] if self.focus else full

    @property
    def intent(self) -> str:
        return self.reread or str((self.tracker.latest_message.get("intent") or {}).get("name") or "")

    @property
    def confidence(self) -> float:
        value = (self.tracker.latest_message.get("intent") or {}).get("confidence")
        return float(value) if isinstance(value, int | float) else 1.0

    @property
    def entities(self) -> list[dict[str, Any]]:
        ents = [e for e in self.tracker.latest_message.get("entities") or []
                if isinstance(e, dict) and "entity" in e]
        full = str(self.tracker.latest_message.get("text") or "")
        ents = without_applied_on(full, ents)  # "demande faite le 1er décembre 2025": no date of the stay
        # "Grenade" with Spain given is Granada; "à Gênes" is Genoa only with Italy given.
        ents = settle_places(self.tracker, full, ents)
        ents = settle_institution_cities(self.tracker, full, ents)  # "a study period in Antwerp": the city
        # "a scholarship from Germany": who pays, read so by the answers as by the facts (actions/facts.py).
        ents = [e for e in ents if not (e.get("entity") in FUNDER_KINDS and isinstance(e.get("start"), int)
                                        and funder(full, e["start"]))]
        # "I work for the WHO in Geneva": their workplace, no destination; "a visiting PhD student": no role
        ents = drop_visiting_roles(full, drop_workplaces(full, ents))
        ents = _years_placed(self.tracker, full, ents)
        if self.focus is None:
            return ents
        lo, hi = self.focus  # the entities inside the question, placed in it
        return [{**e, "start": e["start"] - lo, "end": int(e.get("end") or e["start"]) - lo} for e in ents
                if isinstance(e.get("start"), int) and lo <= e["start"] < hi]

    @property
    def is_payload(self) -> bool:
        return self.text.startswith("/")

    def earlier_text(self) -> str:
        """The person's message before this one ("" if none): Rasa's events end with this message itself."""
        typed = self.tracker.latest_message.get("typed") or self.text
        said = [str(e.get("text") or "") for e in self.tracker.events or [] if e.get("event") == "user"]
        while said and said[-1] in (typed, self.text):
            said.pop()
        return said[-1] if said else ""

    def get(self, name: str) -> Any:
        return self.view.get_slot(name)

    def set(self, name: str, value: Any) -> None:
        self.changes[name] = value
        self.view = view(self.tracker, **self.changes)

    def say(self, text: str, buttons: list[dict[str, str]] | None = None) -> None:
        # "is that a problem?": "Yes: <allowed>" said as "No, that is no problem: ..." (actions/polarity.py)
        text = turned(text, self.question, self.lang, self.polarity_known)
        text = gendered(text, self.lang, self.get("gender"))
        self.said.append(text)
        self.dispatcher.utter_message(text=text, buttons=buttons or [])

    def events(self) -> list[dict[str, Any]]:
        before = self.tracker.slots
        own = [SlotSet(k, v) for k, v in self.own_values.items() if before.get(k) != v]
        return [SlotSet(k, v) for k, v in self.changes.items()
                if (before.get(k) != v or k == "language") and k not in self.what_if] + own


def _years_placed(tracker: Tracker, text: str, ents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The stay's dates said without a year, in the year the fact reader gives them (near the stored stay or
    the case being discussed, else in the call's period), for the answers as for the facts: round 38 checked
    "pour mars-mai j'aurais eu 690 €, c'est ça ?" against March-May 2027 (the next March after today) with
    March-May 2016 stored ("Pas tout à fait ... ✗ pas 1 mars 2027"). A day said alone keeps the NLU's
    reading: the fact reader finds its month first (actions/lonedays.py)."""
    from actions.partial_dates import place_years

    held = [{**e, "anchored": True} if e.get("day_only") else e for e in ents]
    try:
        placed = place_years(tracker, text, held)
    except (ValueError, TypeError, KeyError):  # a date value the NLU gave in another form: left as read
        return ents
    return [e if e.get("day_only") else new for e, new in zip(ents, placed, strict=True)]

