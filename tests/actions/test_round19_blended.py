"""Round 19 of simulated users, more questions asked in the flow: what to send and whether an invitation
letter is needed (the contact summary, twice), whether the online part of a blended mobility is compulsory
and whether its days are paid ("Ik vind het antwoord daarop niet"), and whether there is anything for the
flight ("can't find", or the destination answer). A nearby question keeps its own answer."""
from __future__ import annotations

import pytest

from tests.actions.answered import no_cant_find
from tests.actions.conftest import said
from tests.actions.test_round19_inflow import BLENDED_PORTO, STAFF_PARIS, ask


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # ITM open


# 4. What to send: the call's documents (what, how, to whom), and an invitation letter it does not mention.
@pytest.mark.parametrize(("lang", "text", "intent", "documents", "unsaid"), [
    ("fr", "Que dois-je envoyer, à qui, et faut-il une lettre d'invitation de Pasteur ?", "faq_application",
     "Envoyez votre formulaire de candidature complété", "L'appel ne mentionne pas de lettre d'invitation"),
    ("en", "What do I send, to whom, and do I need an invitation letter from Pasteur?", "faq_application",
     "Send your completed application form", "The call does not mention an invitation letter"),
    ("nl", "Wat moet ik opsturen, naar wie, en heb ik een uitnodigingsbrief van Pasteur nodig?",
     "faq_application", "Stuur uw ingevuld aanvraagformulier", "De oproep vermeldt geen uitnodigingsbrief"),
    ("it", "Cosa devo inviare, a chi, e serve una lettera d'invito del Pasteur?", "out_of_scope",
     "Invii il modulo di candidatura compilato", "Il bando non menziona una lettera d'invito"),
])
async def test_what_to_send_is_the_documents_answer_with_to_whom(lang, text, intent, documents, unsaid):
    reply, _ = await ask(STAFF_PARIS, lang, text, intent)
    assert documents in reply and "erasmusplusmobility@itg.be" in reply, reply
    assert unsaid in reply and "cmorantin@itg.be" in reply, reply
    # It got the contact summary to paste into an e-mail.
    assert "Voici un résumé" not in reply and "Here is a summary" not in reply, reply
    assert "Verdict" not in reply and "verdict" not in reply, reply


async def test_the_next_documents_question_after_the_contact_answer_is_the_documents_answer():
    # After the contact answer the goal is "contact": every later question got the summary block again.
    text = "Quels documents joindre, par exemple un programme de formation signé ?"
    reply, _ = await ask(STAFF_PARIS, "fr", text, "faq_application", goal="contact")
    assert reply.startswith("Pour l'appel IMT Anvers (Erasmus+ 2024-2026) :"), reply
    assert "Envoyez votre formulaire de candidature complété" in reply, reply
    assert "plan de formation du candidat" in reply, reply  # the training plan the call does name
    assert "ne mentionne pas" not in reply and "Voici un résumé" not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [("fr", "À qui dois-je écrire ?"), ("en", "who do I write to?")])
async def test_whom_to_write_to_keeps_the_contact_answer(lang, text):
    reply, _ = await ask(STAFF_PARIS, lang, text, "ask_contact")
    assert "cmorantin@itg.be" in reply, reply
    assert "Voici un résumé" in reply or "Here is a summary" in reply, reply


# 5. The online part of a blended mobility: compulsory (yes first, from the rules core), and not counted in
# the grant's days (the call says nothing of paying for it).
@pytest.mark.parametrize(("lang", "text", "days", "first", "without"), [
    ("nl", "Dus het online deel is echt verplicht, ook als ik alleen de 10 dagen wil?", "10 dagen",
     "Ja: uw gemengde mobiliteit heeft haar verplichte virtuele component, zoals de oproep die vereist van "
     "een korte gemengde mobiliteit, die ze op 3 ECTS vastlegt (bron: Soort, plaats en "
     "duur van de studentenmobiliteit).", "Zonder dat deel zou uw mobiliteit niet in aanmerking komen."),
    ("en", "So the online part is really compulsory, even if I only want the 10 days?", "10 days",
     "Yes: your blended mobility has its compulsory virtual component, as the call requires of a short-term "
     "blended mobility, which it sets at 3 ECTS (source: Type, venue and "
     "duration of the student mobility).", "Without it your mobility would not be eligible."),
    ("fr", "Donc la partie en ligne est vraiment obligatoire, même si je veux seulement les 10 jours ?",
     "10 jours",
     "Oui : votre mobilité hybride comporte sa composante virtuelle obligatoire, comme l'appel l'exige",
     "Sans elle, votre mobilité ne serait pas éligible."),
    ("it", "Quindi la parte online è davvero obbligatoria, anche se voglio solo i 10 giorni?", "10 giorni",
     "Sì: la Sua mobilità mista ha la sua componente virtuale obbligatoria, come il bando richiede",
     "Senza di essa la Sua mobilità non sarebbe ammissibile."),
])
async def test_the_online_part_is_compulsory_yes_first(lang, text, days, first, without):
    reply, got = await ask(BLENDED_PORTO, lang, text, "check_eligibility",
                           [said(text, "duration", "P10D", days)])
    assert reply.startswith(first) and without in reply, reply
    no_cant_find(reply)
    assert got.get("virtual_component", True) is True, got  # a question, not a change of plan


async def test_a_doctoral_mobility_s_online_part_is_not_compulsory():
    doctoral = {**BLENDED_PORTO, "role": "phd_student", "activity": "short_term_doctoral",
                "itm_staff_member": False}
    reply, _ = await ask(doctoral, "en", "Is the online part compulsory?", "check_eligibility")
    # (round 24: that it is optional, from the reference, rather than only that nothing would change)
    assert reply.startswith("No virtual component is required for a short-term doctoral mobility"), reply
    assert "optional" in reply, reply
    reply, _ = await ask(doctoral, "en", "what if I skip the online part?", "nlu_fallback")
    assert reply.startswith("Without the virtual part, nothing else in your answer would change."), reply


@pytest.mark.parametrize(("lang", "text"), [("nl", "Wat als ik het online deel oversla?"),
                                            ("en", "what if I skip the online part?")])
async def test_skipping_the_online_part_keeps_its_answer(lang, text):
    reply, _ = await ask(BLENDED_PORTO, lang, text, "nlu_fallback")
    assert reply.startswith((
        "Dan zou het niet in aanmerking komen: een korte gemengde mobiliteit (3 ECTS) vereist",
        "Then it would not be eligible: a short-term blended mobility (3 ECTS) needs")), reply


@pytest.mark.parametrize(("lang", "text", "intent", "first", "silent"), [
    ("nl", "Worden de online dagen ook betaald, of alleen de 10 dagen in Porto?", "check_eligibility",
     "Alleen uw 10 dagen in Porto (13 april 2026 tot 22 april 2026) tellen mee in de raming van de beurs:",
     "Over een vergoeding voor het online deel zegt de oproep niets"),
    ("en", "Are the online days paid too, or only the 10 days in Porto?", "nlu_fallback",
     "Only your 10 days in Porto (13 April 2026 to 22 April 2026) count in the grant estimate:",
     "The call says nothing about paying for the online part"),
    ("fr", "Les jours en ligne sont-ils payés aussi, ou seulement les 10 jours à Porto ?",
     "check_eligibility",
     "Seuls vos 10 jours à Porto (du 13 avril 2026 au 22 avril 2026) comptent dans l'estimation de la "
     "bourse :",
     "L'appel ne dit rien du paiement de la partie en ligne"),
    ("it", "I giorni online sono pagati anche loro, o solo i 10 giorni a Porto?", "check_eligibility",
     "Nella stima del contributo contano solo i Suoi 10 giorni a Porto (dal 13 aprile 2026 al 22 aprile "
     "2026):",
     "Il bando non dice nulla sul pagamento della parte online"),
])
async def test_the_online_days_are_not_in_the_grant_s_days(lang, text, intent, first, silent):
    porto = text.index("Porto")
    reply, _ = await ask(BLENDED_PORTO, lang, text, intent, [
        {"entity": "city", "value": "Porto", "start": porto, "end": porto + 5}])
    assert reply.startswith(first), reply
    assert "× 79 EUR" in reply and silent in reply and "erasmusplusmobility@itg.be" in reply, reply


# 6. The flight: the travel support of the rules core's grant for this person, with its note.
UNKNOWN_TRAVEL = {"nl": "Reissteun voor deze bestemming is niet bekend: volgens de EU-regels",
                  "en": "Travel support for this destination is not known: under EU-wide rules",
                  "fr": "L'aide au voyage pour cette destination n'est pas connue : selon les règles de l'UE",
                  "it": "Il contributo di viaggio per questa destinazione non è noto: secondo le regole UE"}


@pytest.mark.parametrize(("lang", "text", "intent", "place", "entity"), [
    ("nl", "Krijg ik iets voor de vlucht naar Porto?", "out_of_scope", "Porto", "city"),
    ("nl", "Is er reissteun voor Portugal?", "nlu_fallback", "Portugal", "country"),
    ("en", "Do I get anything for the flight to Porto?", "nlu_fallback", "Porto", "city"),
    ("fr", "Est-ce que j'ai quelque chose pour le vol vers Porto ?", "ask_grant", "Porto", "city"),
    ("it", "Ricevo qualcosa per il volo per Porto?", "ask_grant", "Porto", "city"),
])
async def test_the_flight_is_the_travel_support_answer(lang, text, intent, place, entity):
    value = {"city": "Porto", "country": "PT"}[entity]
    found = {**said(text, entity, value, place), **({"role": "destination"} if entity == "country" else {})}
    reply, _ = await ask(BLENDED_PORTO, lang, text, intent, [found])
    assert reply.startswith(UNKNOWN_TRAVEL[lang]), reply
    assert "Portugal hoort bij" not in reply, reply  # the destination answer it got
    no_cant_find(reply)


async def test_a_staff_member_s_flight_gets_the_amount():
    text = "Krijg ik iets voor de vlucht naar Parijs?"
    reply, _ = await ask(STAFF_PARIS, "nl", text, "out_of_scope")
    assert reply.startswith("Ja: ") and "211,00 reissteun voor heen en terug" in reply, reply


@pytest.mark.parametrize(("lang", "text", "intent", "answer"), [
    ("nl", "Mag ik naar Portugal?", "check_eligibility", "Ja: Portugal hoort bij de EU-lidstaten"),
    ("en", "Is Portugal in the programme?", "faq_destinations",
     "Yes: Portugal is one of the EU member states"),
])
async def test_whether_portugal_counts_keeps_the_destination_answer(lang, text, intent, answer):
    found = {**said(text, "country", "PT", "Portugal"), "role": "destination"}
    reply, _ = await ask(BLENDED_PORTO, lang, text, intent, [found])
    assert reply.startswith(answer), reply
