"""Round 33 (r33-e, port 5305, real today: both calls ended; a Dutch MSc student of ITM):

1. "Its last day was 31 July 2026, so it no longer takes applications": ITM prints no closing date for
   applications, 31 July 2026 is the end of all mobility activities. Now the closed answer says so, with when
   applying really stopped (at least 2 months before departure, so by 31 May 2026 at the latest), from the
   call data (rules_core.call_status: applications_until); the check in "show all checks" says the same; IMT
   Lucca keeps "its last day was 18 January 2016". "Wat betekent die 31 juli eigenlijk?" got "I can't find"
   and unrelated topics: now what that date is (actions/datemeaning.py).
2. "En die 31 juli dan, wat was dat?" stored "Updated: end date 31 May → 31 July 2026": a date inside a
   question about a date's meaning is no date of the plan (actions/when.py).
3. "Wat zou ik onder de oude oproep gekregen hebben?" got the closed-call block again: it starts the case as
   if applied in time, as "What would have applied to me?" does.
4. Portuguese institution names in a Dutch message switched the replies to English ("I speak English,
   français, ..."); "waarom ineens engels??" was passed over. Names are no language evidence
   (bot/foreign_names.py); a complaint about a recent reply's language is answered "OK, I'll continue in ...".
5. "Voor je vertrek op 1 maart 2026 moet je uiterlijk op 1 januari 2026 aanvragen" in December 2026: past
   tense for an ended call ("had je ... moeten aanvragen").
"""
from __future__ import annotations

from typing import Any

import pytest
from babel.units import format_unit

import rules_core
from actions import i18n
from actions.calls import call_name, reload_if_changed
from actions.i18n import t
from bot.language import detect, foreign_language
from tests.actions import conversation
from tests.actions.test_round13 import ITM_OPEN

LANGS = ("en", "fr", "nl", "it")
TODAY = "2026-12-03"
ITM = "itm-2024"
LUCCA = "imt-lucca-2015"
# The case as if applied in time, answered (r33-e T9): a three-month traineeship in Lisbon from 1 March 2026.
CASE = {"call": ITM, "role": "msc_student", "activity": "traineeship", "destination": "PT",
        "destination_city": "Lisbon", "start_date": "2026-03-01", "end_date": "2026-05-31",
        "citizenship": ["BE"], "receiving_org": "hei", "goal": "eligibility", "hypothetical": True,
        "closed_told": ITM}


@pytest.fixture(autouse=True, scope="module")
def institution_names() -> None:
    reload_if_changed()


async def play(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], messages: list[tuple[str, str]],
               today: str = TODAY, before: list[dict[str, Any]] | None = None
               ) -> tuple[list[str], dict[str, Any]]:
    """Each message in turn as Rasa sends it (slot events kept, as Rasa keeps them); each reply's text."""
    said = await conversation.play(monkeypatch, slots, messages, today, before=before or [],
                                   user_event="parsed", keep_slot_events=True)
    return said.replies, said.slots


def date(day: str, lang: str) -> str:
    return i18n.fmt_date(day, lang)


HEI = ("/inform{\"receiving_org\":\"hei\"}", "inform")


async def after_the_case(monkeypatch: pytest.MonkeyPatch, lang: str, messages: list[tuple[str, str]],
                         case: dict[str, Any] | None = None) -> tuple[list[str], dict[str, Any]]:
    """The messages after the case was answered (its last fact, the host, given by its button)."""
    slots = {**(case or CASE), "receiving_org": None, "asked": "receiving_org", "language": lang}
    replies, got = await play(monkeypatch, slots, [HEI, *messages])
    return replies[1:], got


# 1. The closed answer of a call that prints no closing date for applications.
def test_the_status_carries_when_applying_really_stopped() -> None:
    itm, lucca = rules_core.call_status(ITM, TODAY), rules_core.call_status(LUCCA, TODAY)
    assert (itm["applications_until"], itm["apply_months_before"]) == ("2026-05-31", 2)
    assert (lucca["applications_until"], lucca["apply_months_before"]) == (None, None)
    assert itm["closes"] == "2026-07-31" and lucca["closes"] == "2016-01-18"


STILL_OPEN = {"en": "I'm an MSc student at ITM Antwerp. Can I still apply for a traineeship in Lisbon?",
              "fr": "Je suis étudiant en master à l'IMT Anvers. Puis-je encore postuler pour un stage à "
                    "Lisbonne ?",
              "nl": "Ik ben masterstudent aan het ITG in Antwerpen. Kan ik nog een beurs aanvragen voor een "
                    "stage in Lissabon?",
              "it": "Sono studente MSc all'ITM di Anversa. Posso ancora candidarmi per un tirocinio a "
                    "Lisbona?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_itm_call_ended_with_its_mobility_end_not_as_a_last_day_to_apply(monkeypatch, lang):
    (reply,), _ = await play(monkeypatch, {"language": lang}, [(STILL_OPEN[lang], "check_eligibility")])
    name = call_name(ITM, lang)
    assert t(lang, "call_closed", call=name, date=date("2026-07-31", lang)) not in reply, reply
    assert date("2026-07-31", lang) in reply and date("2026-05-31", lang) in reply, reply
    line = t(lang, "call_closed_mobility_end", call=name, date=date("2026-07-31", lang), ahead="",
             until="")
    assert line.split(":")[0][1:] in reply, reply  # (after "No: " it starts in lower case)


LUCCA_OPEN = {"en": "I'm a PhD student at IMT Lucca. Can I still apply for a traineeship?",
              "it": "Sono dottorando all'IMT Lucca. Posso ancora candidarmi per un tirocinio?"}


@pytest.mark.parametrize("lang", ["en", "it"])
async def test_lucca_keeps_its_own_application_deadline(monkeypatch, lang):
    (reply,), _ = await play(monkeypatch, {"language": lang}, [(LUCCA_OPEN[lang], "check_eligibility")])
    closed = t(lang, "call_closed", call=call_name(LUCCA, lang), date=date("2016-01-18", lang))
    assert closed[1:] in reply, reply  # (after "No: " the line starts in lower case)


def test_the_check_says_the_deadline_is_the_end_of_all_mobility() -> None:
    profile = {"call": ITM, "role": "msc_student", "activity": "traineeship", "destination": "Portugal",
               "citizenship": ["BE"], "start_date": "2026-03-01", "end_date": "2026-05-31",
               "as_of": "2025-10-01", "receiving_org": "hei"}
    override = next(r for r in rules_core.get_call(ITM).rules if r.id == "application_deadline").message
    for lang in LANGS:
        passed = {p["kind"]: p["explanation"] for p in rules_core.evaluate(profile, lang=lang)["passed"]}
        expected = override[lang]["ok"].format(application_date=date("2025-10-01", lang),
                                               deadline=date("2026-07-31", lang))
        assert passed["application_deadline"] == expected, passed["application_deadline"]
    lucca = {"call": LUCCA, "role": "phd_student", "activity": "study", "destination": "Germany",
             "citizenship": ["IT"], "start_date": "2016-03-01", "end_date": "2016-06-30",
             "as_of": "2016-01-10", "receiving_org": "hei"}
    passed = {p["kind"]: p["explanation"] for p in rules_core.evaluate(lucca, lang="en")["passed"]}
    assert passed["application_deadline"] == \
        "Applying on 10 January 2016 is within the 18 January 2016 deadline."


@pytest.mark.parametrize("lang", LANGS)
async def test_the_case_is_headed_by_the_end_of_all_mobility(monkeypatch, lang):
    slots = {**CASE, "receiving_org": None, "language": lang}
    (reply,), _ = await play(monkeypatch, slots, [("/inform{\"receiving_org\":\"hei\"}", "inform")])
    name = call_name(ITM, lang)
    ahead = format_unit(2, "duration-month", length="long", locale=lang)
    assert t(lang, "closed_mobility_end", call=name, date=date("2026-07-31", lang), ahead=ahead) in reply
    assert t(lang, "closed_since", call=name, date=date("2026-07-31", lang)) not in reply, reply


# 1b and 2. What a date means, asked: answered, and the plan keeps its dates.
MEANING = {"en": "what does that 31 July actually mean?", "fr": "que signifie ce 31 juillet, au juste ?",
           "nl": "wat betekent die 31 juli eigenlijk?", "it": "cosa significa quel 31 luglio, esattamente?"}
WHAT_WAS = {"en": "and that 31 July, what was that?", "fr": "et ce 31 juillet, c'était quoi ?",
            "nl": "en die 31 juli dan, wat was dat?", "it": "e il 31 luglio, cos'era?"}
OR_ELSE = {"en": "is 31 July the deadline to apply or something else?",
           "fr": "le 31 juillet, c'est la date limite pour postuler ou autre chose ?",
           "nl": "maar is 31 juli nu de deadline om aan te vragen of iets anders?",
           "it": "il 31 luglio è la scadenza per candidarsi o qualcos'altro?"}


@pytest.mark.parametrize("intent", ["nlu_fallback", "ask_deadline"])
@pytest.mark.parametrize("asked", [MEANING, WHAT_WAS, OR_ELSE])
@pytest.mark.parametrize("lang", LANGS)
async def test_what_the_31_july_means_is_answered_and_changes_nothing(monkeypatch, lang, asked, intent):
    (reply,), slots = await after_the_case(monkeypatch, lang, [(asked[lang], intent)])
    assert slots["end_date"] == "2026-05-31" and slots["start_date"] == "2026-03-01", slots
    assert "→" not in reply, reply
    end = t(lang, "date_mobility_end_past", date=date("2026-07-31", lang), call=call_name(ITM, lang),
            source="")
    assert reply.startswith(end.split("(")[0].strip()), reply
    ahead = format_unit(2, "duration-month", length="long", locale=lang)
    assert t(lang, "date_not_application_past", ahead=ahead, until=date("2026-05-31", lang)) in reply, reply
    assert t(lang, "date_yours_past", start=date("2026-03-01", lang), date=date("2026-01-01", lang)) in reply
    assert t(lang, "faq_did_you_mean_in_flow")[:20] not in reply, reply
    assert t(lang, "cannot_answer_in_form")[:20] not in reply, reply


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_the_persons_own_date_to_apply_by_is_said_to_be_that(monkeypatch, lang):
    text = {"en": "and 1 January, what was that?", "nl": "en 1 januari, wat was dat?"}[lang]
    (reply,), slots = await after_the_case(monkeypatch, lang, [(text, "nlu_fallback")])
    assert slots["start_date"] == "2026-03-01", slots
    assert reply.startswith(t(lang, "date_apply_by_past", date=date("2026-01-01", lang), ahead="",
                              start="", source="")[:15]), reply


LUCCA_CASE = {"call": LUCCA, "role": "phd_student", "activity": "study", "destination": "DE",
              "destination_city": "Munich", "start_date": "2016-03-01", "end_date": "2016-06-30",
              "citizenship": ["IT"], "receiving_org": "hei", "goal": "eligibility", "hypothetical": True,
              "closed_told": LUCCA}


@pytest.mark.parametrize(("lang", "text"), [("en", "what does 18 January mean?"),
                                            ("it", "cosa significa il 18 gennaio?")])
async def test_lucca_s_date_is_its_deadline_for_applications(monkeypatch, lang, text):
    (reply,), slots = await after_the_case(monkeypatch, lang, [(text, "nlu_fallback")], LUCCA_CASE)
    assert slots["start_date"] == "2016-03-01", slots
    line = t(lang, "date_application_deadline_past", date=date("2016-01-18", lang),
             call=call_name(LUCCA, lang), source="")
    assert line.split("(")[0].strip() in reply, reply


# Nearby: a new end date said as such still changes the plan.
@pytest.mark.parametrize(("lang", "text"), [("en", "actually my traineeship would end on 30 April 2026"),
                                            ("nl", "mijn stage eindigt eigenlijk op 30 april 2026")])
async def test_a_new_end_date_said_still_changes_the_plan(monkeypatch, lang, text):
    (reply,), slots = await after_the_case(monkeypatch, lang, [(text, "inform")])
    assert slots["end_date"] == "2026-04-30", slots
    assert date("2026-04-30", lang) in reply, reply


# 3. "What would I have got?" starts the case as if applied in time.
GOT = {"en": "just out of curiosity: what would I have got under the old call for 3 months in Portugal?",
       "fr": "juste par curiosité : qu'est-ce que j'aurais eu avec l'ancien appel pour 3 mois au Portugal ?",
       "nl": "en puur uit nieuwsgierigheid: wat zou ik onder de oude oproep gekregen hebben voor 3 maanden "
             "portugal?",
       "it": "solo per curiosità: cosa avrei preso con il vecchio bando per 3 mesi in Portogallo?"}
TOLD = {"call": ITM, "role": "msc_student", "activity": "traineeship", "destination_city": "Lisbon",
        "goal": "eligibility", "closed_told": ITM}


@pytest.mark.parametrize("intent", ["check_eligibility", "ask_grant", "nlu_fallback"])
@pytest.mark.parametrize("lang", LANGS)
async def test_what_would_i_have_got_starts_the_case(monkeypatch, lang, intent):
    (reply,), slots = await play(monkeypatch, {**TOLD, "language": lang}, [(GOT[lang], intent)])
    assert slots.get("hypothetical") is True, slots
    assert t(lang, "call_closed_offer_short") not in reply, reply
    assert t(lang, "ask_start_date")[:15] in reply, reply


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_of_an_open_call_it_is_the_amount_question(monkeypatch, lang):
    slots = {**TOLD, "closed_told": None, "language": lang}
    (_,), got = await play(monkeypatch, slots, [(GOT[lang], "ask_grant")], today=ITM_OPEN)
    assert not got.get("hypothetical"), got


# 4. Names of institutions are no language; a complaint about a recent reply's language is answered.
HOST = {"nl": "het IHMT, instituto de higiene e medicina tropical, is deel van de universidade nova de "
              "lisboa",
        "en": "it's the IHMT, instituto de higiene e medicina tropical, part of the universidade nova de "
              "lisboa",
        "fr": "c'est l'IHMT, instituto de higiene e medicina tropical, qui fait partie de la universidade "
              "nova de lisboa",
        "it": "è l'IHMT, instituto de higiene e medicina tropical, che fa parte della universidade nova de "
              "lisboa"}


@pytest.mark.parametrize("lang", LANGS)
def test_institution_names_in_portuguese_are_no_foreign_language(lang):
    assert not foreign_language(HOST[lang])
    assert detect(HOST[lang], lang) == lang


def test_a_sentence_in_spanish_is_still_foreign() -> None:
    assert foreign_language("hola, quiero hacer una estancia en la universidad de madrid")
    assert foreign_language("Quiero hacer unas prácticas en el Instituto de Salud Carlos III de Madrid")


@pytest.mark.parametrize("lang", LANGS)
async def test_the_host_named_in_portuguese_keeps_the_language(monkeypatch, lang):
    slots = {**CASE, "receiving_org": None, "asked": "receiving_org", "language": lang}
    (reply,), got = await play(monkeypatch, slots, [(HOST[lang], "inform")])
    assert got["language"] == lang, got
    assert t("en", "languages") not in reply, reply
    assert got["receiving_org"] == "hei", got


COMPLAINT = {"nl": "waarom ineens engels?? en nee ik bedoel hoeveel geld per maand zou ik gekregen hebben",
             "fr": "pourquoi en anglais tout à coup ? et je voulais dire combien par mois j'aurais touché",
             "it": "perché all'improvviso in inglese? e intendevo quanto avrei preso al mese",
             "en": "why suddenly in french?? and I meant how much per month would I have got"}
AMOUNT = {"nl": "ok dus hoeveel euro?", "fr": "ok donc combien d'euros ?", "it": "ok quindi quanti euro?",
          "en": "ok so how many euros?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_complaint_about_an_earlier_reply_s_language_is_answered(monkeypatch, lang):
    """The slip was a turn earlier: the reply before this one was back in the person's language."""
    slip = "fr" if lang == "en" else "en"
    before = [{"event": "user", "text": HOST[lang]}, {"event": "slot", "name": "language", "value": slip},
              {"event": "bot", "text": "..."}]
    (_, reply), got = await play(monkeypatch, {**CASE, "language": slip},
                                 [(AMOUNT[lang], "ask_grant"), (COMPLAINT[lang], "nlu_fallback")],
                                 before=before)
    assert got["language"] == lang, got
    assert reply.startswith(t(lang, "language_switched")), reply


async def test_a_complaint_right_after_the_slip_says_the_answer_again(monkeypatch):
    before = [{"event": "user", "text": HOST["nl"]}, {"event": "slot", "name": "language", "value": "en"},
              {"event": "bot", "text": "..."}]
    (reply,), got = await play(monkeypatch, {**CASE, "language": "en"},
                               [("waarom ineens engels??", "nlu_fallback")], before=before)
    assert got["language"] == "nl" and reply.startswith(t("nl", "language_switched")), reply


async def test_a_nationality_said_is_no_complaint(monkeypatch):
    before = [{"event": "user", "text": "I'm Dutch"}, {"event": "slot", "name": "language", "value": "en"}]
    (reply,), got = await play(monkeypatch, {**CASE, "language": "en"},
                               [("why dutch? I said german", "inform")], before=before)
    assert not reply.startswith(t("en", "language_switched")), reply


# 5. The date to apply by of an ended call, in the past tense.
WHICH = {"en": "you first said 31 July 2026 was the last day and then that I had to apply by 1 January "
               "2026. which is right?",
         "fr": "vous avez d'abord dit que le dernier jour était le 31 juillet 2026, puis que je devais "
               "postuler avant le 1er janvier 2026. qu'est-ce qui est juste ?",
         "nl": "je zei eerst dat de laatste dag 31 juli 2026 was en daarna dat ik voor 1 januari 2026 "
               "moest aanvragen. wat klopt nu?",
         "it": "prima ha detto che l'ultimo giorno era il 31 luglio 2026 e poi che dovevo candidarmi "
               "entro il 1 gennaio 2026. cosa è giusto?"}


# How the date to apply by is said: still to meet, or gone.
NOW = {"en": ("you must apply by", "Yes: apply by"),
       "fr": ("vous devez postuler", "tu dois postuler", "postulez au"),
       "nl": ("moet u uiterlijk", "moet je uiterlijk", "vraag uiterlijk"),
       "it": ("deve candidarsi", "devi candidarti", "si candidi entro")}
PAST = {"en": ("had to apply by",), "fr": ("deviez postuler", "devais postuler", "fallait postuler"),
        "nl": ("moeten aanvragen",), "it": ("doveva candidarsi", "dovevi candidarti")}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_date_to_apply_by_of_an_ended_call_is_past(monkeypatch, lang):
    (reply,), slots = await after_the_case(monkeypatch, lang, [(WHICH[lang], "nlu_fallback")])
    assert slots["end_date"] == "2026-05-31" and "→" not in reply, reply
    assert date("2026-01-01", lang) in reply, reply
    assert not any(words in reply for words in NOW[lang]), reply
    assert any(words in reply for words in PAST[lang]), reply


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_the_date_to_apply_by_of_an_open_call_is_still_to_meet(monkeypatch, lang):
    slots = {**CASE, "hypothetical": None, "closed_told": None, "language": lang,
             "last_decision": {"call": ITM, "key": "x", "apply_by": "2026-01-01"}}
    text = {"en": "so I must apply by 1 January 2026?", "nl": "dus ik moet aanvragen voor 1 januari 2026?"}
    (reply,), _ = await play(monkeypatch, slots, [(text[lang], "ask_deadline")], today=ITM_OPEN)
    assert date("2026-01-01", lang) in reply, reply
    assert not any(words in reply for words in PAST[lang]), reply
