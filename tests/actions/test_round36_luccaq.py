"""Round 36 simulated user (r36-e): an IMT Lucca PhD student from Spain, a study period in Barcelona.

1. "im spanish tho, is going to my own country allowed?" got no answer, "is spain ok since im spanish?" and
   "where does it say that in the lucca call" the destination's country group: now "Yes: allowed", that it
   ranks lower (the call's Selection Criteria prefer students not going to their home country) and the call's
   own sentence with its section and the call's name; ITM, which excludes it, keeps its "No".
2. "is that really in the IMT Lucca rules?", "is it in the lucca call or not? yes or no pls" got "No: not
   every priority favours you": now "Yes" and the call's own sentence.
3. "does somebody have to sign off on this?" got "I can't know that from here; ask: your supervisor",
   "so only supervisor? nobody else?" the supervisor alone: now every authorisation of the plan (the
   supervisor and, beyond 3 months, the Scientific Board).
4. "and if i did only march to may, would i skip the board thing?" got the 120-day Board condition: now the
   case is run (90 days: no Board, 690 EUR), never stored.
5. "so its 920 right?" got "Not for sure" and the whole source paragraph: now "Yes" in a line.
6. "is that the deadline for everyone or just bc i start in march? and does the agrement with UB need to
   exist before i apply" got the date alone: now the same date for everyone, and the agreement's timing in
   the call's words (before the mobility, not by the day one applies)."""
from __future__ import annotations

import pytest

from actions.i18n import fmt_eur, t
from rules_core import source_label
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, LUCCA_OPEN
from tests.actions.test_round25_answers import CAN_I_GO

LANGS = ("en", "fr", "nl", "it")
BARCELONA = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "study",
             "destination": "ES", "destination_city": "Barcelona", "receiving_org": "hei",
             "citizenship": ["ES"], "start_date": "2016-03-01", "end_date": "2016-06-30",
             "prior_erasmus_months": 0.0}
# A French PhD student going to Barcelona: Spain is no country of hers.
FRENCH = {**BARCELONA, "citizenship": ["FR"]}
# ITM: a Belgian staff member going to Belgium's neighbour; his own country is excluded by the call.
STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "destination": "ES",
         "destination_city": "Madrid", "citizenship": ["BE"], "start_date": "2026-03-16",
         "end_date": "2026-03-20", "receiving_org": "hei", "receiving_org_has_eche": True,
         "goal": "eligibility"}
CALL_WORDS = "students whose mobility is not towards their home country"
SECTION = "Selection Criteria"


def _opening(lang: str, key: str, **params: str) -> str:
    return t(lang, key, **params).split(":")[0]


async def _after_answer(monkeypatch, slots: dict, lang: str, *texts: str,
                        today: str = LUCCA_OPEN) -> list[str]:
    """The replies to `texts`, said after "so can I go?" got its answer."""
    messages = [(CAN_I_GO[lang], "check_eligibility"), *[(text, "inform") for text in texts]]
    return (await converse(monkeypatch, {**slots, "language": lang}, messages, today))[1:]


# 1. Going to one's own country.
OWN_COUNTRY = [
    ("en", "im spanish tho, is going to my own country allowed?"),
    ("en", "but you didnt answer, is spain ok since im spanish?"),
    ("fr", "je suis espagnol, est-ce que partir dans mon propre pays est autorisé ?"),
    ("nl", "ik ben Spaans, mag ik wel naar mijn eigen land?"),
    ("it", "sono spagnolo, andare nel mio paese è consentito?"),
]


@pytest.mark.parametrize(("lang", "text"), OWN_COUNTRY)
async def test_going_to_ones_own_country_is_allowed_and_ranks_lower(monkeypatch, lang, text):
    [reply] = await _after_answer(monkeypatch, BARCELONA, lang, text)
    first = reply.splitlines()[0]
    assert first.startswith(_opening(lang, "home_allowed", country="")), reply
    assert t(lang, "home_ranks_lower") in reply, reply
    # the call's words as written (English), its heading in the reply language
    assert CALL_WORDS in reply and source_label("imt-lucca-2015", SECTION, lang) in reply, reply
    assert "Group 2" not in reply and "groupe 2" not in reply.lower(), reply


async def test_the_first_message_gets_its_own_country_answer(monkeypatch):
    text = ("hi, im a phd student at IMT Lucca and i'd like to do a study period at Universitat de Barcelona "
            "march to june 2016. im spanish tho, is going to my own country allowed?")
    [reply] = await converse(monkeypatch, {"language": "en"}, [(text, "inform")], LUCCA_OPEN)
    assert reply.startswith(_opening("en", "home_allowed", country="")), reply
    assert CALL_WORDS in reply, reply


async def test_itm_keeps_its_no_for_ones_own_country(monkeypatch):
    # The ITM call does not fund a stay in a country of one's nationality: "No" with that check.
    [reply] = await _after_answer(monkeypatch, STAFF, "en", "can I go to my own country instead?",
                                  today=ITM_OPEN)
    assert reply.startswith(t("en", "answer_no", answer="")), reply


async def test_is_spain_in_the_programme_keeps_its_group_answer(monkeypatch):
    # No nationality named: the destination's place in the programme, as before.
    [reply] = await _after_answer(monkeypatch, FRENCH, "en", "is spain ok?")
    assert "(group 2, medium living costs)" in reply, reply
    assert t("en", "home_ranks_lower") not in reply, reply


# 1b and 2. Where it is written: "Yes", the call's own sentence, its section and the call's name.
WHERE_WRITTEN = [
    ("en", "wait, ranks lower? so being spanish going to spain puts me behind other ppl? where does it say "
           "that in the lucca call"),
    ("en", "the thing about preference for students not going to their home country, is that really in the "
           "IMT Lucca rules?"),
    ("en", "this list doesnt say anything about home country preference. so is it in the lucca call or not? "
           "yes or no pls"),
    ("en", "can you quote me exactly what the lucca call says about going to your home country?"),
    ("fr", "cette préférence pour ceux qui ne vont pas dans leur pays d'origine, c'est vraiment dans "
           "l'appel ?"),
    ("nl", "die voorkeur voor wie niet naar zijn thuisland gaat, waar staat dat in de oproep?"),
    ("it", "questa preferenza per chi non va nel proprio paese d'origine, dove c'è scritto nel bando?"),
]


@pytest.mark.parametrize(("lang", "text"), WHERE_WRITTEN)
async def test_where_the_home_country_priority_is_written(monkeypatch, lang, text):
    [reply] = await _after_answer(monkeypatch, BARCELONA, lang, text)
    assert reply.startswith(t(lang, "answer_yes", answer="").rstrip()), reply
    assert "Preference will be given to" in reply and CALL_WORDS in reply, reply
    assert source_label("imt-lucca-2015", SECTION, lang) in reply and "IMT Lucca" in reply, reply
    assert t(lang, "home_ranks_lower") in reply, reply


async def test_which_call_the_criterion_is_from_names_the_lucca_call(monkeypatch):
    _, reply = await _after_answer(
        monkeypatch, BARCELONA, "en", "is that really in the IMT Lucca rules, the home country thing?",
        "ok but is that selection criteria from the imt lucca call or from the other university?")
    assert "IMT Lucca" in reply and CALL_WORDS in reply, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_do_i_get_priority_keeps_its_no(monkeypatch, lang):
    question = {"en": "Do I get priority?", "fr": "Est-ce que je suis prioritaire ?",
                "nl": "Krijg ik voorrang?", "it": "Ho la priorità?"}[lang]
    [reply] = await _after_answer(monkeypatch, BARCELONA, lang, question)
    assert not reply.startswith(t(lang, "answer_yes", answer="").rstrip()), reply


# 3. Who must sign off.
SIGN_OFF = {"en": "does somebody have to sign off on this? like my supervisor or someone",
            "fr": "est-ce que quelqu'un doit signer ou approuver mon séjour ?",
            "nl": "moet iemand dit goedkeuren, mijn promotor bijvoorbeeld?",
            "it": "qualcuno deve firmare o autorizzare il mio periodo all'estero?"}
ONLY = {"en": "so only supervisor? nobody else?",
        "fr": "donc seulement mon directeur de thèse ? personne d'autre ?",
        "nl": "dus alleen mijn promotor? niemand anders?", "it": "quindi solo il mio relatore? nessun altro?"}
BOARD = {"en": "Scientific Board", "fr": "Conseil scientifique", "nl": "Wetenschappelijke Raad",
         "it": "Consiglio Scientifico"}


@pytest.mark.parametrize("lang", LANGS)
async def test_every_authorisation_is_listed_yes_first(monkeypatch, lang):
    [reply] = await _after_answer(monkeypatch, BARCELONA, lang, SIGN_OFF[lang])
    assert reply.startswith(t(lang, "signoff_yes")), reply
    assert BOARD[lang] in reply and len(reply.splitlines()) == 3, reply


@pytest.mark.parametrize("lang", LANGS)
async def test_only_the_supervisor_is_no_with_the_board(monkeypatch, lang):
    [reply] = await _after_answer(monkeypatch, BARCELONA, lang, ONLY[lang])
    assert reply.startswith(_opening(lang, "signoff_not_only", named="")[:8]), reply
    assert BOARD[lang] in reply, reply


async def test_ninety_days_need_the_supervisor_only(monkeypatch):
    ninety = {**BARCELONA, "end_date": "2016-05-31"}
    [reply] = await _after_answer(monkeypatch, ninety, "en", SIGN_OFF["en"])
    assert reply.startswith(t("en", "signoff_one")), reply
    assert "Scientific Board" not in reply, reply


async def test_do_i_need_the_board_keeps_its_yes(monkeypatch):
    text = "earlier you said something about a scientific board too. do i need them or not?"
    [reply] = await _after_answer(monkeypatch, BARCELONA, "en", text)
    assert reply.startswith("Yes: Your period of 120 days"), reply


# 4. A case in the past tense with "would".
SHORTER = {"en": "ok. and if i did only march to may, would i skip the board thing? how much would that be",
           "fr": "et si je faisais seulement de mars à mai, est-ce que j'éviterais le conseil scientifique ?",
           "nl": "en als ik alleen maart tot mei deed, zou ik de wetenschappelijke raad niet nodig hebben?",
           "it": "e se facessi solo da marzo a maggio, eviterei il consiglio scientifico?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_march_to_may_if_i_did_is_a_case(monkeypatch, lang):
    [reply] = await _after_answer(monkeypatch, BARCELONA, lang, SHORTER[lang])
    assert t(lang, "what_if_facts", facts="").rstrip(" :")[:20] in reply, reply
    assert fmt_eur(690, lang) in reply, reply


async def test_skipping_the_board_is_yes(monkeypatch):
    [reply] = await _after_answer(monkeypatch, BARCELONA, "en", SHORTER["en"])
    assert reply.startswith(t("en", "answer_yes", answer="").rstrip()), reply


async def test_an_earlier_erasmus_said_with_did_stays_the_past(monkeypatch):
    replies = await converse(monkeypatch, {**BARCELONA, "language": "en", "prior_erasmus_months": None}, [
        ("I did 3 months of Erasmus in Lyon during my master, does that count?", "inform")], LUCCA_OPEN)
    assert t("en", "what_if_facts", facts="")[:20] not in replies[0], replies


# 5. The estimate said back (with a date of the stay too, the recap checks it: actions/recap.py).
SAID_BACK = {"en": "nah i'll stick with till end of june. so its 920 right?",
             "fr": "d'accord. donc 920 €, c'est ça ?",
             "nl": "oké. dus 920 euro, klopt dat?",
             "it": "va bene. quindi 920 euro, giusto?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_estimate_said_back_is_yes_in_a_line(monkeypatch, lang):
    [reply] = await _after_answer(monkeypatch, BARCELONA, lang, SAID_BACK[lang])
    assert reply.startswith(t(lang, "answer_yes", answer="").rstrip()), reply
    assert fmt_eur(920, lang) in reply and len(reply.splitlines()) <= 2, reply
    assert "INDIRE" not in reply, reply


async def test_for_sure_keeps_its_not_for_sure(monkeypatch):
    [reply] = await _after_answer(monkeypatch, BARCELONA, "en", "so 920 for sure?")
    assert reply.startswith(t("en", "grant_sure_no", basis="")[:12]), reply


async def test_a_wrong_amount_is_no_yes(monkeypatch):
    [reply] = await _after_answer(monkeypatch, BARCELONA, "en", "so its 950 right?")
    assert not reply.startswith("Yes"), reply


# 6. One closing date for everyone, and the agreement's timing.
EVERYONE = {
    "en": "18 jan is super close. is that the deadline for everyone or just bc i start in march? and does "
          "the agrement with UB need to exist before i apply",
    "fr": "le 18 janvier c'est tout près. c'est la date limite pour tout le monde ou juste pour moi ? et "
          "l'accord avec l'université doit exister avant de postuler ?",
    "nl": "18 januari is heel dichtbij. is dat de deadline voor iedereen of alleen voor mij? en moet de "
          "overeenkomst met de universiteit er zijn voordat ik aanvraag?",
    "it": "il 18 gennaio è vicinissimo. è la scadenza per tutti o solo per me? e l'accordo con l'università "
          "deve esistere prima di candidarmi?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_deadline_is_the_same_for_everyone_and_the_agreement_before_leaving(monkeypatch, lang):
    [reply] = await _after_answer(monkeypatch, BARCELONA, lang, EVERYONE[lang])
    assert reply.startswith(_opening(lang, "deadline_same_for_all", date="")), reply
    assert _opening(lang, "condition_before_mobility_apply", text="", source="") in reply, reply


AGREEMENT_WHEN = {
    "en": "and the agreement? does it have to be there before i apply or just before i leave",
    "fr": "et l'accord ? il doit exister avant de postuler ou juste avant de partir ?",
    "nl": "en de overeenkomst? moet die er zijn voordat ik aanvraag of pas voor ik vertrek?",
    "it": "e l'accordo? deve esserci prima della domanda o solo prima di partire?"}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_agreement_is_due_before_the_mobility_in_the_calls_words(monkeypatch, lang):
    [reply] = await _after_answer(monkeypatch, BARCELONA, lang, AGREEMENT_WHEN[lang])
    assert reply.startswith(_opening(lang, "condition_before_mobility_apply", text="", source="")), reply
    assert "prior inter-institutional agreements" in reply and len(reply.splitlines()) == 1, reply


async def test_the_boards_timing_stays_unsaid(monkeypatch):
    [reply] = await _after_answer(monkeypatch, BARCELONA, "en",
                                  "must the Scientific Board approve before the deadline or after?")
    assert "does not say how the Scientific Board" in reply, reply


async def test_itm_dates_are_counted_from_each_departure(monkeypatch):
    [reply] = await _after_answer(monkeypatch, STAFF, "en", "is that deadline the same for everyone?",
                                  today=ITM_OPEN)
    assert reply.startswith(_opening("en", "deadline_per_departure")), reply
