"""Round 39 (asif39): an MSc student's traineeship at an NGO in Casablanca, March-June 2027, after the ITM
call ended; the as-if case "what if I had done this last year, march to end of june 2026?" was open.
1. "and Dakar instead, same NGO type?" gave "Updated: destination city: Casablanca → Dakar" and the e-mail
   summary showed Dakar with the real 2027 dates: while a case is discussed, a fact said as a variation is the
   case's, said as the case's ("Only for this case, ...") with its button (actions/casevariation.py).
2. "wait, the real plan is still Casablanca, Dakar was just the what-if" was ignored (the last city named
   won): the place said to have been only the case is dropped, the one said as the real plan is stored.
3. "if the next call has the same rules, Casablanca is a no-go for me right? because I'm Moroccan" made a case
   of nationality Morocco alone (Belgium dropped) and said only "Not for certain": a nationality among the
   ones known changes nothing (actions/extraction.py), and the ended call's failed rule answers the question
   conditionally (actions/samerules.py).
4. "is there a newer call out yet? who do I write to about the next one?" got only the contact: whether a
   newer call is known comes first (actions/contactq.py newer_call_first).
Nearby answers kept: a destination change outside any case, "let's do Dakar" and "keep this as my plan" in a
case, a first nationality, "I'm only Moroccan", the next call's rule without "the same rules", a contact
question alone.
"""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from tests.actions.conftest import texts
from tests.actions.test_round13 import ITM_OPEN, hear

ENDED = "2026-12-04"  # the simulated student's server: the ITM call ended
CASA = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "goal": "eligibility",
        "destination": "MA", "destination_city": "Casablanca", "receiving_org": "ngo",
        "start_date": "2027-03-01", "end_date": "2027-06-30", "closed_told": "itm-2024>as_if"}
IN_CASE = {**CASA, "citizenship": ["BE", "MA"], "hypothetical": True,
           "what_if_case": {"_past": {"start_date": "2026-03-01", "end_date": "2026-06-30"}}}
CASE_LEFT = {**CASA, "citizenship": ["BE", "MA"], "closed_told": "itm-2024>after",
             "what_if_case": {"_past": {"start_date": "2026-03-01", "end_date": "2026-06-30", "left": True}}}


def _head(lang: str, key: str) -> str:
    """The words a reply key opens with, before its first placeholder."""
    return t(lang, key, facts="{", call="{", reasons="{", who="{").split("{")[0]


# 1. A variation said while a case is discussed is the case's.
VARIATION = [
    ("en", "and Dakar instead, same NGO type?"),
    ("en", "and Dakar?"),
    ("fr", "et Dakar plutôt, même type d'ONG ?"),
    ("nl", "en Dakar in plaats daarvan, zelfde soort ngo?"),
    ("it", "e Dakar invece, stesso tipo di ONG?"),
]


@pytest.mark.parametrize(("lang", "text"), VARIATION)
async def test_a_new_place_said_in_the_past_case_is_the_cases(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**IN_CASE, "language": lang}, ENDED)
    reply = texts(dispatcher)
    assert got.get("destination_city", "Casablanca") == "Casablanca", got
    assert got.get("destination", "MA") == "MA", got
    case = got["what_if_case"]
    assert case.get("destination_city") == "Dakar" and case.get("destination") == "SN", case
    assert case["_past"] == {"start_date": "2026-03-01", "end_date": "2026-06-30"}, case
    assert _head(lang, "what_if_facts") in reply and "→" not in reply, reply
    assert t(lang, "button_keep_case") in reply, reply


async def test_the_e_mail_summary_after_the_variation_keeps_the_real_place(monkeypatch):
    slots = {**IN_CASE, "language": "en"}
    got = await hear(CollectingDispatcher(), monkeypatch, "and Dakar instead, same NGO type?", slots, ENDED)
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "who do I write to? can you give me an e-mail summary?",
               {**slots, **got}, ENDED, intent="ask_contact")
    reply = texts(dispatcher)
    assert "Casablanca" in reply and "Dakar" not in reply, reply


async def test_a_variation_of_a_fresh_what_if_case_is_the_cases(monkeypatch):
    slots = {**CASA, "start_date": "2026-03-02", "end_date": "2026-06-30", "citizenship": ["BE"],
             "closed_told": None, "language": "en",
             "what_if_case": {"destination_city": "Nairobi", "destination": "KE", "_fresh": True}}
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, "and Dakar instead, same NGO type?", slots, ITM_OPEN)
    assert got.get("destination_city", "Casablanca") == "Casablanca", got
    assert got["what_if_case"].get("destination_city") == "Dakar", got
    assert "→" not in texts(dispatcher)


async def test_a_new_place_outside_any_case_still_moves_the_plan(monkeypatch):
    slots = {**CASA, "start_date": "2026-03-02", "end_date": "2026-06-30", "citizenship": ["BE"],
             "closed_told": None, "language": "en"}
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, "and Dakar instead, same NGO type?", slots, ITM_OPEN)
    assert got.get("destination_city") == "Dakar", got
    assert "Casablanca → Dakar" in texts(dispatcher)


MOVES = [
    ("en", "ok, let's do Dakar then"),
    ("fr", "ok, va pour Dakar alors"),
    ("nl", "ok, dan doen we Dakar"),
    ("it", "ok, allora facciamo Dakar"),
]


@pytest.mark.parametrize(("lang", "text"), MOVES)
async def test_moving_the_plan_in_the_case_still_moves_it(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**IN_CASE, "language": lang}, ENDED)
    assert got.get("destination_city") == "Dakar", got
    assert "Casablanca → Dakar" in texts(dispatcher)


async def test_keeping_the_varied_case_makes_it_the_plan(monkeypatch):
    slots = {**IN_CASE, "language": "en"}
    got = await hear(CollectingDispatcher(), monkeypatch, "and Dakar instead, same NGO type?", slots, ENDED)
    dispatcher = CollectingDispatcher()
    kept = await hear(dispatcher, monkeypatch, t("en", "button_keep_case"), {**slots, **got}, ENDED)
    assert kept.get("destination_city") == "Dakar", kept
    assert "Casablanca → Dakar" in texts(dispatcher)


# 2. "the real plan is still Casablanca, Dakar was just the what-if": the plan's place again.
WRONGLY_STORED = {**CASE_LEFT, "destination": "SN", "destination_city": "Dakar"}
REAL_PLAN = [
    ("en", "wait, the real plan is still Casablanca, Dakar was just the what-if. and you didnt say: is a "
           "newer call out or not?"),
    ("en", "Dakar was just the what-if, the real plan is Casablanca"),
    ("fr", "attendez, le vrai projet c'est toujours Casablanca, Dakar c'était juste l'hypothèse."),
    ("nl", "wacht, het echte plan is nog steeds Casablanca, Dakar was maar een wat-als."),
    ("it", "aspetta, il piano vero è sempre Casablanca, Dakar era solo un'ipotesi."),
]


@pytest.mark.parametrize(("lang", "text"), REAL_PLAN)
async def test_the_real_plan_said_again_is_stored(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**WRONGLY_STORED, "language": lang}, ENDED)
    assert got.get("destination_city") == "Casablanca" and got.get("destination") == "MA", got
    assert "Dakar → Casablanca" in texts(dispatcher), texts(dispatcher)


async def test_the_real_plan_said_as_it_stands_changes_nothing(monkeypatch):
    dispatcher = CollectingDispatcher()
    text = "wait, the real plan is still Casablanca, Dakar was just the what-if."
    got = await hear(dispatcher, monkeypatch, text, {**CASE_LEFT, "language": "en"}, ENDED)
    assert got.get("destination_city", "Casablanca") == "Casablanca", got
    assert "→" not in texts(dispatcher) and "Dakar" not in str(got.get("what_if_case")), texts(dispatcher)


# 3. A nationality known, named as a reason, changes nothing; the same rules answer conditionally.
SAME_RULES = [
    ("en", "last thing: if the next call has the same rules, Casablanca is a no-go for me right? because I'm "
           "Moroccan", "Morocco"),
    ("fr", "dernière chose : si le prochain appel a les mêmes règles, Casablanca est exclue pour moi, c'est "
           "ça ? parce que je suis marocain", "Maroc"),
    ("nl", "laatste vraag: als de volgende oproep dezelfde regels heeft, is Casablanca uitgesloten voor mij, "
           "toch? omdat ik Marokkaans ben", "Marokko"),
    ("it", "ultima cosa: se il prossimo bando ha le stesse regole, Casablanca è esclusa per me, giusto? "
           "perché sono marocchino", "Marocco"),
]


@pytest.mark.parametrize(("lang", "text", "country"), SAME_RULES)
@pytest.mark.parametrize("intent", ["check_eligibility", "inform"])
async def test_the_same_rules_get_the_failed_rule_conditionally(monkeypatch, lang, text, country, intent):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**CASE_LEFT, "language": lang}, ENDED, intent=intent)
    reply = texts(dispatcher)
    assert "citizenship" not in got and not (got.get("what_if_case") or {}).get("citizenship"), got
    assert _head(lang, "what_if_facts") not in reply and t(lang, "button_keep_case") not in reply, reply
    assert reply.startswith(_head(lang, "rule_same_yes")), reply
    assert country in reply and "erasmusplusmobility@itg.be" in reply, reply


async def test_the_next_calls_rule_without_the_same_rules_is_not_certain(monkeypatch):
    dispatcher = CollectingDispatcher()
    text = "does the two months before departure rule hold for the next call too?"
    await hear(dispatcher, monkeypatch, text, {**CASE_LEFT, "language": "en"}, ENDED)
    assert texts(dispatcher).startswith(_head("en", "rule_next_call")), texts(dispatcher)


async def test_the_same_rules_with_no_rule_failed_is_not_certain(monkeypatch):
    dispatcher = CollectingDispatcher()
    slots = {**CASE_LEFT, "destination": "SN", "destination_city": "Dakar", "language": "en"}
    text = "if the next call has the same rules, Dakar is a no-go for me right?"
    await hear(dispatcher, monkeypatch, text, slots, ENDED)
    assert texts(dispatcher).startswith(_head("en", "rule_next_call")), texts(dispatcher)


NATIONALITY_AGAIN = [
    ("en", "because I'm Moroccan"),
    ("fr", "parce que je suis marocain"),
    ("nl", "omdat ik Marokkaans ben"),
    ("it", "perché sono marocchino"),
]


@pytest.mark.parametrize(("lang", "text"), NATIONALITY_AGAIN)
async def test_a_known_nationality_named_again_drops_none(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    got = await hear(dispatcher, monkeypatch, text, {**CASE_LEFT, "language": lang}, ENDED)
    assert got.get("citizenship", ["BE", "MA"]) == ["BE", "MA"], got
    assert "→" not in texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), NATIONALITY_AGAIN)
async def test_a_first_nationality_is_still_stored(monkeypatch, lang, text):
    slots = {**CASA, "start_date": "2026-03-02", "end_date": "2026-06-30", "closed_told": None,
             "language": lang}
    got = await hear(CollectingDispatcher(), monkeypatch, text, slots, ITM_OPEN)
    assert got.get("citizenship") == ["MA"], got


ONLY_ONE = [
    ("en", "sorry, I'm only Moroccan"),
    ("fr", "pardon, je suis seulement marocain"),
    ("nl", "sorry, ik ben alleen Marokkaans"),
    ("it", "scusa, sono solo marocchino"),
]


@pytest.mark.parametrize(("lang", "text"), ONLY_ONE)
async def test_only_one_nationality_still_replaces_them(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**CASE_LEFT, "language": lang}, ENDED)
    assert got.get("citizenship") == ["MA"], got


# 4. A newer call asked beside whom to write to: both answered, the newer call first.
NEWER_AND_CONTACT = [
    ("en", "ok thanks. for 2027 — is there a newer call out yet? who do I write to about the next one?"),
    ("fr", "merci. pour 2027, y a-t-il déjà un nouvel appel ? à qui dois-je écrire pour le prochain ?"),
    ("nl", "bedankt. voor 2027: is er al een nieuwe oproep? naar wie schrijf ik over de volgende?"),
    ("it", "grazie. per il 2027, c'è già un nuovo bando? a chi scrivo per il prossimo?"),
]


@pytest.mark.parametrize(("lang", "text"), NEWER_AND_CONTACT)
async def test_a_newer_call_and_the_contact_are_both_answered(monkeypatch, lang, text):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, text, {**CASE_LEFT, "language": lang}, ENDED, intent="ask_contact")
    reply = texts(dispatcher)
    newer = t(lang, "next_call_unknown")
    assert newer in reply and "erasmusplusmobility@itg.be" in reply, reply
    assert reply.index(newer) < reply.index("erasmusplusmobility@itg.be"), reply


async def test_whom_to_write_about_the_next_call_is_the_contact_alone(monkeypatch):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "who do I write to about the next call?",
               {**CASE_LEFT, "language": "en"}, ENDED, intent="ask_contact")
    reply = texts(dispatcher)
    assert t("en", "next_call_unknown") not in reply and "erasmusplusmobility@itg.be" in reply, reply
