"""Round 41: a question asked the other way round gets its answer the right way round.

"pendant le stage je ne serai plus inscrit à l'IMT puisque j'aurai soutenu, ça ne pose pas de souci ?" (a PhD
student at IMT Lucca, a traineeship after the defence, which the call allows) was answered "Oui : ...": read
as "yes, it is a problem". Any skill's plain "Yes:"/"No:" under "is that a problem?" is now said the problem's
way (actions/polarity.py): "No, that is no problem: ..." when allowed, "Yes, that is a problem: ..." when not.
A plain yes/no question keeps its "Yes:", and a skill that reads the problem itself keeps its own opening."""
from __future__ import annotations

import pytest

from actions.i18n import t
from actions.polarity import problem_asked, turned
from actions.profile import core
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN

LANGS = ("en", "fr", "nl", "it")
YES = {lang: t(lang, "answer_yes", answer="") for lang in LANGS}
NO = {lang: t(lang, "answer_no", answer="") for lang in LANGS}
NO_PROBLEM = {lang: t(lang, "answer_no_problem", answer="") for lang in LANGS}
A_PROBLEM = {lang: t(lang, "answer_a_problem", answer="") for lang in LANGS}

LUCCA_TRAINEE = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
                 "goal": "eligibility"}
NOT_ENROLLED = [
    ("fr", "pendant le stage je ne serai plus inscrit à l'IMT puisque j'aurai soutenu, ça ne pose pas de "
           "souci ?"),
    ("en", "during the traineeship I won't be enrolled at IMT anymore since I will have defended, is that a "
           "problem?"),
    ("nl", "tijdens de stage ben ik niet meer ingeschreven aan IMT omdat ik verdedigd heb, is dat een "
           "probleem?"),
    ("it", "durante il tirocinio non sarò più iscritto all'IMT perché avrò discusso, è un problema?"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ENROLLED)
async def test_no_longer_enrolled_after_the_defence_is_no_problem(monkeypatch, lang, text):
    [reply] = await converse(monkeypatch, {**LUCCA_TRAINEE, "language": lang}, [(text, "inform")], LUCCA_OPEN)
    assert reply.startswith(NO_PROBLEM[lang]), reply
    assert "2016" in reply.splitlines()[0], reply  # the call's rule for recent graduates (by March 2016)
    assert not reply.startswith(YES[lang]), reply


# The same rule asked plainly keeps its "Yes:".
PLAIN = [
    ("en", "Can I do a traineeship after my defence?"),
    ("fr", "Est-ce que je peux faire un stage après ma soutenance ?"),
    ("it", "Posso fare un tirocinio Erasmus dopo aver preso il dottorato?"),
]


@pytest.mark.parametrize(("lang", "text"), PLAIN)
async def test_the_plain_question_keeps_its_yes(monkeypatch, lang, text):
    [reply] = await converse(monkeypatch, {**LUCCA_TRAINEE, "language": lang}, [(text, "inform")], LUCCA_OPEN)
    assert reply.startswith(YES[lang]), reply


# ITM has no rule for recent graduates: being graduated already is a problem there.
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "est-ce que ça pose problème que je sois déjà diplômé à ce moment-là ? je ne serai plus étudiant"),
    ("nl", "is het een probleem dat ik dan al afgestudeerd ben? ik ben dan geen student meer"),
])
async def test_a_rule_against_it_is_yes_a_problem(monkeypatch, lang, text):
    slots = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "goal": "eligibility",
             "graduation_date": "2026-06-30", "start_date": "2026-07-01", "end_date": "2026-09-30",
             "language": lang}
    [reply] = await converse(monkeypatch, slots, [(text, "inform")], ITM_OPEN)
    assert A_PROBLEM[lang].strip() in reply, reply
    assert NO[lang].strip() not in reply.splitlines()[0][:len(NO[lang])] or reply.startswith(A_PROBLEM[lang])


# The turning itself, in every language, and what it leaves alone.
@pytest.mark.parametrize("lang", LANGS)
def test_a_plain_opening_is_turned_under_a_problem_question(lang):
    question = {"en": "is that a problem?", "fr": "ça ne pose pas de souci ?", "nl": "is dat een probleem?",
                "it": "è un problema?"}[lang]
    yes, no = t(lang, "answer_yes", answer="x"), t(lang, "answer_no", answer="x")
    assert turned(yes, question, lang) == t(lang, "answer_no_problem", answer="x")
    assert turned(no, question, lang) == t(lang, "answer_a_problem", answer="x")
    # a skill that read the problem itself keeps its opening
    assert turned(t(lang, "answer_yes", answer="x"), question, lang, known=True) == t(lang, "answer_yes",
                                                                                        answer="x")


@pytest.mark.parametrize(("lang", "question"), [
    ("en", "is that allowed?"), ("en", "does that change anything?"), ("fr", "est-ce possible ?"),
    ("nl", "mag dat?"), ("it", "va bene?"), ("it", "cambia qualcosa?"),
])
def test_a_plain_question_keeps_yes(lang, question):
    assert not problem_asked(question)
    assert turned(t(lang, "answer_yes", answer="x"), question, lang) == t(lang, "answer_yes", answer="x")


@pytest.mark.parametrize("question", [
    "is that a problem?", "does that hurt my chances?", "isn't that a problem?", "ça pose problème ?",
    "ça ne pose pas de souci ?", "ce n'est pas un problème ?", "is dat een probleem?",
    "is dat geen probleem?",
    "è un problema?", "non crea problemi?", "è un ostacolo?",
])
def test_problem_questions_in_four_languages(question):
    assert problem_asked(question)


# 2. "does Charles University have to be a partner of ITM, or can I go to any university?" (a staff training,
# dates not given yet) got "That depends on your plan" and the students' cases: the first option's "No:" now.
ITM_STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "receiving_org": "hei",
             "destination": "CZ", "destination_city": "Prague", "goal": "eligibility"}
PARTNER = [
    ("en", "does Charles University have to be a partner of ITM, or can I go to any university?"),
    ("fr", "est-ce que l'Université Charles doit être partenaire de l'IMT, ou puis-je aller dans n'importe "
           "quelle université ?"),
    ("nl", "moet de Karelsuniversiteit een partner van het ITG zijn, of mag ik naar eender welke "
           "universiteit?"),
    ("it", "l'Università Carolina deve essere partner dell'ITM, o posso andare in qualsiasi università?"),
]


@pytest.mark.parametrize(("lang", "text"), PARTNER)
async def test_partner_or_any_university_answers_the_first_option_no(monkeypatch, lang, text):
    [reply] = await converse(monkeypatch, {**ITM_STAFF, "language": lang}, [(text, "inform")], ITM_OPEN)
    assert reply.startswith(NO[lang]), reply
    assert t(lang, "condition_depends", field="")[:12] not in reply, reply
    assert t(lang, "partner_host_rules") in reply, reply  # what the host must be instead


async def test_a_student_traineeship_outside_europe_still_depends(monkeypatch):
    # a plan some agreement rule may apply to keeps its answer about whom the call asks it of
    slots = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "goal": "eligibility",
             "language": "en"}
    text = "does the host have to be a partner of ITM, or can I go to any university?"
    [reply] = await converse(monkeypatch, slots, [(text, "inform")], ITM_OPEN)
    assert not reply.startswith(NO["en"]), reply


# 3. "must the Scientific Board approve before 18 January or can it be later?" (Lucca, a study period longer
# than 3 months) got "apply by 18 January 2016" or "Yes:" and the condition three times. The call data's
# `board_authorised_timing` topic answers: the advisor's authorisation goes with the application, the call
# says no date for the Board's; whom to ask.
LUCCA_LONG = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "DE",
              "start_date": "2016-02-01", "end_date": "2016-06-30", "goal": "eligibility"}
BOARD_WHEN = [
    ("en", "must the Scientific Board approve before 18 January or can it be later?"),
    ("nl", "moet de Scientific Board al vóór 18 januari toestemming geven of mag dat later?"),
    ("fr", "le Conseil scientifique doit-il donner son autorisation avant le 18 janvier ou ça peut être plus "
           "tard ?"),
    ("it", "la Scientific Board deve approvare prima del 18 gennaio o può essere dopo?"),
]


@pytest.mark.parametrize("dates", [True, False])
@pytest.mark.parametrize(("lang", "text"), BOARD_WHEN)
async def test_the_boards_timing_is_what_the_call_says(monkeypatch, lang, text, dates):
    slots = LUCCA_LONG if dates else {k: v for k, v in LUCCA_LONG.items() if not k.endswith("_date")}
    [reply] = await converse(monkeypatch, {**slots, "language": lang}, [(text, "inform")], LUCCA_OPEN)
    first = reply.splitlines()[0]
    assert "2016" in first and "erasmus@imtlucca.it" in first, reply
    assert not first.startswith((YES[lang], NO[lang])), reply
    assert t(lang, "condition_depends", field="")[:12] not in reply, reply


async def test_the_board_asked_plainly_keeps_its_yes(monkeypatch):
    # "do I need the Scientific Board?" for 5 months: still the condition, "Yes" first
    [reply] = await converse(monkeypatch, {**LUCCA_LONG, "language": "en"},
                             [("do I need the Scientific Board's authorisation?", "inform")], LUCCA_OPEN)
    assert reply.startswith(t("en", "condition_yes", reason="").strip()), reply


async def test_itm_has_no_board_timing_topic(monkeypatch):
    # ITM's call has no Scientific Board: no Lucca answer there
    slots = {"call": "itm-2024", "role": "phd_student", "activity": "study", "language": "en",
             "goal": "eligibility"}
    [reply] = await converse(monkeypatch, slots,
                             [("must the Scientific Board approve before the deadline or can it be later?",
                               "inform")], ITM_OPEN)
    assert "imtlucca" not in reply and "18 January 2016" not in reply, reply


def board_timing(lang: str) -> str:
    """The Lucca call's words that it does not say by when the Board authorises (shared with older tests)."""
    text = core().get_call("imt-lucca-2015").topics["board_authorised_timing"].answer(lang)
    return text.split(". ")[-1][:40]
