"""Round 29 of simulated users (r29-b: an IMT Lucca PhD student, a traineeship at Siemens in Munich on 1
June - 31 August 2016, 6 months of Erasmus in Lyon earlier in the PhD; r29-e: a study period in Amsterdam, an
Erasmus in Valencia during the master's), as the real extractor reads their words, through action_respond on
tracker fixtures.

- The place of an earlier stay never replaces the destination: "do the 6 months in Lyon count?", "should I
  mention the Lyon semester in the email?", "... and mention Lyon myself. Thanks, bye." and "my erasmus in
  valencia during the masters" gave "Updated: destination city: Munich → Lyon" (and France's grant). A real
  change ("actually I'll go to Lyon instead") still moves it.
- "Earlier in my PhD I already did 6 months of Erasmus in Lyon. Is that a problem?" got "I can't find the
  answer": now "No", with 6 + 3 = 9 of the 12 months a study cycle allows, from the call's cycle rule.
- "Should I mention my previous 6 months in the email?" got the out-of-scope answer: now "Yes", and the
  e-mail summary carries the earlier months (and the kind of host when its name was not said).
Each in English, French, Dutch and Italian, with nearby cases that keep their answer."""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.conditions import length_text
from actions.contact import summary
from actions.i18n import t
from tests.actions.conftest import make_tracker, texts
from tests.actions.test_round13 import hear

TODAY = "2016-01-10"  # r29-b's date: the call open, 8 days before its deadline
MUNICH = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
          "receiving_org": "enterprise", "destination": "DE", "destination_city": "Munich",
          "start_date": "2016-06-01", "end_date": "2016-08-31", "goal": "eligibility"}
AFTER_LYON = {**MUNICH, "prior_erasmus_months": 6.0}
AMSTERDAM = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "receiving_org": "hei",
             "destination": "NL", "destination_city": "Amsterdam", "start_date": "2027-03-01",
             "end_date": "2027-06-30", "prior_erasmus_months": 0.0, "goal": "eligibility",
             "closed_told": "imt-lucca-2015>after"}


async def say(monkeypatch: pytest.MonkeyPatch, lang: str, text: str, slots: dict[str, Any],
              intent: str = "inform", today: str = TODAY) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**slots, "language": lang}, today, intent)
    return texts(dispatcher), got


def unmoved(lang: str, reply: str, got: dict[str, Any]) -> None:
    assert "destination" not in got and "destination_city" not in got, got
    assert t(lang, "changed_facts", facts="")[:8] not in reply, reply


def nine_of_twelve(lang: str) -> str:
    """The sum the rules core's cycle rule gives: 6 months earlier + 3 months now = 9 of 12, 3 left."""
    return t(lang, "months_left", earlier=length_text(180, lang), stay=length_text(90, lang),
             used=length_text(270, lang), cap=length_text(360, lang), left=length_text(90, lang))


# 1. The place of an earlier stay, named once the destination is given, moves nothing.
EARLIER_PLACES = [
    ("en", "check_eligibility", "Ok thanks, but I'm a bit confused. So do the 6 months in Lyon count against "
                                "some limit or not? I just want to be sure I'm not over some maximum."),
    ("en", "ask_contact", "Thanks, that's helpful. Should I mention the Lyon semester in the email too? It's "
                          "not in the summary."),
    ("en", "out_of_scope", "Again?? I'm NOT going to Lyon. Munich. The Lyon thing was in the past. Please "
                           "fix that, and just tell me yes or no: should I mention my previous 6 months in "
                           "the email?"),
    ("en", "out_of_scope", "Ok, 1290 for Munich. I'll write to Daniela Giorgetti and mention Lyon myself. "
                           "Thanks, bye."),
    ("fr", "check_eligibility", "Est-ce que mes 6 mois à Lyon comptent pour une limite ?"),
    ("fr", "ask_contact", "Dois-je mentionner mon Erasmus à Lyon l'an dernier dans le mail ?"),
    ("fr", "goodbye", "J'écrirai à Daniela Giorgetti et je parlerai de Lyon moi-même. Merci, au revoir."),
    ("nl", "check_eligibility", "Tellen mijn 6 maanden in Lyon mee voor een maximum?"),
    ("nl", "out_of_scope", "Moet ik mijn Erasmus in Lyon vorig jaar in de mail vermelden?"),
    ("nl", "goodbye", "Ik schrijf Daniela Giorgetti en vermeld Lyon zelf. Bedankt, dag!"),
    ("it", "check_eligibility", "I miei 6 mesi a Lione contano per qualche limite?"),
    ("it", "out_of_scope", "Devo citare il mio Erasmus a Lione nella mail?"),
    ("it", "goodbye", "Scriverò a Daniela Giorgetti e citerò Lione io. Grazie, ciao."),
]


@pytest.mark.parametrize(("lang", "intent", "text"), EARLIER_PLACES)
async def test_the_place_of_an_earlier_stay_keeps_the_destination(monkeypatch, lang, intent, text):
    reply, got = await say(monkeypatch, lang, text, AFTER_LYON, intent)
    unmoved(lang, reply, got)
    assert "480" not in reply and "1.440" not in reply and "1,440" not in reply, reply  # France's grant


VALENCIA = {
    "en": "one more thing, my erasmus in valencia during the masters, 5 months, does that count against me?",
    "fr": "encore une chose : mon Erasmus à Valence pendant mon master, 5 mois, ça compte contre moi ?",
    "nl": "nog iets: mijn Erasmus in Valencia tijdens mijn master, 5 maanden, telt dat mee?",
    "it": "un'altra cosa: il mio Erasmus a Valencia durante la magistrale, 5 mesi, conta?",
}


@pytest.mark.parametrize(("lang", "text"), VALENCIA.items())
async def test_an_erasmus_of_the_masters_moves_nothing_and_does_not_count(monkeypatch, lang, text):
    reply, got = await say(monkeypatch, lang, text, AMSTERDAM, "faq_duration", "2026-12-02")
    unmoved(lang, reply, got)
    assert t(lang, "cycle_earlier_no", degree="", current="", months=12)[:12] in reply, reply


# Nearby: a change of plan, a correction, the destination asked or named still move it.
CHANGES = [
    ("en", "Actually I'll go to Lyon instead.", {}),
    ("fr", "En fait, je vais plutôt à Lyon.", {}),
    ("nl", "Eigenlijk ga ik toch naar Lyon.", {}),
    ("it", "Anzi, vado a Lione invece.", {}),
    ("en", "My destination is Lyon, not Munich.", {}),
    ("en", "Lyon", {"asked": "destination_city"}),
]


@pytest.mark.parametrize(("lang", "text", "more"), CHANGES)
async def test_a_real_change_still_moves_the_destination(monkeypatch, lang, text, more):
    _, got = await say(monkeypatch, lang, text, {**AFTER_LYON, **more})
    assert got.get("destination_city") == "Lyon" and got.get("destination") == "FR", got


# 2. Earlier Erasmus months of this cycle asked about: the cycle's sum, yes or no first, never "I can't find".
PROBLEM = {
    "en": "It's a company, Siemens. One thing worries me though: earlier in my PhD I already did a 6-month "
          "Erasmus study period in Lyon. Is that going to be a problem?",
    "fr": "Pendant mon doctorat, j'ai déjà fait 6 mois d'Erasmus à Lyon. Est-ce que ça pose problème ?",
    "nl": "Eerder in mijn doctoraat heb ik al 6 maanden Erasmus in Lyon gedaan. Is dat een probleem?",
    "it": "Durante il dottorato ho già fatto 6 mesi di Erasmus a Lione. È un problema?",
}


@pytest.mark.parametrize(("lang", "text"), PROBLEM.items())
async def test_earlier_months_of_this_cycle_are_no_problem_within_the_cap(monkeypatch, lang, text):
    reply, got = await say(monkeypatch, lang, text, {**MUNICH, "receiving_org": None,
                                                     "asked": "receiving_org"}, "check_eligibility")
    assert reply.startswith(t(lang, "earlier_no_problem", line=nine_of_twelve(lang))), reply
    assert t(lang, "cannot_answer_in_form")[:20] not in reply, reply
    assert got.get("prior_erasmus_months") == 6.0, got
    unmoved(lang, reply, got)


COUNT = {
    "en": "So do the 6 months in Lyon count against some limit or not?",
    "fr": "Est-ce que mes 6 mois à Lyon comptent pour une limite ?",
    "nl": "Tellen mijn 6 maanden in Lyon mee voor een maximum?",
    "it": "I miei 6 mesi a Lione contano per qualche limite?",
}


@pytest.mark.parametrize(("lang", "text"), COUNT.items())
async def test_whether_they_count_is_yes_with_the_sum(monkeypatch, lang, text):
    reply, _ = await say(monkeypatch, lang, text, AFTER_LYON, "check_eligibility")
    assert reply.startswith(t(lang, "earlier_count_within", line=nine_of_twelve(lang))), reply


@pytest.mark.parametrize("lang", ["en", "it"])
async def test_over_the_cap_the_answer_is_yes_a_problem(monkeypatch, lang):
    slots = {**MUNICH, "receiving_org": None, "asked": "receiving_org"}
    text = PROBLEM[lang].replace("6", "10")
    reply, _ = await say(monkeypatch, lang, text, slots, "check_eligibility")
    line = t(lang, "months_over", earlier=length_text(300, lang), stay=length_text(90, lang),
             used=length_text(390, lang), cap=length_text(360, lang))
    assert reply.startswith(t(lang, "earlier_problem_over", line=line)), reply


async def test_another_question_beside_the_months_gets_its_own_answer(monkeypatch):
    """Nearby: "I did 4 months earlier. Is my scholarship a problem?" asks about the scholarship."""
    text = "I did 4 months of Erasmus earlier in this PhD. Is my IMT PhD scholarship a problem?"
    reply, _ = await say(monkeypatch, "en", text, MUNICH, "faq_scholarship_compatibility")
    assert t("en", "earlier_no_problem", line="")[:10] not in reply, reply


# 3. The e-mail summary carries the earlier months and the kind of host; the question about them is answered.
PRIOR_LINE = {"en": "Erasmus months already had in this study cycle: 6.",
              "fr": "Mois d'Erasmus déjà eus dans ce cycle d'études : 6.",
              "nl": "Erasmusmaanden al gehad in deze studiecyclus: 6.",
              "it": "Mesi di Erasmus già svolti in questo ciclo di studi: 6."}
HOST_KIND = {"en": "Host: Company.", "fr": "Type d'organisme d'accueil : Entreprise.",
             "nl": "Soort ontvangende organisatie: Bedrijf.", "it": "Tipo di ente ospitante: Impresa."}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_the_summary_has_the_earlier_months_and_the_kind_of_host(monkeypatch, lang):
    monkeypatch.setenv("MOBILITY_TODAY", TODAY)
    body = summary(make_tracker({**AFTER_LYON, "language": lang}), lang, "imt-lucca-2015")
    assert PRIOR_LINE[lang] in body and HOST_KIND[lang] in body, body


def test_a_named_host_keeps_its_line_and_unknown_months_add_none(monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", TODAY)
    body = summary(make_tracker({**MUNICH, "receiving_org_name": "Siemens"}), "en", "imt-lucca-2015")
    assert "Host institution: Siemens." in body and HOST_KIND["en"] not in body, body
    assert "Erasmus months already" not in body, body


MENTION = [
    ("en", "ask_contact", "Thanks, that's helpful. Should I mention the Lyon semester in the email too? It's "
                          "not in the summary."),
    ("en", "out_of_scope", "just tell me yes or no: should I mention my previous 6 months in the email?"),
    ("fr", "ask_contact", "Dois-je mentionner mon Erasmus à Lyon l'an dernier dans le mail ?"),
    ("nl", "out_of_scope", "Moet ik mijn Erasmus in Lyon vorig jaar in de mail vermelden?"),
    ("it", "out_of_scope", "Devo citare il mio Erasmus a Lione nella mail?"),
]


@pytest.mark.parametrize(("lang", "intent", "text"), MENTION)
async def test_mentioning_the_earlier_months_is_yes_and_they_are_in_the_summary(monkeypatch, lang, intent,
                                                                                text):
    reply, got = await say(monkeypatch, lang, text, AFTER_LYON, intent)
    expected = t(lang, "mention_prior_yes", cap=length_text(360, lang), line=PRIOR_LINE[lang])
    assert reply.startswith(expected), reply
    assert t(lang, "out_of_scope")[:20] not in reply, reply
    unmoved(lang, reply, got)


async def test_mentioning_an_earlier_erasmus_of_unknown_length_asks_to_say_it(monkeypatch):
    reply, _ = await say(monkeypatch, "en", "Should I mention my earlier Erasmus in the email?", MUNICH,
                         "check_eligibility")
    assert reply.startswith(t("en", "mention_prior_unknown", cap=length_text(360, "en"))), reply


async def test_mentioning_something_else_is_not_about_the_earlier_months(monkeypatch):
    reply, _ = await say(monkeypatch, "en", "Should I mention my supervisor's approval in the email?",
                         AFTER_LYON, "check_eligibility")
    assert t("en", "mention_prior_yes", cap="", line="")[:15] not in reply, reply


# The whole of r29-b's conversation about Lyon: Munich and its grant all along.
R29B = [
    ("check_eligibility", "It's a company, Siemens. One thing worries me though: earlier in my PhD I already "
                          "did a 6-month Erasmus study period in Lyon. Is that going to be a problem?"),
    *[(intent, text) for lang, intent, text in EARLIER_PLACES if lang == "en"],
]


async def test_r29b_keeps_munich_from_start_to_end(monkeypatch):
    slots = {**MUNICH, "receiving_org": None, "asked": "receiving_org", "language": "en"}
    for intent, text in R29B:
        reply, got = await say(monkeypatch, "en", text, slots, intent)
        unmoved("en", reply, got)
        slots = {**slots, **got}
    assert slots["destination_city"] == "Munich" and slots["prior_erasmus_months"] == 6.0, slots
