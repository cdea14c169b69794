"""Round 31 (r31-c, a master's student going to Geneva): real questions lost behind the words around them.
- "ça répond pas trop à ma question mais bon. donc pour février-juin je dois candidater avant quelle date
  exactement ?" got "I can't find the answer" and a menu: the NLU read the complaint as a plan question. A
  complaint or an acknowledgement before the question ("that doesn't really answer my question but ok.",
  "yes I know, but ...") says nothing about the call: the question after it gives the message its intent.
- "et le montant ?" after an answer with its amount got "I can't find": the amount, in its short "as above"
  form; "oui je sais, mais combien par mois ?" opened with "No:" (a yes/no answer to an open question).
- "t'as dit qu'il y a que 2 bourses pour les pays tiers, donc la suisse aussi ? j'ai des chances ?" got the
  destination's verdict again: whether the call's note on the 2 grants concerns Switzerland, then the
  chances."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.answered import no_cant_find
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN
from tests.actions.test_round25_answers import CAN_I_GO

GENEVA = {"call": "itm-2024", "role": "msc_student", "activity": "study", "destination": "CH",
          "destination_city": "Geneva", "receiving_org": "hei", "citizenship": ["FR"],
          "start_date": "2026-02-01", "end_date": "2026-06-30", "goal": "eligibility"}
APPLY_BY = {"en": "1 December 2025", "fr": "1er décembre 2025", "nl": "1 december 2025",
            "it": "1 dicembre 2025"}


async def after_answer(monkeypatch, lang: str, text: str, intent: str, slots: dict | None = None) -> str:
    """The reply to `text` once the person has had their answer for the Geneva plan."""
    slots = {**GENEVA, "language": lang, **(slots or {})}
    _, reply = await converse(monkeypatch, slots, [(CAN_I_GO[lang], "check_eligibility"), (text, intent)],
                              ITM_OPEN)
    return reply


DEADLINE_AFTER_COMPLAINT = [
    ("fr", "ca repond pas trop a ma question mais bon. donc pour fevrier-juin je dois candidater avant "
           "quelle date exactement ?", "check_eligibility"),
    ("fr", "ça répond pas à ma question mais bon, je dois postuler avant quelle date ?", "check_eligibility"),
    ("en", "that doesn't really answer my question but ok. so for February-June, by what date exactly must I "
           "apply?", "ask_deadline"),
    ("en", "You didn't answer my question. By what date must I apply?", "check_eligibility"),
    ("nl", "dat is geen antwoord op mijn vraag, maar goed. dus voor februari-juni moet ik vóór welke datum "
           "precies aanvragen?", "ask_deadline"),
    ("nl", "dat is geen antwoord op mijn vraag, maar goed. tegen wanneer moet ik aanvragen?",
     "check_eligibility"),
    ("it", "non hai risposto alla mia domanda, comunque. quindi per febbraio-giugno entro quale data esatta "
           "devo candidarmi?", "check_eligibility"),
    ("it", "non è quello che ho chiesto. entro quando devo candidarmi?", "out_of_scope"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), DEADLINE_AFTER_COMPLAINT)
async def test_a_complaint_before_the_question_does_not_hide_it(monkeypatch, lang, text, intent):
    reply = await after_answer(monkeypatch, lang, text, intent)
    no_cant_find(reply)
    assert APPLY_BY[lang] in reply, reply


WITHOUT_COMPLAINT = [
    ("fr", "donc pour fevrier-juin je dois candidater avant quelle date exactement ?"),
    ("en", "so for February-June, by what date exactly must I apply?"),
    ("nl", "dus voor februari-juni moet ik vóór welke datum precies aanvragen?"),
    ("it", "quindi per febbraio-giugno entro quale data esatta devo candidarmi?"),
]


@pytest.mark.parametrize(("lang", "question"), WITHOUT_COMPLAINT)
async def test_the_question_alone_gets_the_same_answer(monkeypatch, lang, question):
    alone = await after_answer(monkeypatch, lang, question, "ask_deadline")
    prefix = {"en": "that doesn't answer my question, but ok. ",
              "fr": "ça répond pas à ma question mais bon. ",
              "nl": "dat is geen antwoord op mijn vraag, maar goed. ",
              "it": "non è quello che ho chiesto, comunque. "}[lang]
    with_it = await after_answer(monkeypatch, lang, prefix + question, "check_eligibility")
    assert APPLY_BY[lang] in alone, alone
    assert with_it == alone


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "that doesn't really answer my question but ok. can I go to Geneva then?"),
    ("fr", "ça répond pas à ma question mais bon. je peux partir à Genève alors ?"),
])
async def test_a_complaint_before_a_plan_question_keeps_the_plan_answer(monkeypatch, lang, text):
    # No date to apply by is asked: the NLU's plan question stands (the deadline is no reread of it).
    reply = await after_answer(monkeypatch, lang, text, "check_eligibility")
    no_cant_find(reply)


THE_AMOUNT = [("fr", "et le montant ?"), ("en", "and the amount?"), ("nl", "en het bedrag?"),
              ("it", "e l'importo?"), ("fr", "Et le montant de la bourse ?"),
              ("en", "What about the amount?")]


@pytest.mark.parametrize(("lang", "text"), THE_AMOUNT)
@pytest.mark.parametrize("intent", ["nlu_fallback", "greet"])
async def test_and_the_amount_gets_the_amount_as_above(monkeypatch, lang, text, intent):
    reply = await after_answer(monkeypatch, lang, text, intent)
    no_cant_find(reply)
    assert t(lang, "cycle_notes_again", notes="|").split("|")[0].strip() in reply, reply  # (round 62)
    assert not reply.startswith(t(lang, "answer_no", answer="").rstrip()), reply


YES_I_KNOW_BUT = [("fr", "oui je sais, mais combien par mois ?"),
                  ("en", "yes I know, but how much per month?"),
                  ("nl", "ja dat weet ik, maar hoeveel per maand?"), ("it", "sì lo so, ma quanto al mese?"),
                  ("en", "ok I understand, but how much is it per month?")]


@pytest.mark.parametrize(("lang", "text"), YES_I_KNOW_BUT)
async def test_yes_i_know_but_how_much_opens_with_no_no(monkeypatch, lang, text):
    reply = await after_answer(monkeypatch, lang, text, "ask_grant")
    no_cant_find(reply)
    assert not reply.startswith(t(lang, "answer_no", answer="").rstrip()), reply
    assert t(lang, "cycle_notes_again", notes="|").split("|")[0].strip() in reply, reply  # (round 62)


@pytest.mark.parametrize(("lang", "text"), [("fr", "ce montant est sûr ?"),
                                            ("en", "is that amount for sure?")])
async def test_whether_the_amount_is_sure_keeps_its_no(monkeypatch, lang, text):
    reply = await after_answer(monkeypatch, lang, text, "ask_grant")
    assert reply.startswith(t(lang, "answer_no", answer="").rstrip()), reply


TWO_GRANTS_SWITZERLAND = [
    ("fr", "t'as dit qu'il y a que 2 bourses pour les pays tiers, donc la suisse aussi ? j'ai des chances ou "
           "pas trop ?", "check_eligibility"),
    ("en", "you said there are only 2 grants for third countries, so Switzerland too? do I have a chance or "
           "not really?", "faq_credit_transfer"),
    ("nl", "je zei dat er maar 2 beurzen zijn voor derde landen, dus Zwitserland ook? maak ik kans of niet "
           "echt?", "check_eligibility"),
    ("it", "hai detto che ci sono solo 2 borse per i paesi terzi, quindi anche la Svizzera? ho delle "
           "possibilità o no?", "check_eligibility"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), TWO_GRANTS_SWITZERLAND)
async def test_whether_the_two_grants_concern_switzerland(monkeypatch, lang, text, intent):
    reply = await after_answer(monkeypatch, lang, text, intent)
    no_cant_find(reply)
    assert t(lang, "destination_ok_for_you") not in reply, reply
    assert reply.startswith(t(lang, "answer_yes", answer="").rstrip()), reply
    assert "2" in reply.splitlines()[0], reply
    # the chances: the priorities for the 2 grants, with the fact they turn on
    assert t(lang, "priority_open") in reply or t(lang, "priority_yes") in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "t'as dit qu'il y a que 2 bourses pour les pays tiers, donc l'espagne aussi ?"),
    ("en", "you said there are only 2 grants for third countries, so Spain too?"),
])
async def test_a_country_the_note_does_not_concern_is_said_so(monkeypatch, lang, text):
    reply = await after_answer(monkeypatch, lang, text, "check_eligibility")
    assert reply.startswith(t(lang, "answer_no", answer="").rstrip()), reply


@pytest.mark.parametrize(("lang", "text"), [("fr", "la suisse c'est bien autorisé ?"),
                                            ("en", "is Switzerland allowed then?")])
async def test_whether_the_country_is_allowed_keeps_the_destination_answer(monkeypatch, lang, text):
    reply = await after_answer(monkeypatch, lang, text, "check_eligibility")
    assert t(lang, "destination_ok_for_you") in reply, reply


@pytest.mark.parametrize(("text", "question"), [
    ("ca repond pas trop a ma question mais bon. donc je dois candidater avant quelle date ?",
     "donc je dois candidater avant quelle date ?"),
    ("that doesn't really answer my question but ok. so by what date must I apply?",
     "so by what date must I apply?"),
    ("dat is geen antwoord op mijn vraag, maar goed. tegen wanneer moet ik aanvragen?",
     "tegen wanneer moet ik aanvragen?"),
    ("non hai risposto alla mia domanda, comunque. entro quando devo candidarmi?",
     "entro quando devo candidarmi?"),
    ("oui je sais, mais combien par mois ?", "mais combien par mois ?"),
    ("sì lo so, ma quanto al mese?", "ma quanto al mese?"),
    # no aside: a bare "yes" may answer the question asked; a complaint that is itself the question
    ("yes, but only a small one. does that matter?", ""),
    ("that doesn't answer when I must apply?", ""),
    ("ça répond pas à ma question.", ""),
])
def test_the_question_after_an_aside(text, question):
    from actions.asideq import question_after_aside

    assert question_after_aside(text) == question


@pytest.mark.parametrize(("lang", "text"), [("en", "and the amount?"), ("fr", "et le montant ?"),
                                            ("nl", "en het bedrag?"), ("it", "e l'importo?")])
async def test_and_the_amount_with_figures_gives_them(monkeypatch, lang, text):
    from tests.actions.test_round13 import LUCCA_OPEN
    from tests.actions.test_round25_answers import AMSTERDAM

    slots = {**AMSTERDAM, "language": lang}
    _, reply = await converse(monkeypatch, slots, [(CAN_I_GO[lang], "check_eligibility"),
                                                   (text, "nlu_fallback")], LUCCA_OPEN)
    no_cant_find(reply)
    assert "EUR" in reply or "€" in reply, reply
