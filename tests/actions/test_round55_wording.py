"""Round 55, wording found by the round 54 simulated users.

1. r54-mm (a Belgian ITM IT administrator, French "vous", 14-16 April 2026): the interim status said "✓ Votre
   début, le 14 avril 2026, respecte la première date de départ permise par l'appel, le 1er septembre 2024.",
   noise for a start long after that day. It is said only for a start near it; "show all checks" keeps it.
2. r54-oo (a Dutch ITM PhD student, "u"): "ik ben doctoraatsstudente aan het ITM" was noted and summarised as
   "Doctoraatsstudent": the Dutch feminine role words are in phrases.yaml (feminine_words, feminine_forms).
3. r54-mm: the mail subject "(IMT Anvers (Erasmus+ 2024-2026))" nested brackets: the call's bracketed part
   follows a dash inside the subject's brackets.
4. r54-oo: "golden alleen voor 2024-2025, 2025-2026": the call's academic years as the language lists them
   (Babel): "2024-2025 en 2025-2026"."""
from __future__ import annotations

from urllib.parse import unquote

import pytest

from actions.phrases import gendered
from tests.actions.conversation import play

TODAY = "2025-10-01"


async def _play(monkeypatch, slots, messages, today=TODAY):
    return await play(monkeypatch, slots, messages, today, user_event="parsed", keep_slot_events=True)


# 1. The earliest start, said only when the start is near it.
TRAINING_IN_LILLE = {
    "fr": "Bonjour, je suis administrateur informatique à l'ITM Anvers. Je souhaiterais faire une formation "
          "de 3 jours à l'Université de Lille, du 14 au 16 avril 2026. Est-ce possible avec Erasmus+ ?",
    "en": "Hello, I'm an IT administrator at ITM Antwerp. I'd like to do a 3-day training at the University "
          "of Lille, from 14 to 16 April 2026. Is that possible with Erasmus+?",
    "nl": "Goedendag, ik ben IT-beheerder aan het ITG. Ik wil een opleiding van 3 dagen volgen aan de "
          "Universiteit van Lille, van 14 tot 16 april 2026. Kan dat met Erasmus+?",
    "it": "Buongiorno, sono amministratore informatico all'ITM di Anversa. Vorrei fare una formazione di "
          "3 giorni all'Università di Lille, dal 14 al 16 aprile 2026. È possibile con Erasmus+?",
}
EARLIEST = {"fr": "1er septembre 2024", "en": "1 September 2024", "nl": "1 september 2024",
            "it": "1 settembre 2024"}
SHOW = {"en": "Show all checks", "fr": "Voir toutes les vérifications", "nl": "Toon alle controles",
        "it": "Mostra tutti i controlli"}
NEAR = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "FR",
        "destination_city": "Lille", "receiving_org": "hei"}
NEAR_MONTH = {"fr": ("avril 2026", "octobre 2024"), "en": ("April 2026", "October 2024"),
              "nl": ("april 2026", "oktober 2024"), "it": ("aprile 2026", "ottobre 2024")}


@pytest.mark.parametrize("lang", ["fr", "en", "nl", "it"])
async def test_the_earliest_start_is_not_said_for_a_start_long_after_it(monkeypatch, lang):
    roleless = TRAINING_IN_LILLE[lang].split(". ", 1)[1]  # (English reads the role from "IT administrator")
    for said in (TRAINING_IN_LILLE[lang], roleless):
        got = await _play(monkeypatch, {"language": lang}, [(said, "check_eligibility")])
        first = got.replies[0]
        assert got.slots["start_date"] == "2026-04-14", got.slots
        assert EARLIEST[lang] not in first, first
    # Among all the checks it stays.
    plan = {**NEAR, "language": lang, "citizenship": ["BE"], "start_date": "2026-04-14",
            "end_date": "2026-04-16"}
    shown = await _play(monkeypatch, plan, [(SHOW[lang], "show_checks")])
    assert "✓ " in shown.replies[0] and EARLIEST[lang] in shown.replies[0], shown.replies[0]
    # A start near the earliest one is still confirmed (a borderline start).
    near_text = roleless.replace(*NEAR_MONTH[lang])
    near = await _play(monkeypatch, {"language": lang}, [(near_text, "check_eligibility")], "2024-07-01")
    assert near.slots["start_date"] == "2024-10-14", near.replies
    assert EARLIEST[lang] in near.replies[0], near.replies[0]


# 2. The Dutch feminine role words.
DOCTORAL = ("Goedendag, ik ben doctoraatsstudente aan het ITM in Antwerpen en ik wil van 1 tot 21 maart 2026 "
            "een kort onderzoeksverblijf doen aan het Karolinska Institutet in Stockholm.")


async def test_a_dutch_doctoraatsstudente_is_noted_so(monkeypatch):
    got = await _play(monkeypatch, {"language": "nl"},
                      [(DOCTORAL, "inform"), ("Wie contacteer ik?", "ask_contact")])
    noted, contact = got.replies[0], "\n".join(got.replies[1:])
    assert got.slots["role"] == "phd_student" and got.slots["gender"] == "f", got.slots
    assert "uw statuut: Doctoraatsstudente;" in noted, noted
    assert "Als doctoraatsstudente kunt u" in noted, noted
    assert "Status: Doctoraatsstudente aan" in contact, contact


async def test_a_dutch_masterstudente_is_noted_so(monkeypatch):
    said = "ik ben masterstudente aan het ITG en wil van 1 februari tot 31 mei 2026 studeren in Salamanca"
    got = await _play(monkeypatch, {"language": "nl"}, [(said, "inform")])
    assert got.slots["gender"] == "f", got.slots
    assert "Masterstudente" in got.replies[0], got.replies[0]


def test_a_generic_dutch_role_word_keeps_its_form():
    assert gendered("Als doctoraatsstudent kunt u", "nl", "f") == "Als doctoraatsstudente kunt u"
    text = "een doctoraatsstudent of elke masterstudent; voor doctoraatsstudenten"
    assert gendered(text, "nl", "f") == text


# 3. The mail subject without nested brackets.
STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "FR",
         "start_date": "2026-04-14", "end_date": "2026-04-16"}
WHO = {"fr": "Qui dois-je contacter ?", "en": "Who should I contact?", "nl": "Wie moet ik contacteren?",
       "it": "Chi devo contattare?"}
SUBJECT = {"fr": "Question sur la mobilité Erasmus+ (IMT Anvers – Erasmus+ 2024-2026)",
           "en": "Erasmus+ mobility question (ITM Antwerp – Erasmus+ 2024-2026)",
           "nl": "Vraag over Erasmus+-mobiliteit (ITG Antwerpen – Erasmus+ 2024-2026)",
           "it": "Domanda sulla mobilità Erasmus+ (ITM Anversa – Erasmus+ 2024-2026)"}


@pytest.mark.parametrize("lang", ["fr", "en", "nl", "it"])
async def test_the_mail_subject_has_no_nested_brackets(monkeypatch, lang):
    got = await _play(monkeypatch, {**STAFF, "language": lang}, [(WHO[lang], "ask_contact")])
    text = "\n".join(got.replies)
    link = next(w for w in text.split() if w.startswith("mailto:"))
    subject = unquote(link.split("?subject=", 1)[1])
    assert subject == SUBJECT[lang], subject
    assert "((" not in subject and "))" not in subject


# 4. The call's academic years as a list of the language.
LATER = {"call": "itm-2024", "role": "phd_student", "destination": "SE", "destination_city": "Stockholm",
         "start_date": "2027-03-01", "end_date": "2027-03-21"}
HOW_MUCH_2027 = {"nl": "Hoeveel beurs zou ik krijgen in 2027?", "en": "How much grant would I get in 2027?",
                 "fr": "Combien de bourse aurais-je en 2027 ?", "it": "Quanto riceverei di borsa nel 2027?"}
YEARS = {"nl": "golden alleen voor 2024-2025 en 2025-2026,", "en": "were for 2024-2025 and 2025-2026 only",
         "fr": "valaient pour 2024-2025 et 2025-2026 seulement", "it": "solo per il 2024-2025 e 2025-2026,"}


@pytest.mark.parametrize("lang", ["nl", "en", "fr", "it"])
async def test_the_calls_years_are_listed_with_and(monkeypatch, lang):
    got = await _play(monkeypatch, {**LATER, "language": lang}, [(HOW_MUCH_2027[lang], "ask_grant")],
                      "2026-12-04")
    reply = got.replies[0]
    assert YEARS[lang] in reply, reply
    assert "2024-2025, 2025-2026" not in reply, reply
