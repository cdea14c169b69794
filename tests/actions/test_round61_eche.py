"""Round 61 (r61-h3; today 1 October 2025): a Belgian ITM MSc student, no other scholarship, a study period at
the University of Iceland in Reykjavik, 1 February - 30 June 2026, eligible provided the host holds an ECHE.

- "c quoi cette histoire d'ECHE ? je sais pas si reykjavik l'a" got the one-sentence condition again: now what
  the ECHE is (the call's `eche` topic), with who can confirm it (the host's office, or the ITM address).
- "pour l'ECHE aucune idée. tu peux pas verifier toi ?" got the condition a third time: now No, and who can.
- "ok. j'ai pas d'autre bourse a coté, ca change qqch ?" got "Les jours financés restent les mêmes (150)":
  now the call's priorities for a student without a scholarship.
- The travel-support note said "demande au bureau": it names the address now.
- "combien je toucherais ?" got a chain of colons ("... ; où se trouvent les montants et à qui les demander :
  Soutien individuel : ..."): the basis follows as its own sentence.
- The e-mail summary said "Verdict : éligible." with the condition only below, and not the nationality."""
from __future__ import annotations

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
OFFICE = "erasmusplusmobility@itg.be"
ICELAND = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
           "destination": "IS", "destination_city": "Reykjavik", "receiving_org": "hei",
           "start_date": "2026-02-01", "end_date": "2026-06-30", "asked": "citizenship"}
BELGIAN = {"en": "Belgian", "fr": "belge", "nl": "Belgisch", "it": "belga"}


async def _after_verdict(monkeypatch, lang, text, intent):
    """The verdict given on the nationality, then the message; the replies to the message."""
    got = await play(monkeypatch, {**ICELAND, "language": lang},
                     [(BELGIAN[lang], "inform"), (text, intent)], TODAY,
                     user_event="parsed", keep_slot_events=True)
    return got.replies[1:]


CONDITION = {"en": "For your case: The host university must hold",
             "fr": "Dans ton cas : L'université d'accueil doit être titulaire",
             "nl": "In jouw geval: De ontvangende universiteit moet",
             "it": "Nel Suo caso: L'università ospitante deve"}
WHAT = {"en": "what's this whole ECHE thing? no idea if Reykjavik has it",
        "fr": "c quoi cette histoire d'ECHE ? je sais pas si reykjavik l'a",
        "nl": "wat is dat hele verhaal met het ECHE? geen idee of Reykjavik het heeft",
        "it": "cos'è questa storia dell'ECHE? non so se Reykjavik ce l'ha"}
CHARTER = {"en": "is the charter a higher education institution needs to take part in Erasmus+",
           "fr": "est la charte dont un établissement d'enseignement supérieur a besoin pour participer "
                 "à Erasmus+",
           "nl": "is het handvest dat een instelling voor hoger onderwijs nodig heeft om aan Erasmus+ deel "
                 "te nemen",
           "it": "partecipare a Erasmus+"}
# (since round 62 the call's `eche_check` words for the plan: "The receiving university (its international
# office) can confirm it, and so can ...")
CONFIRM = {"en": "can confirm it, and so can " + OFFICE, "fr": "peut le confirmer, tout comme " + OFFICE,
           "nl": "kan het bevestigen, en ook " + OFFICE, "it": "può confermarlo, e anche " + OFFICE}


@pytest.mark.parametrize("lang", LANGS)
async def test_what_the_eche_is_is_explained(monkeypatch, lang):
    replies = await _after_verdict(monkeypatch, lang, WHAT[lang], "ask_why")
    reply = "\n".join(replies)
    assert CHARTER[lang] in reply and CONFIRM[lang] in reply, reply
    assert "Charte Erasmus pour l'enseignement supérieur (ECHE) : l'établissement" not in reply, reply


YOU_CHECK = {"en": "no idea about the ECHE. can't you check it yourself?",
             "fr": "pour l'ECHE aucune idée. tu peux pas verifier toi ?",
             "nl": "geen idee over het ECHE. kun jij dat niet nakijken?",
             "it": "per l'ECHE non ne ho idea. non può verificarlo Lei?"}
CANNOT = {"en": "No, I cannot check that myself", "fr": "Non, je ne peux pas le vérifier moi-même",
          "nl": "Nee, dat kan ik zelf niet nagaan", "it": "No, non posso verificarlo io"}
WHO_CAN = {"en": "The receiving university (its international office) can confirm it, and so can " + OFFICE,
           "fr": "L'université d'accueil (son bureau des relations internationales) peut le confirmer, tout "
                 "comme " + OFFICE,
           "nl": "De ontvangende universiteit (haar internationale dienst) kan het bevestigen, en ook "
                 + OFFICE,
           "it": "L'università ospitante (il suo ufficio relazioni internazionali) può confermarlo, e anche "
                 + OFFICE}


@pytest.mark.parametrize("lang", LANGS)
async def test_can_you_check_it_is_answered_no_and_who_can(monkeypatch, lang):
    replies = await _after_verdict(monkeypatch, lang, YOU_CHECK[lang], "dont_know")
    reply = "\n".join(replies)
    assert reply.startswith(CANNOT[lang]) and WHO_CAN[lang] in reply, reply


NO_OTHER = {"en": "ok. I don't have another scholarship on the side, does that change anything?",
            "fr": "ok. j'ai pas d'autre bourse a coté, ca change qqch ?",
            "nl": "ok. ik heb geen andere beurs ernaast, verandert dat iets?",
            "it": "ok. non ho altre borse di studio, cambia qualcosa?"}
NOT_A_PROBLEM = {"en": "That is no problem", "fr": "Ce n'est pas un problème", "nl": "Dat is geen probleem",
                 "it": "Non è un problema"}
WITHOUT = {"en": "Priority is given to students without a scholarship",
           "fr": "La priorité est donnée aux étudiants sans bourse",
           "nl": "Voorrang gaat naar studenten zonder beurs",
           "it": "La priorità va agli studenti senza borsa"}
DAYS = {"en": "funded days", "fr": "jours financés", "nl": "gefinancierde dagen", "it": "giorni finanziati"}


@pytest.mark.parametrize("lang", ["fr"])  # (the other languages were answered so before: "ca" was new)
async def test_no_other_scholarship_gets_the_priority_not_the_funded_days(monkeypatch, lang):
    replies = await _after_verdict(monkeypatch, lang, NO_OTHER[lang], "inform")
    reply = "\n".join(replies)
    assert reply.startswith(NOT_A_PROBLEM[lang]) and WITHOUT[lang] in reply, reply
    assert DAYS[lang] not in reply and "(150)" not in reply, reply


ASK_AT = {"en": "(not published: ask " + OFFICE + ")", "fr": "(non publiée : demande à " + OFFICE + ")",
          "nl": "(niet gepubliceerd: vraag het aan " + OFFICE + ")",
          "it": "(non pubblicato: chieda a " + OFFICE + ")"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_travel_note_names_the_address(monkeypatch, lang):
    got = await play(monkeypatch, {**ICELAND, "language": lang}, [(BELGIAN[lang], "inform")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    reply = "\n".join(got.replies)
    ask = ASK_AT[lang].replace("demande à", "demandez à") if lang == "fr" else ASK_AT[lang]
    assert ask in reply, reply


HOW_MUCH = {"en": "and how much would I get? like per month",
            "fr": "et combien je toucherais ? genre par mois",
            "nl": "en hoeveel zou ik krijgen? per maand bv", "it": "e quanto riceverei? tipo al mese"}
NO_AMOUNT = {"en": "I have no amount for your case: the call publishes none for it. Individual support",
             "fr": "de montant pour votre cas : l'appel n'en publie pas. Soutien individuel",
             "nl": "Ik heb geen bedrag voor uw geval: de oproep publiceert er geen. Individuele steun",
             "it": "Non ho un importo per il Suo caso: il bando non ne pubblica. Sostegno individuale"}


@pytest.mark.parametrize("lang", LANGS)
async def test_no_amount_is_said_without_a_chain_of_colons(monkeypatch, lang):
    replies = await _after_verdict(monkeypatch, lang, HOW_MUCH[lang], "ask_grant")
    reply = "\n".join(replies)
    assert NO_AMOUNT[lang] in reply, reply


CONTACT = {"en": "ok and who do I talk to first?", "fr": "ok et je parle a qui en premier ?",
           "nl": "ok en met wie praat ik eerst?", "it": "ok e con chi parlo per primo?"}
VERDICT = {"en": "The Erasmus+ assistant's verdict: eligible, on this condition: The receiving university "
                 "must hold",
           "fr": "Verdict de l'assistant Erasmus+ : éligible, sous cette condition : L'université d'accueil "
                 "doit être titulaire",
           "nl": "Oordeel van de Erasmus+-assistent: komt in aanmerking, onder deze voorwaarde: "
                 "De ontvangende universiteit moet",
           "it": "Verdetto dell'assistente Erasmus+: idoneo/a, a questa condizione: L'università ospitante "
                 "deve"}
NATIONALITY = {"en": "Nationality: Belgium.", "fr": "Nationalité : Belgique.",
               "nl": "Nationaliteit: België.", "it": "Cittadinanza: Belgio."}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_summary_verdict_line_says_the_condition_and_the_nationality(monkeypatch, lang):
    replies = await _after_verdict(monkeypatch, lang, CONTACT[lang], "ask_contact")
    reply = "\n".join(replies)
    assert VERDICT[lang] in reply and NATIONALITY[lang] in reply, reply
