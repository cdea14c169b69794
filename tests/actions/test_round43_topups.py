"""Round 43 (a short-term blended mobility in Copenhagen): "are there any extra top-ups I might qualify for?"
got "The amount: as above" and the verdict block; "sorry I meant like extra money for fewer opportunities or
for travelling green, by train" stored "green travel: Yes" and answered nothing; "do you need to know anything
else about me to work out the grant properly?" got the out-of-scope reply; "would I count as someone with
fewer opportunities?", "does it matter if I already did erasmus stuff before?" and "my country of origin -
what do you mean by that exactly?" got "I can't find". Each is answered from the call data now."""
from __future__ import annotations

import pytest

from actions.phrases import has
from actions.travelmode import travel_mode
from tests.actions.conversation import play

CPH = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended", "goal": "eligibility",
       "destination": "DK", "destination_city": "Copenhagen", "receiving_org": "hei", "citizenship": ["NG"],
       "start_date": "2026-06-15", "end_date": "2026-06-24"}
CANNOT = ("I can't find", "Je ne trouve pas", "Ik vind", "Non trovo", "I can only help")
INTENTS = ["nlu_fallback", "ask_grant", "out_of_scope"]


async def _reply(monkeypatch, lang: str, text: str, intent: str, **slots):
    got = await play(monkeypatch, {**CPH, "language": lang, **slots}, [("ok", "affirm"), (text, intent)],
                     "2025-10-01")
    return got, got.replies[-1]


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("lang", "text", "group"), [
    ("en", "are there any extra top-ups I might qualify for?", "100 EUR"),
    ("fr", "est-ce qu'il y a des compléments auxquels j'aurais droit ?", "100 EUR"),
    ("nl", "zijn er toeslagen waar ik recht op zou kunnen hebben?", "100 EUR"),
    ("it", "ci sono maggiorazioni a cui potrei avere diritto?", "100 EUR"),
])
async def test_top_ups_in_general_list_those_that_depend_on_the_person(monkeypatch, intent, lang, text,
                                                                      group):
    _, reply = await _reply(monkeypatch, lang, text, intent)
    assert group in reply and "150 EUR" in reply, reply
    assert "✅" not in reply and not any(c in reply for c in CANNOT), reply


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "sorry I meant like extra money for fewer opportunities or for travelling green, by train"),
    ("fr", "je voulais dire un complément pour les personnes avec moins d'opportunités ou pour le voyage "
           "vert, en train"),
    ("nl", "ik bedoelde een toeslag voor minder kansen of voor groen reizen, met de trein"),
    ("it", "intendevo una maggiorazione per chi ha minori opportunità o per il viaggio sostenibile, "
           "in treno"),
])
async def test_a_top_up_for_the_group_or_green_travel_is_answered_not_stored(monkeypatch, intent, lang,
                                                                            text):
    got, reply = await _reply(monkeypatch, lang, text, intent)
    assert "100 EUR" in reply and "417" in reply, reply
    assert "green_travel" not in got.last, got.last


def test_the_train_said_as_ones_own_travel_is_still_stored():
    assert travel_mode("I will take the train. Is there any extra money for that?") is True
    assert travel_mode("ik ga met de trein") is True
    assert travel_mode("I meant extra money for travelling green, by train") is None


async def test_the_group_alone_keeps_its_own_answer(monkeypatch):
    _, reply = await _reply(monkeypatch, "en", "is there a top-up for students with fewer opportunities?",
                            "ask_grant")
    assert "100 EUR" in reply and "417" not in reply, reply


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "do you need to know anything else about me to work out the grant properly?"),
    ("fr", "avez-vous besoin de savoir autre chose sur moi pour calculer la bourse ?"),
    ("nl", "moet u nog iets over mij weten om de beurs goed te berekenen?"),
    ("it", "ha bisogno di sapere altro su di me per calcolare bene la borsa?"),
])
async def test_what_else_the_assistant_needs_is_answered(monkeypatch, intent, lang, text):
    _, reply = await _reply(monkeypatch, lang, text, intent)
    assert "15" in reply and not any(c in reply for c in CANNOT), reply
    assert reply.splitlines()[0].split()[0].rstrip(",") in ("No", "Non", "Nee", "No"), reply


def test_the_persons_own_needs_are_no_question_to_the_assistant():
    assert not has("still_needed_question", "do I need anything else?")


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "would I count as someone with fewer opportunities? I'm an international student on a "
           "scholarship"),
    ("fr", "est-ce que je compterais comme quelqu'un avec moins d'opportunités ?"),
    ("nl", "zou ik meetellen als iemand met minder kansen?"),
    ("it", "rientrerei tra chi ha minori opportunità?"),
])
async def test_who_counts_asked_as_would_i_count(monkeypatch, intent, lang, text):
    _, reply = await _reply(monkeypatch, lang, text, intent)
    assert "erasmusplusmobility@itg.be" in reply and not any(c in reply for c in CANNOT), reply


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("lang", "text", "cap"), [
    ("en", "does it matter if I already did erasmus stuff before?", "12 months"),
    ("fr", "est-ce que ça compte si j'ai déjà fait Erasmus avant ?", "12 mois"),
    ("nl", "maakt het uit als ik al eerder Erasmus heb gedaan?", "12 maanden"),
    ("it", "conta se ho già fatto l'Erasmus prima?", "12 mesi"),
])
async def test_earlier_erasmus_never_asked_gives_the_cycle_cap(monkeypatch, intent, lang, text, cap):
    _, reply = await _reply(monkeypatch, lang, text, intent)
    assert cap in reply and not any(c in reply for c in CANNOT), reply


async def test_earlier_months_told_keep_their_sum(monkeypatch):
    _, reply = await _reply(monkeypatch, "en", "does it matter if I already did erasmus before?",
                            "nlu_fallback", prior_erasmus_months=6)
    assert "6 months" in reply, reply


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "my country of origin - what do you mean by that exactly?", "country of nationality"),
    ("fr", "mon pays d'origine, qu'est-ce que vous entendez par là exactement ?", "nationalité"),
    ("nl", "mijn land van herkomst, wat bedoel je daar precies mee?", "nationaliteit"),
    ("it", "il mio paese d'origine, cosa intende esattamente?", "cittadinanza"),
])
async def test_country_of_origin_explained(monkeypatch, intent, lang, text, said):
    _, reply = await _reply(monkeypatch, lang, text, intent)
    assert said in reply and not any(c in reply for c in CANNOT), reply
    assert "staff" not in reply.lower(), reply


async def test_another_term_keeps_its_meaning(monkeypatch):
    _, reply = await _reply(monkeypatch, "en", "what is a study cycle?", "nlu_fallback")
    assert "bachelor" in reply, reply
