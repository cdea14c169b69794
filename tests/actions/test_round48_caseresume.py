"""Round 48 (a PhD student at IMT Lucca defending on 20 April 2016, a traineeship at a start-up in Berlin from
1 June to 31 August 2016, today 10 January 2016):

1. "so what could I do instead?" after "not eligible: your mobility goes on after your graduation ..." got "To
   change in your plan: receiving organisation" (the study period's host rule). Now what would make it fit,
   from the failed rule's kind and limits (actions/offeradvice.py): end the traineeship by the graduation
   (from the call's first start), or a stay after the degree needs a graduation by 31 March 2016.
2. "what if I do the traineeship before the defence instead, from 15 february to 15 april 2016? does that
   work? and how much money would I get?" asked the previous Erasmus months; "none, never did erasmus before"
   then got the June-August verdict again and no amount. Now the case's verdict and amount (874.33 EUR).
3. "no, I mean the february to april one. keep that as my plan please" stored 1 February - 30 April; now the
   case's own dates, 15 February - 15 April.
4. "ok perfect, I'll talk to my supervisor and write to Daniela. gracias!" got "I can only help with Erasmus+
   mobility ...": thanks in Spanish (and German, Portuguese...) is thanks.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from actions import i18n
from actions.i18n import t
from actions.phrases import gendered
from bot.nlu.extract import extract
from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
LUCCA = "imt-lucca-2015"
TODAY = "2016-01-10"
PLAN = {
    "en": "I'm a PhD student at IMT Lucca. I want to do a traineeship at a start-up company in Berlin from 1 "
          "june to 31 august 2016. my defence is on 20 april 2016",
    "fr": "je suis doctorante à l'IMT Lucca. je voudrais faire un stage dans une start-up à Berlin du 1er "
          "juin au 31 août 2016. ma soutenance est le 20 avril 2016",
    "nl": "ik ben doctoraatsstudent aan IMT Lucca. ik wil een stage doen bij een start-up in Berlijn van 1 "
          "juni tot 31 augustus 2016. ik promoveer op 20 april 2016",
    "it": "sono una dottoranda dell'IMT Lucca. vorrei fare un tirocinio in una start-up a Berlino dal 1 "
          "giugno al 31 agosto 2016. la mia discussione è il 20 aprile 2016",
}
INSTEAD = {
    "en": "oh no :( so what could I do instead? is there any other way?",
    "fr": "oh non :( alors qu'est-ce que je pourrais faire d'autre ?",
    "nl": "oh nee :( wat kan ik dan nog wel doen?",
    "it": "oh no :( allora cos'altro potrei fare?",
}
THANKS = {
    "en": "ok perfect, I'll talk to my supervisor and write to Daniela. gracias!",
    "fr": "parfait, je vais écrire à Daniela. gracias !",
    "nl": "perfect, ik mail Daniela. gracias!",
    "it": "perfetto, scrivo a Daniela. gracias!",
}
WHAT_IF = ("hmm ok. what if I do the traineeship before the defence instead, from 15 february to 15 april "
           "2016? does that work? and how much money would I get?")
NONE = "none, never did erasmus before"
MEANT = "no, I mean the february to april one. keep that as my plan please. how much would I get?"


def entities(text: str, day: dt.date) -> list[dict[str, Any]]:
    if text.startswith("/inform"):
        return [{"entity": k, "value": v} for k, v in json.loads(text[len("/inform"):]).items()]
    return extract(text, day)


async def chat(monkeypatch: pytest.MonkeyPatch, lang: str, messages: list[tuple[str, str]]
               ) -> tuple[list[str], dict[str, Any]]:
    first = (PLAN[lang], "check_eligibility")
    said = await play(monkeypatch, {"language": lang, "call": LUCCA}, [first, *messages], TODAY,
                      user_event="parsed", keep_slot_events=True, entities=entities)
    return said.replies, said.slots


@pytest.mark.parametrize("lang", LANGS)
async def test_what_instead_follows_the_failed_rule(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    replies, slots = await chat(monkeypatch, lang, [(INSTEAD[lang], "nlu_fallback")])
    assert slots.get("graduation_date") == "2016-04-20" and slots.get("end_date") == "2016-08-31"
    assert "❌" in replies[0]
    reply = replies[-1]
    role = i18n.label(lang, "roles", "phd_student")
    role = role if lang == "en" else role[:1].lower() + role[1:]
    activity = i18n.label(lang, "activities", "traineeship").lower()
    advice = t(lang, "offer_end_by_graduation_from", activity=activity, role=role,
               graduation=i18n.fmt_date("2016-04-20", lang), start=i18n.fmt_date("2016-02-01", lang))
    assert gendered(advice, lang, slots.get("gender")) in reply  # ("je suis doctorante", "sono dottoranda")
    assert "(e)(e)" not in reply and "doctorante(e)" not in reply
    assert t(lang, "offer_graduate_by", limit=i18n.fmt_date("2016-03-31", lang)) in reply
    assert t(lang, "offer_change", fields="", reasons="").split(":")[0] not in reply  # no "receiving org"
    assert i18n.label(lang, "fields", "receiving_org") not in reply


async def test_case_answered_after_its_question(monkeypatch: pytest.MonkeyPatch) -> None:
    replies, slots = await chat(monkeypatch, "en", [(INSTEAD["en"], "nlu_fallback"), (WHAT_IF, "ask_grant"),
                                                    (NONE, "inform")])
    assert "depends on previous Erasmus months" in replies[-2]
    reply = replies[-1]
    assert "€874.33" in reply
    assert "Yes: for that case you would be eligible" in reply
    assert "supervisor (advisor) must authorise" in reply
    assert "not eligible" not in reply and "1 June 2016" not in reply
    assert "start date: 15 February 2016; end date: 15 April 2016" in reply
    # the person's own plan is unchanged until they keep the case
    assert slots["start_date"] == "2016-06-01" and slots["end_date"] == "2016-08-31"
    assert slots["prior_erasmus_months"] == 0


async def test_the_case_meant_takes_its_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    replies, slots = await chat(monkeypatch, "en", [(INSTEAD["en"], "nlu_fallback"), (WHAT_IF, "ask_grant"),
                                                    (NONE, "inform"), (MEANT, "ask_grant")])
    assert slots["start_date"] == "2016-02-15" and slots["end_date"] == "2016-04-15"
    reply = replies[-1]
    assert "1 June 2016 → 15 February 2016" in reply and "31 August 2016 → 15 April 2016" in reply
    assert "30 April 2016" not in reply and "not eligible" not in reply
    assert "€874.33" in reply


async def test_the_case_meant_right_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same reference with the months already given: the case's dates, eligible, the amount."""
    plan = PLAN["en"] + ", never did erasmus before"
    said = await play(monkeypatch, {"language": "en", "call": LUCCA},
                      [(plan, "check_eligibility"), (WHAT_IF, "ask_grant"), (MEANT, "ask_grant")], TODAY,
                      user_event="parsed", keep_slot_events=True, entities=entities)
    assert said.slots["start_date"] == "2016-02-15" and said.slots["end_date"] == "2016-04-15"
    assert "€874.33" in said.replies[-1]


@pytest.mark.parametrize("lang", LANGS)
async def test_gracias_is_thanks(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """(The NLU read the message as out of scope.)"""
    replies, _ = await chat(monkeypatch, lang, [(THANKS[lang], "out_of_scope")])
    reply = replies[-1]
    assert reply.startswith(t(lang, "thank")) or reply.startswith(t(lang, "thanks_goodbye")) \
        or reply.startswith(t(lang, "goodbye"))
    assert t(lang, "out_of_scope").split(" ")[0] not in reply[:12]
