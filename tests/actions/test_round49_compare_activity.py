"""Round 49 (Cameroonian ITM PhD student, woman, study period at the Université de Bordeaux, 2 March - 29 May
2026, PhD scholarship; today 1 October 2025).

- "Une question : vous proposiez aussi une « mobilité doctorale de courte durée ». Serait-elle plus adaptée à
  mon séjour de trois mois ?" was stored ("Mis à jour : le type de mobilité: Période d'études → Mobilité
  doctorale de courte durée") and answered "vous n'êtes pas éligible": another activity asked about is a case,
  answered for that activity, nothing stored (actions/activitycompared.py, phrases activity_compared).
- "89 jours" in that reply, "88 jours" elsewhere for the same dates: short-term limits count calendar days
  (rules_core/kinds.py duration_range); a limit failed so now says both counts. "Quelle est la bonne durée ?",
  "compte-t-il 88 ou 89 jours ?", "pourquoi 88 et pas 89 ?" get the 30-day-month count (actions/daycount.py).
- "Pourquoi le 2 janvier précisément ? Et ma nationalité camerounaise a-t-elle une incidence ?" got the date
  only: an effect asked ("a-t-elle une incidence") is a matters_question.
- "combien pourrais-je recevoir par mois ?" got "Non : je n'ai pas de montant": the call publishes none for
  the case, where the amounts are and whom to ask, with no "No" (actions/grantq.py)."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")

# The conversation, verbatim, with the intents the NLU model gave.
CONVERSATION = [
    ("Bonjour, je suis doctorante à l'ITM d'Anvers et je souhaiterais effectuer un séjour de recherche à "
     "l'Université de Bordeaux. Pourriez-vous m'indiquer si je peux bénéficier d'Erasmus+ ?",
     "check_eligibility"),
    ("Il s'agirait d'une période d'études et de recherche de trois mois, du 2 mars au 29 mai 2026.",
     "inform"),
    ("Je suis de nationalité camerounaise.", "inform"),
    ("Non, je ne suis pas employée par l'institut, je suis boursière (bourse de doctorat). D'ailleurs, "
     "est-ce que ma bourse pose problème ?", "faq_scholarship_compatibility"),
    ("Merci. L'université de Bordeaux a-t-elle besoin d'une charte ?", "nlu_fallback"),
    ("Savez-vous si l'Université de Bordeaux possède déjà cette charte ECHE ?", "nlu_fallback"),
    ("D'accord. Et concrètement, combien pourrais-je recevoir par mois pour ces trois mois à Bordeaux ?",
     "ask_grant"),
    ("Je comprends. Est-ce que le fait d'avoir déjà une bourse de doctorat réduit le montant de la bourse "
     "Erasmus+, ou est-ce seulement une question de classement ?", "faq_scholarship_compatibility"),
    ("Très bien. Pour récapituler, quelle est la date limite pour déposer ma candidature, et à qui dois-je "
     "l'adresser ?", "ask_deadline"),
    ("Pourquoi le 2 janvier précisément ? Et ma nationalité camerounaise a-t-elle une incidence ?",
     "ask_why"),
    ("Merci. Et ma nationalité camerounaise, est-ce que cela pose un problème pour l'éligibilité ?",
     "check_eligibility"),
    ("Une question : vous proposiez aussi une « mobilité doctorale de courte durée ». Serait-elle plus "
     "adaptée à mon séjour de trois mois ?", "faq_duration"),
    ("Merci. Je remarque que vous avez d'abord parlé de 88 jours, puis de 89 jours. Quelle est la bonne "
     "durée ?", "faq_duration"),
    ("Ma question portait sur le nombre de jours : mon séjour du 2 mars au 29 mai 2026 compte-t-il 88 ou 89 "
     "jours ?", "faq_duration"),
    ("pourquoi 88 et pas 89 ?", "out_of_scope"),
]


async def test_the_conversation(monkeypatch):
    got = await play(monkeypatch, {"language": "fr"}, CONVERSATION, TODAY, user_event="parsed",
                     keep_slot_events=True)
    amount, why_both, compare, which, count, why88 = (got.replies[6], got.replies[9], got.replies[11],
                                                      got.replies[12], got.replies[13], got.replies[14])
    assert not amount.startswith("Non"), amount
    assert "2\xa0mois avant" in why_both and "nationalité n'est pas une condition" in why_both, why_both
    assert "Mis à jour" not in compare and "n'êtes pas éligible" not in compare, compare
    assert got.slots["activity"] == "study"
    assert "89 jours" not in compare or "calendaires" in compare, compare
    for reply in (which, count, why88):
        assert "88" in reply and "30 jours" in reply, reply


BORDEAUX = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility", "activity": "study",
            "destination": "FR", "destination_city": "Bordeaux", "receiving_org": "hei",
            "start_date": "2026-03-02", "end_date": "2026-05-29", "has_scholarship": True, "gender": "f"}
TOLD = {"en": "I'm Cameroonian, not ITM staff.",
        "fr": "Je suis camerounaise, pas membre du personnel de l'IMT.",
        "nl": "Ik ben Kameroense, geen personeel van het ITG.",
        "it": "Sono camerunese, non personale dell'ITM."}
COMPARE = {"en": ["You also offered a short-term doctoral mobility. Would it be more suitable for my "
                  "three-month stay?", "Would short-term doctoral mobility be better suited to my stay?"],
           "fr": ["Une question : vous proposiez aussi une « mobilité doctorale de courte durée ». "
                  "Serait-elle plus adaptée à mon séjour de trois mois ?",
                  "Une mobilité doctorale de courte durée serait-elle plus avantageuse ?"],
           "nl": ["U stelde ook een korte doctorale mobiliteit voor. Zou die beter passen bij mijn verblijf "
                  "van drie maanden?", "Is een korte doctorale mobiliteit geschikter voor mij?"],
           "it": ["Lei proponeva anche una mobilità dottorale di breve durata. Sarebbe più adatta al mio "
                  "soggiorno di tre mesi?", "Una mobilità dottorale breve sarebbe più adatta?"]}
UPDATED = {"en": "Updated", "fr": "Mis à jour", "nl": "Bijgewerkt", "it": "Aggiornat"}
ELIGIBLE_NOT = {"en": "you are not eligible", "fr": "vous n'êtes pas éligible",
                "nl": "u komt niet in aanmerking", "it": "non è idonea"}
CALENDAR = {"en": "89 calendar days (88 days", "fr": "89 jours calendaires (88 jours",
            "nl": "89 kalenderdagen (88 dagen", "it": "89 giorni di calendario (88 giorni"}
COMPARE_CASES = [(lang, text, intent) for lang in LANGS for text in COMPARE[lang]
                 for intent in ("faq_duration", "inform")]


async def _after_the_answer(monkeypatch, lang, text, intent):
    return await play(monkeypatch, {**BORDEAUX, "language": lang}, [(TOLD[lang], "inform"), (text, intent)],
                      TODAY, user_event="parsed", keep_slot_events=True)


@pytest.mark.parametrize(("lang", "text", "intent"), COMPARE_CASES)
async def test_another_activity_asked_about_is_not_stored(monkeypatch, lang, text, intent):
    got = await _after_the_answer(monkeypatch, lang, text, intent)
    last = got.replies[-1]
    assert got.slots["activity"] == "study", got.slots
    assert "activity" not in got.last, got.last
    assert UPDATED[lang] not in last and ELIGIBLE_NOT[lang] not in last, last
    assert t(lang, "what_if_facts", facts="")[:12] in last, last  # answered for that case only
    assert CALENDAR[lang] in last, last  # the short-term limit counts calendar days: said so


WHICH = {"en": ["You first said 88 days, then 89 days. Which is right?", "why 88 and not 89?",
                "is my stay from 2 March to 29 May 2026 88 or 89 days?"],
         "fr": ["Vous avez d'abord parlé de 88 jours, puis de 89 jours. Quelle est la bonne durée ?",
                "pourquoi 88 et pas 89 ?",
                "mon séjour du 2 mars au 29 mai 2026 compte-t-il 88 ou 89 jours ?"],
         "nl": ["U zei eerst 88 dagen, daarna 89 dagen. Welke klopt?", "waarom 88 en niet 89?",
                "telt mijn verblijf van 2 maart tot 29 mei 2026 88 of 89 dagen?"],
         "it": ["Prima ha detto 88 giorni, poi 89 giorni. Qual è quella giusta?", "perché 88 e non 89?",
                "il mio soggiorno dal 2 marzo al 29 maggio 2026 conta 88 o 89 giorni?"]}
COUNTED = {"en": "is 88 days (89 calendar days)", "fr": "cela fait 88 jours (89 jours calendaires)",
           "nl": "88 dagen (89 kalenderdagen)", "it": "88 giorni (89 giorni di calendario)"}
WHICH_CASES = [(lang, text, intent) for lang in LANGS for text in WHICH[lang]
               for intent in ("faq_duration", "out_of_scope", "inform")]


@pytest.mark.parametrize(("lang", "text", "intent"), WHICH_CASES)
async def test_which_day_count_gets_the_thirty_day_months(monkeypatch, lang, text, intent):
    got = await _after_the_answer(monkeypatch, lang, text, intent)
    last = got.replies[-1]
    assert COUNTED[lang] in last, last
    assert t(lang, "day_count_rule")[:30] in last, last
    assert got.slots["start_date"] == "2026-03-02" and got.slots["end_date"] == "2026-05-29", got.last


TWO = {"en": "Why 2 January exactly? And does my Cameroonian nationality have any impact?",
       "fr": "Pourquoi le 2 janvier précisément ? Et ma nationalité camerounaise a-t-elle une incidence ?",
       "nl": "Waarom precies 2 januari? En heeft mijn Kameroense nationaliteit invloed?",
       "it": "Perché proprio il 2 gennaio? E la mia nazionalità camerunese ha un impatto?"}
NATIONALITY = {"en": "your nationality is no condition", "fr": "votre nationalité n'est pas une condition",
               "nl": "uw nationaliteit is geen voorwaarde", "it": "la Sua cittadinanza non è una condizione"}
JANUARY = {"en": "2 January 2026", "fr": "2 janvier 2026", "nl": "2 januari 2026", "it": "2 gennaio 2026"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_date_and_the_nationality_both_answered(monkeypatch, lang):
    got = await _after_the_answer(monkeypatch, lang, TWO[lang], "ask_why")
    last = got.replies[-1]
    assert JANUARY[lang] in last, last
    assert NATIONALITY[lang] in last, last


HOW_MUCH = {"en": "OK. So concretely, how much could I get per month for these three months in Bordeaux?",
            "fr": "D'accord. Et concrètement, combien pourrais-je recevoir par mois pour ces trois mois à "
                  "Bordeaux ?",
            "nl": "Oké. En concreet, hoeveel zou ik per maand krijgen voor die drie maanden in Bordeaux?",
            "it": "D'accordo. E concretamente, quanto potrei ricevere al mese per questi tre mesi a "
                  "Bordeaux?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_how_much_opens_with_no_no(monkeypatch, lang):
    got = await _after_the_answer(monkeypatch, lang, HOW_MUCH[lang], "ask_grant")
    last = got.replies[-1]
    assert last.startswith(t(lang, "grant_none_published", basis="")[:20]), last
    assert "erasmusplusmobility@itg.be" in last, last
