"""Round 45 (what-if): a case with another date answered for the stored plan, and a check said back about an
amount dropped when a contact question followed it.
r45-a, an ITM MSc student's traineeship at a research institute in Hamburg, 2 March-29 May 2026:
1. "stel dat de stage toch pas 1 april begint (einde blijft 29 mei), kan dat dan nog en tot wanneer moet ik
   dan aanvragen?" got the deadline of the stored 2 March start: the Dutch "pas" ("not until") was read as the
   French "pas" ("not": the date replaced, actions/replaced.py), and "einde blijft 29 mei", read by the NLU as
   a second start, lost its end cue (actions/when.py date_roles). Now the case is judged (59 days: shorter
   than the 2 months of a traineeship; a 16 March start: eligible, apply by 16 January) and nothing stored.
r45-b, ITM staff, a training in Rome 20-24 April 2026 (travel support 309 EUR, 417 with green travel):
2. "I'm going by train, so it's 417 not 309, right? and who do I write to first, Charlotte or the erasmus
   mailbox?" got "Yes: <the Education Office>" and no word on the 417: the contact answer took the open
   question and the check said back was dropped (actions/twoquestions.py), and "the mailbox" was no contact
   named, so the choice read as a yes about Charlotte (contact_words).
   The check alone, once the 309 was said, got how sure the 417 is, never "Yes: 417 instead of 309": the
   train named in the same message counted as green travel said before (actions/greencheck.py).
Nearby answers kept: a plain change of the start ("nee ik bedoel: als ik start op 1 april") is stored, and now
"ik begin pas op 16 maart" too; "le 16 mars, pas le 2 mars" still replaces the 2 March; "toch?" alone and
"should I write to Charlotte first?" keep their answers.
"""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, answered, hear

HAMBURG = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "goal": "eligibility",
           "destination": "DE", "destination_city": "Hamburg", "receiving_org": "research_institute",
           "citizenship": ["BE"], "start_date": "2026-03-02", "end_date": "2026-05-29"}
ROME = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
        "destination": "IT", "destination_city": "Rome", "citizenship": ["BE"], "itm_staff_member": True,
        "start_date": "2026-04-20", "end_date": "2026-04-24"}


def _head(lang: str, key: str) -> str:
    """The words a reply key opens with, before its first placeholder."""
    fields = ("answer", "facts", "contact", "green", "standard", "band", "reasons", "outcome")
    return t(lang, key, **{f: "{" for f in fields}).split("{")[0]


async def _said(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], lang: str, text: str
                ) -> tuple[dict[str, Any], str]:
    before = await answered(monkeypatch, {**slots, "language": lang}, ITM_OPEN)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, before, ITM_OPEN)
    return got, texts(dispatcher)


# 1. A what-if with a later start (the end the same): that case judged, the plan kept.
LATER_START = [
    ("nl", "stel dat de stage toch pas 1 april begint (einde blijft 29 mei), kan dat dan nog en tot wanneer "
           "moet ik dan aanvragen?"),
    ("nl", "stel dat ik pas op 1 april begin, kan dat dan nog?"),
    ("en", "supposing the traineeship only starts on 1 April (the end stays 29 May), is that still possible "
           "and by when must I apply?"),
    ("fr", "et si le stage ne commençait que le 1er avril (la fin reste le 29 mai), est-ce encore possible "
           "et avant quand dois-je postuler ?"),
    ("it", "e se il tirocinio iniziasse solo il 1 aprile (la fine resta il 29 maggio), va ancora bene e "
           "entro quando devo fare domanda?"),
]


@pytest.mark.parametrize(("lang", "text"), LATER_START)
async def test_a_later_start_asked_as_a_case_is_judged_and_not_stored(monkeypatch, lang, text):
    got, reply = await _said(monkeypatch, HAMBURG, lang, text)
    assert "start_date" not in got and "end_date" not in got, got
    assert (got.get("what_if_case") or {}).get("start_date") == "2026-04-01", got
    assert reply.startswith(_head(lang, "answer_no")), reply
    assert "59" in reply, reply  # 1 April-29 May: 59 days, under the 2 months of a traineeship
    assert _head(lang, "what_if_facts") in reply and i18n.fmt_date("2026-04-01", lang) in reply, reply


ELIGIBLE_START = [
    ("nl", "stel dat de stage toch pas op 16 maart begint (einde blijft 29 mei), kan dat dan nog en tot "
           "wanneer moet ik dan aanvragen?"),
    ("en", "what if the traineeship only starts on 16 March (end stays 29 May), is it still ok and when must "
           "I apply?"),
    ("fr", "et si le stage ne commençait que le 16 mars (la fin reste le 29 mai), est-ce encore possible ?"),
    ("it", "e se il tirocinio iniziasse il 16 marzo (la fine resta il 29 maggio), va ancora bene?"),
]


@pytest.mark.parametrize(("lang", "text"), ELIGIBLE_START)
async def test_an_eligible_case_gets_yes_and_its_own_apply_by_date(monkeypatch, lang, text):
    got, reply = await _said(monkeypatch, HAMBURG, lang, text)
    assert "start_date" not in got, got
    assert reply.startswith(_head(lang, "answer_yes")), reply
    # two months before the case's departure (16 March), not the plan's (2 January for 2 March)
    assert i18n.fmt_date("2026-01-16", lang) in reply.split("\n")[0], reply
    assert i18n.fmt_date("2026-01-02", lang) not in reply, reply


# Kept: a plain change is stored; the French "pas" still names the date replaced.
CHANGES = [
    ("nl", "nee ik bedoel: als ik start op 1 april", "2026-04-01"),
    ("nl", "ik begin pas op 16 maart", "2026-03-16"),
    ("fr", "je commence le 16 mars, pas le 2 mars", "2026-03-16"),
    ("en", "I start on 16 March, not 2 March", "2026-03-16"),
]


@pytest.mark.parametrize(("lang", "text", "start"), CHANGES)
async def test_a_plain_change_of_the_start_is_stored(monkeypatch, lang, text, start):
    got, reply = await _said(monkeypatch, HAMBURG, lang, text)
    assert got.get("start_date") == start, got
    assert "what_if_case" not in got or not got.get("what_if_case"), got


# 2. A check said back about the amount, then a contact question: each answered.
CHECK_AND_CONTACT = [
    ("en", "I'm going by train, so it's 417 not 309, right? and who do I write to first, Charlotte or the "
           "erasmus mailbox?"),
    ("fr", "Je prends le train, donc c'est 417 et pas 309, c'est bien ça ? et j'écris d'abord à qui, "
           "Charlotte ou la boîte mail erasmus ?"),
    ("nl", "Ik ga met de trein, dus het is 417 en niet 309, toch? en naar wie schrijf ik eerst, Charlotte of "
           "de erasmus-mailbox?"),
    ("it", "Vado in treno, quindi sono 417 e non 309, giusto? e a chi scrivo prima, a Charlotte o alla "
           "casella erasmus?"),
]


def _green_line(lang: str) -> str:
    """The green answer's opening, with the rules core's amounts for Rome (1207 km: 309, green 417)."""
    return t(lang, "green_yes", green=i18n.fmt_eur(417, lang), standard=i18n.fmt_eur(309, lang),
             band="{").split("(")[0]


@pytest.mark.parametrize(("lang", "text"), CHECK_AND_CONTACT)
async def test_an_amount_checked_and_a_contact_asked_both_get_their_answer(monkeypatch, lang, text):
    got, reply = await _said(monkeypatch, ROME, lang, text)
    assert _green_line(lang) in reply, reply
    assert reply.startswith(_head(lang, "contact_choice_both")), reply
    assert "cmorantin@itg.be" in reply and "erasmusplusmobility@itg.be" in reply, reply


# Each question alone: its own answer (the mailbox and the check were also wrong alone).
ALONE = [
    ("en", "I'm going by train, so it's 417 not 309, right?", "green"),
    ("nl", "met de trein is het 417 en niet 309, toch?", "green"),
    ("en", "should I write to Charlotte or the erasmus mailbox?", "both"),
    ("it", "scrivo a Charlotte o alla casella erasmus?", "both"),
    ("en", "should I write to Charlotte first?", "yes"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), ALONE)
async def test_each_question_alone_gets_its_answer(monkeypatch, lang, text, kind):
    _, reply = await _said(monkeypatch, ROME, lang, text)
    if kind == "green":
        assert reply.startswith(_green_line(lang)), reply
        assert _head(lang, "contact_choice_both") not in reply, reply
    else:
        key = "contact_choice_both" if kind == "both" else "contact_choice_yes"
        assert reply.startswith(_head(lang, key)), reply
        assert _green_line(lang) not in reply, reply
