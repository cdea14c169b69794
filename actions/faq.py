"""Informational questions: answered from the call data's topics (rules_core), with the source section."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import i18n
from actions.base import ReplyAction
from actions.calls import call_ids, call_name, pick
from actions.i18n import t
from actions.institutioncity import settle_institution_cities
from actions.phrases import has
from actions.profile import core

logger = logging.getLogger(__name__)

FAQ_TOPICS: dict[str, tuple[str, ...]] = {
    "faq_credits": ("credits",),
    "faq_credit_transfer": ("credit_transfer", "grading"),
    "faq_certificates": ("certificates", "diplomas"),
    "faq_dgd_scholarships": ("dgd_scholarships",),
    "faq_grant_covers": ("grant_covers",),
    "faq_grant_count": ("grant_count",),
    "faq_who_can_apply": ("who_can_apply",),
    "faq_selection": ("selection_criteria", "priorities", "tie_break", "committee"),
    "faq_application": ("application_documents", "first_come_first_served"),
    "faq_extension": ("extensions",),
    "faq_several_countries": ("several_countries",),
    "faq_scholarship_compatibility": ("scholarship_compatibility",),
    "faq_receiving_org": ("receiving_org_types",),
    "faq_personal_data": ("personal_data",),
    "faq_duration": ("durations",),
    "faq_destinations": ("destinations",),
    "faq_conferences": ("conferences", "conference_alternative"),
}


def named_topics(text: str) -> list[str]:
    """The call topics a message names in its own words (actions/locales/phrases.yaml, `topic_words`), in
    the vocabulary's order of precedence."""
    from actions.phrases import PHRASES

    return [key for key, rx in PHRASES["topic_words"].items() if rx.search(text)]


def topic_keys(intent: str, text: str) -> tuple[str, ...] | None:
    """The topics to answer for an informational intent: the intent's own, unless the message's words also
    name a topic that comes first ("I have a scholarship from DGD, can I combine it?": combining wins)."""
    keys = FAQ_TOPICS.get(intent)
    named = named_topics(text)
    if named and i18n.label("en", "topic_not_said", named[0]) != named[0] \
            and not any(named[0] in ks for ks in FAQ_TOPICS.values()):
        # A topic no intent stands for, which the calls leave out, named in the words ("can my family come
        # with me?"): that it is not said is the answer, whatever the intent read (round 46: the grant).
        return (named[0],)
    if keys and named and set(keys) & set(named) and named[0] not in keys:
        return (named[0],)
    return keys


MIN_CONFIDENCE = 0.5
MAX_TOPIC_BUTTONS = 3


def likely_topics(tracker: Tracker, lang: str) -> list[dict[str, str]]:
    """Buttons for the informational intents the NLU ranked highest for this message."""
    ranking = tracker.latest_message.get("intent_ranking") or []
    call_id, role = tracker.get_slot("call"), tracker.get_slot("role")
    names = [r.get("name") for r in ranking if r.get("name") in FAQ_TOPICS
             and _for_role(call_id, role, FAQ_TOPICS[str(r.get("name"))])]
    names = names[:MAX_TOPIC_BUTTONS]
    return [{"title": i18n.label(lang, "faq_titles", name), "payload": f"/{name}"} for name in names]


def _for_role(call_id: str | None, role: str | None, keys: tuple[str, ...]) -> bool:
    """Whether a topic button suits the person: staff get no button for the students' credit transfer."""
    if not call_id or not role:
        return True
    try:
        topics = [core().get_call(call_id).topics.get(k) for k in keys]
    except Exception:  # a call file problem: offer the button rather than nothing
        return True
    return any(t is None or not t.audience or role in t.audience for t in topics)


def asked_role(tracker: Tracker) -> str | None:
    """The role whose part of a topic answers: the person's, unless the question names students and staff
    both ("How many Erasmus+ grants does ITM have for staff and for students?" got the staff part alone once
    the staff part existed, round 56): then the whole topic."""
    text = str(tracker.latest_message.get("text") or "")
    if has("student_word", text) and has("staff_word", text):
        return None
    return tracker.get_slot("role")


def topics_of(call_id: str, keys: tuple[str, ...], role: str | None = None) -> list[Any]:
    """The call's topics for `keys`; with the person's role, the part of each meant for that role (a student
    gets the students' selection criteria, not the staff's as well)."""
    call = core().get_call(call_id)
    return [call.topics[k].for_role(role) for k in keys if k in call.topics]


def mentioned_call(tracker: Tracker) -> str | None:
    """The call named in this message (institution/call entity), else the one the conversation is about."""
    entities = [e for e in tracker.latest_message.get("entities") or [] if isinstance(e, dict)]
    # "the grant for a study period in Antwerp", asked at IMT Lucca: the city, not ITM's call
    text = str(tracker.latest_message.get("text") or "")
    for ent in settle_institution_cities(tracker, text, entities):
        if ent.get("entity") == "call" and ent.get("value") in call_ids():
            return str(ent["value"])
        if ent.get("entity") == "institution":
            value = pick(str(ent.get("value")))
            if value:
                return value
    return tracker.get_slot("call")


def shared_name(tracker: Tracker) -> str | None:
    """A name several institutions share ("IMT") when this message names one without saying which."""
    from actions.calls import shared_name_in

    return shared_name_in(tracker.latest_message.get("entities") or [])


def which_call_buttons(intent: str, lang: str) -> list[dict[str, str]]:
    from actions.calls import institution_buttons

    return institution_buttons(intent, lang)


def render_topics(call_id: str, topics: list[Any], lang: str, intro: str | None = None) -> str:
    """The topics with their sources, after one header (`intro`, else "For the ... call:"). The header goes
    on the line right above the first topic: a blank line between them made the chat channels (which send each
    paragraph apart) show "For the ... call:" alone, ending with a colon (round 26)."""
    header = intro or t(lang, "faq_intro", call=call_name(call_id, lang))
    body = topic_texts(call_id, topics, lang)
    return f"{header}\n{body}" if body else header


def topic_texts(call_id: str, topics: list[Any], lang: str) -> str:
    """The topics with their sources, no header (a line that names the call is said just before)."""
    word = t(lang, "source")
    return "\n\n".join(f"{topic.answer(lang)}\n({word}: {i18n.source(call_id, topic.source, lang)})"
                       for topic in topics)


def contacts_text(call_id: str) -> str:
    contacts = core().get_call(call_id).contacts
    return "; ".join(f"{c.name or c.role}: {c.email}" for c in contacts[:2] if c.email) or "-"


def role_contacts_text(call_id: str, role: str | None, lang: str) -> str:
    from actions.verdict import describe_in, role_contacts

    mine = role_contacts(call_id, role)[:2] if role else []
    return "; ".join(describe_in(c, lang) for c in mine) or contacts_text(call_id)


class ActionAnswerFaq(ReplyAction):
    def name(self) -> str:
        return "action_answer_faq"

    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name") or ""
        keys = topic_keys(intent, tracker.latest_message.get("text") or "")
        if not keys:
            dispatcher.utter_message(text=t(lang, "out_of_scope"))
            return []
        confidence = (tracker.latest_message.get("intent") or {}).get("confidence")
        if isinstance(confidence, (int, float)) and confidence < MIN_CONFIDENCE:
            # A hesitant classification gets a question, not a possibly wrong answer.
            dispatcher.utter_message(text=t(lang, "faq_did_you_mean"), buttons=likely_topics(tracker, lang))
            return []
        call_id = mentioned_call(tracker)
        shared = None if call_id else shared_name(tracker)
        if shared:
            # "IMT" alone is ITM Antwerp's French name and IMT Lucca's: ask, even if one call has the topic.
            from actions.calls import sharing

            text = t(lang, "ask_call", name=shared.upper(), sharing=sharing(shared, lang))
            dispatcher.utter_message(text=text, buttons=which_call_buttons(intent, lang))
            return []
        try:
            if call_id:
                from actions.roletopics import for_the_role

                role = asked_role(tracker)  # (the students' priorities not said to staff: round 60)
                found = topics_of(call_id, for_the_role(call_id, keys, role), role)
                if found:
                    dispatcher.utter_message(text=render_topics(call_id, found, lang))
                else:
                    name = call_name(call_id, lang)
                    # The person's own contacts, labelled in the reply language (round 34: a student got the
                    # staff contact, with English labels, in a French reply).
                    from actions.askabout import not_said

                    # "how many places?": the call does not say how many (its own sentence, round 39)
                    message = not_said(call_id, keys[0], tracker.get_slot("role"), lang) or t(
                        lang, "faq_not_in_call", call=name,
                        contacts=role_contacts_text(call_id, tracker.get_slot("role"), lang))
                    dispatcher.utter_message(text=message)
                return []
            having = [c for c in call_ids() if topics_of(c, keys)]
        except Exception as err:  # a call file problem must give a plain answer, not a crash
            logger.error("topic lookup failed: %s", type(err).__name__)
            dispatcher.utter_message(text=t(lang, "faq_unavailable"))
            return []
        if len(having) == 1:
            dispatcher.utter_message(text=render_topics(having[0], topics_of(having[0], keys), lang))
        elif having:
            dispatcher.utter_message(text=t(lang, "faq_which_call"), buttons=which_call_buttons(intent, lang))
        else:
            names = " / ".join(f"{call_name(c, lang)}: {contacts_text(c)}" for c in call_ids())
            dispatcher.utter_message(text=t(lang, "faq_no_call", contacts=names))
        return []
