"""Round 58, r58-i2 (Elena, ITM administrative staff, Italian, saying "tu"; today 5 December 2026: the ITM
2024-2026 call has ended; staff training at the University of Bologna, 8-12 March 2027; had the call been
open, not eligible: Italy is her citizenship) and r58-f2 (Wout, ITM PhD student, Karolinska, 2025-10-01).

1. "senza dottorato ho meno possibilità?" right after "non sei idonea" got "ℹ Puoi comunque candidarti: il
   bando è aperto ai membri del personale dell'ITM [...]": now that the priority alone would only rank her
   lower, and the rule that rules her out (actions/prioritystill.py).
2. "Se si fosse candidata in tempo" (Lei) in a "tu" conversation: now "Se ti fossi candidata".
3. "Show all checks" listed "✓ Destinazione fuori dal paese dell'istituto di invio: Italia." and "✓ Paese
   coperto dal bando: Italia" under "✗ Destinazione non ammessa: Italia ...": the ✓ lines on the destination
   are left out when a rule rules the destination out (actions/verdict.py shown_passed).
4. The e-mail summary asked only about a new call: now the verdict told ("non idonea") and its reason
   (actions/endedsummary.py).
5. "e l'Italia nel prossimo bando potrebbe andare bene?" got the "non so quando aprirà il prossimo bando"
   reply word for word: now the next call's rules are not known, this call's rule ruled Italy out, whom to ask
   (actions/samerules.py next_call_place).
6. Wout got the whole e-mail summary once per contact request (three times): now later requests give the
   contact and say the summary is above, unless the summary is asked for again (actions/contact.py)."""
from __future__ import annotations

import pytest

from actions import i18n
from actions.i18n import t
from actions.phrases import gendered
from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
TODAY = "2026-12-05"
ELENA = {"call": "itm-2024", "goal": "eligibility", "closed_told": "itm-2024", "role": "staff",
         "activity": "staff_training", "destination": "IT", "destination_city": "Bologna",
         "receiving_org": "hei", "receiving_org_name": "Università di Bologna",
         "start_date": "2027-03-08", "end_date": "2027-03-12"}
GREETING = {
    "en": "hi! I'm Elena, I work in administration at ITM Antwerp. can I apply now?",
    "fr": "salut ! je suis Elena, je travaille à l'administration de l'IMT à Anvers. je peux postuler ?",
    "nl": "hoi! ik ben Elena, ik werk in de administratie van het ITG in Antwerpen. kan ik nu aanvragen?",
    "it": "ciao! sono Elena, lavoro in amministrazione all'ITM di Anversa. vorrei fare una settimana di job "
          "shadowing all'Università di Bologna, dall'8 al 12 marzo 2027. posso fare domanda adesso?"}
IF_OPEN = {"en": "ok. but if the call were open, would I have been eligible?",
           "fr": "ok. mais si l'appel était ouvert, j'aurais été éligible ?",
           "nl": "ok. maar als de oproep open was, zou ik dan in aanmerking gekomen zijn?",
           "it": "ok. ma se il bando fosse aperto, sarei stata idonea?"}
ITALIAN = {"en": "I'm Italian", "fr": "je suis italienne", "nl": "ik ben Italiaanse", "it": "sono italiana"}
NO_PHD = {
    "en": "you didn't answer me though. is one week of training fine as a duration? and without a PhD "
          "do I have less chance?",
    "fr": "tu ne m'as pas répondu. une semaine de formation, ça va comme durée ? et sans doctorat j'ai "
          "moins de chances ?",
    "nl": "je hebt me niet geantwoord. is een week opleiding goed als duur? en heb ik zonder doctoraat "
          "minder kans?",
    "it": "non mi hai risposto però. una settimana di formazione va bene come durata? e senza dottorato "
          "ho meno possibilità?"}
CHECKS = {"en": "show all checks", "fr": "afficher tous les contrôles", "nl": "alle controles tonen",
          "it": "mostra tutti i controlli"}
WRITE_TO = {"en": "ok clear. who do I write to?", "fr": "ok c'est clair. j'écris à qui ?",
            "nl": "ok duidelijk. naar wie schrijf ik?", "it": "ok chiaro. a chi scrivo?"}
NEXT_ITALY = {"en": ["thanks! do you think Italy could be OK with the next call?"],
              "fr": ["merci ! tu penses que l'Italie pourrait aller avec le prochain appel ?"],
              "nl": ["bedankt! denk je dat Italië bij de volgende oproep wel kan?"],
              "it": ["grazie! secondo te col prossimo bando l'italia potrebbe andare bene?",
                     "e l'Italia nel prossimo bando potrebbe andare bene?"]}


async def _elena(monkeypatch, lang, *more):
    before = [{"event": "user", "text": GREETING[lang]}]
    messages = [(IF_OPEN[lang], "check_eligibility"), (ITALIAN[lang], "inform"), *more]
    return await play(monkeypatch, {**ELENA, "language": lang}, messages, TODAY, before=before,
                      user_event="parsed", keep_slot_events=True)


def _not_eligible(lang):
    return {"en": "not eligible", "fr": "pas éligible", "nl": "niet in aanmerking",
            "it": "non sei idonea"}[lang]


@pytest.mark.parametrize("lang", LANGS)
async def test_no_phd_after_not_eligible_is_no_you_may_still_apply(monkeypatch, lang):
    played = await _elena(monkeypatch, lang, (NO_PHD[lang], "faq_duration"))
    assert _not_eligible(lang) in played.replies[1], played.replies[1]
    text = played.replies[-1]
    # the call's own "You may still apply: the call is open to ITM staff ..." is not said
    still = {"en": "You may still apply", "fr": "pouvez tout de même postuler", "nl": "kunt toch aanvragen",
             "it": "comunque candidarti"}[lang]
    assert still not in text and "Puoi comunque" not in text, text
    alone = {"en": "On its own, this would only rank you lower",
             "fr": "À lui seul, cela ne ferait que te classer",
             "nl": "Op zich zou dit je alleen lager plaatsen",
             "it": "Da solo, questo abbasserebbe soltanto la tua posizione"}[lang]
    assert alone in text, text
    assert i18n.country("IT", lang) in text.split(alone)[1], text  # the rule that rules her out, named


@pytest.mark.parametrize("lang", LANGS)
async def test_no_phd_under_an_ended_call_with_a_plan_it_took_is_not_you_may_still_apply(monkeypatch, lang):
    """Spain, not her citizenship: no other rule rules it out, but the call has ended."""
    before = [{"event": "user", "text": GREETING[lang]}]
    messages = [(IF_OPEN[lang], "check_eligibility"), (ITALIAN[lang], "inform"),
                (NO_PHD[lang], "faq_duration")]
    played = await play(monkeypatch, {**ELENA, "destination": "ES", "destination_city": "Barcelona",
                                       "receiving_org_name": "Universitat de Barcelona", "language": lang},
                        messages, TODAY, before=before, user_event="parsed", keep_slot_events=True)
    text = played.replies[-1]
    still = {"en": "You may still apply", "fr": "pouvez tout de même postuler", "nl": "kunt toch aanvragen",
             "it": "comunque candidarti"}[lang]
    assert still not in text, text
    ended = {"en": "the call has ended", "fr": "l'appel est terminé", "nl": "de oproep is afgelopen",
             "it": "il bando è chiuso"}[lang]
    assert ended in text, text


async def test_the_hypothetical_intro_keeps_tu(monkeypatch):
    played = await _elena(monkeypatch, "it", (CHECKS["it"], "show_checks"))
    text = "\n".join(played.replies[1:])
    assert "si fosse candidat" not in text.lower(), text
    assert "Se ti fossi candidata in tempo" in played.replies[1], played.replies[1]
    assert "Se ti fossi candidata in tempo" in played.replies[2], played.replies[2]


async def test_the_hypothetical_verdict_keeps_tu_for_a_man(monkeypatch):
    before = [{"event": "user", "text": "ciao! sono Marco, lavoro in amministrazione all'ITM di Anversa. "
                                        "posso fare domanda adesso?"}]
    messages = [("ok. ma se il bando fosse aperto, sarei stato idoneo?", "check_eligibility"),
                ("sono italiano", "inform")]
    played = await play(monkeypatch, {**ELENA, "destination": "ES", "destination_city": "Barcelona",
                                       "receiving_org_name": "Universitat de Barcelona", "language": "it"},
                        messages, TODAY, before=before, user_event="parsed", keep_slot_events=True)
    text = played.replies[-1]
    assert "Se ti fossi candidato in tempo" in text and "saresti stato idoneo" in text, text
    assert "Lei " not in text, text


@pytest.mark.parametrize("lang", LANGS)
async def test_all_checks_have_no_tick_for_the_country_ruled_out(monkeypatch, lang):
    played = await _elena(monkeypatch, lang, (CHECKS[lang], "show_checks"))
    lines = played.replies[-1].splitlines()
    country = i18n.country("IT", lang)
    assert any(line.startswith("✗") and country in line for line in lines), lines
    assert not [line for line in lines if line.startswith("✓") and country in line], lines
    assert any(line.startswith("✓") for line in lines), lines  # the other checks still listed


@pytest.mark.parametrize("lang", LANGS)
async def test_the_ended_calls_summary_names_why_not_eligible(monkeypatch, lang):
    played = await _elena(monkeypatch, lang, (WRITE_TO[lang], "ask_contact"))
    text = played.replies[-1]
    assert "cmorantin@itg.be" in text, text
    summary = text[text.index(t(lang, "summary_call", call="").split(":")[0]):]
    verdict = t(lang, "summary_verdict_ended", verdict="").split(" ")[0]
    assert verdict in summary, summary
    reason = [line for line in summary.splitlines() if line.startswith("- ")]
    assert reason and i18n.country("IT", lang) in reason[0], summary
    not_eligible = gendered(i18n.label(lang, "verdicts", "not_eligible"), lang, "f")
    assert not_eligible in summary, summary


@pytest.mark.parametrize("lang", LANGS)
async def test_italy_under_the_next_call_is_not_the_opening_date_reply(monkeypatch, lang):
    for question in NEXT_ITALY[lang]:
        for intent in ("faq_application", "check_eligibility"):
            played = await _elena(monkeypatch, lang, (question, intent))
            text = played.replies[-1]
            opening = t(lang, "next_call_unknown").split(",")[0]
            assert opening not in text, (question, intent, text)
            rules = {"en": "I don't know the next call's rules",
                     "fr": "je ne connais pas les règles du prochain",
                     "nl": "de regels van de volgende oproep ken ik niet",
                     "it": "non conosco le regole del prossimo bando"}[lang]
            assert rules in text, (question, intent, text)
            assert i18n.country("IT", lang) in text.split(rules)[1], text  # this call ruled Italy out
            assert "cmorantin@itg.be" in text, text


WOUT = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral", "destination": "SE",
        "destination_city": "Stockholm", "receiving_org_name": "Karolinska", "receiving_org": "hei",
        "start_date": "2026-03-09", "end_date": "2026-03-20", "citizenship": ["BE"],
        "itm_staff_member": False, "has_scholarship": True}
WOUT_SAYS = {
    "en": ["am I eligible?", "and who do I write to?", "does Karolinska need an ECHE?",
           "ok and how much do I get roughly?", "by when do I have to apply?", "Who do I contact?"],
    "fr": ["je suis éligible ?", "et à qui je dois l'envoyer ?", "Karolinska doit avoir une ECHE ?",
           "ok et je reçois combien à peu près ?", "je dois postuler avant quand ?",
           "Qui dois-je contacter ?"],
    "nl": ["kom ik in aanmerking?", "en bij wie moet ik dat indienen?", "moet Karolinska een ECHE hebben?",
           "ok en hoeveel krijg ik ongeveer?", "tegen wanneer moet ik aanvragen?", "Wie contacteer ik?"],
    "it": ["sono idoneo?", "e a chi la devo inviare?", "Karolinska deve avere una ECHE?",
           "ok e quanto ricevo più o meno?", "entro quando devo candidarmi?", "Chi devo contattare?"]}
INTENTS = ["check_eligibility", "ask_contact", "faq_receiving_org", "ask_grant", "ask_deadline",
           "ask_contact"]
AGAIN = {"en": "can you give me the summary again?", "fr": "tu peux me redonner le résumé ?",
         "nl": "kan je de samenvatting nog eens geven?", "it": "mi dai di nuovo il riassunto?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_summary_is_sent_once_then_said_to_be_above(monkeypatch, lang):
    messages = [*zip(WOUT_SAYS[lang], INTENTS, strict=True), (AGAIN[lang], "ask_contact")]
    played = await play(monkeypatch, {**WOUT, "language": lang}, messages, "2025-10-01",
                        user_event="parsed", keep_slot_events=True)
    first, later, again = played.replies[1], played.replies[5], played.replies[6]
    head = t(lang, "contact_summary").split(" ")[0]
    assert head in first and "Karolinska" in first, first
    assert "erasmusplusmobility@itg.be" in later, later  # the contact again
    assert head not in later and "Karolinska" not in later, later  # not the whole summary again
    same = t(lang, "contact_summary_same").split(" ")[:3]
    assert " ".join(same) in later, later
    assert "Karolinska" in again, again  # asked for again: in full


async def test_elenas_second_contact_request_says_the_summary_is_above(monkeypatch):
    """"dall'8 marzo" as sent, "dal 8 marzo" as written: the same summary (Italian elision; the other
    languages' repeated summary is test_the_summary_is_sent_once_then_said_to_be_above)."""
    lang = "it"
    played = await _elena(monkeypatch, lang, (WRITE_TO[lang], "ask_contact"),
                          (NEXT_ITALY[lang][0], "faq_application"), (WRITE_TO[lang], "ask_contact"))
    first, later = played.replies[2], played.replies[4]
    assert "Bologna" in first, first
    assert "cmorantin@itg.be" in later and "Bologna" not in later, later
    assert " ".join(t(lang, "contact_summary_same").split(" ")[:2]) in later, later
