"""Round 39 (simulated user r39-c, an IMT Lucca PhD student's traineeship at a research institute in Vienna,
1 March to 31 May 2016): the Erasmus months already had, not known, and two questions answered off the point.

1. "no idea, maybe?" to "How many months of Erasmus have you already had?" was noted as 0 (its "no") and
   the verdict rested on it. Now: not known, no "I can't find" for its "?" of doubt, and the undecided verdict
   says what the months decide: the call's maximum per study cycle less this stay (from the rules core's
   cycle_cap rule and the call's parameters), "only more than 9 months already used" for a 3-month stay.
2. "hm wait i said no idea, not zero" after a 0 was noted: the months are not known again, said with an
   apology; "nvm, actually zero, never did one" with the months left open: noted as 0, and the verdict.
3. "about the previous erasmus thing, you put 0 but i wasnt sure. does it matter?" got "I can't find". Now:
   how many earlier months the plan allows.
4. "do i need a letter from the vienna institute already when i apply? i only emailed the group leader" got
   the grant groups (the "group" of "group leader"): now the answer about a document from the host.
5. "do i need approval from the Scientific Board too or just my supervisor?" got "Yes, only that one". Now:
   only the supervisor's, and why the Board's is not needed (the call's limit, the stay's length).
Played through action_respond on tracker fixtures in four languages (the slot events of each reply kept, as
Rasa keeps them), with nearby cases that keep their answers."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.conditions import length_text
from actions.cycleq import cycle_rule, resolved_params
from actions.dialogue import ActionRespond
from actions.i18n import t
from bot.nlu.extract import extract as read
from tests.actions.conftest import DOMAIN, make_tracker, texts

LUCCA_OPEN = "2016-01-10"
LANGS = ("en", "fr", "nl", "it")
PRIOR = "prior_erasmus_months"
VIENNA = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
          "destination": "AT", "destination_city": "Vienna", "receiving_org": "research_institute",
          "start_date": "2016-03-01", "end_date": "2016-05-31"}
STAY = 90  # 1 March to 31 May 2016, as the rules core counts it (30/360)


async def converse(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], messages: list[tuple[str, str]],
                   events: list[dict[str, Any]] | None = None) -> tuple[list[str], dict[str, Any]]:
    """Each message in turn; the events so far carry the user's words, the replies and their slot changes."""
    monkeypatch.setenv("MOBILITY_TODAY", LUCCA_OPEN)
    events = list(events or [])
    replies: list[str] = []
    for text, intent in messages:
        dispatcher = CollectingDispatcher()
        entities = read(text, dt.date.fromisoformat(LUCCA_OPEN))
        events.append({"event": "user", "text": text})
        tracker = make_tracker(slots=slots, text=text, intent=intent, entities=entities, events=list(events))
        got = await ActionRespond().run(dispatcher, tracker, DOMAIN)
        changed = {e["name"]: e["value"] for e in got if e.get("event") == "slot"}
        slots = {**slots, **changed}
        events += [e for e in got if e.get("event") == "slot"]
        events += [{"event": "bot", "text": m.get("text") or ""} for m in dispatcher.messages]
        replies.append(texts(dispatcher))
    return replies, slots


def opening(lang: str, key: str, **params: str) -> str:
    return t(lang, key, **{k: "\0" for k in params}).split("\0")[0]


def threshold(lang: str) -> str:
    """The line the call's data give: its maximum per cycle less this stay."""
    rule = cycle_rule("imt-lucca-2015", "phd_student")
    cap = int(resolved_params("imt-lucca-2015", rule)["max_months"]) * 30
    return t(lang, "prior_matters_over", left=length_text(cap - STAY, lang), cap=length_text(cap, lang),
             stay=length_text(STAY, lang))


def test_threshold_is_the_calls_cap_less_the_stay() -> None:
    assert "9 months (270 days)" in threshold("en") and "12 months (360 days)" in threshold("en")


# 1. "I don't know" with words of doubt: not known, and what depends on it.
NO_IDEA = [("en", "no idea, maybe?"), ("fr", "aucune idée, peut-être ?"), ("nl", "geen idee, misschien?"),
           ("it", "non lo so, forse?"), ("en", "not sure")]


@pytest.mark.parametrize(("lang", "text"), NO_IDEA)
async def test_no_idea_is_unknown_and_the_verdict_says_what_it_decides(
        monkeypatch: pytest.MonkeyPatch, lang: str, text: str) -> None:
    [reply], slots = await converse(monkeypatch, {**VIENNA, "asked": PRIOR, "language": lang},
                                    [(text, "dont_know")])
    assert slots.get(PRIOR) is None and PRIOR in (slots.get("skipped") or [])
    assert opening(lang, "verdict_undecided", call="x") in reply
    assert threshold(lang) in reply
    assert opening(lang, "faq_did_you_mean_in_flow")[:25] not in reply
    assert opening(lang, "verdict_eligible_provided", call="x") not in reply


NONE_SAID = [("en", "none", 0.0), ("fr", "aucun", 0.0), ("nl", "geen", 0.0), ("it", "nessuno", 0.0),
             ("en", "not sure, maybe 2", 2.0), ("en", "I did 4 months", 4.0)]


@pytest.mark.parametrize(("lang", "text", "months"), NONE_SAID)
async def test_a_count_said_is_still_noted(monkeypatch: pytest.MonkeyPatch, lang: str, text: str,
                                           months: float) -> None:
    slots = {**VIENNA, "asked": PRIOR, "language": lang}
    [reply], slots = await converse(monkeypatch, slots, [(text, "inform")])
    assert slots.get(PRIOR) == months
    assert threshold(lang) not in reply


# 2. "I said no idea, not zero": not known again, with an apology; "actually zero": noted, and the verdict.
NOTED_ZERO = [{"event": "user", "text": "no idea, maybe?"},
              {"event": "slot", "name": PRIOR, "value": 0.0},
              {"event": "slot", "name": "asked", "value": None},
              {"event": "bot", "text": "Noted: previous Erasmus months: 0."}]
SAID_NO_IDEA = [("en", "hm wait i said no idea, not zero"),
                ("fr", "attends, j'ai dit que je ne savais pas, pas zéro"),
                ("nl", "wacht, ik zei dat ik het niet wist, niet nul"),
                ("it", "aspetta, ho detto che non lo so, non zero"),
                ("en", "about the previous erasmus thing, you put 0 but i wasnt sure")]


@pytest.mark.parametrize(("lang", "text"), SAID_NO_IDEA)
async def test_i_said_no_idea_makes_it_unknown_again(monkeypatch: pytest.MonkeyPatch, lang: str,
                                                     text: str) -> None:
    slots = {**VIENNA, PRIOR: 0.0, "language": lang}
    [reply], got = await converse(monkeypatch, slots, [(text, "deny")], NOTED_ZERO)
    assert got.get(PRIOR) is None
    assert t(lang, "sorry_misread") in reply and t(lang, "value_unknown") in reply
    assert opening(lang, "verdict_undecided", call="x") in reply


async def test_a_message_without_those_words_keeps_the_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    slots = {**VIENNA, PRIOR: 0.0}
    [reply], got = await converse(monkeypatch, slots, [("ok thanks, and who do I write to?", "ask_contact")],
                                  NOTED_ZERO)
    assert got.get(PRIOR) == 0.0 and t("en", "sorry_misread") not in reply


ZERO_AFTER = [("en", "nvm, actually zero, never did one"), ("fr", "en fait zéro, je n'en ai jamais fait"),
              ("nl", "eigenlijk nul maanden, nog nooit gedaan"), ("it", "in realtà zero, mai fatto")]


@pytest.mark.parametrize(("lang", "text"), ZERO_AFTER)
async def test_zero_said_later_is_noted_with_the_verdict(monkeypatch: pytest.MonkeyPatch, lang: str,
                                                         text: str) -> None:
    slots = {**VIENNA, "skipped": [PRIOR], "language": lang}
    [reply], got = await converse(monkeypatch, slots, [(text, "deny")])
    assert got.get(PRIOR) == 0.0
    assert opening(lang, "noted", facts="x") in reply
    assert opening(lang, "verdict_eligible_provided", call="x") in reply


async def test_nothing_else_is_no_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    slots = {**VIENNA, "skipped": [PRIOR]}
    _, got = await converse(monkeypatch, slots, [("nothing else, thanks", "thank")])
    assert got.get(PRIOR) is None


# 3. "does it matter?" of the months not known: how many earlier months the plan allows.
MATTERS = [("en", "ok. about the previous erasmus thing, you put 0 but i wasnt sure. does it matter?"),
           ("fr", "pour mes mois d'Erasmus précédents, je ne sais pas. est-ce que ça change quelque chose ?"),
           ("nl", "over mijn eerdere Erasmusmaanden, ik weet het niet. maakt dat iets uit?"),
           ("it", "riguardo ai mesi di Erasmus precedenti, non lo so. cambia qualcosa?")]


@pytest.mark.parametrize(("lang", "text"), MATTERS)
async def test_does_it_matter_with_the_months_unknown(monkeypatch: pytest.MonkeyPatch, lang: str,
                                                      text: str) -> None:
    slots = {**VIENNA, "skipped": [PRIOR], "language": lang}
    [reply], got = await converse(monkeypatch, slots, [(text, "check_eligibility")])
    assert threshold(lang) in reply
    assert got.get(PRIOR) is None
    assert opening(lang, "faq_did_you_mean_in_flow")[:25] not in reply


async def test_does_it_matter_with_months_known_keeps_the_sum(monkeypatch: pytest.MonkeyPatch) -> None:
    slots = {**VIENNA, PRIOR: 6.0}
    [reply], _ = await converse(monkeypatch, slots, [("do my 6 previous erasmus months count?", "inform")])
    assert "6 months (180 days) earlier in this cycle" in reply and threshold("en") not in reply


# 4. A letter from the host, with a research group named in passing: not the grant groups.
LETTER = [("en", "do i need a letter from the vienna institute already when i apply? i only emailed the "
                 "group leader so far"),
          ("fr", "faut-il déjà une lettre de l'institut de Vienne quand je postule ? je n'ai écrit qu'au "
                 "chef de groupe"),
          ("nl", "heb ik al een brief van het instituut in Wenen nodig als ik me kandidaat stel? ik heb "
                 "alleen de groep van mijn begeleider gemaild"),
          ("it", "serve già una lettera dell'istituto di Vienna quando faccio domanda? ho solo scritto al "
                 "capo del gruppo")]


@pytest.mark.parametrize(("lang", "text"), LETTER)
async def test_a_letter_question_is_not_the_grant_groups(monkeypatch: pytest.MonkeyPatch, lang: str,
                                                         text: str) -> None:
    slots = {**VIENNA, PRIOR: 0.0, "language": lang}
    [reply], _ = await converse(monkeypatch, slots, [(text, "ask_deadline")])
    assert "480 EUR" not in reply and "Group 2" not in reply
    assert opening(lang, "documents_not_in_call", documents="x") in reply


GROUPS = [("en", "which group is Austria in?"), ("fr", "dans quel groupe est l'Autriche ?"),
          ("nl", "in welke groep valt Oostenrijk?"), ("it", "in quale gruppo è l'Austria?")]


@pytest.mark.parametrize(("lang", "text"), GROUPS)
async def test_a_group_question_keeps_the_groups(monkeypatch: pytest.MonkeyPatch, lang: str,
                                                  text: str) -> None:
    slots = {**VIENNA, PRIOR: 0.0, "language": lang}
    [reply], _ = await converse(monkeypatch, slots, [(text, "ask_grant")])
    assert "480 EUR" in reply


# 5. "The Board too or just my supervisor?": only the supervisor's, and why not the Board's.
EITHER = [("en", "do i need approval from the Scientific Board too or just my supervisor?"),
          ("fr", "faut-il aussi l'autorisation du Conseil scientifique ou seulement celle de mon "
                 "directeur ?"),
          ("nl", "heb ik ook de toestemming van de Wetenschappelijke Raad nodig of alleen van mijn "
                 "promotor?"),
          ("it", "serve anche l'autorizzazione del Consiglio Scientifico o solo quella del mio relatore?")]


@pytest.mark.parametrize(("lang", "text"), EITHER)
async def test_board_too_or_just_the_supervisor(monkeypatch: pytest.MonkeyPatch, lang: str,
                                                 text: str) -> None:
    slots = {**VIENNA, PRIOR: 0.0, "language": lang}
    [reply], _ = await converse(monkeypatch, slots, [(text, "faq_who_can_apply")])
    assert opening(lang, "signoff_only_longer", named="x") in reply
    assert length_text(STAY, lang) in reply  # the call's limit is 3 months too: both said
    assert t(lang, "signoff_only") not in reply


async def test_board_too_when_both_are_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    slots = {**VIENNA, "end_date": "2016-06-30", PRIOR: 0.0}
    [reply], _ = await converse(monkeypatch, slots, [(EITHER[0][1], "faq_who_can_apply")])
    assert reply.startswith(t("en", "signoff_yes")) and "Scientific Board must authorise" in reply


async def test_only_the_supervisor_nobody_else_keeps_its_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    slots = {**VIENNA, PRIOR: 0.0}
    asked = [("so only supervisor? nobody else?", "faq_who_can_apply")]
    [reply], _ = await converse(monkeypatch, slots, asked)
    assert reply.startswith(t("en", "signoff_only"))
