"""Round 53 (Camille, a French IMT Lucca PhD student, "vous"; today 10 January 2016): a traineeship at the WHO
in Geneva (not eligible: Switzerland), then at EMBL Heidelberg, 1 April - 31 July 2016.

1. Told the Scientific Board must authorise her 120 days, "Et si je raccourcissais à 3 mois, par exemple
   jusqu'au 30 juin, il ne faudrait plus cet accord ?" got "Non : ... ce point n'est pas exigé pour votre
   projet (un accord interinstitutionnel)" and then "Oui : dans ce cas, vous seriez éligible": "cet accord"
   right after the Board is the Board's authorisation; one answer: with 3 months it is no longer needed, the
   supervisor's still is, and no second yes or no.
2. "je parlais de l'accord du Conseil scientifique, pas d'un accord interinstitutionnel" was not acknowledged:
   it is said back, with the Board's answer, before the amount asked next.
3. "L'EMBL est en fait une organisation intergouvernementale [...] Est-ce que cela pose un problème pour
   l'appel ?" got the country's answer: now the call's rule on the kinds of host.
4. The WHO in Geneva: the host's answer and a contact came before "not eligible"; the verdict comes first.
5. "À qui j'envoie le dossier ?" named the office in English in a French reply.
6. "1 avril 2016": "1er avril 2016" in French, in every date said."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.actions.conversation import play

TODAY = "2016-01-10"
LANGS = ("en", "fr", "nl", "it")
EMBL = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
        "destination": "DE", "destination_city": "Heidelberg", "receiving_org": "research_institute",
        "start_date": "2016-04-01", "end_date": "2016-07-31", "prior_erasmus_months": 0, "gender": "female"}
OPENING = re.compile(r"^(Yes|No|Oui|Non|Ja|Nee|Sì)\s*:", re.M)
BOARD = {"en": "Scientific Board", "fr": "Conseil scientifique", "nl": "Wetenschappelijke Raad",
         "it": "Consiglio Scientifico"}
SUPERVISOR = {"en": "supervisor", "fr": "directeur de thèse", "nl": "promotor", "it": "supervisore"}
AGREEMENT = ("inter-institutional", "interinstitution", "interistituzional")

ASKED = {"en": "Thanks. Do I need the Scientific Board's approval?",
         "fr": "Merci. Faut-il l'accord du Conseil scientifique ?",
         "nl": "Bedankt. Heb ik de toestemming van de Wetenschappelijke Raad nodig?",
         "it": "Grazie. Serve l'autorizzazione del Consiglio Scientifico?"}
SHORTER = {"en": "And if I shortened it to 3 months, say until 30 June, I wouldn't need that approval "
                 "anymore?",
           "fr": "Et si je raccourcissais à 3 mois, par exemple jusqu'au 30 juin, il ne faudrait plus cet "
                 "accord ?",
           "nl": "En als ik het inkort tot 3 maanden, bijvoorbeeld tot 30 juni, is die toestemming dan niet "
                 "meer nodig?",
           "it": "E se lo accorciassi a 3 mesi, per esempio fino al 30 giugno, non servirebbe più questa "
                 "autorizzazione?"}
MEANT = {"en": "I'm not sure I understand the first part, I meant the Scientific Board's approval, not an "
               "inter-institutional agreement. Well, I'd rather keep the 4 months, until 31 July. How much "
               "per month in Germany?",
         "fr": "Je ne suis pas sûre de comprendre la première partie, je parlais de l'accord du Conseil "
               "scientifique, pas d'un accord interinstitutionnel. Bon, je préfère garder les 4 mois, "
               "jusqu'au 31 juillet. Combien par mois en Allemagne ?",
         "nl": "Ik begrijp het eerste deel niet goed, ik bedoelde de toestemming van de Wetenschappelijke "
               "Raad, niet een interinstitutionele overeenkomst. Goed, ik houd liever de 4 maanden, tot 31 "
               "juli. Hoeveel per maand in Duitsland?",
         "it": "Non sono sicura di aver capito la prima parte, intendevo l'autorizzazione del Consiglio "
               "Scientifico, non un accordo interistituzionale. Va bene, preferisco tenere i 4 mesi, fino al "
               "31 luglio. Quanto al mese in Germania?"}


async def _talk(monkeypatch, lang, messages, slots=None):
    return await play(monkeypatch, {**(EMBL if slots is None else slots), "language": lang},
                      [("ok", "affirm"), *messages], TODAY, user_event="parsed", keep_slot_events=True)


@pytest.mark.parametrize("lang", LANGS)
async def test_that_approval_after_the_board_is_the_board(monkeypatch, lang):
    got = await _talk(monkeypatch, lang, [(ASKED[lang], "ask_eligibility"),
                                          (SHORTER[lang], "ask_eligibility")])
    text = got.replies[-1]
    first = text.splitlines()[0]
    assert not any(word in text.lower() for word in AGREEMENT), text
    assert len(OPENING.findall(text)) == 1, text  # one yes or no, not "No: ..." then "Yes: in that case"
    assert OPENING.match(first) and BOARD[lang] in first and "3" in first, text
    assert SUPERVISOR[lang] in first, text  # the supervisor's authorisation is still needed
    assert got.last.get("end_date") is None, got.last  # the case is no change of plan


@pytest.mark.parametrize("lang", LANGS)
async def test_the_authorisation_meant_is_said_back(monkeypatch, lang):
    got = await _talk(monkeypatch, lang, [(ASKED[lang], "ask_eligibility"),
                                          (SHORTER[lang], "ask_eligibility"), (MEANT[lang], "ask_grant")])
    first, *rest = got.replies[-1].splitlines()
    assert BOARD[lang] in first and "3" in first and "120" in first, first
    assert not any(word in got.replies[-1].lower() for word in AGREEMENT), got.replies[-1]
    assert "430" in "\n".join(rest), got.replies[-1]


# 3. An intergovernmental organisation: the call's rule on hosts, not the country
INTERGOVERNMENTAL = {
    "en": "EMBL is actually an intergovernmental organisation, not just a German institute. Is that a "
          "problem for the call?",
    "fr": "L'EMBL est en fait une organisation intergouvernementale, pas seulement un institut allemand. "
          "Est-ce que cela pose un problème pour l'appel ?",
    "nl": "EMBL is eigenlijk een intergouvernementele organisatie, niet zomaar een Duits instituut. Is dat "
          "een probleem voor de oproep?",
    "it": "L'EMBL è in realtà un'organizzazione intergovernativa, non solo un istituto tedesco. È un "
          "problema per il bando?"}
EU_BODY = {"en": "EU institution", "fr": "institution ou organe de l'UE", "nl": "EU-instelling",
           "it": "istituzione o organismo dell'UE"}
GERMANY = {"en": "Germany", "fr": "Allemagne", "nl": "Duitsland", "it": "Germania"}


@pytest.mark.parametrize("lang", LANGS)
async def test_an_intergovernmental_host_gets_the_host_rule(monkeypatch, lang):
    got = await _talk(monkeypatch, lang, [(INTERGOVERNMENTAL[lang], "ask_eligibility")])
    text = got.replies[-1]
    assert EU_BODY[lang] in text and "erasmus@imtlucca.it" in text, text
    assert GERMANY[lang] not in text, text


# 4. The WHO in Geneva: not eligible first
WHO = {"en": "Hello, I'm a PhD student at IMT Lucca and I'd like to do an Erasmus+ traineeship at the World "
             "Health Organization in Geneva. Is that possible?",
       "fr": "Bonjour, je suis doctorante à l'IMT Lucca et je voudrais faire un stage Erasmus+ à "
             "l'Organisation mondiale de la santé à Genève. Est-ce possible ?",
       "nl": "Hallo, ik ben doctoraatsstudent aan het IMT Lucca en ik wil een Erasmus+-stage doen bij de "
             "Wereldgezondheidsorganisatie in Genève. Kan dat?",
       "it": "Buongiorno, sono dottoranda all'IMT Lucca e vorrei fare un tirocinio Erasmus+ "
             "all'Organizzazione mondiale della sanità a Ginevra. È possibile?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_verdict_comes_before_the_host(monkeypatch, lang):
    got = await play(monkeypatch, {"language": lang}, [(WHO[lang], "ask_eligibility")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    lines = got.replies[-1].splitlines()
    verdict = next(i for i, line in enumerate(lines) if line.startswith("❌"))
    assert not any(line.startswith("📧") for line in lines[:verdict]), got.replies[-1]
    assert not any(EU_BODY[lang] in line for line in lines[:verdict]), got.replies[-1]


# 5. The office in French
async def test_the_office_is_named_in_french(monkeypatch):
    got = await _talk(monkeypatch, "fr", [("Très bien. À qui j'envoie le dossier ?", "ask_contact")])
    text = got.replies[-1]
    assert "Graduate Education" not in text and "Bureau de la formation doctorale" in text, text


# 6. "1er avril"
async def test_the_first_of_the_month_in_french(monkeypatch):
    from actions.daycount import period
    from actions.i18n import fmt_date
    from rules_core.messages import fmt_date as core_date

    assert fmt_date("2016-04-01", "fr") == "1er avril 2016"
    assert core_date(dt.date(2016, 4, 1), "fr") == "1er avril 2016"
    assert period(dt.date(2016, 4, 1), dt.date(2016, 7, 31), "fr") == "du 1er avril au 31 juillet 2016"
    assert fmt_date("2016-04-01", "en") == "1 April 2016" and fmt_date("2016-04-11", "fr") == "11 avril 2016"
    got = await _talk(monkeypatch, "fr", [])
    assert "1er avril 2016" in got.replies[-1] and " 1 avril" not in got.replies[-1], got.replies[-1]
