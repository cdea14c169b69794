"""Rounds 32-33: "why?" after a refusal repeated the ✗ line ("why? i'm spanish but i study in belgium",
"perché? non capisco il conto"); "mi rimane qualche mese di erasmus o ho finito?" got the grant block; "what
CAN I do then as staff?" got "nothing else" with a line left empty; "what happens if they dont [hold an
ECHE]?" got the condition line, then "I can't find"; "Però discuto la tesi il 15 marzo 2016 ... Posso
candidarmi lo stesso?" was ignored. Every expected figure, set and country comes from the rules core and the
call data."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.conditions import length_text
from actions.i18n import t
from actions.profile import core
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN, answered, hear

LANGS = ("en", "fr", "nl", "it")
GRANADA = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "ES",
           "destination_city": "Granada", "start_date": "2026-02-02", "end_date": "2026-06-30",
           "receiving_org": "hei", "citizenship": ["ES"], "goal": "eligibility"}
LISBON = {**GRANADA, "destination": "PT", "destination_city": "Lisbon"}
SORBONNE = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "FR",
            "destination_city": "Paris", "start_date": "2016-03-01", "end_date": "2016-05-31",
            "receiving_org": "hei", "prior_erasmus_months": 10, "goal": "eligibility"}
PASTEUR = {**SORBONNE, "activity": "traineeship", "receiving_org": "research_institute",
           "end_date": "2016-04-30"}
TEACHING_KAMPALA = {"call": "itm-2024", "role": "staff", "activity": "teaching", "destination": "UG",
                    "destination_city": "Kampala", "start_date": "2026-03-09", "end_date": "2026-03-13",
                    "receiving_org": "hei", "goal": "eligibility"}
WHY = {"en": "why? i'm spanish but i study in belgium, its still abroad from antwerp no?", "fr": "pourquoi ?",
       "nl": "waarom?", "it": "perché?"}


async def _reply(monkeypatch, slots: dict, lang: str, text: str, today: str, intent: str = "inform") -> tuple:
    slots = await answered(monkeypatch, {**slots, "language": lang}, today)
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, today, intent)
    return texts(dispatcher), got


# 1. "Why?" explains the rule in the person's terms, and what would work.
@pytest.mark.parametrize("lang", LANGS)
async def test_why_own_country_says_the_rule_for_someone_studying_abroad(monkeypatch, lang):
    reply, _ = await _reply(monkeypatch, GRANADA, lang, WHY[lang], ITM_OPEN, "ask_why")
    spain, belgium = i18n.country("ES", lang), i18n.country("BE", lang)
    assert t(lang, "why_own_country", countries=spain, home=belgium, country=spain) in reply, reply
    assert t(lang, "why_other_destination", countries="\0").split("\0")[0] in reply, reply
    assert spain in reply.split(t(lang, "why_other_destination", countries="\0").split("\0")[0])[1]


@pytest.mark.parametrize(("lang", "text"), [("it", "ah no... perché? non capisco bene il conto"),
                                            ("en", "why?"), ("fr", "pourquoi ?"), ("nl", "waarom?")])
async def test_why_cycle_cap_gives_the_sum_and_what_fits(monkeypatch, lang, text):
    reply, _ = await _reply(monkeypatch, SORBONNE, lang, text, LUCCA_OPEN, "ask_why")
    assert length_text(390, lang) in reply and length_text(360, lang) in reply, reply  # 10 + 3 = 13 > 12
    assert length_text(60, lang) in reply, reply  # 2 months left
    assert t(lang, "why_what_works") in reply, reply
    found = core().options({**SORBONNE, "as_of": LUCCA_OPEN}, lang=lang)["options"][0]
    line = t(lang, "option_line", activity=i18n.label(lang, "activities", found["activity"]),
             start=i18n.fmt_date(found["start_date"], lang), end=i18n.fmt_date(found["end_date"], lang))
    assert line in reply, reply


async def test_why_after_conditions_only_keeps_its_answer(monkeypatch):
    reply, _ = await _reply(monkeypatch, LISBON, "en", "why?", ITM_OPEN, "ask_why")
    assert t("en", "why_conditions") in reply, reply
    assert t("en", "why_what_works") not in reply


# 2. The months left in the study cycle.
@pytest.mark.parametrize(("lang", "text"), [
    ("it", "grazie. ultima cosa: dopo il tirocinio mi rimane qualche mese di erasmus per il dottorato o ho "
           "finito?"),
    ("it", "con 10 mesi già fatti + questi 2, arrivo a 12, quindi non posso fare più altri erasmus nel "
           "dottorato giusto?"),
    ("en", "after the traineeship, do I have any months left for my PhD?"),
    ("fr", "après le stage, il me reste encore des mois pour le doctorat ?"),
    ("nl", "heb ik na de stage nog maanden over voor mijn doctoraat?"),
])
@pytest.mark.parametrize("intent", ["ask_grant", "inform"])
async def test_months_left_after_the_traineeship(monkeypatch, lang, text, intent):
    reply, _ = await _reply(monkeypatch, PASTEUR, lang, text, LUCCA_OPEN, intent)
    line = t(lang, "months_left", earlier=length_text(300, lang), stay=length_text(60, lang),
             used=length_text(360, lang), cap=length_text(360, lang), left=length_text(0, lang))
    assert line in reply, reply
    assert t(lang, "anything_else") not in reply


@pytest.mark.parametrize(("lang", "text"), [("it", "Quanti mesi mi restano?"),
                                            ("en", "how many months do I have left?")])
async def test_months_left_when_the_stay_does_not_fit(monkeypatch, lang, text):
    reply, _ = await _reply(monkeypatch, SORBONNE, lang, text, LUCCA_OPEN, "ask_grant")
    line = t(lang, "months_left_over", earlier=length_text(300, lang), stay=length_text(90, lang),
             used=length_text(390, lang), cap=length_text(360, lang), left=length_text(60, lang))
    assert line in reply, reply


async def test_the_grant_question_still_gets_the_grant(monkeypatch):
    reply, _ = await _reply(monkeypatch, PASTEUR, "en", "how much would I get?", LUCCA_OPEN, "ask_grant")
    assert "960" in reply and "left" not in reply, reply


# 3. "What CAN I do as staff?": what the call offers, the fact to change, no line left empty.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ok so what CAN i do then as staff?"),
    ("fr", "bon, alors qu'est-ce que je peux faire en tant que membre du personnel ?"),
    ("nl", "wat kan ik dan wel doen als personeelslid?"),
    ("it", "ok, allora cosa posso fare come membro del personale?"),
])
async def test_what_staff_can_do_names_the_offer_and_the_fact(monkeypatch, lang, text):
    reply, _ = await _reply(monkeypatch, TEACHING_KAMPALA, lang, text, ITM_OPEN, "nlu_fallback")
    assert t(lang, "offer_intro", role=i18n.label(lang, "roles", "staff").lower()) in reply, reply
    assert f"✓ {i18n.label(lang, 'activities', 'staff_training')}: " in reply, reply
    assert "60" in reply.split(t(lang, "offer_intro", role="\0").split("\0")[0])[1], reply
    changed = t(lang, "offer_change", fields=i18n.label(lang, "fields", "destination"), reasons="\0")
    assert changed.split("\0")[0] in reply, reply
    assert t(lang, "options_none") not in reply
    lines = reply.split("\n")
    for i, line in enumerate(lines):
        if line.rstrip().endswith(":") and not line.startswith(" "):
            assert i + 1 < len(lines) and lines[i + 1].lstrip().startswith(("✓", "✗", "•", "-", "–", "📧")) \
                or lines[i + 1].startswith("  "), (line, reply)


async def test_what_else_with_a_passing_variation_keeps_the_options(monkeypatch):
    reply, _ = await _reply(monkeypatch, SORBONNE, "en", "what else could I do?", LUCCA_OPEN, "nlu_fallback")
    assert t("en", "options_intro") in reply, reply
    assert t("en", "offer_intro", role="\0").split("\0")[0] not in reply


# 4. A condition said not to hold: the verdict for that case, and what would work.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "and the charter thing, i think lisbon has it but not sure. what happens if they dont?"),
    ("en", "yes but if they dont have it, then i cant go with erasmus at all?"),
    ("fr", "et la charte, que se passe-t-il s'ils ne l'ont pas ?"),
    ("nl", "en dat charter, wat gebeurt er als ze het niet hebben?"),
    ("it", "e la carta ECHE, cosa succede se non ce l'hanno?"),
])
async def test_no_eche_is_no_for_this_host_and_another_host_would(monkeypatch, lang, text):
    reply, got = await _reply(monkeypatch, LISBON, lang, text, ITM_OPEN, "nlu_fallback")
    assert t(lang, "if_not_no_host", reason="\0").split("\0")[0] in reply, reply
    assert "ECHE" in reply
    assert t(lang, "cannot_answer_in_form")[:25] not in reply
    assert "receiving_org_has_eche" not in got or got["receiving_org_has_eche"] is None, got


async def test_no_agreement_keeps_whether_it_can_be_arranged(monkeypatch):
    reply, _ = await _reply(monkeypatch, SORBONNE | {"prior_erasmus_months": 0}, "en",
                            "what if there is no inter-institutional agreement?", LUCCA_OPEN, "nlu_fallback")
    assert t("en", "if_not_no", reason="\0").split("\0")[0] in reply, reply
    assert t("en", "if_not_no_host", reason="\0").split("\0")[0] not in reply


# 5. "Can I still apply?" with the graduation date in the same message: the recent-graduate rule at once.
MUNICH = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "DE",
          "destination_city": "Munich", "goal": "eligibility", "asked": "start_date"}
GRADUATING = [
    ("it", "Dal 1 giugno al 30 settembre 2016. Però discuto la tesi il 15 marzo 2016, quindi partirei già "
           "dottore. Posso candidarmi lo stesso?"),
    ("en", "From 1 June to 30 September 2016. But I defend my thesis on 15 March 2016. Can I still apply?"),
    ("fr", "Du 1er juin au 30 septembre 2016. Mais je soutiens ma thèse le 15 mars 2016. Est-ce que je peux "
           "quand même postuler ?"),
    ("nl", "Van 1 juni tot 30 september 2016. Maar ik verdedig mijn proefschrift op 15 maart 2016. Kan ik "
           "toch nog aanvragen?"),
]


@pytest.mark.parametrize(("lang", "text"), GRADUATING)
async def test_graduating_before_leaving_gets_the_graduate_rule_then_the_form(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**MUNICH, "language": lang}, LUCCA_OPEN)
    reply = texts(dispatcher)
    topic = core().get_call("imt-lucca-2015").topics["recent_graduates"]
    assert topic.answer(lang)[1:40] in reply, reply
    assert reply.index(topic.answer(lang)[1:40]) < reply.index(t(lang, "ask_receiving_org")[:20]), reply
    assert t(lang, "answer_yes", answer="\0").split("\0")[0] in reply.split("\n")[0], reply
    assert got.get("graduation_date") == "2016-03-15" and got.get("start_date") == "2016-06-01", got


async def test_graduation_date_without_a_question_just_goes_on(monkeypatch):
    dispatcher = CollectingDispatcher()
    text = "Dal 1 giugno al 30 settembre 2016. Discuto la tesi il 15 marzo 2016."
    await hear(dispatcher, monkeypatch, text, {**MUNICH, "language": "it"}, LUCCA_OPEN)
    topic = core().get_call("imt-lucca-2015").topics["recent_graduates"]
    assert topic.answer("it")[1:40] not in texts(dispatcher)
