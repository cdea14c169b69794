"""Round 58: facts noted wrong, and the person's corrections not taken.

r58-f2 (ITM, a Dutch PhD student going to Karolinska): "nee geen personeel, ik heb een beurs" noted "andere
beurs: Ja" and the e-mail summary said "Financiering: een andere beurs (of bench fee) financiert dit verblijf
al."; the call ("priority will be given to students without a scholarship and/or bench fee") reads whether one
has a scholarship or bench fee, so the summary says that; "wacht, die beurs is mijn doctoraatsbeurs van de
unief, niet voor deze reis. de reis zelf is niet gefinancierd" got the selection criteria, "... dat klopt dus
niet. kan je dat aanpassen?" the same summary and "nee, geen andere beurs voor dit verblijf" "Kan ik je nog
ergens anders mee helpen?": each is now "Yes → No", with the call's open point (whether a doctoral scholarship
that does not fund the stay counts) said with the office's address.

r58-g2 (IMT Lucca, a PhD student): "in 2013 I had an Erasmus grant for 4 months in Valencia during master"
gave "Updated: previous Erasmus months: 0 → 4" and three corrections to 0 were refused; "I had one in the
master, so I have less chances?" got the whole priority block and "Does that apply to you (other
scholarship)?"."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

ITM = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "receiving_org": "hei",
       "receiving_org_name": "Karolinska", "destination_city": "Stockholm", "destination": "SE",
       "start_date": "2026-03-09", "end_date": "2026-03-20", "citizenship": ["BE"], "itm_staff_member": False}
LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
         "receiving_org": "enterprise", "destination_city": "Barcelona", "destination": "ES",
         "start_date": "2016-03-01", "end_date": "2016-05-31", "has_scholarship": True}
CONTACT = {"en": "Who do I contact?", "fr": "Qui dois-je contacter ?", "nl": "Wie contacteer ik?",
           "it": "Chi devo contattare?"}
UPDATED = {"en": "Updated:", "fr": "Mis à jour", "nl": "Bijgewerkt:", "it": "Aggiornato:"}


async def _reply(monkeypatch, slots, text, intent, today="2025-10-01"):
    return await play(monkeypatch, slots, [(text, intent)], today)


@pytest.mark.parametrize(("lang", "yes", "wrong"), [
    ("en", "Funding: I have a scholarship and/or bench fee.", "already funds this stay"),
    ("fr", "Financement : j'ai une bourse et/ou un « bench fee ».", "finance déjà ce séjour"),
    ("nl", "Financiering: ik heb een beurs en/of bench fee.", "financiert dit verblijf al"),
    ("it", "Finanziamento: ho una borsa e/o un bench fee.", "finanzia già questo soggiorno"),
])
async def test_the_summary_says_a_scholarship_is_held_not_that_it_funds_it(monkeypatch, lang, yes, wrong):
    got = await _reply(monkeypatch, {**ITM, "language": lang, "has_scholarship": True}, CONTACT[lang],
                       "ask_contact")
    assert yes in got.replies[0] and wrong not in got.replies[0], got.replies[0]


async def test_ik_heb_een_beurs_notes_a_scholarship_held(monkeypatch):
    slots = {**ITM, "language": "nl", "itm_staff_member": None}
    got = await play(monkeypatch, slots, [("nee geen personeel, ik heb een beurs", "inform"),
                                          ("en bij wie moet ik dat indienen?", "ask_deadline")], "2025-10-01")
    assert got.slots["has_scholarship"] is True
    assert "Financiering: ik heb een beurs en/of bench fee." in got.replies[1], got.replies[1]
    assert "financiert dit verblijf al" not in "\n".join(got.replies)


@pytest.mark.parametrize(("lang", "text", "intent"), [
    ("nl", "wacht, die beurs is mijn doctoraatsbeurs van de unief, niet voor deze reis. de reis zelf is niet "
           "gefinancierd", "faq_selection"),
    ("nl", "ok maar in die samenvatting staat dat een andere beurs dit verblijf financiert, dat klopt dus "
           "niet. kan je dat aanpassen?", "check_eligibility"),
    ("nl", "nee, geen andere beurs voor dit verblijf", "nlu_fallback"),
    ("en", "wait, that scholarship is my doctoral scholarship from the university, not for this trip. The "
           "trip itself is not funded", "faq_selection"),
    ("en", "the summary says another scholarship funds this stay, that is wrong. can you change it?",
     "check_eligibility"),
    ("fr", "attends, cette bourse est ma bourse de doctorat de l'université, pas pour ce voyage. le voyage "
           "lui-même n'est pas financé", "faq_selection"),
    ("it", "aspetti, quella borsa è la mia borsa di dottorato dell'università, non per questo viaggio. il "
           "viaggio in sé non è finanziato", "faq_selection"),
])
async def test_a_scholarship_said_not_to_fund_the_stay_is_taken(monkeypatch, lang, text, intent):
    got = await _reply(monkeypatch, {**ITM, "language": lang, "has_scholarship": True}, text, intent)
    assert got.last.get("has_scholarship") is False, got.replies[0]
    reply = got.replies[0]
    assert UPDATED[lang] in reply and "→" in reply, reply
    # The call does not say whether a doctoral scholarship that does not fund the stay counts: the office.
    assert "erasmusplusmobility@itg.be" in reply, reply


async def test_the_corrected_summary_says_no_scholarship_for_this_stay(monkeypatch):
    got = await play(monkeypatch, {**ITM, "language": "nl", "has_scholarship": True}, [
        ("nee, geen andere beurs voor dit verblijf", "nlu_fallback"), ("Wie contacteer ik?", "ask_contact")],
        "2025-10-01")
    assert "Financiering: geen beurs of bench fee voor dit verblijf." in got.replies[1], got.replies[1]
    assert "zelf gefinancierd" not in got.replies[1]
    # At IMT Lucca holding the PhD scholarship is the fact ("PhD scholarship recipient"): one that does not
    # fund the stay is still held.
    got = await _reply(monkeypatch, {**LUCCA, "language": "en"},
                       "my scholarship is my PhD scholarship, not for this trip", "inform", "2016-01-10")
    assert got.last.get("has_scholarship") is not False


@pytest.mark.parametrize(("lang", "text", "intent"), [
    ("en", "wait, why 4 now? you said the master months don't count. in the PhD I have 0", "out_of_scope"),
    ("en", "the check says 4 earlier Erasmus months, but it is wrong. Please correct: 0 months in the PhD",
     "faq_duration"),
    ("en", "I had 0 months of Erasmus in my PhD", "inform"),
    ("fr", "attends, pourquoi 4 ? pendant mon doctorat j'ai eu 0 mois d'Erasmus", "inform"),
    ("nl", "nee, in mijn doctoraat heb ik 0 maanden Erasmus gehad", "inform"),
    ("it", "no, nel dottorato ho fatto 0 mesi di Erasmus", "inform"),
])
async def test_months_said_of_this_cycle_correct_the_count(monkeypatch, lang, text, intent):
    got = await _reply(monkeypatch, {**LUCCA, "language": lang, "prior_erasmus_months": 4.0}, text, intent,
                       "2016-01-10")
    assert got.last.get("prior_erasmus_months") == 0.0, got.replies[0]
    assert UPDATED[lang] in got.replies[0] and "4 → 0" in got.replies[0], got.replies[0]


async def test_months_during_master_are_not_this_cycles(monkeypatch):
    got = await _reply(monkeypatch, {**LUCCA, "language": "en", "prior_erasmus_months": 0.0},
                       "ok but and the previous Erasmus grant? in 2013 I had an Erasmus grant for 4 months "
                       "in Valencia during master", "check_eligibility", "2016-01-10")
    assert "prior_erasmus_months" not in got.last, got.replies[0]
    assert "0 → 4" not in got.replies[0]
    # nor is a length of the PhD itself a count
    got = await _reply(monkeypatch, {**LUCCA, "language": "en", "prior_erasmus_months": 4.0},
                       "I have been in my PhD for 18 months", "inform", "2016-01-10")
    assert got.last.get("prior_erasmus_months") in (None, 4.0), got.replies[0]


@pytest.mark.parametrize(("lang", "text", "yes"), [
    ("en", "ok. You wrote before that preference is for students who did not have already an Erasmus+ grant. "
           "I had one in the master, so I have less chances?", "Yes, it can"),
    ("en", "I already told you, I have the IMT PhD scholarship. My question is about my previous Erasmus in "
           "Bologna, does it lower my priority?", "Yes, it can"),
    ("fr", "J'ai déjà eu une bourse Erasmus pendant mon master, est-ce que ça baisse ma priorité ?",
     "Oui, c'est possible"),
    ("nl", "Ik heb al een Erasmusbeurs gehad in mijn master, heb ik dan minder kansen?", "Ja, dat kan"),
    ("it", "Ho già avuto una borsa Erasmus durante la magistrale, ho meno possibilità?", "Sì, può darsi"),
])
async def test_the_earlier_grant_preference_is_answered_with_the_office(monkeypatch, lang, text, yes):
    got = await _reply(monkeypatch, {**LUCCA, "language": lang, "prior_erasmus_months": 0.0}, text,
                       "check_eligibility", "2016-01-10")
    reply = got.replies[0]
    assert reply.startswith(yes), reply
    assert "Daniela Giorgetti" in reply and "Erasmus+" in reply, reply
    assert "scholarship recipients" not in reply and "closer to the end" not in reply, reply


PRIORITY = {"en": "Do I get priority?", "fr": "Est-ce que je suis prioritaire ?", "nl": "Krijg ik voorrang?",
            "it": "Ho la priorità?"}


@pytest.mark.parametrize(("lang", "question"), [
    ("en", "Do you have a scholarship (for example a PhD scholarship)?"),
    ("fr", "Avez-vous une bourse (par exemple une bourse de doctorat) ?"),
    ("nl", "Hebt u een beurs (bijvoorbeeld een doctoraatsbeurs)?"),
    ("it", "Ha una borsa di studio (per esempio una borsa di dottorato)?"),
])
async def test_the_priority_question_names_what_it_asks(monkeypatch, lang, question):
    slots = {**LUCCA, "language": lang, "has_scholarship": None}
    got = await _reply(monkeypatch, slots, PRIORITY[lang], "faq_selection", "2016-01-10")
    assert question in got.replies[0], got.replies[0]
    assert "(other scholarship)" not in got.replies[0] and "(autre bourse)" not in got.replies[0]


async def test_the_first_reply_asks_in_plain_words(monkeypatch):
    got = await _reply(monkeypatch, {}, "Hi, I am a PhD student at IMT Lucca and I would like to do an "
                       "Erasmus traineeship in a biotech company in Barcelona. Can you help me?",
                       "check_eligibility", "2016-01-10")
    assert "Do you have a scholarship (for example a PhD scholarship)?" in got.replies[0], got.replies[0]
    assert "(other scholarship)" not in got.replies[0]
