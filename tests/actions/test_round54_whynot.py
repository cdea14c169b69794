"""Round 54 (today 1 October 2025). r54-nn: a Portuguese ITM MSc student ("vous", a woman), Lisbon refused
because Portugal is her citizenship, then Salamanca, 1 February - 31 May 2026, kept as her plan. r54-kk: a
Kenyan ITM MSc student, a traineeship at KEMRI in Kisumu, 1 June - 31 July 2026, refused for his citizenship.

1. "juste pour comprendre, pourquoi le Portugal n'est pas possible ? j'habite en Belgique depuis 3 ans" got
   "Mis à jour : date de fin: 31 mai 2026 → 31 janvier 2029" and "not eligible" ("depuis 3 ans" read as the
   stay's length: the French "en" was taken for the Dutch "and"), and the residence answer about Spain: a
   "since/for N years" about where one lives, studies or works is no length of the stay (actions/lengths.py),
   and the why gets the citizenship rule for Portugal with its source, that living or studying in another
   country does not change it, and that the plan as it stands is not affected (actions/whyown.py).
2. "ok merci. mais du coup c'est juste parce que je suis portugaise que Lisbonne ne marche pas ?" got "Non :
   votre nationalité n'est pas une condition de cet appel ..." (checked for Spain): the place the question
   names is checked, "Oui : ..." (actions/nationalityq.py).
3. "but i study in belgium, why does that matter?" got every check of the call: the why is answered as in 1;
   and the checks showed "✗ Kenya is a country of your citizenship ..." beside "✓ Kenya is an eligible
   destination": with a country excluded, the sets' line says only that the call covers it (rules_core)."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
SALAMANCA = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "ES",
             "destination_city": "Salamanca", "receiving_org": "hei", "start_date": "2026-02-01",
             "end_date": "2026-05-31", "goal": "eligibility", "citizenship": ["PT"], "gender": "f"}
KISUMU = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "KE",
          "destination_city": "Kisumu", "start_date": "2026-06-01", "end_date": "2026-07-31",
          "goal": "eligibility", "citizenship": ["KE"], "gender": "m"}
INTENTS = ["ask_why", "inform", "check_eligibility"]

WHY_PORTUGAL = {
    "fr": "juste pour comprendre, pourquoi le Portugal n'est pas possible ? j'habite en Belgique "
          "depuis 3 ans",
    "en": "just to understand, why is Portugal not possible? I've been living in Belgium for 3 years",
    "nl": "even om het te begrijpen, waarom kan Portugal niet? ik woon sinds 3 jaar in België",
    "it": "solo per capire, perché il Portogallo non è possibile? abito in Belgio da 3 anni",
}
STUDY_SINCE = {
    "fr": "pourquoi le Portugal n'est pas possible ? j'étudie en Belgique depuis 3 ans",
    "en": "why is Portugal not possible? I study in Belgium for 3 years",
    "nl": "waarom kan Portugal niet? ik studeer sinds 3 jaar in België",
    "it": "perché il Portogallo non è possibile? studio in Belgio da 3 anni",
}
PORTUGAL_REFUSED = {"fr": "✗ Destination non éligible : Portugal, un pays dont vous avez la nationalité",
                    "en": "✗ Portugal is a country of your citizenship",
                    "nl": "Portugal",
                    "it": "Portogallo"}
OWN_COUNTRY = {"it": "paese di cui ha la cittadinanza", "en": "country of your own nationality",
               "fr": "pays dont vous avez la nationalité", "nl": "land waarvan u de nationaliteit"}
ELSEWHERE = {"it": "(Belgio)", "en": "(Belgium)", "fr": "(Belgique)", "nl": "(België)"}
UNAFFECTED = {"fr": "Votre projet tel qu'il est (Espagne) n'est pas concerné",
              "en": "Your plan as it stands (Spain) is not affected",
              "nl": "Uw plan zoals het nu is (Spanje) valt niet onder deze regel",
              "it": "Il Suo progetto così com'è (Spagna) non è toccato"}


async def _play(monkeypatch, slots, lang, messages):
    return await play(monkeypatch, {**slots, "language": lang}, [("?", "check_eligibility"), *messages],
                      TODAY, user_event="parsed", keep_slot_events=True)


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize("said", [WHY_PORTUGAL, STUDY_SINCE])
@pytest.mark.parametrize("lang", ["fr", "en", "nl", "it"])
async def test_why_portugal_living_there_for_years_keeps_the_dates(monkeypatch, lang, said, intent):
    got = await _play(monkeypatch, SALAMANCA, lang, [(said[lang], intent)])
    reply = got.replies[1]
    assert "end_date" not in got.last and "start_date" not in got.last, (got.last, reply)
    assert got.slots["end_date"] == "2026-05-31" and got.slots["destination"] == "ES", reply
    assert "❌" not in reply and "2029" not in reply, reply
    assert PORTUGAL_REFUSED[lang] in reply and "✗" in reply, reply
    assert OWN_COUNTRY[lang] in reply and ELSEWHERE[lang] in reply, reply
    assert UNAFFECTED[lang] in reply, reply


ONLY_BECAUSE = {
    "fr": "ok merci. mais du coup c'est juste parce que je suis portugaise que Lisbonne ne marche pas ?",
    "en": "ok thanks. so Lisbon fails just because I'm Portuguese?",
    "nl": "ok bedankt. dus het is alleen omdat ik Portugese ben dat Lissabon niet kan?",
    "it": "va bene, grazie. quindi Lisbona non va solo perché sono portoghese?",
}
YES = {"fr": "Oui : ", "en": "Yes: ", "nl": "Ja: ", "it": "Sì: "}


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize("lang", ["fr", "en", "nl", "it"])
async def test_lisbon_only_because_portuguese_is_yes(monkeypatch, lang, intent):
    got = await _play(monkeypatch, SALAMANCA, lang, [(ONLY_BECAUSE[lang], intent)])
    reply = got.replies[1]
    assert reply.startswith(YES[lang]), reply
    assert PORTUGAL_REFUSED[lang].lstrip("✗ ") in reply, reply
    assert got.slots["destination"] == "ES", got.last


STUDY_WHY = {
    "en": "but i study in belgium, why does that matter?",
    "fr": "mais j'étudie en Belgique, pourquoi ça compte ?",
    "nl": "maar ik studeer in België, waarom telt dat?",
    "it": "ma io studio in Belgio, perché conta?",
}
KENYA = {"en": "Kenya", "fr": "Kenya", "nl": "Kenia", "it": "Kenya"}
WOULD_WORK = {"it": "Cosa funzionerebbe", "en": "What would work", "fr": "Ce qui", "nl": "Wat wel"}


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_i_study_in_belgium_why_does_that_matter(monkeypatch, lang, intent):
    got = await _play(monkeypatch, KISUMU, lang, [(STUDY_WHY[lang], intent)])
    reply = got.replies[1]
    assert "✓" not in reply, reply  # not every check of the call
    assert OWN_COUNTRY[lang] in reply and ELSEWHERE[lang] in reply and KENYA[lang] in reply, reply
    assert WOULD_WORK[lang] in reply, reply
    assert got.slots["activity"] == "traineeship" and got.slots["citizenship"] == ["KE"], got.last


ELIGIBLE_LINE = {"en": "✓ Kenya is an eligible destination", "fr": "✓ Destination éligible : Kenya",
                 "nl": "✓ Toegelaten bestemming: Kenia", "it": "✓ Destinazione ammessa: Kenya"}
COVERED_LINE = {"en": "✓ Kenya is among the countries the call covers",
                "fr": "✓ Pays couvert par l'appel : Kenya",
                "nl": "✓ Land dat de oproep dekt: Kenia",
                "it": "✓ Paese coperto dal bando: Kenya"}
SHOW = {"en": "Show all checks", "fr": "Voir toutes les vérifications", "nl": "Toon alle controles",
        "it": "Mostra tutti i controlli"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_all_checks_do_not_call_the_own_country_eligible(monkeypatch, lang):
    got = await _play(monkeypatch, KISUMU, lang, [(SHOW[lang], "show_checks")])
    checks = got.replies[1]
    assert "✗ " in checks and ELIGIBLE_LINE[lang] not in checks, checks
    # (round 58: nor "✓ Country covered by the call: Kenya" under the ✗ for Kenya, read as a contradiction)
    assert COVERED_LINE[lang] not in checks, checks


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_an_eligible_destination_keeps_its_line(monkeypatch, lang):
    kampala = {**KISUMU, "destination": "UG", "destination_city": "Kampala",
               "receiving_org": "research_institute"}
    got = await _play(monkeypatch, kampala, lang, [(SHOW[lang], "show_checks")])
    line = {"en": "✓ Uganda is an eligible destination", "fr": "✓ Destination éligible : Ouganda"}[lang]
    assert line in got.replies[1], got.replies[1]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I live in Antwerp and I'd like to go for 5 months"),
    ("fr", "je voudrais partir 5 mois"),
])
async def test_a_stay_length_still_moves_the_end(monkeypatch, lang, text):
    got = await _play(monkeypatch, {**SALAMANCA, "citizenship": ["BE"]}, lang, [(text, "inform")])
    assert got.slots["end_date"] != "2026-05-31", got.replies[1]
