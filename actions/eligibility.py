"""The eligibility form: dynamic required slots from the rules core, the questions, and the digressions that
happen inside it (why?, skip, an answer that could not be used)."""
from __future__ import annotations

import copy
import logging
import re
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import i18n
from actions.base import ReplyAction, lang_of
from actions.i18n import t
from actions.profile import BOOL_SLOTS, PROFILE_SLOTS, core, evaluate, fields_to_ask, skipped
from actions.progress import facts_in, form_just_started, interim_status, unprompted_facts

logger = logging.getLogger(__name__)

COUNTRY_QUESTIONS = ("destination", "citizenship", "country_of_origin")
DATE_QUESTIONS = ("start_date", "end_date", "graduation_date")
ROLE_ACTIVITIES = {
    "staff": ("staff_training", "teaching"),
    "phd_student": ("study", "traineeship", "short_term_doctoral"),
}
STUDENT_ACTIVITIES = ("study", "traineeship")
ANY_ACTIVITIES = ("study", "traineeship", "staff_training")
QUESTION_INTENTS = ("check_eligibility", "ask_grant", "ask_deadline")
ORG_BUTTONS = ("hei", "enterprise", "research_institute", "public_body", "ngo")





def issue_message(tracker: Tracker, lang: str) -> tuple[str | None, list[dict[str, Any]]]:
    """The pending input problem (set by action_extract_facts) as a sentence, and the event that clears it."""
    issue = tracker.get_slot("input_issue")
    if not isinstance(issue, dict) or "key" not in issue:
        return None, []
    params = {k: i18n.fmt_date(v, lang) if k in ("start", "end") else v
              for k, v in issue.items() if k != "key"}
    return t(lang, str(issue["key"]), **params), [SlotSet("input_issue", None)]


RULE_ID_RX = re.compile(r"^([a-z0-9_]+): ")


def relevant_reasons(reasons: list[str], role: str | None) -> list[str]:
    """needed_for's sentences for this person's side only (staff_* or student_* rules), without rule ids,
    without duplicates (the staff and student rules often read the same)."""
    side = "staff_" if role == "staff" else "student_" if role else None
    other = {"staff_": "student_", "student_": "staff_"}.get(side or "")
    out: list[str] = []
    for reason in reasons:
        match = RULE_ID_RX.match(reason)
        rule = match.group(1) if match else ""
        if other and rule.startswith(other):
            continue
        text = reason[match.end():] if match else reason
        if text not in out:
            out.append(text)
    return out


# Set by the Rasa side (bot/store/speedups.py) in the domain it sends to validate_eligibility_form when its
# form will not call action_ask_<slot> itself: this action then asks the next question in the same round trip.
ASKS_IN_VALIDATION = "x_validation_asks_next_slot"


class ValidateEligibilityForm(FormValidationAction):
    def name(self) -> str:
        return "validate_eligibility_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        # Rasa appends the slots it extracted for the form after its run; the validation appends to them.
        extracted = bool(tracker.slots_to_validate())
        events = await super().run(dispatcher, tracker, domain)
        if not domain.get(ASKS_IN_VALIDATION):
            return events  # Rasa's form calls action_ask_<slot> next, as usual
        return events + await self._ask_next(dispatcher, tracker, domain, events, extracted)

    async def _ask_next(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict,
        events: list[dict[str, Any]], extracted: bool,
    ) -> list[dict[str, Any]]:
        """What action_ask_<slot> would say and return when Rasa's form asks for the next slot, on the
        tracker that action would see (this one plus the validation events, and the form's activation)."""
        requested = [e for e in events if e.get("event") == "slot" and e.get("name") == "requested_slot"]
        if not requested:  # required_slots not narrowed: Rasa's form picks the first empty domain slot
            slot = next((s for s in self.domain_slots(domain) if tracker.get_slot(s) is None), None)
        else:
            slot = requested[-1].get("value")
        if not slot or slot not in ASK_BY_SLOT or self._form_will_reject(tracker, events, extracted):
            return []  # the form ends (the answer follows), or Rasa rejects the form for this message
        # A shallow copy (Tracker.copy deep-copies every event): the ask actions only read the tracker.
        ask_tracker = copy.copy(tracker)
        ask_tracker.slots, ask_tracker.events = dict(tracker.slots), list(tracker.events)
        if tracker.active_loop_name != self.form_name():
            # At activation Rasa runs this action before it applies ActiveLoop; the question comes after.
            ask_tracker.events.append({"event": "active_loop", "name": self.form_name()})
        ask_tracker.add_slots([e for e in events if e not in tracker.events])
        if not requested:
            ask_tracker.add_slots([SlotSet("requested_slot", slot)])
        return await ASK_BY_SLOT[slot]().run(dispatcher, ask_tracker, domain)

    @staticmethod
    def _form_will_reject(tracker: Tracker, events: list[dict[str, Any]], extracted: bool) -> bool:
        """Rasa's FormAction.validate rejects a message that filled nothing while a slot was requested (a
        digression rule then takes over and the form asks later): on a form run right after the user's message
        (not at activation, not resumed after another action) with no slot candidate and no validated slot."""
        if not tracker.active_loop_name or tracker.active_loop.get("is_interrupted"):
            return False
        if extracted or not tracker.get_slot("requested_slot"):
            return False
        if any(e.get("event") == "slot" and e.get("name") != "requested_slot" for e in events):
            return False
        seen_form = False
        for event in reversed(tracker.events):
            kind = event.get("event")
            if kind not in ("action", "user"):
                continue  # slots, user_featurization, bot messages (an action event precedes them)
            if not seen_form and kind == "action" and event.get("name") == "eligibility_form":
                seen_form = True  # the run Rasa inserted for this validation
                continue
            # This form run follows the user's message directly (the latest action is action_listen): Rasa
            # validates the message and may reject it. After another action (a digression) it does not.
            return seen_form and kind == "user"
        return False

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        if not tracker.get_slot("call"):
            return ["call"]
        try:
            decision = evaluate(tracker, lang_of(tracker))
        except Exception as err:  # InvalidProfile (or a rules-core bug): stop asking, the answer explains it
            logger.debug("profile not evaluable while asking: %s", err)
            return []
        return fields_to_ask(tracker, decision)


def _buttons_for(slot: str, tracker: Tracker, lang: str) -> list[dict[str, str]]:
    if slot == "call":
        return [{"title": t(lang, "button_itm"), "payload": '/inform{"call":"itm-2024"}'},
                {"title": t(lang, "button_lucca"), "payload": '/inform{"call":"imt-lucca-2015"}'}]
    if slot == "role":
        roles = ("msc_student", "phd_student", "bachelor_student", "staff", "recent_graduate")
        return [{"title": i18n.label(lang, "roles", r), "payload": f'/inform{{"role":"{r}"}}'} for r in roles]
    if slot == "activity":
        role = tracker.get_slot("role")
        acts = ROLE_ACTIVITIES.get(role, STUDENT_ACTIVITIES if role else ANY_ACTIVITIES)
        return [{"title": i18n.label(lang, "activities", a), "payload": f'/inform{{"activity":"{a}"}}'}
                for a in acts]
    if slot == "receiving_org":
        return [{"title": i18n.label(lang, "orgs", o), "payload": f'/inform{{"receiving_org":"{o}"}}'}
                for o in ORG_BUTTONS]
    if slot in BOOL_SLOTS:
        return [{"title": t(lang, "button_yes"), "payload": "/affirm"},
                {"title": t(lang, "button_no"), "payload": "/deny"}]
    return []


def named_call_this_turn(tracker: Tracker) -> bool:
    """Whether the latest user message set the call (the institution was named in it)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "slot" and event.get("name") == "call" and event.get("value"):
            return True
    return False


def grant_amounts_text(tracker: Tracker, lang: str) -> str | None:
    """A grant question naming the call gets the call's published amounts at once (the `grant_amounts` topic),
    before the questions that lead to a personal estimate."""
    call_id = tracker.get_slot("call")
    if tracker.get_slot("goal") != "grant" or not call_id or not named_call_this_turn(tracker):
        return None
    from actions.faq import render_topics, topics_of

    try:
        found = topics_of(call_id, ("grant_amounts",))
    except Exception as err:  # a call file problem: the questions still come
        logger.warning("grant amounts unavailable: %s", type(err).__name__)
        return None
    return render_topics(call_id, found, lang) if found else None


class AskSlot(ReplyAction):
    """The question for one slot; one subclass per slot (the form looks up `action_ask_<slot>`)."""

    slot = ""

    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        issue, events = issue_message(tracker, lang)
        if issue:
            dispatcher.utter_message(text=issue)
        interim = interim_status(tracker, lang)
        noted = unprompted_facts(tracker, lang)
        if interim:
            dispatcher.utter_message(text=interim)
        elif noted:
            dispatcher.utter_message(text=noted)
        elif self.slot == "call" and form_just_started(tracker) and not facts_in(tracker) \
                and (tracker.latest_message.get("intent") or {}).get("name") not in QUESTION_INTENTS:
            # The form started on a message with no usable fact (e.g. markup or gibberish read as
            # `inform`): say so instead of pretending it was understood. A plain question ("when must I
            # apply?") was understood: it only needs the institution.
            dispatcher.utter_message(text=t(lang, "unclear_start"))
        amounts = grant_amounts_text(tracker, lang)
        if amounts:
            dispatcher.utter_message(text=amounts)
        question = t(lang, f"ask_{self.slot}")
        if not tracker.get_slot("asked_once"):
            # The first question says once how the form works, so it never feels like a trap.
            question = f"{question}\n{t(lang, 'form_hint')}"
            events.append(SlotSet("asked_once", True))
        dispatcher.utter_message(text=question, buttons=_buttons_for(self.slot, tracker, lang))
        return events


# One registered action per profile slot (rasa-sdk registers every Action subclass it finds).
def _ask_class(slot: str) -> type[AskSlot]:
    def name(self: AskSlot) -> str:
        return f"action_ask_{self.slot}"

    return type(f"AskSlot_{slot}", (AskSlot,), {"slot": slot, "name": name, "__module__": __name__})


ASK_ACTIONS = [_ask_class(slot) for slot in PROFILE_SLOTS]
ASK_BY_SLOT: dict[str, type[AskSlot]] = {cls.slot: cls for cls in ASK_ACTIONS}
# Module attributes too: the action server pickles action classes by their qualified name.
globals().update({cls.__name__: cls for cls in ASK_ACTIONS})


class ActionSkipField(ReplyAction):
    """'I don't know' / 'skip': the requested field goes to `skipped`; the verdict will say it is missing."""

    def name(self) -> str:
        return "action_skip_field"

    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        field = tracker.get_slot("requested_slot")
        if not field or tracker.active_loop.get("name") != "eligibility_form":
            dispatcher.utter_message(text=t(lang, "skip_nothing_asked"))
            return []
        if field == "call":
            dispatcher.utter_message(text=t(lang, "skip_call_needed"))
            return []
        dispatcher.utter_message(text=t(lang, "skip_ok", field=i18n.label(lang, "fields", field)))
        # The validation action drops skipped fields from the form's list and requests the next one.
        return [SlotSet("skipped", list(dict.fromkeys([*skipped(tracker), field])))]


class ActionExplainWhy(ReplyAction):
    """'Why do you need this?': the call's rules that use the requested field (rules_core.needed_for)."""

    def name(self) -> str:
        return "action_explain_why"

    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        field, call = tracker.get_slot("requested_slot"), tracker.get_slot("call")
        if not field:
            dispatcher.utter_message(text=t(lang, "why_nothing_asked"))
            return []
        if field == "call" or not call:
            dispatcher.utter_message(text=t(lang, "why_call"))
            return []
        try:
            reasons = relevant_reasons(list(core().needed_for(call, field, lang)), tracker.get_slot("role"))
        except Exception as err:  # the explanation is a courtesy: never let it break the form
            logger.warning("needed_for failed: %s", type(err).__name__)
            reasons = []
        name = i18n.label(lang, "fields", field)
        if reasons:
            body = "\n".join(f"- {r}" for r in reasons)
            dispatcher.utter_message(text=t(lang, "why_intro", field=name) + "\n" + body)
        else:
            dispatcher.utter_message(text=t(lang, "why_generic", field=name))
        return []


class ActionUnclearFact(ReplyAction):
    """An answer inside the form that filled nothing: say why plainly (unknown country, date problem) or ask
    again; a country the NLU missed but the rules core knows is taken."""

    def name(self) -> str:
        return "action_unclear_fact"

    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        issue, events = issue_message(tracker, lang)
        if issue:
            dispatcher.utter_message(text=issue)
            return events
        requested = tracker.get_slot("requested_slot")
        text = (tracker.latest_message.get("text") or "").strip()
        if requested in COUNTRY_QUESTIONS and 0 < len(text) <= 60 and not text.startswith("/"):
            return self._country(dispatcher, requested, text, lang)
        if requested in DATE_QUESTIONS and any(ch.isdigit() for ch in text):
            # Digits but no date read: most often an impossible date (30 February) or an odd format.
            dispatcher.utter_message(text=t(lang, "unclear_date"))
            return []
        dispatcher.utter_message(text=t(lang, "unclear_answer"))
        return []

    @staticmethod
    def _country(dispatcher: CollectingDispatcher, slot: str, text: str, lang: str) -> list[dict[str, Any]]:
        rc = core()
        try:
            code = rc.resolve_country(text)
        except rc.UnknownCountry as err:
            names = list(err.suggestions)[:3]
            buttons = []
            for name in names:
                try:
                    code = rc.resolve_country(name)
                except rc.InvalidProfile:
                    continue
                payload = f'/inform{{"country":"{code}"}}'
                buttons.append({"title": i18n.country(code, lang), "payload": payload})
            shown = ", ".join(b["title"] for b in buttons) or "-"
            message = t(lang, "unknown_country", text=text[:40], names=shown)
            dispatcher.utter_message(text=message, buttons=buttons)
            return []
        value: Any = [code] if slot == "citizenship" else code
        return [SlotSet(slot, value)]
