"""Round 48 (ITM PhD student, short-term doctoral mobility at the University of Copenhagen, 2-20 March 2026;
today 1 October 2025).

- "And what's this ECHE thing, no idea what that is." and "But you didn't say what an ECHE actually is?" got
  the condition line again, and "What is the Erasmus Charter for Higher Education?" (read as ask_contact) the
  contact card and an e-mail summary: now what the ECHE is, from the call's `eche` topic, at once, in any
  state (no call yet, a question pending, after the answer) and in EN/FR/NL/IT (actions/echemeaning.py).
- "So in plain words: roughly how much would I get for the 19 days, and can I apply already now or do I have
  to wait?" got the date to apply by only: now the amount too (actions/unplaced.joined_questions,
  actions/amountjoined.py).
- "I'd take the train to Copenhagen if it's not crazy. Does the train change anything? Do I get more money for
  green travel?" noted "green travel: Yes": a plan said on a condition, with questions, notes nothing
  (phrases `conditional_plan`)."""
from __future__ import annotations

import re

import pytest

from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
CPH = {"call": "itm-2024", "role": "phd_student", "goal": "eligibility", "activity": "short_term_doctoral",
       "destination": "DK", "destination_city": "Copenhagen", "receiving_org": "hei",
       "start_date": "2026-03-02", "end_date": "2026-03-20"}
# The call's ECHE topic, in each language (rules_core/calls/itm-2024.yaml, topic `eche`).
ECHE_IS = {"en": "is the charter a higher education institution needs to take part in Erasmus+",
           "fr": "est la charte dont un établissement d'enseignement supérieur a besoin pour participer",
           "nl": "is het handvest dat een instelling voor hoger onderwijs nodig heeft",
           "it": "è la carta di cui un istituto di istruzione superiore ha bisogno"}

# The clean run, verbatim, with the intents the NLU model gave (check_eligibility for the first, inform for
# the second: not parsed in the report's run).
CONVERSATION = [
    ("Hi! I'm a PhD student at ITM Antwerp and I'd like to do a short research stay of about three weeks in "
     "a lab at the University of Copenhagen next March. Can Erasmus+ fund that?", "check_eligibility"),
    ("Short-term doctoral mobility I think, it's for a research stay in their lab. Dates would be 2 to 20 "
     "March 2026.", "inform"),
    ("Oh nice, thanks. I'm not staff, I'm not employed by ITM, just registered as a PhD student. I'm "
     "Ghanaian - is that a problem? And what's this ECHE thing, no idea what that is.", "check_eligibility"),
    ("Great! But you didn't say what an ECHE actually is? And how would I know if Copenhagen has one?",
     "faq_credit_transfer"),
    ("What is the Erasmus Charter for Higher Education?", "ask_contact"),
    ("Ok I'll ask them about the charter. Another thing: I'd take the train to Copenhagen if it's not crazy. "
     "Does the train change anything? Do I get more money for green travel?", "faq_credit_transfer"),
    ("Hmm, I haven't decided on the train yet, just thinking about it. So in plain words: roughly how much "
     "would I get for the 19 days, and can I apply already now or do I have to wait?", "check_eligibility"),
]


async def test_the_conversation(monkeypatch):
    got = await play(monkeypatch, {"language": "en"}, CONVERSATION, TODAY, user_event="parsed",
                     keep_slot_events=True)
    ghanaian, actually, charter, train, both = got.replies[2:7]
    assert ECHE_IS["en"] in ghanaian and "your nationality is no condition" in ghanaian, ghanaian
    assert ECHE_IS["en"] in actually, actually
    assert ECHE_IS["en"] in charter, charter
    assert "summary" not in charter and "mailto:" not in charter and "right person" not in charter, charter
    assert got.slots.get("green_travel") is not True, train
    assert "green travel: Yes" not in train, train
    assert "2 January 2026" in both and "1,386" in both, both


WHAT_IS = {"en": ["what is an ECHE?", "What is the Erasmus Charter for Higher Education?",
                  "what does ECHE mean?"],
           "fr": ["qu'est-ce qu'une ECHE ?",
                  "Qu'est-ce que la Charte Erasmus pour l'enseignement supérieur ?", "c'est quoi l'ECHE ?"],
           "nl": ["wat is een ECHE?", "Wat is het Erasmus Charter voor Hoger Onderwijs?",
                  "wat betekent ECHE?"],
           "it": ["che cos'è l'ECHE?", "Cos'è la Carta Erasmus per l'istruzione superiore?",
                  "cosa significa ECHE?"]}
# What the NLU model made of them: small talk, a fallback, the contact, a topic.
INTENTS = ("bot_challenge", "nlu_fallback", "ask_contact", "faq_grant_covers")
CASES = [(lang, text, intent) for lang in LANGS for text in WHAT_IS[lang] for intent in INTENTS]


@pytest.mark.parametrize(("lang", "text", "intent"), CASES)
async def test_what_the_eche_is_after_the_answer(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**CPH, "citizenship": ["GH"], "itm_staff_member": False, "language": lang},
                     [(text, intent)], TODAY, user_event="parsed", keep_slot_events=True)
    last = got.replies[-1]
    assert ECHE_IS[lang] in last, last
    assert "mailto:" not in last and "✅" not in last, last


# (with a fallback or a topic read, a question pending already got it: actions/meaningq.py)
PENDING = [(lang, text, intent) for lang, text, intent in CASES if intent in ("bot_challenge", "ask_contact")]


@pytest.mark.parametrize(("lang", "text", "intent"), PENDING)
async def test_what_the_eche_is_with_a_question_pending(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {**CPH, "asked": "citizenship", "language": lang}, [(text, intent)], TODAY,
                     user_event="parsed", keep_slot_events=True)
    last = got.replies[-1]
    assert ECHE_IS[lang] in last, last
    assert "mailto:" not in last, last
    assert got.slots.get("asked") == "citizenship", got.slots  # the nationality is still to be said


@pytest.mark.parametrize(("lang", "text", "intent"), CASES)
async def test_what_the_eche_is_before_anything(monkeypatch, lang, text, intent):
    got = await play(monkeypatch, {"language": lang}, [(text, intent)], TODAY, user_event="parsed",
                     keep_slot_events=True)
    last = got.replies[-1]
    assert ECHE_IS[lang] in last, last
    assert "mailto:" not in last, last


GHANAIAN = {"en": "I'm Ghanaian, not ITM staff.", "fr": "Je suis ghanéen, pas membre du personnel de l'IMT.",
            "nl": "Ik ben Ghanees, geen personeel van het ITG.",
            "it": "Sono ghanese, non personale dell'ITM."}
BOTH = {"en": "So in plain words: roughly how much would I get for the 19 days, and can I apply already now "
              "or do I have to wait?",
        "fr": "Donc en clair : combien je toucherais à peu près pour les 19 jours, et est-ce que je peux "
              "déjà postuler maintenant ou je dois attendre ?",
        "nl": "Dus in gewone woorden: hoeveel zou ik ongeveer krijgen voor de 19 dagen, en kan ik nu al "
              "aanvragen of moet ik wachten?",
        "it": "Quindi in parole semplici: quanto prenderei più o meno per i 19 giorni, e posso già fare "
              "domanda ora o devo aspettare?"}
APPLY_BY = {"en": "2 January 2026", "fr": "2 janvier 2026", "nl": "2 januari 2026", "it": "2 gennaio 2026"}


@pytest.mark.parametrize("lang", LANGS)
async def test_how_much_and_can_i_apply_now_both_answered(monkeypatch, lang):
    got = await play(monkeypatch, {**CPH, "language": lang},
                     [(GHANAIAN[lang], "inform"), (BOTH[lang], "check_eligibility")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    last = got.replies[-1]
    assert APPLY_BY[lang] in last, last
    assert re.search(r"1\D?386", last), last


TRAIN = {"en": CONVERSATION[5][0],
         "fr": "D'accord, je leur demanderai pour la charte. Autre chose : je prendrais le train pour "
               "Copenhague si ce n'est pas trop fou. Est-ce que le train change quelque chose ? Est-ce que "
               "j'ai plus d'argent pour un voyage écologique ?",
         "nl": "Oké, ik vraag het hun over het handvest. Nog iets: ik zou de trein naar Kopenhagen nemen als "
               "dat niet te gek is. Verandert de trein iets? Krijg ik meer geld voor groen reizen?",
         "it": "Ok, chiederò a loro della carta. Un'altra cosa: prenderei il treno per Copenaghen se non è "
               "una follia. Il treno cambia qualcosa? Ricevo più soldi per il viaggio green?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_train_on_a_condition_with_questions_notes_nothing(monkeypatch, lang):
    got = await play(monkeypatch, {**CPH, "language": lang},
                     [(GHANAIAN[lang], "inform"), (TRAIN[lang], "faq_credit_transfer")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    assert "green_travel" not in got.last, (got.last, got.replies[-1])
