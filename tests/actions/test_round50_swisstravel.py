"""Round 50 (Belgian ITM PhD student, short-term doctoral mobility at Swiss TPH, Basel, 9-18 February 2026;
today 1 October 2025; in French).

1. "Merci ! Est-ce qu'il y a une aide pour le voyage ? Le train jusqu'à Bâle c'est pas donné" noted "voyage
   écologique: Non": the "pas" is the price's ("c'est pas donné": it is expensive), the train named is how he
   travels (actions/travelmode.py, phrases `mode_priced`).
2. The first message's "La Suisse, ça marche encore avec Erasmus ?" got the facts noted and the next question,
   no answer (phrases `destination_question`).
3. "Mais du coup la Suisse c'est ok ou pas ?" got "ce pays (Suisse) relève de ce groupe : ..." and "vous
   pouvez y aller ... selon votre nationalité : pas si c'est un pays dont vous avez la nationalité": now the
   country as a possible destination for the plan, and "unless you hold its nationality"
   (actions/destinationq.py).
4. "Et le fait de prendre le train, ça ne donne pas droit à un petit bonus ou des jours en plus ?" got "Le
   moyen de transport ne change pas la bourse" and every note again: now the call data's note on green travel
   for students bound for regions 13-14 (rules_core/calls/itm-2024.yaml, actions/askabout.py).
5. The list of regions 13 and 14 came three times: said in full once, then in a few words
   (`grant.notes_short`, actions/travelq.py, actions/grantq.py).
6. "... je dois envoyer quoi et à qui ? C'est bien avant le 9 décembre ?" got the documents alone: the date
   confirmed too (actions/applyby.py date_confirmed)."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
BASEL = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "goal": "eligibility",
         "destination": "CH", "destination_city": "Basel", "receiving_org": "research_institute",
         "citizenship": ["BE"], "start_date": "2026-02-09", "end_date": "2026-02-18",
         "itm_staff_member": False, "has_scholarship": True}
VERDICT = {"en": "so can I go?", "fr": "alors je peux partir ?", "nl": "kan ik dus gaan?",
           "it": "quindi posso partire?"}
REGIONS = {"en": "regions 13 and 14", "fr": "régions 13 et 14", "nl": "regio's 13 en 14",
           "it": "regioni 13 e 14"}
SWITZERLAND = {"en": "Switzerland", "fr": "ce pays (Suisse)", "nl": "Zwitserland",
               "it": "questo paese (Svizzera)"}

# The conversation verbatim, with the intents the NLU model gave.
CONVERSATION = [
    ("Bonjour, je suis doctorant à l'IMT Anvers et j'aimerais faire un court séjour au Swiss TPH à Bâle en "
     "février 2026 pour une formation en labo. La Suisse, ça marche encore avec Erasmus ?",
     "check_eligibility"),
    ("Mobilité doctorale de courte durée je pense, c'est 10 jours du 9 au 18 février 2026. Mais du coup la "
     "Suisse c'est ok ou pas ? Je croyais qu'ils étaient sortis d'Erasmus", "faq_duration"),
    ("Belge", "inform"),
    ("Non, je ne suis pas membre du personnel, j'ai une bourse externe pour mon doctorat", "inform"),
    ("Merci ! Est-ce qu'il y a une aide pour le voyage ? Le train jusqu'à Bâle c'est pas donné",
     "nlu_fallback"),
    ("Ok. Et donc combien au total je toucherais ?", "check_eligibility"),
    ("D'accord. Et pour postuler concrètement, je dois envoyer quoi et à qui ? C'est bien avant le 9 "
     "décembre ?", "faq_who_can_apply"),
    ("Et le fait de prendre le train, ça ne donne pas droit à un petit bonus ou des jours en plus ? J'avais "
     "entendu ça", "check_eligibility"),
    ("Ok merci beaucoup, je vais écrire à mon superviseur et à l'adresse erasmus. Bonne journée !",
     "ask_contact"),
]


async def test_the_conversation(monkeypatch):
    got = await play(monkeypatch, {"language": "fr", "call": "itm-2024"}, CONVERSATION, TODAY,
                     user_event="parsed", keep_slot_events=True)
    first, kind, _, verdict, travel, total, apply, green, _ = got.replies
    assert "Oui : ce pays (Suisse) est une destination possible pour votre projet" in first, first
    assert t("fr", "destination_ok_nationality_open") in first and "Quel type de mobilité" in first, first
    assert kind.startswith("Oui : ce pays (Suisse) est une destination possible pour votre type de "
                           "mobilité (mobilité doctorale de courte durée) : l'appel couvre les pays tiers "
                           "non associés"), kind
    assert "ce groupe" not in kind and "selon votre nationalité" not in kind, kind
    assert "voyage écologique: Oui" in travel and "voyage écologique: Non" not in travel, travel
    assert "Pas d'aide au voyage distincte pour ce pays (Suisse) selon les règles de l'UE" in travel, travel
    assert "790,00" in total, total
    assert "Oui : postulez au plus tard le 9 décembre 2025 (2\xa0mois avant votre départ" in apply, apply
    assert "erasmusplusmobility@itg.be" in apply, apply
    assert "ne change pas la bourse" not in green and "79 EUR" not in green, green
    assert green.startswith("Voyage vert : les chiffres de l'UE connus ici ne donnent rien de plus"), green
    assert "personnel" in green and "erasmusplusmobility@itg.be" in green, green
    said = "\n".join(got.replies)
    assert said.count("régions 13 et 14") == 1, said
    assert REGIONS["fr"] in verdict, verdict
    assert got.slots["green_travel"] is True, got.slots


async def _after_verdict(monkeypatch, lang, messages, slots=None):
    return await play(monkeypatch, {**(slots or BASEL), "language": lang},
                      [(VERDICT[lang], "check_eligibility"), *messages], TODAY, user_event="parsed")


FIRST = {
    "en": "Hello, I'm a PhD student at ITM Antwerp and I'd like to do a short stay at Swiss TPH in Basel in "
          "February 2026 for lab training. Does Switzerland still work with Erasmus?",
    "fr": CONVERSATION[0][0],
    "nl": "Hallo, ik ben doctoraatsstudent aan het ITG Antwerpen en wil in februari 2026 een kort verblijf "
          "aan het Swiss TPH in Bazel doen voor een labotraining. Werkt Zwitserland nog met Erasmus?",
    "it": "Buongiorno, sono dottorando all'ITM di Anversa e vorrei fare un breve soggiorno allo Swiss TPH "
          "a Basilea a febbraio 2026 per una formazione in laboratorio. La Svizzera funziona ancora con "
          "Erasmus?",
}
FOR_YOU = {"en": "Yes: Switzerland is one of the third countries not associated",
           "fr": "Oui : ce pays (Suisse) est une destination possible pour votre projet",
           "nl": "Ja: Zwitserland hoort bij de niet-geassocieerde derde landen",
           "it": "Sì: questo paese (Svizzera) rientra tra i paesi terzi non associati"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_first_message_s_question_is_answered(monkeypatch, lang):
    got = await play(monkeypatch, {"language": lang, "call": "itm-2024"},
                     [(FIRST[lang], "check_eligibility")], TODAY, user_event="parsed")
    reply = got.replies[0]
    assert FOR_YOU[lang] in reply, reply
    assert t(lang, "destination_for_you") in reply.split("\n")[0], reply
    assert t(lang, "destination_ok_nationality_open") in reply, reply
    assert got.slots.get("role") == "phd_student" and got.slots.get("destination") == "CH", got.slots


KIND_Q = {
    "en": "Short-term doctoral mobility I think, it's 10 days from 9 to 18 February 2026. But so is "
          "Switzerland ok or not? I thought they had left Erasmus",
    "fr": CONVERSATION[1][0],
    "nl": "Kortlopende doctorale mobiliteit denk ik, 10 dagen van 9 tot 18 februari 2026. Maar is "
          "Zwitserland nu ok of niet? Ik dacht dat ze uit Erasmus waren gestapt",
    "it": "Mobilità dottorale di breve durata credo, sono 10 giorni dal 9 al 18 febbraio 2026. Ma allora la "
          "Svizzera va bene o no? Credevo che fossero usciti da Erasmus",
}
OLD_WORDS = {"en": "depending on your nationality", "fr": "relève de ce groupe",
             "nl": "afhankelijk van uw nationaliteit", "it": "a seconda della Sua cittadinanza"}


@pytest.mark.parametrize("lang", LANGS)
async def test_switzerland_asked_is_a_possible_destination_for_the_plan(monkeypatch, lang):
    slots = {"call": "itm-2024", "role": "phd_student", "destination": "CH", "destination_city": "Basel",
             "receiving_org": "research_institute", "goal": "eligibility", "language": lang,
             "asked": "activity"}
    got = await play(monkeypatch, slots, [(KIND_Q[lang], "faq_duration")], TODAY, user_event="parsed")
    reply = got.replies[0]
    first = reply.split("\n")[0]
    assert first.startswith(t(lang, "answer_yes", answer="").strip()), reply
    assert SWITZERLAND[lang] in first, reply
    kind = t(lang, "destination_for_kind", activity="\0").split("\0")[0]
    assert kind in first, reply
    assert t(lang, "destination_ok_nationality_open") in reply, reply
    assert OLD_WORDS[lang] not in reply, reply
    assert got.slots.get("activity") == "short_term_doctoral", got.slots


PRICED = {
    "en": "Thanks! Is there any help for the travel? The train to Basel isn't cheap",
    "fr": CONVERSATION[4][0],
    "nl": "Bedankt! Is er steun voor de reis? De trein naar Bazel is niet goedkoop",
    "it": "Grazie! C'è un aiuto per il viaggio? Il treno fino a Basilea non è economico",
}
SHORT = {"en": "No separate travel support for Switzerland under the EU-wide rules",
         "fr": "Pas d'aide au voyage distincte pour ce pays (Suisse) selon les règles de l'UE",
         "nl": "Geen aparte reissteun voor Zwitserland volgens de EU-regels",
         "it": "Nessun contributo di viaggio a parte per questo paese (Svizzera) secondo le regole UE"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_train_s_price_is_no_no_to_green_travel(monkeypatch, lang):
    got = await _after_verdict(monkeypatch, lang, [(PRICED[lang], "nlu_fallback")])
    verdict, reply = got.replies
    assert got.slots.get("green_travel") is True, got.slots
    assert REGIONS[lang] in verdict, verdict
    assert SHORT[lang] in reply and REGIONS[lang] not in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_the_travel_question_first_gets_the_whole_reason(monkeypatch, lang):
    got = await play(monkeypatch, {**BASEL, "language": lang}, [(PRICED[lang], "nlu_fallback")], TODAY,
                     user_event="parsed")
    assert REGIONS[lang] in got.replies[0] and SHORT[lang] not in got.replies[0], got.replies[0]


GREEN_Q = {
    "en": "And taking the train, doesn't that give a small bonus or extra days? I had heard that",
    "fr": CONVERSATION[7][0],
    "nl": "En met de trein gaan, geeft dat geen kleine bonus of extra dagen? Dat had ik gehoord",
    "it": "E prendere il treno non dà diritto a un piccolo bonus o a giorni in più? L'avevo sentito",
}
NO_CHANGE = {"en": "does not change the grant", "fr": "ne change pas la bourse",
             "nl": "verandert niets aan de beurs", "it": "non cambia il contributo"}
STAFF_RULE = {"en": "a rule for staff", "fr": "une règle pour le personnel", "nl": "een regel voor personeel",
              "it": "una regola per il personale"}
ANNEX_2 = {"en": "ITM's Annex 2 has the final word", "fr": "L'annexe 2 de l'IMT fait foi",
           "nl": "Bijlage 2 van het ITG is bepalend", "it": "Fa fede l'allegato 2 dell'ITM"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("green", [None, True])
async def test_a_green_bonus_asked_gets_what_the_figures_say_for_students(monkeypatch, lang, green):
    slots = {**BASEL, **({"green_travel": True} if green else {})}
    got = await _after_verdict(monkeypatch, lang, [(GREEN_Q[lang], "check_eligibility")], slots)
    reply = got.replies[-1]
    assert NO_CHANGE[lang] not in reply and "79 EUR" not in reply and REGIONS[lang] not in reply, reply
    assert STAFF_RULE[lang] in reply and ANNEX_2[lang] in reply, reply
    assert "erasmusplusmobility@itg.be" in reply, reply


APPLY_Q = {
    "en": "OK. And to apply concretely, what do I need to send and to whom? Is it before 9 December?",
    "fr": CONVERSATION[6][0],
    "nl": "Oké. En om aan te vragen, wat moet ik sturen en naar wie? Is het wel vóór 9 december?",
    "it": "D'accordo. E per candidarmi, cosa devo mandare e a chi? È prima del 9 dicembre?",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_what_to_send_and_the_date_both_answered(monkeypatch, lang):
    got = await _after_verdict(monkeypatch, lang, [(APPLY_Q[lang], "faq_who_can_apply")])
    reply = got.replies[-1]
    from actions import i18n

    confirmed = t(lang, "apply_by_confirmed", date=i18n.fmt_date("2025-12-09", lang), ahead="\0",
                  start="").split("\0")[0]
    assert confirmed in reply, reply
    assert "erasmusplusmobility@itg.be" in reply, reply


PRICE_SAID = {
    "en": ["The train to Basel isn't cheap", "the train is expensive."],
    "fr": ["Le train jusqu'à Bâle c'est pas donné", "le train coûte cher."],
    "nl": ["De trein naar Bazel is niet goedkoop", "de trein is duur."],
    "it": ["Il treno fino a Basilea non è economico", "il treno costa caro."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in PRICE_SAID[lang]])
def test_the_price_said_of_the_train_names_the_train(lang, text):
    from actions.travelmode import travel_mode

    assert travel_mode(text) is True
    assert travel_mode(text.rstrip(".") + "?") is None  # a question about the price says nothing
