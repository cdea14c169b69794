"""Round 41: what was asked is answered (actions/askedfirst.py, actions/earlyasks.py, actions/traveldays.py).

1. A goal question asked with facts while the form still asks: "..., in treno. Quanto riceverei?" got "Noted",
   three checks and "what is your nationality?", never the amount (which the nationality does not change).
   Now the amount as far as the facts give it, then the checks and the next question; the same for "by when
   do I apply?", and "whom do I write to?" gets the contact, then the next question.
2. Two questions in one message, one answered: "hoeveel krijg ik en tot wanneer aanvragen?" (the date only),
   "I'm just a technician, do I still have a chance? and do I need a letter from the Prague lab first?" (the
   chances only), "how much would I get in total? and how many days would be paid?" (the amount only). Now
   each its answer, in the order asked, in a line where its block was shown already.
Each in the four languages where it applies, with the nearby cases that keep their answer."""
from __future__ import annotations

import pytest

from actions.askedfirst import goal_questions
from actions.i18n import t
from actions.phrases import has
from tests.actions import conversation
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN

LANGS = ("en", "fr", "nl", "it")
OSLO = {
    "en": "I'm an MSc student at ITM, I'd like to do a traineeship at a research institute in Oslo from 2 "
          "March to 29 May 2026, by train.",
    "fr": "Je suis étudiante en master à l'IMT d'Anvers, je voudrais faire un stage dans un institut de "
          "recherche à Oslo du 2 mars au 29 mai 2026, en train.",
    "nl": "Ik ben masterstudent aan het ITG, ik wil stage lopen bij een onderzoeksinstituut in Oslo van 2 "
          "maart tot 29 mei 2026, met de trein.",
    "it": "Sono una studentessa di master all'ITM, vorrei fare un tirocinio in un istituto di ricerca a Oslo "
          "dal 2 marzo al 29 maggio 2026, in treno.",
}
HOW_MUCH = {"en": "How much would I get?", "fr": "Combien je toucherais ?", "nl": "Hoeveel zou ik krijgen?",
            "it": "Quanto riceverei?"}
BY_WHEN = {"en": "By when do I apply?", "fr": "Quand dois-je postuler ?",
           "nl": "Tegen wanneer moet ik aanvragen?", "it": "Entro quando devo candidarmi?"}
WHOM = {"en": "Whom do I write to?", "fr": "À qui dois-je écrire ?", "nl": "Naar wie moet ik schrijven?",
        "it": "A chi devo scrivere?"}
LEUVEN = {
    "nl": "ik ben doctoraatsstudent aan IMT Lucca en wil studeren aan de KU Leuven van 15 februari tot 30 "
          "juni 2016, nooit eerder erasmus, Nederlandse",
    "en": "I'm a PhD student at IMT Lucca and want to study at KU Leuven from 15 February to 30 June 2016, "
          "never did Erasmus before, I'm Dutch",
    "fr": "je suis doctorante à l'IMT Lucca et je veux étudier à la KU Leuven du 15 février au 30 juin 2016, "
          "jamais fait Erasmus, néerlandaise",
    "it": "sono dottoranda all'IMT Lucca e voglio studiare alla KU Leuven dal 15 febbraio al 30 giugno 2016, "
          "mai fatto Erasmus, olandese",
}
BOTH = {"nl": "dus even samengevat: hoeveel krijg ik en tot wanneer aanvragen?",
        "en": "so in short: how much do I get and until when can I apply?",
        "fr": "donc, combien je toucherais et jusqu'à quand je peux postuler ?",
        "it": "quindi in breve: quanto prenderei e fino a quando posso candidarmi?"}
DATE_ONLY = {"nl": "tot wanneer kan ik aanvragen?", "en": "until when can I apply?",
             "fr": "jusqu'à quand je peux postuler ?", "it": "fino a quando posso candidarmi?"}


def prefix(lang: str, key: str, *fields: str) -> str:
    """The words of a template before its first placeholder."""
    return t(lang, key, **{f: "\0" for f in fields}).split("\0")[0]


async def play(monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]],
               today: str = ITM_OPEN) -> list[str]:
    said = await conversation.play(monkeypatch, {}, messages, today, user_event="before")
    return ["\n".join(str(m.get("text") or "") for m in reply) for reply in said.messages]


def order(reply: str, *parts: str) -> list[int]:
    places = [reply.find(p) for p in parts]
    assert all(p >= 0 for p in places), (parts, reply)
    return places


# 1. A goal question with the facts, while the form still asks.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["check_eligibility", "inform"])
async def test_the_amount_asked_with_facts_comes_before_the_next_question(monkeypatch, lang, intent):
    reply = (await play(monkeypatch, [(f"{OSLO[lang]} {HOW_MUCH[lang]}", intent)]))[0]
    amount, question = order(reply, prefix(lang, "grant_unknown", "basis"), t(lang, "ask_citizenship"))
    assert amount < question
    assert "erasmusplusmobility@itg.be" in reply[amount:question]


@pytest.mark.parametrize("lang", LANGS)
async def test_the_date_to_apply_by_asked_with_facts_comes_before_the_next_question(monkeypatch, lang):
    reply = (await play(monkeypatch, [(f"{OSLO[lang]} {BY_WHEN[lang]}", "inform")]))[0]
    date, question = order(reply, prefix(lang, "deadline_apply_by_for", "date"), t(lang, "ask_citizenship"))
    assert date < question
    assert "2026" in reply[date:question]
    assert prefix(lang, "grant_unknown", "basis") not in reply  # not asked: no amount


@pytest.mark.parametrize("lang", LANGS)
async def test_the_contact_asked_with_facts_is_followed_by_the_next_question(monkeypatch, lang):
    reply = (await play(monkeypatch, [(f"{OSLO[lang]} {WHOM[lang]}", "inform")]))[0]
    contact, question = order(reply, "erasmusplusmobility@itg.be", t(lang, "ask_citizenship"))
    assert contact < question


@pytest.mark.parametrize("lang", LANGS)
async def test_facts_without_a_question_get_the_checks_and_the_question_only(monkeypatch, lang):
    reply = (await play(monkeypatch, [(OSLO[lang], "inform")]))[0]
    assert t(lang, "ask_citizenship") in reply
    assert prefix(lang, "grant_unknown", "basis") not in reply
    assert prefix(lang, "deadline_apply_by_for", "date") not in reply


@pytest.mark.parametrize("lang", ["en", "it"])
async def test_the_verdict_after_the_amount_was_shown_gives_it_in_a_line(monkeypatch, lang):
    nationality = {"en": "I'm Belgian", "it": "sono belga"}[lang]
    replies = await play(monkeypatch, [(f"{OSLO[lang]} {HOW_MUCH[lang]}", "check_eligibility"),
                                       (nationality, "inform")])
    verdict = replies[1]
    assert prefix(lang, "grant_unknown", "basis") in verdict
    assert "\n    (" not in verdict and "\n  (" not in verdict, verdict  # no block of notes again


# 2. Two questions in one message: each its answer, in the order asked.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["ask_deadline", "ask_grant"])
async def test_amount_and_date_asked_together_after_the_answer(monkeypatch, lang, intent):
    replies = await play(monkeypatch, [(LEUVEN[lang], "check_eligibility"), (BOTH[lang], intent)], LUCCA_OPEN)
    reply = replies[1]
    amount, date = order(reply, prefix(lang, "summary_short_amount", "amount"), "18")
    assert amount < date
    assert "2016" in reply[date:]
    assert reply.count("💶") == 1, reply  # the block was shown: the figure in a line


@pytest.mark.parametrize("lang", LANGS)
async def test_the_date_alone_after_the_answer_stays_the_date(monkeypatch, lang):
    replies = await play(monkeypatch, [(LEUVEN[lang], "check_eligibility"),
                                       (DATE_ONLY[lang], "ask_deadline")], LUCCA_OPEN)
    assert "18" in replies[1] and "💶" not in replies[1], replies[1]


STAFF_PRAGUE = ("I work at ITM as staff and want to do a staff training at a university lab in Prague from 9 "
                "to 20 February 2026, I'm Belgian")


async def test_chances_and_a_letter_asked_together(monkeypatch):
    replies = await play(monkeypatch, [
        (STAFF_PRAGUE, "check_eligibility"),
        ("You said priority goes to PhD and postdocs. I'm just a technician, do I still have a chance? and "
         "do I need a letter from the Prague lab first?", "check_eligibility")])
    reply = replies[1]
    chances, letter = order(reply, "a priority only ranks the applications", "document from the host")
    assert chances < letter


async def test_the_chances_alone_keep_their_answer(monkeypatch):
    replies = await play(monkeypatch, [
        (STAFF_PRAGUE, "check_eligibility"),
        ("You said priority goes to PhD and postdocs. I'm just a technician, do I still have a chance?",
         "check_eligibility")])
    assert "a priority only ranks the applications" in replies[1]
    assert "document from the host" not in replies[1]


async def test_the_amount_and_the_days_paid_asked_together(monkeypatch):
    replies = await play(monkeypatch, [
        (STAFF_PRAGUE, "check_eligibility"),
        ("So roughly how much would I get in total? and how many days would be paid?", "ask_grant")])
    reply = replies[1]
    amount, days = order(reply, "€309.00", t("en", "paid_days_only", days="12"))
    assert amount < days


@pytest.mark.parametrize("lang,question", [
    ("en", "how many days would be paid?"), ("fr", "combien de jours seraient payés ?"),
    ("nl", "hoeveel dagen worden betaald?"), ("it", "quanti giorni sarebbero pagati?")])
async def test_the_days_paid_without_a_travel_day_note(monkeypatch, lang, question):
    first = {"en": STAFF_PRAGUE,
             "fr": "je suis membre du personnel de l'IMT et je veux faire une formation dans un laboratoire "
                   "universitaire à Prague du 9 au 20 février 2026, je suis belge",
             "nl": "ik ben personeelslid van het ITG en wil een opleiding volgen in een universiteitslabo in "
                   "Praag van 9 tot 20 februari 2026, ik ben Belg",
             "it": "sono personale dell'ITM e voglio fare una formazione in un laboratorio universitario a "
                   "Praga dal 9 al 20 febbraio 2026, sono belga"}[lang]
    replies = await play(monkeypatch, [(first, "check_eligibility"), (question, "ask_grant")])
    assert t(lang, "paid_days_only", days="12") in replies[1], replies[1]


def test_goal_questions_in_the_order_asked():
    assert goal_questions(BOTH["nl"]) == ["grant", "deadline"]
    assert goal_questions("By when must I apply, and how much would I get?") == ["deadline", "grant"]
    assert goal_questions("Whom do I write to? How much would I get?") == ["contact", "grant"]
    assert goal_questions(OSLO["en"]) == []  # facts only
    assert goal_questions("How much does housing cost in Oslo?") == []  # a price, not the grant


@pytest.mark.parametrize("text", [*DATE_ONLY.values(), "tot wanneer aanvragen?"])
def test_until_when_to_apply_is_a_date_to_apply_by(text):
    assert has("when_to_apply", text)


@pytest.mark.parametrize("text", ["tot wanneer mag ik blijven?", "until when can I stay?",
                                  "fino a quando posso restare?"])
def test_until_when_to_stay_is_not(text):
    assert not has("when_to_apply", text)
