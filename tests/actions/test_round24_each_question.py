"""Round 24 of simulated users: questions answered with the wrong block, a language flip, an odd fragment.

A PhD student of IMT Lucca (traineeship at a software company in Barcelona, 1 April-31 July 2016) asked what
to prepare by the 18th and whether the company must sign anything, then whether the Board's approval must
come before the deadline: each got the date to apply by only. An ITM staff member (job shadowing in Ljubljana)
asked what to send and to whom: the contacts only. An ITM MSc student (Bergen) said "ECHE? geen idee of bergen
dat heeft": the condition again; "top, thanks!" got English in a Dutch conversation; a grant follow-up ended
in "(de opmerkingen zoals hierboven)" with no notes above. An ITM PhD student (short-term doctoral mobility,
Heidelberg) asked whether a virtual component is needed: "only for another status: Master's student".
Each fault in the four languages, with the intent the trained NLU gives, and the nearby questions that keep
their answer."""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from actions.language import detect
from actions.profile import core
from tests.actions.answered import no_cant_find
from tests.actions.conftest import texts
from tests.actions.test_round13 import hear
from tests.actions.test_round41_polarity import board_timing

LUCCA_OPEN = "2016-01-10"
ITM_OPEN = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
BARCELONA = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "ES",
             "destination_city": "Barcelona", "receiving_org": "enterprise", "citizenship": ["IT"],
             "start_date": "2016-04-01", "end_date": "2016-07-31", "prior_erasmus_months": 0,
             "goal": "eligibility"}
LJUBLJANA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "receiving_org": "hei",
             "destination": "SI", "destination_city": "Ljubljana", "start_date": "2026-05-04",
             "end_date": "2026-05-08", "citizenship": ["BE"], "green_travel": False, "goal": "eligibility"}
BERGEN = {"call": "itm-2024", "role": "msc_student", "activity": "study", "receiving_org": "hei",
          "destination": "NO", "destination_city": "Bergen", "start_date": "2026-02-01",
          "end_date": "2026-05-31", "citizenship": ["BE"], "goal": "eligibility"}
HEIDELBERG = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral",
              "receiving_org": "research_institute", "destination": "DE", "destination_city": "Heidelberg",
              "start_date": "2026-05-11", "end_date": "2026-05-22", "citizenship": ["IN"],
              "itm_staff_member": False, "has_scholarship": True, "goal": "eligibility"}


VERDICT_QUESTION = {"en": "so am I eligible?", "fr": "alors, je suis éligible ?",
                    "nl": "dus kom ik in aanmerking?", "it": "quindi sono idoneo?"}


def topic(call_id: str, key: str, lang: str, role: str | None = None) -> str:
    return core().get_call(call_id).topics[key].for_role(role).answer(lang)


async def told(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], lang: str, today: str
               ) -> dict[str, Any]:
    """The slots once the person has had their answer, with what it said (`last_decision`)."""
    got = await hear(CollectingDispatcher(), monkeypatch, VERDICT_QUESTION[lang], {**slots, "language": lang},
                     today, intent="check_eligibility")
    return {**slots, "language": lang, "last_decision": got["last_decision"]}


# 1. "What must I prepare by the 18th, and must the company sign anything?": what to send, and that the call
# does not say the host signs anything (and whom to ask), not the date to apply by.
PREPARE = [
    ("it", "Ottimo. Cosa devo preparare per la domanda entro il 18? L'azienda deve firmare qualcosa?",
     "ask_deadline"),
    ("en", "What must I prepare by the 18th, and must the company sign anything?", "ask_deadline"),
    ("fr", "Que dois-je préparer pour le 18, et l'entreprise doit-elle signer quelque chose ?", "ask_grant"),
    ("nl", "Wat moet ik voorbereiden tegen de 18e, en moet het bedrijf iets ondertekenen?", "nlu_fallback"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), PREPARE)
async def test_what_to_prepare_and_the_host_signature_are_both_answered(dispatcher, monkeypatch, lang, text,
                                                                         intent):
    slots = await told(monkeypatch, BARCELONA, lang, LUCCA_OPEN)
    await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN, intent=intent)
    reply = texts(dispatcher)
    assert topic("imt-lucca-2015", "application_documents", lang) in reply, reply
    assert t(lang, "documents_host_signature") in reply, reply
    assert "erasmus@imtlucca.it" in reply, reply                    # whom to ask
    assert "📅" not in reply, reply                                 # no date-to-apply-by block
    assert reply.count(t(lang, "documents_host_signature")) == 1, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Does the company need to sign anything?"),
    ("it", "L'azienda deve firmare qualcosa?"),
    ("fr", "L'entreprise doit-elle signer quelque chose ?"),
    ("nl", "Moet het bedrijf iets ondertekenen?"),
])
async def test_a_host_signature_alone_is_no_yes_about_the_host(dispatcher, monkeypatch, lang, text):
    # It got "Yes: Your receiving organisation (enterprise) may host this traineeship."
    slots = await told(monkeypatch, BARCELONA, lang, LUCCA_OPEN)
    await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN)
    reply = texts(dispatcher)
    assert t(lang, "documents_host_signature") in reply, reply
    assert not reply.startswith(t(lang, "answer_yes", answer="")), reply


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Can a company host my traineeship?", "answer_yes"),             # what the host may be: yes
    ("it", "e la scadenza? 18 gennaio 2016?", "apply_by_confirmed_deadline"),  # the date said back: yes
    ("en", "What documents do I need?", None),                               # the documents alone
])
async def test_nearby_questions_keep_their_answer(dispatcher, monkeypatch, lang, text, expected):
    slots = await told(monkeypatch, BARCELONA, lang, LUCCA_OPEN)
    await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN,
               intent="ask_deadline" if "scadenza" in text else "inform")
    reply = texts(dispatcher)
    assert t(lang, "documents_host_signature") not in reply, reply
    if expected == "answer_yes":
        assert reply.startswith(t(lang, "answer_yes", answer="")), reply
    elif expected:
        assert t(lang, expected, date="18 gennaio 2016") in reply, reply
    else:
        assert topic("imt-lucca-2015", "application_documents", lang) in reply, reply


@pytest.mark.parametrize(("lang", "text"), [("en", "What should I prepare before the trip?"),
                                            ("it", "Cosa devo preparare per il viaggio?")])
async def test_preparing_the_trip_is_not_what_to_send(dispatcher, monkeypatch, lang, text):
    slots = await told(monkeypatch, BARCELONA, lang, LUCCA_OPEN)
    await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN)
    assert topic("imt-lucca-2015", "application_documents", lang) not in texts(dispatcher), texts(dispatcher)


async def test_an_agreement_signed_by_the_host_is_no_host_signature(dispatcher, monkeypatch):
    slots = await told(monkeypatch, {**BERGEN, "destination": "KE", "destination_city": "Nairobi"}, "en",
                       ITM_OPEN)
    await hear(dispatcher, monkeypatch, "Has the university signed an agreement with ITM?", slots, ITM_OPEN)
    assert t("en", "documents_host_signature") not in texts(dispatcher), texts(dispatcher)


# 2. "Must the Board's approval come before the 18 January deadline or may it come after?": the call does not
# say when, and who knows; the date is only a point of reference.
BOARD = [
    ("it", "L'autorizzazione del Consiglio Scientifico deve arrivare prima del 18 gennaio, o può arrivare "
           "dopo la domanda?", "out_of_scope"),
    ("en", "Must the Board's approval come before the 18 January deadline or may it come after?",
     "ask_deadline"),
    ("fr", "L'autorisation du Conseil scientifique doit-elle arriver avant le 18 janvier, ou peut-elle "
           "arriver après ?", "faq_who_can_apply"),
    ("nl", "Moet de goedkeuring van de Wetenschappelijke Raad er zijn vóór 18 januari, of mag die ook na de "
           "aanvraag komen?", "faq_duration"),
    ("it", "Non mi ha risposto: il Consiglio Scientifico deve approvare prima della scadenza o dopo?",
     "nlu_fallback"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), BOARD)
async def test_when_the_board_approves_is_answered_not_the_deadline(dispatcher, monkeypatch, lang, text,
                                                                    intent):
    slots = await told(monkeypatch, BARCELONA, lang, LUCCA_OPEN)
    await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN, intent=intent)
    reply = texts(dispatcher)
    assert board_timing(lang) in reply, reply                        # the call does not say when (round 41)
    assert "Daniela Giorgetti" in reply, reply                       # who knows
    assert "📅" not in reply, reply
    assert t(lang, "apply_by_confirmed_deadline", date="")[:6] not in reply[:6], reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Do I need the Board's approval?"),
    ("it", "Mi serve l'autorizzazione del Consiglio Scientifico?"),
])
async def test_whether_the_board_is_needed_keeps_its_yes(dispatcher, monkeypatch, lang, text):
    slots = await told(monkeypatch, BARCELONA, lang, LUCCA_OPEN)
    await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN)
    reply = texts(dispatcher)
    reason = {"en": "Scientific Board must authorise it", "it": "deve autorizzarlo il Consiglio"}[lang]
    assert reason in reply, reply
    assert t(lang, "condition_when", reason="", who="").split("(")[0].strip() not in reply, reply


# 3. Two questions, the first answered by the dates or the call's status: the second is answered too.
@pytest.mark.parametrize(("lang", "text", "first"), [
    ("en", "So I apply by 18 January? And does the company need to sign anything?", "18 January 2016"),
    ("en", "Is the call still open? Does the company need to sign anything?", "18 January 2016"),
    ("it", "Il bando è ancora aperto? L'azienda deve firmare qualcosa?", "18 gennaio 2016"),
])
async def test_the_question_after_the_dates_is_answered_too(dispatcher, monkeypatch, lang, text, first):
    slots = await told(monkeypatch, BARCELONA, lang, LUCCA_OPEN)
    await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN, intent="ask_deadline")
    reply = texts(dispatcher)
    assert first in reply.split("\n")[0], reply
    assert t(lang, "documents_host_signature") in reply, reply


# 4. "Il faut envoyer quoi, et à qui ?": what to send and where, not the contact summary.
HOW_TO_APPLY = [
    ("fr", "Et concrètement, comment je postule ? Il faut envoyer quoi, et à qui ?"),
    ("en", "How do I apply concretely? What do I have to send, and to whom?"),
    ("nl", "Hoe vraag ik concreet aan? Wat stuur ik in, en naar wie?"),
    ("it", "In pratica, cosa devo preparare e a chi devo scrivere?"),
    # (worded as the vocabulary had them already)
    ("en", "So how do I apply, what do I send and to whom?"),
    ("nl", "En hoe vraag ik concreet aan? Wat moet ik opsturen, en naar wie?"),
    ("it", "E concretamente come mi candido? Cosa devo mandare, e a chi?"),
]


@pytest.mark.parametrize(("lang", "text"), HOW_TO_APPLY)
async def test_what_to_send_and_to_whom_gets_the_documents(dispatcher, monkeypatch, lang, text):
    slots = await told(monkeypatch, LJUBLJANA, lang, ITM_OPEN)
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, intent="faq_application")
    reply = texts(dispatcher)
    # what, how, to which address: the staff's part of it (round 25)
    assert topic("itm-2024", "application_documents", lang, "staff") in reply, reply
    assert t(lang, "contact_summary") not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [("fr", "À qui dois-je écrire ?"), ("en", "Whom do I write to?")])
async def test_whom_to_write_to_alone_keeps_the_contact_answer(dispatcher, monkeypatch, lang, text):
    slots = await told(monkeypatch, LJUBLJANA, lang, ITM_OPEN)
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, intent="ask_contact")
    reply = texts(dispatcher)
    assert "cmorantin@itg.be" in reply, reply
    assert topic("itm-2024", "application_documents", lang, "staff") not in reply, reply


# 5. "ECHE? geen idee of bergen dat heeft": what an ECHE is and how to check, with the person's condition.
ECHE_ECHO = [
    ("nl", "ECHE? geen idee of bergen dat heeft eerlijk gezegd", "nlu_fallback"),
    ("en", "ECHE? no idea if Bergen has one to be honest", "dont_know"),
    ("fr", "ECHE ? aucune idée si Bergen l'a, franchement", "out_of_scope"),
    ("it", "ECHE? non ho idea se Bergen ce l'ha", "dont_know"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), ECHE_ECHO)
async def test_the_charter_said_back_is_explained(dispatcher, monkeypatch, lang, text, intent):
    slots = await told(monkeypatch, BERGEN, lang, ITM_OPEN)
    got = await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, intent=intent)
    reply = texts(dispatcher)
    assert topic("itm-2024", "eche", lang) in reply, reply             # what it is, how to check
    assert t(lang, "condition_about", reason="") in reply, reply       # still eligible, provided that
    assert "receiving_org_has_eche" not in got, got                     # nothing stated
    no_cant_find(reply)


async def test_not_knowing_and_asking_if_that_is_a_problem_keeps_the_condition_answer(dispatcher,
                                                                                       monkeypatch):
    slots = await told(monkeypatch, BERGEN, "en", ITM_OPEN)
    await hear(dispatcher, monkeypatch, "I don't know if it has an ECHE. Is that a problem?", slots, ITM_OPEN)
    reply = texts(dispatcher)
    assert reply.startswith(t("en", "condition_yes", reason="")), reply
    assert topic("itm-2024", "eche", "en") not in reply, reply


# 6. A short English courtesy keeps the conversation's language.
@pytest.mark.parametrize("text", ["top, thanks!", "ok thanks", "thank you so much", "great, thanks a lot",
                                  "Thanks for the help"])
@pytest.mark.parametrize("lang", ["fr", "nl", "it"])
def test_english_thanks_keep_the_language(text, lang):
    assert detect(text, lang) == lang


@pytest.mark.parametrize(("text", "previous"), [("so am I eligible?", "nl"), ("english please", "fr"),
                                                ("thank you, and how much do I get?", "it"),
                                                ("thanks", "en")])
def test_english_that_asks_or_asks_for_english_still_changes_it(text, previous):
    assert detect(text, previous) == "en"


@pytest.mark.parametrize("lang", ["fr", "nl", "it"])
async def test_top_thanks_is_answered_in_the_conversations_language(dispatcher, monkeypatch, lang):
    slots = await told(monkeypatch, BERGEN, lang, ITM_OPEN)
    got = await hear(dispatcher, monkeypatch, "top, thanks!", slots, ITM_OPEN, intent="thank")
    assert got["language"] == lang, got
    assert texts(dispatcher) == t(lang, "thank"), texts(dispatcher)


# 7. A grant follow-up says where the notes are only when it left some out.
@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "ok. en hoeveel krijg ik dan ongeveer per maand? ik heb geen andere beurs"),
    ("en", "ok. and how much would I get per month, roughly? I have no other scholarship"),
])
async def test_no_fragment_about_notes_when_there_were_none(dispatcher, monkeypatch, lang, text):
    slots = await told(monkeypatch, BERGEN, lang, ITM_OPEN)
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, intent="ask_grant")
    reply = texts(dispatcher)
    assert "erasmusplusmobility@itg.be" in reply, reply                # the grant follow-up was given
    assert t(lang, "grant_parts_above").strip() not in reply, reply


async def test_the_notes_left_out_are_pointed_to(dispatcher, monkeypatch):
    slots = await told(monkeypatch, HEIDELBERG, "en", ITM_OPEN)
    await hear(dispatcher, monkeypatch, "So just to confirm the money: is it 79 euros per day that I would "
                                        "receive from ITM?", slots, ITM_OPEN, intent="ask_grant")
    reply = texts(dispatcher)
    # the notes restated in short, not only pointed to (round 62)
    assert t("en", "cycle_notes_again", notes="|").split("|")[0].strip() in reply, reply
    assert "further up in our conversation" not in reply, reply
    assert "70/50" not in reply, reply                                  # the note itself not again


# 8. A doctoral mobility's virtual part is optional (the reference's EU-wide rule), not "for another status".
DOCTORAL_VIRTUAL = [
    ("en", "Did you update the city back to Heidelberg? Also, do I need to do an online/virtual component as "
           "part of this mobility?", "check_eligibility"),
    ("en", "do I need a virtual component?", "faq_application"),
    ("fr", "dois-je faire une partie en ligne ?", "check_eligibility"),
    ("nl", "moet ik ook een online deel doen?", "nlu_fallback"),
    ("it", "devo fare anche una parte online?", "nlu_fallback"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), DOCTORAL_VIRTUAL)
async def test_a_doctoral_virtual_part_is_optional(dispatcher, monkeypatch, lang, text, intent):
    slots = await told(monkeypatch, HEIDELBERG, lang, ITM_OPEN)
    await hear(dispatcher, monkeypatch, text, slots, ITM_OPEN, intent=intent)
    reply = texts(dispatcher)
    assert topic("itm-2024", "doctoral_virtual", lang) in reply, reply
    only_for = t(lang, "condition_only_for_roles", roles="", source="")[:20]
    assert only_for not in reply, reply


def test_the_optional_part_traces_to_the_reference() -> None:
    found = core().get_call("itm-2024").topics["doctoral_virtual"]
    assert "erasmus-figures.md, Short-term student mobility, blended (MSc) and doctoral" in found.source
    assert "optional" in found.answer("en")


async def test_a_blended_mobility_keeps_its_compulsory_virtual_part(dispatcher, monkeypatch):
    tartu = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended", "destination": "EE",
             "destination_city": "Tartu", "receiving_org": "hei", "citizenship": ["KE"],
             "virtual_component": True, "start_date": "2026-06-08", "end_date": "2026-06-12",
             "goal": "eligibility"}
    slots = await told(monkeypatch, tartu, "en", ITM_OPEN)
    await hear(dispatcher, monkeypatch, "Is the online part compulsory?", slots, ITM_OPEN)
    reply = texts(dispatcher)
    assert reply.startswith(t("en", "virtual_required_yes", reason="")[:4]), reply
    assert "optional" not in reply, reply
