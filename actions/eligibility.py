"""The eligibility form: dynamic required slots from the rules core, the questions, and the digressions that
happen inside it (why?, skip, an answer that could not be used)."""
from __future__ import annotations

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


class ValidateEligibilityForm(FormValidationAction):
    def name(self) -> str:
        return "validate_eligibility_form"

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
        elif self.slot == "call" and form_just_started(tracker) and not facts_in(tracker):
            # The form started on a message with no usable fact (e.g. markup or gibberish read as
            # `inform`): say so instead of pretending it was understood.
            dispatcher.utter_message(text=t(lang, "unclear_start"))
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
