"""Round 29 of simulated users: questions that check something back, the meaning of the virtual part, a host's
ECHE the assistant cannot know, and one line twice in a reply.

1. "So in total it's around 1290 euros for the three months, right? And is it paid in one go or in
   instalments?" got "I can't find the answer" for both; "Quindi ricapitolando, i circa 553 euro sarebbero per
   tutta la settimana, e il viaggio lo pago io a parte?" the whole recap; "quindi niente contributo per il
   biglietto aereo, giusto?" the travel note a third time, with no yes or no. Now: yes or no first, with the
   rules core's figures, and each other question its answer.
2. "cosa sarebbe esattamente la parte virtuale?" got "Sì: ... obbligatoria": now what the call says it is.
3. "la Complutense ha questa carta ECHE? Lei lo sa?" got the condition again: now "I can't know that from
   here" first, then who can confirm.
4. One reply carried "📧 Prossimo passo, come sopra: …" and "- Sostegno individuale … 553,00 €" twice.
Played through action_respond (tests/actions/conversation.py converse), in four languages, with the
nearby cases that keep their answer."""
from __future__ import annotations

from typing import Any

import pytest

from actions.i18n import t
from tests.actions.answered import no_cant_find
from tests.actions.conversation import converse

LUCCA_OPEN, ITM_OPEN = "2016-01-10", "2025-10-01"
MUNICH = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility", "activity": "traineeship",
          "destination": "DE", "destination_city": "Munich", "receiving_org": "enterprise",
          "citizenship": ["GR"], "start_date": "2016-06-01", "end_date": "2016-08-31",
          "prior_erasmus_months": 6.0, "supervisor_authorised": True}
MADRID = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "short_term_blended",
          "destination": "ES", "destination_city": "Madrid", "receiving_org": "hei", "citizenship": ["IT"],
          "start_date": "2026-05-11", "end_date": "2026-05-17"}
STOCKHOLM = {"call": "itm-2024", "role": "staff", "goal": "eligibility", "activity": "staff_training",
             "destination": "SE", "destination_city": "Stockholm", "receiving_org": "hei",
             "citizenship": ["BE"], "start_date": "2026-04-20", "end_date": "2026-04-24",
             "receiving_org_has_eche": True}
HOW_MUCH = {"en": "How much would I get?", "fr": "Combien est-ce que je toucherais ?",
            "nl": "Hoeveel zou ik krijgen?", "it": "Quanto riceverei?"}


async def after_amount(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], lang: str, text: str,
                       intent: str, today: str) -> str:
    replies = await converse(monkeypatch, {**slots, "language": lang},
                             [(HOW_MUCH[lang], "ask_grant"), (text, intent)], today)
    return replies[1]


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


# 1a. The total checked back with "right?", and the other question of the message.
TOTAL_RIGHT = [
    ("en", "Shame, but ok. So in total it's around 1290 euros for the three months, right? And is the "
           "traineeship money paid in one go or in instalments?"),
    ("fr", "Dommage, mais d'accord. Donc au total c'est environ 1290 euros pour les trois mois, c'est bien "
           "ça ? Et la bourse est versée en une fois ou en plusieurs tranches ?"),
    ("nl", "Jammer, maar oké. Dus in totaal is het ongeveer 1290 euro voor de drie maanden, klopt dat? En "
           "wordt de beurs in één keer of in schijven uitbetaald?"),
    ("it", "Peccato, ma va bene. Quindi in totale sono circa 1290 euro per i tre mesi, giusto? E la borsa "
           "viene pagata in una volta o a rate?"),
]
PAID = {"en": "when the grant is paid", "fr": "le moment où la bourse est versée",
        "nl": "wanneer de beurs wordt uitbetaald", "it": "quando viene pagata la borsa"}


@pytest.mark.parametrize("intent", ["ask_grant", "nlu_fallback"])
@pytest.mark.parametrize(("lang", "text"), TOTAL_RIGHT)
async def test_the_total_checked_back_gets_yes_and_the_payment_its_answer(monkeypatch, lang, text, intent):
    reply = await after_amount(monkeypatch, MUNICH, lang, text, intent, LUCCA_OPEN)
    first = reply.splitlines()[0]
    assert first.startswith(t(lang, "answer_yes", answer="")), reply
    assert "1290" in digits(first) and "430" in first, reply  # the rules core's estimate and its parts
    assert t(lang, "grant_indicative").strip() in reply, reply
    assert PAID[lang] in reply and "erasmus@imtlucca.it" in reply, reply  # the call does not say; who knows
    no_cant_find(reply)


WRONG_TOTAL = {"en": "Is it 1500 euros for the three months?", "fr": "C'est 1500 euros pour les trois mois ?",
               "nl": "Is het 1500 euro voor de drie maanden?", "it": "Sono 1500 euro per i tre mesi?"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_wrong_total_gets_no_with_the_estimate(monkeypatch, lang):
    reply = await after_amount(monkeypatch, MUNICH, lang, WRONG_TOTAL[lang], "ask_grant", LUCCA_OPEN)
    assert reply.startswith(t(lang, "answer_no", answer="")), reply
    assert "1290" in digits(reply.splitlines()[0]), reply


RATE_RIGHT = {"en": "So it's 430 euros per month, right?",
              "fr": "Donc c'est 430 euros par mois, c'est ça ?",
              "nl": "Dus het is 430 euro per maand, klopt dat?",
              "it": "Quindi sono 430 euro al mese, giusto?"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_monthly_rate_checked_back_is_the_rate(monkeypatch, lang):
    reply = await after_amount(monkeypatch, MUNICH, lang, RATE_RIGHT[lang], "ask_grant", LUCCA_OPEN)
    assert reply.startswith(t(lang, "answer_yes", answer="")), reply
    assert "1290" in digits(reply.splitlines()[0]), reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Is 1290 for the whole three months?"),
    ("nl", "En de 430 euro, is dat voor de hele stage?"),
])
async def test_the_whole_stay_questions_keep_their_answer(monkeypatch, lang, text):
    reply = await after_amount(monkeypatch, MUNICH, lang, text, "ask_grant", LUCCA_OPEN)
    key = "answer_no" if "430" in text else "answer_yes"
    assert reply.startswith(t(lang, key, answer="")), reply
    assert "1290" in digits(reply), reply


RECAP_REQUEST = {"en": "Can you give me a recap?", "fr": "Tu peux me faire un résumé ?",
                 "nl": "Kunt u het even samenvatten?", "it": "Mi fa un riepilogo?"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_a_summary_asked_for_is_still_the_summary(monkeypatch, lang):
    reply = await after_amount(monkeypatch, MUNICH, lang, RECAP_REQUEST[lang], "inform", LUCCA_OPEN)
    assert reply.startswith(t(lang, "summary_short", outcome=t(lang, "outcome_eligible"))[:8]), reply


# 1b. The person's own recap of an amount, with the travel asked in the same sentence.
WEEK_AND_TRAVEL = [
    ("it", "Perfetto. Quindi ricapitolando, i circa 553 euro sarebbero per tutta la settimana, e il viaggio "
           "lo pago io a parte?"),
    ("en", "Perfect. So, to recap, the roughly 553 euros are for the whole week, and I pay the travel "
           "myself?"),
    ("fr", "Parfait. Donc pour résumer, les 553 euros environ sont pour toute la semaine, et le voyage je le "
           "paie moi-même ?"),
    ("nl", "Perfect. Dus samengevat, de ongeveer 553 euro is voor de hele week, en de reis betaal ik zelf?"),
]


@pytest.mark.parametrize("intent", ["ask_grant", "inform"])
@pytest.mark.parametrize(("lang", "text"), WEEK_AND_TRAVEL)
async def test_the_own_recap_gets_yes_and_the_travel_not_for_sure(monkeypatch, lang, text, intent):
    reply = await after_amount(monkeypatch, MADRID, lang, text, intent, ITM_OPEN)
    lines = reply.splitlines()
    assert lines[0].startswith(t(lang, "answer_yes", answer="")) and "553" in lines[0], reply
    assert "79" in lines[0], reply  # the EU guide rate the estimate comes from, marked as such
    assert any(line.startswith(t(lang, "travel_not_sure", answer="")) for line in lines), reply
    assert t(lang, "summary_short_provided") not in reply, reply  # no recap of the whole answer


NO_TRAVEL_RIGHT = [
    ("it", "Sì ma il viaggio? Madrid è in Spagna, quindi niente contributo per il biglietto aereo, giusto?"),
    ("en", "And the travel? Madrid is in Spain, so no travel grant for the flight, right?"),
    ("fr", "Et le voyage ? Madrid est en Espagne, donc pas d'aide au voyage pour le billet d'avion, c'est "
           "ça ?"),
    ("nl", "En de reis? Madrid ligt in Spanje, dus geen reisbeurs voor het vliegticket, klopt dat?"),
]


@pytest.mark.parametrize(("lang", "text"), NO_TRAVEL_RIGHT)
async def test_no_travel_support_checked_back_is_not_for_sure(monkeypatch, lang, text):
    reply = await after_amount(monkeypatch, MADRID, lang, text, "ask_grant", ITM_OPEN)
    assert reply.startswith(t(lang, "travel_not_sure", answer="")), reply
    assert "erasmusplusmobility@itg.be" in reply, reply


TRAVEL_ASKED = {"en": "And for the travel, do I get a contribution?",
                "it": "E per il viaggio ricevo un contributo?"}


@pytest.mark.parametrize("lang", ["en", "it"])
async def test_travel_asked_keeps_its_answer(monkeypatch, lang):
    reply = await after_amount(monkeypatch, MADRID, lang, TRAVEL_ASKED[lang], "ask_grant", ITM_OPEN)
    assert not reply.startswith(t(lang, "travel_not_sure", answer="")), reply
    assert "Annex 2" in reply or "allegato 2" in reply, reply


async def test_a_known_travel_amount_is_no_to_none_and_a_known_zero_yes(monkeypatch):
    staff = await after_amount(monkeypatch, STOCKHOLM, "en", "So no travel support for me, right?",
                               "ask_grant", ITM_OPEN)
    assert staff.startswith("No: there is €309.00 of travel support"), staff
    phd = await after_amount(monkeypatch, MUNICH, "en", "So no travel support, right?", "ask_grant",
                             LUCCA_OPEN)
    assert phd.startswith("Yes: no separate travel support"), phd


# 2. "What is the virtual part exactly?": what the call says it is, and what it does not say.
VIRTUAL_WHAT = [
    ("it", "Sono italiana. Ma mi scusi, cosa sarebbe esattamente la parte virtuale? Non mi è chiaro cosa "
           "devo fare online.", "in cosa consiste la parte virtuale"),
    ("en", "Sorry, what is the virtual part exactly? I don't understand what I have to do online.",
     "what the virtual part consists of"),
    ("fr", "Pardon, qu'est-ce que la partie virtuelle, exactement ? Je ne comprends pas ce que je dois faire "
           "en ligne.", "en quoi consiste la partie virtuelle"),
    ("nl", "Sorry, wat is het virtuele deel precies? Het is me niet duidelijk wat ik online moet doen.",
     "waaruit het virtuele deel bestaat"),
]


@pytest.mark.parametrize("intent", ["inform", "nlu_fallback"])
@pytest.mark.parametrize(("lang", "text", "not_said"), VIRTUAL_WHAT)
async def test_what_the_virtual_part_is(monkeypatch, lang, text, not_said, intent):
    slots = {k: v for k, v in MADRID.items() if k != "citizenship"} if lang == "it" else MADRID
    reply = await after_amount(monkeypatch, slots, lang, text, intent, ITM_OPEN)
    assert not reply.startswith(t(lang, "answer_yes", answer="")), reply
    assert "3 ECTS" in reply and "5" in reply and "30" in reply, reply
    assert not_said in reply and "erasmusplusmobility@itg.be" in reply, reply  # what it does not say; who


REQUIRED = {"en": "Is the virtual part compulsory?", "fr": "La partie virtuelle est obligatoire ?",
            "nl": "Is het virtuele deel verplicht?", "it": "La parte virtuale è obbligatoria?"}


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_is_the_virtual_part_required_keeps_its_yes(monkeypatch, lang):
    reply = await after_amount(monkeypatch, MADRID, lang, REQUIRED[lang], "inform", ITM_OPEN)
    assert reply.startswith(t(lang, "answer_yes", answer="")), reply


# 3. Whether the host holds an ECHE: not known here, and who can confirm.
HOST_ECHE = [
    ("it", "Un'ultima cosa: la Complutense ha questa carta ECHE? Lei lo sa?"),
    ("it", "La Complutense ha la carta ECHE?"),
    ("en", "One last thing: does the Complutense have an ECHE? Do you know?"),
    ("en", "Do you know if the Complutense has an ECHE?"),
    ("fr", "Une dernière chose : la Complutense a-t-elle la charte ECHE ? Vous le savez ?"),
    ("nl", "Nog één ding: heeft de Complutense een ECHE? Weet u dat?"),
]


@pytest.mark.parametrize("intent", ["faq_receiving_org", "inform"])
@pytest.mark.parametrize(("lang", "text"), HOST_ECHE)
async def test_the_host_eche_cannot_be_known_here(monkeypatch, lang, text, intent):
    reply = await after_amount(monkeypatch, MADRID, lang, text, intent, ITM_OPEN)
    opening = t(lang, "condition_not_known", who="\0", reason="").split("\0")[0]
    assert reply.startswith(opening), reply
    assert "erasmusplusmobility@itg.be" in reply and "ECHE" in reply, reply


HOW_CHECK = {"en": "How can I check if the Complutense has an ECHE?",
             "it": "Come faccio a sapere se la Complutense ha la carta ECHE?"}


@pytest.mark.parametrize("lang", ["en", "it"])
async def test_how_to_check_the_eche_keeps_its_answer(monkeypatch, lang):
    reply = await after_amount(monkeypatch, MADRID, lang, HOW_CHECK[lang], "faq_receiving_org", ITM_OPEN)
    # What it is and who can confirm; for this plan since round 53 (not the call's whole ECHE topic)
    assert t(lang, "eche_plan_meaning") in reply and "erasmusplusmobility@itg.be" in reply, reply
    assert not reply.startswith(t(lang, "condition_not_known", who="\0", reason="").split("\0")[0]), reply


# 4. An identical line never twice in one reply, whatever its kind.
async def test_the_travel_and_amount_reply_says_each_line_once(monkeypatch):
    reply = await after_amount(monkeypatch, MADRID, "it", "Capisco. E per il viaggio ricevo un contributo? "
                               "quanto sarebbe al giorno in tutto?", "ask_grant", ITM_OPEN)
    lines = [line.strip() for line in reply.splitlines() if line.strip()]
    assert len(lines) == len(set(lines)), reply
    assert "55300" in digits(reply), reply


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
def test_an_identical_line_is_dropped_whatever_its_kind(lang):
    from actions.onceinreply import no_same_line_twice

    part = "  - 3 × 430 EUR (Group 2): €1,290.00"
    as_above = t(lang, "next_step_same", contacts="Daniela Giorgetti (erasmus@imtlucca.it)")
    messages: list[dict[str, Any]] = [
        {"text": f"{part}\n{as_above}\nYes."},
        {"text": f"Something else.\n{as_above}\n- 3 × 430 EUR (Group 2): €1,290.00\nYes."},
        {"text": f"{part}"},
    ]
    no_same_line_twice(messages)
    joined = "\n".join(m["text"] for m in messages)
    assert joined.count(as_above) == 1 and joined.count("3 × 430") == 1, joined
    assert joined.count("Yes.") == 1 and "Something else." in joined, joined
    assert messages[2]["text"] == "", messages


def test_different_lines_and_other_replies_keep_theirs():
    from actions.onceinreply import no_same_line_twice

    messages: list[dict[str, Any]] = [{"text": "- Individual support: €553.00\n- Travel support: €309.00"}]
    no_same_line_twice(messages)
    assert messages[0]["text"] == "- Individual support: €553.00\n- Travel support: €309.00"
    later: list[dict[str, Any]] = [{"text": "- Individual support: €553.00"}]
    no_same_line_twice(later)  # said in an earlier turn: each reply on its own
    assert later[0]["text"] == "- Individual support: €553.00"
