"""Round 57 (r57-e2, an IMT Lucca PhD student, Italian "Lei", a study period at TU Delft, 1 February - 31 July
2016; today 10 January 2016).

1. "potrei dividere il periodo tra Delft e Lovanio? Cioè qualche mese alla TU Delft e qualche mese alla KU
   Leuven in Belgio." got "Non trovo la risposta nel testo del bando" and "Aggiornato: istituzione ospitante:
   TU Delft → KU Leuven; città di destinazione: Delft → Leuven; paese di destinazione: Paesi Bassi → Belgio".
   A question about splitting the stay changes no destination, city or host; it is answered by the call's
   rule on several countries, with its source, after a plain "No" (actions/splitplaces.py).
2. "Va bene, resto a Delft per tutto il periodo." noted the host "TU Delft e KU Leuven": the stay at Delft
   keeps (or brings back) TU Delft only.
3. "Mi può confermare quali dati ha registrato ora per la mia destinazione?" got the privacy paragraph, "Mi
   conferma che come istituzione ospitante ha registrato solo la TU Delft?" got "Non trovo la risposta": the
   facts noted, the host held. A question about data protection keeps the privacy answer."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2016-01-10"
CASE = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "NL",
        "destination_city": "Delft", "receiving_org": "hei", "receiving_org_name": "TU Delft",
        "start_date": "2016-02-01", "end_date": "2016-07-31", "goal": "eligibility", "gender": "female"}
PLACES = ("destination", "destination_city", "receiving_org_name")
RULE = {"it": "solo presso più sedi di un'unica istituzione ospitante",
        "en": "only at multiple branches of a single receiving institution",
        "fr": "plusieurs sites d'un même organisme d'accueil",
        "nl": "meerdere vestigingen van één ontvangende instelling"}
NO = {"it": "No:", "en": "No:", "fr": "Non :", "nl": "Nee:"}
SOURCE = {"it": "fonte", "en": "source", "fr": "source", "nl": "bron"}
UPDATED = {"it": "Aggiornato", "en": "Updated", "fr": "Mis à jour", "nl": "Bijgewerkt"}


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Nessuno, non ho mai fatto l'Erasmus. Una domanda però: potrei dividere il periodo tra Delft e "
           "Lovanio? Cioè qualche mese alla TU Delft e qualche mese alla KU Leuven in Belgio."),
    ("en", "Could I split the period between Delft and Leuven? A few months at TU Delft and a few at "
           "KU Leuven in Belgium."),
    ("fr", "Est-ce que je pourrais partager mon séjour entre Delft et Louvain, quelques mois à la TU Delft "
           "et quelques mois à la KU Leuven en Belgique ?"),
    ("nl", "Kan ik mijn periode verdelen tussen Delft en Leuven, een paar maanden aan de TU Delft en een "
           "paar aan de KU Leuven in België?"),
])
async def test_a_split_question_keeps_the_plan_and_gets_the_rule_with_a_no(monkeypatch, lang, text):
    got = await play(monkeypatch, {**CASE, "language": lang}, [(text, "inform")], TODAY, user_event="parsed",
                     keep_slot_events=True)
    reply = "\n".join(got.replies)
    for slot in PLACES:
        assert slot not in got.last, (got.last, reply)
    assert UPDATED[lang] not in reply, reply
    assert reply.startswith(NO[lang]) or f"\n{NO[lang]}" in reply, reply
    assert reply.index(NO[lang]) < reply.index(RULE[lang]), reply
    assert f"({SOURCE[lang]}:" in reply, reply
    assert "Non trovo" not in reply and "can't find" not in reply, reply


async def test_the_split_question_still_notes_the_months(monkeypatch):
    text = ("Nessuno, non ho mai fatto l'Erasmus. Una domanda però: potrei dividere il periodo tra Delft e "
            "Lovanio? Cioè qualche mese alla TU Delft e qualche mese alla KU Leuven in Belgio.")
    got = await play(monkeypatch, {**CASE, "language": "it"}, [(text, "inform")], TODAY, user_event="parsed",
                     keep_slot_events=True)
    assert got.slots.get("destination_city") == "Delft" and got.slots.get("receiving_org_name") == "TU Delft"
    assert got.slots.get("prior_erasmus_months") == 0, got.slots


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Capisco, quindi TU Delft e KU Leuven sono due istituzioni diverse e non si può. Va bene, resto a "
           "Delft per tutto il periodo. Serve un accordo tra IMT e TU Delft?"),
    ("en", "I see, so TU Delft and KU Leuven are two different institutions and it's not possible. Fine, "
           "I'll stay in Delft for the whole period. Is an agreement between IMT and TU Delft needed?"),
    ("fr", "Je vois, donc TU Delft et KU Leuven sont deux établissements différents. D'accord, je reste à "
           "Delft pour toute la période. Faut-il un accord entre l'IMT et la TU Delft ?"),
    ("nl", "Ik begrijp het, TU Delft en KU Leuven zijn twee verschillende instellingen. Goed, ik blijf in "
           "Delft voor de hele periode. Is er een akkoord nodig tussen IMT en TU Delft?"),
])
async def test_staying_at_delft_keeps_the_host_alone(monkeypatch, lang, text):
    got = await play(monkeypatch, {**CASE, "prior_erasmus_months": 0, "language": lang}, [(text, "inform")],
                     TODAY, user_event="parsed", keep_slot_events=True)
    assert got.slots.get("receiving_org_name") == "TU Delft", (got.slots, got.replies)
    assert got.slots.get("destination_city") == "Delft", got.slots
    assert "Leuven" not in "\n".join(got.replies), got.replies


async def test_staying_at_delft_brings_back_the_host_alone(monkeypatch):
    text = "Va bene, resto a Delft per tutto il periodo."
    slots = {**CASE, "prior_erasmus_months": 0, "receiving_org_name": "TU Delft e KU Leuven",
             "language": "it"}
    got = await play(monkeypatch, slots, [(text, "inform")], TODAY, user_event="parsed",
                     keep_slot_events=True)
    assert got.slots.get("receiving_org_name") == "TU Delft", got.slots
    assert "\n".join(got.replies).count("Aggiornato") == 1, got.replies


@pytest.mark.parametrize(("lang", "text", "intent"), [
    ("it", "Grazie. Mi può confermare quali dati ha registrato ora per la mia destinazione? Vorrei essere "
           "sicura che risulti solo TU Delft.", "faq_personal_data"),
    ("it", "Quali dati ha registrato su di me?", "faq_personal_data"),
    ("it", "Mi conferma che come istituzione ospitante ha registrato solo la TU Delft?", "inform"),
    ("en", "What have you recorded?", "faq_personal_data"),
    ("fr", "Qu'avez-vous noté ?", "faq_personal_data"),
    ("nl", "Wat heeft u genoteerd?", "faq_personal_data"),
])
async def test_what_was_recorded_lists_the_facts(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**CASE, "prior_erasmus_months": 0, "language": lang}, [(text, intent)],
                     TODAY, user_event="parsed", keep_slot_events=True)
    reply = "\n".join(got.replies)
    assert "TU Delft" in reply, reply
    assert "196/03" not in reply and "Non trovo" not in reply, reply


async def test_a_data_protection_question_keeps_the_privacy_answer(monkeypatch):
    text = "Per quanto tempo conservate i miei dati personali?"
    got = await play(monkeypatch, {**CASE, "prior_erasmus_months": 0, "language": "it"},
                     [(text, "faq_personal_data")], TODAY, user_event="parsed", keep_slot_events=True)
    assert "196/03" in "\n".join(got.replies), got.replies
