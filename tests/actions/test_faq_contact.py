"""Informational answers from the call data, the institution question, contacts and the mailto: link."""
from __future__ import annotations

from urllib.parse import unquote

from actions.contact import ActionContact
from actions.faq import ActionAnswerFaq
from tests.actions.conftest import DOMAIN, make_tracker, texts


async def faq(intent, dispatcher, **kw):
    await ActionAnswerFaq().run(dispatcher, make_tracker(intent=intent, **kw), DOMAIN)
    return texts(dispatcher)


async def test_topic_in_one_call_only_is_answered_from_it_and_names_it(dispatcher):
    said = await faq("faq_credits", dispatcher, text="What is the minimum number of credits?")
    assert "ITM Antwerp" in said and "source:" in said
    assert dispatcher.messages[0].get("buttons") == []


async def test_topic_in_both_calls_asks_which_institution(dispatcher):
    said = await faq("faq_selection", dispatcher, text="How are candidates selected?")
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert payloads == ['/faq_selection{"call":"itm-2024"}', '/faq_selection{"call":"imt-lucca-2015"}']
    assert "Which institution" in said


async def test_mentioned_institution_decides(dispatcher):
    said = await faq("faq_duration", dispatcher, text="How long can IMT Lucca PhD students study abroad?",
                     entities=[{"entity": "institution", "value": "lucca"}])
    assert "IMT Lucca" in said and "ITM Antwerp" not in said


async def test_topic_the_call_does_not_address_names_the_contact(dispatcher):
    said = await faq("faq_personal_data", dispatcher, slots={"call": "itm-2024"})
    assert "does not address" in said and "erasmusplusmobility@itg.be" in said


async def test_contact_for_staff_with_summary_and_mailto(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # an open call: the summary carries the verdict
    slots = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "DE",
             "start_date": "2026-03-01", "end_date": "2026-03-03"}
    await ActionContact().run(dispatcher, make_tracker(slots=slots, intent="ask_contact"), DOMAIN)
    said = texts(dispatcher)
    assert "cmorantin@itg.be" in said
    assert "Destination: Germany." in said and "The Erasmus+ assistant's verdict: not decided yet" in said
    link = next(m["text"] for m in dispatcher.messages if "mailto:" in m["text"]).split("mailto:", 1)[1]
    assert link.startswith("cmorantin@itg.be?subject=")
    # Round 37: the subject only; the summary is shown above the link, not repeated as its body.
    assert " " not in link and "ITM Antwerp" in unquote(link) and "body=" not in link


async def test_contact_for_a_lucca_student_in_italian(dispatcher):
    slots = {"call": "imt-lucca-2015", "role": "phd_student", "language": "it"}
    await ActionContact().run(dispatcher, make_tracker(slots=slots, intent="ask_contact"), DOMAIN)
    said = texts(dispatcher)
    assert "erasmus@imtlucca.it" in said and "La persona giusta" in said


async def test_contact_without_a_call_asks_with_buttons(dispatcher):
    await ActionContact().run(dispatcher, make_tracker(intent="ask_contact"), DOMAIN)
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == [
        '/ask_contact{"call":"itm-2024"}', '/ask_contact{"call":"imt-lucca-2015"}']


async def test_faq_replies_in_the_language_of_the_question_and_remembers_it(dispatcher):
    tracker = make_tracker(intent="faq_credits", text="Combien de crédits vaut un cours à l'IMT d'Anvers ?",
                           entities=[{"entity": "institution", "value": "itm"}])
    events = await ActionAnswerFaq().run(dispatcher, tracker, DOMAIN)
    assert texts(dispatcher).startswith("Pour l'appel IMT Anvers")
    assert {"event": "slot", "name": "language", "value": "fr", "timestamp": None} in events


async def test_a_hesitant_classification_asks_instead_of_guessing(dispatcher):
    ranking = [{"name": "faq_application", "confidence": 0.45}, {"name": "faq_selection", "confidence": 0.3},
               {"name": "greet", "confidence": 0.1}]
    tracker = make_tracker(intent="faq_application", text="come vengono selezionati i candidati?",
                           ranking=ranking, slots={"language": "it"})
    tracker.latest_message["intent"]["confidence"] = 0.45
    await ActionAnswerFaq().run(dispatcher, tracker, DOMAIN)
    assert "Intendeva" in texts(dispatcher)
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/faq_application", "/faq_selection"]


async def test_bare_imt_asks_which_institution_even_for_a_one_call_topic(dispatcher):
    said = await faq("faq_grant_count", dispatcher, text="Combien de bourses propose l'IMT ?",
                     entities=[{"entity": "institution", "value": "imt"}])
    assert "Lucca" in said and ("Antwerp" in said or "Anvers" in said)
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert payloads == ['/faq_grant_count{"call":"itm-2024"}', '/faq_grant_count{"call":"imt-lucca-2015"}']


async def test_contact_question_without_institution_remembers_it(dispatcher):
    tracker = make_tracker(intent="ask_contact", text="Who do I contact?")
    events = await ActionContact().run(dispatcher, tracker, DOMAIN)
    assert {"event": "slot", "name": "goal", "value": "contact"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events]
