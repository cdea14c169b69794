"""Round 59 (r59-m2, ITM postdoc staff, training at the University of Oslo, 8-17 June 2026, train + ferry).
1. "Le ferry compte-t-il aussi comme voyage vert ?" got the destination answer, "Je demandais si le trajet en
   ferry est accepté comme voyage vert, au même titre que le train." the credit-transfer text, "mon trajet
   combine train et ferry. Est-ce que cela compte bien comme voyage écologique pour le montant de 417 € ?" the
   amount again: whether a mode counts as green travel is answered (actions/greenmode.py).
2. "Cela ne répond pas du tout à ma question. Tant pis. Et l'indemnité journalière ?" got "I can't find the
   answer": the daily allowance is the grant, its individual support first (actions/dailyfirst.py).
3. "Quand dois-je postuler et auprès de qui ?" got the date only: the contact too (contact_question)."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

OSLO = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "NO",
        "destination_city": "Oslo", "receiving_org": "hei", "citizenship": ["BE"],
        "start_date": "2026-06-08",
        "end_date": "2026-06-17", "goal": "eligibility", "green_travel": True}
FIRST = {"en": "am I eligible?", "fr": "suis-je éligible ?", "nl": "kom ik in aanmerking?",
         "it": "sono idoneo?"}


async def _second(monkeypatch, lang: str, text: str, intent: str) -> str:
    got = await play(monkeypatch, {**OSLO, "language": lang},
                     [(FIRST[lang], "check_eligibility"), (text, intent)], "2025-10-01", user_event="parsed")
    return got.replies[1]


FERRY = {
    "fr": ["Le ferry compte-t-il aussi comme voyage vert ? Une partie du trajet se fait en ferry entre le "
           "Danemark et la Norvège.",
           "Je demandais si le trajet en ferry est accepté comme voyage vert, au même titre que le train.",
           "Dernière question : mon trajet combine train et ferry. Est-ce que cela compte bien comme voyage "
           "écologique pour le montant de 417 € ?"],
    "en": ["Does the ferry also count as green travel? Part of the trip is by ferry between Denmark and "
           "Norway.",
           "My trip combines train and ferry. Does that count as green travel for the 417?"],
    "nl": ["Telt de veerboot ook als groen reizen? Een deel van de reis is met de veerboot tussen "
           "Denemarken en Noorwegen."],
    "it": ["Il traghetto conta anche come viaggio sostenibile? Una parte del viaggio è in traghetto tra la "
           "Danimarca e la Norvegia."],
}
NOT_NAMED = {"en": "ferry is not named", "fr": "ferry n'y est pas nommé",
             "nl": "veerboot wordt daarin niet",
             "it": "traghetto non vi è nominato"}
CASES = [(lang, text, intent) for lang, texts in FERRY.items() for text in texts
         for intent in ("check_eligibility", "faq_credit_transfer", "ask_grant")]


@pytest.mark.parametrize(("lang", "text", "intent"), CASES)
async def test_whether_the_ferry_counts_as_green_travel_is_answered(monkeypatch, lang, text, intent):
    reply = await _second(monkeypatch, lang, text, intent)
    assert NOT_NAMED[lang] in reply, reply
    assert "cmorantin@itg.be" in reply, reply  # the office confirms, named
    assert "erasmus-figures" not in reply and "Norv" not in reply.split("\n")[0], reply
    assert "crédits" not in reply and "credits" not in reply, reply


NAMED = {"en": ("Does the night bus count as green travel?", "Yes: the bus"),
         "fr": ("Le bus de nuit compte-t-il comme voyage vert ?", "Oui : le bus"),
         "nl": ("Telt de nachtbus als groen reizen?", "Ja: de bus"),
         "it": ("L'autobus notturno conta come viaggio sostenibile?", "Sì: l'autobus")}


@pytest.mark.parametrize("lang", sorted(NAMED))
async def test_a_named_mode_is_green_travel(monkeypatch, lang):
    text, yes = NAMED[lang]
    reply = await _second(monkeypatch, lang, text, "ask_grant")
    assert reply.startswith(yes), reply


DAILY = {"fr": "Cela ne répond pas du tout à ma question. Tant pis. Et l'indemnité journalière ?",
         "en": "That doesn't answer my question at all. Never mind. And the daily allowance?",
         "nl": "Dat beantwoordt mijn vraag helemaal niet. Jammer. En de dagvergoeding?",
         "it": "Questo non risponde affatto alla mia domanda. Pazienza. E l'indennità giornaliera?"}
DAILY_LINE = {"en": "Daily allowance (individual support)",
              "fr": "Indemnité journalière (soutien individuel)",
              "nl": "Dagvergoeding (individuele steun)", "it": "Indennità giornaliera (sostegno individuale)"}


@pytest.mark.parametrize("lang", sorted(DAILY))
@pytest.mark.parametrize("intent", ["out_of_scope", "inform", "ask_grant"])
async def test_the_daily_allowance_after_a_complaint_comes_first(monkeypatch, lang, intent):
    reply = await _second(monkeypatch, lang, DAILY[lang], intent)
    assert reply.startswith(DAILY_LINE[lang]), reply
    assert "Annex 1" in reply or "annex" in reply.lower() or "bijlage" in reply or "allegato" in reply, reply
    # (the travel line, said with the answer just before, is not said again since round 62; said, it comes
    # after: tests/actions/test_round62_dailyagain.py)
    assert "💶" not in reply or reply.index(DAILY_LINE[lang]) < reply.index("💶"), reply


WHEN_WHO = {"fr": "Très bien. Quand dois-je postuler et auprès de qui ?",
            "en": "Very well. When do I have to apply and to whom?",
            "nl": "Heel goed. Wanneer moet ik aanvragen en waar?",
            "it": "Molto bene. Entro quando devo fare domanda e presso chi?"}


@pytest.mark.parametrize("lang", sorted(WHEN_WHO))
async def test_when_and_with_whom_gets_the_date_and_the_contact(monkeypatch, lang):
    reply = await _second(monkeypatch, lang, WHEN_WHO[lang], "ask_deadline")
    assert "2026" in reply, reply
    assert "cmorantin@itg.be" in reply.split("\n", 1)[1], reply
