"""Round 28 of simulated users (r28-e: an ITM MSc student, a traineeship at an NGO in Nairobi in June-August
2027, today 2 December 2026 after the ITM call ended), as the real extractor reads their words, turn after
turn through action_respond on tracker fixtures: "what would have applied to me if I'd gone last summer?" is
judged for the time named (June-August 2026: not eligible, its end after the call's 31 July 2026 limit), not
the same dates the fewest whole years earlier (2025); that case stays the one judged until the person goes
back to the real plan; dates inside the ended call's period asked about are that case, never a change of the
plan, and "yes or no?" gets "Yes"/"No" first; the e-mail summary for the real plan carries its dates. Nearby:
no named time keeps the fewest whole years; a plan inside the period, or new own dates after it, stay the
plan."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from actions import i18n
from actions.i18n import t
from actions.phrases import status_question
from bot.nlu.extract import extract
from tests.actions.test_round24_closed import BUTTON, chain

NAIROBI = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "receiving_org": "ngo",
           "destination": "KE", "destination_city": "Nairobi", "start_date": "2027-06-01",
           "end_date": "2027-08-31", "goal": "eligibility", "closed_told": "itm-2024>after"}
BELGIAN = {**NAIROBI, "citizenship": ["BE"]}  # given before the case, as in the report (T6)
OWN = ("2027-06-01", "2027-08-31")
SUMMER = ("2026-06-01", "2026-08-31")  # the own dates last summer: the end is after 31 July 2026
TWO_MONTHS = ("2026-06-01", "2026-07-31")  # inside the period: eligible


def dates(lang: str, pair: tuple[str, str]) -> str:
    return " – ".join(i18n.fmt_date(d, lang) for d in pair)


def no_other_year(lang: str, reply: str, *pairs: tuple[str, str]) -> None:
    for pair in pairs:
        for day in pair:
            assert i18n.fmt_date(day, lang) not in reply, reply


def no_open_case(state: dict[str, Any]) -> bool:
    """No case judged: none kept, or only the one left for the own plan (recalled by its year, round 37)."""
    past = (state.get("what_if_case") or {}).get("_past")
    return not past or bool(past.get("left"))


def plan_kept(state: dict[str, Any]) -> None:
    assert (state["start_date"], state["end_date"]) == OWN, state


async def run(monkeypatch: pytest.MonkeyPatch, lang: str, turns: list[tuple[str, str]],
              slots: dict[str, Any] | None = None) -> tuple[list[str], dict[str, Any]]:
    return await chain(monkeypatch, lang, turns, slots or NAIROBI)


# T4. The time named is the case: last summer is June-August 2026, not the same dates 2 years earlier.
LAST_SUMMER = {
    "en": "ok what would have applied to me if I'd gone last summer?",
    "fr": "Qu'est-ce qui se serait appliqué si j'étais parti l'été dernier ?",
    "nl": "Wat zou voor mij gegolden hebben als ik afgelopen zomer was gegaan?",
    "it": "Cosa si sarebbe applicato se fossi partito l'estate scorsa?",
}


@pytest.mark.parametrize(("lang", "text"), [*LAST_SUMMER.items(),
                                            ("en", "What would have applied to me in 2026?"),
                                            ("it", "Che cosa si sarebbe applicato nel 2026?")])
async def test_the_time_named_is_the_case(monkeypatch, lang, text):
    (reply,), state = await run(monkeypatch, lang, [("inform", text)])
    assert t(lang, "past_case_named", year="2026", dates=dates(lang, SUMMER)) in reply, reply
    assert t(lang, "verdict_not_eligible", call="")[:15] in reply, reply
    assert i18n.fmt_date("2026-08-31", lang) in reply and i18n.fmt_date("2026-07-31", lang) in reply, reply
    assert t(lang, "as_if_years_earlier", years="", dates="", last="")[:25] not in reply, reply
    no_other_year(lang, reply, OWN, ("2025-06-01", "2025-08-31"))
    plan_kept(state)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "would June-August 2026 have worked?"),
    ("fr", "Et de juin à août 2026, ça aurait marché ?"),
])
async def test_months_inside_the_period_are_the_case_not_the_plan(monkeypatch, lang, text):
    (reply,), state = await run(monkeypatch, lang, [("inform", text)])
    assert t(lang, "answer_no", answer=t(lang, "past_case_not_eligible", dates=dates(lang, SUMMER))) in reply
    assert t(lang, "changed_facts", facts="")[:8] not in reply, reply
    no_other_year(lang, reply, OWN)
    plan_kept(state)


# T5. Named after the fewest whole years were taken: that time, and "No" first to "eligible or not?".
CORRECTION = {
    "en": "wait, last summer = 2026, not 2025. and would I actually have been eligible or not?",
    "fr": "Attends, l'été dernier c'est 2026, pas 2025. J'aurais été éligible ou non ?",
    "it": "Aspetta, l'estate scorsa è il 2026, non il 2025. Sarei stato idoneo, sì o no?",
}


@pytest.mark.parametrize("lang", CORRECTION)
async def test_the_year_named_after_the_shift_is_judged(monkeypatch, lang):
    replies, state = await run(monkeypatch, lang, [("inform", BUTTON), ("inform", CORRECTION[lang])])
    assert dates(lang, ("2025-06-01", "2025-08-31")) in replies[0], replies[0]  # no time named: 2 years back
    reply = replies[1]
    no = t(lang, "answer_no", answer=t(lang, "past_case_not_eligible", dates=dates(lang, SUMMER)))
    assert no in reply and t(lang, "ask_citizenship")[:15] not in reply, reply
    assert i18n.fmt_date("2026-08-31", lang) in reply, reply
    no_other_year(lang, reply, OWN)
    plan_kept(state)


# T6-T12. The case stays the one judged: the nationality, another case, a scholarship, "which is it".
STAYS = {
    "en": ["belgian", "31 aug 2027?? I said 2026. so if I'd done june to july 2026 instead, ok then?",
           "and I'm not self-funded, I have a scholarship. does that hurt my chances?",
           "not eligible?? a minute ago you said june-july 2026 was eligible. which is it"],
    "fr": ["Je suis belge", "Et si j'avais fait juin à juillet 2026, ça aurait marché ?",
           "Je ne suis pas autofinancé, j'ai une bourse. Est-ce que ça réduit mes chances ?",
           "Pas éligible ?? Tu viens de dire que juin-juillet 2026 était éligible."],
}


@pytest.mark.parametrize("lang", STAYS)
async def test_the_case_stays_the_one_judged(monkeypatch, lang):
    turns = [("inform", LAST_SUMMER[lang]), *(("inform", text) for text in STAYS[lang])]
    replies, state = await run(monkeypatch, lang, turns)
    nationality, other, scholarship, which = replies[1:]
    assert dates(lang, SUMMER) in nationality and t(lang, "verdict_not_eligible", call="")[:15] in nationality
    yes = t(lang, "answer_yes", answer=t(lang, "past_case_eligible", dates=dates(lang, TWO_MONTHS)))
    assert yes in other, other
    assert dates(lang, TWO_MONTHS) in scholarship, scholarship
    assert t(lang, "outcome_not_eligible") not in scholarship, scholarship
    assert t(lang, "verdict_eligible_would", call="")[:15] in which, which
    assert t(lang, "verdict_not_eligible", call="")[:15] not in which, which
    for reply in replies:
        no_other_year(lang, reply, OWN)
    plan_kept(state)


# T13. Dates inside the ended call's period asked about: the case, never "Updated: end date ...".
EXACT = {
    "en": "I know 2027 is too late, that's not my question. june 1 to july 31 2026, scholarship student: "
          "eligible yes or no?",
    "fr": "Du 1er juin au 31 juillet 2026, je suis boursier : éligible oui ou non ?",
    "nl": "Van 1 juni tot 31 juli 2026, ik heb een beurs: kom ik in aanmerking, ja of nee?",
    "it": "Dal 1 giugno al 31 luglio 2026, ho una borsa: idoneo sì o no?",
}


@pytest.mark.parametrize("lang", EXACT)
@pytest.mark.parametrize("before", ["button", "named"])
async def test_dates_in_the_period_asked_are_the_case(monkeypatch, lang, before):
    first = BUTTON if before == "button" or lang not in LAST_SUMMER else LAST_SUMMER[lang]
    replies, state = await run(monkeypatch, lang, [("inform", first), ("check_eligibility", EXACT[lang])],
                               BELGIAN)
    reply = replies[-1]
    yes = t(lang, "answer_yes", answer=t(lang, "past_case_eligible", dates=dates(lang, TWO_MONTHS)))
    assert yes in reply, reply
    assert t(lang, "changed_facts", facts="")[:8] not in reply, reply
    assert t(lang, "noted", facts="")[:6] + " " + i18n.label(lang, "fields", "start_date") not in reply, reply
    no_other_year(lang, reply, OWN)
    plan_kept(state)
    assert state["what_if_case"] == {"_past": {"start_date": TWO_MONTHS[0], "end_date": TWO_MONTHS[1]}}, state


async def test_dates_in_the_period_asked_without_a_case_before(monkeypatch):
    (reply,), state = await run(monkeypatch, "en", [("check_eligibility", EXACT["en"])], BELGIAN)
    assert t("en", "answer_yes", answer=t("en", "past_case_eligible", dates=dates("en", TWO_MONTHS))) in reply
    plan_kept(state)


# T14. The summary for the real plan carries the real plan's dates; the case is left.
REAL_PLAN = {
    "en": "ok thx. so for my real plan (summer 2027) who exactly do I write to?",
    "nl": "En voor mijn echte plan (zomer 2027), wie moet ik mailen?",
    "it": "E per il mio piano reale (estate 2027), a chi devo scrivere?",
}


@pytest.mark.parametrize("lang", REAL_PLAN)
async def test_the_real_plan_summary_has_the_real_dates(monkeypatch, lang):
    turns = [("inform", BUTTON), ("check_eligibility", EXACT[lang]), ("ask_contact", REAL_PLAN[lang])]
    replies, state = await run(monkeypatch, lang, turns, BELGIAN)
    reply = replies[-1]
    assert i18n.fmt_date(OWN[0], lang) in reply and i18n.fmt_date(OWN[1], lang) in reply, reply
    assert i18n.fmt_date(TWO_MONTHS[0], lang) not in reply, reply  # (31 July 2026 is the call's end too)
    plan_kept(state)
    assert not state.get("hypothetical") and no_open_case(state), state


# Nearby: no time named keeps the same dates the fewest whole years earlier (2 years: 2025).
@pytest.mark.parametrize(("lang", "text"), [("en", "what would have applied to me?"),
                                            ("fr", "Qu'est-ce qui se serait appliqué pour moi ?"),
                                            ("nl", "Wat zou voor mij gegolden hebben?")])
async def test_no_time_named_keeps_the_fewest_years(monkeypatch, lang, text):
    (reply,), state = await run(monkeypatch, lang, [("inform", text)])
    line = t(lang, "as_if_years_earlier", years=i18n.fmt_years(2, lang), dates=dates(lang, ("2025-06-01",
                                                                                               "2025-08-31")),
             last=i18n.fmt_date("2026-07-31", lang))
    assert line in reply, reply
    assert t(lang, "past_case_named", year="", dates="")[:20] not in reply, reply
    plan_kept(state)


# Nearby: a plan inside the ended call's period changes as before; new own dates after it leave the case.
async def test_a_plan_inside_the_period_still_changes(monkeypatch):
    slots = {**NAIROBI, "start_date": "2026-03-01", "end_date": "2026-05-31"}
    text = "Actually it's 1 April to 31 May 2026, am I eligible?"
    _, state = await chain(monkeypatch, "en", [("inform", text)], slots)
    assert state["start_date"] == "2026-04-01" and state["end_date"] == "2026-05-31", state


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Actually my plan is 1 July to 30 September 2027."),
    ("fr", "En fait mon projet, c'est du 1er juillet au 30 septembre 2027."),
])
async def test_new_own_dates_after_the_period_leave_the_case(monkeypatch, lang, text):
    replies, state = await run(monkeypatch, lang, [("inform", LAST_SUMMER[lang]), ("inform", text)])
    assert state["start_date"] == "2027-07-01" and state["end_date"] == "2027-09-30", state
    assert not state.get("hypothetical") and no_open_case(state), state
    assert t(lang, "dates_after_call", dates="", last="")[:10] in replies[-1], replies[-1]


# The words behind it.
@pytest.mark.parametrize(("text", "today", "year"), [
    ("if I'd gone last summer", "2026-12-02", 2026),
    ("if I'd gone last summer", "2026-07-15", 2025),
    ("l'été dernier", "2026-12-02", 2026),
    ("afgelopen zomer", "2026-12-02", 2026),
    ("l'estate scorsa", "2026-12-02", 2026),
    ("last summer = 2026, not 2025", "2026-12-02", 2026),
    ("you still use 2025. I said summer 2026", "2026-12-02", 2026),
    ("l'année dernière", "2026-12-02", 2025),
    ("under the 2024-2026 call", "2026-12-02", None),
    ("what would have applied to me?", "2026-12-02", None),
])
def test_the_year_named(text, today, year):
    from actions.pastcase import named_year

    assert named_year(text, dt.date.fromisoformat(today), 6) == year


@pytest.mark.parametrize(("text", "start", "end"), [
    ("june-aug 2026", "2026-06-01", "2026-08-31"), ("june to aug 2026", "2026-06-01", "2026-08-31"),
    ("juni-aug 2026", "2026-06-01", "2026-08-31"),
    ("jun-aug 2026", "2026-06-01", "2026-08-31"), ("from june to august 2027", "2027-06-01", "2027-08-31"),
])
def test_a_short_month_ends_a_range(text, start, end):
    found = {e["entity"]: e["value"] for e in extract(text, dt.date(2026, 12, 2))}
    assert found == {"start_date": start, "end_date": end}, found


def test_last_summer_is_no_status_question():
    assert not status_question("Wat zou voor mij gegolden hebben als ik afgelopen zomer was gegaan?")
    assert status_question("Is de oproep al afgelopen?")


def test_yes_or_no_is_no_choice_between_two():
    from actions.eitheror import either_or

    assert not either_or("kom ik in aanmerking, ja of nee?", "nl")
    assert either_or("heen en terug of per rit?", "nl")
