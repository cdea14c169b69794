"""Round 62 (r62-r3), Lukas, a German PhD student at IMT Lucca, a study/research period at the Universidad
Complutense de Madrid, 1 February to 31 July 2016 (today 10 January 2016); and (r62-m3) Priya, an ITM MSc
student, a study period in Copenhagen, 2 February to 30 April 2026.

1. "Hello. I'm a PhD student at IMT Lucca and I'd like to spend a research period at the Universidad
   Complutense de Madrid with Erasmus+. Can you help?" (out_of_scope 0.80 from the NLU) got "I can only help
   with Erasmus+ mobility at IMT Lucca ..." and no fact said back; now the facts are noted (a research period:
   the call's study period) and the plan goes on.
2. "So how many months can I still get?", "... how many months can I still get in total? 12?", "So in the
   PhD I could have up to 12 months in total, and this 6-month stay uses 6 of them?" got the durations
   paragraph three times; now the cycle's sum from the rules core's cap, yes or no first, never the same
   words twice.
3. "One more check: my master's Erasmus was 8 months. ... You're sure it is per cycle?" set up a case of a
   master's student with an 8-month stay ("No: ... because A master's (MSc) student ... open to PhD student,
   recent graduate only"); now "Yes:" and the per-cycle rule with its source, nothing changed.
4. (r62-m3) "is there a max number of months?" (ask_contact 0.48) got the contact and the e-mail summary; now
   the call's length limits and the stay's check.
5. "Where does the 230 EUR figure come from? Is it in the call itself?" got "Not for sure:" and the basis
   twice; now "No:" and the rules core's grant basis, once. An amount asked about again restates its notes
   in short ("(As said above: ...)"), not "(The notes on this amount are further up in our conversation.)"."""
from __future__ import annotations

import pytest

from actions.whatiffirst import _reason
from rules_core.messages import render_vars
from tests.actions.conversation import play

TODAY = "2016-01-10"
LANGS = ["en", "fr", "nl", "it"]
OUT_OF_SCOPE = {"en": "I can only help", "fr": "Je ne peux aider", "nl": "Ik kan alleen helpen",
                "it": "Posso aiutare solo"}
PLAN = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "ES",
        "destination_city": "Madrid", "receiving_org": "hei", "start_date": "2016-02-01",
        "end_date": "2016-07-31", "goal": "eligibility"}


# --- 1. a first message stating the plan and asking for help ------------------------------------------------
FIRST = {
    "en": "Hello. I'm a PhD student at IMT Lucca and I'd like to spend a research period at the Universidad "
          "Complutense de Madrid with Erasmus+. Can you help?",
    "fr": "Bonjour. Je suis doctorante à l'IMT Lucca et je voudrais faire un séjour de recherche à "
          "l'Universidad Complutense de Madrid avec Erasmus+. Pouvez-vous m'aider ?",
    "nl": "Hallo. Ik ben doctoraatsstudent aan IMT Lucca en ik wil graag een onderzoeksverblijf doen aan de "
          "Universidad Complutense de Madrid met Erasmus+. Kunt u me helpen?",
    "it": "Buongiorno. Sono un dottorando dell'IMT Lucca e vorrei trascorrere un periodo di ricerca "
          "all'Universidad Complutense de Madrid con Erasmus+. Può aiutarmi?",
}
NOTED = {"en": "Noted:", "fr": "C'est noté", "nl": "Genoteerd", "it": "Preso nota"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_first_message_with_facts_is_no_out_of_scope(monkeypatch, lang):
    got = await play(monkeypatch, {"language": lang}, [(FIRST[lang], "out_of_scope")], TODAY,
                     user_event="parsed")
    reply = got.replies[0]
    assert OUT_OF_SCOPE[lang] not in reply, reply
    assert reply.startswith(NOTED[lang]), reply
    slots = got.slots
    assert slots.get("role") == "phd_student" and slots.get("call") == "imt-lucca-2015", slots
    assert slots.get("destination") == "ES" and slots.get("destination_city") == "Madrid", slots
    assert slots.get("receiving_org") == "hei", slots
    assert slots.get("activity") == "study", slots  # a research period: the call's study period


async def test_a_research_stay_at_itm_is_still_asked(monkeypatch):
    # ITM also offers a PhD student a short-term doctoral mobility: which kind is asked, not assumed.
    text = "Hi, I'm a PhD student at ITM Antwerp and I'd like to spend a research period at the University " \
           "of Cape Town. Can you help?"
    got = await play(monkeypatch, {"language": "en"}, [(text, "out_of_scope")], "2025-10-01",
                     user_event="parsed")
    assert OUT_OF_SCOPE["en"] not in got.replies[0], got.replies
    assert got.slots.get("role") == "phd_student" and not got.slots.get("activity"), got.slots


async def test_an_out_of_scope_request_says_back_the_facts_it_read(monkeypatch):
    text = "sono dottorando all'ITM, mi consigli un buon ristorante a Bologna?"
    got = await play(monkeypatch, {"language": "it"}, [(text, "out_of_scope")], "2025-10-01",
                     user_event="parsed")
    assert OUT_OF_SCOPE["it"] in got.replies[0], got.replies
    assert got.replies[0].startswith(NOTED["it"]), got.replies  # stored, so said (and can be corrected)


# --- 2. the months still available in the cycle -------------------------------------------------------------
MONTHS = [
    ("None during the PhD. So how many months can I still get?", "faq_duration"),
    ("You didn't really answer: with 0 months in the PhD, how many months can I still get in total? 12?",
     "faq_duration"),
    ("OK. So in the PhD I could have up to 12 months in total, and this 6-month stay uses 6 of them?",
     "check_eligibility"),
]
DURATIONS = "Study periods: 3 to 12 months. Traineeships: 2 to 12 months."


async def test_the_months_left_are_answered_from_the_case(monkeypatch):
    got = await play(monkeypatch, {**PLAN, "language": "en", "asked": "prior_erasmus_months"}, MONTHS, TODAY,
                     user_event="parsed")
    first, second, third = got.replies
    assert got.slots.get("prior_erasmus_months") == 0, got.slots
    assert "0 months (0 days) earlier in this cycle + this stay of 6 months (180 days) = 6 months " \
           "(180 days) of the 12 months (360 days) a study cycle allows: 6 months (180 days) left." \
           in first, first
    assert second.startswith("Yes: a study cycle allows 12 months (360 days); this stay uses 6 months "
                             "(180 days) of them"), second
    assert third.startswith("Yes:") and "6 months (180 days) are left" in third, third
    for reply in got.replies:
        assert DURATIONS not in reply, reply
    assert len({r.split("\n")[0] for r in got.replies}) == 3, got.replies  # never the same words again


CHECKED = {
    "en": ("So I have 12 months in total in the PhD and this stay uses 6 of them?",
           "So I'd have 8 left after this stay?"),
    "fr": ("Donc j'ai jusqu'à 12 mois au total en doctorat et ce séjour en utilise 6 sur 12 ?",
           "Combien de mois puis-je encore avoir au total ? Il m'en reste 8 ?"),
    "nl": ("Dus ik heb tot 12 maanden in totaal in mijn doctoraat en dit verblijf gebruikt er 6 van?",
           "Hoeveel maanden kan ik nog krijgen? 8 over?"),
    "it": ("Quindi ho fino a 12 mesi in totale nel dottorato e questo soggiorno ne usa 6?",
           "Quanti mesi posso ancora avere in totale? Me ne restano 8?"),
}
YES_NO = {"en": ("Yes:", "No:"), "fr": ("Oui :", "Non :"), "nl": ("Ja:", "Nee:"), "it": ("Sì:", "No:")}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_figure_checked_back_gets_yes_or_no_first(monkeypatch, lang):
    right, wrong = CHECKED[lang]
    slots = {**PLAN, "language": lang, "prior_erasmus_months": 0}
    yes = await play(monkeypatch, slots, [(right, "faq_duration")], TODAY, user_event="parsed")
    no = await play(monkeypatch, slots, [(wrong, "faq_duration")], TODAY, user_event="parsed")
    assert yes.replies[0].startswith(YES_NO[lang][0]), yes.replies
    assert no.replies[0].startswith(YES_NO[lang][1]), no.replies
    for reply in (yes.replies[0], no.replies[0]):
        assert "12" in reply and "6" in reply, reply


# --- 3. "you're sure it is per cycle?": yes, the rule, no case ----------------------------------------------
SURE = {
    "en": "One more check: my master's Erasmus was 8 months. If the limit were counted across degrees I'd "
          "only have 4 left. You're sure it is per cycle?",
    "fr": "Encore une vérification : mon Erasmus de master a duré 8 mois. Si la limite valait pour tous les "
          "cycles, il ne m'en resterait que 4. Vous êtes sûre que ça compte par cycle ?",
    "nl": "Nog één controle: mijn master-Erasmus duurde 8 maanden. Als de limiet over alle diploma's telde, "
          "had ik er nog maar 4 over. Weet u het zeker dat het per cyclus telt?",
    "it": "Un'ultima verifica: il mio Erasmus della magistrale è durato 8 mesi. Se il limite contasse su "
          "tutti i titoli me ne resterebbero solo 4. È sicura che conta per ciclo?",
}
PER_CYCLE = {"en": ("Yes: the 12-month maximum is per study cycle.", "(source: Who can apply?)"),
             "fr": ("Oui : le maximum de 12 mois vaut par cycle d'études.", "(source:"),
             "nl": ("Ja: het maximum van 12 maanden geldt per studiecyclus.", "(bron:"),
             "it": ("Sì: il massimo di 12 mesi vale per ciclo di studi.", "(fonte:")}


@pytest.mark.parametrize("lang", LANGS)
async def test_sure_it_is_per_cycle_gets_yes_and_the_rule(monkeypatch, lang):
    slots = {**PLAN, "language": lang, "prior_erasmus_months": 0}
    got = await play(monkeypatch, slots, [(SURE[lang], "faq_credit_transfer")], TODAY, user_event="parsed")
    reply = "\n".join(got.replies)
    lead, source = PER_CYCLE[lang]
    assert reply.startswith(lead) and source in reply, reply
    assert not got.slots.get("what_if_case"), got.slots  # no case of a master's student
    assert got.slots.get("role") == "phd_student" and got.slots.get("end_date") == "2016-07-31", got.slots
    assert got.slots.get("prior_erasmus_months") == 0, got.slots  # the master's months are no PhD months
    assert "master's (MSc) student cannot" not in reply and "240" not in reply, reply


OPEN_TO = {"en": "PhD students and recent graduates", "fr": "doctorant(e)s et jeunes diplômé(e)s",
           "nl": "doctoraatsstudenten en pas afgestudeerden", "it": "dottorandi e neolaureati"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_roles_a_call_is_open_to_are_a_list(lang):
    rendered = render_vars({"roles": ["phd_student", "recent_graduate"]}, lang, {})
    assert rendered["roles"] == OPEN_TO[lang], rendered


def test_a_refusal_after_because_starts_lower_case():
    assert _reason("A master's (MSc) student cannot apply to this call.").startswith("a master's")
    assert _reason("Un studente di master non può candidarsi.").startswith("un studente")
    assert _reason("ITM is not ...").startswith("ITM")


# --- 4. "is there a max number of months?" ------------------------------------------------------------------
M3 = {"call": "itm-2024", "role": "msc_student", "activity": "study", "receiving_org": "hei",
      "destination_city": "Copenhagen", "destination": "DK", "citizenship": ["IN"],
      "start_date": "2026-02-02", "end_date": "2026-04-30", "has_scholarship": True, "goal": "eligibility"}
MAX = {"en": ("is there a max number of months?", "Yes, the call sets how long it may last:"),
       "fr": ("y a-t-il un nombre maximum de mois ?", "Oui, l'appel fixe la durée possible :"),
       "nl": ("is er een maximum aantal maanden?", "Ja, de oproep legt vast hoe lang het mag duren:"),
       "it": ("c'è un numero massimo di mesi?", "Sì, il bando fissa quanto può durare:")}
LIMITS = {"en": "2 months to 12 months", "fr": "2 mois", "nl": "2 maanden", "it": "2 mesi"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["ask_contact", "faq_duration"])
async def test_a_max_number_of_months_gets_the_limits(monkeypatch, lang, intent):
    text, lead = MAX[lang]
    got = await play(monkeypatch, {**M3, "language": lang}, [(text, intent)], "2025-10-01",
                     user_event="parsed")
    reply = got.replies[0]
    assert reply.startswith(lead) and LIMITS[lang] in reply and "89" in reply, reply
    assert "mailto:" not in reply, reply


# --- 5. where the 230 EUR come from -------------------------------------------------------------------------
SOURCE = {
    "en": ("Where does the 230 EUR figure come from? Is it in the call itself?", "No: ", "INDIRE"),
    "fr": ("D'où vient ce montant de 230 EUR ? C'est dans l'appel ?", "Non : ", "INDIRE"),
    "nl": ("Waar komt dat bedrag van 230 euro vandaan? Staat het in de oproep?", "Nee: ", "INDIRE"),
    "it": ("Da dove viene la cifra di 230 euro? È nel bando?", "No: ", "INDIRE"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_where_the_amount_comes_from_is_said_once(monkeypatch, lang):
    text, lead, agency = SOURCE[lang]
    slots = {**PLAN, "language": lang, "prior_erasmus_months": 0}
    got = await play(monkeypatch, slots, [(text, "out_of_scope")], TODAY, user_event="parsed")
    reply = got.replies[0]
    assert reply.startswith(lead), reply
    assert reply.count(agency) == 1, reply  # the basis once, not in a second bubble
    assert "Not for sure" not in reply, reply


AGAIN = {"en": ("so am I eligible?", "how much would i get per month?", "As said above:"),
         "fr": ("donc je suis éligible ?", "combien je toucherais par mois ?", "Comme dit plus haut :"),
         "nl": ("dus kom ik in aanmerking?", "hoeveel zou ik per maand krijgen?", "Zoals hierboven gezegd:"),
         "it": ("quindi sono idonea?", "quanto riceverei al mese?", "Come detto sopra:")}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_amount_asked_again_restates_its_notes_in_short(monkeypatch, lang):
    verdict, again, lead = AGAIN[lang]
    got = await play(monkeypatch, {**M3, "language": lang}, [(verdict, "check_eligibility"),
                                                             (again, "ask_grant")], "2025-10-01",
                     user_event="parsed")
    reply = got.replies[-1]
    assert lead in reply, got.replies
    assert "further up" not in reply and "plus haut dans notre" not in reply, reply
