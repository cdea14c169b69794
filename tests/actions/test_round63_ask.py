"""Round 63: questions asked inside a message that also states something were dropped.

1. (r63-s3) Giulia, an Italian ITM MSc student, traineeship at the WHO in Geneva, 2 March to 29 May 2026:
   "È l'Organizzazione Mondiale della Sanità, quindi un'organizzazione internazionale. Ma mi scusi, la
   Svizzera va bene? non è nell'UE" got only the international-organisation answer; now the Switzerland
   question gets its own, yes first, with the call's note on the 2 grants for third countries not associated.
   "E quanto riceverei? Non ho nessuna borsa di studio, mi finanzio da sola." got only "Preso nota: altra
   borsa: No. La risposta non cambia"; now the fact noted and the amount asked.
2. (r63-u3) "is the UK ok, with all this talk about leaving the EU?" (IMT Lucca, 10 January 2016): yes first,
   the UK a 2015/2016 Programme Country, and the call says nothing about a future exit: whom to ask.
3. (r63-w3) "Telt mijn FWO-beurs mee?": yes, for the ranking only, not excluded; no "I can't find" first.
4. "Waarom niet?" after the Ghent refusal: why in plain words, both reasons; "Wanneer ..., en hoe?": both."""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

LANGS = ["en", "fr", "nl", "it"]
ITM_TODAY = "2025-10-01"
GENEVA = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "CH",
          "destination_city": "Geneva", "citizenship": "IT", "start_date": "2026-03-02",
          "end_date": "2026-05-29", "goal": "eligibility"}

# --- 1. a host stated, the destination asked --------------------------------------------------------------
WHO_AND_SWISS = {
    "en": "It's the World Health Organization, so an international organisation. But excuse me, is "
          "Switzerland ok? it's not in the EU",
    "fr": "C'est l'Organisation mondiale de la santé, donc une organisation internationale. Mais "
          "excusez-moi, la Suisse, ça va ? elle n'est pas dans l'UE",
    "nl": "Het is de Wereldgezondheidsorganisatie, dus een internationale organisatie. Maar pardon, is "
          "Zwitserland goed? het zit niet in de EU",
    "it": "È l'Organizzazione Mondiale della Sanità, quindi un'organizzazione internazionale. Ma mi scusi, "
          "la Svizzera va bene? non è nell'UE",
}
INTL = {"en": "international organisations", "fr": "organisations internationales",
        "nl": "internationale organisaties", "it": "organizzazioni internazionali"}
SWISS = {"en": "Switzerland", "fr": "Suisse", "nl": "Zwitserland", "it": "Svizzera"}
TWO_GRANTS = {"en": "Only 2 grants exist", "fr": "Seules 2 bourses", "nl": "maar 2 beurzen",
              "it": "Esistono solo 2 borse"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_host_stated_does_not_swallow_the_destination_question(monkeypatch, lang):
    slots = {**GENEVA, "asked": "receiving_org", "language": lang}
    got = await play(monkeypatch, slots, [(WHO_AND_SWISS[lang], "out_of_scope")], ITM_TODAY,
                     user_event="parsed")
    reply = got.replies[0]
    assert INTL[lang] in reply, reply
    yes = t(lang, "answer_yes", answer="").strip()
    tail = reply[reply.index(INTL[lang]):]
    assert f"\n{yes}" in tail and SWISS[lang] in tail.split(f"\n{yes}", 1)[1], reply  # its yes, about it
    assert TWO_GRANTS[lang] in reply, reply
    assert got.slots.get("destination") == "CH", got.slots


# --- 1b. a fact stated with the amount asked ----------------------------------------------------------------
SO_CAN_I = {"en": "So can I go?", "fr": "Alors, je peux y aller ?", "nl": "Kan ik dan gaan?",
            "it": "Quindi posso andare?"}
HOW_MUCH = {
    "en": "And how much would I get? I don't have any scholarship, I fund myself.",
    "fr": "Et combien je recevrais ? Je n'ai aucune bourse, je me finance moi-même.",
    "nl": "En hoeveel zou ik krijgen? Ik heb geen beurs, ik financier mezelf.",
    "it": "E quanto riceverei? Non ho nessuna borsa di studio, mi finanzio da sola.",
}
NO_FIGURE = {"en": "Annex 2", "fr": "annexe 2", "nl": "bijlage 2", "it": "allegato 2"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_fact_stated_with_the_amount_asked_gets_the_amount(monkeypatch, lang):
    slots = {**GENEVA, "receiving_org": "public_body", "language": lang}
    messages = [(SO_CAN_I[lang], "check_eligibility"), (HOW_MUCH[lang], "ask_grant")]
    got = await play(monkeypatch, slots, messages, ITM_TODAY, user_event="parsed")
    reply = got.replies[1]
    assert got.slots.get("has_scholarship") is False, got.slots
    assert NO_FIGURE[lang] in reply, reply
    assert t(lang, "verdict_stands", outcome="").split(":")[0] not in reply, reply


# --- 2. the UK with talk of leaving the EU, IMT Lucca, 10 January 2016 -------------------------------------
LUCCA_TODAY = "2016-01-10"
LONDON = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "GB",
          "destination_city": "London", "receiving_org": "enterprise", "start_date": "2016-04-01",
          "end_date": "2016-06-30", "goal": "eligibility"}
UK_OK = {
    "en": "is the UK ok, with all this talk about leaving the EU?",
    "fr": "le Royaume-Uni ça va, avec le Brexit ?",
    "nl": "is het VK oké, met al dat gepraat over uit de EU stappen?",
    "it": "il Regno Unito va bene, con tutti questi discorsi sull'uscita dall'UE?",
}
UK_INTENT = {"en": "nlu_fallback", "fr": "nlu_fallback", "nl": "check_eligibility", "it": "check_eligibility"}
PROGRAMME = {"en": "programme countries", "fr": "pays du programme", "nl": "programmalanden",
             "it": "paesi del programma"}


def _future(lang: str) -> str:
    return t(lang, "brexit_future", call="§", who="§").split("§")[1]


@pytest.mark.parametrize("lang", LANGS)
async def test_the_uk_with_talk_of_leaving_is_yes_and_whom_to_ask(monkeypatch, lang):
    got = await play(monkeypatch, {**LONDON, "language": lang}, [(UK_OK[lang], UK_INTENT[lang])], LUCCA_TODAY,
                     user_event="parsed")
    reply = got.replies[0]
    assert reply.startswith(t(lang, "answer_yes", answer="").strip()), reply
    assert PROGRAMME[lang] in reply.split("\n")[0].lower(), reply
    assert _future(lang) in reply and "Daniela Giorgetti" in reply, reply


async def test_losing_the_grant_if_the_uk_leaves_is_no_bare_yes(monkeypatch):
    text = "ok but seriously, what if the UK leaves the EU while I'm there? would I lose the grant?"
    got = await play(monkeypatch, {**LONDON, "language": "en"}, [(text, "nlu_fallback")], LUCCA_TODAY,
                     user_event="parsed")
    reply = got.replies[0]
    assert not reply.startswith("Yes"), reply
    assert _future("en") in reply and "Daniela Giorgetti" in reply, reply


async def test_a_referendum_vote_to_leave_is_no_dead_end(monkeypatch):
    text = "hmm that doesn't really answer it tho. I mean if there's a referendum and they vote leave, " \
           "what happens to my traineeship?"
    got = await play(monkeypatch, {**LONDON, "language": "en"}, [(text, "faq_credit_transfer")], LUCCA_TODAY,
                     user_event="parsed")
    reply = got.replies[0]
    assert "not sure I understood" not in reply, reply
    assert _future("en") in reply, reply


async def test_the_uk_under_the_itm_call_keeps_its_status_without_a_future_exit(monkeypatch):
    slots = {**GENEVA, "destination": "GB", "destination_city": "London", "language": "en"}
    got = await play(monkeypatch, slots, [("Will Brexit change anything?", "nlu_fallback")], ITM_TODAY,
                     user_event="parsed")
    assert _future("en") not in got.replies[0], got.replies


# --- 3. "Telt mijn FWO-beurs mee?": yes, for the ranking only, not excluded -------------------------------
UTRECHT = {"call": "itm-2024", "role": "phd_student", "activity": "study", "destination": "NL",
           "destination_city": "Utrecht", "receiving_org": "hei", "citizenship": "BE",
           "start_date": "2026-03-01", "end_date": "2026-06-30", "goal": "eligibility"}
COUNTS = {
    "en": "No, I'm not employed by ITM. I have an FWO doctoral scholarship. Does my scholarship count?",
    "fr": "Non, je ne suis pas employé de l'IMT. J'ai une bourse de doctorat FWO. Ma bourse compte ?",
    "nl": "Nee, ik ben niet in dienst van het ITG. Ik heb een FWO-doctoraatsbeurs. Telt mijn FWO-beurs mee?",
    "it": "No, non sono dipendente dell'ITM. Ho una borsa di dottorato FWO. La mia borsa conta?",
}
EXCLUDES = {
    "en": "You say first that you can't find the answer and then that my scholarship may lower my ranking. "
          "Which is it? Does my scholarship exclude me or not?",
    "fr": "Vous dites d'abord que vous ne trouvez pas la réponse, puis que ma bourse peut baisser mon "
          "classement. Alors ? Est-ce que ma bourse m'exclut ou pas ?",
    "nl": "U zegt eerst dat u het antwoord niet vindt en daarna dat mijn beurs mijn rangschikking kan "
          "verlagen. Wat klopt nu? Sluit de FWO-beurs me uit of niet?",
    "it": "Prima dice che non trova la risposta e poi che la mia borsa può abbassare la mia posizione. "
          "Allora? La mia borsa mi esclude o no?",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_my_scholarship_counts_for_the_ranking_only(monkeypatch, lang):
    slots = {**UTRECHT, "asked": "itm_staff_member", "language": lang}
    got = await play(monkeypatch, slots, [(COUNTS[lang], "check_eligibility"),
                                          (EXCLUDES[lang], "check_eligibility")], ITM_TODAY,
                     user_event="parsed")
    first, second = got.replies
    assert first.startswith(t(lang, "priorityfact_counts_lower").split(":")[0]), first
    assert t(lang, "cannot_answer_in_form").split(";")[0] not in first, first
    assert got.slots.get("has_scholarship") is True, got.slots
    assert second.startswith(t(lang, "priority_not_excluded").split(";")[0]), second


# --- 4. "Waarom niet?" after the Ghent refusal; "when, and how?" ------------------------------------------
GHENT = {"call": "itm-2024", "role": "phd_student", "receiving_org": "hei", "destination": "BE",
         "destination_city": "Ghent", "goal": "eligibility"}
ASK_GHENT = {"en": "Can I do that with Erasmus+?", "fr": "Est-ce possible avec Erasmus+ ?",
             "nl": "Kan dat met Erasmus+?", "it": "Si può fare con Erasmus+?"}
WHY_NOT = {"en": "Why not? Ghent is a different university from ITM, isn't it?",
           "fr": "Pourquoi pas ? Gand, c'est bien une autre université que l'IMT ?",
           "nl": "Waarom niet? Gent is toch een andere universiteit dan het ITG?",
           "it": "Perché no? Gand è pur sempre un'università diversa dall'ITM, no?"}


def _head(lang: str, key: str) -> str:
    return t(lang, key, country="§").split("§")[0]


@pytest.mark.parametrize("lang", LANGS)
async def test_why_not_in_the_sending_country_says_why_in_plain_words(monkeypatch, lang):
    got = await play(monkeypatch, {**GHENT, "language": lang},
                     [(ASK_GHENT[lang], "check_eligibility"), (WHY_NOT[lang], "faq_receiving_org")],
                     ITM_TODAY, user_event="parsed")
    assert _head(lang, "whyabroad_sending") in got.replies[1], got.replies


@pytest.mark.parametrize("lang", LANGS)
async def test_why_not_names_both_reasons_when_both_fail(monkeypatch, lang):
    got = await play(monkeypatch, {**GHENT, "citizenship": "BE", "language": lang},
                     [(ASK_GHENT[lang], "check_eligibility"), (WHY_NOT[lang], "faq_receiving_org")],
                     ITM_TODAY, user_event="parsed")
    reply = got.replies[1]
    assert _head(lang, "whyabroad_both") in reply, reply
    assert reply.count("✗") == 2, reply


WHEN_HOW = {"en": "When exactly do I have to apply, and how?",
            "fr": "Quand dois-je postuler exactement, et comment ?",
            "nl": "Wanneer moet ik precies aanvragen, en hoe?",
            "it": "Quando devo candidarmi esattamente, e come?"}
MAILBOX = "erasmusplusmobility@itg.be"


@pytest.mark.parametrize("lang", LANGS)
async def test_when_and_how_to_apply_gets_both(monkeypatch, lang):
    slots = {**UTRECHT, "itm_staff_member": False, "has_scholarship": True, "language": lang}
    messages = [(SO_CAN_I[lang], "check_eligibility"), (WHEN_HOW[lang], "ask_deadline")]
    got = await play(monkeypatch, slots, messages, ITM_TODAY, user_event="parsed")
    reply = got.replies[1]
    assert "2026" in reply and MAILBOX in reply, reply
