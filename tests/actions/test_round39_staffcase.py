"""Round 39 (r39-b: a staff member of ITM, a training week at the University of Ljubljana, Dutch "u").
1. "Belgisch. Moet ik trouwens een aanwezigheidsattest ... meebrengen?" answering the nationality asked after
   an earlier answer: the nationality was noted and the verdict given, the question ignored. Now any question
   of a form answer gets its answer (or "I can't find it", with who knows) before the verdict, as before any
   answer.
2. The certificate of attendance for the stay got ITM's own course certificates and diplomas: neither call's
   text mentions one (both seeds checked), so "the call says nothing about ...", with whom to ask.
3. "Dus ik moet ten laatste 19 november aanvragen. Naar welk adres stuur ik mijn aanvraag, en wat moet erbij?"
   got the date only: now one line confirming the date, then the new question's answer.
4. "Kunt u alles nog even kort op een rijtje zetten?" got "I can't find": now the answer in short, with the
   plan in one line (the e-mail summary's own lines).
5. "Tellen de reisdagen ook mee voor die dagvergoeding?" got the green-travel extra first: now one travel day
   before and one after first, then the green extra.
Each in English, French, Dutch and Italian, with the nearby cases that keep their answer."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.dialogue import ActionRespond
from actions.i18n import label, t
from bot.nlu.extract import extract
from tests.actions.answered import no_cant_find
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts

ITM_OPEN = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
# r39-b's plan once told: staff training at the University of Ljubljana, 19 to 23 January 2026.
LJUBLJANA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "receiving_org": "hei",
             "receiving_org_name": "Universiteit van Ljubljana", "destination": "SI",
             "destination_city": "Ljubljana", "start_date": "2026-01-19", "end_date": "2026-01-23",
             "citizenship": ["BE"], "goal": "eligibility"}
EMAIL = "erasmusplusmobility@itg.be"
CAN_I_GO = {"en": "so can I go?", "fr": "donc je peux partir ?", "nl": "kan ik dus gaan?",
            "it": "quindi posso partire?"}
APPLY_BY = {"en": "19 November 2025", "fr": "19 novembre 2025", "nl": "19 november 2025",
            "it": "19 novembre 2025"}
ELIGIBLE = {"en": "✅", "fr": "✅", "nl": "✅", "it": "✅"}


async def converse(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any],
                   messages: list[tuple[str, str, list[dict[str, Any]] | None]]) -> list[str]:
    """Each message in turn (its text, intent and the NLU's ranking), with the slots and earlier replies. Not
    tests/actions/conversation.py's play: T5's ranking (faq_certificates second) brought the wrong topic."""
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    events: list[dict[str, Any]] = []
    replies = []
    for text, intent, ranking in messages:
        dispatcher = CollectingDispatcher()
        events.append({"event": "user", "text": text})
        tracker = make_tracker(slots=slots, text=text, intent=intent, events=list(events), ranking=ranking,
                               entities=extract(text, dt.date.fromisoformat(ITM_OPEN)))
        slots = {**slots, **slot_events(await ActionRespond().run(dispatcher, tracker, DOMAIN))}
        events += [{"event": "bot", "text": m.get("text") or ""} for m in dispatcher.messages]
        replies.append(texts(dispatcher))
    return replies


def one(text: str, intent: str = "inform", ranking: list[dict[str, Any]] | None = None
        ) -> tuple[str, str, list[dict[str, Any]] | None]:
    return text, intent, ranking


# 1. A form answer with a question, after an earlier answer: the dates moved, the nationality asked again.
NEW_DATES = {"en": "Let's say 19 to 23 January 2026 instead.",
             "fr": "Disons plutôt du 19 au 23 janvier 2026.",
             "nl": "Laten we zeggen van 19 tot 23 januari 2026.", "it": "Diciamo dal 19 al 23 gennaio 2026."}


async def nationality_asked_again(monkeypatch: pytest.MonkeyPatch, lang: str, text: str,
                                  intent: str = "out_of_scope") -> str:
    """The reply to `text` once the answer for 17-21 November (too late) was given and the dates moved."""
    slots = {**LJUBLJANA, "language": lang, "start_date": "2025-11-17", "end_date": "2025-11-21"}
    del slots["citizenship"]
    replies = await converse(monkeypatch, slots, [one(CAN_I_GO[lang], "check_eligibility"),
                                                  one(NEW_DATES[lang]), one(text, intent)])
    assert t(lang, "ask_citizenship")[:12] in replies[1], replies[1]
    return replies[2]


ATTENDANCE_WITH_NATIONALITY = {
    "nl": "Belgisch. Moet ik trouwens een aanwezigheidsattest laten tekenen in Ljubljana en meebrengen?",
    "en": "Belgian. By the way, must I get a certificate of attendance signed in Ljubljana and bring it "
          "back?",
    "fr": "Belge. Au fait, dois-je faire signer une attestation de présence à Ljubljana et la rapporter ?",
    "it": "Belga. A proposito, devo far firmare un attestato di frequenza a Lubiana e riportarlo?",
}


def attendance_said(reply: str, lang: str) -> None:
    assert label(lang, "uncovered_names", "attendance_certificate") in reply, reply
    assert t(lang, "uncovered_not_in_call", call="X", topics="Y").split("X")[0] in reply, reply
    assert EMAIL in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_a_question_with_the_nationality_is_answered_with_the_verdict(monkeypatch, lang):
    reply = await nationality_asked_again(monkeypatch, lang, ATTENDANCE_WITH_NATIONALITY[lang])
    attendance_said(reply, lang)
    assert ELIGIBLE[lang] in reply and APPLY_BY[lang] in reply, reply
    assert reply.index(label(lang, "uncovered_names", "attendance_certificate")) < reply.index("✅"), reply


NOTHING_SAYS = {"en": "Belgian. Do I have to bring my own laptop?",
                "fr": "Belge. Dois-je apporter mon propre ordinateur portable ?",
                "nl": "Belgisch. Moet ik mijn eigen laptop meebrengen?",
                "it": "Belga. Devo portare il mio portatile?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_question_nothing_answers_is_said_so_before_the_verdict(monkeypatch, lang):
    """The general cause: after an earlier answer the new verdict counted as the question's answer."""
    reply = await nationality_asked_again(monkeypatch, lang, NOTHING_SAYS[lang])
    cannot = t(lang, "cannot_answer_in_form")[:25]
    assert cannot in reply and "✅" in reply, reply
    assert reply.index(cannot) < reply.index("✅"), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Belgisch."), ("en", "Belgian. So can I go?"), ("fr", "Belge."),
    ("it", "Belga. Quindi posso andare?"),
])
async def test_the_nationality_alone_or_with_can_i_go_gets_the_verdict_only(monkeypatch, lang, text):
    reply = await nationality_asked_again(monkeypatch, lang, text, "inform")
    assert "✅" in reply and APPLY_BY[lang] in reply, reply
    no_cant_find(reply)


# 2. The certificate of attendance asked after the answer, as the NLU read it (ITM's certificates topic).
CERTIFICATES = [{"name": "check_eligibility", "confidence": 0.42},
                {"name": "faq_certificates", "confidence": 0.18}]
ATTENDANCE = [
    ("nl", "Dank u. Maar u hebt mijn vraag over het aanwezigheidsattest niet beantwoord: moet ik dat "
           "meebrengen?",
     "check_eligibility", CERTIFICATES),
    ("nl", "Dat gaat over diploma's van het ITG zelf, denk ik. Ik bedoel: een bewijs van aanwezigheid van de "
           "gastuniversiteit voor mijn opleidingsweek als personeelslid. Staat daar iets over in de oproep?",
     "check_eligibility", None),
    ("en", "Do I need to bring back a certificate of attendance signed by the host?", "faq_certificates",
     None),
    ("fr", "Dois-je rapporter une attestation de présence signée par l'université d'accueil ?",
     "faq_receiving_org", None),
    ("it", "Devo portare un attestato di frequenza firmato dall'università ospitante?", "faq_receiving_org",
     None),
]
OWN_COURSES = {"en": "within 4 weeks", "fr": "délai de 4 semaines", "nl": "binnen 4 weken",
               "it": "entro 4 settimane"}


@pytest.mark.parametrize(("lang", "text", "intent", "ranking"), ATTENDANCE)
async def test_a_certificate_of_attendance_is_not_in_the_call(monkeypatch, lang, text, intent, ranking):
    replies = await converse(monkeypatch, {**LJUBLJANA, "language": lang},
                             [one(CAN_I_GO[lang], "check_eligibility"), one(text, intent, ranking)])
    attendance_said(replies[1], lang)
    assert OWN_COURSES[lang] not in replies[1], replies[1]
    no_cant_find(replies[1])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "When do I get the certificate of my short specialisation course?"),
    ("nl", "Wanneer krijg ik het getuigschrift van mijn korte specialisatiecursus?"),
])
async def test_itm_s_own_course_certificates_keep_their_topic(monkeypatch, lang, text):
    replies = await converse(monkeypatch, {"call": "itm-2024", "language": lang},
                             [one(text, "faq_certificates")])
    assert OWN_COURSES[lang] in replies[0], replies[0]
    assert label(lang, "uncovered_names", "attendance_certificate") not in replies[0], replies[0]


# 3. The date to apply by said back, then a new question.
SAID_BACK = [
    ("nl", "Helder. Dus ik moet ten laatste 19 november aanvragen. Naar welk adres stuur ik mijn aanvraag "
           "precies, en wat moet erbij?", "ask_deadline", "aanvraagformulier"),
    ("en", "Got it. So I must apply by 19 November. Where exactly do I send my application, and what must I "
           "include?", "ask_deadline", "application form"),
    ("fr", "D'accord. Donc je dois postuler au plus tard le 19 novembre. À quelle adresse j'envoie ma "
           "candidature, et que faut-il joindre ?", "ask_deadline", "formulaire de candidature"),
    ("it", "Chiaro. Quindi devo fare domanda entro il 19 novembre. A quale indirizzo mando la domanda, e "
           "cosa devo allegare?", "check_eligibility", "modulo di candidatura"),
]


@pytest.mark.parametrize(("lang", "text", "intent", "form"), SAID_BACK)
async def test_the_date_said_back_is_confirmed_and_the_new_question_answered(monkeypatch, lang, text, intent,
                                                                             form):
    replies = await converse(monkeypatch, {**LJUBLJANA, "language": lang},
                             [one(CAN_I_GO[lang], "check_eligibility"), one(text, intent)])
    reply = replies[1]
    assert form in reply and EMAIL in reply, reply
    assert reply.count(APPLY_BY[lang]) == 1 and len(reply.splitlines()[0]) < 110, reply
    assert reply.index(APPLY_BY[lang]) < reply.index(form), reply
    no_cant_find(reply)


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("en", "So I must apply by 19 November?", "Yes: apply by 19 November 2025"),
    ("nl", "Dus ik moet ten laatste 19 november aanvragen, klopt dat?", "Ja: vraag uiterlijk op 19 november"),
])
async def test_the_date_checked_back_alone_keeps_its_yes(monkeypatch, lang, text, first):
    replies = await converse(monkeypatch, {**LJUBLJANA, "language": lang},
                             [one(CAN_I_GO[lang], "check_eligibility"), one(text, "ask_deadline")])
    assert replies[1].startswith(first), replies[1]


async def test_a_wrong_date_said_back_is_not_confirmed(monkeypatch):
    text = "So I must apply by 30 November. Where do I send my application?"
    replies = await converse(monkeypatch, {**LJUBLJANA, "language": "en"},
                             [one(CAN_I_GO["en"], "check_eligibility"), one(text, "ask_deadline")])
    assert "Yes: apply by 30 November" not in replies[1] and "19 November 2025" in replies[1], replies[1]


# 4. A recap asked for.
RECAP = [
    ("nl", "Kunt u alles nog even kort op een rijtje zetten voor mij?", "out_of_scope"),
    ("en", "Can you sum everything up briefly for me?", "nlu_fallback"),
    ("en", "Could you give me a quick rundown?", "out_of_scope"),
    ("fr", "Tu peux me résumer tout ça ?", "nlu_fallback"),
    ("fr", "Vous pouvez faire le point pour moi ?", "out_of_scope"),
    ("it", "Mi riassumi tutto brevemente?", "nlu_fallback"),
    ("it", "Mi fa il punto della situazione?", "out_of_scope"),
]
DATES = {"en": "19 January 2026", "fr": "19 janvier 2026", "nl": "19 januari 2026", "it": "19 gennaio 2026"}


@pytest.mark.parametrize(("lang", "text", "intent"), RECAP)
async def test_a_recap_gives_the_case_in_short(monkeypatch, lang, text, intent):
    replies = await converse(monkeypatch, {**LJUBLJANA, "language": lang},
                             [one(CAN_I_GO[lang], "check_eligibility"), one(text, intent)])
    reply = replies[1]
    no_cant_find(reply)
    lines = reply.splitlines()
    assert lines[0] == t(lang, "summary_short", outcome=t(lang, "outcome_eligible")), reply
    plan = lines[1]  # the plan in one line: the kind of stay, where, the host, the dates
    assert label(lang, "activities", "staff_training") in plan and "Ljubljana" in plan, reply
    assert DATES[lang] in plan and "Universiteit van Ljubljana" in plan, reply
    assert APPLY_BY[lang] in reply and "309" in reply and EMAIL in reply, reply
    assert len(lines) <= 8, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Ik zet het even op een rij: ik vertrek op 19 januari."),
    ("en", "Can you give me the summary for the email again?"),
])
async def test_a_list_of_ones_own_or_the_email_summary_is_no_recap(monkeypatch, lang, text):
    replies = await converse(monkeypatch, {**LJUBLJANA, "language": lang},
                             [one(CAN_I_GO[lang], "check_eligibility"), one(text, "inform")])
    assert t(lang, "summary_short", outcome=t(lang, "outcome_eligible")) not in replies[1], replies[1]


# 5. Whether the travel days count: the day before and the day after first, then the green extra.
TRAVEL_DAYS = [
    ("nl", "In welke landengroep valt Slovenië dan? En tellen de reisdagen ook mee voor die dagvergoeding?",
     "check_eligibility", "er kunnen één reisdag voor en één na", "Met groen reizen"),
    ("en", "Do travel days count for the daily allowance?", "ask_grant",
     "one travel day before and one after", "With green travel"),
    ("fr", "Les jours de voyage comptent-ils pour l'indemnité journalière ?", "faq_grant_covers",
     "un jour de voyage avant et un après", "Avec un voyage vert"),
    ("it", "Contano anche i giorni di viaggio per la diaria?", "nlu_fallback",
     "possono essere finanziati un giorno di viaggio prima e uno dopo", "Con un viaggio sostenibile"),
]


@pytest.mark.parametrize(("lang", "text", "intent", "days", "green"), TRAVEL_DAYS)
async def test_travel_days_are_answered_day_before_and_after_first(monkeypatch, lang, text, intent, days,
                                                                   green):
    replies = await converse(monkeypatch, {**LJUBLJANA, "language": lang},
                             [one(CAN_I_GO[lang], "check_eligibility"), one(text, intent)])
    reply = replies[1]
    assert t(lang, "answer_yes", answer="") + days in reply, reply
    assert reply.index(days) < reply.index(green), reply


async def test_travel_days_for_one_who_flies_keep_their_not(monkeypatch):
    replies = await converse(monkeypatch, {**LJUBLJANA, "language": "en", "green_travel": False},
                             [one(CAN_I_GO["en"], "check_eligibility"),
                              one("Do I get extra travel days?", "ask_grant")])
    assert replies[1].startswith(t("en", "travel_days_flying", note="")), replies[1]
    assert "up to 4 more travel days" in replies[1], replies[1]
