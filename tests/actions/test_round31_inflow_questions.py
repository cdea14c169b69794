"""Round 31 (metaq): four questions asked in the middle of the form, after "Bonjour, je suis étudiante en MSc
à l'IMT Anvers, je voudrais faire un stage à l'Institut Pasteur de Paris du 1er juin au 31 juillet 2026":
1. "do you need anything else from me?" got "I can't find the answer in the call" (or the rules behind the
   pending question, or the application documents): now the facts the answer still needs, or "No, I have all
   I need" with the answer in short;
2. "who is my departmental coordinator, a name?" got the whole contact card: now that the call names no one
   for that role, and whom to ask;
3. "remove the host from the summary" was passed over: now the part is left out of the e-mail summary, said
   so, and the summary shown again without it;
4. "is there a top-up for students with fewer opportunities?" got the traineeship top-up (150 EUR): now the
   fewer-opportunities top-up of the call data with its source (EU-wide, 250 EUR a month), or, under the
   Lucca call, that the call does not say and whom to ask."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.calls import call_name
from actions.contact import summary
from actions.i18n import label, t
from actions.phrases import gendered
from bot.language import detect
from tests.actions.conftest import make_tracker, texts
from tests.actions.conversation import converse
from tests.actions.test_round13 import CANT_FIND, ITM_OPEN, LUCCA_OPEN, hear

OPENING = ("Bonjour, je suis étudiante en MSc à l'IMT Anvers, je voudrais faire un stage à l'Institut "
           "Pasteur de Paris du 1er juin au 31 juillet 2026")
LANGS = ("en", "fr", "nl", "it")
PARIS = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "FR",
         "destination_city": "Paris", "start_date": "2026-06-01", "end_date": "2026-07-31",
         "goal": "eligibility", "gender": "f"}
LUCCA_MUNICH = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
                "destination": "DE", "destination_city": "Munich", "start_date": "2016-03-01",
                "end_date": "2016-07-31", "goal": "eligibility", "asked": "receiving_org"}


def _head(lang: str, key: str) -> str:
    return t(lang, key)[:14]


def _needed(lang: str) -> str:
    """"for your answer I still need", with or without its "Yes:" ("what else do you need?" has none)."""
    yes = t(lang, "answer_yes", answer="")
    return t(lang, "needed_still")[len(yes):][:18].lower()


# 1. "Anything else from me?": the rules core's missing facts in words, then the pending question again.
ANYTHING_ELSE = [
    ("fr", "vous avez besoin d'autre chose de moi ?", "nlu_fallback"),
    ("en", "do you need anything else from me?", "ask_why"),
    ("nl", "heeft u nog iets van mij nodig?", "faq_application"),
    ("it", "ha bisogno di altro da me?", "out_of_scope"),
    ("en", "Is there anything else you need?", "nlu_fallback"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), ANYTHING_ELSE)
async def test_anything_else_from_me_names_the_facts_still_needed(monkeypatch, lang, text, intent):
    messages = [(OPENING, "inform"), (text, intent)]
    _, reply = await converse(monkeypatch, {"language": "fr"}, messages, ITM_OPEN)
    assert reply.startswith(_head(lang, "needed_still")), reply
    assert label(lang, "fields", "citizenship") in reply, reply  # (Institut Pasteur: a research institute)
    assert CANT_FIND[lang] not in reply, reply


@pytest.mark.parametrize(("lang", "text", "intent"), [
    *ANYTHING_ELSE[:4], ("it", "Le serve qualcos'altro da me?", "faq_who_can_apply"),
    ("nl", "Wat heeft u nog van mij nodig?", "nlu_fallback"),
    ("fr", "Il vous manque quelque chose ?", "deny"),
])
async def test_every_fact_still_needed_is_named(monkeypatch, lang, text, intent):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**PARIS, "language": lang, "asked": "citizenship"},
                     intent=intent)
    reply = texts(dispatcher)
    assert _needed(lang) in reply.splitlines()[0].lower(), reply
    for field in ("citizenship", "receiving_org"):
        assert label(lang, "fields", field) in reply, reply
    assert got.get("asked", "citizenship") == "citizenship", got  # the pending question stays asked


@pytest.mark.parametrize("lang", LANGS)
async def test_anything_else_with_every_fact_given_is_no_with_the_answer(monkeypatch, lang):
    text = dict((lg, q) for lg, q, _ in ANYTHING_ELSE[:4])[lang]
    slots = {**PARIS, "citizenship": ["BE"], "receiving_org": "research_institute", "language": lang}
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, slots, intent="nlu_fallback")
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "needed_none", outcome="")[:12]), reply
    eligible = gendered(t(lang, "outcome_eligible"), lang, "f")  # "idonea" for "studentessa"
    assert eligible in reply and "2026" in reply, reply  # eligible, apply by 1 April 2026


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Do I need anything else for the application?"),
    ("fr", "Ai-je besoin d'autre chose pour postuler ?"),
    ("it", "Ho bisogno di altro per la candidatura?"),
    ("nl", "Heb ik nog iets anders nodig voor de aanvraag?"),
])
async def test_what_the_person_needs_is_not_what_the_assistant_needs(monkeypatch, lang, text):
    """Nearby: the person's own need ("do I need anything else?") keeps its answer (the documents)."""
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, {**PARIS, "language": lang, "asked": "citizenship"},
               intent="faq_application")
    assert not texts(dispatcher).startswith(_head(lang, "needed_still")), texts(dispatcher)


# 2. A contact the call names by its role only, asked for by name.
@pytest.mark.parametrize(("lang", "text", "intent"), [
    ("fr", "qui est mon coordinateur départemental, un nom ?", "ask_contact"),
    ("en", "who is my departmental coordinator, a name?", "ask_contact"),
    ("nl", "Wie is mijn departementale coördinator? Een naam graag.", "faq_contacts"),
    ("it", "Chi è il mio coordinatore di dipartimento, un nome?", "nlu_fallback"),
])
async def test_a_name_the_call_does_not_give_is_said_so(monkeypatch, lang, text, intent):
    dispatcher = CollectingDispatcher()
    slots = {**PARIS, "language": lang, "asked": "citizenship"}
    await hear(dispatcher, monkeypatch, text, slots, intent=intent)
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "contact_unnamed")[:12]), reply
    assert "erasmusplusmobility@itg.be" in reply, reply  # whom to ask, from the call's contacts
    assert "mailto:" not in reply and t(lang, "contact_summary") not in reply, reply  # short


async def test_whom_to_write_to_keeps_the_contact_card(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "whom do I write to?", {**PARIS, "language": "en"},
               intent="ask_contact")
    reply = texts(dispatcher)
    assert "mailto:erasmusplusmobility@itg.be" in reply, reply
    assert t("en", "contact_unnamed")[:12] not in reply, reply


async def test_a_contact_the_call_names_keeps_the_contact_card(monkeypatch):
    """Nearby: Lucca names its Erasmus contact (Daniela Giorgetti): no "the call does not name"."""
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "Who is the Erasmus mobility contact, a name?",
               {**LUCCA_MUNICH, "language": "en"}, LUCCA_OPEN, intent="ask_contact")
    reply = texts(dispatcher)
    assert "Daniela Giorgetti" in reply and t("en", "contact_unnamed")[:12] not in reply, reply


# 3. A part left out of the e-mail summary.
HOST = {"receiving_org": "research_institute", "receiving_org_name": "Institut Pasteur"}
REMOVE_HOST = [
    ("fr", "enlevez l'institut du résumé s'il vous plaît"),
    ("en", "please remove the host from the summary"),
    ("nl", "haal de gastinstelling uit de samenvatting"),
    ("it", "togli l'ente dal riepilogo"),
]


@pytest.mark.parametrize(("lang", "text"), REMOVE_HOST)
async def test_the_host_named_is_removed_from_the_summary(monkeypatch, lang, text):
    slots = {**PARIS, **HOST, "language": lang, "asked": "citizenship"}
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, intent="nlu_fallback")
    reply = texts(dispatcher)
    assert got.get("summary_omit") == ["host"], got
    assert t(lang, "summary_removed", parts=label(lang, "summary_parts", "host")) in reply, reply
    assert t(lang, "contact_summary") in reply and "Institut Pasteur" not in reply, reply
    assert "receiving_org" not in got and "receiving_org_name" not in got, got  # no fact changed


@pytest.mark.parametrize(("lang", "text", "part", "gone"), [
    ("en", "Please take the dates out of the summary.", "dates", "2026"),
    ("nl", "Laat de data weg uit de samenvatting.", "dates", "2026"),
    ("it", "Mi togli le date dal riepilogo?", "dates", "2026"),
    ("fr", "Retirez le financement du résumé, svp.", "funding", "autofinancement"),
])
async def test_other_parts_named_are_removed(monkeypatch, lang, text, part, gone):
    slots = {**PARIS, **HOST, "has_scholarship": False, "language": lang}
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, intent="nlu_fallback")
    body = summary(make_tracker({**slots, **got}), lang, "itm-2024")
    assert got.get("summary_omit") == [part], got
    assert t(lang, "summary_removed", parts=label(lang, "summary_parts", part)) in texts(dispatcher)
    assert "Institut Pasteur" in body, body  # the host stays
    if part == "dates":
        assert t(lang, "summary_when", start="", end="")[:6] not in body, body
    else:
        assert gone not in body, body


def test_the_summary_keeps_every_part_not_removed(monkeypatch):
    """Nearby: without a removal the summary is as before; a removal stays for the next contact summary."""
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    slots = {**PARIS, **HOST, "language": "en"}
    full = summary(make_tracker(slots), "en", "itm-2024")
    assert "Host institution: Institut Pasteur." in full and "Dates: 1 June 2026" in full, full
    later = summary(make_tracker({**slots, "summary_omit": ["host"]}), "en", "itm-2024")
    assert later == "\n".join(line for line in full.splitlines() if "Institut Pasteur" not in line), later


@pytest.mark.parametrize("text", ["Should I drop the host an e-mail?",
                                  "Can I drop the traineeship and email the office instead?",
                                  "I sent the e-mail without the form, is that a problem?"])
async def test_an_e_mail_named_without_a_removal_leaves_the_summary_alone(monkeypatch, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**PARIS, **HOST, "language": "en"})
    reply = texts(dispatcher)
    assert "summary_omit" not in got and t("en", "summary_removed", parts="")[:10] not in reply, (got, reply)
    assert t("en", "summary_remove_which", parts="")[:10] not in reply, reply


async def test_fix_the_summary_is_still_the_contact_answer(monkeypatch):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, "Can you fix the summary so I can send it?",
                     {**PARIS, **HOST, "language": "en"}, intent="ask_contact")
    assert "summary_omit" not in got and "Institut Pasteur" in texts(dispatcher), got


def test_a_short_italian_request_is_answered_in_italian():
    assert detect("togli l'ente dal riepilogo", "nl") == "it"


# 4. A top-up for students with fewer opportunities.
FEWER = [
    ("fr", "y a-t-il un complément pour les étudiants avec moins d'opportunités ?", "faq_grant_amounts"),
    ("en", "is there a top-up for students with fewer opportunities?", "ask_grant"),
    ("nl", "Is er een toeslag voor studenten met minder kansen?", "nlu_fallback"),
    ("it", "C'è un'integrazione per gli studenti con minori opportunità?", "faq_who_can_apply"),
]
EU_RULES = {"en": "EU-wide", "fr": "UE", "nl": "EU", "it": "UE"}


@pytest.mark.parametrize(("lang", "text", "intent"), FEWER)
async def test_the_fewer_opportunities_top_up_is_the_one_answered(monkeypatch, lang, text, intent):
    dispatcher = CollectingDispatcher()
    slots = {**PARIS, "language": lang, "asked": "citizenship"}
    await hear(dispatcher, monkeypatch, text, slots, intent=intent)
    reply = texts(dispatcher)
    assert reply.startswith(t(lang, "answer_yes", answer="")), reply
    assert "250 EUR" in reply and "150 EUR" not in reply, reply  # not the traineeship top-up
    assert f"({t(lang, 'source')}:" in reply and EU_RULES[lang] in reply, reply


async def test_a_short_stays_fewer_opportunities_top_up_is_the_one_off(monkeypatch):
    slots = {**PARIS, "activity": "short_term_blended", "start_date": "2026-06-01", "end_date": "2026-06-12",
             "language": "en"}
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, FEWER[1][1], slots, intent="ask_grant")
    reply = texts(dispatcher)
    assert "100 EUR for 5-14 days" in reply and "250 EUR" not in reply, reply


@pytest.mark.parametrize(("lang", "text", "intent"), FEWER)
async def test_under_lucca_the_call_does_not_say_and_whom_to_ask(monkeypatch, lang, text, intent):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, {**LUCCA_MUNICH, "language": lang}, LUCCA_OPEN, intent=intent)
    reply = texts(dispatcher)
    group = label(lang, "groups", "fewer_opportunities")
    said = t(lang, "group_top_up_none", call=call_name("imt-lucca-2015", lang), group=group)
    assert reply.startswith(said), reply
    assert "erasmus@imtlucca.it" in reply and "250 EUR" not in reply, reply  # no ITM figure for Lucca


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Krijgen stagiairs een toeslag?"), ("en", "Do trainees get a top-up?"),
])
async def test_the_traineeship_top_up_question_keeps_its_answer(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, {**PARIS, "language": lang}, intent="ask_grant")
    reply = texts(dispatcher)
    assert "150 EUR" in reply and "250 EUR" not in reply, reply
