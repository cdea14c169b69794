"""The scripted messages shared by the load test (benchmarks/locustfile.py), the fault tests
(tests/infra/test_faults.py) and the end-to-end conversations (tests/e2e/test_conversations.py): one source,
so a change of wording reaches all three. Plain data, no imports: Locust loads it by path too.
"""

from __future__ import annotations

LANGS = ("en", "fr", "nl", "it")

# ITM staff training at a Madrid university, 9-20 February 2026, asked on 15 September 2025 (harness.TODAY):
# the README's example profile, eligible. Several facts in one message, as people write.
ITM_STAFF = {
    "en": "I'm a Belgian staff member of ITM Antwerp and want to do a staff training at a university in "
          "Madrid, Spain, from 9 to 20 February 2026.",
    "fr": "Je suis belge et membre du personnel de l'IMT Anvers ; je voudrais faire une formation dans une "
          "université à Madrid, en Espagne, du 9 au 20 février 2026.",
    "nl": "Ik ben een Belgisch personeelslid van het ITG Antwerpen en wil een staff training doen aan een "
          "universiteit in Madrid, Spanje, van 9 tot 20 februari 2026.",
    "it": "Sono belga, faccio parte del personale dell'ITM di Anversa e vorrei fare una formazione in "
          "un'università a Madrid, in Spagna, dal 9 al 20 febbraio 2026.",
}
# The correction of the destination that follows it.
TO_LISBON = {"en": "Actually it's Lisbon, Portugal.", "fr": "En fait c'est Lisbonne, au Portugal.",
             "nl": "Eigenlijk is het Lissabon, Portugal.", "it": "Anzi, è Lisbona, in Portogallo."}
FAQ_CREDITS = {
    "en": "What is the minimum number of credits of a course unit at ITM?",
    "fr": "Quel est le nombre minimum de crédits d'une unité de cours à l'IMT Anvers ?",
    "nl": "Wat is het minimum aantal studiepunten van een opleidingsonderdeel aan het ITG?",
    "it": "Qual è il numero minimo di crediti di un'unità didattica all'ITM di Anversa?",
}
CONTACT_LUCCA = {
    "en": "Whom should I write to at the Erasmus office of IMT Lucca? I'm a PhD student.",
    "fr": "À qui dois-je écrire au bureau Erasmus de l'IMT Lucca ? Je suis doctorant.",
    "nl": "Naar wie moet ik schrijven bij het Erasmus-bureau van IMT Lucca? Ik ben doctoraatsstudent.",
    "it": "A chi devo scrivere all'ufficio Erasmus dell'IMT Lucca? Sono dottorando.",
}
# The phrase of bot/faults.yml's action_unavailable reply that says the check failed, lower case.
CANT_CHECK = {"en": "can't check this right now", "fr": "je ne peux pas vérifier",
              "nl": "ik kan dit nu niet nagaan", "it": "non posso verificarlo"}
