"""Round 48. A French ITM lab technician (staff training at ISGlobal Barcelona, 12-16 January 2026) asked "et
l'hôtel, c'est remboursé à part ?": she got the students' grant paragraph (source: the students' page),
then the "who can apply" block, then another scholarship's priorities ("il est remboursé en plus de la
bourse ou pas ?"), then "votre réponse ne change pas" to "je parle des frais d'hotel pendant la semaine a
Barcelone". Now the hotel (lodging, accommodation) asked as paid or not: the call does not say whether it
is paid separately, what the staff section says the grant compensates (the higher cost of living in the
host country; amounts in Annex 1), whom to ask. "je dois demander à mon chef ?" (alone or with the hotel)
got nothing or "my answer above stands" with unrelated buttons; now: the call names no approval by one's
line manager, whom to ask. An Italian PhD student's "quanto prendo al mese?" got the whole grant block
again; now the monthly figure first. The first "Preso nota" said "il Suo status (studente, personale...):
Dottorando"; now "il Suo status"."""
from __future__ import annotations

import pytest

from actions.i18n import fmt_eur
from tests.actions.conversation import play

STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "ES",
         "destination_city": "Barcelona", "start_date": "2026-01-12", "end_date": "2026-01-16",
         "citizenship": ["FR"], "goal": "eligibility"}
TODAY = "2025-10-01"
LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
         "destination": "ES", "destination_city": "Salamanca", "receiving_org": "hei",
         "start_date": "2016-03-01", "end_date": "2016-06-30", "prior_erasmus_months": 0}
LUCCA_TODAY = "2016-01-10"
# The call does not say whether the hotel is paid separately.
NOT_SAID = {"en": "does not say whether", "fr": "ne dit pas si", "nl": "zegt niet of", "it": "non dice se"}
# What the staff section says the grant is for, and where the amounts are.
COST_OF_LIVING = {"en": "higher cost of living", "fr": "coût de la vie plus élevé",
                  "nl": "hogere levensduurte", "it": "costo della vita più alto"}
STAFF_SOURCE = {"en": "outgoing staff mobility", "fr": "mobilité sortante du personnel",
                "nl": "uitgaande personeelsmobiliteit", "it": "mobilità del personale in uscita"}
OFFICE = "cmorantin@itg.be"
STUDENT_SOURCE = {"en": "outgoing student mobility", "fr": "mobilité sortante des étudiants",
                  "nl": "uitgaande studentenmobiliteit", "it": "mobilità degli studenti in uscita"}
OTHER_GRANT = {"en": "bench fee", "fr": "bench fee", "nl": "benchfee", "it": "bench fee"}
INTENTS = ["nlu_fallback", "ask_grant", "faq_grant_covers", "check_eligibility"]

HOTEL = [
    ("fr", "et l'hôtel, c'est remboursé à part ?"),
    ("fr", "donc l'hotel n'est pas paye a part ?"),
    ("fr", "ok merci. Et pour l'hotel, il est rembourse en plus de la bourse ou pas ?"),
    ("fr", "le logement est couvert par quoi alors ?"),
    ("en", "and the hotel, is that reimbursed separately?"),
    ("en", "is my accommodation paid on top of the grant or not?"),
    ("nl", "en het hotel, wordt dat apart terugbetaald?"),
    ("nl", "wordt mijn verblijf in het hotel bovenop de beurs vergoed?"),
    ("it", "e l'albergo, è rimborsato a parte?"),
    ("it", "l'alloggio è pagato in più rispetto alla borsa o no?"),
]


async def _reply(monkeypatch, lang, text, intent, slots=STAFF, today=TODAY, first=("ok", "affirm")):
    got = await play(monkeypatch, {**slots, "language": lang}, [first, (text, intent)], today)
    return got.replies[-1]


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("lang", "text"), HOTEL)
async def test_the_hotel_asked_gets_what_the_call_says_at_once(monkeypatch, intent, lang, text):
    reply = await _reply(monkeypatch, lang, text, intent)
    assert NOT_SAID[lang] in reply, reply
    assert COST_OF_LIVING[lang] in reply and STAFF_SOURCE[lang] in reply, reply
    assert OFFICE in reply, reply
    assert STUDENT_SOURCE[lang] not in reply and OTHER_GRANT[lang] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "non je parle pas d'une autre bourse, je parle des frais d'hotel pendant la semaine a Barcelone"),
    ("en", "no, I don't mean another grant, I mean the hotel costs during the week in Barcelona"),
    ("nl", "nee, ik bedoel geen andere beurs, ik bedoel de hotelkosten tijdens de week in Barcelona"),
    ("it", "no, non parlo di un'altra borsa, parlo delle spese d'albergo durante la settimana a Barcellona"),
])
async def test_the_hotel_meant_is_answered_not_the_verdict_again(monkeypatch, lang, text):
    reply = await _reply(monkeypatch, lang, text, "inform")
    assert NOT_SAID[lang] in reply and COST_OF_LIVING[lang] in reply, reply


BOSS = {"en": "does not name any approval", "fr": "ne prévoit aucun accord", "nl": "noemt geen goedkeuring",
        "it": "non prevede alcuna approvazione"}


@pytest.mark.parametrize("intent", ["nlu_fallback", "ask_contact", "check_eligibility", "faq_who_can_apply"])
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "je dois demander à mon chef ?"),
    ("fr", "et il faut l'accord de mon responsable ?"),
    ("en", "do I need to ask my boss?"),
    ("en", "does my line manager have to approve it?"),
    ("nl", "moet ik het aan mijn baas vragen?"),
    ("nl", "moet mijn leidinggevende toestemming geven?"),
    ("it", "devo chiedere al mio capo?"),
    ("it", "serve l'autorizzazione del mio responsabile?"),
])
async def test_the_boss_asked_gets_a_direct_answer(monkeypatch, intent, lang, text):
    reply = await _reply(monkeypatch, lang, text, intent)
    assert BOSS[lang] in reply, reply
    assert OFFICE in reply, reply
    assert "faq_extension" not in reply and "Prolong" not in reply, reply


@pytest.mark.parametrize("intent", ["nlu_fallback", "faq_who_can_apply", "ask_grant"])
async def test_hotel_and_boss_in_one_message_both_answered(monkeypatch, intent):
    reply = await _reply(monkeypatch, "fr", "donc l'hotel n'est pas paye a part ? et je dois demander à mon "
                         "chef ?", intent)
    assert NOT_SAID["fr"] in reply and BOSS["fr"] in reply, reply
    assert "personnel d'appui" not in reply, reply  # not the who-can-apply block again


MONTH_WORDS = {"en": "a month", "fr": "par mois", "nl": "per maand", "it": "al mese"}
BLOCK = {"en": "Grant estimate", "fr": "Estimation de la bourse", "nl": "Geschatte beurs",
         "it": "Stima della borsa"}


@pytest.mark.parametrize("intent", ["ask_grant", "nlu_fallback"])
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "quanto prendo al mese esattamente?"),
    ("it", "E per il Consiglio Scientifico? Anche quello va nel modulo? Poi un'altra cosa: quanto prendo al "
           "mese esattamente?"),
    ("en", "how much do I get per month?"),
    ("fr", "combien je touche par mois ?"),
    ("nl", "hoeveel krijg ik per maand?"),
])
async def test_a_month_asked_opens_with_the_monthly_figure(monkeypatch, intent, lang, text):
    got = await play(monkeypatch, {**LUCCA, "language": lang}, [("ok", "affirm"), (text, intent)],
                     LUCCA_TODAY)
    reply = got.replies[-1]
    # the previous turn already showed the verdict with the grant block: the month first, not the block again
    lead = f"{fmt_eur(230, lang)} {MONTH_WORDS[lang]}"
    assert reply.startswith(lead) or "\n" + lead in reply, reply
    assert BLOCK[lang] not in reply, reply
    if "Consiglio" not in text:
        assert reply.startswith(lead), reply


@pytest.mark.parametrize(("lang", "said"), [("it", "il Suo status: Dottorando"),
                                            ("fr", "votre statut: Doctorant"),
                                            ("en", "your status: PhD student"),
                                            ("nl", "uw statuut: Doctoraatsstudent")])
async def test_the_status_said_back_has_no_form_label(monkeypatch, lang, said):
    got = await play(monkeypatch, {"language": lang}, [(
        {"it": "Buongiorno, sono un dottorando al secondo anno all'IMT di Lucca. Vorrei fare un periodo di "
               "studio all'Universidad de Salamanca con l'Erasmus, è possibile?",
         "fr": "Bonjour, je suis doctorant en deuxième année à l'IMT Lucca. Je voudrais faire un séjour "
               "d'études à l'Universidad de Salamanca avec Erasmus, c'est possible ?",
         "en": "Hello, I'm a PhD student at IMT Lucca. I'd like to do a study period at the Universidad de "
               "Salamanca, is that possible?",
         "nl": "Hallo, ik ben doctoraatsstudent aan IMT Lucca. Ik wil een studieperiode doen aan de "
               "Universidad de Salamanca, kan dat?"}[lang], "check_eligibility")], LUCCA_TODAY)
    reply = got.replies[-1]
    assert said in reply, reply
    assert "(studente, personale" not in reply and "(étudiant, personnel" not in reply, reply
    assert "(student, staff" not in reply and "(student, personeel" not in reply, reply
