"""Round 32 (applying): questions about applying found by simulated users.
1. "so who do I actually send the application to, my supervisor or that itg email?" got "the call does not
   make this one of its conditions (your supervisor's authorisation)"; "where does the actual application
   go?" got the selection criteria: now the call's application topic first (by e-mail to
   erasmusplusmobility@itg.be, what to send, two months before), the person's date to apply by, and for a
   student the departmental educational coordinator or supervisor as whom to talk the plan over with. Same in
   French, Dutch, Italian.
2. "How do I apply for the Lucca Erasmus call?" got "did you mean...?" with three buttons: now the application
   topic and the call's deadline. "Do I have to find the host company myself?", "should I already sort
   something out with Uni Wien ...?", "do I need to contact someone in Vienna first?" got the how-to-apply
   text or the e-mail summary: now that the call does not say who finds the host, what it does say, and
   whom to ask.
3. "serve che il relatore firmi qualcosa prima della candidatura ...?" got the condition again: now that the
   authorisation is in the form sent by the deadline.
4. "Vous pouvez me redonner le résumé pour l'e-mail avec le bon montant ?" got the answer in short: now the
   e-mail summary, with the facts as they are now (535 EUR by train)."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.calls import call_name
from actions.dialogue import ActionRespond
from actions.faq import topics_of
from actions.i18n import t
from bot.nlu.extract import extract
from tests.actions.conftest import DOMAIN, make_tracker, texts
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN

ITM = "itm-2024"
LUCCA = "imt-lucca-2015"
ADDRESS = "erasmusplusmobility@itg.be"
BERGEN = {"call": ITM, "role": "msc_student", "activity": "short_term_blended", "destination": "NO",
          "destination_city": "Bergen", "receiving_org": "hei", "receiving_org_name": "University of Bergen",
          "start_date": "2026-04-13", "end_date": "2026-04-17", "citizenship": ["GB"], "goal": "eligibility"}
VIENNA = {"call": LUCCA, "role": "phd_student", "activity": "study", "destination": "AT",
          "destination_city": "Vienna", "receiving_org": "hei", "start_date": "2016-03-01",
          "end_date": "2016-07-31", "prior_erasmus_months": 0, "goal": "eligibility"}


async def ask(monkeypatch: pytest.MonkeyPatch, text: str, slots: dict[str, Any], today: str,
              intent: str = "nlu_fallback", confidence: float = 0.9) -> str:
    """The reply to `text` with the slots so far, the NLU's intent at `confidence`."""
    monkeypatch.setenv("MOBILITY_TODAY", today)
    entities = extract(text, dt.date.fromisoformat(today))
    tracker = make_tracker(slots=slots, text=text, intent=intent, entities=entities,
                           ranking=[{"name": intent, "confidence": confidence}])
    tracker.latest_message["intent"]["confidence"] = confidence
    dispatcher = CollectingDispatcher()
    await ActionRespond().run(dispatcher, tracker, DOMAIN)
    return texts(dispatcher)


def _topic(call_id: str, key: str, lang: str, role: str | None) -> str:
    return topics_of(call_id, (key,), role)[0].answer(lang)


# 1. Where the application goes (ITM, a student): the application topic first, then whom to talk it over with.
WHERE = [
    ("en", "so who do I actually send the application to, my supervisor or that itg email?"),
    ("en", "hmm that's not really what I asked. where does the actual application go?"),
    ("en", "ok but which email do I send my application to?"),
    ("fr", "à qui j'envoie ma candidature ?"),
    ("nl", "waar stuur ik mijn aanvraag naartoe?"),
    ("it", "a chi mando la domanda?"),
]


@pytest.mark.parametrize("intent", ["faq_application", "ask_contact", "faq_selection", "nlu_fallback"])
@pytest.mark.parametrize(("lang", "text"), WHERE)
async def test_where_the_application_goes(monkeypatch, lang, text, intent):
    reply = await ask(monkeypatch, text, {**BERGEN, "language": lang}, ITM_OPEN, intent)
    topic = _topic(ITM, "application_documents", lang, "msc_student")
    lines = reply.splitlines()
    assert lines[0] == t(lang, "faq_intro", call=call_name(ITM, lang)), reply
    assert lines[1] == topic and ADDRESS in topic, reply
    assert "13" in reply and "2026" in reply, reply  # the date to apply by for 13 April 2026
    discuss = t(lang, "apply_to_discuss", who="@@").split("@@")[0]
    assert discuss in reply, reply  # the coordinator or supervisor: whom to talk the plan over with
    assert t(lang, "condition_not_in_call", field="@", said="@").split("(")[0] not in reply, reply
    assert "mailto:" not in reply and t(lang, "contact_summary") not in reply, reply
    assert _topic(ITM, "selection_criteria", lang, "msc_student") not in reply, reply


async def test_where_the_application_goes_in_a_conversation(monkeypatch):
    """The simulated user's turns: the student's facts, the nationality, then the two questions."""
    replies = await converse(monkeypatch, {"language": "en"}, [
        ("hi! I'm an MSc student at ITM Antwerp, thinking about joining a BIP at the University of Bergen "
         "from 13 to 17 April 2026. can I get Erasmus funding for that?", "check_eligibility"),
        ("British", "inform"),
        ("right. so who do I actually send the application to, my supervisor or that itg email?",
         "faq_selection"),
        ("hmm that's not really what I asked. where does the actual application go?", "faq_selection"),
    ], ITM_OPEN)
    for reply in replies[2:]:
        assert ADDRESS in reply.splitlines()[1], reply
        assert "conditions" not in reply.splitlines()[0], reply


async def test_staff_are_sent_to_the_address_with_their_own_contact_in_the_topic(monkeypatch):
    slots = {"call": ITM, "role": "staff", "activity": "staff_training", "destination": "TR",
             "destination_city": "Istanbul", "receiving_org": "hei", "start_date": "2026-05-18",
             "end_date": "2026-05-22", "citizenship": ["BE"], "goal": "eligibility", "language": "fr"}
    reply = await ask(monkeypatch, "à qui j'envoie ma candidature ?", slots, ITM_OPEN, "ask_contact")
    assert _topic(ITM, "application_documents", "fr", "staff") in reply, reply
    assert "cmorantin@itg.be" in reply and "mailto:" not in reply, reply
    assert t("fr", "apply_to_discuss", who="@@").split("@@")[0] not in reply, reply  # named in the topic


# 2. How to apply at IMT Lucca, even when the NLU hesitates or reads it as a request for help.
@pytest.mark.parametrize(("intent", "confidence"), [("faq_application", 0.4), ("help", 0.8),
                                                    ("faq_who_can_apply", 0.45), ("nlu_fallback", 0.3)])
async def test_how_to_apply_for_the_lucca_call(monkeypatch, intent, confidence):
    reply = await ask(monkeypatch, "How do I apply for the Lucca Erasmus call?", {"language": "en"},
                      LUCCA_OPEN, intent, confidence)
    assert _topic(LUCCA, "application_documents", "en", None) in reply, reply
    assert "18 January 2016" in reply, reply
    assert t("en", "faq_did_you_mean") not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "How do I apply?"), ("fr", "comment est-ce que je postule ?"),
    ("nl", "hoe dien ik mijn aanvraag in?"),
    ("it", "come faccio domanda?"),
])
async def test_how_to_apply_in_the_conversation_gives_the_own_date(monkeypatch, lang, text):
    reply = await ask(monkeypatch, text, {**VIENNA, "language": lang}, LUCCA_OPEN, "faq_application")
    assert _topic(LUCCA, "application_documents", lang, "phd_student") in reply, reply
    assert t(lang, "apply_by_personal_deadline", start="@", date="@").split("@")[0] in reply, reply


async def test_an_ended_call_still_says_it_has_ended(monkeypatch):
    reply = await ask(monkeypatch, "How do I apply for the Lucca Erasmus call?", {"language": "en"},
                      "2026-03-01", "faq_application")
    assert "18 January 2016" in reply and "closed" in reply, reply
    assert t("en", "apply_to_deadline", date="18 January 2016") not in reply, reply


HOST = [
    ("en", "Do I have to find the host company myself?"),
    ("en", "thanks. and should I already sort something out with Uni Wien before writing to the office, like "
           "find a host prof?"),
    ("en", "nice, thanks. but you didn't say - do I need to contact someone in Vienna first?"),
    ("fr", "est-ce que je dois contacter quelqu'un à Vienne d'abord ?"),
    ("fr", "dois-je trouver moi-même l'organisme d'accueil ?"),
    ("nl", "moet ik zelf een gastinstelling zoeken?"),
    ("nl", "moet ik eerst iemand in Wenen contacteren?"),
    ("it", "devo trovare io l'ente ospitante?"),
    ("it", "devo contattare prima qualcuno a Vienna?"),
]


@pytest.mark.parametrize("intent", ["ask_contact", "faq_application", "faq_receiving_org"])
@pytest.mark.parametrize(("lang", "text"), HOST)
async def test_who_finds_the_host_is_not_said(monkeypatch, lang, text, intent):
    reply = await ask(monkeypatch, text, {**VIENNA, "language": lang}, LUCCA_OPEN, intent)
    lines = reply.splitlines()
    assert lines[0] == t(lang, "host_finding_not_said", call=call_name(LUCCA, lang)), reply
    assert _topic(LUCCA, "host_arrangement", lang, "phd_student") in reply, reply
    assert "erasmus@imtlucca.it" in reply, reply  # whom to ask
    assert "mailto:" not in reply, reply
    assert _topic(LUCCA, "application_documents", lang, "phd_student") not in reply, reply


@pytest.mark.parametrize("lang", ["en", "it"])
async def test_who_finds_the_host_at_itm_says_what_its_call_says(monkeypatch, lang):
    text = {"en": "Do I have to find the host myself?", "it": "devo trovare io l'università ospitante?"}[lang]
    reply = await ask(monkeypatch, text, {**BERGEN, "language": lang}, ITM_OPEN, "ask_contact")
    assert reply.startswith(t(lang, "host_finding_not_said", call=call_name(ITM, lang))), reply
    assert _topic(ITM, "host_arrangement", lang, "msc_student") in reply, reply
    assert "tropEd" in reply and ADDRESS in reply, reply


async def test_the_host_question_with_what_to_put_in_the_email_gets_both(monkeypatch):
    """r32-e T13, an ended call: the summary for the e-mail, and who finds the host."""
    slots = {**VIENNA, "start_date": "2027-02-01", "end_date": "2027-06-30", "language": "en"}
    reply = await ask(monkeypatch, "thanks. and should I already sort out something with Uni Wien before "
                      "writing to the office, like find a host prof? what do i put in the email", slots,
                      "2026-03-01", "ask_contact")
    assert t("en", "contact_summary") in reply, reply
    assert t("en", "host_finding_not_said", call=call_name(LUCCA, "en")) in reply, reply


# 3. When the supervisor signs (IMT Lucca): in the form sent by the deadline.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Must my supervisor sign before I apply or after?"),
    ("en", "Must my supervisor sign before the application?"),
    ("it", "serve che il relatore firmi qualcosa prima della candidatura o basta che sia d'accordo?"),
    ("it", "il relatore deve firmare prima o dopo la candidatura?"),
    ("fr", "Mon directeur doit-il signer avant ou après ma candidature ?"),
    ("nl", "Moet mijn promotor tekenen voor mijn aanvraag?"),
])
async def test_the_supervisor_signs_in_the_form_sent_by_the_deadline(monkeypatch, lang, text):
    slots = {**VIENNA, "activity": "traineeship", "receiving_org": "research_institute", "destination": "FR",
             "destination_city": "Paris", "end_date": "2016-04-30", "language": lang}
    reply = await ask(monkeypatch, text, slots, LUCCA_OPEN, "faq_application")
    head = t(lang, "condition_in_application", text="@", source="@", where="@", date="@").split("@")[0]
    assert reply.startswith(head), reply


# 4. The summary for the e-mail asked again: that summary, with the facts as they are now.
STAFF_ISTANBUL = {"call": ITM, "role": "staff", "activity": "staff_training", "destination": "TR",
                  "destination_city": "Istanbul", "receiving_org": "hei",
                  "receiving_org_name": "Université d'Istanbul", "start_date": "2026-05-18",
                  "end_date": "2026-05-22", "citizenship": ["BE"], "goal": "eligibility"}
TOLD = {"call": ITM, "key": "eligible"}
AGAIN = [
    ("fr", "Vous pouvez me redonner le résumé pour l'e-mail avec le bon montant ?", "ask_contact"),
    ("fr", "non, je voulais le texte à coller dans l'e-mail, comme tout à l'heure", "inform"),
    ("en", "can I have the summary for the email again?", "nlu_fallback"),
    ("nl", "kunt u de samenvatting voor de mail nog eens geven?", "faq_application"),
    ("it", "mi ridai il riassunto per l'email?", "nlu_fallback"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), AGAIN)
async def test_the_email_summary_again_has_the_current_facts(monkeypatch, lang, text, intent):
    # (after an answer, as in the conversation: `last_decision` is what let the short recap answer)
    slots = {**STAFF_ISTANBUL, "green_travel": True, "language": lang, "last_decision": TOLD}
    reply = await ask(monkeypatch, text, slots, ITM_OPEN, intent)
    assert t(lang, "contact_summary") in reply, reply
    assert "535" in reply and "mailto:" in reply, reply
    assert t(lang, "summary_short", outcome="@").split("@")[0] not in reply, reply


async def test_a_fact_said_with_the_summary_is_in_it(monkeypatch):
    """r32-d T10: the train named with the summary: noted, and the summary says 535, not 395."""
    slots = {**STAFF_ISTANBUL, "language": "fr", "last_decision": TOLD}
    text = "Si je prends le train, le résumé pour l'email devrait dire 535 non ? pas 395"
    reply = await ask(monkeypatch, text, slots, ITM_OPEN, "inform")
    summary = reply.split(t("fr", "contact_summary"), 1)
    assert len(summary) == 2 and "535" in summary[1] and "395" not in summary[1], reply


# Nearby questions keep their answers.
async def test_a_short_summary_is_still_the_answer_in_short(monkeypatch):
    reply = await ask(monkeypatch, "samenvatting graag", {**STAFF_ISTANBUL, "language": "nl",
                                                          "last_decision": TOLD}, ITM_OPEN, "help")
    assert reply.startswith(t("nl", "summary_short", outcome="@").split("@")[0]), reply
    assert t("nl", "contact_summary") not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [("en", "who do I write to?"), ("it", "a chi scrivo?"),
                                            ("fr", "qui dois-je contacter ?")])
async def test_whom_to_write_to_is_still_the_contact_card(monkeypatch, lang, text):
    reply = await ask(monkeypatch, text, {**BERGEN, "language": lang}, ITM_OPEN, "ask_contact")
    assert t(lang, "contact_summary") in reply, reply
    assert t(lang, "apply_to_discuss", who="@@").split("@@")[0] not in reply, reply


@pytest.mark.parametrize(("text", "key"), [
    ("where do I get the application form?", "application_form"),
])
async def test_where_the_form_is_stays_the_form(monkeypatch, text, key):
    reply = await ask(monkeypatch, text, {**VIENNA, "language": "en"}, LUCCA_OPEN, "faq_application")
    assert _topic(LUCCA, key, "en", "phd_student") in reply, reply


@pytest.mark.parametrize("text", ["do I need to contact the office first?", "should I email Daniela first?",
                                  "is a research institute fine as host?"])
async def test_other_questions_about_contacts_or_hosts_are_not_the_host_answer(monkeypatch, text):
    reply = await ask(monkeypatch, text, {**VIENNA, "language": "en"}, LUCCA_OPEN, "ask_contact")
    assert t("en", "host_finding_not_said", call=call_name(LUCCA, "en")) not in reply, reply
