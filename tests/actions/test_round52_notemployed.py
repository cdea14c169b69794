"""Round 52 (a Belgian ITM PhD student with a university scholarship, study period at Maastricht
University; today 1 October 2025): asked whether he is an ITM staff member, "Nee, ik ben niet in dienst van
het ITM. Ik heb wel een beurs van de universiteit voor mijn doctoraat." noted "ITG-personeelslid: Ja" and a
false "not eligible: apply as staff" (round 51 made "in dienst" a word of working at ITM; the NLU's staff
role from it and the doctoral role from "doctoraat" read as a PhD student with staff status). The employment
denied is no staff status, EN/FR/NL/IT; said, it still is."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
PLAN = {"call": "itm-2024", "role": "phd_student", "activity": "study", "destination": "NL",
        "destination_city": "Maastricht", "citizenship": ["BE"], "receiving_org": "hei",
        "start_date": "2026-02-02", "end_date": "2026-04-30", "goal": "eligibility",
        "asked": "itm_staff_member"}
DENIED = [
    ("nl", "Nee, ik ben niet in dienst van het ITM. Ik heb wel een beurs van de universiteit voor mijn "
           "doctoraat."),
    ("nl", "ik ben niet in dienst van het ITG"),
    ("en", "No, I'm not employed by ITM. I have a university scholarship for my PhD."),
    ("fr", "Non, je ne travaille pas à l'IMT, j'ai une bourse de l'université pour mon doctorat."),
    ("it", "No, non lavoro all'ITM, ho una borsa dell'università per il dottorato."),
]


async def _play(monkeypatch, lang, text):
    return await play(monkeypatch, {**PLAN, "language": lang}, [(text, "deny")], TODAY,
                      user_event="parsed", keep_slot_events=True)


@pytest.mark.parametrize(("lang", "text"), DENIED)
async def test_employment_denied_is_no_staff_status(monkeypatch, lang, text):
    got = await _play(monkeypatch, lang, text)
    assert got.last.get("itm_staff_member") is False, got.last


@pytest.mark.parametrize(("lang", "text"), [("nl", "ja, ik ben in dienst van het ITG"),
                                            ("en", "yes, I'm employed by ITM")])
async def test_employment_said_is_still_staff_status(monkeypatch, lang, text):
    got = await _play(monkeypatch, lang, text)
    assert got.last.get("itm_staff_member") is True, got.last


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Goed, dan neem ik contact op met mijn promotor en met erasmusplusmobility@itg.be."),
    ("en", "Fine, I'll get in touch with my supervisor then."),
    ("fr", "Bien, je vais prendre contact avec mon superviseur."),
    ("it", "Bene, allora mi metto in contatto con il mio supervisore."),
])
async def test_a_plan_to_contact_the_supervisor_is_no_authorisation(monkeypatch, lang, text):
    got = await play(monkeypatch, {**PLAN, "asked": None, "itm_staff_member": False, "language": lang},
                     [(text, "inform")], TODAY, user_event="parsed", keep_slot_events=True)
    assert "supervisor_authorised" not in got.last, got.last


# Round 52 (an Italian ITM staff member on 4 December 2026, staff training in Barcelona in April 2027):
# "quindi il bando non è piu aperto?" got who can apply; asked the other way round, the status is answered Yes
# (it is closed).
NO_LONGER_OPEN = {"en": "so the call is no longer open?", "fr": "donc l'appel n'est plus ouvert ?",
                  "nl": "dus de oproep is niet meer open?", "it": "quindi il bando non è piu aperto?"}
CLOSED_WORD = {"en": "closed", "fr": "clôturé", "nl": "gesloten", "it": "chiuso"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_no_longer_open_is_answered_yes(monkeypatch, lang):
    slots = {"call": "itm-2024", "goal": "eligibility", "closed_told": "itm-2024>after", "role": "staff",
             "activity": "staff_training", "destination": "ES", "destination_city": "Barcelona",
             "start_date": "2027-04-12", "end_date": "2027-04-16", "language": lang}
    got = await play(monkeypatch, slots, [(NO_LONGER_OPEN[lang], "faq_who_can_apply")], "2026-12-04",
                     user_event="parsed", keep_slot_events=True)
    text = "\n".join(got.replies)
    assert text.split(":")[0].strip() in ("Yes", "Oui", "Ja", "Sì"), text
    assert CLOSED_WORD[lang] in text.lower(), text
