"""Round 24 of simulated users (Y5: an ITM postdoc, a staff training in Prague on 8-12 March 2027, today after
the ITM call ended), as the real extractor reads their words, turn after turn through action_respond on
tracker fixtures: "what would have applied to me?" takes the same dates a year earlier, and that case stays
the one judged until the person leaves it; a month said in a case moves the whole trip; when to apply for the
own dates is the ended call's rule projected on them; a figure asked again gets "no figure" plainly; whether
the host needs an agreement is answered for the person's activity. Each in English and another language,
with the nearby case that keeps its answer."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from actions import i18n
from actions.i18n import t
from bot.nlu.extract import extract
from tests.actions.conversation import play
from tests.actions.test_round13 import SIM_TODAY

PRAGUE = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "receiving_org": "hei",
          "destination": "CZ", "destination_city": "Prague", "start_date": "2027-03-08",
          "end_date": "2027-03-12", "doctoral_or_postdoc_staff": True, "goal": "eligibility",
          "closed_told": "itm-2024"}
BUTTON = '/inform{"hypothetical":true}'
NATIONALITY = {"en": "German", "fr": "Je suis allemand", "nl": "Ik ben Duits", "it": "Sono tedesco"}


def entities_of(text: str, day: dt.date) -> list[dict[str, Any]]:
    """A message's entities: the case button's as the button sends them, none for another button."""
    if text == BUTTON:
        return [{"entity": "hypothetical", "value": True}]
    return [] if text.startswith("/") else extract(text, day)


async def chain(monkeypatch: pytest.MonkeyPatch, lang: str, turns: list[tuple[str, str]],
                slots: dict[str, Any] | None = None) -> tuple[list[str], dict[str, Any]]:
    """Each (intent, text) in turn, the slots carried over as Rasa would: every turn's replies, the slots."""
    messages = [(text, intent) for intent, text in turns]
    said = await play(monkeypatch, {**(slots or PRAGUE), "language": lang}, messages, SIM_TODAY,
                      bot_events="none", entities=entities_of)
    return said.replies, said.slots


def shifted_dates(lang: str) -> str:
    return " – ".join(i18n.fmt_date(d, lang) for d in ("2026-03-08", "2026-03-12"))


def the_answer(lang: str) -> list[tuple[str, str]]:
    """The turns up to the answer for the case a year earlier: the button, then the nationality asked."""
    return [("inform", BUTTON), ("inform", NATIONALITY[lang])]


async def after_the_answer(monkeypatch: pytest.MonkeyPatch, lang: str, intent: str, text: str
                           ) -> tuple[str, dict[str, Any]]:
    """The reply to (intent, text) once the case a year earlier was answered, and the slots."""
    replies, state = await chain(monkeypatch, lang, [*the_answer(lang), (intent, text)])
    return replies[-1], state


# A1. The nationality asked for the case a year earlier is answered for that case, not with "your dates fall
# after this call's period"; the dates are named in the answer's first line.
@pytest.mark.parametrize("lang", ["en", "fr", "it"])
async def test_the_case_a_year_earlier_is_judged_after_the_question_it_asked(monkeypatch, lang):
    replies, state = await chain(monkeypatch, lang, the_answer(lang))
    first, answer = replies
    assert t(lang, "as_if_years_earlier", years="", dates="", last="")[:25] in first, first
    assert t(lang, "ask_citizenship")[:15] in first, first
    assert t(lang, "dates_after_call", dates="", last="")[:10] not in answer, answer
    assert shifted_dates(lang) in answer.split("\n")[1], answer  # "Noted: ..." first, then the header
    assert t(lang, "verdict_eligible_would", call="")[:12] in answer, answer
    assert i18n.fmt_date("2026-01-08", lang) in answer, answer  # two months before 8 March 2026
    assert state["start_date"] == "2027-03-08" and state["hypothetical"] is True, state


# A2. Every way of asking for the answer gets it (round 24: "anything else?" four times).
FOLLOW_UPS = {
    "en": [("check_eligibility", "Am I eligible?"), ("check_eligibility", "/check_eligibility"),
           ("show_checks", "Show all checks"),
           ("ask_deadline", "Wait, you just said you'd take the same dates a year earlier. I know the call "
                            "is closed, I want to know what I would have got under it.")],
    "fr": [("check_eligibility", "Est-ce que je suis éligible ?"),
           ("check_eligibility", "/check_eligibility"),
           ("show_checks", "Voir toutes les vérifications"),
           ("help", "Je sais que c'est fermé, mais combien j'aurais touché ?")],
    "nl": [("check_eligibility", "Kom ik in aanmerking?"), ("show_checks", "Alle controles tonen"),
           ("help", "Wat zou ik dan gekregen hebben?")],
}


@pytest.mark.parametrize(("lang", "turn"), [(lang, turn) for lang, turns in FOLLOW_UPS.items()
                                            for turn in turns])
async def test_every_way_of_asking_gets_the_answer_for_the_case(monkeypatch, lang, turn):
    reply, _ = await after_the_answer(monkeypatch, lang, *turn)
    assert t(lang, "anything_else") not in reply, reply
    assert t(lang, "dates_after_call", dates="", last="")[:10] not in reply, reply
    if turn[0] == "show_checks":
        assert shifted_dates(lang) in reply and "✓" in reply, reply
    elif turn[0] == "check_eligibility":
        assert t(lang, "verdict_eligible_would", call="")[:12] in reply, reply
        assert shifted_dates(lang) in reply, reply
    else:  # what one would have got: the amount the rules core gives for the case
        assert i18n.fmt_eur(309, lang) in reply, reply


async def test_the_as_if_line_is_said_once_for_the_same_dates(monkeypatch):
    replies, _ = await chain(monkeypatch, "en", [*the_answer("en"),
                                                 ("check_eligibility", "Am I eligible?")])
    line = t("en", "as_if_years_earlier", years="", dates="", last="")[:25]
    assert [line in r for r in replies] == [True, False, False], replies


# Nearby: new dates of one's own after the period leave the case: the block about them, then no verdict.
@pytest.mark.parametrize(("lang", "text"), [("en", "Actually it would be 10 to 14 May 2027."),
                                            ("fr", "En fait ce serait du 10 au 14 mai 2027.")])
async def test_new_own_dates_after_the_period_leave_the_case(monkeypatch, lang, text):
    turns = [*the_answer(lang), ("inform", text), ("inform", "ok")]
    replies, state = await chain(monkeypatch, lang, turns)
    assert t(lang, "dates_after_call", dates="", last="")[:10] in replies[2], replies[2]
    assert state["hypothetical"] is None and state["start_date"] == "2027-05-10", state
    assert t(lang, "verdict_eligible_would", call="")[:12] not in replies[3], replies[3]


# A3. A month said alone in a case moves the whole trip, days kept ("377 days" before).
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "How much would I have got for the Prague trip if it had been in March 2026?"),
    ("fr", "Combien j'aurais touché pour le voyage à Prague si c'était en mars 2026 ?"),
    ("it", "Quanto avrei preso per il viaggio a Praga se fosse stato a marzo 2026?"),
])
async def test_a_month_in_a_case_moves_the_whole_trip(monkeypatch, lang, text):
    reply, state = await after_the_answer(monkeypatch, lang, "ask_grant", text)
    assert i18n.fmt_date("2026-03-08", lang) in reply and i18n.fmt_date("2026-03-12", lang) in reply, reply
    assert "377" not in reply and "❌" not in reply, reply
    assert i18n.fmt_eur(309, lang) in reply, reply
    assert state["start_date"] == "2027-03-08" and state["end_date"] == "2027-03-12", state


@pytest.mark.parametrize(("lang", "text"), [("en", "What if I started in April 2026?"),
                                            ("fr", "Et si je partais en avril 2026 ?")])
async def test_a_month_as_the_new_start_moves_the_start_only(monkeypatch, lang, text):
    reply, _ = await after_the_answer(monkeypatch, lang, "ask_grant", text)
    # (The case's yes or no comes first since round 28: the case's facts line is the next one.)
    opening = t(lang, "what_if_facts", facts="")[:15]
    facts = next(line for line in reply.split("\n") if line.startswith(opening))
    assert i18n.fmt_date("2026-04-01", lang) in facts, facts
    assert i18n.fmt_date("2026-04-12", lang) not in facts, facts


# A4. When to apply for the own dates after the ended call: its rule projected on them, said to be that.
@pytest.mark.parametrize(("lang", "text", "intent"), [
    ("en", "How early should I apply for the 2027 trip?", "ask_deadline"),
    ("en", "You repeated everything but didn't answer: no ballpark for the daily rate at all? Also, for the "
           "real trip in March 2027, what should I do now and how early?", "ask_grant"),
    ("nl", "Hoe vroeg moet ik aanvragen voor de reis in 2027?", "ask_deadline"),
    ("fr", "Combien de temps à l'avance dois-je postuler pour le vrai voyage ?", "ask_deadline"),
])
async def test_when_to_apply_for_the_own_dates_is_the_ended_rule_projected(monkeypatch, lang, text, intent):
    reply, _ = await after_the_answer(monkeypatch, lang, intent, text)
    assert t(lang, "apply_by_projected", call="", ahead="", start="", date="")[:12] in reply, reply
    assert i18n.fmt_date("2027-01-08", lang) in reply and i18n.fmt_date("2027-03-08", lang) in reply, reply
    assert t(lang, "apply_by_projected_next")[:20] in reply, reply
    assert t(lang, "hypothetical_intro_as_if", call="", date="", years="", dates="")[:12] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [("en", "When would I have had to apply?"),
                                            ("nl", "Tegen wanneer had ik moeten aanvragen?")])
async def test_when_to_apply_for_the_case_is_the_case_date(monkeypatch, lang, text):
    reply, _ = await after_the_answer(monkeypatch, lang, "ask_deadline", text)
    assert t(lang, "deadline_would_have", date=i18n.fmt_date("2026-01-08", lang)) in reply, reply
    assert t(lang, "apply_by_projected", call="", ahead="", start="", date="")[:12] not in reply, reply


# A5. A rough figure asked for a part with no published amount: said plainly, with the reference the call data
# labels, not the grant block again.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "And the daily allowance for Czechia, roughly? Even a ballpark would help."),
    ("en", "no ballpark for the daily rate at all?"),
    ("it", "E la diaria per la Cechia, più o meno?"),
    ("nl", "En het dagbedrag voor Tsjechië, ongeveer?"),
])
async def test_a_rough_figure_asked_gets_no_figure_plainly(monkeypatch, lang, text):
    from actions.profile import core

    reply, _ = await after_the_answer(monkeypatch, lang, "ask_grant", text)
    staff = next(c for c in core().get_call("itm-2024").grant.components
                 if c.kind == "unpublished" and "staff" in (c.applies_to.roles or []))
    assert reply.startswith(t(lang, "no_figure", basis="")[:15]), reply
    assert staff.params["note"][lang] in reply, reply
    assert t(lang, "grant_rest_unknown", basis="")[:15] not in reply, reply
    assert t(lang, "followup_more") not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [("en", "How much would I have got?"),
                                            ("it", "Quanto avrei preso?")])
async def test_the_amount_asked_still_gets_the_grant(monkeypatch, lang, text):
    reply, _ = await after_the_answer(monkeypatch, lang, "ask_grant", text)
    assert i18n.fmt_eur(309, lang) in reply, reply
    assert t(lang, "no_figure", basis="")[:15] not in reply, reply


# A6. Whether the host needs an agreement with ITM: for the person's activity, "No" first.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Does Charles University need to have an agreement with ITM for a staff training?"),
    ("fr", "Est-ce que l'Université Charles doit avoir un accord avec l'IMT pour une formation du "
           "personnel ?"),
])
async def test_an_agreement_for_a_staff_training_is_no(monkeypatch, lang, text):
    reply, _ = await after_the_answer(monkeypatch, lang, "faq_receiving_org", text)
    assert reply.startswith(t(lang, "condition_not_needed", field="")[:20]), reply
    assert t(lang, "faq_intro", call="")[:10] not in reply, reply  # not the paragraph for every activity


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Does the university in Accra need to have an agreement with ITM for my traineeship?"),
    ("fr", "Est-ce que l'université d'Accra doit avoir un accord avec l'IMT pour mon stage ?"),
])
async def test_an_agreement_for_a_traineeship_outside_the_programme_is_yes(monkeypatch, lang, text):
    accra = {**PRAGUE, "role": "msc_student", "activity": "traineeship", "destination": "GH",
             "destination_city": "Accra", "doctoral_or_postdoc_staff": None, "citizenship": ["BE"],
             "start_date": "2027-03-01", "end_date": "2027-05-31"}
    replies, _ = await chain(monkeypatch, lang, [("inform", BUTTON), ("faq_receiving_org", text)], accra)
    assert replies[-1].startswith(t(lang, "answer_yes", answer="")[:3]), replies[-1]


# Nearby: the e-mail summary for the office carries the person's own dates, not the case's.
@pytest.mark.parametrize(("lang", "text"), [("en", "Who do I contact?"), ("nl", "Wie moet ik contacteren?")])
async def test_the_contact_summary_keeps_the_own_dates(monkeypatch, lang, text):
    reply, _ = await after_the_answer(monkeypatch, lang, "ask_contact", text)
    assert i18n.fmt_date("2027-03-08", lang) in reply, reply
    assert i18n.fmt_date("2026-03-08", lang) not in reply, reply
