"""Round 63 (r63-t3), Peter, a Belgian lab technician at ITM Antwerp (staff, no PhD), a staff training at the
Charité in Berlin, 2 March to 10 April 2026, by plane (today 1 October 2025).

1. "how is the daily money worked out for that many days?" got the 30-day months ("39 days"), "last thing,
   for 40 days do I get less per day after the first 2 weeks or something?" the 2-60 days rule, "does it
   drop after day 14?" the travel block again. Now the EU-wide share of the daily rate from the call data
   (grant.daily_shares: full rate for days 1-14, 70 % from day 15 to day 60), the person's days in each
   (days 1-14, days 15-40), then that ITM's daily amounts are in its unpublished Annex 1 and whom to ask;
   "less after the first 2 weeks?" opens with "Yes:"."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ["en", "fr", "nl", "it"]
BERLIN = {"call": "itm-2024", "role": "staff", "goal": "eligibility", "activity": "staff_training",
          "destination": "DE", "destination_city": "Berlin", "citizenship": ["BE"],
          "start_date": "2026-03-02", "end_date": "2026-04-10", "green_travel": False}
HELLO = "Hi, I'm a lab technician at ITM Antwerp. I'd like to do a staff training at Charité in Berlin."
CONV = [(HELLO, "check_eligibility"),
        ("I'm Belgian. From 2 March to 29 May 2026, going by plane", "inform"),
        ("ok. what's the maximum then?", "faq_duration"),
        ("fine, then 2 march - 10 april 2026", "inform")]


# --- 1. how the daily support is worked out -----------------------------------------------------------------
HOW = {"en": "how is the daily money worked out for that many days?",
       "fr": "comment est calculée l'indemnité journalière pour autant de jours ?",
       "nl": "hoe wordt het dagbedrag berekend voor zoveel dagen?",
       "it": "come si calcola la diaria per così tanti giorni?"}
LESS = {"en": "last thing, for 40 days do I get less per day after the first 2 weeks or something?",
        "fr": "dernière chose : est-ce que je touche moins par jour après les deux premières semaines ?",
        "nl": "laatste vraag: krijg ik minder per dag na de eerste twee weken?",
        "it": "un'ultima cosa: ricevo meno al giorno dopo le prime due settimane?"}
YES = {"en": "Yes:", "fr": "Oui :", "nl": "Ja:", "it": "Sì:"}
FIRST = {"en": "days 1-14", "fr": "les jours 1 à 14", "nl": "dag 1-14", "it": "i giorni 1-14"}
YOURS = {"en": "days 15-40 at 70%", "fr": "les jours 15 à 40 à 70 %", "nl": "dag 15-40 aan 70%",
         "it": "i giorni 15-40 al 70%"}
ANNEX = {"en": "Annex 1", "fr": "annexe 1", "nl": "bijlage 1", "it": "allegato 1"}
EU = {"en": "EU-wide", "fr": "UE", "nl": "EU", "it": "UE"}


def _first(got) -> str:
    """The first message of the last reply (a plan given as slots gets its verdict after the answer)."""
    return str(got.messages[-1][0].get("text"))


def _daily_share(reply: str, lang: str) -> None:
    assert FIRST[lang] in reply and YOURS[lang] in reply, reply
    assert EU[lang] in reply and ANNEX[lang] in reply and "cmorantin@itg.be" in reply, reply
    assert "309" not in reply, reply  # not the travel block again
    assert "39" not in reply and "30 " not in reply, reply  # not the 30-day months
    assert "2 to 60" not in reply and "2 à 60" not in reply, reply  # not the durations


@pytest.mark.parametrize("lang", LANGS)
async def test_how_the_daily_money_is_worked_out(monkeypatch, lang):
    got = await play(monkeypatch, {**BERLIN, "language": lang}, [(HOW[lang], "ask_grant")], TODAY,
                     user_event="parsed")
    _daily_share(_first(got), lang)


@pytest.mark.parametrize("lang", LANGS)
async def test_less_per_day_after_two_weeks_is_yes(monkeypatch, lang):
    got = await play(monkeypatch, {**BERLIN, "language": lang}, [(LESS[lang], "faq_duration")], TODAY,
                     user_event="parsed")
    reply = _first(got)
    assert reply.startswith(YES[lang]), reply
    _daily_share(reply, lang)


@pytest.mark.parametrize("text, intent, opening", [
    ("how is the daily money worked out for that many days?", "ask_grant", "Under the EU-wide rule"),
    ("ok but what's the rate per day? is it the same every day for 40 days?", "ask_grant", "No:"),
    ("last thing, for 40 days do I get less per day after the first 2 weeks or something?", "faq_duration",
     "Yes:"),
    ("no I mean the daily amount. does it drop after day 14?", "ask_grant", "Yes:"),
])
async def test_the_reported_conversation(monkeypatch, text, intent, opening):
    got = await play(monkeypatch, {"language": "en"}, [*CONV, (text, intent)], TODAY, user_event="parsed",
                     keep_slot_events=True)
    reply = got.replies[-1]
    assert reply.startswith(opening), reply
    _daily_share(reply, "en")


async def test_no_daily_share_for_a_student(monkeypatch):
    # The EU-wide staff rule is not said to a student (their individual support is ITM's Annex 2).
    plan = {**BERLIN, "role": "msc_student", "activity": "study", "end_date": "2026-06-30"}
    got = await play(monkeypatch, {**plan, "language": "en"}, [(HOW["en"], "ask_grant")], TODAY,
                     user_event="parsed")
    assert "70%" not in got.replies[-1], got.replies[-1]


# --- 2. a PhD asked about by a staff member -----------------------------------------------------------------
NO_PHD = {**BERLIN, "doctoral_or_postdoc_staff": False}
NEED = {"en": "Do I need a PhD?", "fr": "Est-ce qu'il faut un doctorat ?", "nl": "Is een doctoraat vereist?",
        "it": "Serve un dottorato?"}
MATTER = {"en": "does it matter that I don't have a PhD?",
          "fr": "est-ce important que je n'aie pas de doctorat ?",
          "nl": "maakt het iets uit dat ik geen doctoraat heb?",
          "it": "conta il fatto che io non abbia un dottorato?"}
NOT_REQUIRED = {"en": "No, a PhD is not required:", "fr": "Non, un doctorat n'est pas exigé :",
                "nl": "Nee, een doctoraat is niet vereist:", "it": "No, il dottorato non è richiesto:"}
OPEN_TO = {"en": "supporting staff", "fr": "personnel d'appui", "nl": "ondersteunend personeel",
           "it": "personale di supporto"}
PRIORITY = {"en": "✗ Priority goes to PhD and/or postdoctoral staff members.",
            "fr": "✗ La priorité va aux membres du personnel doctorants et/ou postdoctorants.",
            "nl": "✗ Voorrang gaat naar doctorerende en/of postdoctorale personeelsleden.",
            "it": "✗ La priorità va ai membri del personale dottorandi e/o postdoc."}
NOT_GROUP = {"en": "not in that priority group", "fr": "pas dans ce groupe prioritaire",
             "nl": "niet tot die voorranggroep", "it": "non rientra in quel gruppo prioritario"}


def _phd_answer(reply: str, lang: str) -> None:
    assert OPEN_TO[lang] in reply and PRIORITY[lang] in reply and NOT_GROUP[lang] in reply, reply
    assert "can't find" not in reply and "I can't" not in reply, reply


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("asked, intent", [(NEED, "faq_who_can_apply"), (MATTER, "faq_who_can_apply")])
async def test_a_phd_is_not_required(monkeypatch, lang, asked, intent):
    got = await play(monkeypatch, {**NO_PHD, "language": lang}, [(asked[lang], intent)], TODAY,
                     user_event="parsed")
    reply = _first(got)
    assert reply.startswith(NOT_REQUIRED[lang]), reply
    _phd_answer(reply, lang)


@pytest.mark.parametrize("text, intent, opening", [
    ("and the PhD thing? I have no PhD", "out_of_scope", "No, a PhD is not required:"),
    ("you said priority goes to PhD and postdoc staff. I'm a lab technician without PhD, can I still get it?",
     "faq_selection", "Yes: a PhD is not required:"),
])
async def test_the_reported_phd_questions(monkeypatch, text, intent, opening):
    got = await play(monkeypatch, {"language": "en"}, [*CONV, (text, intent)], TODAY, user_event="parsed",
                     keep_slot_events=True)
    reply = got.replies[-1]
    assert reply.startswith(opening), reply
    _phd_answer(reply, "en")


# --- 3. a university hospital said as the host's kind ----------------------------------------------------
HOSPITAL = {"en": "Charité is a university hospital, is that ok as host? and I don't have a PhD, does that "
                  "matter?",
            "fr": "La Charité est un hôpital universitaire, ça va comme organisme d'accueil ?",
            "nl": "De Charité is een universitair ziekenhuis, is dat ok als gastinstelling?",
            "it": "La Charité è un ospedale universitario, va bene come ente ospitante?"}
NOT_SAID = {"en": "The call does not say whether a university hospital counts as a university",
            "fr": "L'appel ne dit pas si un hôpital universitaire",
            "nl": "De oproep zegt niet of een universitair",
            "it": "Il bando non dice se un ospedale universitario"}
PUBLIC = {"en": "(public body) may host", "fr": "(organisme public)", "nl": "(overheidsinstantie)",
          "it": "(ente pubblico) può"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_university_hospital_is_not_noted_as_a_public_body(monkeypatch, lang):
    # (English: the reported conversation; the other languages: the same plan held, asked in their words)
    before = CONV if lang == "en" else []
    slots = {"language": lang} if lang == "en" else {**BERLIN, "language": lang}
    got = await play(monkeypatch, slots, [*before, (HOSPITAL[lang], "faq_receiving_org")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert "receiving_org" not in got.last, got.last
    assert NOT_SAID[lang] in reply, reply
    assert PUBLIC[lang] not in reply and not any(line.startswith(YES[lang]) for line in reply.splitlines()), \
        reply
