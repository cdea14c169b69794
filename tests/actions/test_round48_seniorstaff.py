"""Round 48 (an ITM staff member, senior researcher, staff training at the University of Porto, 8-12
March 2027; today 4 December 2026, the ITM call ended):

1. "Priority is for PhD or postdoc, I am senior staff, not postdoc. so I would have less chance?" noted him
   as a PhD or postdoctoral staff member ("PhD or postdoc" read as his two roles) and answered "Yes: from
   what you told me, the call's priorities favour you"; "no, I am NOT a PhD and not a postdoc. I have my PhD
   since long time, I am senior researcher. So the priority does not favour me, correct?" ("my PhD" read as
   doing one) and "why? what did I tell you that makes me priority?" got the same. Now a senior post and a
   PhD held are no doctoral position, the priority does not favour him ("Yes: ... ranks you lower ..., does
   not exclude you"), and the why names what he said.
2. "ok. so what do I do now?" after the ended call got the call's end again: now the step (ask the office
   about the next call) with whom to write to.
3. The e-mail summary said "the call's last day was 31 July 2026", the last day a mobility could end.
4. "309 euro is only for the travel? and per day how much I would get, approximately?" said €309.00 four times
   in three messages, with Germany's national-agency daily rates: now each once, no other country's rates.
5. "is green travel written in the ITM call itself?" got "Yes: with green travel ... €417.00": now whether the
   call's text names it (it does not: the EU-wide rule, call data `chat.terms`).
"""
from __future__ import annotations

import pytest

from actions.i18n import t
from tests.actions.conversation import play

LANGS = ("en", "fr", "nl", "it")
CLOSED_TODAY = "2026-12-04"
OPEN_TODAY = "2025-10-01"
PORTO = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "receiving_org": "hei",
         "receiving_org_name": "University of Porto", "destination": "PT", "destination_city": "Porto",
         "citizenship": ["BE"]}
PORTO_2027 = {**PORTO, "start_date": "2027-03-08", "end_date": "2027-03-12"}
PORTO_2026 = {**PORTO, "goal": "eligibility", "start_date": "2026-03-09", "end_date": "2026-03-13"}
STILL_APPLY = {"en": "can I still apply?", "fr": "est-ce que je peux encore postuler ?",
               "nl": "kan ik nog aanvragen?", "it": "posso ancora candidarmi?"}


async def _play(monkeypatch, lang, slots, messages, today):
    return await play(monkeypatch, {**slots, "language": lang}, messages, today, user_event="parsed",
                      keep_slot_events=True)


def _head(lang: str, key: str) -> str:
    """A text's words before its first placeholder."""
    return t(lang, key, facts="\x00", contacts="\x00", call="\x00", date="\x00").split("\x00")[0]


# 1. Not a PhD or postdoctoral staff member: the priority does not favour him, and why.
LESS_CHANCE = {
    "en": "Priority is for PhD or postdoc, I am senior staff, not postdoc. so I would have less chance?",
    "fr": "La priorité est pour les doctorants ou postdocs, je suis personnel senior, pas postdoc. donc "
          "j'aurais moins de chances ?",
    "nl": "Voorrang is voor doctorandi of postdocs, ik ben senior onderzoeker, geen postdoc. dus ik heb "
          "minder kans?",
    "it": "La priorità è per dottorandi o postdoc, sono ricercatore senior, non postdoc. quindi avrei meno "
          "possibilità?",
}
NOT_FAVOURED = {
    "en": "no, I am NOT a PhD and not a postdoc. I have my PhD since long time, I am senior researcher. So "
          "the priority does not favour me, correct?",
    "fr": "non, je ne suis PAS doctorant et pas postdoc. J'ai mon doctorat depuis longtemps, je suis "
          "chercheur senior. Donc la priorité ne me favorise pas, c'est bien ça ?",
    "nl": "nee, ik ben GEEN doctorandus en geen postdoc. Ik heb mijn doctoraat al lang, ik ben senior "
          "onderzoeker. Dus de voorrang begunstigt mij niet, klopt dat?",
    "it": "no, NON sono dottorando e non sono postdoc. Ho il mio dottorato da tanto tempo, sono ricercatore "
          "senior. Quindi la priorità non mi favorisce, giusto?",
}
WHY = {"en": "why? what did I tell you that makes me priority?",
       "fr": "pourquoi ? qu'est-ce que je vous ai dit qui me rend prioritaire ?",
       "nl": "waarom? wat heb ik gezegd waardoor ik voorrang heb?",
       "it": "perché? cosa Le ho detto che mi dà la priorità?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_senior_researcher_is_not_favoured_by_the_phd_priority(monkeypatch, lang):
    got = await _play(monkeypatch, lang, PORTO_2026, [
        (STILL_APPLY[lang], "check_eligibility"), (LESS_CHANCE[lang], "faq_who_can_apply"),
        (NOT_FAVOURED[lang], "check_eligibility"), (WHY[lang], "ask_why")], OPEN_TODAY)
    favours = _head(lang, "priority_yes")
    for reply in got.replies[1:]:
        assert favours not in reply and "✓" not in reply, reply
    assert got.slots.get("doctoral_or_postdoc_staff") is False, got.slots
    assert got.slots.get("role") == "staff"
    assert got.replies[1].startswith(t(lang, "priority_ranks_lower")), got.replies[1]
    assert "✗" in got.replies[1]
    assert got.replies[2].startswith(t(lang, "priority_ranks_lower_above")), got.replies[2]
    assert got.replies[3].startswith(_head(lang, "priority_why_lower")), got.replies[3]
    assert t(lang, "button_no") in got.replies[3]


@pytest.mark.parametrize(("text", "said"), [
    ("I have my PhD since long time", True), ("I got my PhD in 2010, I'm a senior scientist", False),
    ("I am doing my PhD", True), ("ik ben senior onderzoeker", False), ("sono ricercatore senior", False),
    ("je suis chercheur senior, j'ai mon doctorat depuis longtemps", False)])
def test_a_senior_post_is_no_doctoral_position_a_phd_held_alone_is(text, said):  # round 61: held
    from actions.doctoral import _position

    assert _position(text) is said


# 2. What to do now, after the ended call was said: the step and whom to write to.
WHAT_NOW = {"en": "ok. so what do I do now?", "fr": "ok. alors, que dois-je faire maintenant ?",
            "nl": "ok. wat moet ik nu doen?", "it": "ok. quindi cosa devo fare adesso?"}
CONCRETELY = {"en": "yes I understand it is closed. But what I should do now concretely, to go to Porto in "
                    "March?",
              "fr": "oui, j'ai compris que c'est fermé. Mais concrètement, que dois-je faire pour aller à "
                    "Porto en mars ?",
              "nl": "ja, ik begrijp dat het gesloten is. Maar wat moet ik nu concreet doen om in maart naar "
                    "Porto te gaan?",
              "it": "sì, ho capito che è chiuso. Ma concretamente cosa devo fare per andare a Porto a marzo?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_what_to_do_now_after_the_ended_call(monkeypatch, lang):
    got = await _play(monkeypatch, lang, PORTO_2027, [
        (STILL_APPLY[lang], "check_eligibility"), (WHAT_NOW[lang], "check_eligibility"),
        (CONCRETELY[lang], "check_eligibility")], CLOSED_TODAY)
    step = t(lang, "what_now_closed", contacts="\x00").split("\n")[0]
    for reply in got.replies[1:]:
        assert reply.startswith(step), reply
        assert "cmorantin@itg.be" in reply and "erasmusplusmobility@itg.be" in reply, reply


# 3. The summary of an ended call with no closing date of its own: the mobilities' last day, said as such.
WHO = {"en": "who must I contact for this?", "fr": "qui dois-je contacter pour cela ?",
       "nl": "wie moet ik hiervoor contacteren?", "it": "chi devo contattare per questo?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_summary_says_what_the_date_is(monkeypatch, lang):
    got = await _play(monkeypatch, lang, PORTO_2027, [
        (STILL_APPLY[lang], "check_eligibility"), (WHO[lang], "ask_contact")], CLOSED_TODAY)
    reply = got.replies[-1]
    assert _head(lang, "summary_next_call_mobility_end") in reply, reply
    assert _head(lang, "summary_next_call") not in reply, reply


# 4. The travel part and a rough daily figure asked together: each figure once, no other country's rates.
TRAVEL_AND_DAILY = {
    "en": "309 euro is only for the travel? and per day how much I would get, approximately?",
    "fr": "309 euros, c'est seulement pour le voyage ? et par jour, combien j'aurais, à peu près ?",
    "nl": "is 309 euro alleen voor de reis? en per dag hoeveel zou ik krijgen, ongeveer?",
    "it": "309 euro sono solo per il viaggio? e al giorno quanto prenderei, più o meno?",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_travel_and_a_rough_daily_figure_each_said_once(monkeypatch, lang):
    got = await _play(monkeypatch, lang, PORTO_2026, [
        (STILL_APPLY[lang], "check_eligibility"), (TRAVEL_AND_DAILY[lang], "ask_grant")], OPEN_TODAY)
    reply = got.replies[-1]
    assert reply.count("309") == 1, reply
    assert "180 / 160 / 140" not in reply and "70" in reply, reply


# 5. Whether green travel is in the call itself: the call data says it is not (the EU-wide rule).
GREEN_IN_CALL = {
    "en": "but you did not answer: is green travel written in the ITM call itself?",
    "fr": "mais vous n'avez pas répondu : le voyage vert est-il écrit dans l'appel de l'IMT lui-même ?",
    "nl": "maar u hebt niet geantwoord: staat groen reizen in de oproep van het ITG zelf?",
    "it": "ma non ha risposto: il viaggio verde è scritto nel bando dell'ITM stesso?",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_green_travel_in_the_call_itself(monkeypatch, lang):
    got = await _play(monkeypatch, lang, PORTO_2026, [
        (STILL_APPLY[lang], "check_eligibility"), (GREEN_IN_CALL[lang], "nlu_fallback")], OPEN_TODAY)
    reply = got.replies[-1]
    assert reply.startswith(_head(lang, "green_in_call_no")), reply
    assert "417" in reply and "309" in reply, reply
