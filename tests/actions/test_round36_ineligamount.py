"""Round 35 (r35-b: a PhD student at IMT Lucca, a traineeship in Amsterdam in April-May 2016 after 11 Erasmus
months in her PhD): the plan was not eligible (11 months + 2 > 12), yet
- the e-mail summary said "Borsa indicativa: 860,00 €" next to "non idonea", and "la borsa di 860 la ricevo o
  no, se non sono idonea?" got "Non con certezza: gli importi sono indicativi" and the whole amount block: a
  plan the rules turn down gets no grant, said first ("No: ... so no grant is paid");
- "quindi non c'è proprio nessun modo di farlo con l'erasmus? neanche cambiando date?" got "I can't find the
  answer": with 30 days left in the study cycle, no stay the call offers (a traineeship of at least 2 months,
  a study period of at least 3) fits, whatever the dates; the numbers are the rules core's;
- a complaint that corrects a stored fact ("why did you write yes??") got "Updated: ..." and no apology.
Eligible plans keep their amount answers, and a plan with another way keeps the options answer."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.conditions import length_text
from actions.contact import summary
from actions.i18n import t
from actions.profile import core
from tests.actions.answered import no_cant_find
from tests.actions.conftest import make_tracker, texts
from tests.actions.test_round13 import LUCCA_OPEN, answered, hear

LANGS = ("en", "fr", "nl", "it")
AMSTERDAM = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "NL",
             "destination_city": "Amsterdam", "receiving_org": "enterprise", "start_date": "2016-04-01",
             "end_date": "2016-05-31", "prior_erasmus_months": 11.0, "goal": "eligibility"}
FIRST_TIME = {**AMSTERDAM, "prior_erasmus_months": 0.0}  # the same plan, eligible: 2 x 430 = 860


async def _reply(monkeypatch, slots: dict, lang: str, text: str, intent: str = "inform") -> tuple[str, dict]:
    slots = await answered(monkeypatch, {**slots, "language": lang}, LUCCA_OPEN)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, LUCCA_OPEN, intent)
    return texts(dispatcher), got


def _amount(slots: dict, lang: str) -> str:
    decision = core().evaluate({**slots, "as_of": LUCCA_OPEN}, lang=lang)
    return i18n.fmt_eur(decision["grant"]["total_eur"], lang)


# 1. The amount of a plan the rules turn down.
@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_of_a_refused_plan_has_no_grant(monkeypatch, lang):
    monkeypatch.setenv("MOBILITY_TODAY", LUCCA_OPEN)
    body = summary(make_tracker({**AMSTERDAM, "language": lang}), lang, "imt-lucca-2015")
    assert i18n.label(lang, "verdicts", "not_eligible") in body, body
    assert t(lang, "summary_grant", amount="\0").split("\0")[0] not in body, body
    assert _amount(AMSTERDAM, lang) not in body, body


@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_of_an_eligible_plan_keeps_its_grant(monkeypatch, lang):
    monkeypatch.setenv("MOBILITY_TODAY", LUCCA_OPEN)
    body = summary(make_tracker({**FIRST_TIME, "language": lang}), lang, "imt-lucca-2015")
    assert t(lang, "summary_grant", amount=_amount(FIRST_TIME, lang)) in body, body


RECEIVE = [
    ("en", "so would I receive that grant?", "ask_grant"),
    ("en", "wait, do I get the 860 euro or not, if I'm not eligible?", "ask_grant"),
    ("fr", "donc je toucherais quand même la bourse ?", "ask_grant"),
    ("fr", "et les 860 €, je les reçois ou pas ?", "faq_scholarship_compatibility"),
    ("nl", "krijg ik die beurs dan wel?", "ask_grant"),
    ("nl", "krijg ik die 860 euro dan of niet?", "inform"),
    ("it", "ma io non la prendo questa borsa giusto? visto che non posso", "faq_scholarship_compatibility"),
    ("it", "no aspetta, non ho capito. la borsa erasmus di 860 la ricevo o no, se non sono idonea?",
     "ask_grant"),
    ("it", "lo riceverei?", "ask_grant"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), RECEIVE)
async def test_a_refused_plan_gets_no_grant_said_first(monkeypatch, lang, text, intent):
    reply, _ = await _reply(monkeypatch, AMSTERDAM, lang, text, intent)
    no = t(lang, "answer_no", answer="").strip()
    assert reply.startswith(no), reply
    assert t(lang, "grant_not_eligible", reasons="\0").split("\0")[1].strip(" ;,.")[:30] in reply, reply
    assert "30" in reply.split("\n")[0], reply  # the reason, in the person's numbers
    assert _amount(AMSTERDAM, lang) not in reply, reply
    assert t(lang, "grant_sure_no", basis="\0").split("\0")[0] not in reply, reply
    no_cant_find(reply)


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "aspetta, c'è scritto borsa 860 euro... ma se non sono idonea che borsa è?"),
    ("en", "wait, it says a grant of 860 euro... but if I'm not eligible, what grant is that?"),
])
async def test_what_grant_it_is_for_a_refused_plan(monkeypatch, lang, text):
    reply, _ = await _reply(monkeypatch, AMSTERDAM, lang, text, "ask_grant")
    assert t(lang, "grant_not_eligible", reasons="\0").split("\0")[1].strip(" ;,.")[:30] in reply, reply
    assert t(lang, "grant_sure_no", basis="\0").split("\0")[0] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "do I get the 860 euro for sure?"),
    ("it", "la borsa di 860 la ricevo di sicuro?"),
    ("fr", "les 860 €, c'est sûr ?"),
])
async def test_an_eligible_plan_keeps_its_amount_answer(monkeypatch, lang, text):
    reply, _ = await _reply(monkeypatch, FIRST_TIME, lang, text, "ask_grant")
    assert t(lang, "grant_sure_no", basis="\0").split("\0")[0] in reply, reply
    assert t(lang, "grant_not_eligible", reasons="\0").split("\0")[1].strip(" ;,.")[:30] not in reply


# 2. "No way at all, even changing the dates?" after a refusal: the rules core's numbers.
NO_WAY = [
    ("it", "quindi non c'è proprio nessun modo di farlo con l'erasmus? neanche cambiando date?",
     "nlu_fallback"),
    ("it", "c'è un modo per farlo comunque?", "out_of_scope"),
    ("en", "so is there no way at all to do it with Erasmus? not even changing the dates?", "nlu_fallback"),
    ("en", "is there any other way?", "check_eligibility"),
    ("fr", "donc il n'y a aucun moyen de le faire avec Erasmus ? même en changeant les dates ?",
     "nlu_fallback"),
    ("fr", "y a-t-il un moyen de le faire quand même ?", "out_of_scope"),
    ("nl", "kan het op een andere manier? ook niet met andere data?", "nlu_fallback"),
    ("nl", "is er dan echt geen enkele manier om het met Erasmus te doen?", "check_eligibility"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), NO_WAY)
async def test_no_way_at_all_says_the_days_left_and_the_minimum_lengths(monkeypatch, lang, text, intent):
    reply, got = await _reply(monkeypatch, AMSTERDAM, lang, text, intent)
    no_cant_find(reply)
    assert reply.startswith(t(lang, "answer_no", answer="").strip()), reply
    assert length_text(30, lang) in reply, reply  # 12 months - 11 earlier = 30 days left
    assert length_text(330, lang) in reply, reply  # the 11 earlier months
    traineeship = i18n.label(lang, "activities", "traineeship")
    study = i18n.label(lang, "activities", "study")
    lines = reply.split("\n")
    two = next(line for line in lines if traineeship in line and "✗" in line)
    three = next(line for line in lines if study in line and "✗" in line)
    from rules_core.messages import fmt_amount

    assert fmt_amount(2, "months", lang) in two and fmt_amount(3, "months", lang) in three, reply
    assert t(lang, "offer_intro", role="\0").split("\0")[0] not in reply, reply
    assert not any(name in got for name in ("start_date", "end_date", "activity")), got


async def test_another_way_that_exists_keeps_the_options(monkeypatch):
    """10 earlier months and a study period of 3: a 2-month traineeship still fits (round 25's answer)."""
    sorbonne = {**AMSTERDAM, "activity": "study", "receiving_org": "hei", "destination": "FR",
                "destination_city": "Paris", "start_date": "2016-03-01", "prior_erasmus_months": 10.0}
    reply, _ = await _reply(monkeypatch, sorbonne, "en", "is there no way at all, even changing the dates?",
                            "nlu_fallback")
    line = t("en", "option_line", activity=i18n.label("en", "activities", "traineeship"),
             start=i18n.fmt_date("2016-03-01", "en"), end=i18n.fmt_date("2016-04-30", "en"))
    assert line in reply and t("en", "options_intro")[1:] in reply, reply
    assert not reply.startswith("No:"), reply


async def test_what_else_after_the_refusal_keeps_the_offer(monkeypatch):
    reply, _ = await _reply(monkeypatch, AMSTERDAM, "it", "cos'altro potrei fare?", "nlu_fallback")
    assert t("it", "offer_intro", role="\0").split("\0")[0] in reply, reply


async def test_an_eligible_plan_asked_for_a_way_to_pay_keeps_its_answer(monkeypatch):
    text = "is there any way to get the money before I leave?"
    reply, _ = await _reply(monkeypatch, FIRST_TIME, "en", text, "ask_grant")
    assert t("en", "options_intro_eligible") not in reply and "✗" not in reply, reply


# 3. A complaint that corrects a stored fact: sorry first.
EDINBURGH = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
             "destination": "GB", "destination_city": "Edinburgh", "receiving_org": "hei",
             "citizenship": ["IT"], "start_date": "2016-02-01", "end_date": "2016-07-31",
             "prior_erasmus_months": 0.0, "receiving_org_has_eche": True}
COMPLAINTS = [
    ("en", "wait i was asking, i dont know if they have the ECHE. why did you write yes??"),
    ("fr", "attendez, je posais la question, je ne sais pas s'ils ont l'ECHE. pourquoi vous avez mis oui ??"),
    ("nl", "wacht, ik vroeg het, ik weet niet of ze een ECHE hebben. waarom heb je ja gezet??"),
    ("it", "aspetta, stavo chiedendo, non so se hanno l'ECHE. perché hai scritto sì??"),
    ("en", "I never said they have the ECHE, I don't know if they have it"),
]


@pytest.mark.parametrize(("lang", "text"), COMPLAINTS)
async def test_a_complaint_that_corrects_a_fact_says_sorry_first(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**EDINBURGH, "language": lang}, LUCCA_OPEN)
    reply = texts(dispatcher)
    assert got.get("receiving_org_has_eche", True) is None, (got, reply)
    updated = t(lang, "changed_facts", facts="\0").split("\0")[0]
    sorry = t(lang, "sorry_misread")
    assert sorry in reply and updated in reply, reply
    assert reply.index(sorry) < reply.index(updated), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "no, I DON'T know whether edinburgh holds an ECHE. pls correct that"),
    ("it", "no, non so se Edimburgo ha l'ECHE. correggilo per favore"),
    ("fr", "en fait c'est un institut de recherche, pas une université"),
])
async def test_a_plain_correction_gets_no_apology(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, {**EDINBURGH, "language": lang}, LUCCA_OPEN)
    assert t(lang, "sorry_misread") not in texts(dispatcher), texts(dispatcher)
