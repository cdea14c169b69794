"""Round 61 (r61-k3), Abena, a Ghanaian ITM MSc graduate (15 September 2025) asking about a traineeship at
Charité Berlin, 5 January to 30 April 2026; the ITM call is open to staff, MSc and PhD students only.

"what if I had applied before graduating? I graduated on 15 September 2025" got the credit-transfer and
grading topics; "if I had sent my application while I was still an MSc student, before 15 September, could the
traineeship then happen after graduation?" got a case with "start date: 15 September 2025"; "is there anything
else ITM offers me? like a scholarship or another programme for alumni?" got how a scholarship lowers the
priority; the not-eligible block came again after the dates; the e-mail summary left out her graduation
date."""
from __future__ import annotations

import pytest

from actions.i18n import t
from actions.profile import core
from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ["en", "fr", "nl", "it"]
EMAIL = "erasmusplusmobility@itg.be"

GRADUATE = {"call": "itm-2024", "role": "recent_graduate", "activity": "traineeship", "destination": "DE",
            "destination_city": "Berlin", "citizenship": ["GH"], "gender": "f", "goal": "eligibility"}
PLAN = {**GRADUATE, "start_date": "2026-01-05", "end_date": "2026-04-30"}
# The rules core's role_allowed failure (rules_core/messages/*.yaml)
RULE = {"en": "cannot apply to this call", "fr": "ne peut pas", "nl": "kan zich niet kandidaat stellen",
        "it": "non può"}


def topic(key: str, lang: str) -> str:
    return core().get_call("itm-2024").topics[key].answer(lang)


# --- 1. an application made before graduating ---------------------------------------------------------------
BEFORE = {
    "en": ("what if I had applied before graduating? I graduated on 15 September 2025",
           "Sorry, I mean: if I had sent my application while I was still an MSc student, before 15 "
           "September, could the traineeship then happen after graduation?",
           "no traineeship for recent graduates", "while you were still enrolled"),
    "fr": ("et si j'avais postulé avant d'être diplômée ? J'ai été diplômée le 15 septembre 2025",
           "Pardon, je veux dire : si j'avais envoyé ma candidature quand j'étais encore étudiante en "
           "master, avant le 15 septembre, le stage aurait-il pu avoir lieu après le diplôme ?",
           "pas de stage pour les jeunes diplômés", "pendant vos études"),
    "nl": ("en als ik had aangevraagd voordat ik afstudeerde? Ik ben afgestudeerd op 15 september 2025",
           "Sorry, ik bedoel: als ik mijn aanvraag had ingediend toen ik nog masterstudent was, vóór 15 "
           "september, had de stage dan na mijn afstuderen kunnen plaatsvinden?",
           "geen stage voor pas afgestudeerden", "nog ingeschreven"),
    "it": ("e se mi fossi candidata prima di laurearmi? Mi sono laureata il 15 settembre 2025",
           "Mi scusi, intendo: se avessi inviato la candidatura quando ero ancora studentessa di master, "
           "prima del 15 settembre, il tirocinio avrebbe potuto svolgersi dopo la laurea?",
           "tirocini per neolaureati", "ancora iscritt"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_an_application_before_graduating_gets_the_call_and_the_address(monkeypatch, lang):
    first, second, no_graduate_traineeship, enrolled = BEFORE[lang]
    got = await play(monkeypatch, {**PLAN, "language": lang},
                     [(first, "inform"), (second, "faq_credit_transfer")], TODAY, user_event="parsed")
    for reply in got.replies:
        assert no_graduate_traineeship in reply and enrolled in reply and EMAIL in reply, got.replies
        assert topic("credit_transfer", lang) not in reply, got.replies
        assert topic("grading", lang) not in reply, got.replies
    assert RULE[lang] in got.replies[0], got.replies  # the call's rule, once
    assert RULE[lang] not in got.replies[1], got.replies  # not again right after
    # "before 15 September" is no start date, and no case is judged for it
    assert got.slots["start_date"] == "2026-01-05" and not got.slots.get("what_if_case"), got.slots
    assert got.slots["graduation_date"] == "2025-09-15" and got.slots["role"] == "recent_graduate", got.slots


@pytest.mark.parametrize("intent", ["inform", "faq_credit_transfer"])
async def test_before_graduating_is_answered_whatever_the_topic_read(monkeypatch, intent):
    got = await play(monkeypatch, {**PLAN, "language": "en"}, [(BEFORE["en"][0], intent)], TODAY,
                     user_event="parsed")
    assert "no traineeship for recent graduates" in got.replies[0], got.replies
    assert "level table" not in got.replies[0] and "grading" not in got.replies[0], got.replies


# --- 2. anything else ITM offers: the call page's study grants; nothing on alumni ---------------------------
OFFERS = {
    "en": ("ok thank you. is there anything else ITM offers me? like a scholarship or another programme for "
           "alumni?", "alumni programmes"),
    "fr": ("ok merci. est-ce que l'IMT me propose autre chose ? par exemple une bourse ou un programme pour "
           "les anciens étudiants ?", "anciens étudiants (alumni)"),
    "nl": ("ok bedankt. biedt het ITG me nog iets anders aan? zoals een beurs of een programma voor alumni?",
           "alumniprogramma's"),
    "it": ("ok grazie. l'ITM mi offre qualcos'altro? per esempio una borsa di studio o un programma per ex "
           "studenti?", "ex studenti (alumni)"),
}
GRANTS_SECTION = {"en": "Study grants", "fr": "Allocations d'études", "nl": "Studiebeurzen",
                  "it": "Borse di studio"}


@pytest.mark.parametrize("lang", LANGS)
async def test_other_offers_get_the_study_grants_and_nothing_on_alumni(monkeypatch, lang):
    text, alumni = OFFERS[lang]
    got = await play(monkeypatch, {**PLAN, "graduation_date": "2025-09-15", "language": lang},
                     [(text, "faq_scholarship_compatibility")], TODAY, user_event="parsed")
    reply = got.replies[0]
    assert topic("dgd_scholarships", lang) in reply and GRANTS_SECTION[lang] in reply, reply
    assert alumni in reply and EMAIL in reply, reply
    assert topic("scholarship_compatibility", lang) not in reply, reply


# --- 3. the not-eligible block once ---------------------------------------------------------------------
ASK = {"en": "can I go?", "fr": "je peux partir ?", "nl": "kan ik gaan?", "it": "posso partire?"}
DATES = {
    "en": "I see. The traineeship would be from 5 January to 30 April 2026, if that matters.",
    "fr": "Je vois. Le stage serait du 5 janvier au 30 avril 2026, si ça compte.",
    "nl": "Ik begrijp het. De stage zou van 5 januari tot 30 april 2026 zijn, als dat uitmaakt.",
    "it": "Capisco. Il tirocinio sarebbe dal 5 gennaio al 30 aprile 2026, se conta.",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_not_eligible_block_is_not_said_again_for_the_dates(monkeypatch, lang):
    got = await play(monkeypatch, {**GRADUATE, "language": lang},
                     [(ASK[lang], "check_eligibility"), (DATES[lang], "inform")], TODAY, user_event="parsed")
    assert "✗" in got.replies[0], got.replies
    assert "✗" not in got.replies[1] and RULE[lang] not in got.replies[1], got.replies
    stands = t(lang, "verdict_stands", outcome="\0").split("\0")[0]
    assert stands.lower() in got.replies[1].lower(), got.replies
    assert got.slots["start_date"] == "2026-01-05", got.slots


# --- 4. the graduation date in the e-mail summary -------------------------------------------------------
CONTACT = {"en": "who could I ask? is there a person or just the email?",
           "fr": "à qui je pourrais demander ?",
           "nl": "wie kan ik het vragen? is er een persoon of alleen het e-mailadres?",
           "it": "a chi potrei chiedere?"}
GRADUATED = {"en": "15 September 2025", "fr": "15 septembre 2025", "nl": "15 september 2025",
             "it": "15 settembre 2025"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_summary_says_the_graduation_date(monkeypatch, lang):
    got = await play(monkeypatch, {**PLAN, "graduation_date": "2025-09-15", "language": lang},
                     [(CONTACT[lang], "ask_contact")], TODAY, user_event="parsed")
    assert GRADUATED[lang] in got.replies[0], got.replies  # the date she said, for the office
    assert t(lang, "summary_graduation", date=GRADUATED[lang]) in got.replies[0], got.replies
