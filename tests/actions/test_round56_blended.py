"""Round 56 (r56-a2, r56-yy).

r56-a2, an ITM MSc student (Dutch, "u"): "... een intensieve cursus van vijf dagen aan Uppsala University in
Zweden, van 16 tot 20 maart 2026, met online sessies vooraf." The online sessions named as part of her plan
were not noted as the virtual component (the verdict and the e-mail summary kept "vraag de organisatoren na of
het er een heeft"); "Telt het online gedeelte mee voor de duur?" got "Ja: uw verblijf van 5 dagen valt binnen
de toegestane 5 dagen tot 30 dagen" (the 5 to 30 days are the physical days; the online part is the compulsory
virtual component on top of them); "Tellen die dagen dan ook mee bij de 5 dagen, of gaat het enkel om de dagen
fysiek in Uppsala?" got the destination; "Krijg ik ook iets voor de online dagen?" was not answered.

r56-yy, an ITM PhD student (French, "vous"), 10 to 24 May 2026: "Du 10 au 24 mai, cela fait bien 14 jours,
non ?" got "Oui : ... cela fait 15 jours": a count checked back that is not the stay's is a No."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"

# --- r56-yy: a count checked back ---------------------------------------------------------------------------
DOCTORAL = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "destination": "GB",
            "destination_city": "London", "receiving_org": "hei", "citizenship": ["CM"],
            "start_date": "2026-05-10", "end_date": "2026-05-24", "itm_staff_member": False,
            "goal": "eligibility"}
COUNT_CHECK = {
    "en": ("am I eligible?",
           "Why 15 funded days when I'm going for two weeks? From 10 to 24 May, that's 14 days, right?",
           "No", "15 days"),
    "fr": ("suis-je éligible ?",
           "Pourquoi 15 jours financés alors que je pars deux semaines ? Du 10 au 24 mai, cela fait bien 14 "
           "jours, non ?", "Non", "15 jours"),
    "nl": ("kom ik in aanmerking?",
           "Waarom 15 gefinancierde dagen als ik twee weken ga? Van 10 tot 24 mei zijn dat 14 dagen, toch?",
           "Nee", "15 dagen"),
    "it": ("sono idonea?",
           "Perché 15 giorni finanziati se parto per due settimane? Dal 10 al 24 maggio sono 14 giorni, no?",
           "No", "15 giorni"),
}
COUNT_ALONE = {"en": "From 10 to 24 May, that's 14 days, right?",
               "fr": "Du 10 au 24 mai, cela fait bien 14 jours, non ?",
               "nl": "Van 10 tot 24 mei zijn dat 14 dagen, toch?",
               "it": "Dal 10 al 24 maggio sono 14 giorni, no?"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
@pytest.mark.parametrize("alone", [False, True])
async def test_a_wrong_count_checked_back_gets_no_and_the_right_count(monkeypatch, lang, alone):
    verdict, asked, no, count = COUNT_CHECK[lang]
    asked = COUNT_ALONE[lang] if alone else asked
    got = await play(monkeypatch, {**DOCTORAL, "language": lang},
                     [(verdict, "check_eligibility"), (asked, "ask_duration")], TODAY, user_event="parsed")
    last = got.replies[-1]
    assert last.startswith(f"{no}:") or last.startswith(f"{no} :"), got.replies
    assert count in last, got.replies


# --- r56-a2: the online sessions of a blended mobility ------------------------------------------------------
FIRST = {
    "en": "Hello, I'm a master's student at ITM in Antwerp and I'd like to take part in a five-day intensive "
          "course at Uppsala University in Sweden, from 16 to 20 March 2026, with online sessions before. "
          "Can I get an Erasmus+ grant for that?",
    "fr": "Bonjour, je suis étudiante en master à l'IMT d'Anvers et je voudrais suivre un cours intensif de "
          "cinq jours à l'université d'Uppsala en Suède, du 16 au 20 mars 2026, avec des sessions en ligne "
          "avant. Puis-je obtenir une bourse Erasmus+ ?",
    "nl": "Goedendag, ik ben masterstudent aan het ITM in Antwerpen en ik zou graag deelnemen aan een "
          "intensieve cursus van vijf dagen aan Uppsala University in Zweden, van 16 tot 20 maart 2026, met "
          "online sessies vooraf. Kan ik daarvoor een Erasmus+ beurs krijgen?",
    "it": "Buongiorno, sono una studentessa di master all'ITM di Anversa e vorrei partecipare a un corso "
          "intensivo di cinque giorni all'Università di Uppsala in Svezia, dal 16 al 20 marzo 2026, con "
          "sessioni online prima. Posso ottenere una borsa Erasmus+?",
}
CHECK_WITH_ORGANISERS = {"en": "check with the organisers", "fr": "vérifiez auprès des organisateurs",
                         "nl": "vraag de organisatoren", "it": "verifichi con gli organizzatori"}
NATIONALITY = {"en": "Belgian.", "fr": "Belge.", "nl": "Belgisch.", "it": "Belga."}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_online_sessions_named_with_the_plan_are_its_virtual_component(monkeypatch, lang):
    # (EN and IT were already read right; FR and NL were not)
    got = await play(monkeypatch, {"call": "itm-2024", "language": lang},
                     [(FIRST[lang], "check_eligibility"), (NATIONALITY[lang], "inform")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert got.slots.get("activity") == "short_term_blended", got.slots
    assert got.slots.get("virtual_component") is True, got.slots
    said = "\n".join(got.replies)
    assert CHECK_WITH_ORGANISERS[lang] not in said, got.replies


BLENDED = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended", "destination": "SE",
           "destination_city": "Uppsala", "receiving_org": "hei", "citizenship": ["BE"],
           "start_date": "2026-03-16", "end_date": "2026-03-20", "virtual_component": True,
           "goal": "eligibility"}
VERDICT = {"en": "am I eligible?", "fr": "suis-je éligible ?", "nl": "kom ik in aanmerking?",
           "it": "sono idonea?"}
COUNTS = {
    "en": ["Does the online part count towards the duration?",
           "Thanks. But to be sure: the online sessions are in February. Do those days count towards the 5 "
           "days too, or is it only the days physically in Uppsala?"],
    "fr": ["La partie en ligne compte-t-elle dans la durée ?",
           "Merci. Mais pour être sûre : les sessions en ligne sont en février. Ces jours comptent-ils aussi "
           "dans les 5 jours, ou seulement les jours physiquement à Uppsala ?"],
    "nl": ["Telt het online gedeelte mee voor de duur?",
           "Dank u. Maar om zeker te zijn: de online sessies zijn in februari. Tellen die dagen dan ook mee "
           "bij de 5 dagen, of gaat het enkel om de dagen fysiek in Uppsala?"],
    "it": ["La parte online conta per la durata?",
           "Grazie. Ma per essere sicura: le sessioni online sono a febbraio. Quei giorni contano anche nei "
           "5 giorni, o contano solo i giorni fisicamente a Uppsala?"],
}
PHYSICAL = {"en": "physical", "fr": "physique", "nl": "fysiek", "it": "fisic"}
NO = {"en": "No:", "fr": "Non :", "nl": "Nee:", "it": "No:"}
YES = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}
WITHIN = {"en": "5 days", "fr": "5 jours", "nl": "5 dagen", "it": "5 giorni"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
@pytest.mark.parametrize("which", [0, 1])
async def test_the_online_part_does_not_count_towards_the_days(monkeypatch, lang, which):
    got = await play(monkeypatch, {**BLENDED, "language": lang},
                     [(VERDICT[lang], "check_eligibility"), (COUNTS[lang][which], "ask_duration")], TODAY,
                     user_event="parsed")
    last = got.replies[-1]
    if which == 0:
        assert last.startswith(NO[lang]), got.replies
    assert not last.startswith(YES[lang]), got.replies
    assert PHYSICAL[lang] in last and "5" in last and "30" in last, got.replies
    assert WITHIN[lang] in last.split("\n")[-1], got.replies  # the stay's own check, with its source


async def test_the_verbatim_nationality_and_question(monkeypatch):
    got = await play(monkeypatch, {**BLENDED, "citizenship": None, "language": "nl"},
                     [("Belgisch. Telt het online gedeelte mee voor de duur?", "inform")], TODAY,
                     user_event="parsed")
    assert got.replies[0].startswith("Nee:"), got.replies
    assert "fysieke dagen" in got.replies[0], got.replies


PAID = {
    "en": ("How much do I get for five days? Do I also get something for the online days?", "online part"),
    "fr": ("Combien je reçois pour cinq jours ? Est-ce que je reçois quelque chose pour les jours en ligne ?",
           "partie en ligne"),
    "nl": ("Hoeveel krijg ik voor vijf dagen? Krijg ik ook iets voor de online dagen?", "online deel"),
    "it": ("Quanto ricevo per cinque giorni? Ricevo qualcosa anche per i giorni online?", "parte online"),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_whether_the_online_days_are_paid(monkeypatch, lang):
    asked, part = PAID[lang]
    got = await play(monkeypatch, {**BLENDED, "language": lang},
                     [(VERDICT[lang], "check_eligibility"), (asked, "ask_grant_amount")], TODAY,
                     user_event="parsed")
    said = "\n".join(got.replies[1:])
    assert "Uppsala" in said and part in said, got.replies


async def test_a_vergoeding_for_the_online_sessions(monkeypatch):
    asked = "Krijg ik voor de online sessies ook een vergoeding, of alleen voor de vijf dagen in Uppsala?"
    got = await play(monkeypatch, {**BLENDED, "language": "nl"},
                     [("kom ik in aanmerking?", "check_eligibility"), (asked, "ask_grant_amount")], TODAY,
                     user_event="parsed")
    assert "online deel" in got.replies[-1] and "Uppsala" in got.replies[-1], got.replies
