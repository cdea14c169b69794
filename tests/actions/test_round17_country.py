"""Round 17 of simulated users: whether a country is allowed ("Ma la Turchia è ammessa?", "mag Turkije?") gets
the destination answer, yes or no first from the rules core's destination checks with the source, not the kind
of host; a blended mobility without its virtual part ("if I only do the week in Lisbon?") gets the verdict for
that case (virtual_component False), nothing stored."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.nlu.extract import extract
from tests.actions.answered import answered, no_cant_find
from tests.actions.conftest import texts
from tests.actions.test_dialogue import respond

STAFF_TR = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "TR",
            "goal": "eligibility", "language": "it"}
MSC_BLENDED = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended",
               "virtual_component": True, "destination": "PT", "destination_city": "Lisbon",
               "citizenship": ["IT"], "start_date": "2026-05-04", "end_date": "2026-05-08",
               "goal": "eligibility"}


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")


async def test_a_country_asked_mid_form_gets_the_destination_not_the_host(dispatcher):
    text = "One week at Istanbul University, 4–8 May 2026. Ma la Turchia è ammessa? Non è nell'UE..."
    got = await respond(dispatcher, text=text, intent="inform", entities=extract(text),
                        slots={**STAFF_TR, "asked": "start_date"})
    reply = texts(dispatcher)
    assert reply.startswith("Sì: questo paese (Turchia) rientra tra i paesi terzi associati al programma, "
                            "che il bando comprende: una destinazione possibile per"), reply
    assert "(fonte:" in reply.split("\n")[0], reply
    assert "Organizzazione ospitante ammessa" not in reply.split("\n")[0], reply
    assert got.get("start_date") == "2026-05-04"  # the plan's facts in the message are still noted


@pytest.mark.parametrize(("lang", "text", "yes"), [
    ("it", "Italiana. Però non mi ha risposto: il paese Turchia va bene o no?", "Sì: questo paese (Turchia)"),
    ("en", "is Türkiye allowed?", "Yes: Türkiye is one of the third countries associated"),
    ("fr", "la Turquie est-elle acceptée ?", "Oui : ce pays (Turquie)"),
    ("nl", "mag Turkije?", "Ja: Turkije hoort bij"),
])
async def test_is_the_country_allowed_is_answered_yes_first(dispatcher, lang, text, yes):
    slots = {**STAFF_TR, "language": lang, "destination_city": "Istanbul", "receiving_org": "hei",
             "start_date": "2026-05-04", "end_date": "2026-05-08", "citizenship": ["IT"]}
    await respond(dispatcher, text=text, intent="inform", entities=extract(text), slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith(yes), reply
    # the call's heading, in the reply language
    heading = {"it": "Tipo e durata della mobilità del personale",
               "en": "Type and duration of the staff mobility",
               "fr": "Type et durée de la mobilité du personnel",
               "nl": "Soort en duur van de personeelsmobiliteit"}[lang]
    assert heading in reply.split("\n")[0], reply
    no_cant_find(reply)


async def test_a_country_of_ones_own_citizenship_is_a_no_with_the_reason(dispatcher):
    slots = {**STAFF_TR, "language": "en", "destination": "DE", "citizenship": ["DE"],
             "start_date": "2026-05-04", "end_date": "2026-05-08"}
    text = "is Germany allowed?"
    await respond(dispatcher, text=text, intent="inform", entities=extract(text), slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith("No:") and "citizenship" in reply.split("\n")[0], reply


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("en", "So I can't skip it? What happens if I only do the week in Lisbon?", "Then it would not be"),
    ("en", "what if I skip the online part?", "Then it would not be eligible"),
    ("fr", "et sans la partie en ligne ?", "Dans ce cas, la mobilité ne serait pas éligible"),
    ("nl", "en zonder het online deel?", "Dan zou het niet in aanmerking"),
    ("it", "e senza la parte online?", "In quel caso non sarebbe ammissibile"),
])
async def test_skipping_the_virtual_part_gets_the_verdict_for_that_case(lang, text, words):
    slots = await answered(MSC_BLENDED, lang)
    dispatcher = CollectingDispatcher()
    got = await respond(dispatcher, text=text, intent="inform", entities=extract(text), slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith(words) and "3 ECTS" in reply, reply
    assert "virtual_component" not in got and "last_decision" not in got, got


async def test_the_virtual_part_asked_about_without_a_case_is_no_what_if(dispatcher):
    slots = await answered(MSC_BLENDED)
    text = "is the online part compulsory?"
    await respond(dispatcher, text=text, intent="inform", entities=extract(text), slots=slots)
    assert "Then it would not be eligible" not in texts(dispatcher)
