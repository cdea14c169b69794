"""Round 29 of simulated users (r29-e: a Lucca PhD student, a study period in Amsterdam in March-June 2027,
today 2 December 2026, both calls ended), as the real extractor reads their words, turn after turn through
action_respond on tracker fixtures (the bot's replies kept in the events, as Rasa keeps them):
- "am I eligible?" after "your dates fall after this call's period" gets the closed call's answer at once
  (closed since when, what it covered, whom to ask, the offer); the same question again, typed as the
  button says or "i asked if ...", its first line and the offer, never "anything else?";
- an amount asked for 2027 says the call's amounts were for 2015/2016 only, the 2027 ones unknown, whom to
  ask, and shows them for the same dates 11 years earlier, never labelled with 2027 dates;
- a recap under the ended call is the closed call's answer, never "In short: not eligible" with 2027 dates
  judged by the 2016 deadlines.
Nearby, answers that stay: the past case asked explicitly ("how much did people get back then?", a summary
in that case), and the ITM ended call's answers for the own dates (when to apply, what would have applied)."""
from __future__ import annotations

from typing import Any

import pytest

from actions import i18n
from actions.calls import call_name
from actions.i18n import t as formal
from actions.phrases import informal
from tests.actions.conversation import play
from tests.actions.test_round13 import SIM_TODAY
from tests.actions.test_round24_closed import BUTTON, PRAGUE, entities_of

LANGS = ("en", "fr", "nl", "it")


class Said(str):
    """A reply's line as sent: in "vous"/"u"/"Lei", or in "tu"/"je" when the person writes so."""

    def __new__(cls, text: str, lang: str) -> Said:
        said = super().__new__(cls, text)
        said.informal = informal(text, lang)
        return said


def t(lang: str, key: str, **kwargs: Any) -> Said:
    return Said(formal(lang, key, **kwargs), lang)


class Reply(str):
    """A reply in which a line is found in either register."""

    def __contains__(self, other: object) -> bool:
        if isinstance(other, Said):
            return str.__contains__(self, str(other)) or str.__contains__(self, other.informal)
        return str.__contains__(self, other)
CALL = "imt-lucca-2015"
AMSTERDAM = {"call": CALL, "role": "phd_student", "destination": "NL", "destination_city": "Amsterdam",
             "start_date": "2027-03-01", "end_date": "2027-06-30", "goal": "eligibility",
             "closed_told": f"{CALL}>after"}
# After "what would have applied to me?" was answered for the same dates 11 years earlier (T8).
STUDY = {**AMSTERDAM, "activity": "study", "receiving_org": "hei", "prior_erasmus_months": 0,
         "last_decision": {"call": CALL, "key": [CALL, "eligible"], "notes_told": [], "told": {}}}
OWN = ("2027-03-01", "2027-06-30")
PAST = ("2016-03-01", "2016-06-30")
CONTACT = "Daniela Giorgetti (erasmus@imtlucca.it)"


async def chain(monkeypatch: pytest.MonkeyPatch, lang: str, turns: list[tuple[str, str]],
                slots: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    """Each (intent, text) in turn, the slots carried over, each reply kept as a bot event (as Rasa does)."""
    messages = [(text, intent) for intent, text in turns]
    said = await play(monkeypatch, {**slots, "language": lang}, messages, SIM_TODAY, bot_events="texts",
                      entities=entities_of)
    return [Reply(reply) for reply in said.replies], said.slots


def closed_line(lang: str, call: str = CALL) -> str:
    return t(lang, "call_closed", call=call_name(call, lang), date=i18n.fmt_date("2016-01-18", lang))


def reminder(lang: str, call: str = CALL) -> str:
    return t(lang, "call_closed_reminder", call=call_name(call, lang), date=i18n.fmt_date("2016-01-18", lang))


def covers(lang: str) -> str:
    return t(lang, "call_closed_offer")  # the full answer's last line (its "covered" line is the call's)


def no_dates(lang: str, reply: str, pair: tuple[str, str]) -> None:
    for day in pair:
        assert i18n.fmt_date(day, lang) not in reply, reply


# T3-T5. "Am I eligible?" after the dates were said to fall after the call's period.
ELIGIBLE = {
    "en": "ok but am i even eligble? im a phd student at imt, 2nd year",
    "fr": "D'accord, mais est-ce que je suis éligible ? Je suis doctorant à l'IMT, en 2e année",
    "nl": "Oké, maar kom ik wel in aanmerking? Ik ben doctorandus aan IMT, 2e jaar",
    "it": "Va bene, ma sono idoneo? Sono dottorando all'IMT, al secondo anno",
}
ASKED_IF = {
    "en": "yes i got that its closed, i asked if phd students can go at all",
    "fr": "Oui j'ai compris que c'est fermé, j'ai demandé si les doctorants peuvent partir",
    "nl": "Ja, ik snap dat het gesloten is, ik vroeg of doctorandi überhaupt kunnen gaan",
    "it": "Sì, ho capito che è chiuso, ho chiesto se i dottorandi possono partire",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_an_eligibility_question_gets_the_closed_answer_then_its_short_form(monkeypatch, lang):
    turns = [("check_eligibility", ELIGIBLE[lang]), ("check_eligibility", ASKED_IF[lang]),
             ("check_eligibility", "/check_eligibility")]
    (full, again, button), state = await chain(monkeypatch, lang, turns, AMSTERDAM)
    from actions.calls import call_covers

    assert closed_line(lang) in full and call_covers(CALL, lang) in full, full
    assert "Daniela Giorgetti" in full and covers(lang) in full, full
    assert t(lang, "button_would_have") in full, full
    for reply in (again, button):
        # (round 36: the paragraph in full once per conversation, then a one-line reminder)
        assert closed_line(lang) not in reply and reminder(lang) in reply, reply
        assert call_covers(CALL, lang) not in reply, reply
        assert t(lang, "anything_else") not in reply, reply
        assert t(lang, "button_would_have") in reply, reply
    assert (state["start_date"], state["end_date"]) == OWN, state


@pytest.mark.parametrize("lang", ["en", "it"])
async def test_the_deadline_button_gets_the_closed_answer(monkeypatch, lang):
    (reply,), _ = await chain(monkeypatch, lang, [("ask_deadline", "/ask_deadline")], AMSTERDAM)
    assert closed_line(lang) in reply and covers(lang) in reply, reply
    assert t(lang, "anything_else") not in reply, reply


# T9-T12. The amount for 2027: only the call's own years, shown for the same dates 11 years earlier.
SAME_2027 = {
    "en": "ok so for 2027 would it be the same 920 or more?",
    "fr": "Et pour 2027, ce serait les mêmes 920 euros ?",
    "nl": "En voor 2027, zou het dezelfde 920 euro zijn?",
    "it": "E per il 2027 sarebbero gli stessi 920 euro?",
}
WHICH_YEAR = {
    "en": "sorry im confused, is 920 what i'd get in 2027 or just what people got in 2016?",
    "fr": "Désolé, les 920 euros, c'est ce que j'aurais en 2027 ou seulement ce qu'on recevait en 2016 ?",
    "nl": "Sorry, is die 920 euro wat ik in 2027 krijg of alleen wat men in 2016 kreeg?",
    "it": "Scusa, i 920 euro sono quello che prenderei nel 2027 o solo quello che si prendeva nel 2016?",
}
NOT_KNOWN = {
    "en": "right so you dont actualy know the 2027 amount?",
    "fr": "Donc vous ne connaissez pas le montant pour 2027 ?",
    "nl": "Dus u kent het bedrag voor 2027 niet?",
    "it": "Quindi non conosce l'importo per il 2027?",
}


def amounts_of_the_past(lang: str, reply: str) -> None:
    dates = " – ".join(i18n.fmt_date(d, lang) for d in PAST)
    assert t(lang, "later_amounts_case", years=i18n.fmt_years(11, lang), dates=dates) in reply, reply
    assert i18n.fmt_eur(920, lang) in reply, reply
    no_dates(lang, reply, OWN)  # never labelled with the 2027 dates


@pytest.mark.parametrize("lang", LANGS)
async def test_the_2027_amount_is_not_the_2016_one(monkeypatch, lang):
    turns = [("check_eligibility", SAME_2027[lang]), ("out_of_scope", WHICH_YEAR[lang]),
             ("out_of_scope", NOT_KNOWN[lang])]
    (same, which, unknown), state = await chain(monkeypatch, lang, turns, STUDY)
    args = {"call": call_name(CALL, lang), "years": "2015/2016", "later": "2027", "contact": CONTACT}
    assert t(lang, "later_amounts_only", **args) in which, which
    for reply in (same, unknown):
        opening = (t(lang, "later_amounts", **args), t(lang, "later_amounts_only", **args))
        assert any(line in reply for line in opening), reply
    amounts_of_the_past(lang, same)
    for reply in (same, which, unknown):
        no_dates(lang, reply, OWN)
        assert t(lang, "dates_after_call", dates="", last="")[:12] not in reply, reply
    assert (state["start_date"], state["end_date"]) == OWN and not state.get("hypothetical"), state


# Nearby: the past case asked explicitly keeps its answer (the dates 11 years earlier, said so).
BACK_THEN = {"en": "how much did people get back then?", "it": "Quanto avrei preso allora?"}


@pytest.mark.parametrize("lang", BACK_THEN)
async def test_the_amount_asked_for_the_past_case_keeps_its_answer(monkeypatch, lang):
    (reply,), state = await chain(monkeypatch, lang, [("ask_grant", BACK_THEN[lang])], STUDY)
    dates = " – ".join(i18n.fmt_date(d, lang) for d in PAST)
    assert t(lang, "as_if_years_earlier", years=i18n.fmt_years(11, lang), dates=dates,
             last=i18n.fmt_date("2016-09-30", lang)) in reply, reply
    assert i18n.fmt_eur(920, lang) in reply, reply
    assert t(lang, "later_amounts", call="", years="", later="", contact="")[:10] not in reply, reply
    assert (state["start_date"], state["end_date"]) == OWN, state


# T17-T18. A recap under the ended call: the closed call's answer, never "not eligible" for 2027 dates.
RECAP = {
    "en": "thanks. so just to recap, i email daniela and ask when the next call opens?",
    "fr": "Merci. Donc pour récapituler, j'écris à Daniela et je lui demande quand le prochain appel ouvre ?",
    "nl": "Dank je. Dus even samenvatten: ik mail Daniela en vraag wanneer de volgende oproep opent?",
    "it": "Grazie. Quindi, per riassumere, scrivo a Daniela e chiedo quando apre il prossimo bando?",
}
WHICH = {
    "en": "wait not eligible?? you said before i was. which is it",
    "fr": "Attends, pas éligible ?? Tu as dit que je l'étais. Alors ?",
    "nl": "Wacht, kom ik niet in aanmerking?? U zei eerder van wel.",
    "it": "Aspetta, non idoneo?? Prima ha detto che lo ero.",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_recap_under_the_ended_call_is_the_closed_answer(monkeypatch, lang):
    turns = [("ask_deadline", RECAP[lang]), ("check_eligibility", WHICH[lang])]
    (recap, which), state = await chain(monkeypatch, lang, turns, STUDY)
    outcome = t(lang, "summary_short", outcome=t(lang, "outcome_not_eligible"))
    assert closed_line(lang) in recap and reminder(lang) in which, which  # in full once (round 36)
    for reply in (recap, which):
        assert outcome not in reply and "✗" not in reply, reply
        assert t(lang, "outcome_not_eligible") not in reply, reply
        assert t(lang, "button_would_have") in reply, reply
    assert covers(lang) in recap and "Daniela Giorgetti" in recap, recap
    assert (state["start_date"], state["end_date"]) == OWN, state


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_a_summary_in_the_past_case_is_that_case(monkeypatch, lang):
    text = {"en": "can you sum it up?", "fr": "Tu peux me faire un résumé ?"}[lang]
    slots = {**STUDY, "hypothetical": True, "closed_told": f"{CALL}>as_if"}
    (reply,), state = await chain(monkeypatch, lang, [("inform", text)], slots)
    dates = " – ".join(i18n.fmt_date(d, lang) for d in PAST)
    assert dates in reply, reply
    assert t(lang, "summary_short_provided") in reply, reply
    no_dates(lang, reply, OWN)
    assert (state["start_date"], state["end_date"]) == OWN, state


# Nearby, the ITM ended call: when to apply for the own dates is its rule projected, the past case is the
# same dates a year earlier, and "is it still open?" asked again is its first line (and now the offer).
async def test_the_itm_ended_call_keeps_its_answers(monkeypatch):
    turns = [("ask_deadline", "How early should I apply for the 2027 trip?"), ("inform", BUTTON)]
    (early, button), state = await chain(monkeypatch, "en", turns, PRAGUE)
    assert t("en", "apply_by_projected", call="", ahead="", start="", date="")[:12] in early, early
    assert t("en", "later_amounts", call="", years="", later="", contact="")[:10] not in early, early
    dates = " – ".join(i18n.fmt_date(d, "en") for d in ("2026-03-08", "2026-03-12"))
    assert dates in button, button
    assert state["start_date"] == "2027-03-08", state
