"""Round 39: replies in French, Dutch and Italian cited the call's English section headings ("(fonte: Who can
apply?)", "(bron: Type and duration of the staff mobility)", "(source : Application process)") inside a reply
in another language. Every heading a call cites as a `source` now has a label in each reply language other
than its own (the call data's `headings:`; rules_core/headings.py), and every reply that names a source uses
it: the "why do you need this?" sentences (rules_core needed_for) and the documents line of a learning
agreement question printed the raw heading. The English replies keep the call's English headings."""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from rules_core import get_call, needed_for, source_label
from rules_core.headings import REFERENCE_FILE
from rules_core.loader import compiled
from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond
from tests.actions.test_round12 import STAFF_VIENNA, answered
from tests.actions.test_round12_facts import HEIDELBERG
from tests.actions.test_round13 import LUCCA_OPEN, hear
from tests.actions.test_round32_whyasked import _after_citizenship

ITM = "itm-2024"
LUCCA = "imt-lucca-2015"
CALLS = (ITM, LUCCA)
LANGS = ("en", "fr", "nl", "it")
OTHER = ("fr", "nl", "it")


def _sources(node: Any) -> set[str]:
    """Every heading a call's data cites as a `source` ("A; B" cites two)."""
    if isinstance(node, dict):
        found = {p.strip() for p in str(node.get("source") or "").split(";") if p.strip()}
        return found.union(*(_sources(v) for k, v in node.items() if k != "headings"))
    if isinstance(node, list):
        return set().union(*(_sources(v) for v in node))
    return set()


def cited(call_id: str) -> set[str]:
    """The headings a reply may name: the `source`s, and where the call's text uses a term (chat.terms)."""
    chat = get_call(call_id).chat
    terms = {p.strip() for where in (chat.terms.values() if chat else []) for p in where.split(";")}
    return {h for h in _sources(compiled(call_id).raw) | terms if h}


def english_headings() -> set[str]:
    """The calls' English headings (those the call labels in French): what a French, Dutch or Italian reply
    must not name."""
    out: set[str] = set()
    for call_id in CALLS:
        headings = compiled(call_id).raw.get("headings") or {}
        out |= {h for h in cited(call_id) if "fr" in (headings.get(h) or {})}
    return out


def no_english_heading(reply: str) -> None:
    found = [h for h in english_headings() if h in reply]
    assert not found, (found, reply)


# 1. The call data: every cited heading is labelled in each reply language other than its own.
@pytest.mark.parametrize("call_id", CALLS)
def test_every_cited_heading_has_a_label_in_each_other_language(call_id: str) -> None:
    headings = compiled(call_id).raw.get("headings") or {}
    for heading in sorted(cited(call_id)):
        if heading.startswith(REFERENCE_FILE):  # the reference page: "the EU-wide rules" in each language
            assert all(REFERENCE_FILE not in source_label(call_id, heading, lang) for lang in LANGS), heading
            continue
        labels = headings.get(heading) or {}
        own = set(LANGS) - set(labels)
        # the call's own language (its seed is in English or French) is the one without a label
        assert len(own) == 1 and own <= {"en", "fr"}, (heading, sorted(labels))
        for lang in OTHER:
            shown = source_label(call_id, heading, lang)
            assert shown == (heading if lang in own else labels[lang]), (heading, lang, shown)
            # a label stays one source in a "(source: ...)" (onceinreply.py strips it without parentheses)
            assert not any(c in shown for c in "();"), shown


@pytest.mark.parametrize("call_id", CALLS)
def test_the_english_replies_keep_the_english_headings(call_id: str) -> None:
    headings = compiled(call_id).raw.get("headings") or {}
    for heading in cited(call_id) - {h for h in headings if "en" in headings[h]}:
        if not heading.startswith(REFERENCE_FILE):
            assert source_label(call_id, heading, "en") == heading


@pytest.mark.parametrize(("lang", "label"), [
    ("fr", "Qui peut postuler ?"), ("nl", "Wie kan zich kandidaat stellen?"), ("it", "Chi può candidarsi?"),
    ("en", "Who can apply?"),
])
def test_who_can_apply_in_each_language_in_both_calls(lang: str, label: str) -> None:
    assert {source_label(c, "Who can apply?", lang) for c in CALLS} == {label}


@pytest.mark.parametrize("lang", OTHER)
def test_why_a_fact_is_needed_names_the_heading_in_the_reply_language(lang: str) -> None:
    for call_id in CALLS:
        for field in ("destination", "start_date", "prior_erasmus_months", "activity", "citizenship"):
            for sentence in needed_for(call_id, field, lang):
                no_english_heading(sentence)
                assert REFERENCE_FILE not in sentence, sentence


def test_why_a_fact_is_needed_keeps_the_english_heading_in_english() -> None:
    said = needed_for(ITM, "destination")
    assert any(s.endswith("(Type and duration of the staff mobility).") for s in said), said


# 2. Replies (tracker fixtures): a source named in a French, Dutch or Italian reply is in that language.
@pytest.mark.parametrize(("lang", "text", "source"), [
    ("fr", "pourquoi m'avez-vous demandé ma nationalité ?",
     "Type, lieu et durée de la mobilité des étudiants"),
    ("nl", "waarom vroeg u mijn nationaliteit?", "Soort, plaats en duur van de studentenmobiliteit"),
    ("it", "perché mi ha chiesto la nazionalità?", "Tipo, sede e durata della mobilità degli studenti"),
    ("en", "why did you ask my nationality?", "Type, venue and duration of the student mobility"),
])
async def test_why_the_nationality_was_asked_names_its_section_in_the_reply_language(monkeypatch, lang, text,
                                                                                    source):
    reply = await _after_citizenship(monkeypatch, lang, text, "ask_why")
    assert f"({source})" in reply, reply
    if lang != "en":
        no_english_heading(reply)


# An MSc student: what the call asks students to send, from its "Application and selection process".
LEARNING = [
    ("fr", "il me faut un contrat d'études ?", "(source : Procédure de candidature et de sélection)"),
    ("nl", "moet ik een leerovereenkomst hebben?", "(bron: Aanvraag- en selectieprocedure)"),
    ("it", "serve un accordo di apprendimento?", "(fonte: Procedura di candidatura e di selezione)"),
    ("en", "ok. do I need a learning agreement for this?", "(source: Application and selection process)"),
]


@pytest.mark.parametrize(("lang", "text", "source"), LEARNING)
async def test_what_to_send_names_its_section_in_the_reply_language(dispatcher, monkeypatch, lang, text,
                                                                   source):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    await respond(dispatcher, text=text, intent="check_eligibility", slots={**HEIDELBERG, "language": lang})
    reply = texts(dispatcher)
    assert source in reply, reply
    if lang != "en":
        no_english_heading(reply)


@pytest.mark.parametrize(("lang", "text", "words", "source"), [
    ("it", "come assegnista di ricerca ho la priorità?", "assegnista di ricerca",
     "(fonte: Chi può candidarsi?)"),
    ("fr", "en tant que postdoctorant, est-ce que j'ai la priorité ?", "postdoctorant",
     "(source: Qui peut postuler ?)"),
    ("nl", "krijg ik voorrang als postdoc?", "postdoc", "(bron: Wie kan zich kandidaat stellen?)"),
    ("en", "as a postdoc, do I get priority?", "postdoc", "(source: Who can apply?)"),
])
async def test_the_staff_priority_names_who_can_apply_in_the_reply_language(dispatcher, monkeypatch, lang,
                                                                          text, words, source):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    slots = await answered(STAFF_VIENNA, lang)
    await respond(dispatcher, text=text, entities=[said(text, "role", "staff", words)], slots=slots)
    reply = texts(dispatcher)
    assert source in reply, reply
    if lang != "en":
        no_english_heading(reply)


PARIS = {"call": LUCCA, "role": "phd_student", "activity": "traineeship", "destination": "FR",
         "destination_city": "Paris", "receiving_org": "research_institute", "start_date": "2016-05-01",
         "end_date": "2016-08-31", "prior_erasmus_months": 0, "citizenship": ["IT"], "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("it", "Questi 4 mesi dopo il titolo vengono conteggiati nei 12 mesi del ciclo di dottorato?",
     "(fonte: Chi può candidarsi?)"),
    ("fr", "Ces 4 mois après ma soutenance comptent-ils dans les 12 mois du doctorat ?",
     "(source: Qui peut postuler ?)"),
    ("nl", "Tellen die 4 maanden na mijn doctoraat mee voor de 12 maanden?",
     "(bron: Wie kan zich kandidaat stellen?)"),
    ("en", "Do these 4 months after graduating count towards the 12 months of my PhD?",
     "(source: Who can apply?)"),
])
async def test_a_lucca_answer_names_its_heading_in_the_reply_language(monkeypatch, lang, text, source):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, {**PARIS, "language": lang}, LUCCA_OPEN, "faq_credit_transfer")
    reply = texts(dispatcher)
    assert source in reply, reply
    if lang != "en":
        no_english_heading(reply)
