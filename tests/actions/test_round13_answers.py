"""Round 13 of simulated users (through REST): wrong answers, each played on the slots the conversation had
reached with the message as the NLU reads it (entities as bot/nlu/extract.py gives them), in the user's
language and in English."""
from __future__ import annotations

from typing import Any

import pytest

from tests.actions.answered import answered, no_cant_find
from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond

STAFF_VIENNA_AT = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "AT",
                   "destination_city": "Vienna", "citizenship": ["AT"], "start_date": "2026-03-02",
                   "end_date": "2026-03-06", "receiving_org": "hei", "goal": "eligibility"}
PHD_STAFF_LISBON = {"call": "itm-2024", "role": "phd_student", "activity": "study", "destination": "PT",
                    "destination_city": "Lisbon", "citizenship": ["BE"], "itm_staff_member": True,
                    "start_date": "2026-02-01", "end_date": "2026-05-31", "receiving_org": "hei",
                    "goal": "eligibility"}
MSC_GENEVA = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "CH",
              "destination_city": "Geneva", "citizenship": ["BE"], "start_date": "2026-02-09",
              "end_date": "2026-05-20", "receiving_org": "hei", "goal": "eligibility"}
LUCCA_AMSTERDAM = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
                   "destination": "NL", "destination_city": "Amsterdam", "receiving_org": "enterprise",
                   "start_date": "2016-03-01", "end_date": "2016-06-30", "prior_erasmus_months": 0,
                   "supervisor_authorised": True, "board_authorised": True, "goal": "eligibility"}
STAFF_LJUBLJANA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "SI",
                   "destination_city": "Ljubljana", "citizenship": ["BE"], "start_date": "2026-03-16",
                   "end_date": "2026-03-20", "receiving_org": "hei", "goal": "eligibility"}
MSC_MADRID = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "ES",
              "destination_city": "Madrid", "citizenship": ["IT"], "start_date": "2026-05-04",
              "end_date": "2026-07-20", "receiving_org": "enterprise", "goal": "eligibility"}
MSC_GHANA = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "GH",
             "destination_city": "Accra", "citizenship": ["BE"], "start_date": "2026-05-04",
             "end_date": "2026-07-20", "receiving_org": "ngo", "goal": "eligibility"}


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # ITM open; Lucca long closed


def citizen(text: str, code: str, words: str) -> dict[str, Any]:
    return {**said(text, "country", code, words), "role": "citizenship"}


# 1. "Why?" after a verdict: the failing rule with its source, in the person's words' language.
@pytest.mark.parametrize("intent", ["ask_why", "inform"])
async def test_why_after_not_eligible_for_citizenship_explains_the_rule(dispatcher, intent):
    slots = await answered(STAFF_VIENNA_AT)
    text = "Oh. Why is that? I live and work in Belgium, I just have an Austrian passport."
    await respond(dispatcher, text=text, intent=intent, slots=slots, entities=[
        {**said(text, "country", "BE", "Belgium"), "role": "destination"}, citizen(text, "AT", "Austrian")])
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith("Because of this rule of the call:"), reply
    assert "Austria is a country of your citizenship" in reply
    assert "(source: Type and duration of the staff mobility)" in reply
    assert "not at where you live" in reply  # the objection about residence is answered too


@pytest.mark.parametrize(("lang", "text", "first", "words"), [
    ("it", "ma scusa, perché? non ha senso, sono comunque un dottorando", "Per questa regola del bando:",
     "dottorando"),
    ("en", "but why? it makes no sense, I'm still a PhD student", "Because of this rule of the call:",
     "PhD student"),
])
async def test_why_after_not_eligible_for_staff_status_explains_the_rule(dispatcher, lang, text, first,
                                                                        words):
    slots = await answered(PHD_STAFF_LISBON, lang)
    await respond(dispatcher, text=text, intent="ask_why", slots=slots,
                  entities=[said(text, "role", "phd_student", words)])
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(first), reply
    assert "ITM" in reply and ("Who can apply?" in reply or "Chi può" in reply), reply


@pytest.mark.parametrize(("lang", "text", "first", "why"), [
    # (round 37: whom the call asks it of in words, "only for a study period ... at a university outside ...")
    ("fr", "pourquoi ?", "Votre réponse dépend de ces conditions", "l'appel ne le demande que pour une"),
    ("en", "why is that?", "Your answer depends on these conditions", "the call asks this only for a study"),
])
async def test_why_after_an_answer_with_a_condition_says_why_it_is_needed(dispatcher, lang, text, first, why):
    slots = await answered(MSC_GENEVA, lang)
    await respond(dispatcher, text=text, intent="ask_why", slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith(first), reply
    # the call's heading "Receiving institutions", in the reply language
    heading = {"fr": "Établissements d'accueil", "en": "Receiving institutions"}[lang]
    assert why in reply and heading in reply, reply


# 2. "Does it matter that I'm Dutch?": what the rules read of the nationality for this plan.
@pytest.mark.parametrize(("lang", "text", "words", "first", "priority"), [
    ("nl", "Maakt het trouwens uit dat ik zelf Nederlandse ben?", "Nederlandse",
     "Nee: deze oproep stelt geen voorwaarde aan uw nationaliteit", "niet naar hun thuisland"),
    ("en", "Does it matter that I'm Dutch?", "Dutch", "No: this call sets no condition on your nationality",
     "not towards their home country"),
])
async def test_a_nationality_no_rule_reads_gets_no_and_the_destination(dispatcher, monkeypatch, lang, text,
                                                                     words, first, priority):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    slots = await answered(LUCCA_AMSTERDAM, lang)
    await respond(dispatcher, text=text, intent="inform", slots=slots, entities=[citizen(text, "NL", words)])
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(first), reply
    # the destination's checks, with their source ("What are the activities?" in the reply language)
    heading = {"nl": "Wat zijn de activiteiten?", "en": "What are the activities?"}[lang]
    assert "✓" in reply and heading in reply
    assert "✗" in reply and priority in reply  # going home ranks lower (Selection Criteria)


@pytest.mark.parametrize(("code", "words", "first"), [
    ("IT", "Italian", "No: your nationality is no condition of this call; it only matters because"),
    ("ES", "Spanish", "Yes: Spain is a country of your citizenship"),
])
async def test_a_nationality_a_rule_reads_gets_that_rule(dispatcher, code, words, first):
    slots = await answered(MSC_MADRID)
    text = f"Does it matter that I'm {words}?"
    await respond(dispatcher, text=text, intent="inform", slots=slots, entities=[citizen(text, code, words)])
    assert texts(dispatcher).startswith(first), texts(dispatcher)


# 3. "Does it need an agreement or a charter?": that, not the host-type check.
async def test_an_agreement_or_charter_question_is_not_the_host_type(dispatcher):
    slots = await answered(STAFF_LJUBLJANA)
    text = "Does the University of Ljubljana need to have some kind of agreement or charter for this?"
    await respond(dispatcher, text=text, intent="faq_receiving_org", slots=slots, entities=[
        said(text, "receiving_org", "hei", "University"), said(text, "city", "Ljubljana", "Ljubljana")])
    reply = texts(dispatcher)
    assert "may host this staff training" not in reply, reply
    assert reply.startswith("No: from what you told me, an ECHE is not needed for your plan."), reply
    assert "an inter-institutional agreement is not needed" in reply
    assert "The call asks for it only for another status: Master's student, PhD student" in reply, reply


@pytest.mark.parametrize(("lang", "text", "words", "first", "never"), [
    ("nl", "Moet dat bedrijf eigenlijk een ECHE hebben?", "bedrijf", "Nee:", "gastuniversiteit"),
    ("en", "Does that company actually need an ECHE?", "company", "No:", "host university"),
])
async def test_a_company_needs_no_eche(dispatcher, monkeypatch, lang, text, words, first, never):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    slots = await answered(LUCCA_AMSTERDAM, lang)
    await respond(dispatcher, text=text, intent="faq_receiving_org", slots=slots,
                  entities=[said(text, "receiving_org", "enterprise", words)])
    reply = texts(dispatcher)
    assert reply.startswith(first) and "ECHE" in reply, reply
    assert never not in reply and "Toegelaten ontvangende organisatie" not in reply, reply


@pytest.mark.parametrize(("lang", "text", "asked", "other", "words"), [
    ("it", "va bene un istituto di ricerca o deve essere un'università?", "istituto di ricerca", "università",
     "(istituto di ricerca)"),
    ("en", "is a research institute fine, or must it be a university?", "research institute", "university",
     "(research institute)"),
])
async def test_the_host_type_answer_names_the_type_asked_about(dispatcher, lang, text, asked, other, words):
    slots = await answered({**STAFF_LJUBLJANA, "receiving_org": "research_institute"}, lang)
    await respond(dispatcher, text=text, intent="faq_receiving_org", slots=slots, entities=[
        said(text, "receiving_org", "research_institute", asked), said(text, "receiving_org", "hei", other)])
    reply = texts(dispatcher)
    assert words in reply and "higher education" not in reply and "istruzione superiore" not in reply, reply
    assert not reply.startswith(("Yes:", "Sì:")), reply  # an either/or question


# 4. "Il faut un accord entre l'IMT et Genève ?": the inter-institutional agreement, a condition.
@pytest.mark.parametrize(("lang", "text", "city", "first", "who"), [
    ("fr", "il faut un accord entre l'IMT et Genève ? je sais pas s'il y en a un", "Genève",
     "Oui : Un accord", "erasmusplusmobility@itg.be peut vous dire"),
    ("en", "do we need an agreement between ITM and Geneva? no idea if there is one", "Geneva",
     "Yes: An inter-institutional", "erasmusplusmobility@itg.be can tell you"),
    ("nl", "is er een akkoord tussen het ITG en Genève nodig?", "Genève",
     "Ja: Vóór de mobiliteit moet een interinstitutionele overeenkomst", "erasmusplusmobility@itg.be kan u"),
    ("it", "serve un accordo tra ITM e Ginevra?", "Ginevra", "Sì: ", "erasmusplusmobility@itg.be può dirLe"),
])
async def test_an_agreement_between_itm_and_the_host_is_the_condition(dispatcher, lang, text, city, first,
                                                                     who):
    slots = await answered(MSC_GENEVA, lang)
    await respond(dispatcher, text=text, intent="faq_receiving_org", slots=slots,
                  entities=[said(text, "city", "Geneva", city)])
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert first in reply and who in reply, reply


def test_a_supervisors_consent_and_a_learning_agreement_are_no_institutional_agreement():
    from actions.asides import named_facts

    assert "interinstitutional_agreement" not in named_facts("l'accord de mon promoteur ?", asking=True)
    assert "interinstitutional_agreement" not in named_facts("un accord de mobilité ?", asking=True)
    assert "interinstitutional_agreement" in named_facts("un accord entre l'IMT et Genève ?", asking=True)
    assert "interinstitutional_agreement" in named_facts("een akkoord tussen het ITG en Genève?", asking=True)


# 5. Travel questions: the travel answer; a known zero said once.
@pytest.mark.parametrize(("lang", "text", "words"), [
    ("fr", "et je touche combien pour le voyage ?", "Il n'existait pas d'aide au voyage distincte"),
    ("nl", "Is die 430 euro per maand echt alles, of krijg ik ook reiskosten vergoed?",
     "Er bestond in die periode geen aparte reissteun"),
    ("en", "and how much do I get for the travel?", "No separate travel support existed"),
])
async def test_a_travel_question_gets_the_travel_answer(dispatcher, monkeypatch, lang, text, words):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    slots = await answered(LUCCA_AMSTERDAM, lang)
    await respond(dispatcher, text=text, intent="ask_grant", slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith(words), reply
    assert "1.720" not in reply and "1 720" not in reply and "1,720" not in reply  # not the grant block


@pytest.mark.parametrize(("lang", "text", "once"), [
    ("fr", "et l'aide au voyage ?", "aide au voyage"),
    ("en", "and the travel support?", "travel support"),
])
async def test_no_travel_support_is_said_once(dispatcher, lang, text, once):
    slots = await answered(MSC_GENEVA, lang)
    await respond(dispatcher, text=text, intent="ask_grant", slots=slots)
    reply = texts(dispatcher)
    assert reply.lower().count(once) == 1, reply
    assert "Switzerland" in reply or "Suisse" in reply


# 6. "Can I still apply in February? Is that too late?" with the departure known: the person's own date.
@pytest.mark.parametrize("text", [
    "Why 16 January exactly? Is that a fixed deadline or can I still apply in February?",
    "So if I apply in February for the 16 March course, is that too late?",
])
async def test_can_i_still_apply_gets_the_personal_date_first(dispatcher, text):
    slots = await answered(STAFF_LJUBLJANA)
    february = {**said(text, "start_date", "2026-02-01", "February"), "month_only": True}
    ents = [february] + ([said(text, "start_date", "2026-01-16", "16 January")] if "16 Jan" in text else
                         [said(text, "start_date", "2026-03-16", "16 March")])
    got = await respond(dispatcher, text=text, intent="ask_deadline", slots=slots, entities=ents)
    reply = texts(dispatcher)
    assert reply.startswith("📅 For your departure on 16 March 2026 you must apply by 16 January 2026, "
                            "2 months before."), reply
    assert "February 2026 would be too late." in reply
    assert not reply.startswith("Yes") and "its deadline is 31 July 2026" not in reply
    # The call's own words on its dates, not ours beside them (round 25: "no separate application deadline"
    # next to the call's "31 July 2026, the deadline of the call" read as a contradiction).
    assert "31 July 2026, the deadline of the call; there is no other closing date" in reply
    assert "no separate application deadline" not in reply
    assert reply.count("16 January 2026") == 1  # said once, not again by the deadline lines
    assert "start_date" not in got


async def test_can_i_still_apply_in_french_with_a_month_in_time(dispatcher):
    slots = await answered(STAFF_LJUBLJANA, "fr")
    text = "je peux encore postuler en décembre ?"
    december = {**said(text, "start_date", "2025-12-01", "décembre"), "month_only": True}
    await respond(dispatcher, text=text, intent="ask_deadline", slots=slots, entities=[december])
    reply = texts(dispatcher)
    assert reply.startswith("📅 Pour votre départ le 16 mars 2026, vous devez postuler au plus tard le "
                            "16 janvier 2026, 2\u00a0mois avant."), reply  # Babel's French spacing
    assert "Décembre 2025 est dans les temps." in reply


async def test_is_it_still_open_without_a_departure_words_the_itm_date_right(dispatcher):
    await respond(dispatcher, text="is the call still open?", intent="ask_deadline",
                  slots={"call": "itm-2024", "language": "en"})
    reply = texts(dispatcher)
    assert reply.startswith("Yes: the ITM Antwerp (Erasmus+ 2024-2026) call is open; it has no separate "
                            "application deadline: 31 July 2026 is the end of all mobility activities."), \
        reply


async def test_is_it_too_late_to_an_open_call_is_no(dispatcher):
    await respond(dispatcher, text="is it too late to apply?", intent="ask_deadline",
                  slots={"call": "itm-2024", "language": "en"})
    assert texts(dispatcher).startswith("No: the ITM Antwerp"), texts(dispatcher)


# 7. Either/or questions never get a bare "Yes"/"No" opening.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the 309 for travel, is it for both ways or per way?"),
    ("nl", "die 309 euro reissteun, is dat heen en terug of per rit?"),
])
async def test_an_either_or_question_gets_no_bare_yes(dispatcher, lang, text):
    slots = await answered(STAFF_LJUBLJANA, lang)
    await respond(dispatcher, text=text, intent="ask_grant", slots=slots)
    reply = texts(dispatcher)
    assert not reply.startswith(("Yes", "No", "Ja", "Nee")), reply
    assert "309" in reply


def test_either_or_reads_options_not_whether():
    from actions.eitheror import either_or

    assert either_or("Is that a fixed deadline or can I still apply in February?", "en")
    assert either_or("c'est par mois ou au total ?", "fr") and either_or("heen en terug of per rit?", "nl")
    assert either_or("serve l'ECHE o basta un accordo?", "it")
    assert not either_or("is it open or not?", "en") and not either_or("è aperto o no?", "it")
    assert not either_or("weet u of het nodig is?", "nl")
    assert not either_or("What is the minimum number of credits of a course unit at ITM?", "en")


# 8. "Is supporting staff like me allowed?": who can apply (the call names supporting staff).
@pytest.mark.parametrize(("lang", "text", "words", "answer"), [
    ("en", "Is supporting staff like me actually allowed though?", "staff", "including supporting staff"),
    ("fr", "le personnel d'appui peut postuler ?", "personnel", "personnel d'appui"),
    ("nl", "mag administratief personeel ook aanvragen?", "personeel", "ondersteunend personeel"),
    ("it", "il personale tecnico può candidarsi?", "personale", "personale di supporto"),
])
async def test_supporting_staff_get_who_can_apply(dispatcher, lang, text, words, answer):
    slots = await answered(STAFF_LJUBLJANA, lang)
    await respond(dispatcher, text=text, intent="check_eligibility", slots=slots,
                  entities=[said(text, "role", "staff", words)])
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert answer in reply, reply


# 9. "Enough grants for Ghana? places are limited": the number of grants.
@pytest.mark.parametrize(("lang", "text", "country"), [
    ("en", "would there have been enough grants for Ghana? places outside Europe are limited", "Ghana"),
    ("fr", "il y a assez de bourses pour le Ghana ? les places hors Europe sont limitées", "Ghana"),
    ("nl", "zijn er genoeg beurzen voor Ghana? de plaatsen buiten Europa zijn beperkt", "Ghana"),
    ("it", "ci sono abbastanza borse per il Ghana? i posti fuori Europa sono limitati", "Ghana"),
])
async def test_enough_grants_gets_the_number_of_grants(dispatcher, lang, text, country):
    slots = await answered(MSC_GHANA, lang)
    await respond(dispatcher, text=text, intent="nlu_fallback", slots=slots,
                  entities=[{**said(text, "country", "GH", country), "role": "destination"}])
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert "10" in reply and " 2 " in reply, reply  # 10 student grants, 2 for non-associated countries


# 10. "E la scadenza? 4 marzo 2026?": the date the person was given, confirmed.
@pytest.mark.parametrize(("lang", "text", "words", "intent", "first"), [
    ("it", "e la scadenza? 4 marzo 2026?", "4 marzo 2026", "nlu_fallback",
     "Sì: si candidi entro il 4 marzo 2026 (2 mesi prima della partenza del 4 maggio 2026)."),
    ("it", "la data ultima è il 4 marzo giusto?", "4 marzo", "inform",
     "Sì: si candidi entro il 4 marzo 2026 (2 mesi prima della partenza del 4 maggio 2026)."),
    ("it", "la data ultima è il 4 marzo giusto?", "4 marzo", "ask_deadline",
     "Sì: si candidi entro il 4 marzo 2026"),
    ("en", "and the deadline? 4 March 2026?", "4 March 2026", "nlu_fallback",
     "Yes: apply by 4 March 2026 (2 months before your departure on 4 May 2026)."),
])
async def test_a_question_naming_the_apply_by_date_gets_yes(dispatcher, lang, text, words, intent, first):
    slots = await answered(MSC_MADRID, lang)
    got = await respond(dispatcher, text=text, intent=intent, slots=slots,
                        entities=[said(text, "start_date", "2026-03-04", words)])
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert reply.startswith(first), reply
    assert reply.count("4 marzo 2026") + reply.count("4 March 2026") == 1, reply  # once
    assert "start_date" not in got


async def test_an_open_question_naming_the_apply_by_date_gets_how_it_is_counted(dispatcher):
    slots = await answered(MSC_MADRID)
    text = "I saw 4 March, but what is the rule?"
    await respond(dispatcher, text=text, intent="nlu_fallback", slots=slots,
                  entities=[said(text, "start_date", "2026-03-04", "4 March")])
    reply = texts(dispatcher)
    assert reply.startswith("📅 For your departure on 4 May 2026 you must apply by 4 March 2026, 2 months "
                            "before."), reply


async def test_a_sure_question_about_the_travel_amount_keeps_the_estimate(dispatcher):
    slots = await answered(STAFF_LJUBLJANA)
    await respond(dispatcher, text="so 309 for the flights for sure?", intent="ask_grant", slots=slots)
    assert texts(dispatcher).startswith("The travel support of €309.00 is a fixed EU-wide amount"), \
        texts(dispatcher)


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("fr", "et je touche combien pour le voyage ?",
     "L'aide au voyage pour cette destination n'est pas connue"),
    ("en", "and how much for the travel?", "Travel support for this destination is not known"),
])
async def test_travel_support_not_known_says_why_and_who_knows(dispatcher, lang, text, first):
    slots = await answered(MSC_MADRID, lang)
    await respond(dispatcher, text=text, intent="ask_grant", slots=slots)
    reply = texts(dispatcher)
    assert reply.startswith(first) and "erasmusplusmobility@itg.be" in reply, reply
