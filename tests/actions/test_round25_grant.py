"""Round 25, grant and application follow-ups (R3-R6). "Is die €860 voor de hele twee maanden?" got "Not for
sure: the amounts are indicative"; "the total would be around €3,738? Is that sure?" got every part again;
"j'envoie quoi et à qui ? il faut un accord de Vienne ?" got the contact and the e-mail summary, and "Merci
pour le résumé. Mais quels documents ... ?" the summary again; "Si je postule seulement en février, c'est trop
tard ?" said "no separate application deadline" next to the call's "31 July 2026, the deadline of the call".
Each in the four languages, with the nearby questions that keep their answer."""
from __future__ import annotations

from typing import Any

import pytest

from actions.i18n import t
from tests.actions.answered import no_cant_find
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN
from tests.actions.test_round25_travel import CAN_I_GO, KAMPALA, VIENNA

AMSTERDAM = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
             "receiving_org": "enterprise", "destination": "NL", "destination_city": "Amsterdam",
             "start_date": "2016-04-01", "end_date": "2016-05-31", "prior_erasmus_months": 10,
             "citizenship": ["IT"], "goal": "eligibility"}


async def after_answer(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], lang: str, text: str,
                       intent: str, today: str = ITM_OPEN) -> str:
    replies = await converse(monkeypatch, {**slots, "language": lang},
                             [(CAN_I_GO[lang], "check_eligibility"), (text, intent)], today)
    return replies[1]


# R3. The whole stay, and when it is paid.
WHOLE_STAY = [
    ("nl", "Is die €860 voor de hele twee maanden, en wordt het vóór vertrek uitbetaald?"),
    ("nl", "Dank u, dat is duidelijk. Het bedrag van 860 euro, is dat voor de hele stage van twee maanden "
           "samen? En wordt dat vóór vertrek uitbetaald?"),
    ("en", "Is the €860 for the whole two months, and is it paid before departure?"),
    ("fr", "Les 860 €, c'est pour les deux mois, et c'est versé avant le départ ?"),
    ("it", "Gli 860 € sono per tutti e due i mesi, e vengono pagati prima della partenza?"),
]
PAID = {"en": "when the grant is paid", "fr": "le moment où la bourse est versée",
        "nl": "wanneer de beurs wordt uitbetaald", "it": "quando viene pagata la borsa"}


@pytest.mark.parametrize("intent", ["ask_grant", "inform"])
@pytest.mark.parametrize(("lang", "text"), WHOLE_STAY)
async def test_the_amount_for_the_whole_stay_and_when_it_is_paid(monkeypatch, lang, text, intent):
    reply = await after_answer(monkeypatch, AMSTERDAM, lang, text, intent, LUCCA_OPEN)
    assert reply.startswith(t(lang, "answer_yes", answer="")), reply
    assert "860" in reply.splitlines()[0] and "2 × 430" in reply.splitlines()[0], reply
    assert t(lang, "grant_sure_no", basis="")[:12] not in reply, reply
    assert PAID[lang] in reply and "erasmus@imtlucca.it" in reply, reply   # the call does not say; ask


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "En de 430 euro, is dat voor de hele stage?"),
    ("en", "And the 430, is that for the whole traineeship?"),
])
async def test_the_monthly_rate_is_not_for_the_whole_stay(monkeypatch, lang, text):
    reply = await after_answer(monkeypatch, AMSTERDAM, lang, text, "ask_grant", LUCCA_OPEN)
    assert reply.startswith(t(lang, "answer_no", answer="")), reply
    assert "860" in reply, reply


async def test_is_it_sure_keeps_its_answer(monkeypatch):
    reply = await after_answer(monkeypatch, AMSTERDAM, "nl", "Is die 860 euro zeker?", "ask_grant",
                               LUCCA_OPEN)
    assert reply.startswith(t("nl", "grant_sure_no", basis="")[:12]), reply


# R4. "Is that sure?" about the amount said before: the answer and the total, not every part again.
SURE = [
    ("en", "Good. About the money, so the total would be around 3,738 euro? Is that sure, or it can be "
           "different? I need to plan my budget for Kampala."),
    ("fr", "Donc le total serait d'environ 3 738 euros ? C'est sûr, ou ça peut changer ?"),
    ("nl", "Dus het totaal zou ongeveer 3.738 euro zijn? Is dat zeker, of kan het anders uitvallen?"),
    ("it", "Quindi il totale sarebbe circa 3.738 euro? È sicuro o può cambiare?"),
]


@pytest.mark.parametrize(("lang", "text"), SURE)
async def test_is_that_sure_gets_the_total_in_a_line(monkeypatch, lang, text):
    replies = await converse(monkeypatch, {**KAMPALA, "language": lang},
                             [(CAN_I_GO[lang], "check_eligibility"), (text, "ask_grant")], ITM_OPEN)
    first, reply = replies
    assert "700/30" in first, first  # the parts, said in full the first time
    assert reply.startswith(t(lang, "grant_sure_no", basis="")[:12]), reply
    assert reply.count(t(lang, "grant_sure_no", basis="")[:12]) == 1, reply   # said once
    assert "3738" in reply.replace(".", "").replace(",", "").replace("\u202f", "").replace("\xa0", "")\
        .replace(" ", ""), reply
    assert "700/30" not in reply and "150/30" not in reply, reply


async def test_the_travel_part_named_alone_is_the_fixed_band(monkeypatch):
    reply = await after_answer(monkeypatch, KAMPALA, "en", "Is the 1,188 for sure?", "ask_grant")
    assert reply.startswith(t("en", "grant_sure_travel", amount="€1,188.00")), reply
    assert "700/30" not in reply, reply


# R5. What to send and where, an agreement, an invitation letter.
SEND_WHAT = [
    ("fr", "En pratique, j'envoie quoi et à qui ? Il faut un accord de Vienne avant ?"),
    ("en", "In practice, what do I send and to whom? Do I need an agreement with Vienna first?"),
    ("nl", "Wat stuur ik concreet en naar wie? Is er eerst een overeenkomst met Wenen nodig?"),
    ("it", "In pratica cosa mando e a chi? Serve prima un accordo con Vienna?"),
]
FORM = {"en": "application form", "fr": "formulaire de candidature", "nl": "aanvraagformulier",
        "it": "modulo di candidatura"}
AGREEMENT = {"en": "inter-institutional agreement", "fr": "accord interinstitutionnel",
             "nl": "interinstitutionele overeenkomst", "it": "accordo interistituzionale"}


@pytest.mark.parametrize("intent", ["ask_contact", "inform"])
@pytest.mark.parametrize(("lang", "text"), SEND_WHAT)
async def test_what_to_send_where_and_no_agreement_for_staff(monkeypatch, lang, text, intent):
    reply = await after_answer(monkeypatch, VIENNA, lang, text, intent)
    assert FORM[lang] in reply and "erasmusplusmobility@itg.be" in reply, reply   # what, and where
    assert t(lang, "answer_no", answer="") in reply and AGREEMENT[lang] in reply, reply
    assert "mailto:" not in reply, reply   # not the e-mail summary
    no_cant_find(reply)


DOCUMENTS_AFTER_SUMMARY = [
    ("fr", "Merci pour le résumé. Mais quels documents il faut joindre à la candidature ? Une lettre "
           "d'invitation de Vienne, un programme de formation ?"),
    ("en", "Thanks for the summary. But which documents do I attach? An invitation letter from Vienna?"),
    ("nl", "Bedankt voor de samenvatting. Maar welke documenten moet ik bijvoegen? Een uitnodigingsbrief uit "
           "Wenen?"),
    ("it", "Grazie per il riepilogo. Ma quali documenti devo allegare? Una lettera d'invito da Vienna?"),
]


@pytest.mark.parametrize(("lang", "text"), DOCUMENTS_AFTER_SUMMARY)
async def test_thanks_for_the_summary_then_documents(monkeypatch, lang, text):
    reply = await after_answer(monkeypatch, VIENNA, lang, text, "inform")
    assert FORM[lang] in reply, reply
    assert t(lang, "documents_not_in_call", documents="")[:12] in reply, reply   # the invitation letter
    assert t(lang, "summary_short", outcome="")[:5] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Can you give me a short summary?"),
    ("fr", "Tu peux me faire un petit résumé ?"),
])
async def test_a_summary_asked_for_keeps_its_answer(monkeypatch, lang, text):
    reply = await after_answer(monkeypatch, VIENNA, lang, text, "inform")
    assert reply.startswith(t(lang, "summary_short", outcome="")[:5]), reply


# R6. Too late in February: the person's date and the call's own words on its dates, no contradiction.
FEBRUARY = [
    ("fr", "Si je postule seulement en février, c'est trop tard ?"),
    ("en", "If I only apply in February, is that too late?"),
    ("nl", "Als ik pas in februari aanvraag, is dat te laat?"),
    ("it", "Se faccio domanda solo a febbraio, è troppo tardi?"),
]
JANUARY_9 = {"en": "9 January 2026", "fr": "9 janvier 2026", "nl": "9 januari 2026", "it": "9 gennaio 2026"}


@pytest.mark.parametrize("intent", ["ask_deadline", "inform"])
@pytest.mark.parametrize(("lang", "text"), FEBRUARY)
async def test_too_late_without_a_contradictory_deadline(monkeypatch, lang, text, intent):
    reply = await after_answer(monkeypatch, VIENNA, lang, text, intent)
    assert JANUARY_9[lang] in reply, reply
    separate = t(lang, "call_open_mobility_end", call="X", date="Y").split("; ")[-1].split(":")[0]
    assert separate not in reply, reply
    assert "31" in reply, reply   # the call's own words on its dates follow


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'appel est encore ouvert ?"),
    ("en", "Is the call still open?"),
])
async def test_is_it_open_still_says_open(monkeypatch, lang, text):
    reply = await after_answer(monkeypatch, VIENNA, lang, text, "ask_deadline")
    assert {"fr": "est ouvert", "en": "call is open"}[lang] in reply, reply
    assert JANUARY_9[lang] in reply, reply
