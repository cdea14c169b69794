"""Round 62, r62-o3 (Chiara, an IMT Lucca PhD student writing "tu"; today 10 January 2016): a traineeship at
the Fraunhofer in Munich, 1 March - 30 April 2016.

1. "... vorrei fare un tirocinio Erasmus al Fraunhofer di Monaco, mi dai una mano?" stored the principality of
   Monaco and gave "❌ non sei idoneo/a". In Italian "Monaco" is Munich unless the principality is said; it is
   noted so ("città di destinazione: Monaco (la città in Germania, ...)"). In English/French/Dutch it stays
   the country, but the noted line says so before any verdict.
2. "serve la firma del mio relatore?" got "Sì: Organizzazione ospitante ammessa (impresa)", and "... è un
   istituto di ricerca ... la firma/autorizzazione del mio relatore" stored "Istituto di ricerca → Impresa":
   "firma" is a firm in Dutch only.
3. "dal 1 marzo al 30 aprile 2016. ma 2 mesi bastano per un tirocinio?" got "Non trovo la risposta nel testo
   del bando": yes or no first with the duration limits.
4. "e a chi mando la domanda? c'è una persona di riferimento?" got the submission block without a name.
5. "Come dottorando" for a person whose gender is unknown; "860 in tutto o al mese?" said the total twice."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from actions import i18n
from actions.verdict import role_contacts
from bot.nlu.extract import extract
from tests.actions.conversation import play

TODAY = "2016-01-10"
LANGS = ("en", "fr", "nl", "it")
CALL = "imt-lucca-2015"
CHIARA = {"call": CALL, "role": "phd_student", "activity": "traineeship", "destination": "DE",
          "goal": "eligibility"}
DATED = {**CHIARA, "start_date": "2016-03-01", "end_date": "2016-04-30", "prior_erasmus_months": 0,
         "receiving_org": "research_institute"}
YES = re.compile(r"^(Yes|Oui|Ja|Sì)\s*:")
NO = re.compile(r"^(No|Non|Nee)\s*:")
CANNOT = ("I can't find", "Je ne trouve pas", "Ik vind", "Non trovo")
NOT_ELIGIBLE = ("❌",)


async def _talk(monkeypatch, lang, messages, slots):
    return await play(monkeypatch, {**slots, "language": lang}, messages, TODAY, user_event="parsed",
                      keep_slot_events=True)


# 1. "Monaco"
FIRST = ("Ciao! Sono Chiara, faccio il dottorato all'IMT e vorrei fare un tirocinio Erasmus al Fraunhofer "
         "di Monaco, mi dai una mano?")


async def test_monaco_in_italian_is_munich_said_so(monkeypatch):
    got = await _talk(monkeypatch, "it", [(FIRST, "inform")], {})
    text = got.replies[-1]
    assert got.slots.get("destination") == "DE" and got.slots.get("destination_city") == "Munich", got.slots
    assert "Monaco (la città in Germania" in text and "il paese" in text, text
    assert "❌" not in text and "non sei idoneo" not in text, text


@pytest.mark.parametrize("text", ["vorrei andare a Monaco per un tirocinio",
                                  "un tirocinio a Monaco di Baviera"])
async def test_monaco_in_italian_bare_or_in_full_is_munich(monkeypatch, text):
    got = await _talk(monkeypatch, "it", [(text, "inform")], {"call": CALL, "role": "phd_student"})
    assert got.slots.get("destination") == "DE", (got.slots, got.replies)


async def test_the_principality_said_in_italian_stays_the_country(monkeypatch):
    got = await _talk(monkeypatch, "it", [("un tirocinio nel Principato di Monaco", "inform")],
                      {"call": CALL, "role": "phd_student"})
    assert got.slots.get("destination") == "MC", got.slots


MONACO = {"en": "I'd like to do an Erasmus traineeship at the Fraunhofer in Monaco, can you help?",
          "fr": "Je voudrais faire un stage Erasmus au Fraunhofer à Monaco, vous pouvez m'aider ?",
          "nl": "Ik wil een Erasmus-stage doen bij het Fraunhofer in Monaco, kunt u helpen?"}
COUNTRY_READ = {"en": "Monaco (the country, not Munich in Germany",
                "fr": "Monaco (le pays, pas Munich en Allemagne",
                "nl": "Monaco (het land, niet Munich in Duitsland"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
async def test_monaco_elsewhere_is_the_country_said_so_before_the_verdict(monkeypatch, lang):
    got = await _talk(monkeypatch, lang, [(MONACO[lang], "inform")], {"call": CALL, "role": "phd_student"})
    text = got.replies[-1]
    assert got.slots.get("destination") == "MC", got.slots
    assert COUNTRY_READ[lang] in text, text
    if "❌" in text:
        assert text.index(COUNTRY_READ[lang]) < text.index("❌"), text


# 2. "firma"
SIGNATURE = ("ah ok. serve la firma del mio relatore? il mio relatore è un po' difficile da beccare in "
             "questo periodo 🙄")
RESEARCH = ("eh? impresa? il Fraunhofer è un istituto di ricerca. io ti chiedevo se serve la "
            "firma/autorizzazione del mio relatore sulla domanda")


@pytest.mark.parametrize("intent", ["nlu_fallback", "faq_receiving_org", "inform"])
async def test_the_supervisors_signature_is_the_supervisors_authorisation(monkeypatch, intent):
    got = await _talk(monkeypatch, "it", [(SIGNATURE, intent)], DATED)
    text = got.replies[-1]
    assert YES.match(text) and "supervisore (relatore) deve autorizzare" in text.splitlines()[0], text
    assert "impresa" not in text.lower() and got.slots.get("receiving_org") == "research_institute", text


@pytest.mark.parametrize("stored", ["research_institute", "enterprise"])
async def test_a_research_institute_said_is_never_stored_as_a_company(monkeypatch, stored):
    got = await _talk(monkeypatch, "it", [(RESEARCH, "inform")], {**DATED, "receiving_org": stored})
    assert got.slots.get("receiving_org") == "research_institute", got.replies


@pytest.mark.parametrize(("text", "firm"), [
    ("serve la firma del mio relatore?", False),
    ("do I need the firma of my supervisor?", False),
    ("faut-il la firma de mon directeur de thèse ?", False),
    ("ik doe een stage bij een firma in Duitsland", True),
])
def test_firma_is_a_firm_in_dutch_only(text, firm):
    kinds = [e["value"] for e in extract(text, dt.date(2016, 1, 10)) if e["entity"] == "receiving_org"]
    assert (kinds == ["enterprise"]) if firm else not kinds, kinds


# 3. "are 2 months enough for a traineeship?"
ENOUGH = {"en": "are 2 months enough for a traineeship?", "fr": "2 mois suffisent pour un stage ?",
          "nl": "is 2 maanden genoeg voor een stage?", "it": "2 mesi bastano per un tirocinio?"}
LIMITS = {"en": "2 months to 12 months", "fr": "2 mois à 12 mois", "nl": "2 maanden tot 12 maanden",
          "it": "2 mesi a 12 mesi"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["ask_grant", "nlu_fallback"])
async def test_a_length_said_enough_is_answered_yes_with_the_limits(monkeypatch, lang, intent):
    text = (await _talk(monkeypatch, lang, [(ENOUGH[lang], intent)], CHIARA)).replies[-1]
    assert YES.match(text) and LIMITS[lang] in text.splitlines()[0], text
    assert not any(c in text for c in CANNOT), text


SHORT = {"en": "are 6 weeks enough for a traineeship?", "fr": "6 semaines suffisent pour un stage ?",
         "nl": "is 6 weken genoeg voor een stage?", "it": "6 settimane bastano per un tirocinio?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_length_said_too_short_is_answered_no(monkeypatch, lang):
    text = (await _talk(monkeypatch, lang, [(SHORT[lang], "ask_grant")], CHIARA)).replies[-1]
    assert NO.match(text) and "2" in text.splitlines()[0], text


DATES_ENOUGH = {"en": "from 1 March to 30 April 2016. but are 2 months enough for a traineeship?",
                "fr": "du 1er mars au 30 avril 2016. mais 2 mois suffisent pour un stage ?",
                "nl": "van 1 maart tot 30 april 2016. maar is 2 maanden genoeg voor een stage?",
                "it": "dal 1 marzo al 30 aprile 2016. ma 2 mesi bastano per un tirocinio?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_dates_and_whether_their_length_is_enough(monkeypatch, lang):
    got = await _talk(monkeypatch, lang, [(DATES_ENOUGH[lang], "ask_grant")], CHIARA)
    text = got.replies[-1]
    assert YES.match(text) and "60" in text.splitlines()[0] and LIMITS[lang] in text.splitlines()[0], text
    assert not any(c in text for c in CANNOT), text
    assert got.slots.get("start_date") == "2016-03-01" and got.slots.get("end_date") == "2016-04-30"
    check = text.splitlines()[0].split(":", 1)[1].strip()
    assert text.lower().count(check.lower()) == 1, text  # the answer, not again as a check line


# 4. To whom, and the person
TO_WHOM = {"en": "Who exactly do I send the form to, and does my advisor just sign it?",
           "fr": "et à qui j'envoie ma candidature ? il y a une personne de référence ?",
           "nl": "en naar wie stuur ik mijn aanvraag? is er een contactpersoon?",
           "it": "e a chi mando la domanda? c'è una persona di riferimento?"}
ADVISOR = {"en": "advisor's authorisation", "fr": "l'autorisation de votre directeur",
           "nl": "toestemming van uw promotor", "it": "autorizzazione del tuo supervisore"}


@pytest.mark.parametrize("lang", LANGS)
async def test_to_whom_gets_the_channel_and_the_named_person(monkeypatch, lang):
    person = next(c for c in role_contacts(CALL, "phd_student") if c.name)
    slots = {**DATED, "gender": "female"} if lang != "it" else DATED
    got = await _talk(monkeypatch, lang, [("ok", "affirm"), (TO_WHOM[lang], "nlu_fallback")], slots)
    text = got.replies[-1]
    assert person.name in text and person.email in text, text
    assert ADVISOR[lang] in text.replace("ton directeur", "votre directeur").replace("Suo", "tuo"), text


# 5. "dottorando/a"; the total once
async def test_the_phd_role_is_neutral_while_the_gender_is_unknown(monkeypatch):
    said = "sono una dottoranda all'IMT, vorrei fare un tirocinio in Germania"
    got = await _talk(monkeypatch, "it", [(said, "inform")], {})
    assert "Come dottoranda" in got.replies[-1] or "dottorando," not in got.replies[-1], got.replies
    got = await _talk(monkeypatch, "it", [(FIRST, "inform")], {})
    assert "Come dottorando/a" in got.replies[-1], got.replies[-1]
    assert "Come dottorando," not in got.replies[-1]


TOTAL = {"en": "perfect. and how much do I get exactly? 860 in total or per month?",
         "fr": "parfait. et combien je touche exactement ? 860 en tout ou par mois ?",
         "nl": "perfect. en hoeveel krijg ik precies? 860 in totaal of per maand?",
         "it": "perfetto. e quanto prendo esattamente? 860 in tutto o al mese?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_total_is_said_once(monkeypatch, lang):
    got = await _talk(monkeypatch, lang, [("ok", "affirm"), (TOTAL[lang], "nlu_fallback")], DATED)
    text = got.replies[-1]
    assert text.count(i18n.fmt_eur(860, lang)) == 1 and i18n.fmt_eur(430, lang) in text, text


ASKED_AGAIN = {
    "en": "eh? company? the Fraunhofer is a research institute. I was asking whether my supervisor has to "
          "sign the application",
    "fr": "hein ? entreprise ? le Fraunhofer est un institut de recherche. je demandais si la signature de "
          "mon directeur de thèse est nécessaire sur la candidature",
    "nl": "huh? bedrijf? het Fraunhofer is een onderzoeksinstituut. ik vroeg of de handtekening van mijn "
          "promotor nodig is op de aanvraag",
    "it": RESEARCH}
SUPERVISOR = {"en": "supervisor (advisor) must authorise", "fr": "directrice de thèse doit autoriser",
              "nl": "promotor moet het verblijf", "it": "supervisore (relatore) deve autorizzare"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stored", ["research_institute", "enterprise"])
async def test_the_question_asked_again_is_answered_and_the_host_kept(monkeypatch, lang, stored):
    got = await _talk(monkeypatch, lang, [("ok", "affirm"), (ASKED_AGAIN[lang], "inform")],
                      {**DATED, "receiving_org": stored})
    assert SUPERVISOR[lang] in got.replies[-1], got.replies[-1]
    assert got.slots.get("receiving_org") == "research_institute", got.replies[-1]
