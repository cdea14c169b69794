"""Round 37 (answersb): questions the assistant left unanswered.
1. "is it ok that I'll have graduated by then?", "can recent graduates do it at all?" (ITM, no rule of the
   call's for recent graduates): the who-can-apply rule for a recent graduate, "No:" with its source, and the
   person's mobility against their graduation date (actions/notgraduates.py).
2. "it's the WHO, so an international organisation?", "is the WHO ok or not? yes/no": the call's rules on the
   host for the person's activity, and who confirms (actions/intlorg.py); never two fallbacks in one reply;
   "so that's a definite no?" gets the verdict's yes or no in one line with its reason (actions/definiteq.py).
3. "I graduate end of june, so july wouldn't work right? ... and is the WHO in switzerland still fine": both.
4. Staff, ended call: "would that have been a problem?" about not being PhD/postdoc gets the priority;
   "would I still have had a chance?" opens "Yes, you could apply"; "the daily allowance, really no figure at
   all? Even a rough one for Norway?" gets the unpublished annex, not "Norway is allowed".
Nearby answers kept: the Lucca call's own recent-graduate rule, an EU agency as host ("No:"), a study period
at an international organisation ("No:"), "do I still have a chance?" of an open call ("Yes, you can apply").
"""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import country, t
from actions.polarity import problem_asked
from tests.actions.conftest import texts
from tests.actions.test_round13 import CANT_FIND, ITM_OPEN, hear

TODAY = "2026-12-03"
LANGS = ("en", "fr", "nl", "it")
TOM = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "goal": "eligibility",
       "destination": "CH", "destination_city": "Geneva", "start_date": "2026-09-01",
       "end_date": "2026-11-30", "graduation_date": "2026-06-30",
       "last_decision": {"call": "itm-2024"}}
AHMED = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
         "destination": "NO", "destination_city": "Oslo", "start_date": "2027-03-08",
         "end_date": "2027-03-12",
         "citizenship": ["BE"], "hypothetical": True, "closed_told": "itm-2024", "receiving_org": "hei",
         "last_decision": {"call": "itm-2024"}}
RETRY = {lang: t(lang, "unclear_answer_retry")[:15] for lang in LANGS}


async def _say(monkeypatch, text, slots, today=ITM_OPEN, intent="inform"):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, slots, today, intent)
    return texts(dispatcher), got


# 1. Recent graduates, where the call has no rule of theirs.
GRADUATED = [
    ("en", "hang on, is it ok that I'll have graduated by then? I won't be a student anymore in september"),
    ("en", "ok but you didn't answer - can recent graduates do it at all? like if the dates were fine"),
    ("fr", "attendez, est-ce que ça pose problème que je sois déjà diplômé à ce moment-là ? je ne serai plus "
           "étudiant"),
    ("fr", "les jeunes diplômés peuvent-ils postuler ?"),
    ("nl", "wacht, is het een probleem dat ik dan al afgestudeerd ben? ik ben dan geen student meer"),
    ("nl", "kunnen pas afgestudeerden dit ook doen?"),
    ("it", "aspetta, va bene se a settembre sarò già laureato? non sarò più studente"),
    ("it", "i neolaureati possono candidarsi?"),
]


@pytest.mark.parametrize(("lang", "text"), GRADUATED)
async def test_recent_graduates_get_the_who_can_apply_rule(monkeypatch, lang, text):
    said, got = await _say(monkeypatch, text, {**TOM, "language": lang})
    # "is it a problem that ...?": "Yes, that is a problem:" for the same no (round 41)
    no = t(lang, "answer_a_problem" if problem_asked(text) else "answer_no", answer="")
    assert no.strip() in said, said
    assert "Who can apply?" in said or "Qui peut" in said or "Wie" in said or "Chi" in said, said
    assert "30" in said and "2026" in said, said  # the graduation date against the mobility's end
    assert CANT_FIND[lang] not in said, said
    assert "graduation_date" not in got or got["graduation_date"] == "2026-06-30", got


async def test_a_graduate_question_without_dates_names_the_rule_only(monkeypatch):
    slots = {k: v for k, v in TOM.items() if k not in ("graduation_date", "start_date", "end_date")}
    said, _ = await _say(monkeypatch, "can recent graduates apply at all?", {**slots, "language": "en"})
    assert said.startswith("No: a recent graduate cannot apply"), said
    assert "(source: Who can apply?)" in said, said


async def test_lucca_keeps_its_own_recent_graduate_rule(monkeypatch):
    slots = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility",
             "activity": "traineeship",
             "destination": "DE", "destination_city": "Munich", "receiving_org": "enterprise",
             "citizenship": ["IT"], "start_date": "2016-03-01", "end_date": "2016-07-31", "language": "en"}
    said, _ = await _say(monkeypatch, "can recent graduates do a traineeship?", slots, "2016-01-10")
    assert said.startswith("Yes"), said
    assert "open to staff member" not in said, said


# 2. An international organisation as host.
WHO = [
    ("en", "it's the WHO, so an international organisation? none of those really fit"),
    ("en", "so... is the WHO ok or not? yes/no"),
    ("fr", "c'est l'OMS, donc une organisation internationale ? aucune de ces options ne convient"),
    ("nl", "het is de WGO, een internationale organisatie, is dat goed?"),
    ("it", "è l'OMS, un'organizzazione internazionale: va bene?"),
]


@pytest.mark.parametrize(("lang", "text"), WHO)
@pytest.mark.parametrize("intent", ["inform", "faq_receiving_org", "affirm"])
async def test_an_international_organisation_for_a_traineeship(monkeypatch, lang, text, intent):
    slots = {**TOM, "start_date": "2026-05-01", "end_date": "2026-06-30", "citizenship": ["GB"],
             "asked": "receiving_org", "asked_once": True, "language": lang}
    slots.pop("last_decision")
    said, got = await _say(monkeypatch, text, slots, intent=intent)
    assert said.startswith(t(lang, "intl_org_not_excluded", activity="x", excluded="", source="")[:20]), said
    assert "erasmusplusmobility@itg.be" in said, said
    assert "Staff:" not in said and "Personnel :" not in said, said  # not the whole paragraph
    assert CANT_FIND[lang] not in said and RETRY[lang] not in said, said
    assert "receiving_org" not in got, got


async def test_a_study_period_at_an_international_organisation_is_a_no(monkeypatch):
    slots = {**TOM, "activity": "study", "start_date": "2026-03-01", "end_date": "2026-06-30",
             "language": "en", "asked": "receiving_org"}
    slots.pop("last_decision")
    said, _ = await _say(monkeypatch, "would an international organisation be ok as host?", slots)
    assert said.startswith("No: for a study period the host must be"), said
    assert "higher education institution" in said, said


async def test_an_eu_agency_keeps_its_no(monkeypatch):
    slots = {**TOM, "start_date": "2026-05-01", "end_date": "2026-06-30", "language": "en",
             "asked": "receiving_org"}
    slots.pop("last_decision")
    said, _ = await _say(monkeypatch, "Is an EU agency ok as host?", slots)
    assert said.startswith("No:"), said
    assert "neither names nor excludes" not in said, said


@pytest.mark.parametrize("lang", LANGS)
async def test_an_unplaced_question_gets_one_fallback(monkeypatch, lang):
    questions = {"en": "so is the thing even legal? yes/no", "fr": "alors c'est même légal ? oui/non",
                 "nl": "is dat eigenlijk wel legaal? ja/nee", "it": "ma è legale? sì/no"}
    slots = {**TOM, "start_date": "2026-05-01", "end_date": "2026-06-30", "citizenship": ["GB"],
             "asked": "receiving_org", "asked_once": True, "language": lang}
    slots.pop("last_decision")
    said, _ = await _say(monkeypatch, questions[lang], slots, intent="affirm")
    assert RETRY[lang] not in said or CANT_FIND[lang] not in said, said


@pytest.mark.parametrize("lang", LANGS)
async def test_an_unclear_answer_still_gets_the_retry(monkeypatch, lang):
    slots = {**TOM, "start_date": "2026-05-01", "end_date": "2026-06-30", "citizenship": ["GB"],
             "asked": "receiving_org", "asked_once": True, "language": lang}
    slots.pop("last_decision")
    said, _ = await _say(monkeypatch, "hmm", slots, intent="affirm")
    assert RETRY[lang] in said, said


DEFINITE = [("en", "cool. just so I'm clear - the original sept-nov after graduating is a definite no, "
                   "yeah?"),
            ("en", "so that's a definite no?"), ("fr", "donc c'est un non définitif ?"),
            ("nl", "dus dat is een definitief nee?"), ("it", "quindi è un no definitivo?")]


@pytest.mark.parametrize(("lang", "text"), DEFINITE)
async def test_a_definite_no_repeats_the_verdict_in_one_line(monkeypatch, lang, text):
    slots = {**TOM, "citizenship": ["GB"], "receiving_org": "public_body", "language": lang}
    said, _ = await _say(monkeypatch, text, slots)
    first = said.split("\n")[0]
    assert first.startswith(t(lang, "answer_no", answer="").strip()), said
    assert "31" in first and "2026" in first, said
    assert CANT_FIND[lang] not in said, said


async def test_a_definite_yes_for_an_eligible_plan(monkeypatch):
    slots = {**TOM, "start_date": "2026-05-01", "end_date": "2026-06-30", "citizenship": ["GB"],
             "receiving_org": "public_body", "language": "en"}
    said, _ = await _say(monkeypatch, "so it's a definite yes?", slots)
    assert said.startswith("Yes: from what you told me, this plan is eligible."), said


# 3. Two questions in one message: the graduation's and the country's.
async def test_july_after_graduation_and_switzerland_both_answered(monkeypatch):
    text = ("but I graduate end of june, so july wouldn't work right? would may-june be enough? and is "
            "the WHO "
            "in switzerland still fine for that")
    said, _ = await _say(monkeypatch, text, {**TOM, "language": "en"})
    assert "cannot apply" in said and "still a student" in said, said
    assert "Switzerland" in said, said


# 4. Staff of an ended call: the priority for PhD/postdoctoral staff, the daily support.
PROBLEM = [("en", "Noted. I'm not PhD or postdoc, just technician. Would that have been a problem?"),
           ("fr", "Je ne suis ni doctorant ni postdoc, juste technicien. Est-ce que ça aurait posé "
                  "problème ?"),
           ("nl", "Ik ben geen doctoraatsstudent of postdoc, gewoon technicus. Zou dat een probleem geweest "
                  "zijn?"),
           ("it", "Non sono né dottorando né postdoc, solo tecnico. Sarebbe stato un problema?")]


@pytest.mark.parametrize(("lang", "text"), PROBLEM)
async def test_not_phd_or_postdoc_would_have_been_a_problem(monkeypatch, lang, text):
    slots = {**AHMED, "language": lang, "doctoral_or_postdoc_staff": False}
    said, _ = await _say(monkeypatch, text, slots, TODAY)
    assert t(lang, "priority_fact_lower")[:20] in said, said
    assert t(lang, "anything_else") not in said, said


CHANCE = [("en", "You said priority goes to PhD/postdoc staff. I'm a lab technician. "
                 "Would I still have had a "
                 "chance?"),
          ("fr", "La priorité va aux doctorants et postdocs. Je suis technicien. Aurais-je quand même eu une "
                 "chance ?"),
          ("nl", "De voorrang gaat naar doctoraats- en postdocpersoneel. Ik ben laborant. "
                 "Had ik dan nog een kans "
                 "gehad?"),
          ("it", "La priorità va a dottorandi e postdoc. Sono tecnico di laboratorio. "
                 "Avrei comunque avuto una "
                 "possibilità?")]


@pytest.mark.parametrize(("lang", "text"), CHANCE)
async def test_would_i_still_have_had_a_chance_is_a_yes(monkeypatch, lang, text):
    slots = {**AHMED, "language": lang, "doctoral_or_postdoc_staff": False}
    said, _ = await _say(monkeypatch, text, slots, TODAY)
    assert t(lang, "priority_could_apply") in said, said
    assert t(lang, "priority_no") not in said, said


async def test_an_open_call_keeps_you_can_apply(monkeypatch):
    slots = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
             "destination": "NO", "destination_city": "Oslo", "start_date": "2026-03-09",
             "end_date": "2026-03-13", "citizenship": ["BE"], "receiving_org": "hei",
             "doctoral_or_postdoc_staff": False, "last_decision": {"call": "itm-2024"}, "language": "en"}
    said, _ = await _say(monkeypatch, "I'm a technician. Do I still have a chance?", slots)
    assert said.startswith(t("en", "priority_can_apply")), said


DAILY = [("en", "And the daily allowance for the week, really no figure at all? Even a rough one for "
                "Norway?"),
         ("fr", "Et l'indemnité journalière pour la semaine, vraiment aucun chiffre ? "
                "Même approximatif pour la "
                "Norvège ?"),
         ("nl", "En de dagvergoeding voor die week, echt helemaal geen bedrag? Zelfs geen ruw bedrag voor "
                "Noorwegen?"),
         ("it", "E la diaria per la settimana, davvero nessuna cifra? Nemmeno una cifra indicativa per la "
                "Norvegia?")]


@pytest.mark.parametrize(("lang", "text"), DAILY)
async def test_the_daily_allowance_gets_the_annex_not_the_country(monkeypatch, lang, text):
    said, _ = await _say(monkeypatch, text, {**AHMED, "language": lang}, TODAY)
    assert "Annex 1" in said or "annexe 1" in said.lower() or "bijlage 1" in said.lower() \
        or "allegato 1" in said.lower(), said
    assert "cmorantin@itg.be" in said, said
    assert t(lang, "no_figure_own", basis="")[:12] in said, said
    assert t(lang, "answer_yes", answer=country("NO", lang)) not in said, said  # not "Norway is allowed"


async def test_is_norway_allowed_keeps_its_yes(monkeypatch):
    said, _ = await _say(monkeypatch, "Is Norway allowed?", {**AHMED, "language": "en"}, TODAY)
    assert "Yes: Norway" in said, said
