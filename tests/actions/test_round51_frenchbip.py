"""Round 51, r51-w (ITM call open, today 1 October 2025; a Belgian MSc student at ITM, a 5-day summer school
at the Université Claude Bernard Lyon 1, 8-12 June 2026: a short-term blended mobility):
1. "ok. et 5 jours c'est assez ?" got "Je ne trouve pas la réponse dans le texte de l'appel"; "5 jours c'est
   le minimum ?" the call's whole durations topic; "aucune idée s'il y a une partie en ligne. 5 jours c'est
   assez ?" only the virtual part, "donc 5 jours c'est juste le minimum c'est ça ? et combien je toucherais ?"
   only the amount. Now yes or no first from the rules core's duration check ("Oui : 5 jours est le minimum
   ..."), and the other part of the message too, in the order asked.
2. "au fait je suis étudiante hein pas étudiant 😄" got no word: now "Pardon, c'est noté.", the feminine forms
   after it; before any gender is said, the checks use the locale's inclusive form ("étudiant(e)").
3. The e-mail summary said "université Claude Bernard Lyon": a number ending the host's name is kept.
"""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
TODAY = "2025-10-01"
PLAN = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "short_term_blended",
        "destination": "FR", "destination_city": "Lyon", "receiving_org": "hei",
        "citizenship": ["BE"], "start_date": "2026-06-08", "end_date": "2026-06-12"}
ELIGIBLE = {"en": "am I eligible?", "fr": "suis-je éligible ?", "nl": "kom ik in aanmerking?",
            "it": "sono idoneo?"}
CANT_FIND = ("can't find", "ne trouve pas", "niet in de tekst", "Non trovo")
YES = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}
NO = {"en": "No:", "fr": "Non :", "nl": "Nee:", "it": "No:"}
IS_MINIMUM = {"en": "5 days is the minimum (5 days to 30 days) for a blended short-term "
                     "mobility",
              "fr": "5 jours est le minimum (de 5 jours à 30 jours) pour une mobilité hybride de courte "
                    "durée",
              "nl": "5 dagen is het minimum (5 dagen tot 30 dagen)",
              "it": "5 giorni è il minimo (da 5 giorni a 30 giorni)"}
WITHIN = {"en": "your stay of 5 days is within it", "fr": "votre séjour de 5 jours y est",
          "nl": "uw verblijf van 5 dagen valt daarbinnen", "it": "il Suo soggiorno di 5 giorni vi rientra"}


async def _play(monkeypatch, slots, lang, messages):
    return await play(monkeypatch, {**slots, "language": lang}, messages, TODAY, user_event="parsed",
                      keep_slot_events=True)


def _first(lang, *messages):
    """The eligibility asked first, then the messages."""
    return [(ELIGIBLE[lang], "check_eligibility"), *messages]


# 1. Whether the stay's length is enough, or the minimum
@pytest.mark.parametrize(("text", "intent"), [("ok. et 5 jours c'est assez ?", "check_eligibility"),
                                              ("ok. et 5 jours c'est assez ?", "nlu_fallback"),
                                              ("5 jours c'est assez ?", "faq_duration")])
async def test_five_days_assez_is_yes_first(monkeypatch, text, intent):
    got = await _play(monkeypatch, PLAN, "fr", _first("fr", (text, intent)))
    reply = got.replies[-1]
    assert not any(c in reply for c in CANT_FIND), reply
    assert reply.startswith("Oui : votre séjour de 5 jours respecte la durée autorisée"), reply


MINIMUM = {"en": "is 5 days the minimum?", "fr": "5 jours c'est le minimum ?",
           "nl": "is 5 dagen het minimum?",
           "it": "5 giorni è il minimo?"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["faq_duration", "check_eligibility"])
async def test_five_days_the_minimum_is_yes_first(monkeypatch, lang, intent):
    got = await _play(monkeypatch, PLAN, lang, _first(lang, (MINIMUM[lang], intent)))
    reply = got.replies[-1]
    assert reply.startswith(f"{YES[lang]}"), reply
    assert IS_MINIMUM[lang] in reply and WITHIN[lang] in reply, reply
    assert "12" not in reply, reply  # not the studies' 2 to 12 months again


THAT = {"en": "is that the minimum?", "fr": "c'est le minimum ?", "nl": "is dat het minimum?",
        "it": "è il minimo?"}
HOW_LONG = {"en": "how long can the mobility last?", "fr": "combien de temps peut durer la mobilité ?",
            "nl": "hoe lang mag de mobiliteit duren?", "it": "quanto può durare la mobilità?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_is_that_the_minimum_after_the_limits(monkeypatch, lang):
    got = await _play(monkeypatch, PLAN, lang, _first(lang, (HOW_LONG[lang], "faq_duration"),
                                                      (THAT[lang], "faq_duration")))
    reply = got.replies[-1]
    assert reply.startswith(YES[lang]) and IS_MINIMUM[lang] in reply, reply


TEN_DAYS = {"en": "is 10 days the minimum?", "fr": "10 jours c'est le minimum ?",
            "nl": "is 10 dagen het minimum?", "it": "10 giorni è il minimo?"}
MINIMUM_IS = {"en": "the minimum for a blended short-term mobility is 5 days", "fr": "le minimum pour une "
              "mobilité hybride de courte durée est de 5 jours", "nl": "het minimum voor",
              "it": "il minimo per"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_longer_stay_is_not_the_minimum(monkeypatch, lang):
    plan = {**PLAN, "end_date": "2026-06-17"}
    got = await _play(monkeypatch, plan, lang, _first(lang, (TEN_DAYS[lang], "faq_duration")))
    reply = got.replies[-1]
    assert reply.startswith(NO[lang]) and MINIMUM_IS[lang] in reply, reply
    assert "10" in reply, reply  # the stay's days, within the limits


NO_IDEA = {"en": "no idea if there is an online part. is 5 days enough?",
           "fr": "aucune idée s'il y a une partie en ligne. 5 jours c'est assez ?",
           "nl": "geen idee of er een online deel is. is 5 dagen genoeg?",
           "it": "non ho idea se c'è una parte online. 5 giorni bastano?"}
VIRTUAL = {"en": "compulsory virtual component", "fr": "composante virtuelle obligatoire",
           "nl": "verplichte virtuele component", "it": "componente virtuale obbligatoria"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_virtual_part_then_the_length(monkeypatch, lang):
    got = await _play(monkeypatch, PLAN, lang, _first(lang, (NO_IDEA[lang], "check_eligibility")))
    reply = got.replies[-1]
    assert VIRTUAL[lang] in reply, reply
    length = reply.index(f"{YES[lang]}:" if lang != "fr" else "Oui :")
    assert reply.index(VIRTUAL[lang]) < length, reply


MINIMUM_AND_AMOUNT = {
    "en": "so 5 days is just the minimum, right? and how much would I get?",
    "fr": "donc 5 jours c'est juste le minimum c'est ça ? et combien je toucherais ?",
    "nl": "dus 5 dagen is gewoon het minimum, toch? en hoeveel zou ik krijgen?",
    "it": "quindi 5 giorni sono il minimo, giusto? e quanto prenderei?",
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["faq_duration", "ask_grant"])
async def test_the_minimum_then_the_amount(monkeypatch, lang, intent):
    got = await _play(monkeypatch, PLAN, lang, _first(lang, (MINIMUM_AND_AMOUNT[lang], intent)))
    reply = got.replies[-1]
    assert reply.startswith(YES[lang]) and IS_MINIMUM[lang] in reply, reply
    assert "395" in reply and reply.index("395") > reply.index(IS_MINIMUM[lang]), reply


# 2. The person's gender corrected; the inclusive form before any is said
STUDENTE = "au fait je suis étudiante hein pas étudiant 😄 bon donc en résumé je suis éligible ?"
SHOW_CHECKS = "Voir toutes les vérifications"


async def test_french_gender_correction_is_acknowledged(monkeypatch):
    got = await _play(monkeypatch, PLAN, "fr", _first("fr", (STUDENTE, "check_eligibility"),
                                                      (SHOW_CHECKS, "show_checks")))
    assert got.replies[1].startswith("Pardon, c'est noté."), got.replies[1]
    assert got.slots.get("gender") == "f"
    assert "tant qu'étudiante de master" in got.replies[2], got.replies[2]
    assert "profil étudiante de master" in got.replies[2], got.replies[2]


async def test_italian_gender_correction_is_acknowledged(monkeypatch):
    plan = {**PLAN, "role": "phd_student", "activity": "short_term_doctoral"}
    text = "sono una dottoranda, non un dottorando. quindi sono idonea?"
    got = await _play(monkeypatch, plan, "it", _first("it", (text, "check_eligibility")))
    assert got.replies[-1].startswith("Chiedo scusa, ne prendo nota."), got.replies[-1]


SAID_F = "je suis étudiante. je suis éligible ?"


async def test_no_acknowledgement_without_a_correction(monkeypatch):
    got = await _play(monkeypatch, PLAN, "fr", _first("fr", (SAID_F, "check_eligibility")))
    assert "Pardon" not in got.replies[-1], got.replies[-1]


async def test_french_checks_are_inclusive_before_any_gender(monkeypatch):
    got = await _play(monkeypatch, PLAN, "fr", _first("fr", (SHOW_CHECKS, "show_checks")))
    reply = got.replies[-1]
    assert "En tant qu'étudiant(e) de master" in reply, reply
    assert "étudiant de master" not in reply, reply


# 3. The host's name keeps its number
HOST = {
    "en": ("it's a 5-day summer school, from 8 to 12 June 2026 at the Université Claude Bernard Lyon 1",
           "Université Claude Bernard Lyon 1"),
    "fr": ("c'est une summer school de 5 jours, du 8 au 12 juin 2026 à l'université Claude Bernard Lyon 1",
           "université Claude Bernard Lyon 1"),
    "nl": ("het is een summer school van 5 dagen, van 8 tot 12 juni 2026 aan de Université Lumière Lyon 2",
           "Université Lumière Lyon 2"),
    "it": ("è una summer school di 5 giorni, dall'8 al 12 giugno 2026 all'Université Paris 8",
           "Université Paris 8"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_host_name_keeps_its_number(monkeypatch, lang):
    text, name = HOST[lang]
    plan = {k: v for k, v in PLAN.items() if k not in ("activity", "start_date", "end_date", "receiving_org")}
    got = await _play(monkeypatch, plan, lang, [(text, "inform")])
    assert got.slots.get("receiving_org_name") == name, got.slots
