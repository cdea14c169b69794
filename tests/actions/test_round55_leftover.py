"""Round 55, three simulated users:

- An IMT Lucca PhD student (Italian, "Lei", 10 earlier Erasmus months in this cycle, today 10 January 2016)
  asked four ways how much Erasmus time she had left ("Mi scusi, per capire bene: in totale quanti giorni o
  mesi di Erasmus mi restano ancora in questo dottorato?", "Sì, ma nel mio caso, con i 10 mesi già fatti,
  quanto mi resta?", "Non intendevo la borsa: chiedevo quanti mesi di mobilità mi restano disponibili nel
  ciclo di dottorato.", "Quanti giorni di Erasmus mi restano?") and got the durations paragraph, the grant,
  the verdict and how many grants are left: now the months left before this stay, from the cycle cap rule.
  After "shorter than the 3 months minimum for a study period" she had to think of the 2-month traineeship
  herself: now a line says it fits (the rules core re-run with the other activity).
- An ITM PhD student (English, the ITM call ended): "Yes please, if the call is over, what would it have
  paid? ..." right after the offer got "the 2027 amounts are not known to me": now the what-if. "So who
  should I email about the next call? is there a date when it opens?" got the contact only: now that the date
  is not known first. "would fieldwork training count for short-term doctoral mobility?" (four times) got the
  amounts, then "anything else?": now what the call says of it and who can confirm.
- An ITM postdoc (English): "What exactly do I submit and to whom?" got the contacts and an e-mail summary:
  now the call's application documents and where they go."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

LUCCA_TODAY = "2016-01-10"
ITM_TODAY = "2026-12-05"

# 1. The months left in the cycle, asked in days or months.
PARIS = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
         "destination": "FR", "destination_city": "Paris", "receiving_org": "hei",
         "institution": "Université Paris 1", "start_date": "2016-03-01", "end_date": "2016-04-30",
         "prior_erasmus_months": 10, "gender": "f", "last_decision": {"call": "imt-lucca-2015", "key": None}}
LEFT = {
    "en": "Before this stay, you had 2 months (60 days) of Erasmus left of the 12 months per study cycle.",
    "fr": "Avant ce séjour, vous aviez encore 2 mois (60 jours) d'Erasmus sur les 12 mois par cycle "
          "d'études.",
    "nl": "Vóór dit verblijf had u nog 2 maanden (60 dagen) Erasmus over van de 12 maanden per studiecyclus.",
    "it": "Prima di questo soggiorno restavano ancora 2 mesi (60 giorni) di Erasmus dei 12 mesi per ciclo "
          "di studi.",
}
MONTHS_LEFT = [
    ("it", "Mi scusi, per capire bene: in totale quanti giorni o mesi di Erasmus mi restano ancora in questo "
           "dottorato?", "faq_duration"),
    ("it", "Sì, ma nel mio caso, con i 10 mesi già fatti, quanto mi resta?", "ask_grant"),
    ("it", "Non intendevo la borsa: chiedevo quanti mesi di mobilità mi restano disponibili nel ciclo di "
           "dottorato.", "inform"),
    ("it", "Quanti giorni di Erasmus mi restano?", "faq_grant_count"),
    ("en", "Sorry, just to be sure: in total, how many days or months of Erasmus do I have left in this PhD?",
     "faq_duration"),
    ("en", "How many days of Erasmus do I have left?", "faq_grant_count"),
    ("fr", "Combien de jours d'Erasmus me reste-t-il ?", "faq_grant_count"),
    ("nl", "Hoeveel dagen Erasmus heb ik nog over?", "faq_grant_count"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), MONTHS_LEFT)
async def test_the_months_left_in_the_cycle(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**PARIS, "language": lang}, [(text, intent)], LUCCA_TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert got.replies[-1].split("\n")[0] == LEFT[lang], got.replies


# 2. Refused for its length alone: another activity of the call that admits it.
STUDY = {**PARIS, "activity": "study", "start_date": "2016-02-01", "end_date": "2016-06-30"}
SHORTER = {
    "it": "Capisco. Quindi quanto tempo posso ancora andare? Se facessi un soggiorno più breve, per esempio "
          "dal 1° marzo al 30 aprile 2016, andrebbe bene?",
    "en": "I see. So how much time can I still go? If I did a shorter stay, for example from 1 March to 30 "
          "April 2016, would that work?",
    "fr": "Je vois. Alors combien de temps puis-je encore partir ? Si je faisais un séjour plus court, par "
          "exemple du 1er mars au 30 avril 2016, ça irait ?",
    "nl": "Ik begrijp het. Hoe lang kan ik dan nog gaan? Als ik een korter verblijf deed, bijvoorbeeld van 1 "
          "maart tot 30 april 2016, zou dat gaan?",
}
FITS = {
    "en": "Traineeship: at least 2 months. As a traineeship, your stay of 2 months (60 days) would fit. "
          "(source: Duration of the period abroad)",
    "fr": "Stage : au moins 2 mois. En stage, votre séjour de 2 mois (60 jours) conviendrait. "
          "(source: Durée de la période à l'étranger)",
    "nl": "Stage: minstens 2 maanden. Als stage zou uw verblijf van 2 maanden (60 dagen) passen. "
          "(bron: Duur van de periode in het buitenland)",
    "it": "Tirocinio: almeno 2 mesi. Come tirocinio, il Suo soggiorno di 2 mesi (60 giorni) rientrerebbe nei "
          "limiti. (fonte: Durata del periodo all'estero)",
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_shorter_study_says_the_traineeship_fits(monkeypatch, lang):
    got = await play(monkeypatch, {**STUDY, "language": lang}, [(SHORTER[lang], "inform")], LUCCA_TODAY,
                     user_event="parsed", keep_slot_events=True)
    lines = got.replies[-1].split("\n")
    assert lines[1] == FITS[lang], got.replies
    assert got.slots.get("activity") == "study", got.slots  # a case: nothing stored


@pytest.mark.parametrize("lang", ["en", "it"])
async def test_the_verdict_says_the_traineeship_fits(monkeypatch, lang):
    dates = "dal 1 marzo al 30 aprile 2016" if lang == "it" else "from 1 March to 30 April 2016"
    slots = {**STUDY, "start_date": None, "end_date": None, "prior_erasmus_months": 0, "language": lang}
    got = await play(monkeypatch, slots, [(dates, "inform")], LUCCA_TODAY, user_event="parsed",
                     keep_slot_events=True)
    assert FITS[lang] in got.replies[-1].split("\n"), got.replies


# 3. The offer to say what would have applied, taken with a question.
CAPE_TOWN = {
    "en": "Hi there! I'm Jonas, a PhD student at ITM Antwerp. I'd love to do a short research stay at the "
          "University of Cape Town in February 2027 - can I still apply for this?",
    "fr": "Bonjour ! Je suis Jonas, doctorant à l'IMT d'Anvers. J'aimerais faire un court séjour de "
          "recherche à l'Université du Cap en février 2027, puis-je encore postuler ?",
    "nl": "Hallo! Ik ben Jonas, doctoraatsstudent aan het ITG Antwerpen. Ik wil graag een kort "
          "onderzoeksverblijf aan de Universiteit van Kaapstad in februari 2027, kan ik nog aanvragen?",
    "it": "Salve! Sono Jonas, dottorando all'ITM di Anversa. Vorrei fare un breve soggiorno di ricerca "
          "all'Università di Città del Capo a febbraio 2027, posso ancora candidarmi?",
}
WHAT_PAID = {
    "en": "Ah ok that's a pity. Yes please, if the call is over, what would it have paid? It would be 1 to "
          "20 February 2027, doctoral mobility, fieldwork training basically",
    "fr": "Ah dommage. Oui volontiers, si l'appel est fini, combien aurait-il payé ? Ce serait du 1er au 20 "
          "février 2027, mobilité doctorale, surtout une formation de terrain",
    "nl": "Ah jammer. Ja graag, als de oproep voorbij is, hoeveel zou het betaald hebben? Het zou van 1 tot "
          "20 februari 2027 zijn, doctorale mobiliteit, eigenlijk veldwerk",
    "it": "Ah peccato. Sì grazie, se il bando è finito, quanto avrebbe pagato? Sarebbe dal 1 al 20 febbraio "
          "2027, mobilità dottorale, soprattutto formazione sul campo",
}
EARLIER = {"en": "1 February 2026 – 20 February 2026", "fr": "1er février 2026 – 20 février 2026",
           "nl": "1 februari 2026 – 20 februari 2026", "it": "1 febbraio 2026 – 20 febbraio 2026"}
UNKNOWN_2027 = {"en": "The 2027 amounts are not known to me", "fr": "Je ne connais pas les montants de 2027",
                "nl": "De bedragen voor 2027 ken ik niet", "it": "Gli importi per il 2027 non li conosco"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_yes_please_what_would_it_have_paid_runs_the_what_if(monkeypatch, lang):
    got = await play(monkeypatch, {"language": lang},
                     [(CAPE_TOWN[lang], "check_eligibility"), (WHAT_PAID[lang], "ask_grant")], ITM_TODAY,
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert UNKNOWN_2027[lang] not in reply, got.replies
    assert EARLIER[lang] in reply.split("\n")[0] or EARLIER[lang] in reply, got.replies
    assert got.slots.get("hypothetical") is True, got.slots


# 4. When the next call opens, asked beside whom to write.
CAPE = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility", "activity": "short_term_doctoral",
        "destination": "ZA", "destination_city": "Cape Town", "receiving_org": "hei",
        "institution": "University of Cape Town", "start_date": "2027-02-01", "end_date": "2027-02-20",
        "citizenship": ["DE"], "itm_staff_member": False, "closed_told": "itm-2024>after"}
OPENS = {
    "en": "Great, that's helpful. So who should I email about the next call? is there a date when it opens?",
    "fr": "Super, merci. Alors à qui dois-je écrire pour le prochain appel ? Y a-t-il une date d'ouverture ?",
    "nl": "Top, dank u. Naar wie moet ik mailen over de volgende oproep? Is er een datum waarop die opent?",
    "it": "Ottimo, grazie. A chi devo scrivere per il prossimo bando? C'è una data di apertura?",
}
NOT_KNOWN = {
    "en": "When the next call opens is not known to me: no newer call than this one is in my data. The "
          "office knows:",
    "fr": "Je ne sais pas quand le prochain appel ouvrira : aucun appel plus récent que celui-ci ne figure "
          "dans mes données. Le service le sait :",
    "nl": "Wanneer de volgende oproep opent, weet ik niet: er staat geen nieuwere oproep dan deze in mijn "
          "gegevens. De dienst weet het:",
    "it": "Quando aprirà il prossimo bando non lo so: nei miei dati non c'è un bando più recente di questo. "
          "L'ufficio lo sa:",
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_when_the_next_call_opens_is_said_not_known(monkeypatch, lang):
    got = await play(monkeypatch, {**CAPE, "language": lang}, [(OPENS[lang], "ask_contact")], ITM_TODAY,
                     user_event="parsed", keep_slot_events=True)
    lines = got.replies[-1].split("\n")
    assert lines[0] == NOT_KNOWN[lang], got.replies
    assert "erasmusplusmobility@itg.be" in got.replies[-1], got.replies


# 5. Whether fieldwork counts as a short-term doctoral mobility: what the call says.
PAST_CAPE = {**CAPE, "start_date": "2026-02-01", "end_date": "2026-02-20", "closed_told": None}
FIELDWORK = [
    ("en", "ok got it. one more thing: it's mostly fieldwork training, not a course. would that even have "
           "counted as doctoral mobility? and the 3177 euro, is that what I'd actually have got?",
     "ask_grant"),
    ("en", "thanks. and the fieldwork part? would fieldwork training count for short-term doctoral mobility?",
     "ask_grant"),
    ("en", "hm, that's the money again :) my question is what activities are allowed in a short-term "
           "doctoral mobility - is fieldwork ok or does it have to be research/training at the uni?",
     "out_of_scope"),
    ("en", "What does the call say a short-term doctoral mobility is for? Is fieldwork included?",
     "out_of_scope"),
    ("fr", "Et le travail de terrain ? Une formation de terrain compterait-elle comme mobilité doctorale de "
           "courte durée ?", "inform"),
    ("nl", "En het veldwerk? Zou een veldwerkopleiding meetellen als korte doctorale mobiliteit?", "inform"),
    ("it", "E la parte sul campo? Una formazione sul campo conterebbe come mobilità dottorale breve?",
     "inform"),
]
CALL_SAYS = {
    "en": ("The call does not say what a short-term doctoral mobility must consist of", "conferences",
           "(source: Type, venue and duration of the student mobility)"),
    "fr": ("L'appel ne dit pas en quoi doit consister une mobilité doctorale de courte durée", "conférences",
           "erasmusplusmobility@itg.be"),
    "nl": ("De oproep zegt niet waaruit een korte doctorale mobiliteit moet bestaan", "conferenties",
           "erasmusplusmobility@itg.be"),
    "it": ("Il bando non dice in che cosa debba consistere una mobilità dottorale breve", "conferenze",
           "erasmusplusmobility@itg.be"),
}


@pytest.mark.parametrize(("lang", "text", "intent"), FIELDWORK)
async def test_fieldwork_gets_what_the_call_says(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**PAST_CAPE, "language": lang}, [(text, intent)], "2025-10-01",
                     user_event="parsed", keep_slot_events=True)
    first = got.replies[-1].split("\n")[0]
    assert all(part in first for part in CALL_SAYS[lang]), got.replies


# 6. What to submit and to whom: the call's documents, and where they go.
BERLIN = {"call": "itm-2024", "role": "staff", "goal": "eligibility", "activity": "staff_training",
          "destination": "DE", "destination_city": "Berlin", "receiving_org": "hei",
          "institution": "Charité – Universitätsmedizin Berlin", "start_date": "2026-03-09",
          "end_date": "2026-03-13", "citizenship": ["IN"], "travel_mode": "green",
          "last_decision": {"call": "itm-2024", "key": None}}
SUBMIT = [("en", "What exactly do I submit and to whom?"), ("fr", "Je soumets quoi exactement, et à qui ?"),
          ("nl", "Wat dien ik precies in en bij wie?"), ("it", "Cosa presento esattamente, e a chi?")]
FORM = {"en": "application form", "fr": "formulaire de candidature", "nl": "aanvraagformulier",
        "it": "modulo di candidatura"}


@pytest.mark.parametrize(("lang", "text"), SUBMIT)
async def test_what_to_submit_gets_the_documents(monkeypatch, lang, text):
    got = await play(monkeypatch, {**BERLIN, "language": lang}, [(text, "ask_contact")], "2025-10-01",
                     user_event="parsed", keep_slot_events=True)
    head = "\n".join(got.replies[-1].split("\n")[:2])
    assert FORM[lang] in head and "erasmusplusmobility@itg.be" in head, got.replies
