"""Round 31: the yes or no that opens an in-flow answer answers the question asked, and is founded.

1. "... 9 to 18 February 2026. Can I go?" with a plan that fails a rule (Uganda) opened with one check's "Yes:
   your stay of 10 days is within ..." and only then said "not eligible": an overall question gets the plan's
   verdict first; a question about one check ("is 10 days long enough?") keeps that check's answer.
2. "Is 31 July still ok?" about the stay's own end got "I can't find the answer": the check on that date
   answers, with its section of the call; "indien ik in augustus terugkom" is a case like "als ik ...".
3. "Is it up to me to ask the Scientific Board?" got a grant topic under ITM (which has no Scientific Board)
   and "Yes: ... the Scientific Board must authorise it" under Lucca (whose call does not say who asks)."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN

LANGS = ("en", "fr", "nl", "it")
NO = {lang: t(lang, "answer_no", answer="") for lang in LANGS}
YES = {lang: t(lang, "answer_yes", answer="") for lang in LANGS}

KAMPALA_CAN_I_GO = [
    ("en", "I'm a postdoc at ITM (staff), I'd like a 10-day training at Makerere University in Kampala, 9 to "
           "18 February 2026. Can I go?"),
    ("fr", "Je suis postdoc à l'IMT Anvers (staff), je voudrais une formation de 10 jours à l'Université "
           "Makerere à Kampala, du 9 au 18 février 2026. Puis-je partir ?"),
    ("nl", "Ik ben postdoc aan het ITG (personeel), ik wil een opleiding van 10 dagen aan Makerere "
           "University in Kampala, van 9 tot 18 februari 2026. Kan ik vertrekken?"),
    ("it", "Sono postdoc all'ITM (personale), vorrei una formazione di 10 giorni alla Makerere University a "
           "Kampala, dal 9 al 18 febbraio 2026. Posso partire?"),
]
UGANDA = {"en": "Uganda", "fr": "Ouganda", "nl": "Oeganda", "it": "Uganda"}


@pytest.mark.parametrize(("lang", "text"), KAMPALA_CAN_I_GO)
async def test_can_i_go_with_a_failing_plan_opens_with_its_no(monkeypatch, lang, text):
    [reply] = await converse(monkeypatch, {"language": lang}, [(text, "check_eligibility")], ITM_OPEN)
    first = reply.splitlines()[0]
    assert first.startswith(NO[lang]), reply
    assert UGANDA[lang] in first, reply  # the failing reason itself, not one check that passed
    assert not reply.startswith(YES[lang]), reply


STAFF_KAMPALA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "UG",
                 "destination_city": "Kampala", "citizenship": ["BE"], "receiving_org": "hei",
                 "start_date": "2026-02-09", "end_date": "2026-02-18", "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Can I go from 9 to 18 February 2026?"), ("fr", "Puis-je partir du 9 au 18 février 2026 ?"),
    ("nl", "Kan ik van 9 tot 18 februari 2026 vertrekken?"),
    ("it", "Posso partire dal 9 al 18 febbraio 2026?"),
])
async def test_can_i_go_with_the_dates_in_the_question_has_no_checks_yes_first(monkeypatch, lang, text):
    slots = {**STAFF_KAMPALA, "language": lang, "start_date": None, "end_date": None}
    [reply] = await converse(monkeypatch, slots, [(text, "check_eligibility")], ITM_OPEN)
    assert reply.startswith(NO[lang]) and UGANDA[lang] in reply.splitlines()[0], reply


async def test_can_i_go_with_a_passing_plan_opens_with_yes_eligible(monkeypatch):
    text = "I'm ITM staff, a staff training at the University of Barcelona, 9 to 13 March 2026. Can I go?"
    slots = {"language": "en", "citizenship": ["BE"]}
    [reply] = await converse(monkeypatch, slots, [(text, "check_eligibility")], ITM_OPEN)
    assert reply.startswith(t("en", "answer_yes", answer=t("en", "plan_eligible", outcome="")[:8])), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Is 10 days long enough?"), ("fr", "10 jours, c'est une durée acceptable ?"),
    ("nl", "Is 10 dagen lang genoeg?"), ("it", "10 giorni, è una durata accettabile?"),
])
async def test_a_question_about_the_length_keeps_the_length_checks_answer(monkeypatch, lang, text):
    [reply] = await converse(monkeypatch, {**STAFF_KAMPALA, "language": lang}, [(text, "inform")], ITM_OPEN)
    assert reply.startswith(YES[lang]), reply
    assert "10" in reply.splitlines()[0], reply


async def test_can_i_stay_until_keeps_the_stay_checks_answer(monkeypatch):
    [reply] = await converse(monkeypatch, {**STAFF_KAMPALA, "language": "en"},
                             [("Can I stay until 20 February 2026 instead?", "inform")], ITM_OPEN)
    assert reply.startswith("Yes: your stay of 12 days is within"), reply


# 2. The stay's own end confirmed ("is 31 July still ok?"): the call's limit on it, with its section.
PASTEUR = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "FR",
           "destination_city": "Paris", "start_date": "2026-06-01", "end_date": "2026-07-31",
           "goal": "eligibility"}
STILL_OK = [("en", "is 31 July still ok?"), ("nl", "31 juli is nog net goed?"),
            ("fr", "le 31 juillet ça passe encore ?"), ("it", "il 31 luglio va ancora bene?")]
END_BY = {"en": "31 July 2026 deadline", "fr": "31 juillet 2026", "nl": "31 juli 2026",
          "it": "31 luglio 2026"}


@pytest.mark.parametrize(("lang", "text"), STILL_OK)
async def test_the_stays_own_end_said_to_be_fine_gets_the_end_checks_yes(monkeypatch, lang, text):
    [reply] = await converse(monkeypatch, {**PASTEUR, "language": lang}, [(text, "inform")], ITM_OPEN)
    first = reply.splitlines()[0]
    assert first.startswith(YES[lang]), reply
    assert END_BY[lang] in first and f"({t(lang, 'source')}: " in first, reply
    assert t(lang, "faq_did_you_mean_in_flow")[:25] not in reply, reply


async def test_the_stays_own_end_asked_as_a_problem_is_no(monkeypatch):
    [reply] = await converse(monkeypatch, {**PASTEUR, "language": "en"},
                             [("31 July, is that a problem?", "inform")], ITM_OPEN)
    assert reply.startswith("No: your end on 31 July 2026 is by the 31 July 2026 deadline"), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "if I come back in August, is that a problem?"),
    ("nl", "indien ik in augustus terugkom, is dat een probleem?"),
    ("fr", "au cas où je rentre en août, c'est un problème ?"),
    ("it", "qualora tornassi ad agosto, è un problema?"),
])
async def test_coming_back_in_august_is_a_case_answered_yes_it_is_a_problem(monkeypatch, lang, text):
    [reply] = await converse(monkeypatch, {**PASTEUR, "language": lang}, [(text, "inform")], ITM_OPEN)
    assert reply.startswith(t(lang, "answer_a_problem", answer="")), reply  # round 41
    assert END_BY[lang].split(" deadline")[0] in reply.splitlines()[0], reply
    assert t(lang, "what_if_facts", facts="")[:15] in reply, reply  # a case: the stored plan stays


async def test_indien_as_submitting_still_places_the_month_on_applying(monkeypatch):
    text = "als ik in februari mijn aanvraag indien, is dat nog op tijd?"
    [reply] = await converse(monkeypatch, {**PASTEUR, "language": "nl"}, [(text, "inform")], ITM_OPEN)
    assert "Februari 2026 is op tijd" in reply, reply


# 3. Who requests a condition: only what the call says.
ITM_BOARD = [("en", "Is it up to me to ask the Scientific Board?"),
             ("fr", "Est-ce à moi de saisir le Board ?"),
             ("nl", "Moet ik zelf de Wetenschappelijke Raad vragen?"),
             ("it", "Tocca a me chiedere al Consiglio Scientifico?")]


@pytest.mark.parametrize(("lang", "text"), ITM_BOARD)
async def test_itm_has_no_scientific_board_to_ask(monkeypatch, lang, text):
    slots = {**PASTEUR, "language": lang}
    [reply] = await converse(monkeypatch, slots, [(text, "faq_grant_covers")], ITM_OPEN)
    said = t(lang, "who_asks_no_rule", call="{}", field="{}").split("{}")
    assert reply.startswith(said[0]) and all(part in reply.splitlines()[0] for part in said), reply
    assert "Lucca" in reply and "erasmusplusmobility@itg.be" in reply, reply
    assert not reply.startswith((YES[lang], NO[lang])), reply


LEUVEN = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "BE",
          "destination_city": "Leuven", "receiving_org": "hei", "start_date": "2016-02-01",
          "end_date": "2016-07-31", "goal": "eligibility"}


@pytest.mark.parametrize(("lang", "text"), ITM_BOARD)
async def test_lucca_does_not_say_who_asks_the_board(monkeypatch, lang, text):
    [reply] = await converse(monkeypatch, {**LEUVEN, "language": lang}, [(text, "inform")], LUCCA_OPEN)
    said = t(lang, "who_asks_not_said", field="{}", who="{}").split("{}")
    assert reply.startswith(said[0]) and all(part in reply.splitlines()[0] for part in said), reply
    assert "Daniela Giorgetti" in reply and "erasmus@imtlucca.it" in reply, reply
    assert not reply.startswith((YES[lang], NO[lang])), reply


async def test_lucca_says_the_advisors_authorisation_is_in_the_application_form(monkeypatch):
    [reply] = await converse(monkeypatch, {**LEUVEN, "language": "en"},
                             [("Is it up to me to get my advisor's authorisation?", "inform")], LUCCA_OPEN)
    assert "application form includes the form for your advisor's authorisation" in reply, reply
    assert "Selection Criteria" in reply, reply


@pytest.mark.parametrize(("lang", "text"), [("en", "Do I need the Scientific Board?"),
                                            ("fr", "Ai-je besoin du Conseil scientifique ?")])
async def test_whether_the_board_is_needed_keeps_its_yes(monkeypatch, lang, text):
    [reply] = await converse(monkeypatch, {**LEUVEN, "language": lang}, [(text, "inform")], LUCCA_OPEN)
    assert reply.startswith(YES[lang]), reply
