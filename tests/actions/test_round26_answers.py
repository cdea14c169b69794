"""Round 26 of simulated users: answers that were wrong or missing. A recent PhD graduate's traineeship counts
towards the PhD's 12 months (U1: "the call does not address this"), "can I do a traineeship after my PhD?"
asked before the call was known (U2), the EU traineeship top-up (U9: "No: a top-up not listed is not part of
it"), the amount for Paris or for all of France (U3), an acceptance letter from the host (U4). Each in the
four languages, with the nearby questions that keep their answer."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.actions.answered import no_cant_find
from tests.actions.conftest import texts
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN, hear

PARIS = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "FR",
         "destination_city": "Paris", "receiving_org": "research_institute", "start_date": "2016-05-01",
         "end_date": "2016-08-31", "prior_erasmus_months": 0, "citizenship": ["IT"], "goal": "eligibility"}

# U1. "Do these months after the degree count towards the PhD's 12?": yes, the call says so, with the
# person's own check of the 12 months.
COUNTS = {
    "it": ("Questi 4 mesi dopo il titolo vengono conteggiati nei 12 mesi del ciclo di dottorato?",
           "Sì: la durata di un tirocinio svolto da un neo-dottore conta nei 12 mesi",
           "fonte: Chi può candidarsi?"),
    "en": ("Do these 4 months after graduating count towards the 12 months of my PhD?",
           "Yes: the duration of a traineeship carried out by a recent PhD graduate counts towards the 12",
           "source: Who can apply?"),
    "fr": ("Ces 4 mois après ma soutenance comptent-ils dans les 12 mois du doctorat ?",
           "Oui : la durée d'un stage effectué par un jeune docteur compte dans le maximum de 12 mois",
           "source: Qui peut postuler ?"),
    "nl": ("Tellen die 4 maanden na mijn doctoraat mee voor de 12 maanden?",
           "Ja: de duur van een stage van een pas gepromoveerde telt mee voor het maximum van 12 maanden",
           "bron: Wie kan zich kandidaat stellen?"),
}


@pytest.mark.parametrize("lang", ["it", "en", "fr", "nl"])
async def test_a_recent_graduates_months_count_towards_the_phd(dispatcher, monkeypatch, lang):
    text, first, source = COUNTS[lang]
    await hear(dispatcher, monkeypatch, text, {**PARIS, "language": lang}, LUCCA_OPEN, "faq_credit_transfer")
    reply = texts(dispatcher)
    assert reply.startswith(first), reply
    assert source in reply and "\n✓ 0 " in reply, reply  # the person's own 12-month check
    assert not any(w in reply for w in ("does not address", "non tratta", "n'aborde pas", "behandelt dit"))


async def test_a_masters_months_still_do_not_count(dispatcher, monkeypatch):
    await hear(dispatcher, monkeypatch, "Do my master's Erasmus months count for my PhD?",
               {**PARIS, "language": "en"}, LUCCA_OPEN, "faq_credit_transfer")
    assert texts(dispatcher).startswith("No:"), texts(dispatcher)


async def test_itm_has_no_recent_graduate_answer(dispatcher, monkeypatch):
    slots = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "language": "en"}
    await hear(dispatcher, monkeypatch, "Do the months after graduating count towards the 12 months?", slots,
               ITM_OPEN, "faq_duration")
    assert "recent PhD graduate" not in texts(dispatcher), texts(dispatcher)


# U2. "Vorrei sapere se posso fare un tirocinio dopo il dottorato" before the call was known: answered once
# the call is given; a graduation after March 2016 gets "No" with the check that fails.
async def test_the_question_asked_before_the_call_is_answered_once_it_is_known(monkeypatch):
    replies = await converse(monkeypatch, {"language": "it"}, [
        ("Buongiorno, sono un dottorando all'IMT. Vorrei sapere se posso fare un tirocinio Erasmus dopo aver "
         "conseguito il titolo di dottorato.", "check_eligibility"),
        ("IMT Lucca 2015-2016", "inform"),
    ], LUCCA_OPEN)
    # Round 59: in January 2016 ITM's 2024-2026 call was not published yet, so "IMT" is IMT Lucca's call
    # from the first message on (no "which one?" asked) and the question is answered in its first reply.
    first = replies[0].split("\n", 1)[1] if replies[0].startswith("Presumo") else replies[0]
    assert first.startswith("Sì: i dottorandi che conseguono il titolo entro marzo 2016"), replies
    assert "entro la scadenza del 18 gennaio 2016, quindi prima del titolo" in first, replies
    assert "In quale paese" in first, replies  # then the conversation goes on


async def test_the_call_given_alone_gets_no_such_answer(monkeypatch):
    replies = await converse(monkeypatch, {"language": "it"}, [
        ("Buongiorno, sono un dottorando all'IMT e vorrei fare un tirocinio.", "check_eligibility"),
        ("IMT Lucca 2015-2016", "inform"),
    ], LUCCA_OPEN)
    assert "neo-dottore" not in replies[1] and not replies[1].startswith("Sì"), replies


@pytest.mark.parametrize(("graduation", "first", "check"), [
    ("2016-03-15", "Yes: PhD candidates graduating by March 2016", "✓ Your graduation on 15 March 2016"),
    ("2016-04-15", "No: PhD candidates graduating by March 2016", "✗ Your graduation on 15 April 2016"),
])
async def test_a_traineeship_after_the_phd_is_judged_on_the_graduation_date(dispatcher, monkeypatch,
                                                                            graduation, first, check):
    slots = {**PARIS, "graduation_date": graduation, "language": "en"}
    await hear(dispatcher, monkeypatch, "Can I still do it after my PhD?", slots, LUCCA_OPEN,
               "check_eligibility")
    reply = texts(dispatcher)
    assert reply.startswith(first) and check in reply, reply


# U9. The EU traineeship top-up is in the call data: "Yes" with it and its source, in the grant block too.
AMSTERDAM = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "NL",
             "destination_city": "Amsterdam", "receiving_org": "ngo", "citizenship": ["BE"],
             "start_date": "2026-06-01", "end_date": "2026-07-31", "goal": "eligibility"}
TOP_UP = {
    "nl": (["Nee, ik bedoel: krijgen stagiairs een toeslag, een extra bedrag per maand omdat het een "
            "traineeship is?",
            "Een vriend zei dat je voor een stage nog iets extra krijgt bovenop de gewone beurs, klopt dat?"],
           "Ja: volgens de EU-regels krijgen stages een toeslag van 150 EUR per maand"),
    "en": (["Do trainees get a top-up, an extra amount per month?",
            "A friend said trainees get something extra on top of the normal grant, is that right?"],
           "Yes: under EU-wide rules traineeships receive a top-up of 150 EUR per month"),
    "fr": (["Les stagiaires reçoivent-ils un complément, un montant supplémentaire par mois ?"],
           "Oui : selon les règles de l'UE, les stages reçoivent un complément de 150 EUR par mois"),
    "it": (["I tirocinanti ricevono un'integrazione, un importo aggiuntivo al mese?"],
           "Sì: secondo le regole UE i tirocini ricevono un'integrazione di 150 EUR al mese"),
}


@pytest.mark.parametrize("lang", ["nl", "en", "fr", "it"])
async def test_the_eu_traineeship_top_up_is_said(monkeypatch, lang):
    questions, first = TOP_UP[lang]
    slots = {**AMSTERDAM, "language": lang}
    for text in questions:
        dispatcher = CollectingDispatcher()
        await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, "ask_grant")
        reply = texts(dispatcher)
        assert reply.startswith(first) and "erasmus-figures" not in reply, reply
        assert "erasmusplusmobility@itg.be" in reply, reply
        wrong = ("is not in them", "zit er niet in", "n'en fait pas", "non ne fa")
        assert not any(w in reply for w in wrong), reply


async def test_the_top_up_is_in_the_grant_block_of_a_traineeship(dispatcher, monkeypatch):
    await hear(dispatcher, monkeypatch, "am I eligible?", {**AMSTERDAM, "language": "en"}, ITM_OPEN,
               "check_eligibility")
    assert "(Under EU-wide rules traineeships receive a top-up of 150 EUR per month" in texts(dispatcher)


async def test_a_top_up_outside_europe_is_the_line_of_the_grant(dispatcher, monkeypatch):
    slots = {**AMSTERDAM, "destination": "CA", "destination_city": "Montreal", "language": "en"}
    await hear(dispatcher, monkeypatch, "Do trainees get a top-up?", slots, ITM_OPEN, "ask_grant")
    assert texts(dispatcher).startswith("Yes: traineeship top-up (EU-wide): 60 days × 150/30 EUR: €300.00")


async def test_a_study_period_has_no_top_up_and_another_scholarship_is_combining(monkeypatch):
    study = {**AMSTERDAM, "activity": "study", "receiving_org": "hei", "language": "en"}
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "Do I get a top-up, an extra amount per month?", study, ITM_OPEN,
               "ask_grant")
    assert "150 EUR" not in texts(dispatcher) and not texts(dispatcher).startswith("Yes"), texts(dispatcher)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "Kan ik dit combineren met een beurs van het FWO?",
               {**AMSTERDAM, "language": "nl"}, ITM_OPEN, "faq_scholarship_compatibility")
    first = str(dispatcher.messages[0].get("text"))
    assert first.startswith("De oproep ITG Antwerpen (Erasmus+ 2024-2026) zegt niet of u een andere"), first


# U3. "480 a month for Paris or for all of France?": the same for the whole country (its group's rate).
CITY = {
    "it": ("Sulla borsa: 480 euro al mese sono per Parigi in particolare o per tutta la Francia?",
           "Lo stesso in tutto il paese (Francia)", "maggiorazione per Parigi"),
    "en": ("Is the 480 a month for Paris only, or the same for all of France?",
           "The same for all of France", "no supplement for Paris"),
    "fr": ("Les 480 euros par mois, c'est pour Paris ou pour toute la France ?",
           "Le même pour tout le pays (France)", "pas de supplément pour Paris"),
    "nl": ("Is die 480 euro per maand voor Parijs of voor heel Frankrijk?",
           "Hetzelfde voor heel Frankrijk", "geen toeslag voor Parijs"),
}


@pytest.mark.parametrize("lang", ["it", "en", "fr", "nl"])
async def test_the_amount_is_the_same_for_the_whole_country(dispatcher, monkeypatch, lang):
    text, first, city = CITY[lang]
    await hear(dispatcher, monkeypatch, text, {**PARIS, "language": lang}, LUCCA_OPEN, "ask_grant")
    reply = texts(dispatcher)
    assert reply.startswith(first) and city in reply and "480 EUR" in reply, reply
    assert "INDIRE" not in reply and "Group 2" not in reply and "Gruppo 2" not in reply, reply


async def test_which_group_still_lists_the_groups(dispatcher, monkeypatch):
    await hear(dispatcher, monkeypatch, "In which group is France?", {**PARIS, "language": "en"}, LUCCA_OPEN)
    assert "France is in Group 1" in texts(dispatcher) and "Group 2" in texts(dispatcher), texts(dispatcher)


# U4. An acceptance letter or a confirmation of the host, asked about the application: the call does not
# mention one; whom to ask.
LETTER = {
    "it": ("Serve già la lettera di accettazione dell'istituto di Parigi?", "Il bando non menziona una "
           "lettera di accettazione", PARIS, LUCCA_OPEN, "erasmus@imtlucca.it"),
    "nl": ("Moet ik al een bevestiging van AzG hebben voor ik aanvraag?", "De oproep vermeldt geen "
           "acceptatiebrief", AMSTERDAM, ITM_OPEN, "erasmusplusmobility@itg.be"),
    "en": ("Do I already need an acceptance letter from the host when I apply?", "The call does not mention "
           "an acceptance letter", AMSTERDAM, ITM_OPEN, "erasmusplusmobility@itg.be"),
    "fr": ("Faut-il déjà une lettre d'acceptation de l'université pour postuler ?", "L'appel ne mentionne "
           "pas de lettre d'acceptation", PARIS, LUCCA_OPEN, "erasmus@imtlucca.it"),
}


@pytest.mark.parametrize("lang", ["it", "nl", "en", "fr"])
async def test_an_acceptance_letter_is_not_in_the_call(dispatcher, monkeypatch, lang):
    text, words, slots, today, contact = LETTER[lang]
    await hear(dispatcher, monkeypatch, text, {**slots, "language": lang}, today, "check_eligibility")
    reply = texts(dispatcher)
    no_cant_find(reply)
    assert words in reply and contact in reply, reply


async def test_what_to_send_alone_names_no_missing_document(dispatcher, monkeypatch):
    await hear(dispatcher, monkeypatch, "Cosa devo inviare?", {**PARIS, "language": "it"}, LUCCA_OPEN,
               "faq_application")
    reply = texts(dispatcher)
    assert "modulo di candidatura" in reply and "non menziona" not in reply, reply
