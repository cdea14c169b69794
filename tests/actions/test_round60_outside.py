"""Round 60 (r60-e3: a Dutch PhD student at ITM, not staff, short-term doctoral mobility at the
Universidade de São Paulo, 6-24 April 2026; r60-d3: an MSc traineeship at MSF Amsterdam; today 1 October
2025), EN/FR/NL/IT:
1. "maar kan dat dus buiten europa?" got the durations of every kind of mobility, "ok dus buiten europa kan
   gewoon voor een doctoraatsstudent?" "Ik vind het antwoord daarop niet": the destination given (Brazil) is
   one of the third countries not associated, with the call's note on their 2 grants (actions/outsideq.py);
2. "en in totaal?" after the travel support got "Ik vind het antwoord daarop niet": the whole amount;
3. the whole amount opened "Niet zeker: de bedragen ... zijn indicatief", the fixed 1,735 EUR travel band
   included: which part is fixed and which indicative;
4. "Je nationaliteit beslist over de rest: ..." came word for word twice; "wanneer moet ik aanvragen?" opened
   with the agreement condition: the date first;
5. "so not even a rough idea? like for netherlands" got "I can't find the answer": the labelled reference
   figures;
6. "Apply by 1 April 2026" under "not eligible" for a stay ending after 31 July 2026: for dates that end by
   then.
"""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ["en", "fr", "nl", "it"]
START = {"call": "itm-2024", "goal": "eligibility", "role": "phd_student", "destination": "BR",
         "destination_city": "São Paulo"}
WOUT = {**START, "activity": "short_term_doctoral", "receiving_org": "hei",
        "receiving_org_name": "Universidade de São Paulo", "start_date": "2026-04-06",
        "end_date": "2026-04-24",
        "citizenship": ["BE"], "has_scholarship": True, "itm_staff_member": False}
REGIONS = {"en": "regions 1 to 14", "fr": "régions 1 à 14", "nl": "regio's 1 tot 14",
           "it": "regioni da 1 a 14"}
TWO_GRANTS = {"en": "2 grants", "fr": "2 bourses", "nl": "2 beurzen", "it": "2 borse"}
CANNOT = {"en": "I can't find", "fr": "Je ne trouve pas", "nl": "Ik vind het antwoord", "it": "Non trovo"}
YES = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}

KIND_OUTSIDE = {"en": ("short-term doctoral mobility. but can it be outside Europe then?", "nlu_fallback"),
                "fr": ("mobilité doctorale de courte durée. mais est-ce possible hors d'Europe alors ?",
                       "faq_duration"),
                "nl": ("korte doctorale mobiliteit. maar kan dat dus buiten europa?", "faq_duration"),
                "it": ("mobilità dottorale di breve durata. ma si può fare fuori dall'Europa allora?",
                       "faq_duration")}


@pytest.mark.parametrize("lang", LANGS)
async def test_outside_europe_is_answered_for_the_destination_given(monkeypatch, lang):
    got = await play(monkeypatch, {**START, "language": lang}, [KIND_OUTSIDE[lang]], TODAY)
    reply = got.replies[-1]
    assert reply.startswith(YES[lang]), reply
    assert REGIONS[lang] in reply and TWO_GRANTS[lang] in reply, reply
    assert CANNOT[lang] not in reply, reply


SO_OUTSIDE = {"en": "ok so outside europe is just fine for a phd student?",
              "fr": "ok donc hors d'Europe ça marche pour un doctorant ?",
              "nl": "ok dus buiten europa kan gewoon voor een doctoraatsstudent?",
              "it": "ok quindi fuori dall'Europa va bene per un dottorando?"}
AGREEMENT = {"en": "inter-institutional agreement", "fr": "accord interinstitutionnel",
             "nl": "interinstitutionele overeenkomst", "it": "accordo interistituzionale"}


@pytest.mark.parametrize("lang", LANGS)
async def test_outside_europe_asked_again_with_the_whole_plan(monkeypatch, lang):
    got = await play(monkeypatch, {**WOUT, "language": lang}, [(SO_OUTSIDE[lang], "check_eligibility")],
                     TODAY)
    reply = got.replies[-1]
    assert CANNOT[lang] not in reply, reply
    assert reply.startswith(YES[lang]) and REGIONS[lang] in reply, reply
    assert AGREEMENT[lang] in reply and TWO_GRANTS[lang] in reply, reply


TRAVEL = {"en": "how much do I get for the trip?", "fr": "combien je reçois pour le voyage ?",
          "nl": "hoeveel krijg ik voor de reis?", "it": "quanto ricevo per il viaggio?"}
IN_TOTAL = {"en": ("and in total?", "nlu_fallback"), "fr": ("et au total ?", "goodbye"),
            "nl": ("en in totaal?", "nlu_fallback"), "it": ("e in totale?", "nlu_fallback")}
TOTAL = {"en": "3,121", "fr": "3121", "nl": "3.121", "it": "3.121"}


def _digits(text: str) -> str:
    return text.replace("\u202f", "").replace("\xa0", "").replace(" ", "")


@pytest.mark.parametrize("lang", LANGS)
async def test_and_in_total_after_the_travel_support(monkeypatch, lang):
    got = await play(monkeypatch, {**WOUT, "language": lang}, [(TRAVEL[lang], "ask_grant"), IN_TOTAL[lang]],
                     TODAY)
    reply = got.replies[-1]
    assert CANNOT[lang] not in reply, reply
    assert TOTAL[lang] in _digits(reply), reply


FULL_TOTAL = {"en": "I mean how much do I get in total, travel + stay?",
              "fr": "je veux dire combien je reçois au total, voyage + séjour ?",
              "nl": "ik bedoel hoeveel krijg ik in totaal, reis + verblijf?",
              "it": "intendo quanto ricevo in totale, viaggio + soggiorno?"}
NOT_SURE = {"en": "Not for sure", "fr": "Pas de façon sûre", "nl": "Niet zeker", "it": "Non con certezza"}
FIXED = {"en": "is fixed", "fr": "est fixe", "nl": "ligt vast", "it": "è fisso"}
INDICATIVE = {"en": "indicative", "fr": "indicatif", "nl": "indicatief", "it": "indicativo"}
BAND = {"en": "1,735", "fr": "1735", "nl": "1.735", "it": "1.735"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_fixed_travel_band_is_not_called_uncertain(monkeypatch, lang):
    got = await play(monkeypatch, {**WOUT, "language": lang},
                     [(TRAVEL[lang], "ask_grant"), (FULL_TOTAL[lang], "ask_grant")], TODAY)
    reply = got.replies[-1]
    first = reply.splitlines()[0]
    assert not first.startswith(NOT_SURE[lang]), reply
    assert FIXED[lang] in first and BAND[lang] in _digits(first), reply
    assert first.index(FIXED[lang]) < first.index(INDICATIVE[lang]), reply


HELLO = {"en": "hi, I'm a PhD student at ITM and want to go to São Paulo in April for lab training. "
               "can that be "
               "outside Europe?",
         "fr": "salut, je suis doctorant à l'IMT Anvers et je veux aller à São Paulo en avril pour une "
               "formation en labo. "
               "c'est possible hors d'Europe ?",
         "nl": "hoi, ik ben doctoraatsstudent aan ITM en wil in april naar São Paulo voor labotraining. "
               "kan dat "
               "buiten Europa?",
         "it": "ciao, sono dottorando all'ITM e voglio andare a San Paolo ad aprile per una formazione in "
               "laboratorio. si può fuori dall'Europa?"}
DATES = {"en": "6 April to 24 April 2026, at the Universidade de São Paulo",
         "fr": "du 6 avril au 24 avril 2026, à l'Universidade de São Paulo",
         "nl": "6 april tot 24 april 2026. aan de Universidade de São Paulo",
         "it": "dal 6 aprile al 24 aprile 2026, all'Universidade de São Paulo"}
KIND = {"en": "short-term doctoral mobility", "fr": "mobilité doctorale de courte durée",
        "nl": "korte doctorale mobiliteit", "it": "mobilità dottorale di breve durata"}
NATIONALITY_DECIDES = {"en": "Your nationality decides the rest", "fr": "nationalité décide du reste",
                       "nl": "nationaliteit beslist over de rest", "it": "cittadinanza decide il resto"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_nationality_rule_is_said_once(monkeypatch, lang):
    got = await play(monkeypatch, {"language": lang}, [
        (HELLO[lang], "check_eligibility"), (KIND[lang], "inform"), (DATES[lang], "inform")], TODAY)
    whole = "\n".join(got.replies)
    assert got.slots.get("start_date") == "2026-04-06", got.slots
    assert whole.lower().count(NATIONALITY_DECIDES[lang].lower()) <= 1, whole


WHEN = {"en": "when do I have to apply?", "fr": "quand dois-je postuler ?",
        "nl": "wanneer moet ik aanvragen?",
        "it": "quando devo fare domanda?"}
FEB = {"en": "6 February 2026", "fr": "6 février 2026", "nl": "6 februari 2026", "it": "6 febbraio 2026"}


@pytest.mark.parametrize("lang", LANGS)
async def test_when_to_apply_gives_the_date_first(monkeypatch, lang):
    got = await play(monkeypatch, {**WOUT, "language": lang},
                     [(TRAVEL[lang], "ask_grant"), (WHEN[lang], "ask_deadline")], TODAY)
    reply = got.replies[-1]
    assert reply.startswith("📅") and FEB[lang] in reply.splitlines()[0], reply


NURIA = {"call": "itm-2024", "goal": "eligibility", "role": "msc_student", "activity": "traineeship",
         "destination": "NL", "destination_city": "Amsterdam", "receiving_org": "ngo",
         "start_date": "2026-05-01", "end_date": "2026-07-31", "citizenship": ["ES"]}
PER_MONTH = {"en": "great! so how much per month?", "fr": "super ! alors combien par mois ?",
             "nl": "geweldig! dus hoeveel per maand?", "it": "ottimo! quindi quanto al mese?"}
ROUGH = {"en": ("so not even a rough idea? like for netherlands", "dont_know"),
         "fr": ("alors même pas une idée approximative ? par exemple pour les Pays-Bas", "nlu_fallback"),
         "nl": ("dus zelfs geen ruw idee? bijvoorbeeld voor Nederland", "nlu_fallback"),
         "it": ("quindi nemmeno un'idea approssimativa? tipo per i Paesi Bassi", "check_eligibility")}
ANNEX = {"en": "Annex 2", "fr": "annexe 2", "nl": "bijlage 2", "it": "allegato 2"}


@pytest.mark.parametrize("lang", LANGS)
async def test_not_even_a_rough_idea_gets_the_labelled_reference(monkeypatch, lang):
    got = await play(monkeypatch, {**NURIA, "language": lang}, [(PER_MONTH[lang], "ask_grant"), ROUGH[lang]],
                     TODAY)
    reply = got.replies[-1]
    assert CANNOT[lang] not in reply, reply
    assert ANNEX[lang] in reply and "369" in reply and "419 / 369 / 319" in reply, reply


MSF_BRUSSELS = {**NURIA, "destination": "BE", "destination_city": "Brussels", "start_date": "2026-06-01",
                "end_date": "2026-08-31"}
AMSTERDAM = {"en": ("ok what about the msf office in amsterdam then? same dates", "check_eligibility"),
             "fr": ("et le bureau de MSF à Amsterdam alors ? mêmes dates", "nlu_fallback"),
             "nl": ("en het kantoor van MSF in Amsterdam dan? zelfde data", "check_eligibility"),
             "it": ("e l'ufficio di MSF ad Amsterdam allora? stesse date", "nlu_fallback")}
END_BY = {"en": "31 July 2026", "fr": "31 juillet 2026", "nl": "31 juli 2026", "it": "31 luglio 2026"}
APRIL = {"en": "April", "fr": "avril", "nl": "april", "it": "aprile"}


@pytest.mark.parametrize("lang", LANGS)
async def test_apply_by_for_a_refused_end_names_the_end_it_needs(monkeypatch, lang):
    got = await play(monkeypatch, {**MSF_BRUSSELS, "citizenship": ["ES"], "language": lang},
                     [AMSTERDAM[lang]], TODAY)
    reply = got.replies[-1]
    assert got.slots.get("destination") == "NL", got.slots
    dated = [line for line in reply.splitlines() if line.startswith("📅")]
    assert dated, reply
    assert END_BY[lang] in dated[0] and dated[0].index(END_BY[lang]) < dated[0].index(APRIL[lang]), reply
