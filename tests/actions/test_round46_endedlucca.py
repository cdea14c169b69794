"""Round 46 (a PhD student at IMT Lucca, a traineeship at a research institute in Vienna, April-June):

1. The Scientific Board asked of a 3-month stay ("april-june is 3 months, do I need the Scientific Board?",
   "under the old rules, would a 3 month stay need the Scientific Board ok, or just my advisor?") with the
   Lucca call ended (port 5305) got the whole "Who can apply?" text, or the duration check ("your stay of 90
   days is within the 2 months to 12 months allowed"). Now the rules core's answer for the case: the call asks
   the Board only for periods longer than 3 months, so a 3-month stay needs the advisor only.
2. With the call open, "pour l'autorisation du Conseil scientifique, dois-je l'obtenir avant de déposer ma
   candidature le 18 janvier ?" got "Oui : postulez au plus tard le 18 janvier 2016". Now what the call says
   of when the authorisations are due (board_authorised_timing) and whom to ask.
3. "never did Erasmus before, zero months. does my supervisor need to sign something?" got "Yes: Your
   supervisor (advisor) must authorise the period abroad." and the same line again under the verdict. Now
   the verdict says "on the condition said above".
4. "but I found the call on your website!" got "Is there anything else I can help you with?", and "when would
   I have had to apply, and is there a newer call?" only the newer call. Now the call's end with its dates,
   no newer call known, whom to ask; and the last day to apply first.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from actions.i18n import t
from bot.nlu.extract import extract
from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
LUCCA = "imt-lucca-2015"
ENDED_TODAY = "2026-12-03"
OPEN_TODAY = "2016-01-10"
FIRST = {
    "en": "hi, I'm a PhD student at IMT Lucca. can the IMT Erasmus+ call fund a traineeship at a research "
          "institute in Vienna, April to June {y}?",
    "fr": "bonjour, je suis doctorant à l'IMT Lucca. l'appel Erasmus+ de l'IMT peut-il financer un stage "
          "dans un institut de recherche à Vienne, d'avril à juin {y} ?",
    "nl": "hallo, ik ben doctoraatsstudent aan IMT Lucca. kan de Erasmus+-oproep van IMT een stage bij een "
          "onderzoeksinstituut in Wenen financieren, van april tot juni {y}?",
    "it": "ciao, sono un dottorando dell'IMT Lucca. il bando Erasmus+ dell'IMT può finanziare un tirocinio "
          "in un istituto di ricerca a Vienna, da aprile a giugno {y}?",
}


def entities(text: str, day: dt.date) -> list[dict[str, Any]]:
    if text.startswith("/inform"):
        return [{"entity": k, "value": v} for k, v in json.loads(text[len("/inform"):]).items()]
    return extract(text, day)


async def chat(monkeypatch: pytest.MonkeyPatch, lang: str, messages: list[tuple[str, str]],
               today: str = ENDED_TODAY) -> tuple[list[str], dict[str, Any]]:
    year = "2027" if today == ENDED_TODAY else "2016"
    first = (FIRST[lang].format(y=year), "check_eligibility")
    said = await play(monkeypatch, {"language": lang, "call": LUCCA}, [first, *messages], today,
                      user_event="parsed", keep_slot_events=True, entities=entities)
    return said.replies, said.slots


def _no_first(replies: list[str]) -> list[str]:
    return replies[1:]


# 1. The Board asked with the call ended: the rules core's answer for the case, as the ended call's rules.
BOARD_NEED = {
    "en": "april-june is 3 months, do I need the Scientific Board?",
    "fr": "avril-juin ça fait 3 mois, est-ce qu'il me faut le Conseil scientifique ?",
    "nl": "april-juni is 3 maanden, heb ik de Wetenschappelijke Raad nodig?",
    "it": "aprile-giugno sono 3 mesi, mi serve il Consiglio Scientifico?",
}
BOARD_OR_ADVISOR = {
    "en": "under the old rules, would a 3 month stay need the Scientific Board ok, or just my advisor?",
    "fr": "selon les anciennes règles, un séjour de 3 mois demandait l'accord du Conseil scientifique, ou "
          "juste celui de mon directeur de thèse ?",
    "nl": "volgens de oude regels, had een verblijf van 3 maanden de goedkeuring van de Wetenschappelijke "
          "Raad nodig, of alleen van mijn promotor?",
    "it": "con le vecchie regole, un soggiorno di 3 mesi richiedeva l'ok del Consiglio Scientifico, o solo "
          "del mio supervisore?",
}


@pytest.mark.parametrize("intent", ["inform", "check_eligibility"])
@pytest.mark.parametrize("lang", LANGS)
async def test_board_of_the_ended_call_answered_for_the_case(monkeypatch, lang, intent):
    asked = [(BOARD_NEED[lang], intent), (BOARD_OR_ADVISOR[lang], intent)]
    replies, slots = await chat(monkeypatch, lang, asked)
    need, either = _no_first(replies)
    limit = t(lang, "length_months", days=90, months=3)
    for said in (need, either):
        assert t(lang, "old_call_rules", call="")[:10] in said, said
        assert limit in said, said
        assert t(lang, "verdict_not_eligible", call="")[:12] not in said
    assert need.splitlines()[1].startswith(t(lang, "answer_no", answer="").strip()), need
    assert either.splitlines()[1].startswith(t(lang, "signoff_only_longer", named="", other="", limit="",
                                                 length="")[:4]), either
    assert slots["start_date"] == "2027-04-01" and slots.get("hypothetical") is None  # the case not stored


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_board_of_an_open_call_for_3_months_is_no(monkeypatch, lang):
    """The open call too: "No" (the 3 months said were the stay's, not the limit: "Yes: ... not needed"
    before), and no ended-call header."""
    replies, _ = await chat(monkeypatch, lang, [(BOARD_NEED[lang], "inform")], today=OPEN_TODAY)
    said = replies[1]
    assert t(lang, "old_call_rules", call="")[:10] not in said, said
    assert t(lang, "length_months", days=90, months=3) in said and said.startswith(
        t(lang, "answer_no", answer="").strip()), said


async def test_a_limit_said_in_the_question_still_gets_yes(monkeypatch):
    """Keep: a question stating the call's limit ("longer than 3 months, is that right?") gets "Yes"."""
    text = "A friend told me the Scientific Board has to approve stays longer than 3 months, is that right?"
    replies, _ = await chat(monkeypatch, "en", [(text, "inform")], today=OPEN_TODAY)
    assert replies[1].startswith("Yes"), replies[1]


# 2. The Board's authorisation before applying: what the call says of when it is due.
BEFORE_APPLYING = {
    "en": "Concretely, for the Scientific Board's authorisation, must I have it before I apply on 18 "
          "January?",
    "fr": "Concrètement, pour l'autorisation du Conseil scientifique, dois-je l'obtenir avant de déposer ma "
          "candidature le 18 janvier ?",
    "nl": "Concreet, voor de toestemming van de Wetenschappelijke Raad, moet ik die hebben voor ik aanvraag "
          "op 18 januari?",
    "it": "In concreto, per l'autorizzazione del Consiglio Scientifico, devo averla prima di presentare la "
          "domanda il 18 gennaio?",
}


@pytest.mark.parametrize("intent", ["inform", "ask_deadline"])
@pytest.mark.parametrize("lang", LANGS)
async def test_board_before_applying_gets_the_timing_topic(monkeypatch, lang, intent):
    from actions.profile import core

    topic = core().get_call(LUCCA).topics["board_authorised_timing"].answer(lang)
    replies, _ = await chat(monkeypatch, lang, [(BEFORE_APPLYING[lang], intent)], today=OPEN_TODAY)
    said = replies[1]
    # (the last sentence: the others' "Suo" is said in the conversation's register)
    assert topic.split(". ")[-1][:40] in said.splitlines()[0] and "Daniela Giorgetti" in said, said
    assert not said.startswith(t(lang, "answer_yes", answer="").strip()), said


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_applying_late_keeps_its_answer(monkeypatch, lang):
    """Keep: "if I only apply in February, is that ok?" names no condition: the date to apply by."""
    text = {"en": "If I only apply in February, is that ok?",
            "fr": "Si je ne postule qu'en février, ça passe ?"}[lang]
    replies, _ = await chat(monkeypatch, lang, [(text, "ask_deadline")], today=OPEN_TODAY)
    assert "18" in replies[1] and "Giorgetti" not in replies[1].splitlines()[0], replies[1]


# 3. A condition said first in the reply is not listed again under the verdict.
OLD_PAY = {"en": "what did the old call pay for Austria? for a traineeship",
           "fr": "combien payait l'ancien appel pour l'Autriche ? pour un stage",
           "nl": "hoeveel betaalde de oude oproep voor Oostenrijk? voor een stage",
           "it": "quanto pagava il vecchio bando per l'Austria? per un tirocinio"}
ZERO_SIGN = {"en": "never did Erasmus before, zero months. does my supervisor need to sign something?",
             "fr": "jamais fait Erasmus avant, zéro mois. est-ce que mon directeur de thèse doit signer "
                   "quelque chose ?",
             "nl": "nooit eerder Erasmus gedaan, nul maanden. moet mijn promotor iets tekenen?",
             "it": "mai fatto Erasmus prima, zero mesi. il mio supervisore deve firmare qualcosa?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_condition_said_first_is_not_listed_again(monkeypatch, lang):
    asked = [(OLD_PAY[lang], "ask_grant"), (ZERO_SIGN[lang], "inform")]
    replies, slots = await chat(monkeypatch, lang, asked)
    said = replies[2]
    lines = [line for line in said.splitlines() if line.startswith("•")]
    assert not lines, said
    assert t(lang, "verdict_eligible_said_above_would", call="")[:15] in said, said
    assert slots.get("prior_erasmus_months") == 0


async def test_conditions_not_said_are_still_listed(monkeypatch):
    """Keep: the verdict lists its conditions when the reply did not say them first."""
    replies, _ = await chat(monkeypatch, "en", [(OLD_PAY["en"], "ask_grant"),
                                                ("never did Erasmus before, zero months.", "inform")])
    would = t("en", "verdict_eligible_provided_would", call="")[:15]
    assert "• " in replies[2] and would in replies[2], replies[2]


# 4. "But it's on your website!" and "when would I have had to apply, and is there a newer call?" of the
# ended call: its end with its dates, no newer call known, whom to ask.
ON_SITE = {"en": "but I found the call on your website! it's the one linked on the IMT page",
           "fr": "mais je l'ai trouvé sur votre site !",
           "nl": "maar het staat op jullie website!",
           "it": "ma l'ho trovato sul vostro sito!"}
WHEN_AND_NEWER = {"en": "ok. so when would I have had to apply, and is there a newer call?",
                  "fr": "ok. alors quand aurais-je dû postuler, et y a-t-il un appel plus récent ?",
                  "nl": "ok. dus wanneer had ik moeten aanvragen, en is er een nieuwere oproep?",
                  "it": "ok. quindi quando avrei dovuto candidarmi, e c'è un bando più recente?"}


@pytest.mark.parametrize("intent", ["inform", "nlu_fallback", "deny"])
@pytest.mark.parametrize("lang", LANGS)
async def test_call_found_on_the_site_is_the_ended_one(monkeypatch, lang, intent):
    replies, _ = await chat(monkeypatch, lang, [(ON_SITE[lang], intent)])
    said = replies[1]
    assert "2016" in said and "18" in said and "30" in said, said  # its last day to apply, its stays' end
    assert t(lang, "next_call_unknown") in said and "Daniela Giorgetti" in said, said


@pytest.mark.parametrize("lang", LANGS)
async def test_when_would_i_have_applied_and_newer_call(monkeypatch, lang):
    replies, _ = await chat(monkeypatch, lang, [(WHEN_AND_NEWER[lang], "ask_deadline")])
    said = replies[1]
    from actions import i18n

    assert said.startswith("📅") and i18n.fmt_date("2016-01-18", lang) in said.splitlines()[0], said
    assert t(lang, "next_call_unknown") in said, said


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_newer_call_alone_keeps_its_answer(monkeypatch, lang):
    """Keep: "is there a newer call?" alone gets the newer-call answer, no date to apply by."""
    text = {"en": "is there a newer call?", "fr": "y a-t-il un appel plus récent ?"}[lang]
    replies, _ = await chat(monkeypatch, lang, [(text, "ask_deadline")])
    assert t(lang, "next_call_unknown") in replies[1] and "📅" not in replies[1], replies[1]


async def test_site_question_of_an_open_call_is_not_the_ended_answer(monkeypatch):
    """Keep: with the call open, "I found the call on your website" is no pushback on its end."""
    replies, _ = await chat(monkeypatch, "en", [(ON_SITE["en"], "inform")], today=OPEN_TODAY)
    assert t("en", "next_call_unknown") not in replies[1], replies[1]
