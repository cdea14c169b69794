"""Round 52 (today 1 October 2025), three simulated users:

- An Indian ITM MSc student, traineeship at MSF Brussels: "hmm ok, that list says Belgium is both eligible and
  not eligible? confusing. anyway, MSF also has an office in Amsterdam, what if I do it there, same dates?"
  kept Belgium as the country (a case "Amsterdam, Belgium", then "Updated: destination city: Brussels →
  Amsterdam" only). The old country named beside the new city is what is complained about: the new city's
  country is read (Netherlands). "oh :( why not Brussels? MSF is an international NGO, doesn't that count?"
  got every check of the call.
- A Congolese ITM lab technician (French, "vous"), staff training at the Institut Pasteur de Dakar, "du 4 au
  15 mai 2026": "mois Erasmus déjà reçus : 0" was noted (the French month "mai" read as the Italian "mai",
  never); earlier Erasmus months are a student fact, never noted for staff. "Pourriez-vous m'expliquer
  pourquoi le Sénégal n'est pas possible ? L'Institut Pasteur de Dakar fait pourtant partie du réseau
  Pasteur." repeated the refusal ("Non : Destination non éligible : ..."): the reason once, that the host's
  network does not change a rule about the country, and what would work. "Je prendrais probablement le
  train." was left out of the summary asked later: it shows the green travel amount.
- A Belgian ITM PhD student (Dutch, "u"), 4 months of earlier Erasmus, Maastricht 2 February to 30 April 2026:
  "Hoeveel maanden heb ik nog?" got "nog 151 dagen over" three times: the months first, before this stay and
  after it."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"

# 1. A new city beside the old country complained about.
BRUSSELS = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "BE",
            "destination_city": "Brussels", "receiving_org": "ngo", "start_date": "2026-06-01",
            "end_date": "2026-08-31", "goal": "eligibility",
            "last_decision": {"call": "itm-2024", "key": None}}
AMSTERDAM = {
    "en": "hmm ok, that list says Belgium is both eligible and not eligible? confusing. anyway, MSF also has "
          "an office in Amsterdam, what if I do it there, same dates?",
    "fr": "cette liste dit que la Belgique est à la fois éligible et non éligible ? bref, MSF a aussi un "
          "bureau à Amsterdam, et si je le fais là-bas, aux mêmes dates ?",
    "nl": "die lijst zegt dat België tegelijk in aanmerking komt en niet? verwarrend. MSF heeft ook een "
          "kantoor in Amsterdam, wat als ik het daar doe, zelfde data?",
    "it": "quella lista dice che il Belgio è sia ammissibile che non ammissibile? comunque MSF ha anche un "
          "ufficio ad Amsterdam, e se lo facessi lì, stesse date?",
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_new_city_beside_the_old_country_moves_the_country(monkeypatch, lang):
    got = await play(monkeypatch, {**BRUSSELS, "language": lang}, [(AMSTERDAM[lang], "inform")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    case = got.slots.get("what_if_case") or {}
    moved = case.get("destination") if case else got.slots.get("destination")
    assert moved == "NL", (got.slots, got.replies)
    assert "Belgium is the sending institution's country" not in got.replies[-1].split("\n", 2)[-1] \
        or lang != "en", got.replies


# 2. The months left, in months first.
MAASTRICHT = {"call": "itm-2024", "role": "phd_student", "activity": "study", "destination": "NL",
              "destination_city": "Maastricht", "citizenship": ["BE"], "receiving_org": "hei",
              "start_date": "2026-02-02", "end_date": "2026-04-30", "goal": "eligibility",
              "itm_staff_member": False, "prior_erasmus_months": 4}
MONTHS_LEFT = [
    ("nl", "Hoeveel maanden heb ik nog?",
     "In maanden: vóór dit verblijf had u nog 8 van de 12 maanden over, en na dit verblijf nog ongeveer 5."),
    ("nl", "Sorry, maar hoeveel is dat in maanden? En hoeveel had ik nog vóór dit verblijf in Maastricht?",
     "In maanden: vóór dit verblijf had u nog 8 van de 12 maanden over, en na dit verblijf nog ongeveer 5."),
    ("en", "How many months do I have left?",
     "In months: 8 of the 12 months were left before this stay, and about 5 after it."),
    ("fr", "Combien de mois me reste-t-il ?",
     "En mois : avant ce séjour, il restait 8 des 12 mois ; après, il en reste environ 5."),
    ("it", "Quanti mesi mi restano?",
     "In mesi: prima di questo soggiorno restavano 8 dei 12 mesi, e dopo ne restano circa 5."),
]


@pytest.mark.parametrize(("lang", "text", "first"), MONTHS_LEFT)
async def test_months_left_in_months_first(monkeypatch, lang, text, first):
    got = await play(monkeypatch, {**MAASTRICHT, "language": lang}, [(text, "inform")], TODAY,
                     user_event="parsed")
    assert got.replies[-1].split("\n")[0] == first, got.replies


# 3. "Why not" the refused destination: the reason once and what would work.
DAKAR = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "SN",
         "destination_city": "Dakar", "receiving_org": "research_institute", "start_date": "2026-05-04",
         "end_date": "2026-05-15", "goal": "eligibility", "doctoral_or_postdoc_staff": False,
         "receiving_org_name": "Institut Pasteur de Dakar",
         "last_decision": {"call": "itm-2024", "key": None}}
WHY_DAKAR = [
    ("fr", "Je vous remercie. Pourriez-vous m'expliquer pourquoi le Sénégal n'est pas possible ? "
           "L'Institut Pasteur de Dakar fait pourtant partie du réseau Pasteur.", "Ce qui marcherait",
     "réseau"),
    ("fr", "pourquoi pas Dakar ?", "Ce qui marcherait", None),
    ("en", "why Senegal not?", "What would work", None),
    ("nl", "waarom Senegal niet? Het Institut Pasteur is toch een internationaal netwerk.",
     "Wat wel zou werken", "netwerk"),
    ("it", "perché il Senegal no? L'Institut Pasteur fa parte di una rete internazionale.",
     "Cosa funzionerebbe", "rete"),
]


@pytest.mark.parametrize(("lang", "text", "works", "network"), WHY_DAKAR)
async def test_why_not_the_refused_destination(monkeypatch, lang, text, works, network):
    got = await play(monkeypatch, {**DAKAR, "language": lang}, [(text, "ask_why")], TODAY,
                     user_event="parsed")
    reply = got.replies[-1]
    assert reply.split(":")[0] not in ("No", "Non", "Nee"), reply
    assert works in reply, reply
    assert reply.count("✗") == 1, reply  # the reason once, no check list
    if network:
        assert network in reply.split("\n")[2], reply  # the host's network does not change the country


async def test_why_not_brussels_gives_the_destination_rule_and_the_other(monkeypatch):
    said = "oh :( why not Brussels? MSF is an international NGO, doesn't that count?"
    got = await play(monkeypatch, {**BRUSSELS, "language": "en"}, [(said, "ask_why")], TODAY,
                     user_event="parsed")
    reply = got.replies[-1]
    assert not reply.startswith("Every check"), reply
    assert "does not change this: the rule is about the country" in reply, reply
    assert "What would work: a destination other than Belgium" in reply, reply
    assert "31 July 2026" in reply, reply


# 4. Earlier Erasmus months are never noted for staff.
STAFF_SAID = [
    ("fr", "Bonjour, je suis technicien de laboratoire à l'ITM Anvers. Je voudrais savoir si je peux faire "
           "une formation Erasmus+ pour le personnel à l'Institut Pasteur de Dakar, du 4 au 15 mai 2026. "
           "Pouvez-vous m'aider ?"),
    ("en", "I'm a lab technician at ITM, I've never done Erasmus. Staff training in Lyon, 4 to 15 May 2026."),
    ("nl", "Ik ben laborant aan het ITG en heb nooit Erasmus gedaan. Personeelsopleiding in Lyon, 4 tot 15 "
           "mei 2026."),
    ("it", "Sono tecnico di laboratorio all'ITM, non ho mai fatto l'Erasmus. Formazione del personale a "
           "Lione, dal 4 al 15 maggio 2026."),
]


@pytest.mark.parametrize(("lang", "text"), STAFF_SAID)
async def test_no_earlier_erasmus_months_noted_for_staff(monkeypatch, lang, text):
    got = await play(monkeypatch, {"call": "itm-2024", "goal": "eligibility", "role": "staff",
                                   "language": lang}, [(text, "inform")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert got.slots.get("prior_erasmus_months") is None, got.slots
    assert not any(w in got.replies[-1] for w in ("mois Erasmus", "Erasmus months", "Erasmusmaanden",
                                                  "mesi Erasmus")), got.replies


# 5. A likely green travel said in passing shows in the summary.
PARIS = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "FR",
         "destination_city": "Paris", "receiving_org": "research_institute", "start_date": "2026-05-04",
         "end_date": "2026-05-15", "goal": "eligibility", "doctoral_or_postdoc_staff": False,
         "citizenship": ["CD"]}
GREEN = [
    ("fr", "Merci beaucoup. Combien pour le voyage ? Je prendrais probablement le train.",
     "Parfait. Donc pour résumer, jusqu'à quelle date dois-je envoyer ma candidature, et à qui ?", "285,00"),
    ("en", "how much for the travel? probably the train", "ok, can you summarise everything?", "285.00"),
    ("nl", "Hoeveel reisgeld krijg ik? Ik ga waarschijnlijk met de trein.", "Kunt u alles nog eens kort "
           "samenvatten?", "285,00"),
    ("it", "Quanto per il viaggio? Probabilmente prendo il treno.", "Mi fa un riepilogo finale?", "285,00"),
]


@pytest.mark.parametrize(("lang", "said", "summary", "amount"), GREEN)
async def test_likely_green_travel_in_the_summary(monkeypatch, lang, said, summary, amount):
    got = await play(monkeypatch, {**PARIS, "language": lang}, [(said, "ask_grant"), (summary, "inform")],
                     TODAY, user_event="parsed", keep_slot_events=True)
    last = got.replies[-1]
    assert "🚆" in last and amount in last, got.replies
