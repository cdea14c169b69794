"""Round 45 (ITM research technician, 5-day training at the Istituto Superiore di Sanità in Rome, 20-24 April
2026).

1. "Dutch. Note ISS is a public body, not a university - is that ok?" kept the kind first guessed from the
   host's name (research institute) and answered "I can't find the answer to that in the call text": the kind
   told with a question tag after it is the host's (a correction), and the tag is answered from the staff
   receiving-organisation rule with the call's own words on it.
2. "can I tack a few days of holiday on after, say stay till the 28th, and still get the grant?" got when the
   grant is paid, then "I mean private holiday days added to the trip, not paid. Allowed or not?" got "I can't
   find the answer": the call does not say whether private days may be added (who can tell), and what the
   grant counts is the mobility's own days; the stored end stays 24 April."""
from __future__ import annotations

import pytest

from actions import i18n
from actions.i18n import t
from actions.profile import core
from tests.actions.conversation import play

TODAY = "2025-10-01"
FIRST = ("Hi. I'm a research technician at ITM Antwerp. Want to do a 5-day training at the Istituto "
         "Superiore di Sanità in Rome, 20-24 April 2026. Possible under Erasmus+?")
ROME = {"call": "itm-2024", "role": "staff", "activity": "staff_training",
        "receiving_org": "research_institute", "receiving_org_name": "Istituto Superiore di Sanità",
        "destination": "IT", "destination_city": "Rome", "start_date": "2026-04-20", "end_date": "2026-04-24",
        "goal": "eligibility", "citizenship": ["NL"]}
LANGS = ("en", "fr", "nl", "it")


def staff_hosts(lang: str) -> str:
    """The call's own words on the hosts of a staff training (its receiving-org topic, staff part)."""
    return core().get_call("itm-2024").topics["receiving_org_types"].for_role("staff").answer(lang)


def told_public_body(reply: str, lang: str) -> None:
    assert t(lang, "answer_yes", answer="") in reply, reply
    assert i18n.source("itm-2024", "Receiving organisation", lang) in reply, reply
    assert staff_hosts(lang) in reply, reply
    changed = t(lang, "changed_facts", facts="").rstrip(".")
    assert changed in reply and i18n.label(lang, "orgs", "public_body") in reply, reply


async def test_the_whole_first_conversation_corrects_the_kind_and_answers_the_tag(monkeypatch):
    got = await play(monkeypatch, {"language": "en"},
                     [(FIRST, "check_eligibility"),
                      (TOLD["en"], "check_eligibility")],
                     TODAY, user_event="before")
    told_public_body(got.replies[1], "en")
    assert "Research institute → Public body" in got.replies[1], got.replies[1]
    assert "I can't find the answer" not in got.replies[1], got.replies[1]
    assert got.slots["receiving_org"] == "public_body" and got.slots["citizenship"] == ["NL"]


async def test_the_first_message_still_reads_the_institute_of_its_name(monkeypatch):
    # "Istituto Superiore di Sanità" says "institute" by its head word (bot/nlu/orgnames.py, round 31): kept.
    got = await play(monkeypatch, {"language": "en"}, [(FIRST, "check_eligibility")], TODAY,
                     user_event="before")
    assert got.slots["receiving_org"] == "research_institute", got.slots


TOLD = {
    "en": "Dutch. Note ISS is a public body, not a university - is that ok?",
    "fr": "c'est un organisme public, ça va ?",
    "nl": "het is een overheidsinstelling, is dat ok?",
    "it": "è un ente pubblico, va bene?",
}


@pytest.mark.parametrize("intent", ["check_eligibility", "nlu_fallback"])
@pytest.mark.parametrize("lang", LANGS)
async def test_a_kind_told_with_a_tag_is_the_hosts_and_the_tag_is_answered(monkeypatch, lang, intent):
    got = await play(monkeypatch, {**ROME, "language": lang}, [(TOLD[lang], intent)], TODAY,
                     user_event="before")
    told_public_body(got.replies[-1], lang)
    assert got.slots["receiving_org"] == "public_body", got.slots


ASKED = {
    "en": ["is a research institute fine?", "and a public body, is that ok?",
           "what if it were a public body, is that ok?"],
    "fr": ["et un organisme public, ça va ?"],
    "nl": ["en een overheidsinstelling, is dat ok?"],
    "it": ["e un ente pubblico, va bene?"],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang, texts in ASKED.items() for text in texts])
async def test_a_kind_asked_about_is_no_new_host(monkeypatch, lang, text):
    got = await play(monkeypatch, {**ROME, "language": lang}, [(text, "check_eligibility")], TODAY,
                     user_event="before")
    assert got.slots["receiving_org"] == "research_institute", (got.slots, got.replies[-1])
    assert staff_hosts(lang) not in got.replies[-1], got.replies[-1]  # the kind asked about, on its own
    assert t(lang, "changed_facts", facts="").rstrip(".") not in got.replies[-1], got.replies[-1]


HOLIDAY = {
    "en": "can I tack a few days of holiday on after, say stay till the 28th, and still get the grant?",
    "fr": ("je peux ajouter quelques jours de vacances après, disons rester jusqu'au 28, et garder la "
           "bourse ?"),
    "nl": ("kan ik er een paar dagen vakantie erbij doen, zeg maar blijven tot de 28e, en toch de beurs "
           "krijgen?"),
    "it": ("posso aggiungere qualche giorno di ferie dopo, diciamo restare fino al 28, e avere comunque la "
           "borsa?"),
}
MEANT = {
    "en": "I mean private holiday days added to the trip, not paid. Allowed or not?",
    "fr": "Je veux dire des jours de vacances privés ajoutés au voyage, pas payés. Autorisé ou pas ?",
    "nl": "Ik bedoel privé vakantiedagen erbij, niet betaald. Mag dat of niet?",
    "it": "Intendo giorni di ferie privati aggiunti al viaggio, non pagati. Si può o no?",
}
COUNTED = {"en": "20 April 2026 to 24 April 2026", "fr": "du 20 avril 2026 au 24 avril 2026",
           "nl": "20 april 2026 tot 24 april 2026", "it": "dal 20 aprile 2026 al 24 aprile 2026"}


def private_days_said(reply: str, lang: str) -> None:
    first = reply.splitlines()[0]
    assert i18n.label(lang, "uncovered_names", "private_days") in first, reply
    assert i18n.label(lang, "uncovered_names", "grant_payment") not in reply, reply
    assert "cmorantin@itg.be" in reply, reply
    assert COUNTED[lang] in reply, reply  # the grant counts the mobility's own days, 20-24 April


@pytest.mark.parametrize("intent", ["nlu_fallback", "ask_grant"])
@pytest.mark.parametrize("lang", LANGS)
async def test_holiday_days_tacked_on_are_not_said_in_the_call_and_move_no_date(monkeypatch, lang, intent):
    got = await play(monkeypatch, {**ROME, "receiving_org": "public_body", "language": lang},
                     [(HOLIDAY[lang], intent)], TODAY, user_event="before")
    private_days_said(got.replies[-1], lang)
    assert got.slots["end_date"] == "2026-04-24", got.slots


@pytest.mark.parametrize("lang", LANGS)
async def test_private_days_meant_after_the_payment_reading(monkeypatch, lang):
    got = await play(monkeypatch, {**ROME, "receiving_org": "public_body", "language": lang},
                     [(HOLIDAY[lang], "ask_grant"), (MEANT[lang], "nlu_fallback")], TODAY,
                     user_event="before")
    private_days_said(got.replies[-1], lang)
    assert t(lang, "cannot_answer_in_form").split(";")[0] not in got.replies[-1], got.replies[-1]
    assert got.slots["end_date"] == "2026-04-24", got.slots


async def test_when_the_grant_is_paid_keeps_its_answer(monkeypatch):
    got = await play(monkeypatch, {**ROME, "language": "en"},
                     [("when is the grant paid, before or after the training?", "ask_grant")], TODAY,
                     user_event="before")
    assert i18n.label("en", "uncovered_names", "grant_payment") in got.replies[-1], got.replies[-1]


async def test_an_earlier_return_still_moves_the_end(monkeypatch):
    got = await play(monkeypatch, {**ROME, "language": "nl"},
                     [("Ik kom een dag vroeger terug, op 23 april.", "inform")], TODAY, user_event="before")
    assert got.slots["end_date"] == "2026-04-23", got.slots
