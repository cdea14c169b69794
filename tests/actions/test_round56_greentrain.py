"""Round 56 (r56-xx, today 1 October 2025): a Belgian ITM lab technician without a PhD, staff training at the
Institut Pasteur in Paris, 13-22 April 2026, by train (Thalys).

1. "i go with train (thalys). train is more money?" got the green travel answer (€285 instead of €211) but
   green travel was not noted; later answers and the e-mail summary said €211. The person's own way of
   travelling said with a question is noted ("go with train" was not read); a pure question is not.
2. "but i told you i go with train, why it say 211 and not 285?" got the 30-day month rule (the two numbers
   read as day counts): a why-question naming the two travel figures is about the amount, and the train said
   in it is noted.
3. "yes i work at ITM, i am laboratory technician. i am only technician, no phd, is it still ok?" got only
   "As a staff member, you may apply": the priority for PhD/postdoc staff that ranks but does not exclude,
   with its source, answers it (and the Italian "niente dottorato" was read as a PhD student).
4. "how many places there are?" from a staff member got the student grants' split and the students' page as
   source: the staff places with the section that says them."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
PLAN = {"call": "itm-2024", "role": "staff", "itm_staff_member": True, "activity": "staff_training",
        "destination": "FR", "destination_city": "Paris", "receiving_org": "research_institute",
        "start_date": "2026-04-13", "end_date": "2026-04-22", "goal": "eligibility", "asked": "citizenship"}
BELGIAN = {"en": "belgian", "fr": "belge", "nl": "Belg", "it": "belga"}
NOTED_YES = {"en": "green travel: Yes", "fr": "voyage écologique: Oui", "nl": "groen reizen: Ja",
             "it": "viaggio sostenibile: Sì"}


async def _after_verdict(monkeypatch, lang, text, intent="inform"):
    """The verdict given (nationality the last fact, as in the transcript), then `text`."""
    got = await play(monkeypatch, {**PLAN, "language": lang}, [(BELGIAN[lang], "inform"), (text, intent)],
                     TODAY, user_event="parsed", keep_slot_events=True)
    return got


# 1. The way of travelling said with a question is noted.
MODE_AND_QUESTION = {
    "en": "i go with train (thalys). train is more money?",
    "fr": "je prends le train (thalys). le train c'est plus d'argent ?",
    "nl": "ik ga met de trein (thalys). is de trein meer geld?",
    "it": "vado in treno (thalys). il treno è più soldi?",
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_train_said_with_a_question_is_noted(monkeypatch, lang):
    got = await _after_verdict(monkeypatch, lang, MODE_AND_QUESTION[lang])
    assert got.slots.get("green_travel") is True, (got.slots, got.replies[-1])
    assert NOTED_YES[lang] in got.replies[-1], got.replies[-1]
    assert "285" in got.replies[-1], got.replies[-1]


async def test_go_with_train_then_the_daily_amount_counts_the_green_travel(monkeypatch):
    got = await play(monkeypatch, {**PLAN, "language": "en"},
                     [("belgian", "inform"), (MODE_AND_QUESTION["en"], "inform"),
                      ("ok. and how much i get per day? for living in paris", "ask_grant")],
                     TODAY, user_event="parsed", keep_slot_events=True)
    assert "€285.00" in got.replies[-1] and "€211.00 for the round trip" not in got.replies[-1], got.replies


PURE_QUESTION = {"en": "is the train more money?", "fr": "le train c'est plus d'argent ?",
                 "nl": "is de trein meer geld?", "it": "il treno è più soldi?"}
FLYING = {"en": "I fly. is the train more money?", "fr": "je vais en avion. le train c'est plus cher ?",
          "nl": "ik ga met het vliegtuig. is de trein duurder?",
          "it": "vado in aereo. il treno costa di più?"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_pure_question_notes_nothing_and_flying_notes_no(monkeypatch, lang):
    got = await _after_verdict(monkeypatch, lang, PURE_QUESTION[lang])
    assert got.slots.get("green_travel") is None, got.slots
    assert "285" in got.replies[-1], got.replies[-1]
    got = await _after_verdict(monkeypatch, lang, FLYING[lang])
    assert got.slots.get("green_travel") is False, got.slots


# 2. Why that figure and not the other: the amount, with the train said in the message noted.
WHY_TOLD = {
    "en": "but i told you i go with train, why it say 211 and not 285?",
    "fr": "mais je vous ai dit que je vais en train, pourquoi 211 et pas 285 ?",
    "nl": "maar ik zei dat ik met de trein ga, waarom staat er 211 en niet 285?",
    "it": "ma le ho detto che vado in treno, perché dice 211 e non 285?",
}
NOW_GREEN = {
    "en": "You are right: €211.00 was the travel support without green travel",
    "fr": "Vous avez raison : 211,00 € était l'aide au voyage sans voyage vert",
    "nl": "U hebt gelijk: € 211,00 was de reissteun zonder groen reizen",
    "it": "Ha ragione: 211,00 € era il contributo di viaggio senza viaggio sostenibile",
}
DAY_RULE = {"en": "30 days", "fr": "30 jours", "nl": "30 dagen", "it": "30 giorni"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_why_211_and_not_285_is_about_the_amount(monkeypatch, lang):
    got = await _after_verdict(monkeypatch, lang, WHY_TOLD[lang])
    reply = got.replies[-1].replace("\xa0", " ")
    assert got.slots.get("green_travel") is True, (got.slots, reply)
    assert NOW_GREEN[lang] in reply and NOTED_YES[lang] in reply, reply
    assert DAY_RULE[lang] not in reply, reply


WHY_BARE = {
    "en": "why does it say 211 and not 285?",
    "fr": "pourquoi ça dit 211 € et pas 285 € ?",
    "nl": "waarom staat er 211 euro en niet 285 euro?",
    "it": "perché dice 211 e non 285?",
}
NOT_NOTED = {
    "en": "€211.00 is the travel support without green travel",
    "fr": "211,00 € est l'aide au voyage sans voyage vert",
    "nl": "€ 211,00 is de reissteun zonder groen reizen",
    "it": "211,00 € è il contributo di viaggio senza viaggio sostenibile",
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_why_211_without_a_way_of_travelling_says_what_is_missing(monkeypatch, lang):
    got = await _after_verdict(monkeypatch, lang, WHY_BARE[lang])
    reply = got.replies[-1].replace("\xa0", " ")
    assert got.slots.get("green_travel") is None, got.slots
    assert NOT_NOTED[lang] in reply and "285" in reply, reply
    assert DAY_RULE[lang] not in reply, reply


# 3. "No PhD, is it still ok?" while the status is asked: the priority answers it.
FORM = {"call": "itm-2024", "activity": "staff_training", "destination": "FR", "destination_city": "Paris",
        "receiving_org": "research_institute", "goal": "eligibility", "asked": "role"}
STILL_OK = {
    "en": "yes i work at ITM, i am laboratory technician. i am only technician, no phd, is it still ok?",
    "fr": "oui je travaille à l'IMT, je suis technicien de laboratoire. je suis seulement technicien, pas de "
          "doctorat, c'est quand même ok ?",
    "nl": "ja ik werk bij het ITG, ik ben laborant. ik ben maar technicus, geen doctoraat, is dat nog ok?",
    "it": "sì lavoro all'ITM, sono tecnico di laboratorio. sono solo tecnico, niente dottorato, va bene lo "
          "stesso?",
}
STILL_YES = {
    "en": ("Yes, you may still apply: that does not exclude you, but it ranks you lower",
           "Priority goes to PhD and/or postdoctoral staff members. (source: Who can apply?)",
           "including supporting staff"),
    "fr": ("Oui, vous pouvez quand même postuler : cela ne vous exclut pas",
           "La priorité va aux membres du personnel doctorants et/ou postdoctorants. "
           "(source: Qui peut postuler ?)",
           "y compris le personnel d'appui"),
    "nl": ("Ja, u kunt zich toch kandidaat stellen: dat sluit u niet uit",
           "Voorrang gaat naar doctorerende en/of postdoctorale personeelsleden. "
           "(bron: Wie kan zich kandidaat stellen?)", "ook ondersteunend personeel"),
    "it": ("Sì, può comunque candidarsi: questo non La esclude",
           "La priorità va ai membri del personale dottorandi e/o postdoc. (fonte: Chi può candidarsi?)",
           "compreso il personale di supporto"),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_no_phd_is_it_still_ok_gets_the_priority(monkeypatch, lang):
    got = await play(monkeypatch, {**FORM, "language": lang}, [(STILL_OK[lang], "check_eligibility")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1].replace("\xa0", " ")
    assert got.slots.get("role") == "staff", (got.slots, reply)
    assert got.slots.get("doctoral_or_postdoc_staff") is False, got.slots
    for part in STILL_YES[lang]:
        assert part in reply, reply


# 4. How many places, for a staff member: the staff places and their section.
PLACES = {"en": "how many places there are?", "fr": "combien de places il y a ?",
          "nl": "hoeveel plaatsen zijn er?", "it": "quanti posti ci sono?"}
STAFF_PLACES = {
    "en": ("ITM funds 5 outgoing staff mobilities", "(source: Who can apply?)", "student grants"),
    "fr": ("L'IMT finance 5 mobilités sortantes du personnel", "(source: Qui peut postuler ?)",
           "bourses étudiantes"),
    "nl": ("Het ITG financiert 5 uitgaande personeelsmobiliteiten", "(bron: Wie kan zich kandidaat stellen?)",
           "studentenbeurzen"),
    "it": ("L'ITM finanzia 5 mobilità in uscita del personale", "(fonte: Chi può candidarsi?)",
           "borse studenti"),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_places_for_staff_are_the_staff_places(monkeypatch, lang):
    got = await _after_verdict(monkeypatch, lang, PLACES[lang], "faq_grant_count")
    said, source, students = STAFF_PLACES[lang]
    reply = got.replies[-1].replace("\xa0", " ")
    assert said in reply and source in reply, reply
    assert students not in reply, reply


async def test_places_for_a_student_keep_the_split(monkeypatch):
    slots = {"call": "itm-2024", "role": "msc_student", "language": "en"}
    got = await play(monkeypatch, slots, [(PLACES["en"], "faq_grant_count")], TODAY, user_event="parsed")
    assert "8 student grants" in got.replies[-1], got.replies[-1]


@pytest.mark.parametrize("intent", ["ask_why", "ask_grant", "check_eligibility"])
async def test_why_211_read_with_other_intents(monkeypatch, intent):
    got = await _after_verdict(monkeypatch, "en", WHY_TOLD["en"], intent)
    reply = got.replies[-1]
    assert got.slots.get("green_travel") is True and NOW_GREEN["en"] in reply, reply
