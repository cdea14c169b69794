"""Round 51 (r51-t: an Italian lecturer employed at ITM Antwerp, a staff training at NOVA IHMT in Lisbon,
13-17 April 2026; today 1 October 2025; formal Italian).

- "Sono cittadina italiana." left "Lei è idoneo/a" in the verdicts and in the e-mail summary: "sono
  cittadina" (FR "je suis citoyenne") says the person's gender (actions/selfgender.py's word data).
- "Io sono docente, non dottoranda né postdoc: ho comunque delle possibilità concrete?" was answered with "È
  così (membro del personale dottoranda o postdoc)?": what one is, then a position denied beside it, is the
  person's own position denied (actions/doctoral.py).
- "Quindi se il biglietto costa di più, la differenza è a mio carico? E a chi devo scrivere?" got the contact
  block, then a bare "Sì: 309,00 €": the travel support is a fixed amount per distance band, not a refund of
  the ticket, and the call says nothing about a dearer ticket; said first (actions/fareq.py). "Quanto mi
  rimborsano il volo?" says it too.
- "Una settimana, cioè cinque giorni lavorativi, è una durata accettabile? Esiste una durata minima o massima
  per la formazione del personale?" first got "the call says nothing about working time or leave": a number
  of working days is a length; "Sì:" first (actions/uncovered.py, actions/eitheror.py)."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
PLAN = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "PT",
        "destination_city": "Lisbon", "receiving_org": "research_institute", "start_date": "2026-04-13",
        "end_date": "2026-04-17", "goal": "eligibility"}


async def _play(monkeypatch, lang, messages, **slots):
    return await play(monkeypatch, {**PLAN, **slots, "language": lang}, messages, TODAY, user_event="parsed",
                      keep_slot_events=True)


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


async def _told(monkeypatch, lang, **slots):
    """The plan's answer given, as before the message tested."""
    return (await _play(monkeypatch, lang, [("?", "check_eligibility")], citizenship=["IT"], **slots)).slots


# 1. Gender from "sono cittadina", "je suis citoyenne".
@pytest.mark.parametrize(("lang", "text", "gender"), [
    ("it", "Sono cittadina italiana. E sì, teniamo pure la formazione come mio piano, stesse date e stesso "
           "istituto.", "f"),
    ("it", "Sono cittadino italiano.", "m"),
    ("fr", "Je suis citoyenne belge.", "f"),
    ("fr", "Je suis citoyen belge.", "m"),
])
async def test_a_citizen_word_says_the_gender(monkeypatch, lang, text, gender):
    got = await _play(monkeypatch, lang, [(text, "inform")])
    assert got.slots.get("gender") == gender, got.last


async def test_the_verdict_and_the_email_summary_use_it(monkeypatch):
    got = await _play(monkeypatch, "it", [
        ("Sono cittadina italiana. E sì, teniamo pure la formazione come mio piano, stesse date e stesso "
         "istituto.", "check_eligibility"),
        ("Quindi se il biglietto costa di più, la differenza è a mio carico? E a chi devo scrivere?",
         "faq_selection"),
    ])
    assert "Lei è idonea per il bando" in got.replies[0], got.replies[0]
    assert "Verdetto dell'assistente Erasmus+: idonea." in got.replies[1], got.replies[1]
    assert "idoneo/a" not in "\n".join(got.replies)


async def test_a_town_is_no_citizen(monkeypatch):
    got = await _play(monkeypatch, "it", [("Abito in una cittadina vicino ad Anversa.", "inform")])
    assert "gender" not in got.slots, got.last


# 2. "Io sono docente, non dottoranda né postdoc": not asked again.
NOT_DOCTORAL = {
    "en": "You wrote that priority goes to PhD students and postdocs. I am a lecturer, not a PhD student or "
          "postdoc: do I still have a real chance?",
    "fr": "Vous avez écrit que la priorité va aux doctorants et aux postdocs. Je suis enseignante, pas "
          "doctorante ni postdoc : ai-je quand même de vraies chances ?",
    "nl": "U schreef dat de voorrang naar doctorandi en postdocs gaat. Ik ben docent, geen doctorandus of "
          "postdoc: maak ik toch een echte kans?",
    "it": "Lei ha scritto che la priorità va ai dottorandi e ai postdoc. Io sono docente, non dottoranda né "
          "postdoc: ho comunque delle possibilità concrete?",
}
ASKED_BACK = {"en": "Is that so", "fr": "Est-ce le cas", "nl": "Klopt dat", "it": "È così"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_position_denied_beside_ones_job_is_noted(monkeypatch, lang):
    slots = await _told(monkeypatch, lang)
    got = await _play(monkeypatch, lang, [(NOT_DOCTORAL[lang], "faq_who_can_apply")], **slots)
    assert got.slots.get("doctoral_or_postdoc_staff") is False, got.last
    assert ASKED_BACK[lang] not in got.replies[0], got.replies[0]


async def test_a_group_denied_is_no_position(monkeypatch):
    slots = await _told(monkeypatch, "en")
    got = await _play(monkeypatch, "en", [("So priority goes to PhD students, not postdocs?",
                                           "faq_who_can_apply")], **slots)
    assert "doctoral_or_postdoc_staff" not in got.last, got.last


# 3. The ticket against the fixed travel support, first.
FARE_AND_CONTACT = {
    "en": "So if the ticket costs more, is the difference on me? And who should I write to?",
    "fr": "Donc si le billet coûte plus cher, la différence est à ma charge ? Et à qui dois-je écrire ?",
    "nl": "Dus als het ticket meer kost, moet ik het verschil zelf betalen? En aan wie moet ik schrijven?",
    "it": "Quindi se il biglietto costa di più, la differenza è a mio carico? E a chi devo scrivere?",
}
HOW_MUCH_REFUNDED = {
    "en": "Thanks. How much will they reimburse for the flight? The Brussels-Lisbon ticket could cost more "
          "than 309 euros.",
    "fr": "Merci. Combien me rembourse-t-on pour le vol ? Le billet Bruxelles-Lisbonne pourrait coûter "
          "plus de 309 euros.",
    "nl": "Bedankt. Hoeveel wordt er van de vlucht terugbetaald? Het ticket Brussel-Lissabon kan meer dan "
          "309 euro kosten.",
    "it": "Grazie. Quanto mi rimborsano il volo? Il biglietto Bruxelles-Lisbona potrebbe costare più di 309 "
          "euro.",
}
FIXED = {
    "en": "The travel support is not a refund of what your ticket costs: it is a fixed EU-wide amount per "
          "distance band, €309.00 for the round trip in your band (1745 km one way, 500-1999 km). The call "
          "says nothing about a dearer ticket being covered: ask ",
    "fr": "L'aide au voyage n'est pas un remboursement du prix de votre billet : c'est un montant fixe de "
          "l'UE par tranche de distance, 309,00 € pour l'aller-retour dans votre tranche",
    "nl": "De reissteun is geen terugbetaling van wat uw ticket kost: het is een vast EU-bedrag per "
          "afstandsschijf, € 309,00 voor heen en terug in uw schijf",
    "it": "Il contributo di viaggio non è un rimborso del prezzo del biglietto: è un importo fisso UE per "
          "fascia di distanza, 309,00 € per andata e ritorno nella Sua fascia (1745 km solo andata, 500-1999 "
          "km). Il bando non dice nulla sulla copertura di un biglietto più caro: lo chieda a: Charlotte "
          "Morantin (cmorantin@itg.be); erasmusplusmobility@itg.be.",
}
BARE_YES = {"en": "Yes: €309.00", "fr": "Oui : 309,00 €", "nl": "Ja: € 309,00", "it": "Sì: 309,00 €"}
YES_LENGTH = {"en": "Yes:", "fr": "Oui :", "nl": "Ja:", "it": "Sì:"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_fare_is_answered_before_the_contact(monkeypatch, lang):
    slots = await _told(monkeypatch, lang)
    got = await _play(monkeypatch, lang, [(FARE_AND_CONTACT[lang], "faq_selection")], **slots)
    reply = _plain(got.replies[0])
    assert reply.startswith(FIXED[lang]), reply
    assert "cmorantin@itg.be" in reply.split("\n", 1)[1], reply  # the contact, after
    assert BARE_YES[lang] not in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_how_much_of_the_flight_is_refunded(monkeypatch, lang):
    slots = await _told(monkeypatch, lang)
    got = await _play(monkeypatch, lang, [(HOW_MUCH_REFUNDED[lang], "faq_grant_count")], **slots)
    assert _plain(got.replies[0]).startswith(FIXED[lang]), got.replies[0]


# 4. Five working days: a length, "Yes" first.
LENGTH = {
    "en": "Fine. A week, so five working days, is that an acceptable length? Is there a minimum or maximum "
          "duration for staff training?",
    "fr": "D'accord. Une semaine, donc cinq jours de travail, est-ce une durée acceptable ? Existe-t-il une "
          "durée minimale ou maximale pour la formation du personnel ?",
    "nl": "Goed. Een week, dus vijf werkdagen, is dat een aanvaardbare duur? Is er een minimale of maximale "
          "duur voor personeelsopleiding?",
    "it": "Va bene. Una settimana, cioè cinque giorni lavorativi, è una durata accettabile? Esiste una "
          "durata minima o massima per la formazione del personale?",
}
LIMITS = {"en": "2 days to 60 days", "fr": "2 jours à 60 jours", "nl": "2 dagen tot 60 dagen",
          "it": "da 2 giorni a 60 giorni"}
WORKING_TIME = {"en": "working time", "fr": "temps de travail", "nl": "werktijd", "it": "orario di lavoro"}


@pytest.mark.parametrize("lang", LANGS)
async def test_working_days_counted_are_a_length(monkeypatch, lang):
    slots = await _told(monkeypatch, lang)
    got = await _play(monkeypatch, lang, [(LENGTH[lang], "faq_duration")], **slots)
    reply = _plain(got.replies[0])
    assert reply.startswith(YES_LENGTH[lang]) and LIMITS[lang] in reply.split("\n")[0], reply
    assert WORKING_TIME[lang] not in reply, reply
