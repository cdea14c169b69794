"""Round 49 (Nigerian ITM MSc student, study period at Karolinska Institutet, Stockholm, 1 February - 30 June
2026; today 1 October 2025).

- "got it thanks, ill email my supervisor first then" noted "supervisor's authorisation: Yes": a plan to write
  to someone states no authorisation ("ill" without its apostrophe was no "I'll"), EN/FR/NL/IT.
- "do i need to speak swedish?" got the application documents: a question about speaking or knowing the host
  country's language (any language named) gets the call's `language_requirements` topic at once.
- "how do i check if karolinska has the eche myself?" got every check, and "is there like a list online where
  i can look up if a uni has the charter" the out-of-scope reply: now what the call says about checking the
  ECHE (topic `eche_check`: the call names no list; the host's international office or the call's address can
  confirm it).
- The e-mail summary said "Host: University / higher education institution." though he named "karolinska" (in
  lower case): now "Host institution: Karolinska."."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
PLAN = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
        "destination": "SE", "destination_city": "Stockholm", "receiving_org": "hei",
        "start_date": "2026-02-01", "end_date": "2026-06-30"}

CONVERSATION = [
    ("hey, im doing my msc at ITM antwerp and i wanna do a sem at karolinska in stockholm next year. can i "
     "get erasmus for that?", "check_eligibility"),
    ("study, 1 feb to 30 june 2026", "inform"),
    ("nigerian", "inform"),
    ("ok cool. no clue if karolinska has that charter thing tbh. and does it matter that ITM has an "
     "agreement with them or not? no idea about that either", "check_eligibility"),
    ("do i need to speak swedish?", "faq_application"),
    ("thats not what i asked lol. i mean language, do i need swedish or a language test or smth",
     "check_eligibility"),
    ("ok. is there travel money for sweden?", "ask_grant"),
    ("btw i never did erasmus before, does that change anything?", "nlu_fallback"),
    ("so how much money would i get per month roughly? like ballpark", "ask_grant"),
    ("ok so whats the deadline again and who do i email", "ask_contact"),
    ("what do i need to send with the application", "faq_application"),
    ("how do i check if karolinska has the eche myself?", "show_checks"),
    ("hmm i meant is there like a list online where i can look up if a uni has the charter", "out_of_scope"),
    ("ok nvm. and what if i send it like mid december, too late?", "ask_deadline"),
    ("got it thanks, ill email my supervisor first then", "thank"),
]

NO_TEST = {"en": "The call asks for no language test",
           "fr": "L'appel ne demande aucun test ni certificat de langue",
           "nl": "De oproep vraagt geen taaltest",
           "it": "Il bando non chiede alcun test né certificato di lingua"}
NO_LIST = {"en": "The call names no list", "fr": "L'appel ne cite aucune liste",
           "nl": "De oproep noemt geen lijst", "it": "Il bando non indica alcun elenco"}
MAILBOX = "erasmusplusmobility@itg.be"


async def test_the_conversation(monkeypatch):
    got = await play(monkeypatch, {"language": "en"}, CONVERSATION, TODAY, user_event="parsed",
                     keep_slot_events=True)
    swedish, check, online, supervisor = got.replies[4], got.replies[11], got.replies[12], got.replies[14]
    assert NO_TEST["en"] in swedish and "Send your completed application form" not in swedish, swedish
    assert NO_LIST["en"] in check and MAILBOX in check and "Every check" not in check, check
    assert NO_LIST["en"] in online and "I can only help" not in online, online
    assert "authorisation: Yes" not in supervisor, supervisor
    assert got.slots.get("supervisor_authorised") is not True, got.slots
    summary = got.replies[9]
    assert "Karolinska" in summary and "Host: University" not in summary, summary


SUPERVISOR = {"en": ["got it thanks, ill email my supervisor first then",
                     "ok ill write to my supervisor first", "thanks, im gonna email my supervisor first"],
              "fr": ["je vais écrire à mon superviseur d'abord",
                     "ok merci, j'écris d'abord à mon superviseur"],
              "nl": ["ik mail eerst mijn promotor", "bedankt, ik mail eerst mijn promotor"],
              "it": ["scrivo prima al mio supervisore", "ok grazie, scrivo prima al mio supervisore"]}
PLAN_INTENTS = ("thank", "inform", "faq_application")


@pytest.mark.parametrize("intent", PLAN_INTENTS)
@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in SUPERVISOR[lang]])
async def test_a_plan_to_write_to_the_supervisor_is_no_authorisation(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**PLAN, "language": lang},
                     [("nigerian" if lang == "en" else "NG", "inform"), (text, intent)], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert got.slots.get("supervisor_authorised") is not True, (got.slots, got.replies[-1])


SPEAK = {"en": ["do i need to speak swedish?", "do i have to know spanish?", "do i need swedish?",
                "do I need to speak Dutch there?"],
         "fr": ["est-ce que je dois parler suédois ?", "faut-il parler espagnol pour y aller ?",
                "dois-je connaître le néerlandais ?"],
         "nl": ["moet ik Zweeds spreken?", "moet ik Spaans kunnen spreken?", "moet ik zweeds kennen?"],
         "it": ["devo parlare svedese?", "devo sapere lo spagnolo?", "bisogna conoscere l'olandese?"]}
SPEAK_INTENTS = ("faq_application", "nlu_fallback", "dont_know", "check_eligibility", "out_of_scope")


@pytest.mark.parametrize("intent", SPEAK_INTENTS)
@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in SPEAK[lang]])
async def test_speaking_the_language_gets_the_language_requirements(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**PLAN, "citizenship": ["NG"], "language": lang},
                     [("ok", "affirm"), (text, intent)], TODAY, user_event="parsed", keep_slot_events=True)
    last = got.replies[-1]
    assert NO_TEST[lang] in last, last
    assert got.slots.get("citizenship") == ["NG"], got.slots


CHECK = {"en": ["how do i check if karolinska has the eche myself?",
                "hmm i meant is there like a list online where i can look up if a uni has the charter",
                "where can I look up which universities hold the ECHE?"],
         "fr": ["comment je peux vérifier moi-même si Karolinska a la charte ?",
                "y a-t-il une liste en ligne des universités qui ont la charte ?"],
         "nl": ["hoe check ik zelf of karolinska het ECHE heeft?",
                "is er ergens een lijst online van universiteiten met het ECHE?"],
         "it": ["come faccio a controllare da solo se il karolinska ha l'ECHE?",
                "c'è un elenco online delle università che hanno la carta?"]}
CHECK_INTENTS = ("show_checks", "out_of_scope", "check_eligibility", "faq_receiving_org")


@pytest.mark.parametrize("intent", CHECK_INTENTS)
@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in CHECK[lang]])
async def test_how_to_check_the_eche(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**PLAN, "citizenship": ["NG"], "language": lang},
                     [("ok", "affirm"), (text, intent)], TODAY, user_event="parsed", keep_slot_events=True)
    last = got.replies[-1]
    assert NO_LIST[lang] in last and MAILBOX in last, last
    assert "✓" not in last, last
    assert got.slots.get("receiving_org_has_eche") is not True, got.slots


HOST_LINE = {"en": "Host institution: Karolinska", "fr": "Établissement d'accueil : Karolinska",
             "nl": "Ontvangende instelling: Karolinska", "it": "Istituzione ospitante: Karolinska"}
FIRST = {"en": "hey, im doing my msc at ITM antwerp and i wanna do a sem at karolinska in stockholm",
         "fr": "je fais mon master à l'IMT et je voudrais faire un semestre à karolinska à stockholm",
         "nl": "ik doe mijn master aan het ITG en wil een semester naar karolinska in stockholm",
         "it": "faccio il master all'ITM e vorrei fare un semestre al karolinska a stoccolma"}
SUMMARY = {"en": "who do i email", "fr": "à qui j'écris ?", "nl": "wie moet ik mailen?",
           "it": "a chi scrivo?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_host_named_in_lower_case_is_in_the_summary(monkeypatch, lang):
    got = await play(monkeypatch, {"language": lang},
                     [(FIRST[lang], "check_eligibility"), (SUMMARY[lang], "ask_contact")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert got.slots.get("receiving_org_name") == "Karolinska", got.slots
    assert HOST_LINE[lang] in got.replies[-1], got.replies[-1]


async def test_the_eche_said_found_on_a_list_is_noted_not_answered(monkeypatch):
    got = await play(monkeypatch, {**PLAN, "citizenship": ["NG"], "language": "en"},
                     [("ok", "affirm"), ("I checked the list, Karolinska has the ECHE", "inform")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert got.slots.get("receiving_org_has_eche") is True, got.slots
    assert NO_LIST["en"] not in got.replies[-1], got.replies[-1]
