"""Round 28 of simulated users, what one reply repeats: the same paragraph twice in one reply (Italian: the
application text as the topic's answer and again as "Ciò che il bando chiede di inviare: …"; Dutch: the
green-travel sentence as an ℹ note and again in parentheses under the amount), and the full "📧 Next step: …"
block in almost every reply although it never changed (English). A reply says a sentence once; the contact,
once said in full, comes back as its short "as above" line, unless the person asks whom to contact. Played
through action_respond (tests/actions/conversation.py converse) with the nearby cases that keep
their answer."""
from __future__ import annotations

from typing import Any

import pytest

from actions.i18n import t
from actions.onceinreply import no_line_twice
from actions.verdict import contact_lines
from tests.actions.conversation import converse

LUCCA_OPEN, ITM_OPEN = "2016-01-10", "2025-10-01"
GRANADA = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
           "destination": "ES", "destination_city": "Granada", "receiving_org": "hei", "citizenship": ["IT"],
           "start_date": "2016-03-01", "end_date": "2016-07-31", "prior_erasmus_months": 0.0,
           "supervisor_authorised": True}
STOCKHOLM = {"call": "itm-2024", "role": "staff", "goal": "eligibility", "activity": "staff_training",
             "destination": "SE", "destination_city": "Stockholm", "receiving_org": "hei",
             "citizenship": ["BE"], "start_date": "2026-04-20", "end_date": "2026-04-24",
             "receiving_org_has_eche": True}
COPENHAGEN = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
              "destination": "DK", "destination_city": "Copenhagen", "receiving_org": "hei",
              "citizenship": ["IN"], "start_date": "2026-02-02", "end_date": "2026-05-29"}


def count(reply: str, words: str) -> int:
    return reply.count(words)


# 1. One reply says a paragraph once.
async def test_the_application_paragraph_once_in_an_italian_reply(monkeypatch):
    replies = await converse(monkeypatch, {**GRANADA, "language": "it"}, [
        ("ciao! quindi posso andare?", "check_eligibility"),
        ("quindi entro il 18 gennaio mando il modulo via mail e basta? il learning agreement serve subito?",
         "ask_deadline"),
    ], LUCCA_OPEN)
    last = replies[-1]
    assert count(last, "Presenta il modulo di candidatura") == 1, last
    # What it answers stays: the date, the application text, what the call does not say.
    assert "18 gennaio 2016" in last and "learning agreement" in last, last


async def test_the_green_travel_sentence_once_in_a_dutch_reply(monkeypatch):
    replies = await converse(monkeypatch, {**STOCKHOLM, "language": "nl"}, [
        ("Hoeveel krijg ik en tot wanneer kan ik indienen?", "ask_grant"),
        ("Dank u. Ik wil eigenlijk met de trein reizen, niet vliegen. Levert de trein meer op dan het "
         "vliegtuig?", "ask_grant"),
    ], ITM_OPEN)
    last = replies[-1]
    assert count(last, "Met groen reizen kunnen tot 4 reisdagen meer") == 1, last
    assert "417,00" in last and "108,00" in last, last


SOURCE = {"en": "source", "fr": "source", "nl": "bron", "it": "fonte"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_a_repeated_line_is_dropped_but_lists_and_questions_stay(lang):
    paragraph = "Send the application form with the supervisor's authorisation to the office by the deadline."
    check = "✓ Your stay of 120 days is within the 2 months to 12 months allowed for a study period."
    question = "Has the Scientific Board authorised the period of 150 days abroad already, or not yet?"
    messages: list[dict[str, Any]] = [
        {"text": f"{paragraph}\n({SOURCE[lang]}: Selection Criteria)\n{check}\n{question}"},
        {"text": f"What the call asks you to send: {paragraph} ({SOURCE[lang]}: Selection Criteria)"},
        {"text": f"  ({paragraph})\n{check}\n{question}\n(source: Selection Criteria)"},
        {"text": "Yes.\nYes."},
    ]
    no_line_twice(lang, messages)
    joined = "\n".join(m["text"] for m in messages)
    assert joined.count(paragraph) == 1, joined
    assert joined.count(check) == 2 and joined.count(question) == 2, joined  # list items, questions
    assert messages[3]["text"] == "Yes.\nYes.", messages  # short lines may come twice


# 2. The contact in full once; after that its short line, unless the person asks whom to contact.
FULL = {lang: contact_lines("itm-2024", "msc_student", lang)[0] for lang in ("en", "fr", "nl", "it")}
SHORT = {lang: t(lang, "next_step_same", contacts="\0").split("\0")[0] for lang in ("en", "fr", "nl", "it")}
FIRST = {"en": ("so can I go?", "check_eligibility"), "fr": ("alors, je peux partir ?", "check_eligibility"),
         "nl": ("mag ik dus gaan?", "check_eligibility"), "it": ("quindi posso andare?", "check_eligibility")}
VISA = {"en": "ok but do i need a visa for denmark with indian passport, or does erasmus sort that?",
        "fr": "et ai-je besoin d'un visa pour le Danemark avec un passeport indien ?",
        "nl": "en heb ik een visum nodig voor Denemarken met een Indiaas paspoort?",
        "it": "e mi serve un visto per la Danimarca con il passaporto indiano?"}
WHOM = {"en": "who do i write to?", "fr": "à qui dois-je écrire ?", "nl": "naar wie moet ik mailen?",
        "it": "a chi devo scrivere?"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_contact_block_comes_once_in_full(monkeypatch, lang):
    replies = await converse(monkeypatch, {**COPENHAGEN, "language": lang}, [
        FIRST[lang], (VISA[lang], "faq"), (WHOM[lang], "ask_contact")], ITM_OPEN)
    first, visa, whom = replies
    assert FULL[lang] in first, first
    # The call says nothing about visas: whom to ask, in a few words, the block having been said.
    assert FULL[lang] not in visa and SHORT[lang] in visa, visa
    assert "erasmusplusmobility@itg.be" in visa, visa
    # Asked whom to contact: the contacts in full again.
    assert "erasmusplusmobility@itg.be" in whom and SHORT[lang] not in whom, whom


async def test_the_contact_in_full_when_not_said_before(monkeypatch):
    replies = await converse(monkeypatch, {**COPENHAGEN, "language": "en"}, [(VISA["en"], "faq")], ITM_OPEN)
    assert FULL["en"] in replies[0] and SHORT["en"] not in replies[0], replies[0]


async def test_a_changed_contact_is_said_in_full(monkeypatch):
    """Someone who turns out to be staff: other contacts, said in full."""
    replies = await converse(monkeypatch, {**COPENHAGEN, "language": "en"}, [
        FIRST["en"], ("sorry, I am actually ITM staff, not a student, going for a staff training. do i need "
                      "a visa for denmark?", "inform")], ITM_OPEN)
    staff = contact_lines("itm-2024", "staff", "en")[0]
    assert staff != FULL["en"]
    assert staff in replies[1] and SHORT["en"] not in replies[1], replies[1]
