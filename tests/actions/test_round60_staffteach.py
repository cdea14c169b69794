"""Round 60 (r60-a3: an ITM lecturer, Spanish, with a PhD; teaching at Porto refused, then a staff training at
the University of Porto, 9-13 March 2026, by plane; today 2025-10-01).

1. "No, I mean teaching. Can I combine the training with some teaching hours, a mixed programme?" got the
   students' scholarship priorities, "Updated: the kind of mobility: Staff training → Teaching" and "not
   eligible": a question about adding teaching is answered (the call funds the training only; whether a
   lecture during a training week is acceptable is for the ITM Education Office to say), the plan is kept.
2. "can I give a lecture or two during the training week?" (with a nationality question, or alone) got the
   nationality answer alone, or "Portugal is an eligible destination": the same answer.
3. The priorities said to a staff member were the students': the staff's.
4. The per-day reply gave the travel support twice; the deadline reply added two lines about the amount.
5. "I want to do the staff training instead" after the teaching refusal was "only for this case" with a "Keep
   this as my plan" button: "instead" said as what one wants is a change of plan."""
from __future__ import annotations

import pytest

from actions.i18n import t
from actions.profile import core
from tests.actions.conversation import play

TODAY = "2025-10-01"
PLAN = {"call": "itm-2024", "role": "staff", "itm_staff_member": True, "activity": "staff_training",
        "destination": "PT", "destination_city": "Porto", "receiving_org": "hei", "citizenship": ["ES"],
        "start_date": "2026-03-09", "end_date": "2026-03-13", "goal": "eligibility"}
ELIGIBLE = {"en": "Is that eligible?", "fr": "Est-ce que je suis éligible ?", "nl": "Kom ik in aanmerking?",
            "it": "Sono idoneo?"}
COMBINE = {  # (message, the intent the NLU gives it)
    "en": ("No, I mean teaching. Can I combine the training with some teaching hours, a mixed programme?",
           "out_of_scope"),
    "fr": ("Peut-on combiner la formation avec quelques heures d'enseignement, un programme mixte ?",
           "nlu_fallback"),
    "nl": ("Nee, ik bedoel lesgeven. Kan ik de training combineren met een paar uur lesgeven, een gemengd "
           "programma?", "faq_duration"),
    "it": ("No, intendo l'insegnamento. Posso combinare la formazione con qualche ora di insegnamento, un "
           "programma misto?", "check_eligibility"),
}
LECTURE = {
    "en": ("can I give a lecture or two during the training week?", "faq_duration"),
    "fr": ("puis-je donner un ou deux cours pendant la semaine de formation ?", "check_eligibility"),
    "nl": ("mag ik tijdens de trainingsweek een of twee colleges geven?", "faq_duration"),
    "it": ("posso tenere una o due lezioni durante la settimana di formazione?", "faq_duration"),
}
FUNDING = {
    "en": "Is the Erasmus grant compatible with other funding?",
    "fr": "La bourse Erasmus est-elle compatible avec d'autres financements ?",
    "nl": "Is de Erasmusbeurs verenigbaar met andere financiering?",
    "it": "La borsa Erasmus è compatibile con altri finanziamenti?",
}
TEACH = {"en": ("Hello. I am a lecturer at ITM Antwerp. Can I get Erasmus for teaching at Porto?",
                "Ah, qué pena. What can I do instead?", "I want to do the staff training instead."),
         "fr": ("puis-je enseigner avec Erasmus ?", "Que pourrais-je faire à la place ?",
                "Alors je veux plutôt faire la formation du personnel."),
         "nl": ("kan ik daar met Erasmus lesgeven?", "Wat kan ik dan wel doen?",
                "Dan wil ik in plaats daarvan de personeelstraining doen."),
         "it": ("posso insegnare con Erasmus?", "Cosa potrei fare invece?",
                "Allora vorrei fare invece la formazione del personale.")}
TEACH_PLAN = {"call": "itm-2024", "role": "staff", "itm_staff_member": True, "activity": "teaching",
              "destination": "PT", "destination_city": "Porto", "receiving_org": "hei",
              "start_date": "2026-03-09", "end_date": "2026-03-13", "goal": "eligibility"}


def _topic(key: str, lang: str, role: str | None = None) -> str:
    return core().get_call("itm-2024").topics[key].for_role(role).answer(lang)


def _start(lang: str, key: str, **values: str) -> str:
    """The words of a locale text before its first placeholder."""
    return t(lang, key, **{k: "\0" for k in values}).split("\0")[0]


def _kept(got, reply: str, lang: str) -> None:
    assert got.slots.get("activity") == "staff_training", got.slots.get("activity")
    assert "activity" not in got.last, got.last
    assert "→" not in reply and "❌" not in reply, reply
    assert _topic("teaching_alongside", lang, "staff") in reply, reply
    assert _start(lang, "teaching_alongside_plan", activity="") in reply, reply
    assert _topic("scholarship_compatibility", lang) not in reply, reply  # the students' priorities


@pytest.mark.parametrize("lang", sorted(COMBINE))
async def test_combining_teaching_with_the_training_is_a_question(monkeypatch, lang):
    got = await play(monkeypatch, {**PLAN, "language": lang},
                     [(ELIGIBLE[lang], "check_eligibility"), COMBINE[lang]], TODAY,
                     user_event="parsed")
    reply = got.replies[-1]
    _kept(got, reply, lang)
    assert "cmorantin@itg.be" in reply, reply
    # the verdict and the apply-by date just given are not said again for a plan that did not change
    assert "✅" not in reply and "📅" not in reply and "💶" not in reply, reply


@pytest.mark.parametrize("lang", sorted(LECTURE))
async def test_a_lecture_during_the_training_week_gets_the_same_answer(monkeypatch, lang):
    got = await play(monkeypatch, {**PLAN, "language": lang},
                     [(ELIGIBLE[lang], "check_eligibility"), LECTURE[lang]], TODAY,
                     user_event="parsed")
    reply = got.replies[-1]
    _kept(got, reply, lang)
    assert "✓" not in reply, reply  # not "Portugal is an eligible destination"


async def test_the_lecture_asked_with_the_nationality_gets_both_answers(monkeypatch):
    asked = ("Does it matter that I am Spanish and not Belgian? And during the training week, could I still "
             "give one or two lectures at Porto?", "check_eligibility")
    again = ("Thank you. But my second question: during the training week, may I also give one or two "
             "lectures at Porto, or must it be only training?", "faq_duration")
    got = await play(monkeypatch, {**PLAN, "language": "en"},
                     [(ELIGIBLE["en"], "check_eligibility"), asked, again], TODAY,
                     user_event="parsed")
    both, second = got.replies[1:]
    assert "Portugal is not a country of your citizenship" in both, both
    assert _topic("teaching_alongside", "en", "staff") in both, both
    assert _topic("teaching_alongside", "en", "staff") in second, second
    assert "eligible destination" not in second and "may go there" not in second, second
    assert got.slots.get("activity") == "staff_training"


@pytest.mark.parametrize("lang", sorted(FUNDING))
async def test_a_staff_member_is_told_the_staff_priorities(monkeypatch, lang):
    got = await play(monkeypatch, {**PLAN, "language": lang},
                     [(ELIGIBLE[lang], "check_eligibility"),
                      (FUNDING[lang], "faq_scholarship_compatibility")],
                     TODAY, user_event="parsed")
    reply = got.replies[-1]
    assert _topic("scholarship_compatibility", lang) not in reply, reply
    assert _topic("priorities", lang, "staff") in reply, reply


async def test_the_amount_is_not_repeated_in_the_per_day_and_deadline_answers(monkeypatch):
    got = await play(monkeypatch, {**PLAN, "language": "en", "green_travel": False},
                     [(ELIGIBLE["en"], "check_eligibility"),
                      ("And per day? How much would I get for the stay itself?", "ask_grant"),
                      ("Vale. And the deadline? Is there one fixed date for everybody or does it depend on "
                       "my trip?", "ask_deadline")], TODAY, user_event="parsed")
    per_day, deadline = got.replies[1:]
    assert per_day.count("309") == 1, per_day
    assert "Annex 1" in per_day, per_day
    assert "9 January 2026" in deadline, deadline
    assert "309" not in deadline and "💶" not in deadline, deadline


@pytest.mark.parametrize("lang", sorted(TEACH))
async def test_instead_after_the_refusal_changes_the_plan(monkeypatch, lang):
    teach, options, instead = TEACH[lang]
    got = await play(monkeypatch, {**TEACH_PLAN, "language": lang},
                     [(teach, "check_eligibility"), (options, "faq_application"), (instead, "inform")],
                     TODAY, user_event="parsed")
    assert got.slots.get("activity") == "staff_training", got.replies[-1]
    assert not (got.slots.get("what_if_case") or {}).get("activity"), got.slots.get("what_if_case")
    assert t(lang, "button_keep_case") not in got.replies[-1], got.replies[-1]


async def test_the_whole_plan_said_instead_is_the_plan(monkeypatch):
    teach, options, _ = TEACH["en"]
    said = ("Then I would like to do a staff training instead, job shadowing at the University of Porto, "
            "same dates: 9 to 13 March 2026. I am Spanish, and I hold a PhD.")
    got = await play(monkeypatch, {"language": "en"},
                     [(teach, "check_eligibility"), (options, "nlu_fallback"), (said, "inform")], TODAY,
                     user_event="parsed")
    reply = got.replies[-1]
    assert got.slots.get("activity") == "staff_training", reply
    assert "Only for this case" not in reply and "Keep this as my plan" not in reply, reply
    assert "✅" in reply and "9 January 2026" in reply, reply
