"""Round 32 (amountq): questions about money asked in the middle of a conversation.
1. "so roughly 395 quid then? is that paid on top of travel or does it have to cover the flights too" (ITM
   MSc, blended mobility to Bergen) got the travel note alone: now what the 395 is (the individual support,
   for the stay itself) and the travel part apart from it (not known for Norway, and why); an amount in
   pounds gets "the amounts are in euros" once.
2. "maakt mijn fwo-beurs dat ik misschien niks krijg?" (ITM PhD, FWO scholarship) got "Nee: not every priority
   favours you", and "kan ik dan wel nog een erasmusbeurs krijgen bovenop mijn fwo of niet?" got "I can't find
   the answer": now the call's topic on other scholarships, the right way round ("You can still get a grant: a
   scholarship does not exclude you, but it lowers your priority", "Yes: ...").
3. "ik had gehoord dat je iets extra krijgt als je groen reist, klopt dat?" got "I can't say what green travel
   would change": now "not known for your case", what the EU-wide figures do give for green travel, and whom
   to ask.
4. "so 280 a month for study - would that be about the same in 2027?" (IMT Lucca, call ended, no dates given
   yet) got "I can't find the answer": now the 2027 amounts are not known, the call's were for 2015/2016."""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import i18n
from actions.calls import call_name
from actions.faq import topics_of
from actions.i18n import t
from actions.phrases import informal
from tests.actions.conftest import texts
from tests.actions.conversation import converse
from tests.actions.test_round13 import CANT_FIND, ITM_OPEN, LUCCA_OPEN, SIM_TODAY, STAFF_MADRID, hear

LANGS = ("en", "fr", "nl", "it")
GO = ("so can I go?", "check_eligibility")
BERGEN = {"call": "itm-2024", "role": "msc_student", "activity": "short_term_blended", "receiving_org": "hei",
          "destination": "NO", "destination_city": "Bergen", "start_date": "2026-04-13",
          "end_date": "2026-04-17", "citizenship": ["GB"], "goal": "eligibility"}
UPPSALA = {"call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral",
           "receiving_org": "hei", "destination": "SE", "destination_city": "Uppsala",
           "start_date": "2026-03-02", "end_date": "2026-03-27", "citizenship": ["BE"],
           "itm_staff_member": False, "has_scholarship": True, "goal": "eligibility"}
LUCCA_MUNICH = {"call": "imt-lucca-2015", "role": "phd_student", "goal": "eligibility",
                "activity": "traineeship", "destination": "DE", "destination_city": "Munich",
                "receiving_org": "enterprise", "citizenship": ["IT"], "start_date": "2016-03-01",
                "end_date": "2016-07-31", "prior_erasmus_months": 0.0}


async def _reply(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], lang: str, text: str, intent: str,
                 today: str = ITM_OPEN) -> str:
    """The reply to `text` once the person has had their answer ("so can I go?")."""
    _, reply = await converse(monkeypatch, {**slots, "language": lang}, [GO, (text, intent)], today)
    return reply


def _opening(lang: str, key: str, **params: str) -> tuple[str, str]:
    """The text's opening in the formal and the informal register (the reply follows the person's)."""
    said = t(lang, key, **params)
    return said, informal(said, lang)


def _starts(reply: str, lang: str, key: str, size: int = 20, **params: str) -> bool:
    return any(reply.startswith(o[:size]) for o in _opening(lang, key, **params))


def _has(reply: str, lang: str, key: str, size: int = 20, **params: str) -> bool:
    return any(o[:size] in reply for o in _opening(lang, key, **params))


# 1. Whether the amount is on top of travel.
ON_TOP = {
    "en": "ok. so roughly 395 quid then? is that paid on top of travel or does it have to cover the flights "
          "too",
    "fr": "d'accord. donc environ 395 euros ? c'est en plus du voyage ou ça doit couvrir aussi le vol ?",
    "nl": "oké. dus ongeveer 395 euro? is dat bovenop de reis of moet ik daar ook de vlucht van betalen?",
    "it": "ok. quindi circa 395 euro? è in aggiunta al viaggio o deve coprire anche il volo?",
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["nlu_fallback", "ask_grant"])
async def test_the_amount_is_said_to_be_for_the_stay_and_the_travel_apart(monkeypatch, lang, intent):
    reply = await _reply(monkeypatch, BERGEN, lang, ON_TOP[lang], intent)
    if lang == "en":  # "395 quid": the amounts are in euros, first
        assert reply.startswith(t("en", "amounts_in_euros")), reply
        reply = reply.split("\n", 1)[1]
    assert t(lang, "amounts_in_euros") not in reply, reply
    assert _starts(reply, lang, "travel_apart_stay_guide", amount=i18n.fmt_eur(395, lang)), reply
    assert "79 EUR" in reply, reply  # the rate the 395 is made of
    assert _has(reply, lang, "travel_apart_unknown", why=""), reply  # the travel part: not known, and why
    assert t(lang, "grant_orientation", amount="", days="")[2:25] not in reply, reply  # no whole block again


async def test_the_euros_are_said_once_in_a_conversation(monkeypatch):
    replies = await converse(monkeypatch, {**BERGEN, "language": "en"},
                             [GO, (ON_TOP["en"], "nlu_fallback"), ("so 395 pounds, right?", "nlu_fallback")],
                             ITM_OPEN)
    assert t("en", "amounts_in_euros") in replies[1], replies
    assert t("en", "amounts_in_euros") not in replies[2] and replies[2].strip(), replies


async def test_no_euros_line_without_pounds(monkeypatch):
    text = "so roughly 395 euros then? is that paid on top of travel?"
    reply = await _reply(monkeypatch, BERGEN, "en", text, "nlu_fallback")
    assert t("en", "amounts_in_euros") not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "do I get anything for the flight?"),
    ("nl", "krijg ik ook iets voor de vlucht?"),
])
async def test_the_travel_support_asked_alone_keeps_its_answer(monkeypatch, lang, text):
    """Nearby: travel asked on its own gets the travel answer, not what the amount is for."""
    reply = await _reply(monkeypatch, BERGEN, lang, text, "nlu_fallback")
    assert not _has(reply, lang, "travel_apart_unknown", why=""), reply
    assert "1 to 12" in reply or "1 tot 12" in reply, reply  # the call data's note on why it is not known


async def test_no_travel_support_is_said_so_with_the_amount(monkeypatch):
    """IMT Lucca had no travel support within Europe: the amount is the stay's, and nothing comes on top."""
    reply = await _reply(monkeypatch, LUCCA_MUNICH, "it", "quindi circa 2150 euro, il volo è compreso?",
                         "nlu_fallback", LUCCA_OPEN)
    stay = t("it", "travel_apart_stay", amount=i18n.fmt_eur(2150, "it"), parts="")
    assert reply.startswith(stay[:30]), reply
    assert _has(reply, "it", "travel_apart_none", why=""), reply


async def test_travel_support_known_comes_on_top(monkeypatch):
    """Staff to Madrid: the travel band is known, and it comes on top of the individual support."""
    reply = await _reply(monkeypatch, STAFF_MADRID, "en", "does the grant have to cover the flights too?",
                         "nlu_fallback")
    assert t("en", "travel_apart_yes", amount=i18n.fmt_eur(309, "en"), band="")[:40] in reply, reply


# 2. One's own scholarship and the Erasmus+ grant.
NOTHING = {
    "en": "and what do you mean by that priority, does my FWO grant mean I might get nothing?",
    "fr": "et qu'entendez-vous par cette priorité, ma bourse FWO fait que je risque de ne rien avoir ?",
    "nl": "en wat bedoel je met die voorrang, maakt mijn fwo-beurs dat ik misschien niks krijg?",
    "it": "e cosa intende con quella priorità, con la mia borsa FWO rischio di non prendere niente?",
}
STILL = {
    "en": "hmm so what does 'no' mean? can I still get an Erasmus grant on top of my FWO or not?",
    "fr": "hmm donc 'non' veut dire quoi ? je peux quand même avoir une bourse Erasmus en plus de ma bourse "
          "FWO ?",
    "nl": "hmm dus 'nee' betekent wat precies? kan ik dan wel nog een erasmusbeurs krijgen bovenop mijn fwo "
          "of niet?",
    "it": "quindi 'no' cosa vuol dire? posso comunque avere una borsa Erasmus oltre alla mia borsa FWO o no?",
}


def _topic(lang: str) -> str:
    """The middle of the call's topic on other scholarships (register words aside)."""
    text = topics_of("itm-2024", ("scholarship_compatibility",), "phd_student")[0].answer(lang)
    return text[len(text) // 3:len(text) // 3 + 40]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["nlu_fallback", "faq_scholarship_compatibility", "ask_grant"])
async def test_could_i_get_nothing_is_answered_you_can_still_get_one(monkeypatch, lang, intent):
    reply = await _reply(monkeypatch, UPPSALA, lang, NOTHING[lang], intent)
    assert _starts(reply, lang, "still_get_grant", answer=""), reply
    assert _topic(lang) in reply, reply
    assert not _has(reply, lang, "priority_no"), reply  # no "No:" that reads as the opposite


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["nlu_fallback", "faq_scholarship_compatibility"])
async def test_can_i_still_get_a_grant_is_answered_yes(monkeypatch, lang, intent):
    reply = await _reply(monkeypatch, UPPSALA, lang, STILL[lang], intent)
    assert reply.startswith(t(lang, "answer_yes", answer="")), reply
    assert _topic(lang) in reply, reply
    assert CANT_FIND[lang] not in reply and not _has(reply, lang, "combine_not_said", call=""), reply


async def test_each_question_of_the_message_gets_its_answer(monkeypatch):
    """"Is 26 days still fine? And does my FWO grant mean I might get nothing?": both, no "Nee:"."""
    text = ("en 26 dagen is nog steeds ok qua duur? en wat bedoel je met die voorrang, maakt mijn fwo-beurs "
            "dat ik misschien niks krijg?")
    reply = await _reply(monkeypatch, UPPSALA, "nl", text, "nlu_fallback")
    lines = reply.splitlines()
    assert any(line.startswith("Ja:") and "26 dagen" in line for line in lines), reply
    assert any(line.startswith(("Je kunt nog altijd", "U kunt nog altijd")) for line in lines), reply
    assert "Nee:" not in reply, reply


async def test_the_lucca_topic_keeps_its_own_words_without_a_second_yes(monkeypatch):
    """IMT Lucca's topic opens "Yes.": after "You can still get a grant:" its words follow without it."""
    slots = {**LUCCA_MUNICH, "has_scholarship": True, "language": "en"}
    _, reply = await converse(monkeypatch, slots, [
        GO, ("does my PhD scholarship mean I could get nothing?", "nlu_fallback")], LUCCA_OPEN)
    assert reply.startswith(t("en", "still_get_grant", answer="the mobility funds are combinable")), reply


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "does my scholarship lower my chances?", "priority_ranks_lower"),
    ("nl", "verlaagt mijn beurs mijn kansen? heb ik dan minder kans?", "priority_ranks_lower"),
    ("en", "can I combine the Erasmus grant with my FWO scholarship?", "combine_not_said"),
    ("nl", "Kan ik dit combineren met een beurs van het FWO?", "combine_not_said"),
])
async def test_chances_and_combining_keep_their_answers(monkeypatch, lang, text, key):
    """Nearby: "does it lower my chances?" keeps "Yes: it ranks you lower"; combining keeps its answer."""
    reply = await _reply(monkeypatch, UPPSALA, lang, text, "nlu_fallback")
    assert _has(reply, lang, key, call=call_name("itm-2024", lang)), reply
    assert not _has(reply, lang, "still_get_grant", answer=""), reply


# 3. Green travel for a student going within Europe.
GREEN = {
    "en": "I heard you get something extra if you travel green, is that true?",
    "fr": "j'ai entendu dire qu'on reçoit un petit plus si on voyage vert, c'est vrai ?",
    "nl": "ik had gehoord dat je iets extra krijgt als je groen reist, klopt dat?",
    "it": "ho sentito che si riceve qualcosa in più se si viaggia in modo sostenibile, è vero?",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_green_travel_extra_says_what_is_and_is_not_known(monkeypatch, lang):
    _, reply = await converse(monkeypatch, {**UPPSALA, "language": lang}, [GO, (GREEN[lang], "nlu_fallback")],
                              ITM_OPEN)
    assert _starts(reply, lang, "green_unknown", notes=""), reply
    # (round 58: no figures of other cases, "417 instead of 309 EUR" being for regions 1 to 12 only)
    assert "417" not in reply and "309" not in reply, reply
    assert "erasmusplusmobility@itg.be" in reply, reply  # whom to ask
    assert not reply.startswith(("I can't say", "Ik kan niet zeggen")), reply


async def test_green_travel_for_staff_keeps_its_yes(monkeypatch):
    """Nearby: staff to Madrid get the green band and the extra travel days, "Yes" first."""
    _, reply = await converse(monkeypatch, {**STAFF_MADRID, "language": "en"},
                              [GO, ("I heard you get something extra if you travel green, is that true?",
                                    "nlu_fallback")], ITM_OPEN)
    assert reply.startswith(t("en", "answer_yes", answer="")), reply
    assert "4 more travel days" in reply and "an extra for students" not in reply, reply


async def test_green_travel_to_a_region_with_travel_support_keeps_its_band(monkeypatch):
    """Nearby: a student going to Kenya gets the green band's amount, not the note for Europe."""
    slots = {**UPPSALA, "destination": "KE", "destination_city": "Nairobi", "language": "en"}
    _, reply = await converse(monkeypatch, slots, [GO, ("can I go by train, does that change anything?",
                                                        "nlu_fallback")], ITM_OPEN)
    assert "an extra for students" not in reply and not _starts(reply, "en", "green_unknown", notes=""), reply


# 4. An ended call's amounts asked for a later year before any dates are given.
LATER = {
    "en": "I said already, PhD student. so 280 a month for study - would that be about the same in 2027?",
    "fr": "je l'ai déjà dit, doctorante. donc 280 par mois pour les études, ce serait à peu près pareil en "
          "2027 ?",
    "nl": "dat zei ik al, doctoraatsstudent. dus 280 per maand voor studie, zou dat in 2027 ongeveer "
          "hetzelfde zijn?",
    "it": "l'ho già detto, dottoranda. quindi 280 al mese per lo studio, sarebbe più o meno lo stesso nel "
          "2027?",
}
VIENNA = {"call": "imt-lucca-2015", "activity": "study", "destination": "AT", "destination_city": "Wien",
          "goal": "grant", "asked": "role"}


def _later(lang: str) -> str:
    return t(lang, "later_amounts", call=call_name("imt-lucca-2015", lang), years="2015/2016", later="2027",
             contact="Daniela Giorgetti (erasmus@imtlucca.it)")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", ["inform", "nlu_fallback", "ask_grant"])
async def test_a_later_year_named_gets_the_amounts_of_that_year_unknown(monkeypatch, lang, intent):
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, LATER[lang], {**VIENNA, "language": lang}, SIM_TODAY, intent=intent)
    reply = texts(dispatcher)
    assert _later(lang) in reply or informal(_later(lang), lang) in reply, reply
    assert CANT_FIND[lang] not in reply, reply


async def test_dates_said_with_the_amount_question_are_no_crash(monkeypatch):
    """"I'd go from February to June 2027, how much would I get?" with no dates stored yet (it raised)."""
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "I'd go from February to June 2027, how much would I get?",
               {**VIENNA, "role": "phd_student", "asked": None, "language": "en"}, SIM_TODAY,
               intent="ask_grant")
    assert _later("en") in texts(dispatcher), texts(dispatcher)


async def test_the_amount_back_then_keeps_its_answer(monkeypatch):
    """Nearby: no later year named ("how much was it for Austria?"): the call's amounts, no "2027"."""
    dispatcher = CollectingDispatcher()
    await hear(dispatcher, monkeypatch, "roughly how much was it for Austria? just to get an idea",
               {**VIENNA, "language": "en"}, SIM_TODAY, intent="ask_grant")
    reply = texts(dispatcher)
    later = t("en", "later_amounts", call="", years="", later="", contact="")
    assert "280" in reply and later[:8] not in reply, reply
