"""Round 61: the ITM staff priority ("Priority goes to PhD and/or postdoctoral staff members").

r61-g3 (an ITM epidemiologist, staff, with a PhD; staff training at Thessaloniki, 4-15 May 2026):
1. "Great, thanks! Am I a priority? I have a PhD, I'm a staff epidemiologist here." got "That depends on
   something I don't know yet ... Does that apply to you (PhD or postdoctoral staff member)?": a PhD held,
   said by a staff member, is a PhD staff member, so the answer is "Yes" from what was said.
2. "Yes, as I said I hold a PhD." to that question (read by the NLU as no answer) got "Is there anything else
   I can help you with?": a yes to the assistant's own question answers it.

r61-j3 (a PhD student employed by ITM; staff training at Hamburg, 2-20 March 2026):
3. "Ja, ik ben doctoraatsstudent en ook bij het ITM in dienst als onderzoeksassistent.", then the switch to a
   staff training, then "Heb ik voorrang?" got "Dat hangt af van iets wat ik nog niet weet": a PhD student who
   is staff is a PhD staff member.
4. "En over die voorrang: ja, ik ben doctoraatsstudent en in dienst bij het ITM, dus doctorerend
   personeelslid." got only "Uw antwoord blijft hetzelfde": the priority said with the fact is answered."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ["en", "fr", "nl", "it"]
PRIORITY = {"en": "Priority goes to PhD and/or postdoctoral staff members.",
            "fr": "La priorité va aux membres du personnel doctorants et/ou postdoctorants.",
            "nl": "Voorrang gaat naar doctorerende en/of postdoctorale personeelsleden.",
            "it": "La priorità va ai membri del personale dottorandi e/o postdoc."}

# --- r61-g3: a staff member with a PhD ---------------------------------------------------------------------

THESSALONIKI = {"call": "itm-2024", "role": "staff", "itm_staff_member": True, "activity": "staff_training",
                "destination": "GR", "destination_city": "Thessaloniki", "receiving_org": "hei",
                "citizenship": ["BE", "TR"], "start_date": "2026-05-04", "end_date": "2026-05-15",
                "goal": "eligibility", "green_travel": False}
ELIGIBLE = {"en": "Am I eligible?", "fr": "Suis-je éligible ?", "nl": "Kom ik in aanmerking?",
            "it": "Sono idoneo?"}
PHD_ASKED = {
    "en": "Great, thanks! Am I a priority? I have a PhD, I'm a staff epidemiologist here.",
    "fr": "Super, merci ! Suis-je prioritaire ? J'ai un doctorat, je suis épidémiologiste dans le personnel "
          "ici.",
    "nl": "Top, bedankt! Heb ik voorrang? Ik heb een doctoraat, ik ben hier epidemioloog in dienst.",
    "it": "Ottimo, grazie! Ho la priorità? Ho un dottorato, sono epidemiologo del personale qui.",
}
ASKED = {"en": "Am I a priority?", "fr": "Suis-je prioritaire ?", "nl": "Heb ik voorrang?",
         "it": "Ho la priorità?"}
AS_SAID = {"en": "Yes, as I said I hold a PhD.", "fr": "Oui, comme je l'ai dit, j'ai un doctorat.",
           "nl": "Ja, zoals ik zei heb ik een doctoraat.", "it": "Sì, come ho detto ho un dottorato."}


def _field(lang: str) -> str:
    from actions import i18n

    return i18n.label(lang, "fields", "doctoral_or_postdoc_staff")


@pytest.mark.parametrize("lang", LANGS)
async def test_a_phd_said_with_the_priority_question_is_a_yes(monkeypatch, lang):
    got = await play(monkeypatch, {**THESSALONIKI, "language": lang},
                     [(ELIGIBLE[lang], "check_eligibility"), (PHD_ASKED[lang], "faq_selection")], TODAY,
                     user_event="parsed", keep_slot_events=True)
    reply = got.replies[-1]
    assert got.slots.get("doctoral_or_postdoc_staff") is True, got.slots
    assert reply.startswith(t(lang, "priority_yes")), reply
    assert f"✓ {PRIORITY[lang]}" in reply, reply
    assert t(lang, "priority_open") not in reply, reply
    assert t(lang, "priority_ask", fields=_field(lang)) not in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_yes_as_i_said_answers_the_assistants_priority_question(monkeypatch, lang):
    got = await play(monkeypatch, {**THESSALONIKI, "language": lang},
                     [(ELIGIBLE[lang], "check_eligibility"), (ASKED[lang], "faq_selection"),
                      (AS_SAID[lang], "nlu_fallback")], TODAY, user_event="parsed", keep_slot_events=True)
    assert got.replies[1].rstrip().endswith(t(lang, "priority_ask", fields=_field(lang))), got.replies[1]
    reply = got.replies[-1]
    assert got.slots.get("doctoral_or_postdoc_staff") is True, got.slots
    assert t(lang, "priority_fact_higher") in reply, reply
    assert f"✓ {PRIORITY[lang]}" in reply, reply
    assert t(lang, "anything_else") not in reply, reply


@pytest.mark.parametrize(("text", "said"), [
    ("I have a PhD", True), ("Yes, as I said I hold a PhD.", True),
    ("Ja, zoals ik zei heb ik een doctoraat.", True),
    ("j'ai un doctorat", True), ("ho un dottorato", True), ("I do have a PhD", True),
    ("I don't have a PhD", False), ("non ho un dottorato", False), ("ik heb geen doctoraat", False),
    ("do staff with a PhD get priority?", None), ("my colleague has a PhD", None),
    ("I got my PhD in 2010, I'm a senior scientist", False)])
def test_a_phd_held_is_a_phd_staff_position(text, said):
    from actions.doctoral import _position

    assert _position(text) is said


# --- r61-j3: a PhD student employed by ITM, applying as staff -----------------------------------------------

HAMBURG = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "destination": "DE",
           "destination_city": "Hamburg", "receiving_org": "research_institute", "citizenship": ["BE"],
           "start_date": "2026-03-02", "end_date": "2026-03-20", "goal": "eligibility",
           "asked": "itm_staff_member"}
EMPLOYED = {
    "nl": "Ja, ik ben doctoraatsstudent en ook bij het ITM in dienst als onderzoeksassistent.",
    "en": "Yes, I'm a PhD student and also employed by ITM as a research assistant.",
    "fr": "Oui, je suis doctorante et aussi employée à l'IMT comme assistante de recherche.",
    "it": "Sì, sono dottoranda e anche dipendente dell'ITM come assistente di ricerca.",
}
AS_STAFF = {
    "nl": "Dan doe ik het als personeelslid, een personeelstraining in Hamburg, zelfde data.",
    "en": "Then I'll do it as a staff member, a staff training in Hamburg, same dates.",
    "fr": "Alors je le fais comme membre du personnel, une formation du personnel à Hambourg, mêmes dates.",
    "it": "Allora lo faccio come membro del personale, una formazione del personale ad Amburgo, stesse date.",
}
PRIORITY_Q = {"nl": "Heb ik voorrang?", "en": "Do I get priority?", "fr": "Ai-je la priorité ?",
              "it": "Ho la priorità?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_an_employed_phd_student_applying_as_staff_has_the_priority(monkeypatch, lang):
    got = await play(monkeypatch, {**HAMBURG, "language": lang},
                     [(EMPLOYED[lang], "affirm"), (AS_STAFF[lang], "inform"),
                      (PRIORITY_Q[lang], "faq_selection")],
                     TODAY, user_event="parsed", keep_slot_events=True)
    assert got.slots.get("role") == "staff" and got.slots.get("activity") == "staff_training", got.slots
    assert "✅" in got.replies[1], got.replies[1]
    reply = got.replies[-1]
    assert reply.startswith(t(lang, "priority_yes")), reply
    assert f"✓ {PRIORITY[lang]}" in reply, reply
    assert t(lang, "priority_open") not in reply, reply


HAMBURG_STAFF = {**HAMBURG, "role": "staff", "itm_staff_member": True, "activity": "staff_training",
                 "asked": None}
TRAIN = {"nl": "Ik reis met de trein. Hoeveel krijg ik voor de treinreis?",
         "en": "I travel by train. How much do I get for the train journey?",
         "fr": "Je voyage en train. Combien je reçois pour le trajet en train ?",
         "it": "Viaggio in treno. Quanto ricevo per il viaggio in treno?"}
ABOUT_PRIORITY = {
    "nl": "En over die voorrang: ja, ik ben doctoraatsstudent en in dienst bij het ITM, dus doctorerend "
          "personeelslid.",
    "en": "And about that priority: yes, I'm doing a PhD and I'm employed by ITM, so a PhD staff member.",
    "fr": "Et pour la priorité : oui, je fais un doctorat et je suis employée à l'IMT, donc membre du "
          "personnel doctorante.",
    "it": "E per la priorità: sì, faccio il dottorato e sono dipendente dell'ITM, quindi membro del "
          "personale dottoranda.",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_priority_fact_said_with_the_priority_is_answered(monkeypatch, lang):
    got = await play(monkeypatch, {**HAMBURG_STAFF, "language": lang},
                     [(ELIGIBLE[lang], "check_eligibility"), (PRIORITY_Q[lang], "faq_selection"),
                      (TRAIN[lang], "ask_grant"), (ABOUT_PRIORITY[lang], "inform")],
                     TODAY, user_event="parsed", keep_slot_events=True)
    assert t(lang, "priority_open") in got.replies[1], got.replies[1]
    reply = got.replies[-1]
    assert got.slots.get("doctoral_or_postdoc_staff") is True, got.slots
    assert t(lang, "priority_yes") in reply, reply
    assert f"✓ {PRIORITY[lang]}" in reply, reply
    assert "❌" not in reply and "→" not in reply, reply
