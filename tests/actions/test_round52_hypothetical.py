"""Round 52, r52-aa (a Greek PhD student at IMT Lucca, a traineeship at a company in London, 1 May - 31 July
2016, no earlier Erasmus; today 10 January 2016).

1. "No, please keep my plan as 1 May to 31 July. The August extension was only hypothetical, nothing is
   decided." took "August" as a new start: "Updated: start date: 1 May 2016 → 1 August 2016" and "not
   eligible" for 30 days. A date said to have been only the case is no date of the plan
   (actions/casevariation.py drop_case_dates); the dates said stay 1 May - 31 July.
2. After "if the company offered to extend until 31 August, would anything change for me?" (answered for that
   case, "Keep this as my plan" offered, not clicked), "with the extension to 31 August, would the extra month
   be funded too ...?" wrote 31 August into the plan. A question naming only the case's facts again is that
   case's (actions/casefollow.py); the plan moves when the person takes the case (its button, "ok let's do
   that"). "what if I extended to August?" reads August as the new end (phrases end_word), not a start.
3. "And how much would the grant be in that case?" got the plan's €1,440.00: now the case's €1,920.00, said
   to be for that case, the plan unchanged."""
from __future__ import annotations

import re

import pytest

from actions.i18n import t
from tests.actions.conversation import play

DAY = "2016-01-10"
LANGS = ("en", "fr", "nl", "it")
LONDON = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
          "destination": "GB", "destination_city": "London", "receiving_org": "enterprise",
          "start_date": "2016-05-01", "end_date": "2016-07-31", "prior_erasmus_months": 0}
PLAN = ("2016-05-01", "2016-07-31")
CASE = ("2016-05-01", "2016-08-31")

# The r52-aa messages verbatim (EN), with the intents the NLU model gives them, and the same in FR/NL/IT.
VERDICT = {"en": "so can I go?", "fr": "alors je peux partir ?", "nl": "kan ik dus gaan?",
           "it": "quindi posso partire?"}
EXTEND = {"en": "Just hypothetically: if the company offered to extend until 31 August, would anything "
                "change for me?",
          "fr": "Juste par hypothèse : et si je prolongeais jusqu'au 31 août, est-ce que ça changerait "
                "quelque chose pour moi ?",
          "nl": "Puur hypothetisch: als ik zou verlengen tot 31 augustus, verandert er dan iets voor mij?",
          "it": "Solo in ipotesi: e se prolungassi fino al 31 agosto, cambierebbe qualcosa per me?"}
IN_THAT_CASE = {"en": ["And how much would the grant be in that case?", "how much in that case?"],
                "fr": ["Et combien serait la bourse dans ce cas ?"],
                "nl": ["En hoeveel zou de beurs in dat geval zijn?"],
                "it": ["E quanto sarebbe la borsa in quel caso?"]}
EXTRA_MONTH = {"en": "Sorry, I mean: with the extension to 31 August, would the extra month be funded too, "
                     "or is it still 1,440 EUR?",
               "fr": "Pardon, je veux dire : avec la prolongation jusqu'au 31 août, le mois en plus "
                     "serait-il financé aussi, ou est-ce toujours 1 440 EUR ?",
               "nl": "Sorry, ik bedoel: met de verlenging tot 31 augustus, wordt de extra maand ook "
                     "gefinancierd, of blijft het 1.440 EUR?",
               "it": "Scusi, intendo: con la proroga fino al 31 agosto, il mese in più sarebbe finanziato "
                     "anche lui, o restano 1.440 EUR?"}
KEEP_PLAN = {"en": "No, please keep my plan as 1 May to 31 July. The August extension was only hypothetical, "
                   "nothing is decided.",
             "fr": "Non, gardez mon projet du 1er mai au 31 juillet. La prolongation en août était seulement "
                   "hypothétique, rien n'est décidé.",
             "nl": "Nee, houd mijn plan op 1 mei tot 31 juli. De verlenging tot augustus was maar "
                   "hypothetisch, er is niets beslist.",
             "it": "No, mantenga il mio piano dal 1° maggio al 31 luglio. La proroga ad agosto era solo "
                   "ipotetica, non è deciso nulla."}
EXTEND_MONTH = {"en": "what if I extended to August?", "fr": "et si je prolongeais jusqu'en août ?",
                "nl": "en als ik zou verlengen tot augustus?", "it": "e se prolungassi fino ad agosto?"}
ACCEPT = {"en": "ok let's do that", "fr": "d'accord, prenons ça", "nl": "oké, laten we dat doen",
          "it": "va bene, facciamo così"}


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _label(lang: str, key: str) -> str:
    return t(lang, key, facts="").rstrip(". ")


def _dates(got) -> tuple[str, str]:
    return got.slots.get("start_date"), got.slots.get("end_date")


async def _after_case(monkeypatch, lang, messages, extend=None):
    return await play(monkeypatch, {**LONDON, "language": lang},
                      [(VERDICT[lang], "check_eligibility"), (extend or EXTEND[lang], "ask_deadline"),
                       *messages], DAY, user_event="parsed", keep_slot_events=True)


async def test_the_conversation(monkeypatch):
    got = await _after_case(monkeypatch, "en", [(IN_THAT_CASE["en"][0], "ask_grant"),
                                                (EXTRA_MONTH["en"], "check_eligibility"),
                                                (KEEP_PLAN["en"], "faq_extension")])
    _, case, amount, extra, keep = got.replies
    assert "Only for this case, without changing what you told me: end date: 31 August 2016." in case, case
    assert amount.startswith("Only for this case, without changing what you told me: end date: 31 August "
                             "2016."), amount
    assert "€1,920.00 for 120 funded days" in amount and "€1,440.00" not in amount, amount
    assert "Updated" not in extra and "€1,920.00" in extra, extra
    assert "Updated" not in keep and "not eligible" not in keep and "1 August" not in keep, keep
    assert _dates(got) == PLAN, got.slots


# 3. "how much in that case?": the case's amount, said to be that case's
@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in IN_THAT_CASE[lang]])
async def test_how_much_in_that_case_is_the_cases_amount(monkeypatch, lang, text):
    got = await _after_case(monkeypatch, lang, [(text, "ask_grant")])
    reply = got.replies[-1]
    assert reply.startswith(_label(lang, "what_if_facts")), reply
    assert "192000" in _digits(reply) and "144000" not in _digits(reply), reply
    assert _label(lang, "changed_facts") not in reply, reply
    assert _dates(got) == PLAN, got.slots


# 2. A question naming the case's fact again is the case's: the plan stays
@pytest.mark.parametrize("lang", LANGS)
async def test_a_question_about_the_case_keeps_the_plan(monkeypatch, lang):
    got = await _after_case(monkeypatch, lang, [(EXTRA_MONTH[lang], "check_eligibility")])
    reply = got.replies[-1]
    assert _label(lang, "changed_facts") not in reply, reply
    assert reply.startswith(_label(lang, "what_if_facts")), reply
    assert "192000" in _digits(reply), reply
    assert _dates(got) == PLAN and got.last.get("end_date") is None, got.last


# 2. ... until the person takes it: in words or with the button
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("how", ["words", "button"])
async def test_the_case_becomes_the_plan_once_taken(monkeypatch, lang, how):
    take = ACCEPT[lang] if how == "words" else t(lang, "button_keep_case")
    got = await _after_case(monkeypatch, lang, [(IN_THAT_CASE[lang][0], "ask_grant"), (take, "nlu_fallback")],
                            extend=EXTEND_MONTH[lang])
    assert "192000" in _digits(got.replies[2]) and _dates(got) == CASE, (got.replies, got.slots)
    assert got.replies[-1].startswith(_label(lang, "changed_facts")), got.replies[-1]


# 1. A month said to have been only the case is no date of the plan: the dates said are (here the plan had
# taken the case's end, as round 52's had: the end goes back, the start stays)
@pytest.mark.parametrize("lang", LANGS)
async def test_a_month_said_only_hypothetical_is_no_date(monkeypatch, lang):
    got = await play(monkeypatch, {**LONDON, "end_date": CASE[1], "language": lang},
                     [(VERDICT[lang], "check_eligibility"), (KEEP_PLAN[lang], "faq_extension")], DAY,
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert reply.startswith(_label(lang, "changed_facts")), reply
    assert "start" not in got.last and "start_date" not in got.last, got.last
    assert t(lang, "verdict_not_eligible", call="")[:12] not in reply, reply
    assert _dates(got) == PLAN, got.slots
