"""Round 56 (r56-ww, r56-yy; today 1 October 2025).

- ITM MSc student, study period at the Universidad Complutense de Madrid: "Entro quando devo fare domanda
  esattamente? c'è una scadenza unica?" got, unasked, "ECHE ... Il bando non dice quando né tramite chi va
  richiesta", and "la carta ECHE la devo chiedere io??" got "Il bando non dice chi richiede una ECHE". The
  ECHE is a charter the host university holds (the call: institutions awarded an ECHE): nobody requests it
  for the student; she only checks that the host has one (actions/whoasks.held_by_institutions).
- "ma il 1 dicembre è una scadenza fissa per tutti o dipende dalla mia partenza? e scusa, ...?" said the date
  to apply by twice: the question the first answer took is not asked again among the others.
- ITM PhD, short-term doctoral mobility at the LSHTM: "Faut-il donc un accord entre l'IMT et la LSHTM ? Et
  est-ce à moi de m'en occuper ?" got the first answer only: now also that the call has it signed between the
  institutions, and who can tell whether one exists."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
MADRID = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
          "destination": "ES", "destination_city": "Madrid", "receiving_org": "hei",
          "receiving_org_name": "Universidad Complutense de Madrid", "citizenship": ["IT"],
          "start_date": "2026-02-01", "end_date": "2026-06-30"}
LSHTM = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility", "activity": "short_term_doctoral",
         "destination": "GB", "destination_city": "London", "receiving_org": "hei", "itm_staff_member": False,
         "citizenship": ["CM"], "gender": "f", "start_date": "2026-05-10", "end_date": "2026-05-24"}
OFFICE = "erasmusplusmobility@itg.be"

MYSELF = {"en": "Do I have to request the ECHE myself?", "fr": "Dois-je demander l'ECHE moi-même ?",
          "nl": "Moet ik het ECHE zelf aanvragen?",
          "it": "ok chiaro. e l'altra domanda? prima mi hai scritto che il bando non dice quando né "
                "tramite chi 'va richiesta'... richiesta cosa? la carta ECHE la devo chiedere io??"}
HELD = {"en": "No: the ECHE is not something you request: the host university holds it",
        "fr": "Non : l'ECHE ne se demande pas : c'est l'université d'accueil qui en est titulaire",
        "nl": "Nee: het ECHE is niets wat u aanvraagt: de ontvangende universiteit heeft het",
        "it": "No: l'ECHE non si richiede: ne è titolare l'università ospitante"}
NOT_SAID = {"en": "does not say who requests", "fr": "ne dit pas qui demande", "nl": "zegt niet wie",
            "it": "non dice chi richiede"}
WHEN_NOT_SAID = {"en": "through whom it is requested", "fr": "ni par qui elle est demandée",
                 "nl": "via wie dat aangevraagd wordt", "it": "tramite chi va richiesta"}


async def _say(monkeypatch, slots, lang, text, intent="inform"):
    return await play(monkeypatch, {**slots, "language": lang}, [(text, intent)], TODAY,
                      user_event="parsed", keep_slot_events=True)


@pytest.mark.parametrize("lang", LANGS)
async def test_the_eche_is_held_by_the_host_not_requested(monkeypatch, lang):
    got = await _say(monkeypatch, MADRID, lang, MYSELF[lang])
    reply = "\n".join(got.replies)
    assert got.replies[0].startswith(HELD[lang]), reply
    assert OFFICE in got.replies[0].split("\n")[0], reply
    assert NOT_SAID[lang] not in reply and WHEN_NOT_SAID[lang] not in reply, reply


WHEN_ECHE = {"en": "When do I have to request the ECHE, before or after applying?",
             "fr": "Quand dois-je demander l'ECHE, avant ou après la candidature ?",
             "nl": "Wanneer moet ik het ECHE aanvragen, vóór of na de aanvraag?",
             "it": "Quando va richiesta l'ECHE, prima o dopo la candidatura?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_when_to_request_the_eche_is_no_when(monkeypatch, lang):
    got = await _say(monkeypatch, MADRID, lang, WHEN_ECHE[lang])
    reply = "\n".join(got.replies)
    assert WHEN_NOT_SAID[lang] not in reply, reply
    assert HELD[lang] in reply, reply


DEADLINE = {"it": "ok quindi circa 369 al mese, 5 mesi... Entro quando devo fare domanda esattamente? "
                  "c'è una scadenza unica?"}  # (in English the old code took another path)


@pytest.mark.parametrize("lang", DEADLINE)
async def test_a_deadline_question_says_nothing_of_requesting_the_eche(monkeypatch, lang):
    got = await _say(monkeypatch, MADRID, lang, DEADLINE[lang], "ask_deadline")
    reply = "\n".join(got.replies)
    assert WHEN_NOT_SAID[lang] not in reply, reply
    assert "1 dicembre 2025" in reply, reply


async def test_the_date_to_apply_by_is_said_once(monkeypatch):
    slots = {k: v for k, v in MADRID.items() if k != "citizenship"}
    got = await play(monkeypatch, {**slots, "language": "it", "asked": "citizenship"}, [
        ("Italiana", "inform"),
        ("ma il 1 dicembre è una scadenza fissa per tutti o dipende dalla mia partenza? e "
         "scusa, cosa intendi "
         "con 'va richiesta'? cosa devo richiedere?", "ask_deadline")],
        TODAY, user_event="parsed", keep_slot_events=True)
    reply = "\n".join(got.replies[-2:]) if len(got.replies) > 1 else got.replies[-1]
    last = [r for r in got.replies if "Nessuna scadenza unica" in r]
    assert last, got.replies
    after = got.replies[got.replies.index(last[-1]):]
    assert sum(r.count("1 dicembre 2025") for r in after) == 1, (after, reply)


AGREEMENT = {"en": "Thanks. So is an agreement between ITM and the LSHTM needed? And is it up "
                   "to me to arrange it?",
             "fr": "Merci. Faut-il donc un accord entre l'IMT et la LSHTM ? Et est-ce à moi de "
                   "m'en occuper ?",
             "nl": "Dank u. Is er dan een overeenkomst tussen het ITG en de LSHTM nodig? En "
                   "ligt het bij mij om dat te regelen?",
             "it": "Grazie. Serve quindi un accordo tra l'ITM e la LSHTM? E tocca a me occuparmene?"}
SIGNED = {"en": "The call has the inter-institutional agreement signed between the institutions",
          "fr": "Dans l'appel, l'accord interinstitutionnel est signé entre les établissements",
          "nl": "In de oproep wordt de interinstitutionele overeenkomst getekend tussen de instellingen",
          "it": "Nel bando l'accordo interistituzionale è firmato tra gli istituti"}
YES = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}


@pytest.mark.parametrize("lang", LANGS)
async def test_whose_task_the_agreement_is_answered_too(monkeypatch, lang):
    got = await _say(monkeypatch, LSHTM, lang, AGREEMENT[lang])
    reply = "\n".join(got.replies)
    assert reply.startswith(YES[lang]) or lang == "en" and reply.startswith("For your case:"), reply
    assert SIGNED[lang] in reply and reply.count(OFFICE) >= 2, reply


HOST_SAID = {"en": "A short-term doctoral mobility: two weeks at the London School of Hygiene & Tropical "
                   "Medicine, from 10 to 24 May 2026, to learn a modelling method.",
             "fr": "Une mobilité doctorale de courte durée : deux semaines à la London School of Hygiene & "
                   "Tropical Medicine, du 10 au 24 mai 2026, pour apprendre une méthode de modélisation.",
             "nl": "Een korte doctorale mobiliteit: twee weken aan de London School of Hygiene & Tropical "
                   "Medicine, van 10 tot 24 mei 2026, om een modelleermethode te leren.",
             "it": "Una mobilità dottorale breve: due settimane alla London School of Hygiene & Tropical "
                   "Medicine, dal 10 al 24 maggio 2026, per imparare un metodo di modellizzazione."}
COUNTRY_SAID = {"en": "To the United Kingdom, London.", "fr": "Au Royaume-Uni, à Londres.",
                "nl": "Naar het Verenigd Koninkrijk, Londen.", "it": "Nel Regno Unito, a Londra."}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_host_named_stays_when_the_country_follows(monkeypatch, lang):
    """The host named, then the country asked and said: the name stayed out of the e-mail summary."""
    slots = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility", "language": lang,
             "gender": "f", "asked": "activity"}
    got = await play(monkeypatch, slots, [(HOST_SAID[lang], "inform"), (COUNTRY_SAID[lang], "inform")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert got.slots.get("receiving_org_name") == "London School of Hygiene & Tropical Medicine", got.slots
    assert got.slots.get("destination") == "GB", got.slots
    plan = {"destination_city": "London", "activity": "short_term_doctoral", "receiving_org": "hei",
            "start_date": "2026-05-10", "end_date": "2026-05-24"}
    got = await play(monkeypatch, {**got.slots, **plan}, [(CONTACT[lang], "ask_contact")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert "London School of Hygiene & Tropical Medicine" in "\n".join(got.replies), got.replies


CONTACT = {"en": "Who should I contact to get started?",
           "fr": "À qui dois-je m'adresser concrètement pour commencer ?",
           "nl": "Bij wie moet ik terecht om te beginnen?", "it": "A chi devo rivolgermi per iniziare?"}
