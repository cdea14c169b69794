"""Round 25, travel follow-ups (R1, R2). A staff member going to Vienna by train asked for extra days for the
journey and got the amount block with "a top-up that is not listed is not in them", then "your answer stays
the same"; "what if I fly, how much do I lose?" got "Yes: €417", and a person flying got "Yes: €417 with green
travel instead of €309". Now: the call data's note on green travel days (a "Yes" with its condition, "not when
flying", or "the call says nothing" where the data has no such note), and by plane the standard band beside
the green one, measured against what the person was told. Each in the four languages, with the nearby
questions that keep their answer."""
from __future__ import annotations

from typing import Any

import pytest

from actions.i18n import label, t
from tests.actions.answered import no_cant_find
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN

VIENNA = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "receiving_org": "hei",
          "destination": "AT", "destination_city": "Vienna", "start_date": "2026-03-09",
          "end_date": "2026-03-13", "citizenship": ["FR"], "goal": "eligibility"}
KAMPALA = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship",
           "receiving_org": "research_institute", "destination": "UG", "destination_city": "Kampala",
           "start_date": "2026-03-01",
           "end_date": "2026-05-31", "citizenship": ["ET"], "has_scholarship": True, "goal": "eligibility"}
CAN_I_GO = {"en": "so can I go?", "fr": "donc je peux partir ?", "nl": "kan ik dus gaan?",
            "it": "quindi posso partire?"}
# The call data's green_travel_days note (rules_core/calls/itm-2024.yaml), in each language.
DAYS_NOTE = {"en": "up to 4 more travel days may be funded", "fr": "jusqu'à 4 jours de voyage de plus",
             "nl": "tot 4 reisdagen meer gefinancierd", "it": "fino a 4 giorni di viaggio in più"}


async def after_answer(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], lang: str, text: str,
                       intent: str) -> str:
    """The reply to `text` once the person has had their answer (the amount said in full before)."""
    replies = await converse(monkeypatch, {**slots, "language": lang},
                             [(CAN_I_GO[lang], "check_eligibility"), (text, intent)], ITM_OPEN)
    assert "💶" in replies[0], replies[0]
    return replies[1]


def top_up_line(lang: str) -> str:
    return t(lang, "grant_top_up")[:40]


# R1. Extra days for the journey, asked in words.
EXTRA_DAYS = [
    ("fr", "Le train Anvers-Vienne c'est long, est-ce que j'ai droit à des jours en plus pour le trajet ?"),
    ("fr", "Bien. Et pour les jours de voyage en plus en train, il y a quelque chose ? Des collègues m'ont "
           "parlé de jours supplémentaires payés si on voyage vert."),
    ("en", "The train from Antwerp to Vienna is long. Do I get extra days for the journey?"),
    ("nl", "De trein naar Wenen duurt lang. Krijg ik extra reisdagen?"),
    ("it", "Il treno per Vienna è lungo, ho diritto a giorni di viaggio in più?"),
]


@pytest.mark.parametrize("intent", ["ask_grant", "inform"])
@pytest.mark.parametrize(("lang", "text"), EXTRA_DAYS)
async def test_extra_travel_days_get_the_green_travel_note(monkeypatch, lang, text, intent):
    reply = await after_answer(monkeypatch, {**VIENNA, "green_travel": True}, lang, text, intent)
    assert reply.startswith(t(lang, "answer_yes", answer="")), reply
    assert DAYS_NOTE[lang] in reply, reply
    assert top_up_line(lang) not in reply and "💶" not in reply, reply
    no_cant_find(reply)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Je ne parle pas d'argent. Je demande si on a droit à des jours de voyage supplémentaires (extra "
           "travel days) quand on prend le train."),
    ("en", "I'm not talking about money. I'm asking whether we get extra travel days when we take the "
           "train."),
    ("nl", "Ik heb het niet over geld. Ik vraag of we extra reisdagen krijgen als we de trein nemen."),
    ("it", "Non parlo di soldi. Ti chiedo se abbiamo diritto a giorni di viaggio in più quando prendiamo il "
           "treno."),
])
async def test_extra_travel_days_asked_without_a_question_mark(monkeypatch, lang, text):
    """"Je demande si ..." states the train again but asks: the note, not "your answer stays the same"."""
    reply = await after_answer(monkeypatch, {**VIENNA, "green_travel": True}, lang, text, "inform")
    assert DAYS_NOTE[lang] in reply, reply
    assert t(lang, "verdict_stands", outcome="")[:15] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Do I get extra days for the journey?"),
    ("fr", "J'ai droit à des jours en plus pour le trajet ?"),
    ("nl", "Krijg ik extra reisdagen?"),
    ("it", "Ho diritto a giorni di viaggio in più?"),
])
async def test_extra_travel_days_for_one_who_flies_and_for_a_student(monkeypatch, lang, text):
    flying = await after_answer(monkeypatch, {**VIENNA, "green_travel": False}, lang, text, "ask_grant")
    assert flying.startswith(t(lang, "travel_days_flying", note="")), flying
    assert DAYS_NOTE[lang] in flying, flying
    # No note on travel days for a student's case: the call says nothing, with whom to ask, never a "Yes".
    student = await after_answer(monkeypatch, KAMPALA, lang, text, "ask_grant")
    assert t(lang, "uncovered_not_in_call", call="X", topics="Y").split("X")[0] in student, student
    assert label(lang, "uncovered_names", "travel_days") in student, student
    assert "erasmusplusmobility@itg.be" in student, student
    assert DAYS_NOTE[lang] not in student and top_up_line(lang) not in student, student


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Is there a top-up on top of the 417?"),
    ("fr", "Il y a un complément en plus des 417 ?"),
])
async def test_a_top_up_question_keeps_its_answer(monkeypatch, lang, text):
    reply = await after_answer(monkeypatch, {**VIENNA, "green_travel": True}, lang, text, "ask_grant")
    assert top_up_line(lang) in reply and "417" in reply, reply
    assert DAYS_NOTE[lang] not in reply, reply


# R2. Flying: the standard band beside the green one.
FLY_INSTEAD = [
    ("fr", "Et si je prends l'avion finalement, je perds combien ?"),
    ("en", "And what if I fly after all, how much do I lose?"),
    ("nl", "En wat als ik toch vlieg, hoeveel verlies ik dan?"),
    ("it", "E se prendo l'aereo alla fine, quanto perdo?"),
]
LESS = {"en": "€108.00", "fr": "108,00", "nl": "108,00", "it": "108,00"}


@pytest.mark.parametrize("intent", ["ask_grant", "inform"])
@pytest.mark.parametrize(("lang", "text"), FLY_INSTEAD)
async def test_flying_instead_of_the_train_says_what_is_lost(monkeypatch, lang, text, intent):
    reply = await after_answer(monkeypatch, {**VIENNA, "green_travel": True}, lang, text, intent)
    assert "309" in reply and "417" in reply and LESS[lang] in reply, reply
    assert t(lang, "answer_yes", answer="") + "417" not in reply, reply
    assert DAYS_NOTE[lang] in reply and t(lang, "fly_loses", note="") in reply, reply   # no extra days
    # The case differs from the plan only in its travel mode: no amount block again for it.
    assert "💶" not in reply, reply


FLYING_CHANGE = [
    ("en", "Good to know. I'll be flying to Vienna, not taking the train - does that change the travel "
           "money?"),
    ("fr", "Je vais prendre l'avion pour Vienne, pas le train. Est-ce que ça change l'aide au voyage ?"),
    ("nl", "Ik ga vliegen naar Wenen, niet met de trein. Verandert dat iets aan de reissteun?"),
    ("it", "Prendo l'aereo per Vienna, non il treno. Cambia qualcosa per il contributo di viaggio?"),
]


@pytest.mark.parametrize(("lang", "text"), FLYING_CHANGE)
async def test_flying_is_the_standard_amount_already_told(monkeypatch, lang, text):
    """Told €309 (no green travel said): flying changes nothing; the train would give €417."""
    reply = await after_answer(monkeypatch, VIENNA, lang, text, "ask_grant")
    assert reply.startswith(t(lang, "answer_no", answer="")), reply
    assert reply.index("309") < reply.index("417"), reply
    assert t(lang, "green_yes", green="", standard="", band="")[:20] not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Can I go by train, does that change anything?"),
    ("fr", "Et si je prends le train, ça change quelque chose ?"),
    ("nl", "Als ik met de trein ga, verandert dat iets?"),
    ("it", "Se vado in treno cambia qualcosa?"),
])
async def test_the_train_asked_about_keeps_the_green_answer(monkeypatch, lang, text):
    reply = await after_answer(monkeypatch, VIENNA, lang, text, "ask_grant")
    assert t(lang, "green_yes", green="", standard="", band="")[:20] in reply, reply
    assert "417" in reply and "309" in reply, reply
