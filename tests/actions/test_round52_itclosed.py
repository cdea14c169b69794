"""Round 52: an Italian ITM staff member on 4 December 2026 (the ITM 2024-2026 call ended, staff training in
Barcelona in April 2027) and an Italian IMT Lucca PhD student on 10 January 2016 (Sorbonne, 1 March - 30
September 2016), both saying "tu".
- "ma intanto posso mandare la domanda lo stesso cosi sono avanti?" got the staff-training duration rule, and
  "non ho capito, posso candidarmi adesso per aprile o devo aspettare?" the closed-call line again: now "No"
  / "not under this call", that the call ended and since when, wait for the next call (date unknown), whom
  to ask (actions/endedapply.py).
- the closed call's first reply ended "✓ Come membro del personale, puoi candidarti a questo bando.": now in
  the past conditional (actions/pastrole.py).
- "chi è la persona di riferimento?" got who can apply: now the contact.
- "grazie mille, scrivo a daniela allora. ciao!" got "Arrivederci": now "Ciao" (French "Salut") after "tu".
- "quanti mesi posso stare al massimo?" never said the stay must end by 30 September 2016: now the limits and,
  from 1 March 2016, until when (actions/maxstay.py)."""
from __future__ import annotations

import pytest

from actions import i18n
from tests.actions.conversation import play

LANGS = ["en", "fr", "nl", "it"]
ITM_TODAY = "2026-12-04"
ITM = {"call": "itm-2024", "goal": "eligibility", "closed_told": "itm-2024>after", "role": "staff",
       "activity": "staff_training", "destination": "ES", "destination_city": "Barcelona",
       "start_date": "2027-04-12", "end_date": "2027-04-16"}
GREETING = {"en": "hi! can I apply for staff Erasmus?",
            "fr": "salut ! je peux postuler à l'Erasmus du personnel ?",
            "nl": "hoi! kan ik me kandidaat stellen voor de Erasmus voor personeel?",
            "it": "ciao! posso fare domanda per l'Erasmus dello staff?"}

ANYWAY = {"en": "got it. but can I send my application anyway, so I'm ahead?",
          "fr": "d'accord. mais je peux envoyer ma candidature quand même, pour prendre de l'avance ?",
          "nl": "ok. maar kan ik mijn aanvraag toch al indienen, dan ben ik vroeg?",
          "it": "capito. ma intanto posso mandare la domanda lo stesso cosi sono avanti?"}
NOW_OR_WAIT = {"en": "I don't get it, can I apply now for April or do I have to wait?",
               "fr": "je n'ai pas compris, je peux postuler maintenant pour avril ou je dois attendre ?",
               "nl": "ik snap het niet, kan ik nu al aanvragen voor april of moet ik wachten?",
               "it": "non ho capito, posso candidarmi adesso per aprile o devo aspettare?"}
NO = {"en": "No:", "fr": "Non :", "nl": "Nee:", "it": "No:"}
NOT_UNDER = {"en": "Not under this call:", "fr": "Pas avec cet appel :", "nl": "Niet met deze oproep:",
             "it": "Con questo bando no:"}
NEXT_CALL = {"en": "next call", "fr": "prochain appel", "nl": "volgende oproep", "it": "prossimo bando"}


async def _itm(monkeypatch, lang, text, intent):
    before = [{"event": "user", "text": GREETING[lang]}]
    return await play(monkeypatch, {**ITM, "language": lang}, [(text, intent)], ITM_TODAY, before=before,
                      user_event="parsed", keep_slot_events=True)


@pytest.mark.parametrize("lang", LANGS)
async def test_apply_anyway_to_an_ended_call_is_no(monkeypatch, lang):
    text = "\n".join((await _itm(monkeypatch, lang, ANYWAY[lang], "faq_duration")).replies)
    assert text.startswith(NO[lang]), text
    assert i18n.fmt_date("2026-07-31", lang) in text and NEXT_CALL[lang] in text, text
    assert "cmorantin@itg.be" in text and "60" not in text, text


@pytest.mark.parametrize("lang", LANGS)
async def test_apply_now_or_wait_is_not_under_this_call(monkeypatch, lang):
    text = "\n".join((await _itm(monkeypatch, lang, NOW_OR_WAIT[lang], "check_eligibility")).replies)
    assert text.startswith(NOT_UNDER[lang]), text
    assert NEXT_CALL[lang] in text and "cmorantin@itg.be" in text, text


PRESENT = {"en": "you may apply to this call", "fr": "pouvez postuler à cet appel",
           "nl": "kunt u zich kandidaat stellen", "it": "può candidarsi a questo bando"}
PAST = {"en": "you could have applied to this call", "fr": "auriez pu postuler à cet appel",
        "nl": "had u zich kandidaat kunnen stellen", "it": "avrebbe potuto candidarsi a questo bando"}
PAST_TU = {"fr": "tu aurais pu postuler à cet appel", "nl": "had je zich kandidaat kunnen stellen",
           "it": "avresti potuto candidarti a questo bando"}
PRESENT_TU = {"fr": "tu peux postuler", "nl": "kun je", "it": "puoi candidarti"}


@pytest.mark.parametrize(("lang", "informal"), [(lang, False) for lang in LANGS]
                         + [(lang, True) for lang in LANGS if lang != "en"])  # English has no register
async def test_an_ended_calls_role_line_is_in_the_past(monkeypatch, lang, informal):
    text = GREETING[lang] if informal else {
        "en": "Can I apply for the staff Erasmus?", "fr": "Puis-je postuler à l'Erasmus du personnel ?",
        "nl": "Kan ik mij kandidaat stellen voor de Erasmus voor personeel?",
        "it": "Posso fare domanda per l'Erasmus del personale?"}[lang]
    got = await play(monkeypatch, {"language": lang}, [(text, "faq_who_can_apply")], ITM_TODAY,
                     user_event="parsed", keep_slot_events=True)
    reply = "\n".join(got.replies)
    assert "✓" in reply, reply
    role_line = next(line for line in reply.split("\n") if line.startswith("✓"))
    assert (PAST_TU if informal else PAST)[lang] in role_line, reply
    assert (PRESENT_TU if informal else PRESENT)[lang] not in role_line, reply


LUCCA_TODAY = "2016-01-10"
LUCCA = {"call": "imt-lucca-2015", "role": "phd_student", "receiving_org": "hei", "destination_city": "Paris",
         "destination": "FR", "gender": "m", "goal": "eligibility", "activity": "study",
         "start_date": "2016-03-01", "end_date": "2016-09-30", "receiving_org_name": "Sorbonne",
         "prior_erasmus_months": 0.0}
REFERENCE = {"en": "great. who is the reference person?", "fr": "parfait. qui est la personne de référence ?",
             "nl": "perfect. wie is de contactpersoon?", "it": "perfetto. chi è la persona di riferimento?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_reference_person_is_a_contact_question(monkeypatch, lang):
    got = await play(monkeypatch, {**LUCCA, "language": lang}, [(REFERENCE[lang], "faq_who_can_apply")],
                     LUCCA_TODAY, user_event="parsed", keep_slot_events=True)
    first = got.replies[0].split("\n")[0]
    assert "Daniela Giorgetti" in first and "erasmus@imtlucca.it" in first, got.replies[0]


@pytest.mark.parametrize(("lang", "before", "text", "bye"), [
    ("it", "ciao! sono un dottorando all'IMT Lucca", "grazie mille, scrivo a daniela allora. ciao!",
     "Ciao e buona mobilità!"),
    ("fr", "salut ! je suis doctorant à l'IMT Lucca", "merci beaucoup, j'écris à Daniela alors. salut !",
     "Salut, et bonne mobilité !"),
    ("it", "Buongiorno, sono un dottorando all'IMT Lucca", "La ringrazio molto, arrivederci.",
     "Arrivederci e buona mobilità!"),
    ("fr", "Bonjour, je suis doctorant à l'IMT Lucca", "Merci beaucoup, au revoir.",
     "Au revoir, et bonne mobilité !"),
])
async def test_the_goodbye_follows_the_register(monkeypatch, lang, before, text, bye):
    got = await play(monkeypatch, {**LUCCA, "language": lang}, [(text, "thank")], LUCCA_TODAY,
                     before=[{"event": "user", "text": before}], user_event="parsed", keep_slot_events=True)
    assert got.replies[0].startswith(bye), got.replies[0]


MAX_STAY = {"en": ["how many months can I stay at most?",
                   "starting on 1 March, until when can I stay?"],
            "fr": ["combien de mois je peux rester au maximum ?",
                   "en partant le 1er mars, jusqu'à quand je peux rester ?"],
            "nl": ["hoeveel maanden mag ik maximaal blijven?", "vanaf 1 maart, tot wanneer mag ik blijven?"],
            "it": ["0, mai fatto erasmus nel dottorato. ma quanti mesi posso stare al massimo?",
                   "ok ma quindi se parto a marzo quanto posso stare max? potrei allungare?",
                   "no aspetta, non ti ho chiesto i soldi. ti chiedo la durata massima: partendo il 1 marzo "
                   "fino a quando posso restare?"]}
HELLO = {"en": "hi, I'm a PhD student", "fr": "salut, je suis doctorant",
         "nl": "hoi, ik ben doctoraatsstudent", "it": "ciao! sono un dottorando"}
TWELVE = {"en": "12 months", "fr": "12 mois", "nl": "12 maanden", "it": "12 mesi"}
SEVEN = {"en": "7 months", "fr": "7 mois", "nl": "7 maanden", "it": "7 mesi"}


@pytest.mark.parametrize(("lang", "text"), [(la, text) for la, texts in MAX_STAY.items() for text in texts])
async def test_the_longest_stay_says_until_when(monkeypatch, lang, text):
    got = await play(monkeypatch, {**LUCCA, "language": lang}, [(text, "faq_duration")], LUCCA_TODAY,
                     before=[{"event": "user", "text": HELLO[lang]}], user_event="parsed",
                     keep_slot_events=True)
    reply = got.replies[0]
    head = reply.split("✅")[0]  # (the verdict after it is not the answer)
    assert TWELVE[lang] in head and SEVEN[lang] in head, reply
    assert i18n.fmt_date("2016-09-30", lang) in head and i18n.fmt_date("2016-03-01", lang) in head, reply
