"""Round 37 (r37grants), from simulated user r37-d: an ITM master's student planning a traineeship at an NGO
in Kinshasa (Dutch, "u"; ITM call open).

1. "Die 1.188 euro reissteun, krijg ik die ook als ik uiteindelijk geen beurs van die 2 krijg?" got "Ja:
   € 1.188,00 reissteun", twice. The travel support is part of the Erasmus+ grant (the call: the grant
   compensates extra mobility expenses, for students also travel costs): "No", with the call's words and
   their source, and that the call does not say whether one could go without a grant (whom to ask).
2. "Is er eventueel extra steun mogelijk? Mijn budget is nogal beperkt." got the whole amount block again, and
   "is er een toeslag voor studenten met weinig middelen?" the traineeship top-up every trainee gets. Now the
   EU-wide top-up for students with fewer opportunities (sourced), that the call does not say who counts nor
   who decides, and whom to ask.
3. "Weet u of die 2 beurzen al vergeven zijn?" got the programme countries' paragraph, "zijn ze al toegekend
   of niet?" "I can't find": now "I can't know that", the call's first come, first served rule with its
   source, and whom to ask.
4. "Studieplan voor een stage, is dat een soort stageovereenkomst?" repeated the documents paragraph of the
   answer before word for word; the agreement and ECHE answers listed whom the call asks it of as "Master's
   student, PhD student; study period, ...; at: ...; destination outside: ...": now a plain phrase per case.
Played through action_respond on tracker fixtures in four languages, with the nearby cases that keep their
answer."""
from __future__ import annotations

from typing import Any

import pytest

from actions import i18n
from actions.calls import call_name
from actions.i18n import t
from actions.profile import core
from tests.actions.test_round36_travelq import converse

LANGS = ("en", "fr", "nl", "it")
KINSHASA = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "receiving_org": "ngo",
            "destination": "CD", "destination_city": "Kinshasa", "start_date": "2026-03-02",
            "end_date": "2026-05-29", "citizenship": ["BE"], "goal": "eligibility"}
FIRST = {"en": "Can I do that with Erasmus+?", "fr": "Est-ce possible avec Erasmus+ ?",
         "nl": "Kan dat met Erasmus+?", "it": "Si può fare con Erasmus+?"}
TRAVEL = 1188.0


def _topic(key: str, lang: str) -> str:
    return core().get_call("itm-2024").topics[key].for_role("msc_student").answer(lang)


async def _ask(monkeypatch: pytest.MonkeyPatch, lang: str, *messages: tuple[str, str]) -> list[str]:
    """The replies to the messages after a first question that gave the answer (verdict, amounts)."""
    slots: dict[str, Any] = {**KINSHASA, "language": lang}
    replies, _ = await converse(monkeypatch, slots, [(FIRST[lang], "check_eligibility"), *messages])
    return replies[1:]


def _prefix(lang: str, key: str) -> str:
    return t(lang, key, answer="").strip()


# 1. The travel support (or any amount) without a grant.
WITHOUT_TRAVEL = [
    ("en", "Do I still get the 1,188 euro travel support if I don't get one of the 2 grants?", "ask_grant"),
    ("en", "If I'm not selected, is the travel support still paid?", "nlu_fallback"),
    ("fr", "Est-ce que je touche quand même l'aide au voyage si je n'obtiens pas la bourse ?", "ask_grant"),
    ("fr", "Si je ne suis pas sélectionné, j'ai quand même l'aide au voyage ?", "help"),
    ("nl", "Ok, dan mail ik hen. Nog één ding: die 1.188 euro reissteun, krijg ik die ook als ik "
           "uiteindelijk geen beurs van die 2 krijg?", "check_eligibility"),
    ("nl", "Dat beantwoordt mijn vraag niet. Als ik geen van die 2 beurzen krijg, krijg ik dan nog "
           "reissteun, ja of nee?", "check_eligibility"),
    ("nl", "Echt? Dus ook zonder Erasmus-beurs betaalt het ITG mijn reis? Dat lijkt me vreemd.",
     "check_eligibility"),
    ("it", "Il contributo di viaggio lo ricevo comunque se non ottengo la borsa?", "nlu_fallback"),
    ("it", "Se non vengo selezionato, ricevo lo stesso il contributo di viaggio?", "nlu_fallback"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), WITHOUT_TRAVEL)
async def test_travel_support_without_a_grant_is_no(monkeypatch, lang, text, intent):
    reply = (await _ask(monkeypatch, lang, (text, intent)))[-1]
    assert reply.startswith(_prefix(lang, "answer_no")), reply
    assert i18n.fmt_eur(TRAVEL, lang) in reply, reply
    assert not reply.startswith(_prefix(lang, "answer_yes")), reply
    # the call's own words on what the grant covers, with their source, and whom to ask
    assert _topic("grant_covers", lang) in reply, reply
    assert "erasmusplusmobility@itg.be" in reply, reply
    assert t(lang, "without_grant_go", contact="")[:25] in reply, reply


ANY_AMOUNT = {"en": "If I don't get the grant, do I still get any money?",
              "fr": "Si je n'obtiens pas la bourse, est-ce que je touche quand même un montant ?",
              "nl": "Als ik de beurs niet krijg, krijg ik dan toch nog een bedrag?",
              "it": "Se non ottengo la borsa, ricevo comunque qualche importo?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_any_amount_without_a_grant_is_no(monkeypatch, lang):
    reply = (await _ask(monkeypatch, lang, (ANY_AMOUNT[lang], "faq_scholarship_compatibility")))[-1]
    assert reply.startswith(t(lang, "answer_no", answer=t(lang, "without_grant_amounts"))), reply


# Nearby: the travel support asked as such, or by someone without another scholarship, keeps its "Yes".
TRAVEL_ASKED = [
    ("en", "Is there travel support for Kinshasa?"), ("fr", "Y a-t-il une aide au voyage pour Kinshasa ?"),
    ("nl", "Is er reissteun voor Kinshasa?"), ("it", "C'è un contributo di viaggio per Kinshasa?"),
    ("fr", "Je n'ai pas d'autre bourse, est-ce que je touche une aide au voyage ?"),
    ("nl", "Ik heb geen andere beurs, krijg ik reissteun?"),
]


@pytest.mark.parametrize(("lang", "text"), TRAVEL_ASKED)
async def test_travel_support_asked_as_such_keeps_its_yes(monkeypatch, lang, text):
    reply = (await _ask(monkeypatch, lang, (text, "nlu_fallback")))[-1]
    assert reply.startswith(_prefix(lang, "answer_yes")), reply
    assert i18n.fmt_eur(TRAVEL, lang) in reply, reply
    assert t(lang, "without_grant_go", contact="")[:25] not in reply, reply


# 2. Extra money for a low income or a tight budget.
LOW_MEANS = [
    ("nl", "Is er eventueel extra steun mogelijk? Mijn budget is nogal beperkt.", "ask_grant"),
    ("nl", "Dat bedrag had u al gegeven. Ik bedoel: is er een toeslag voor studenten met weinig middelen?",
     "ask_grant"),
    ("nl", "Nee, die stagetoeslag krijgt toch elke stagiair? Ik vraag naar iets voor studenten met minder "
           "kansen of een laag inkomen.", "check_eligibility"),
    ("en", "Is there any extra support? My budget is quite limited.", "ask_deadline"),
    ("en", "Is there a top-up for students on a low income?", "faq_who_can_apply"),
    ("fr", "Y a-t-il une aide supplémentaire ? Mon budget est limité.", "faq_certificates"),
    ("fr", "Je n'ai pas beaucoup d'argent, y a-t-il une aide supplémentaire ?", "nlu_fallback"),
    ("it", "C'è un aiuto in più? Il mio budget è limitato.", "nlu_fallback"),
    ("it", "Ho pochi soldi, c'è qualche aiuto in più?", "help"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), LOW_MEANS)
async def test_extra_money_for_a_tight_budget_is_the_fewer_opportunities_answer(monkeypatch, lang, text,
                                                                               intent):
    reply = (await _ask(monkeypatch, lang, (text, intent)))[-1]
    group = i18n.label(lang, "groups", "fewer_opportunities")
    assert reply.startswith(t(lang, "low_means_lead", call="\0", group=group).split("\0")[0]), reply
    assert "250 EUR" in reply and "EU" in reply, reply
    assert t(lang, "low_means_who", group=group, contact="erasmusplusmobility@itg.be") in reply, reply
    # not the traineeship top-up every trainee gets, nor the amount block again
    assert "150" not in reply and i18n.fmt_eur(TRAVEL, lang) not in reply, reply


TRAINEE_TOP_UP = {"en": "Do trainees get a top-up?", "fr": "Les stagiaires reçoivent-ils un complément ?",
                  "nl": "Krijgen stagiairs een toeslag?", "it": "I tirocinanti ricevono un'integrazione?"}
FEWER_TOP_UP = {"en": "Is there a top-up for students with fewer opportunities?",
                "fr": "Y a-t-il un complément pour les étudiants ayant moins d'opportunités ?",
                "nl": "Bestaat er een extra bedrag per maand voor studenten met minder kansen, ja of nee?",
                "it": "C'è un'integrazione per gli studenti con minori opportunità?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_traineeship_and_fewer_opportunities_top_ups_keep_their_answers(monkeypatch, lang):
    trainee, fewer = await _ask(monkeypatch, lang, (TRAINEE_TOP_UP[lang], "nlu_fallback"),
                                (FEWER_TOP_UP[lang], "faq_who_can_apply"))
    assert trainee.startswith(_prefix(lang, "answer_yes")) and "150" in trainee, trainee
    assert fewer.startswith(_prefix(lang, "answer_yes")) and "250 EUR" in fewer, fewer
    group = i18n.label(lang, "groups", "fewer_opportunities")
    lead = t(lang, "low_means_lead", call=call_name("itm-2024", lang), group=group)
    for reply in (trainee, fewer):
        assert lead not in reply, reply


# 3. Whether the grants are already awarded.
AWARDED = [
    ("nl", "En weet u of die 2 beurzen voor niet-geassocieerde landen al vergeven zijn? Dan vraag ik beter "
           "meteen aan.", "check_eligibility", "Dat is niet echt mijn vraag. Zijn ze al toegekend of niet?",
     "deny"),
    ("en", "Are the 2 grants for non-associated countries already awarded?", "faq_grant_count",
     "So are they gone or not?", "nlu_fallback"),
    ("fr", "Les 2 bourses sont-elles déjà attribuées ?", "faq_dgd_scholarships",
     "Alors, elles sont encore disponibles ou pas ?", "check_eligibility"),
    ("it", "Le 2 borse sono già state assegnate?", "faq_grant_count",
     "Quindi ci sono ancora borse disponibili?", "check_eligibility"),
]


@pytest.mark.parametrize(("lang", "first", "intent", "again", "intent_again"), AWARDED)
async def test_grants_already_awarded_cannot_be_known_here(monkeypatch, lang, first, intent, again,
                                                          intent_again):
    for reply in await _ask(monkeypatch, lang, (first, intent), (again, intent_again)):
        assert reply.startswith(t(lang, "awarded_unknown")), reply
        assert _topic("first_come_first_served", lang) in reply, reply
        assert t(lang, "awarded_ask", contact="erasmusplusmobility@itg.be") in reply, reply
        assert t(lang, "cannot_answer")[:20] not in reply, reply


BUDGET_USED = {"en": "Is the budget already used up?", "fr": "Le budget est-il déjà épuisé ?",
               "nl": "Is het budget al opgebruikt?", "it": "Il budget è già esaurito?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_budget_used_up_cannot_be_known_here(monkeypatch, lang):
    reply = (await _ask(monkeypatch, lang, (BUDGET_USED[lang], "nlu_fallback")))[-1]
    assert reply.startswith(t(lang, "awarded_unknown")), reply


HOW_MANY = {"en": "How many grants are there for third countries?",
            "fr": "Combien de bourses y a-t-il pour les pays tiers ?",
            "nl": "Hoeveel beurzen zijn er voor derde landen?",
            "it": "Quante borse ci sono per i paesi terzi?"}
OWN_GRANT = {"en": "I have already been awarded a DGD scholarship, is that a problem?",
             "fr": "J'ai déjà obtenu une bourse DGD, est-ce un problème ?",
             "nl": "Mijn DGD-beurs is al toegekend, is dat een probleem?",
             "it": "Ho già ottenuto una borsa DGD, è un problema?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_how_many_grants_and_ones_own_scholarship_are_not_that(monkeypatch, lang):
    how_many, own = await _ask(monkeypatch, lang, (HOW_MANY[lang], "faq_grant_count"),
                               (OWN_GRANT[lang], "faq_scholarship_compatibility"))
    assert "2" in how_many and t(lang, "awarded_unknown") not in how_many, how_many
    assert t(lang, "awarded_unknown") not in own, own


# 4. Whom the call asks a condition of, in words; the documents said once.
AGREEMENT = [
    ("en", "Does there need to be an agreement between ITM and the NGO? I heard an inter-institutional "
           "agreement is needed.", "faq_receiving_org",
     "a study period, a blended short-term mobility, a traineeship or a short-term doctoral "
     "mobility at a university outside the EU member states and "
     "the third countries associated to the programme"),
    ("fr", "Faut-il un accord entre l'IMT et l'ONG ? On m'a parlé d'un accord interinstitutionnel.",
     "faq_receiving_org", "une période d'études, une mobilité hybride de courte durée, un stage "
     "ou une mobilité doctorale de courte durée dans une "
     "université hors des États membres de l'UE et des pays tiers associés au programme"),
    ("nl", "Dank u. Moet er een overeenkomst zijn tussen het ITG en de ngo? Ik heb gehoord dat er zoiets "
           "als een interinstitutioneel akkoord nodig is.", "check_eligibility",
     "een studieperiode, een korte gemengde mobiliteit, een stage of een korte doctorale mobiliteit "
     "bij een universiteit buiten de EU-lidstaten en de "
     "met het programma geassocieerde derde landen"),
    ("it", "Serve un accordo tra l'ITM e la ONG? Ho sentito che serve un accordo interistituzionale.",
     "inform", "un periodo di studio, una mobilità breve mista, un tirocinio o una "
     "mobilità dottorale breve presso un'università fuori dagli Stati "
     "membri dell'UE e dai paesi terzi associati al programma"),
]


@pytest.mark.parametrize(("lang", "text", "intent", "case"), AGREEMENT)
async def test_whom_an_agreement_is_for_is_said_in_words(monkeypatch, lang, text, intent, case):
    reply = (await _ask(monkeypatch, lang, (text, intent)))[-1]
    assert reply.startswith(_prefix(lang, "answer_no")), reply
    assert f"• {case} (" in reply, reply
    assert i18n.label(lang, "roles", "msc_student") not in reply and "; " not in reply.split("•")[1], reply


DOCUMENTS = {"en": "What documents do I have to send?",
             "fr": "Quels documents dois-je envoyer, et à qui ?",
             "nl": "Ok. Wat moet ik concreet indienen en bij wie?",
             "it": "Quali documenti devo inviare e a chi?"}
STUDY_PLAN = {"en": "The study plan for a traineeship, is that a kind of learning agreement with the NGO? "
                    "And does the NGO need an Erasmus charter?",
              "fr": "Le plan d'études pour un stage, c'est une sorte de contrat d'études avec l'ONG ? Et "
                    "l'ONG doit-elle avoir une charte Erasmus ?",
              "nl": "Studieplan voor een stage, is dat dan een soort stageovereenkomst met de ngo? En moet "
                    "die ngo een Erasmus-charter hebben of zo?",
              "it": "Il piano di studio per un tirocinio è una specie di accordo di apprendimento con la "
                    "ONG? E la ONG deve avere una carta Erasmus?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_documents_said_before_are_pointed_to(monkeypatch, lang):
    documents, study_plan = await _ask(monkeypatch, lang, (DOCUMENTS[lang], "faq_application"),
                                       (STUDY_PLAN[lang], "faq_duration"))
    listed = _topic("application_documents", lang)
    assert listed in documents, documents
    assert listed not in study_plan, study_plan
    assert t(lang, "learning_agreement_documents_above", source="\0").split("\0")[0] in study_plan, study_plan
    # the ECHE: not needed, and for which plans, in words
    assert i18n.label(lang, "activities_case", "traineeship") in study_plan, study_plan


@pytest.mark.parametrize("lang", LANGS)
async def test_the_documents_not_said_before_are_given(monkeypatch, lang):
    reply = (await _ask(monkeypatch, lang, (STUDY_PLAN[lang], "faq_duration")))[-1]
    assert _topic("application_documents", lang) in reply, reply
