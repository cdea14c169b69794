"""Round 29 (a lecturer at ITM, teaching then staff training in Bordeaux, French "tu"): "je suis chargé de
cours à l'IMT d'Anvers" was not read as staff (the status was asked again); "bon, alors une formation plutôt,
même dates" after "no teaching mobility" got the generic menu; "je dois poser des congés ou c'est compté comme
du temps de travail ?" got the allowed length, then the conference rule; "si j'envoie mon dossier mi-janvier
c'est mort ?" was read as a departure on 15 January ("Oui ... à demander au plus tard le 15 novembre 2025").
Each in English, French, Dutch and Italian, with the nearby words that keep their answer."""
from __future__ import annotations

import datetime as dt

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import label, t
from bot.nlu.extract import extract
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

LANGS = ["en", "fr", "nl", "it"]
TEACHING = {"call": "itm-2024", "goal": "eligibility", "activity": "teaching", "receiving_org": "hei",
            "destination": "FR", "destination_city": "Bordeaux", "start_date": "2026-03-09",
            "end_date": "2026-03-13"}
TRAINING = {**TEACHING, "role": "staff", "activity": "staff_training", "citizenship": ["BE"]}


def _roles(text: str) -> set[str]:
    return {str(e["value"]) for e in extract(text, dt.date.fromisoformat(ITM_OPEN)) if e["entity"] == "role"}


# 1. A training instead of the teaching the call does not offer: the activity is updated, with or without the
# role said (only staff teach).
INSTEAD = {"en": "ok, a training then, same dates",
           "fr": "ah mince. bon, alors une formation plutôt, même dates, même endroit",
           "nl": "goed, dan een opleiding, zelfde data",
           "it": "va bene, allora una formazione, stesse date"}


@pytest.mark.parametrize("role", [None, "staff"])
@pytest.mark.parametrize("lang", LANGS)
async def test_a_training_instead_of_teaching_updates_the_activity(monkeypatch, lang, role):
    dispatcher = CollectingDispatcher()
    slots = {**TEACHING, "language": lang, **({"role": role} if role else {})}
    # The NLU read the French as `delete_my_data` (0.70): no words ask it, the message is read as usual.
    got = await hear(dispatcher, monkeypatch, INSTEAD[lang], slots, ITM_OPEN, intent="delete_my_data")
    assert got.get("activity") == "staff_training", (got, texts(dispatcher))
    reply = texts(dispatcher)
    assert label(lang, "activities", "staff_training") in reply, reply
    assert t(lang, "anything_else")[:15] not in reply, reply


async def test_a_course_with_a_teaching_stored_and_no_role_stays_teaching(monkeypatch):
    # "a course" may be the one taught: without the role, no change of activity
    got = await hear(CollectingDispatcher(), monkeypatch, "c'est un cours de cinq jours",
                     {**TEACHING, "language": "fr"}, ITM_OPEN)
    assert "activity" not in got, got


async def test_a_student_saying_training_keeps_the_study(monkeypatch):
    slots = {"call": "itm-2024", "goal": "eligibility", "role": "msc_student", "activity": "study",
             "destination": "FR", "destination_city": "Bordeaux", "start_date": "2026-03-09",
             "end_date": "2026-06-12", "language": "en"}
    got = await hear(CollectingDispatcher(), monkeypatch, INSTEAD["en"], slots, ITM_OPEN)
    assert "activity" not in got, got


# 2. A staff job title said of oneself is the staff role; someone else's title is not the person's.
TITLES = [
    ("fr", "salut ! je suis chargé de cours à l'IMT d'Anvers et j'aimerais aller enseigner une semaine à "
           "l'université de Bordeaux, du 9 au 13 mars 2026. c'est possible avec erasmus ?"),
    ("fr", "je suis enseignante à l'IMT et je voudrais partir à Bordeaux"),
    ("fr", "je suis professeur à l'IMT"),
    ("en", "I'm a professor at ITM and would like to go to Bordeaux"),
    ("en", "I'm a lab technician at ITM"),
    ("nl", "ik ben docent aan het ITG en wil naar Bordeaux"),
    ("nl", "ik ben administratief medewerker aan het ITG"),
    ("it", "sono docente all'ITM e vorrei andare a Bordeaux"),
    ("it", "sono professoressa all'ITM"),
]


@pytest.mark.parametrize(("lang", "text"), TITLES)
async def test_a_job_title_at_the_institution_is_the_staff_role(monkeypatch, lang, text):
    assert _roles(text) == {"staff"}, text
    got = await hear(CollectingDispatcher(), monkeypatch, text, {"language": lang}, ITM_OPEN,
                     intent="check_eligibility")
    assert got.get("role") == "staff", got


OTHERS = {"en": "my lecturer said I could go",
          "fr": "mon professeur m'a dit que c'était possible",
          "nl": "mijn docent zei dat het kan",
          "it": "il mio docente mi ha detto che va bene"}
PHD = {"call": "itm-2024", "goal": "eligibility", "role": "phd_student", "activity": "short_term_doctoral",
       "destination": "FR", "destination_city": "Bordeaux", "start_date": "2026-03-09",
       "end_date": "2026-03-20"}


@pytest.mark.parametrize("lang", LANGS)
async def test_someone_elses_title_is_not_the_persons(monkeypatch, lang):
    got = await hear(CollectingDispatcher(), monkeypatch, OTHERS[lang], {**PHD, "language": lang}, ITM_OPEN)
    assert "role" not in got and "itm_staff_member" not in got, got


async def test_working_with_researchers_there_gives_no_staff_status(monkeypatch):
    got = await hear(CollectingDispatcher(), monkeypatch, "I will work with researchers at the host lab",
                     {**PHD, "language": "en"}, ITM_OPEN)
    assert "role" not in got and "itm_staff_member" not in got, got


# 3. Leave or working time: the call does not say; the staff contacts can tell.
LEAVE = {"en": "during that week, do I need to take leave or does it count as working time?",
         "fr": "ok. et pendant la semaine là-bas, je dois poser des congés ou c'est compté comme du temps de "
               "travail ?",
         "nl": "moet ik voor die week verlof nemen of telt het als werktijd?",
         "it": "per quella settimana devo prendere ferie o conta come orario di lavoro?"}
LEAVE_AGAIN = {"en": "and for the leave, same thing, I ask them?",
               "fr": "et pour les congés du coup, pareil, faut demander à eux ?",
               "nl": "en voor het verlof, hetzelfde, moet ik het hen vragen?",
               "it": "e per il congedo, uguale, devo chiedere a loro?"}


@pytest.mark.parametrize("intent", ["faq_duration", "faq_conferences"])
@pytest.mark.parametrize("words", [LEAVE, LEAVE_AGAIN])
@pytest.mark.parametrize("lang", LANGS)
async def test_leave_or_working_time_is_not_in_the_call(monkeypatch, lang, words, intent):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, words[lang], {**TRAINING, "language": lang}, ITM_OPEN, intent=intent)
    reply = texts(dispatcher)
    first = dispatcher.messages[0]["text"]
    assert label(lang, "uncovered_names", "working_time") in first, reply
    assert "cmorantin@itg.be" in reply, reply
    assert "60" not in first, reply  # not the allowed length
    assert t(lang, "source") not in first, reply  # no section of the call answers it


async def test_leave_and_salary_are_both_answered(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "c'est pas ma question. congés oui ou non ? et mon salaire continue "
               "d'être versé ?", {**TRAINING, "language": "fr"}, ITM_OPEN, intent="faq_credit_transfer")
    reply = texts(dispatcher)
    assert label("fr", "uncovered_names", "working_time") in reply, reply
    assert label("fr", "uncovered_names", "salary") in reply, reply


NOT_LEAVE = [("en", "how long can a staff training last?", "faq_duration"),
             ("en", "can I leave on 10 March instead?", "inform"),
             ("fr", "combien de temps peut durer une formation du personnel ?", "faq_duration")]


@pytest.mark.parametrize(("lang", "text", "intent"), NOT_LEAVE)
async def test_the_length_and_leaving_keep_their_answers(monkeypatch, lang, text, intent):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, {**TRAINING, "language": lang}, ITM_OPEN, intent=intent)
    assert label(lang, "uncovered_names", "working_time") not in texts(dispatcher), texts(dispatcher)


# 4. When the application would be sent, not a departure: the date to apply by, and whether that is too late.
SENDING = {"en": "and the deadline is 9 January 2026, right? if I send my application mid-January, is it too "
                 "late?",
           "fr": "ok. et la date limite c'est bien le 9 janvier ? si j'envoie mon dossier mi-janvier c'est "
                 "mort ?",
           "nl": "en de deadline is toch 9 januari? als ik mijn aanvraag half januari indien, is het te "
                 "laat?",
           "it": "e la scadenza è il 9 gennaio, vero? se mando la domanda a metà gennaio è troppo tardi?"}
SENDING_ONLY = {"en": "if I send my application mid-January, is it too late?",
                "fr": "si j'envoie mon dossier mi-janvier c'est mort ?",
                "nl": "als ik mijn aanvraag half januari instuur, is het te laat?",
                "it": "se mando la domanda a metà gennaio è troppo tardi?"}


@pytest.mark.parametrize("words", [SENDING, SENDING_ONLY])
@pytest.mark.parametrize("lang", LANGS)
async def test_sending_the_application_mid_january_is_too_late(monkeypatch, lang, words):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, words[lang], {**TRAINING, "language": lang}, ITM_OPEN,
                     intent="ask_deadline")
    reply = texts(dispatcher)
    late = t(lang, "asked_too_late", when="")
    assert not got.get("what_if_case") and "start_date" not in got, got
    assert "15 novembre" not in reply and "15 November" not in reply and "15 november" not in reply, reply
    assert "9 " in dispatcher.messages[0]["text"] and "2026" in dispatcher.messages[0]["text"], reply
    assert late.strip()[-8:] in reply, reply
    assert t(lang, "button_keep_case") not in reply, reply


WHAT_IF = {"en": "what if I left on 15 January?",
           "fr": "et si je partais le 15 janvier ?",
           "nl": "en als ik op 15 januari zou vertrekken?",
           "it": "e se partissi il 15 gennaio?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_departure_in_mid_january_is_still_a_what_if(monkeypatch, lang):
    got = await hear(CollectingDispatcher(), monkeypatch, WHAT_IF[lang], {**TRAINING, "language": lang},
                     ITM_OPEN)
    assert (got.get("what_if_case") or {}).get("start_date") == "2026-01-15", got
