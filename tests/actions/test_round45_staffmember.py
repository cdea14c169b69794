"""Round 45: an ITM staff member got a wrong verdict.

"Perché? Lavoro in Belgio, non in Italia." after "not eligible: Italy is a country of your citizenship" was
read as "not ITM staff" (the workplace's country, dropped from the message's places, was left as the name of
another employer) and as her Italian nationality taken back ("non in Italia"). Every later "Sono dipendente
dell'ITM", "Ma no, io lavoro all'ITM!" got "La risposta non cambia: non idoneo/a". Now where one works is
neither another employer nor a nationality taken back, and saying one works at the call's institution corrects
a stored "not ITM staff" (actions/ownstaff.py), in English, French, Dutch and Italian.

Also: "Ricominciamo. <the plan again>" only asked "start over?" and never read the plan (now it starts over
and reads it, actions/restartfacts.py), and "Sono italiana", "Sono idonea?" still got "idoneo/a" (the gender
now comes from a nationality or an adjective said of oneself, actions/selfgender.py)."""
from __future__ import annotations

import datetime as dt

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.dialogue import ActionRespond
from actions.i18n import t
from actions.selfgender import gender_said
from bot.nlu.extract import extract as read
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.actions.conversation import play
from tests.actions.test_round13 import ITM_OPEN

PLAN = {"call": "itm-2024", "activity": "staff_training", "receiving_org": "hei",
        "destination_city": "Bologna", "destination": "IT", "start_date": "2026-03-10",
        "end_date": "2026-03-12", "role": "staff", "goal": "eligibility"}
UPDATED = {lang: t(lang, "changed_facts", facts="").split(":")[0] for lang in ("en", "fr", "nl", "it")}

WORKS_IN_A_COUNTRY = [
    ("it", "Perché? Lavoro in Belgio, non in Italia. Non capisco."),
    ("en", "Why? I work in Belgium, not in Italy. I don't understand."),
    ("fr", "Pourquoi ? Je travaille en Belgique, pas en Italie. Je ne comprends pas."),
    ("nl", "Waarom? Ik werk in België, niet in Italië. Ik begrijp het niet."),
]


@pytest.mark.parametrize(("lang", "text"), WORKS_IN_A_COUNTRY)
async def test_working_in_a_country_is_no_other_employer_nor_nationality_taken_back(monkeypatch, lang, text):
    slots = {**PLAN, "citizenship": ["IT"], "language": lang}
    out = await play(monkeypatch, slots, [(text, "ask_why")], ITM_OPEN)
    assert "itm_staff_member" not in out.last, out.replies
    assert out.slots["citizenship"] == ["IT"], out.replies


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I work in Belgium"), ("fr", "je travaille en Belgique"), ("nl", "ik werk in België"),
    ("it", "lavoro in Belgio")])
async def test_working_in_a_country_alone_keeps_the_staff_status_open(monkeypatch, lang, text):
    out = await play(monkeypatch, {**PLAN, "language": lang}, [(text, "inform")], ITM_OPEN)
    assert "itm_staff_member" not in out.last, out.replies


async def test_the_why_after_the_refusal_explains_the_citizenship_rule(monkeypatch):
    said = [("Buongiorno. Sono Giulia Romano, lavoro all'ufficio risorse umane dell'ITM di Anversa. Vorrei "
             "fare un job shadowing all'Università di Bologna, dal 10 al 12 marzo 2026. È possibile?",
             "check_eligibility"),
            ("Sono italiana.", "inform"),
            ("Perché? Lavoro in Belgio, non in Italia. Non capisco.", "ask_why")]
    out = await play(monkeypatch, {"call": "itm-2024", "language": "it"}, said, ITM_OPEN)
    why = out.replies[-1]
    assert "cittadinanza" in why, why
    assert "può andarci" not in why and "personale ITM: No" not in why, why
    assert out.slots.get("itm_staff_member") is not False, why


ITM_STAFF_AFTER_ALL = [
    ("it", "Sono dipendente dell'ITM.", "inform"),
    ("it", "Ma no, io lavoro all'ITM!", "deny"),
    ("it", "Faccio parte del personale dell'ITM. Non di un'altra organizzazione.", "inform"),
    ("it", "Sì, lavoro all'ITM.", "affirm"),
    ("en", "I do work at ITM", "inform"),
    ("en", "No, I work at ITM!", "deny"),
    ("fr", "je fais partie du personnel de l'ITM", "inform"),
    ("fr", "mais non, je travaille à l'IMT !", "deny"),
    ("nl", "ik werk wel bij het ITG", "inform"),
    ("nl", "nee, ik ben personeelslid van het ITG", "deny"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), ITM_STAFF_AFTER_ALL)
async def test_saying_one_is_itm_staff_corrects_a_stored_no(monkeypatch, lang, text, intent):
    slots = {**PLAN, "citizenship": ["BE"], "itm_staff_member": False, "language": lang}
    out = await play(monkeypatch, slots, [(text, intent)], ITM_OPEN)
    assert out.last.get("itm_staff_member") is True, out.replies
    assert out.replies[0].startswith(UPDATED[lang]), out.replies


KEEPS_NO = [
    ("en", "I am not ITM staff, I work at KU Leuven"),
    ("en", "Do I have to work at ITM?"),
    ("en", "If I worked at ITM, could I go?"),
    ("fr", "je ne travaille pas à l'IMT"),
    ("nl", "ik werk niet bij het ITG"),
    ("it", "non lavoro all'ITM, lavoro all'Università di Anversa"),
]


@pytest.mark.parametrize(("lang", "text"), KEEPS_NO)
async def test_a_denied_or_asked_itm_workplace_keeps_the_no(monkeypatch, lang, text):
    slots = {**PLAN, "citizenship": ["BE"], "itm_staff_member": False, "language": lang}
    out = await play(monkeypatch, slots, [(text, "inform")], ITM_OPEN)
    assert out.last.get("itm_staff_member") is not True, out.replies


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I am not ITM staff, I work at KU Leuven"), ("en", "I work for the WHO in Geneva"),
    ("fr", "Je travaille à Médecins Sans Frontières à Bruxelles"), ("it", "lavoro per l'OMS a Ginevra")])
async def test_staff_of_another_organisation_is_still_not_itm_staff(monkeypatch, lang, text):
    out = await play(monkeypatch, {**PLAN, "language": lang}, [(text, "inform")], ITM_OPEN)
    assert out.slots.get("itm_staff_member") is False, out.replies


# "Ricominciamo. <the plan again>": started over, and the plan read as the new conversation's first message.
RESTART_WITH_PLAN = [
    ("it", "Ricominciamo. Sono dipendente dell'ITM di Anversa, amministrativa. Job shadowing "
           "all'Università di Granada, 10-12 marzo 2026. Posso?"),
    ("en", "Let's start over. I'm ITM staff, administration. Job shadowing at the University of Granada, "
           "10-12 March 2026. Can I?"),
    ("fr", "On recommence. Je suis employée à l'IMT d'Anvers, administration. Job shadowing à "
           "l'Université de Grenade, du 10 au 12 mars 2026. C'est possible ?"),
    ("nl", "Laten we opnieuw beginnen. Ik werk bij het ITG in Antwerpen, administratie. Job shadowing aan de "
           "Universiteit van Granada, 10-12 maart 2026. Kan dat?"),
]


async def _respond(monkeypatch: pytest.MonkeyPatch, slots: dict, text: str, intent: str) -> tuple[list, str]:
    monkeypatch.setenv("MOBILITY_TODAY", ITM_OPEN)
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=slots, text=text, intent=intent,
                           entities=read(text, dt.date.fromisoformat(ITM_OPEN)))
    events = await ActionRespond().run(dispatcher, tracker, DOMAIN)
    return events, texts(dispatcher)


@pytest.mark.parametrize(("lang", "text"), RESTART_WITH_PLAN)
async def test_a_restart_that_restates_the_plan_starts_over_and_reads_it(monkeypatch, lang, text):
    slots = {**PLAN, "citizenship": ["IT"], "itm_staff_member": False, "language": lang}
    events, reply = await _respond(monkeypatch, slots, text, "restart")
    assert events[0].get("event") == "restart", events
    assert reply.startswith(t(lang, "restarted")), reply
    after = slot_events(events)
    assert (after["destination"], after["destination_city"]) == ("ES", "Granada"), after
    assert after["role"] == "staff", after
    assert (after["start_date"], after["end_date"]) == ("2026-03-10", "2026-03-12"), after
    assert "itm_staff_member" not in after and "citizenship" not in after, after


@pytest.mark.parametrize(("lang", "text"), [("it", "Ricominciamo."), ("en", "Let's start over."),
                                            ("fr", "On recommence."), ("nl", "Laten we opnieuw beginnen.")])
async def test_a_bare_restart_is_still_confirmed_first(monkeypatch, lang, text):
    events, reply = await _respond(monkeypatch, {**PLAN, "language": lang}, text, "restart")
    assert reply.startswith(t(lang, "confirm_restart")), reply
    assert not any(e.get("event") == "restart" for e in events), events


# The grammatical gender from a nationality or an adjective said of oneself.
@pytest.mark.parametrize(("text", "gender"), [
    ("Sono italiana.", "f"), ("Sono idonea?", "f"), ("sono amministrativa", "f"), ("Je suis française.", "f"),
    ("je suis italienne", "f"), ("Sono di nazionalità tedesca", "f"), ("Sono italiano.", "m"),
    ("Sono idoneo?", "m"), ("je suis français", "m"),
    # no gender marked: a form shared by both, a slashed form, an adjective not said of oneself
    ("Sono belga.", None), ("je suis belge", None), ("Sono idoneo/a?", None),
    ("è una destinazione idonea?", None), ("una università italiana", None), ("I am Italian", None)])
def test_the_gender_of_ones_own_words(text, gender):
    assert gender_said(text) == gender


async def test_an_italian_woman_reads_idonea(monkeypatch):
    said = [("Buongiorno. Sono Giulia Romano, lavoro all'ufficio risorse umane dell'ITM di Anversa. Vorrei "
             "fare un job shadowing all'Università di Bologna, dal 10 al 12 marzo 2026. È possibile?",
             "check_eligibility"),
            ("Sono italiana.", "inform")]
    out = await play(monkeypatch, {"call": "itm-2024", "language": "it"}, said, ITM_OPEN)
    assert "idonea" in out.replies[-1] and "idoneo" not in out.replies[-1], out.replies[-1]
