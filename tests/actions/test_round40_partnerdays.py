"""Round 40 (r40-b: an ITM lab technician, a staff training week at Charles University in Prague, by train).
1. "Does Charles University have to be a partner of ITM?", "just to be sure on the partnership thing - yes or
   no?" got the whole receiving-organisation paragraph, then the duration rule. "Partner", "partnership" (and
   "partenaire", "partnerschap", "partner di"...) now name the inter-institutional agreement: the rules core's
   decision says whether the person's plan has that condition ("No: ... not needed" for the staff member, with
   what their host must be, from the call data's staff part; "Yes" for a student whose plan needs it).
2. "How many days would be paid?", "would they pay 5 days or 7 with the travel days?" got the 2-60 days rule,
   then the travel-day note: now the rules core's funded days of the person's stay, then the call data's note
   on the travel days, then what the daily amounts rest on (ITM's Annex 1, not published).
Each in English, French, Dutch and Italian, with nearby cases that keep their answer."""
from __future__ import annotations

import pytest

from actions.i18n import t
from actions.profile import core
from tests.actions.test_round39_staffcase import converse, one

LANGS = ("en", "fr", "nl", "it")
PRAGUE = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "receiving_org": "hei",
          "receiving_org_name": "Charles University", "destination": "CZ", "destination_city": "Prague",
          "start_date": "2026-03-09", "end_date": "2026-03-13", "citizenship": ["GH"], "goal": "eligibility",
          "green_travel": True}
# A student's study at a university in Kenya (a third country not associated): the call asks an agreement.
NAIROBI = {"call": "itm-2024", "role": "msc_student", "activity": "study", "receiving_org": "hei",
           "destination": "KE", "destination_city": "Nairobi", "start_date": "2026-03-02",
           "end_date": "2026-05-29", "citizenship": ["BE"], "goal": "eligibility"}
CAN_I_GO = {"en": "so can I go?", "fr": "donc je peux partir ?", "nl": "kan ik dus gaan?",
            "it": "quindi posso partire?"}
PARTNER_YES_NO = {
    "en": "just to be sure on the partnership thing - yes or no?",
    "fr": "juste pour être sûre : l'université doit-elle être partenaire de l'IMT, oui ou non ?",
    "nl": "moet de universiteit een partner van het ITG zijn, ja of nee?",
    "it": "l'università deve essere partner dell'ITM, sì o no?",
}
STAFF_HOST = {"en": "a higher education institution with an ECHE", "fr": "titulaire de l'ECHE",
              "nl": "een instelling voor hoger onderwijs met een ECHE",
              "it": "un istituto di istruzione superiore con ECHE"}


@pytest.mark.parametrize("lang", LANGS)
async def test_staff_partner_question_is_no_with_what_the_host_must_be(monkeypatch, lang):
    replies = await converse(monkeypatch, {**PRAGUE, "language": lang},
                             [one(CAN_I_GO[lang], "check_eligibility"),
                              one(PARTNER_YES_NO[lang], "ask_call_info")])
    reply = replies[1]
    assert reply.startswith(t(lang, "answer_no", answer="").strip()), reply
    assert STAFF_HOST[lang] in reply and t(lang, "partner_host_rules") in reply, reply
    # The staff member's own part only: not the students' cases.
    whole = core().get_call("itm-2024").topics["receiving_org_types"].answer(lang)
    assert whole not in reply, reply


async def test_partner_of_itm_either_or_says_not_needed_for_staff(monkeypatch):
    text = "does Charles University have to be a partner of ITM, or can I go to any university?"
    replies = await converse(monkeypatch, {**PRAGUE, "language": "en"},
                             [one(CAN_I_GO["en"], "check_eligibility"), one(text, "faq_receiving_org")])
    assert "inter-institutional agreement is not needed for your plan" in replies[1], replies[1]
    assert "Student studies" not in replies[1], replies[1]


@pytest.mark.parametrize("lang", LANGS)
async def test_student_in_a_third_country_gets_yes_from_the_same_rule(monkeypatch, lang):
    replies = await converse(monkeypatch, {**NAIROBI, "language": lang},
                             [one(CAN_I_GO[lang], "check_eligibility"),
                              one(PARTNER_YES_NO[lang], "ask_call_info")])
    reply = replies[1]
    assert reply.startswith(t(lang, "answer_yes", answer="").strip()), reply
    assert t(lang, "partner_host_rules") not in reply, reply


PAID_DAYS = {
    "en": ("would they pay 5 days or 7 with the travel days?", "the 5 days of your stay are funded"),
    "fr": ("combien de jours seraient payés ?", "les 5 jours de votre séjour sont financés"),
    "nl": ("hoeveel dagen worden betaald?", "de 5 dagen van uw verblijf worden gefinancierd"),
    "it": ("quanti giorni sarebbero pagati?", "sono finanziati i 5 giorni del soggiorno"),
}
ONE_BEFORE = {"en": "one travel day before and one after", "fr": "un jour de voyage avant et un après",
              "nl": "één reisdag voor en één na", "it": "un giorno di viaggio prima e uno dopo"}


@pytest.mark.parametrize("lang", LANGS)
async def test_paid_days_are_the_stay_days_then_the_travel_days(monkeypatch, lang):
    text, days = PAID_DAYS[lang]
    replies = await converse(monkeypatch, {**PRAGUE, "language": lang},
                             [one(CAN_I_GO[lang], "check_eligibility"), one(text, "ask_grant")])
    reply = replies[1]
    assert days in reply and ONE_BEFORE[lang] in reply, reply
    assert reply.index(days) < reply.index(ONE_BEFORE[lang]), reply
    assert "Annex 1" in reply or "annexe 1" in reply.lower() or "bijlage 1" in reply \
        or "allegato 1" in reply.lower(), reply


async def test_how_many_days_paid_in_english(monkeypatch):
    replies = await converse(monkeypatch, {**PRAGUE, "language": "en"},
                             [one(CAN_I_GO["en"], "check_eligibility"),
                              one("how many days would be paid?", "ask_call_info")])
    assert replies[1].startswith(t("en", "paid_days", days=5, note="")[:30]), replies[1]


async def test_travel_days_question_keeps_its_yes(monkeypatch):
    replies = await converse(monkeypatch, {**PRAGUE, "language": "en"},
                             [one(CAN_I_GO["en"], "check_eligibility"),
                              one("Do travel days count for the daily allowance?", "ask_grant")])
    assert replies[1].startswith("Yes: one travel day before and one after"), replies[1]
