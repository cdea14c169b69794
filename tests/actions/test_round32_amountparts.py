"""Round 33 money questions (r33-a, r33-b, r33-c, r33-e), through action_respond on tracker fixtures:

1. Whether the travel part is in the total shown ("les 1188 € de voyage sont compris dans les 3709 € ou
   c'est en plus ?") got "Not for sure: the amounts are indicative" and the amount block twice; now the total
   as the sum of its parts from the rules core's breakdown, and the guide total's own line says travel is
   included.
2. "Doesn't the EU have standard rates for Portugal?" got the amount block again; now that the EU sets ranges
   and national agencies the amounts, with the older undated Flemish table from the call data (never ITM's).
3. After an ended call, "ok dus hoeveel euro?" got the number of grants, "waarom ineens engels?? ...
   hoeveel geld per maand" the ECHE condition, "een ruwe schatting? ... voor portugal?" also "Portugal is
   allowed": now the amount.
4. "li ricevo tutti prima di partire o a rate?" got "how sure"; "cosa devo mandare entro il 18 gennaio?" the
   deadline: now when it is paid (the call does not say) and the documents."""
from __future__ import annotations

import pytest

from actions import i18n
from actions.i18n import t
from actions.profile import core
from tests.actions.conversation import converse
from tests.actions.test_round13 import ITM_OPEN, SIM_TODAY
from tests.actions.test_round13 import LUCCA_OPEN as LUCCA
from tests.actions.test_round25_answers import CAN_I_GO, NOT_SAID

DAKAR = {"call": "itm-2024", "role": "phd_student", "activity": "traineeship", "receiving_org": "ngo",
         "destination": "SN", "destination_city": "Dakar", "start_date": "2026-01-12",
         "end_date": "2026-04-10", "citizenship": ["BE"], "itm_staff_member": False, "goal": "eligibility"}
LISBON = {"call": "itm-2024", "role": "msc_student", "activity": "study", "receiving_org": "hei",
          "destination": "PT", "destination_city": "Lisbon", "start_date": "2026-02-02",
          "end_date": "2026-06-30", "citizenship": ["ES"], "goal": "eligibility"}
LISBON_THEN = {**LISBON, "activity": "traineeship", "citizenship": ["BE"], "start_date": "2026-03-01",
               "end_date": "2026-05-31", "hypothetical": True}
MUNICH = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship",
          "receiving_org": "enterprise", "destination": "DE", "destination_city": "Munich",
          "start_date": "2016-06-01", "end_date": "2016-09-30", "citizenship": ["IT"],
          "graduation_date": "2016-03-15", "prior_erasmus_months": 0.0, "goal": "eligibility"}


async def after_answer(monkeypatch, slots, lang, today, *messages):
    """The replies to `messages` after the person has had their answer."""
    replies = await converse(monkeypatch, {**slots, "language": lang},
                             [(CAN_I_GO[lang], "check_eligibility"), *messages], today)
    return replies[1:]


# 1. The travel part and the total.
INCLUDED_OR_ON_TOP = [
    ("fr", "D'accord. Et les 1188 € de voyage, ils sont compris dans les 3709 € ou c'est en plus ?",
     "faq_credit_transfer"),
    ("en", "Is the 1,188 for travel included in the 3,709, or is it on top?", "check_eligibility"),
    ("nl", "Zit de 1.188 euro reissteun al in de 3.709 euro, of komt die erbij?", "inform"),
    ("it", "I 1.188 euro del viaggio sono compresi nei 3.709 euro o sono in più?", "check_eligibility"),
]


def parts_sum(reply: str, lang: str) -> bool:
    parts = [i18n.fmt_eur(a, lang) for a in (1188, 2076.67, 445)]
    line = next((x for x in reply.splitlines() if "=" in x), "")
    return all(p in line for p in parts) and line.endswith(f"= {i18n.fmt_eur(3709.67, lang)}.")


@pytest.mark.parametrize(("lang", "text", "intent"), INCLUDED_OR_ON_TOP)
async def test_whether_travel_is_in_the_total_is_the_sum_of_its_parts(monkeypatch, lang, text, intent):
    reply, = await after_answer(monkeypatch, DAKAR, lang, ITM_OPEN, (text, intent))
    assert parts_sum(reply, lang), reply
    assert not reply.startswith(t(lang, "grant_sure_no", basis="")[:12]), reply
    assert not reply.startswith(t(lang, "answer_yes", answer="").strip()), reply  # either/or: no bare "Yes"
    assert reply.count(i18n.fmt_eur(3709.67, lang)) == 2, reply  # not the amount block again
    assert t(lang, "parts_guide", basis="")[:12] in reply, reply  # EU-wide guide rates, indicative


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Je ne comprends pas bien. Le total à titre indicatif, c'est 3709 € voyage inclus, oui ?"),
    ("en", "So the total of about 3,709 is with the travel included?"),
])
async def test_travel_included_asked_back_is_yes_with_the_sum(monkeypatch, lang, text):
    reply, = await after_answer(monkeypatch, DAKAR, lang, ITM_OPEN, (text, "check_eligibility"))
    assert reply.startswith(t(lang, "answer_yes", answer="").strip()), reply
    assert parts_sum(reply, lang), reply


async def test_the_travel_part_asked_for_sure_keeps_its_answer(monkeypatch):
    reply, = await after_answer(monkeypatch, DAKAR, "en", ITM_OPEN, ("Is the 1,188 for sure?", "inform"))
    assert reply.startswith(t("en", "grant_sure_travel", amount=i18n.fmt_eur(1188, "en"))[:30]), reply
    assert not parts_sum(reply, "en"), reply


async def test_a_top_up_for_a_group_is_no_parts_question(monkeypatch):
    text = ("Bon. Est-ce qu'il existe un complément en plus, genre pour les personnes avec moins "
            "d'opportunités ?")
    reply, = await after_answer(monkeypatch, DAKAR, "fr", ITM_OPEN, (text, "inform"))
    assert "250" in reply and not parts_sum(reply, "fr"), reply


INCLUDED_WORDS = {"en": "travel support included", "fr": "soutien au voyage compris",
                  "nl": "reissteun inbegrepen", "it": "contributo di viaggio compreso"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_guide_total_says_it_includes_the_travel_support(monkeypatch, lang):
    replies = await converse(monkeypatch, {**DAKAR, "language": lang},
                             [(CAN_I_GO[lang], "check_eligibility")], ITM_OPEN)
    line = next(x for x in replies[0].splitlines() if i18n.fmt_eur(3709.67, lang) in x)
    assert INCLUDED_WORDS[lang] in line, line


# 2. EU-wide standard rates asked for where ITM's amounts are not published.
def student_note(lang: str) -> str:
    comp = next(c for c in core().get_call("itm-2024").grant.components
                if c.kind == "unpublished" and "msc_student" in (c.applies_to.roles or []))
    return comp.params["note"][lang]


EU_RATES = [
    ("en", "really? doesnt the EU have standard rates for portugal? my friend got like 300 something a month",
     "ask_grant"),
    ("fr", "Vraiment ? L'UE n'a pas de taux standards pour le Portugal ? Une amie a touché 300 et "
           "quelques par mois.", "ask_grant"),
    ("nl", "je herhaalt jezelf he. de EU heeft toch richtbedragen per landengroep? welke groep is portugal "
           "en wat is dat bedrag ongeveer", "ask_grant"),
    ("it", "Davvero? L'UE non ha tariffe standard per il Portogallo? Una mia amica prendeva 300 e "
           "qualcosa al mese.", "inform"),
]


@pytest.mark.parametrize(("lang", "text", "intent"), EU_RATES)
async def test_eu_standard_rates_asked_get_the_older_flemish_table_as_such(monkeypatch, lang, text, intent):
    reply, = await after_answer(monkeypatch, LISBON, lang, ITM_OPEN, (text, intent))
    assert reply.startswith(t(lang, "no_figure_own", basis="")[:20]), reply
    assert student_note(lang) in reply and "419 / 369 / 319" in reply, reply
    assert "erasmusplusmobility@itg.be" in reply, reply
    assert t(lang, "grant_unknown", basis="")[:15] not in reply, reply  # not the amount block again


def test_the_flemish_table_is_sourced_and_not_itms():
    comp = next(c for c in core().get_call("itm-2024").grant.components
                if c.kind == "unpublished" and "phd_student" in (c.applies_to.roles or []))
    assert comp.confidence == "low" and "Long-term student mobility" in comp.reference
    assert "undated" in comp.params["note"]["en"] and "not ITM's amounts" in comp.params["note"]["en"]


async def test_the_table_said_once_then_where_it_is(monkeypatch):
    first, again = await after_answer(
        monkeypatch, LISBON, "en", ITM_OPEN,
        ("how much would i get per month more or less? even a ballpark is fine", "ask_grant"),
        ("really? doesnt the EU have standard rates for portugal?", "ask_grant"))
    assert student_note("en") in first and student_note("en") not in again, again
    assert t("en", "no_figure_note_above") in again, again


async def test_a_ballpark_where_a_guide_figure_exists_gets_the_figure(monkeypatch):
    reply, = await after_answer(monkeypatch, DAKAR, "en", ITM_OPEN,
                                ("And roughly how much per month? Even a ballpark?", "ask_grant"))
    assert student_note("en") not in reply and "700" in reply, reply


# 3. An ended call's case: money questions get the amount answer.
HOW_MUCH = [("nl", "ok dus hoeveel euro?"), ("en", "ok so how much money?"),
            ("fr", "ok donc combien d'euros ?"), ("it", "ok quindi quanti euro?")]
ANNEX_2 = {"en": "Annex 2", "fr": "annexe 2", "nl": "bijlage 2", "it": "allegato 2"}


@pytest.mark.parametrize(("lang", "text"), HOW_MUCH)
async def test_how_much_read_as_how_many_grants_gets_the_amount(monkeypatch, lang, text):
    reply, = await after_answer(monkeypatch, LISBON_THEN, lang, SIM_TODAY, (text, "faq_grant_count"))
    assert ANNEX_2[lang] in reply and "10" not in reply, reply


async def test_how_many_grants_keeps_the_number_of_grants(monkeypatch):
    reply, = await after_answer(monkeypatch, LISBON_THEN, "nl", SIM_TODAY,
                                ("hoeveel beurzen zijn er eigenlijk?", "faq_grant_count"))
    assert "10" in reply and "8" in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "waarom ineens engels?? en nee ik bedoel hoeveel geld per maand zou ik gekregen hebben, niet "
           "hoeveel beurzen"),
    ("en", "why english?? and no, i mean how much money per month would i have got, not how many grants"),
])
async def test_a_why_beside_the_amount_asked_gets_the_amount(monkeypatch, lang, text):
    reply, = await after_answer(monkeypatch, LISBON_THEN, lang, SIM_TODAY, (text, "faq_grant_count"))
    assert ANNEX_2[lang] in reply, reply
    assert t(lang, "why_conditions")[:20] not in reply, reply


async def test_a_rough_estimate_for_the_country_gets_no_destination_check(monkeypatch):
    text = ("ok snap ik. maar heb je zelfs geen ruwe schatting? zoiets als wat de EU normaal geeft voor "
            "portugal?")
    reply, = await after_answer(monkeypatch, LISBON_THEN, "nl", SIM_TODAY, (text, "inform"))
    assert student_note("nl") in reply, reply
    assert "hoort bij" not in reply and reply.count(ANNEX_2["nl"]) <= 2, reply


async def test_a_why_alone_still_gets_the_conditions(monkeypatch):
    reply, = await after_answer(monkeypatch, LISBON_THEN, "en", SIM_TODAY, ("why?", "ask_why"))
    assert t("en", "why_conditions")[:20] in reply, reply


# 4. Lucca: when the grant is paid; what to send by the deadline.
PAID_WHEN = [
    ("it", "Va bene. E i 1.720 euro li ricevo tutti prima di partire o a rate?"),
    ("fr", "Et les 1720 €, je les reçois tous avant de partir ou en plusieurs fois ?"),
    ("nl", "En die 1.720 euro, krijg ik ze allemaal vooraf of in schijven?"),
    ("en", "And the 1,720 euros, do I get them all before I leave or in instalments?"),
]


@pytest.mark.parametrize(("lang", "text"), PAID_WHEN)
async def test_when_the_amount_is_received_is_not_in_the_call(monkeypatch, lang, text):
    reply, = await after_answer(monkeypatch, MUNICH, lang, LUCCA, (text, "check_eligibility"))
    assert NOT_SAID[lang] in reply, reply
    assert t(lang, "grant_sure_no", basis="")[:12] not in reply, reply


async def test_the_amount_asked_for_sure_keeps_how_sure(monkeypatch):
    reply, = await after_answer(monkeypatch, MUNICH, "it", LUCCA,
                                ("Quindi i 1.720 euro sono sicuri?", "inform"))
    assert reply.startswith(t("it", "grant_sure_no", basis="")[:12]), reply


SEND_BY = [
    ("it", "D'accordo. Cosa devo mandare per la candidatura entro il 18 gennaio?"),
    ("en", "OK. What do I have to send for the application by 18 January?"),
    ("fr", "D'accord. Que dois-je envoyer pour la candidature avant le 18 janvier ?"),
    ("nl", "Oké. Wat moet ik opsturen voor de aanvraag tegen 18 januari?"),
]


@pytest.mark.parametrize(("lang", "text"), SEND_BY)
async def test_what_to_send_by_the_deadline_gets_the_documents(monkeypatch, lang, text):
    reply, = await after_answer(monkeypatch, MUNICH, lang, LUCCA, (text, "faq_application"))
    assert "4326565" in reply, reply  # the application documents topic (how to submit the form)
    assert t(lang, "deadline_application", date="")[:15] not in reply, reply


async def test_whether_a_date_of_applying_is_in_time_keeps_its_answer(monkeypatch):
    reply, = await after_answer(monkeypatch, MUNICH, "it", LUCCA,
                                ("Posso mandare la candidatura il 20 gennaio?", "faq_application"))
    assert t("it", "asked_too_late", when=i18n.fmt_date("2016-01-20", "it")) in reply, reply
