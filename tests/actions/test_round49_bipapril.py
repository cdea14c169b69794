"""Round 49 (German ITM MSc student, short-term blended mobility (BIP) at the University of Granada, physical
part 11-20 May 2026, online sessions in April; today 1 October 2025).

1. "yes there is an online part before, a few sessions in april. so how much would i get for 10 days?" asked
   "On which day in April 2026 would the mobility start?" (11 May was stored): the sessions' clause after the
   online part named in the same sentence is the online part's (actions/onlinepart.py); the amount asked with
   the fact that met a condition is said (actions/conditionmet.py). Then "... the online sessions in april are
   just the virtual part. and before you said about 790 euro, is that right?" got "Not quite ... ✗ not 1
   April 2026: apply by 11 March 2026": a date of the online part is no point of a recap
   (actions/recapdates.py), and "i didnt say 1 april was a deadline??" is answered (actions/notsaiddate.py).
2. The amount question while a fact was asked got the `grant_amounts` topic with the staff's Annex 1 and a
   309 EUR distance-band travel figure: each role gets its own section's annex
   (rules_core/calls/itm-2024.yaml).
3. "just to sum up: deadline 11 march, around 790 euro ..., right?" confirmed the 790 and the e-mail, not the
   date (the NLU sets a date after "deadline" aside); "and the 11 march? thanks, bye" got the goodbye alone.
4. "your blended mobility (3 ECTS)" said the call's 3 ECTS as a fact of her programme."""
from __future__ import annotations

import pytest

from actions import i18n
from actions.i18n import t
from tests.actions.conversation import play

TODAY = "2025-10-01"
LANGS = ("en", "fr", "nl", "it")
GRANADA = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended", "goal": "eligibility",
           "destination": "ES", "destination_city": "Granada", "receiving_org": "hei", "citizenship": ["DE"],
           "start_date": "2026-05-11", "end_date": "2026-05-20"}
VERDICT = {"en": "so can I go?", "fr": "alors je peux partir ?", "nl": "kan ik dus gaan?",
           "it": "quindi posso partire?"}
MONTH = {"en": "April 2026", "fr": "avril 2026", "nl": "april 2026", "it": "aprile 2026"}
STAFF_ANNEX = {"en": "Annex 1", "fr": "annexe 1", "nl": "bijlage 1", "it": "allegato 1"}

# The conversation verbatim, with the intents the NLU model gave.
CONVERSATION = [
    ("Hallo! Ich studiere im Master am ITM und möchte an einem Blended Intensive Programme in Granada "
     "teilnehmen. Geht das mit Erasmus?", "check_eligibility"),
    ("ok english is fine. the physical part is 11 to 20 May 2026 at University of Granada", "inform"),
    ("german. btw is the online part required?", "nlu_fallback"),
    ("yes there is an online part before, a few sessions in april. so how much would i get for 10 days?",
     "ask_grant"),
    ("no, the start is still 11 may, the online sessions in april are just the virtual part. and before you "
     "said about 790 euro, is that right?", "ask_deadline"),
    ("i didnt say 1 april was a deadline?? anyway. do i also get money for the travel to granada? you "
     "mentioned 309 euro", "ask_grant"),
    ("ok. does the university of granada have this ECHE thing? and who exactly do i write to first",
     "faq_who_can_apply"),
    ("and who do i contact first? my supervisor or the email?", "ask_contact"),
    ("what do i need to send with the application?", "faq_application"),
    ("ok thanks. just to sum up: deadline 11 march, around 790 euro but not sure, and email "
     "erasmusplusmobility@itg.be. right?", "ask_deadline"),
    ("and the 11 march? thanks, bye", "thank"),
]


async def test_the_conversation(monkeypatch):
    got = await play(monkeypatch, {"language": "en"}, CONVERSATION, TODAY, user_event="parsed",
                     keep_slot_events=True)
    required, sessions, right, *_, recap, bye = got.replies[2:]
    assert "(3 ECTS) has" not in required and "which it sets at 3 ECTS" in required, required
    assert "April" not in sessions and "€790.00" in sessions, sessions
    assert "Annex 1" not in sessions and "309" not in sessions and "staff" not in sessions, sessions
    assert "April" not in right and right.startswith("Yes, that is right:"), right
    assert "✓ apply by 11 March 2026" in recap and "€790.00" in recap, recap
    assert bye.startswith("Yes: apply by 11 March 2026") and bye.endswith(t("en", "goodbye")), bye
    assert got.slots["start_date"] == "2026-05-11" and got.slots["end_date"] == "2026-05-20", got.slots


def _head(lang: str, key: str) -> str:
    """A locale text before its placeholder, without the word an Italian elision may change ("il 11")."""
    return str(i18n.raw(lang, key)).split("{")[0].strip().rsplit(" ", 1)[0]


async def _after_verdict(monkeypatch, lang, messages, slots=None):
    return await play(monkeypatch, {**(slots or GRANADA), "language": lang},
                      [(VERDICT[lang], "check_eligibility"), *messages], TODAY, user_event="parsed")


SESSIONS = {"en": "yes there is an online part before, a few sessions in april. so how much would i get for "
                  "10 days?",
            "fr": "oui, il y a une partie en ligne avant, quelques séances en avril. alors combien je "
                  "toucherais pour 10 jours ?",
            "nl": "ja, er is eerst een online deel, een paar sessies in april. hoeveel zou ik dan krijgen "
                  "voor 10 dagen?",
            "it": "sì, c'è una parte online prima, alcune sessioni ad aprile. quanto riceverei per 10 "
                  "giorni?"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["ask_grant", "inform"])
async def test_the_online_sessions_month_is_no_start_and_the_amount_is_said(monkeypatch, lang, intent):
    got = await _after_verdict(monkeypatch, lang, [(SESSIONS[lang], intent)])
    reply = got.replies[-1]
    assert got.slots["start_date"] == "2026-05-11", got.slots
    assert MONTH[lang] not in reply and "1 " + MONTH[lang] not in reply, reply
    assert i18n.fmt_eur(790, lang) in reply, reply
    assert STAFF_ANNEX[lang] not in reply and "309" not in reply, reply


AMOUNT = {"en": "how much would i get?", "fr": "combien je toucherais ?", "nl": "hoeveel zou ik krijgen?",
          "it": "quanto riceverei?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_student_asking_the_amount_mid_form_gets_no_staff_annex(monkeypatch, lang):
    slots = {k: v for k, v in GRANADA.items() if k not in ("start_date", "end_date")}
    got = await play(monkeypatch, {**slots, "language": lang, "asked": "start_date"},
                     [(AMOUNT[lang], "ask_grant")], TODAY, user_event="parsed")
    reply = got.replies[-1]
    assert STAFF_ANNEX[lang] not in reply and "309" not in reply, reply
    assert {"en": "Annex 2", "fr": "annexe 2", "nl": "bijlage 2", "it": "allegato 2"}[lang] in reply, reply
    # (staff keep their own section's annex and its travel example)
    staff = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "eligibility",
             "language": lang, "asked": "destination"}
    got = await play(monkeypatch, staff, [(AMOUNT[lang], "ask_grant")], TODAY, user_event="parsed")
    reply = got.replies[-1]
    assert STAFF_ANNEX[lang] in reply and "309" in reply, reply


RIGHT = {"en": "no, the start is still 11 may, the online sessions in april are just the virtual part. and "
               "before you said about 790 euro, is that right?",
         "fr": "non, le début reste le 11 mai, les séances en ligne en avril sont juste la partie virtuelle. "
               "et vous avez dit environ 790 euros, c'est ça ?",
         "nl": "nee, de start blijft 11 mei, de online sessies in april zijn gewoon het virtuele deel. en u "
               "zei ongeveer 790 euro, klopt dat?",
         "it": "no, l'inizio resta l'11 maggio, le sessioni online ad aprile sono solo la parte virtuale. e "
               "prima ha detto circa 790 euro, giusto?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_month_of_the_online_part_is_no_point_of_the_recap(monkeypatch, lang):
    got = await _after_verdict(monkeypatch, lang, [(RIGHT[lang], "ask_deadline")],
                               {**GRANADA, "virtual_component": True})
    reply = got.replies[-1]
    assert reply.startswith(t(lang, "recap_right")) and MONTH[lang] not in reply, reply
    assert i18n.fmt_eur(790, lang) in reply, reply


SUM_UP = {"en": "ok thanks. just to sum up: deadline 11 march, around 790 euro but not sure, and email "
                "erasmusplusmobility@itg.be. right?",
          "fr": "ok merci. pour résumer : date limite 11 mars, environ 790 euros, et e-mail à "
                "erasmusplusmobility@itg.be. c'est ça ?",
          "nl": "ok bedankt. samengevat: deadline 11 maart, ongeveer 790 euro, en mailen naar "
                "erasmusplusmobility@itg.be. klopt dat?",
          "it": "ok grazie. ricapitolando: scadenza 11 marzo, circa 790 euro, e e-mail a "
                "erasmusplusmobility@itg.be. giusto?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_recap_confirms_the_deadline_said(monkeypatch, lang):
    got = await _after_verdict(monkeypatch, lang, [(SUM_UP[lang], "ask_deadline")],
                               {**GRANADA, "virtual_component": True})
    reply = got.replies[-1]
    apply_by = _head(lang, "recap_apply_by")
    assert reply.startswith(t(lang, "recap_right")), reply
    assert any(line.startswith(f"✓ {apply_by}") and i18n.fmt_date("2026-03-11", lang) in line
               for line in reply.splitlines()), reply
    assert i18n.fmt_eur(790, lang) in reply and "erasmusplusmobility@itg.be" in reply, reply


BYE = {"en": "and the 11 march? thanks, bye", "fr": "et le 11 mars ? merci, au revoir",
       "nl": "en 11 maart? bedankt, tot ziens", "it": "e l'11 marzo? grazie, arrivederci"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["thank", "goodbye", "inform"])
async def test_a_question_before_the_goodbye_is_answered(monkeypatch, lang, intent):
    got = await _after_verdict(monkeypatch, lang, [(BYE[lang], intent)],
                               {**GRANADA, "virtual_component": True})
    reply = got.replies[-1]
    assert i18n.fmt_date("2026-03-11", lang) in reply and reply.endswith(t(lang, "goodbye")), reply
    assert got.slots["start_date"] == "2026-05-11", got.slots


NOT_SAID = {"en": "i didnt say 1 april was a deadline??",
            "fr": "je n'ai jamais dit que le 1er avril était une date limite ??",
            "nl": "ik heb nooit gezegd dat 1 april een deadline was??",
            "it": "non ho mai detto che il 1 aprile era una scadenza??"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_date_never_said_is_answered(monkeypatch, lang):
    said = (f"{t(lang, 'recap_wrong')}\n✗ {t(lang, 'recap_not', said=i18n.fmt_date('2026-04-01', lang))} "
            f"{t(lang, 'recap_apply_by', date=i18n.fmt_date('2026-03-11', lang))}")
    first = await _after_verdict(monkeypatch, lang, [], {**GRANADA, "virtual_component": True})
    got = await play(monkeypatch, first.slots, [(NOT_SAID[lang], "ask_deadline")], TODAY,
                     before=[{"event": "user", "text": RIGHT[lang]}, {"event": "bot", "text": said}],
                     user_event="parsed")
    reply = got.replies[-1]
    head = t(lang, "date_not_said", date=i18n.fmt_date("2026-04-01", lang))
    assert reply.startswith(head), reply
    tail = reply[len(head):]
    assert tail.strip().startswith(_head(lang, "date_not_said_apply_by")), reply
    assert i18n.fmt_date("2026-03-11", lang) in tail, reply
    assert got.slots["start_date"] == "2026-05-11", got.slots


OK_HEAD = {"en": "Your blended mobility has its compulsory virtual component, as the call",
           "fr": "Votre mobilité hybride comporte sa composante virtuelle obligatoire, comme l'appel",
           "nl": "Uw gemengde mobiliteit heeft haar verplichte virtuele component, zoals de oproep",
           "it": "La Sua mobilità mista ha la sua componente virtuale obbligatoria, come il bando"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_3_ects_are_the_call_s(lang):
    from actions.profile import core

    profile = {k: v for k, v in GRANADA.items() if k != "goal"}
    decision = core().evaluate({**profile, "virtual_component": True, "as_of": TODAY}, lang=lang)
    line = next(p["explanation"] for p in decision["passed"] if p.get("rule") == "blended_virtual_component")
    assert line.startswith(OK_HEAD[lang]) and "3 ECTS" in line, line
    assert "(3 ECTS)" not in line, line
