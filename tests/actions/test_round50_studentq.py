"""Round 50, r50-m (ITM call open, today 1 October 2025; a Colombian MSc student at ITM, a traineeship at the
Instituto de Salud Carlos III in Madrid, a research institute, 1 April - 31 May 2026):
1. "I'm Colombian. Quick question tho, does ITM need an agreement with the institute?" lost the nationality
   (the extractor had no "Colombian", and the words read for the nationality asked were the question's last
   ones), then answered "I can't tell yet: it depends on nationality": the nationality is noted, and the
   agreement is "No" from the plan's facts (the rules core rules out every rule asking it).
2. "no, never. and is 2 months enough?" after the answer got "I can't find the answer", the question alone
   the call's whole durations topic: now "Yes: your stay of 60 days is within ..." first.
3. "so for Spain it would be like 369 plus the 150 for traineeship? roughly" after the older Flemish table got
   "I can't find the answer": now that table's group for Spain, the top-up, the sum, labelled as reference
   only; the table itself is said with Spain's group first.
4. "Carlos III is a public research institute, that's fine for the traineeship yes?" got the whole
   receiving-organisation topic: now "Yes: ... may host this traineeship (source)".
5. "no that's all, chao!" got "Is there anything else I can help you with?": now the goodbye.
"""
from __future__ import annotations

import re

import pytest

from actions.i18n import t
from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
TODAY = "2025-10-01"
PLAN = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "traineeship",
        "destination": "ES", "destination_city": "Madrid", "receiving_org": "research_institute",
        "start_date": "2026-04-01", "end_date": "2026-05-31"}
ELIGIBLE = {"en": "am I eligible?", "fr": "suis-je éligible ?", "nl": "kom ik in aanmerking?",
            "it": "sono idoneo?"}
CANT_FIND = ("can't find", "ne trouve pas", "niet in de tekst", "Non trovo")
YES = {"en": "Yes", "fr": "Oui", "nl": "Ja", "it": "Sì"}
NO = {"en": "No:", "fr": "Non :", "nl": "Nee:", "it": "No:"}


async def _play(monkeypatch, slots, lang, messages):
    return await play(monkeypatch, {**slots, "language": lang}, messages, TODAY, user_event="parsed",
                      keep_slot_events=True)


COLOMBIAN = {
    "en": "I'm {who}. Quick question tho, does ITM need an agreement with the institute?",
    "fr": "Je suis {who}. Petite question, l'IMT a besoin d'un accord avec l'institut ?",
    "nl": "Ik ben {who}. Snelle vraag, heeft het ITG een overeenkomst nodig met het instituut?",
    "it": "Sono {who}. Domanda veloce, l'ITM ha bisogno di un accordo con l'istituto?",
}
DEMONYMS = {"en": ("Colombian", "Argentinian"), "fr": ("colombienne", "argentine"),
            "nl": ("Colombiaanse", "Argentijns"), "it": ("colombiana", "argentina")}
DEPENDS = {"en": "depends on", "fr": "dépend", "nl": "hangt", "it": "dipende"}


NAMED = [(lang, who, code) for lang in LANGS for who, code in zip(DEMONYMS[lang], ("CO", "AR"), strict=True)]


@pytest.mark.parametrize(("lang", "who", "code"), NAMED)
async def test_nationality_before_an_agreement_question_is_noted(monkeypatch, lang, who, code):
    text = COLOMBIAN[lang].format(who=who)
    got = await _play(monkeypatch, {**PLAN, "asked": "citizenship"}, lang, [(text, "check_eligibility")])
    reply = got.replies[-1]
    assert got.slots.get("citizenship") == [code], got.slots
    assert reply.startswith(NO[lang]), reply
    assert DEPENDS[lang] not in reply, reply


AGREEMENT = {"en": "does ITM need an agreement with the institute?",
             "fr": "l'IMT a besoin d'un accord avec l'institut ?",
             "nl": "heeft het ITG een overeenkomst nodig met het instituut?",
             "it": "l'ITM ha bisogno di un accordo con l'istituto?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_agreement_is_not_needed_before_the_nationality(monkeypatch, lang):
    got = await _play(monkeypatch, {**PLAN, "asked": "citizenship"}, lang,
                      [(AGREEMENT[lang], "check_eligibility")])
    reply = got.replies[-1]
    assert reply.startswith(NO[lang]), reply
    assert not reply.split("\n")[0].endswith(":"), reply  # not "That depends on your plan: ..."


ENOUGH = {
    "en": [("no, never. and is 2 months enough?", "deny"), ("is 2 months enough?", "faq_duration")],
    "fr": [("non, jamais. et 2 mois, c'est suffisant ?", "deny"), ("2 mois, ça suffit ?", "faq_duration")],
    "nl": [("nee, nooit. en is 2 maanden genoeg?", "deny"), ("is 2 maanden genoeg?", "faq_duration")],
    "it": [("no, mai. e 2 mesi bastano?", "deny"), ("2 mesi sono sufficienti?", "faq_duration")],
}


@pytest.mark.parametrize(("lang", "text", "intent"),
                         [(lang, text, intent) for lang in LANGS for text, intent in ENOUGH[lang]])
async def test_two_months_enough_is_yes_first(monkeypatch, lang, text, intent):
    got = await _play(monkeypatch, {**PLAN, "citizenship": ["CO"]}, lang,
                      [(ELIGIBLE[lang], "check_eligibility"), (text, intent)])
    reply = got.replies[-1]
    assert not any(c in reply for c in CANT_FIND), reply
    assert reply.startswith(YES[lang]), reply
    assert "60" in reply.split("\n")[0], reply


PER_MONTH = {"en": "perfecto. how much money per month, roughly?",
             "fr": "parfait. combien d'argent par mois, à peu près ?",
             "nl": "perfect. hoeveel geld per maand, ongeveer?",
             "it": "perfetto. quanti soldi al mese, più o meno?"}
SUM = {
    "en": "hmm that's a lot of numbers 😅 so for Spain it would be like 369 plus the 150 for traineeship? "
          "roughly",
    "fr": "donc pour l'Espagne ce serait environ 369 plus les 150 pour le stage ? en gros",
    "nl": "dus voor Spanje zou het ongeveer 369 plus de 150 voor de stage zijn? ruwweg",
    "it": "quindi per la Spagna sarebbero circa 369 più i 150 per il tirocinio? più o meno",
}
SPAIN = {"en": "Spain", "fr": "Espagne", "nl": "Spanje", "it": "Spagna"}
REFERENCE = {"en": "not ITM's amounts", "fr": "pas les montants de l'IMT",
             "nl": "niet de bedragen van het ITG", "it": "non gli importi dell'ITM"}


@pytest.mark.parametrize("lang", LANGS)
async def test_reference_sum_for_spain(monkeypatch, lang):
    got = await _play(monkeypatch, {**PLAN, "citizenship": ["CO"]}, lang,
                      [(ELIGIBLE[lang], "check_eligibility"), (PER_MONTH[lang], "ask_grant"),
                       (SUM[lang], "check_eligibility")])
    table = got.replies[1]
    # Spain's group and figure before the whole table's groups
    assert SPAIN[lang] in table and "369" in table, table
    assert table.index(SPAIN[lang]) < table.index("419"), table
    reply = got.replies[-1]
    assert not any(c in reply for c in CANT_FIND), reply
    assert reply.startswith(YES[lang]), reply
    assert "369" in reply and "150" in reply and "519" in reply, reply
    assert "1038" in re.sub(r"[\s,.]", "", reply), reply
    assert REFERENCE[lang] in reply, reply
    assert "erasmusplusmobility@itg.be" in reply, reply


HOST_FINE = {
    "en": "great, so just to be sure: Carlos III is a public research institute, that's fine for the "
          "traineeship yes?",
    "fr": "super, juste pour être sûre : Carlos III est un institut de recherche public, ça va pour le "
          "stage, oui ?",
    "nl": "top, voor de zekerheid: Carlos III is een openbaar onderzoeksinstituut, is dat goed voor de "
          "stage?",
    "it": "ottimo, giusto per essere sicura: il Carlos III è un istituto di ricerca pubblico, va bene per "
          "il tirocinio, vero?",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_research_institute_fine_is_yes(monkeypatch, lang):
    got = await _play(monkeypatch, {**PLAN, "citizenship": ["CO"]}, lang,
                      [(ELIGIBLE[lang], "check_eligibility"), (HOST_FINE[lang], "check_eligibility")])
    reply = got.replies[-1]
    assert reply.startswith(YES[lang]), reply
    assert not any(c in reply for c in CANT_FIND), reply
    assert len(reply.split("\n")) <= 2, reply  # not the whole receiving-organisation topic


BYE = {"en": ["no that's all, chao!", "ok, chau!"], "fr": ["non c'est tout, chao !", "ok, chau !"],
       "nl": ["nee dat is alles, chao!", "ok, chau!"], "it": ["no è tutto, chao!", "ok, chau!"]}
THANKS = {"en": "ok so yes I guess 😄 muchas gracias, I'll email my supervisor then!",
          "fr": "ok merci beaucoup, j'écris à mon superviseur alors !",
          "nl": "ok, heel erg bedankt, ik mail mijn promotor dan!",
          "it": "ok grazie mille, scrivo al mio supervisore allora!"}


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in LANGS for text in BYE[lang]])
async def test_thats_all_chao_ends(monkeypatch, lang, text):
    got = await _play(monkeypatch, {**PLAN, "citizenship": ["CO"]}, lang,
                      [(ELIGIBLE[lang], "check_eligibility"), (THANKS[lang], "thank"), (text, "deny")])
    reply = got.replies[-1]
    assert reply == t(lang, "goodbye"), reply


@pytest.mark.parametrize("lang", LANGS)
async def test_never_answers_previous_erasmus_when_asked(monkeypatch, lang):
    """With the previous Erasmus months the question pending, "no, never" answers it (0) and the question
    after it is answered all the same."""
    text = ENOUGH[lang][0][0]
    got = await _play(monkeypatch, {**PLAN, "citizenship": ["CO"], "asked": "prior_erasmus_months"}, lang,
                      [(text, "deny")])
    reply = got.replies[-1]
    assert got.slots.get("prior_erasmus_months") == 0, got.slots
    assert reply.startswith(YES[lang]), reply
    assert not any(c in reply for c in CANT_FIND), reply
