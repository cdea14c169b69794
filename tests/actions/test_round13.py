"""Round 13 of simulated users (through REST), as the real extractor reads their words, through action_respond
on tracker fixtures: what-if questions that changed stored facts, a can't-find after the what-if answer,
end-date cues after the date, a role named with an earlier answer, a role change the stored activity is not
open to, a request to erase read into a question about priorities, dates after an ended call, and a
destination ticked while the nationality it is also checked against was unknown. Each fault in the language
shown and in English, and the ordinary words on the other side."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from actions.phrases import has
from bot.nlu.extract import extract
from tests.actions.conftest import texts
from tests.actions.test_dialogue import respond
from tests.actions.test_round12_dialogue import ROOT

ITM_OPEN = "2025-10-01"
SIM_TODAY = "2026-12-02"  # the simulated users' servers: both calls ended
STAFF_MADRID = {"call": "itm-2024", "role": "staff", "goal": "eligibility", "activity": "staff_training",
                "destination": "ES", "destination_city": "Madrid", "citizenship": ["BE"],
                "start_date": "2026-03-16", "end_date": "2026-03-20", "receiving_org": "hei",
                "receiving_org_has_eche": True}
LUCCA_MUNICH = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility",
                "activity": "traineeship", "destination": "DE", "destination_city": "Munich",
                "receiving_org": "enterprise", "citizenship": ["IT"], "start_date": "2016-03-01",
                "end_date": "2016-07-31", "prior_erasmus_months": 0.0}
CANT_FIND = {lang: t(lang, "faq_did_you_mean_in_flow")[:25] for lang in ("en", "fr", "nl", "it")}
DAY_NOT_SAID = {lang: t(lang, "day_assumed")[:20] for lang in ("en", "fr", "nl", "it")}


async def hear(dispatcher: Any, monkeypatch: pytest.MonkeyPatch, text: str, slots: dict[str, Any],
               today: str = ITM_OPEN, intent: str = "inform") -> dict[str, Any]:
    """The slot events of action_respond for `text`, with the entities the extractor finds on `today`."""
    monkeypatch.setenv("MOBILITY_TODAY", today)
    entities = extract(text, dt.date.fromisoformat(today))
    return await respond(dispatcher, text=text, intent=intent, entities=entities, slots=slots)


async def answered(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], today: str = ITM_OPEN
                   ) -> dict[str, Any]:
    """The slots once the person has had their answer ("so can I go?")."""
    got = await hear(CollectingDispatcher(), monkeypatch, "so can I go?", slots, today)
    return {**slots, **got}


# 1. A question built on a case ("if", "out of curiosity", "say", "si", "als", "se") is answered for that case
# and never stored; "als ik ... eindigt ..., heb ik ... nodig?" has no "zou" and was stored.
LUCCA_OPEN = "2016-01-10"
WHAT_IF = [
    ("en", STAFF_MADRID, ITM_OPEN, "Fine. Out of curiosity, is a conference ever funded? Say next year I "
                                   "want to present a poster at a conference abroad.", "activity"),
    ("nl", LUCCA_MUNICH, LUCCA_OPEN, "En als ik de stage inkort zodat hij eindigt op 30 juni, heb ik die "
                                     "Raad dan niet nodig?", "end_date"),
    ("en", LUCCA_MUNICH, LUCCA_OPEN, "And if I shorten the traineeship so it ends on 30 June, do I still "
                                     "need the Board?", "end_date"),
    ("fr", STAFF_MADRID, ITM_OPEN, "si je reste jusqu'au 15 mai au lieu du 20 mars, ça passe encore ?",
     "end_date"),
    ("en", STAFF_MADRID, ITM_OPEN, "if I stay until 15 May instead of 20 March, is that still fine?",
     "end_date"),
    ("it", STAFF_MADRID, ITM_OPEN, "Per curiosità, una conferenza viene mai finanziata? Diciamo che l'anno "
                                   "prossimo voglio presentare un poster a una conferenza all'estero.",
     "activity"),
]


@pytest.mark.parametrize(("lang", "slots", "today", "text", "field"), WHAT_IF)
async def test_a_question_about_a_case_changes_no_stored_fact(dispatcher, monkeypatch, lang, slots, today,
                                                              text, field):
    got = await hear(dispatcher, monkeypatch, text, {**slots, "language": lang}, today)
    reply = texts(dispatcher)
    assert field not in got, got
    assert t(lang, "what_if_facts", facts="")[:15] in reply, reply
    assert t(lang, "changed_facts", facts="")[:8] not in reply, reply


async def test_what_if_elsewhere_is_a_case_and_lets_go_with_it_stores_it(dispatcher, monkeypatch):
    text = "What if I do it at LMU Munich instead, same dates?"
    got = await hear(dispatcher, monkeypatch, text, STAFF_MADRID)
    assert "destination" not in got and "Only for this case" in texts(dispatcher)
    later = CollectingDispatcher()
    got = await hear(later, monkeypatch, "ok let's go with Munich", STAFF_MADRID)
    assert got.get("destination") == "DE" and "Updated:" in texts(later), got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "when must I apply if I leave on 2 March 2026?"),
    ("fr", "quelle est la date limite si je pars le 2 mars 2026 ?"),
])
async def test_a_condition_with_no_fact_given_yet_states_the_plan(dispatcher, monkeypatch, lang, text):
    slots = {**STAFF_MADRID, "language": lang, "start_date": None, "end_date": None}
    got = await hear(dispatcher, monkeypatch, text, slots, intent="ask_deadline")
    assert got.get("start_date") == "2026-03-02", got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Actually I'm Dutch, not Belgian, if that matters?"),
    ("fr", "en fait je suis néerlandaise, pas belge, si ça compte ?"),
])
async def test_if_that_matters_is_no_case(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**STAFF_MADRID, "language": lang})
    assert got.get("citizenship") == ["NL"], got


# 2. The case's answer is the answer: no "I can't find the answer" after it, also when it is the same.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Would it change anything if the course was only 16 to 18 March?"),
    ("fr", "Est-ce que ça changerait quelque chose si la formation était seulement du 16 au 18 mars ?"),
])
async def test_a_case_with_the_same_answer_says_so_and_nothing_more(dispatcher, monkeypatch, lang, text):
    slots = await answered(monkeypatch, {**STAFF_MADRID, "language": lang})
    got = await hear(dispatcher, monkeypatch, text, slots)
    reply = texts(dispatcher)
    assert "start_date" not in got and "end_date" not in got, got
    assert t(lang, "what_if_stands", outcome="")[:12].lower() in reply.lower(), reply
    assert reply.startswith(t(lang, "answer_no", answer="").strip()), reply  # "would it change anything?"
    assert CANT_FIND[lang] not in reply, reply


# 3. A cue after the date ("comme fin", "als einddatum", "as the end date") gives its role; a date said with
# its day is never "the day was not said".
@pytest.mark.parametrize(("lang", "text", "end"), [
    ("fr", "ok mais finalement je garde le 30 juin comme fin, c'est plus simple", "2026-06-30"),
    ("en", "ok but in the end I'll keep 30 June as the end, it's simpler", "2026-06-30"),
    ("fr", "finalement le 30 juin comme date de fin", "2026-06-30"),
    ("it", "alla fine tengo il 30 giugno come data di fine", "2026-06-30"),
    ("nl", "Dus toch 30 juni als einddatum.", "2026-06-30"),
])
async def test_a_cue_after_the_date_makes_it_the_end(dispatcher, monkeypatch, lang, text, end):
    slots = {**STAFF_MADRID, "language": lang, "activity": "traineeship", "role": "msc_student",
             "start_date": "2026-02-01", "end_date": "2026-07-15"}
    got = await hear(dispatcher, monkeypatch, text, slots)
    assert got.get("end_date") == end and "start_date" not in got, got
    assert DAY_NOT_SAID[lang] not in texts(dispatcher)


@pytest.mark.parametrize("state", [
    {},
    {"end_date": "2016-06-30"},
    {"start_date": None, "end_date": None, "start_month": "2016-03", "asked": "start_date"},
    {"start_date": None, "end_date": None, "duration": "P4M"},
    {"start_date": None, "end_date": None},
])
@pytest.mark.parametrize(("lang", "text"), [("nl", "Dus toch 31 juli als einddatum."),
                                            ("en", "So 31 July as the end date after all.")])
async def test_an_end_date_said_with_its_day_is_the_end_and_its_day_is_said(dispatcher, monkeypatch, lang,
                                                                            text, state):
    got = await hear(dispatcher, monkeypatch, text, {**LUCCA_MUNICH, "language": lang, **state}, LUCCA_OPEN)
    assert got.get("end_date", "2016-07-31") == "2016-07-31" and "start_date" not in got, got
    assert DAY_NOT_SAID[lang] not in texts(dispatcher), texts(dispatcher)


# 4. A role named with an earlier answer is no statement of role.
STAFF_LISBON = {**STAFF_MADRID, "destination": "PT", "destination_city": "Lisbon", "start_date": "2026-03-02",
                "end_date": "2026-03-06"}


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "neanche una cifra indicativa? prima per il dottorato me l'avevi data"),
    ("en", "not even a rough figure? for the PhD one you gave me one"),
    ("fr", "même pas un chiffre indicatif ? pour le doctorat tu m'avais donné un montant"),
    ("nl", "zelfs geen richtbedrag? voor het doctoraat gaf je me er wel een"),
])
async def test_a_role_named_with_an_earlier_answer_changes_no_role(dispatcher, monkeypatch, lang, text):
    got = await hear(dispatcher, monkeypatch, text, {**STAFF_LISBON, "language": lang}, intent="ask_grant")
    assert "role" not in got, got
    assert t(lang, "changed_facts", facts="")[:8] not in texts(dispatcher)
    assert "❌" not in texts(dispatcher)


async def test_a_role_said_of_oneself_still_changes_it(dispatcher, monkeypatch):
    text = "actually I'm a PhD student, you told me staff earlier"
    got = await hear(dispatcher, monkeypatch, text, STAFF_LISBON)
    assert got.get("role") == "phd_student", got


# 5. A role changed to one the stored activity is not open to takes the one activity the rules admit for it.
PHD_STAFF_LISBON = {**STAFF_LISBON, "role": "phd_student", "itm_staff_member": True,
                    "activity": "short_term_doctoral"}


@pytest.mark.parametrize(("lang", "text", "training"), [
    ("it", "allora posso farla come staff invece? stesse date, stesso istituto a Lisbona",
     "Formazione del personale"),
    ("en", "so can I do it as staff instead? same dates, same institute in Lisbon", "Staff training"),
])
async def test_a_role_change_to_staff_takes_the_staff_activity(dispatcher, monkeypatch, lang, text, training):
    got = await hear(dispatcher, monkeypatch, text, {**PHD_STAFF_LISBON, "language": lang})
    reply = texts(dispatcher)
    assert got.get("role") == "staff" and got.get("activity") == "staff_training", got
    assert f"→ {training}" in reply and "❌" not in reply, reply


async def test_a_role_change_keeps_an_activity_open_to_the_new_role(dispatcher, monkeypatch):
    slots = {**STAFF_LISBON, "role": "msc_student", "activity": "traineeship", "receiving_org": "enterprise"}
    got = await hear(dispatcher, monkeypatch, "sorry, I'm actually a PhD student", slots)
    assert got.get("role") == "phd_student" and "activity" not in got, got


# 6. Words read as "erase my data" without a word that asks it are read as usual: here, a priority question.
SELF_FUNDED_GHANA = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility",
                     "activity": "traineeship", "destination": "GH", "destination_city": "Accra",
                     "receiving_org": "ngo", "citizenship": ["FR"], "start_date": "2026-03-01",
                     "end_date": "2026-05-31"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "ok. et tu disais seulement 2 bourses pour ces pays... je suis autofinancée moi, enfin je crois, "
           "je paie mes frais moi-même. ça m'aide ?"),
    ("en", "ok. and you said only 2 grants for those countries... I'm self-funded I think, I pay my fees "
           "myself. does that help?"),
])
async def test_a_priority_question_misread_as_erase_gets_the_priorities(dispatcher, monkeypatch, lang, text):
    slots = await answered(monkeypatch, {**SELF_FUNDED_GHANA, "language": lang})
    got = await hear(dispatcher, monkeypatch, text, slots, intent="delete_my_data")
    reply = texts(dispatcher)
    assert "confirm" not in got and t(lang, "confirm_delete_my_data")[:12] not in reply, reply
    assert got.get("has_scholarship") is False, got
    assert reply.startswith(t(lang, "priority_yes")[:4]), reply
    assert "self-funded" in reply or "autofinanc" in reply, reply


ANNOTATION_RX = re.compile(r"\[([^\]]*)\]\{[^}]*\}")  # "[siano]{...}": the words as typed


def test_every_way_to_ask_for_erasure_in_the_training_data_says_so():
    for path in sorted((ROOT / "data" / "nlu").glob("*/conversation.yml")):
        data = yaml.safe_load(path.read_text("utf-8"))["nlu"]
        blocks = [b for b in data if b.get("intent") == "delete_my_data"]
        examples = [ANNOTATION_RX.sub(r"\1", line[2:].strip())
                    for b in blocks for line in b["examples"].splitlines() if line.strip()]
        missed = [e for e in examples if not has("delete_words", e)]
        assert examples and not missed, (path, missed)


# 7. An ended call: dates after its period get no verdict as if applied in time; "is there a new call?" first.
@pytest.mark.parametrize("hypothetical", [True, None])
@pytest.mark.parametrize(("lang", "text", "first"), [
    ("en", "Isn't there a new call for 2026-2027 yet? I'd like to do a traineeship at an NGO in Accra, "
           "March to May 2027.", "No newer call is known to me"),
    ("fr", "Il n'y a pas encore de nouvel appel pour 2026-2027 ? Je voudrais faire un stage dans une ONG à "
           "Accra, de mars à mai 2027.", "Je ne connais pas d'appel plus récent"),
])
async def test_dates_after_an_ended_call_get_no_as_if_verdict(dispatcher, monkeypatch, lang, text, first,
                                                              hypothetical):
    slots = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "citizenship": ["BE"],
             "closed_told": "itm-2024", "hypothetical": hypothetical, "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots, SIM_TODAY)
    reply = texts(dispatcher)
    assert got.get("start_date") == "2027-03-01", got
    assert reply.startswith(first), reply
    assert t(lang, "dates_after_call", dates="", last="")[:10] in reply, reply
    assert "❌" not in reply and "✓" not in reply and t(lang, "closed_would_hold")[:12] not in reply, reply


# 8. No "eligible destination" tick while the nationality the destination is also checked against is unknown.
@pytest.mark.parametrize(("lang", "text", "tick"), [
    ("en", "I'm ITM staff and want to do a staff training in Austria", "is an eligible destination"),
    ("fr", "Je fais partie du personnel de l'IMT et je voudrais faire une formation en Autriche",
     "Destination éligible"),
])
async def test_no_destination_tick_before_the_nationality(dispatcher, monkeypatch, lang, text, tick):
    slots = {"call": "itm-2024", "goal": "eligibility", "language": lang}
    got = await hear(dispatcher, monkeypatch, text, slots)
    reply = texts(dispatcher)
    assert got.get("destination") == "AT" and "✓" in reply, reply  # the role and activity ticks stay
    assert tick not in reply and "Austria is not" not in reply, reply
