"""Round 36 (an MSc student at ITM, a blended course in Copenhagen, ITM open; a Dutch MSc student after the
ITM call ended). What they saw, and the nearby cases that keep their answers:
1. a question in a first message that also gives facts ("what does blended mean, is there an online part?")
   was ignored (the call was taken from the facts only after the questions were looked at);
2. "does the host uni need to be a tropEd partner?" never got a straight answer: "No:" from the call data
   (`partner_suggestion`), what the call does require of the host, and whether a given host is a partner is
   not known here;
3. "no idea if Copenhagen has the ECHE. how would I even check that?" got the condition again;
4. "oh and I checked, Copenhagen has the ECHE" got every check: now "That condition is met." and the
   answer's head line; "so basically I'm fine?" gets "Yes: ..." first;
5. "💶 The amount: as above." after a what-if's other amount;
6. "does the two-months rule hold for the next call?" got "I can't find it"; the ended call's paragraph came
   back in full in later replies."""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.i18n import t
from actions.profile import core
from tests.actions.conftest import texts
from tests.actions.test_round13 import answered, hear

ITM_OPEN = "2025-10-01"
ENDED = "2026-12-02"
LANGS = ("en", "fr", "nl", "it")
COPENHAGEN = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility",
              "activity": "short_term_blended", "destination": "DK", "destination_city": "Copenhagen",
              "receiving_org": "hei",
              "receiving_org_name": "University of Copenhagen", "citizenship": ["KE"],
              "start_date": "2026-04-13", "end_date": "2026-04-24"}
STOCKHOLM = {"call": "itm-2024", "role": "msc_student", "goal": "eligibility", "activity": "study",
             "receiving_org": "hei", "destination": "SE", "destination_city": "Stockholm",
             "receiving_org_name": "Karolinska Institutet", "closed_told": "itm-2024"}


def topic(key: str, lang: str) -> str:
    return core().get_call("itm-2024").topics[key].text.get(lang)


async def reply_to(monkeypatch, text: str, slots: dict[str, Any], today: str = ITM_OPEN,
                   intent: str = "inform", events: list[dict[str, Any]] | None = None
                   ) -> tuple[dict[str, Any], str, list[str]]:
    dispatcher = CollectingDispatcher()
    if events is None:
        got = await hear(dispatcher, monkeypatch, text, slots, today, intent=intent)
    else:
        import datetime as dt

        from bot.nlu.extract import extract
        from tests.actions.test_dialogue import respond

        monkeypatch.setenv("MOBILITY_TODAY", today)
        got = await respond(dispatcher, text=text, intent=intent, slots=slots, events=events,
                            entities=extract(text, dt.date.fromisoformat(today)))
    return got, texts(dispatcher), [str(m.get("text") or "") for m in dispatcher.messages]


async def after_answer(monkeypatch, lang: str, **more: Any) -> dict[str, Any]:
    return await answered(monkeypatch, {**COPENHAGEN, "language": lang, **more})


# 1. A question in the first message, with facts: answered, then the form goes on.
FIRST = [
    ("en", "hi! I heard there's something called a blended short mobility under Erasmus. what does blended "
           "actually mean, is there an online part?"),
    ("fr", "salut ! j'ai entendu parler d'une mobilité hybride de courte durée. ça veut dire quoi hybride, "
           "il y a une partie en ligne ?"),
    ("nl", "hoi! ik hoorde van een korte gemengde mobiliteit bij Erasmus. wat betekent gemengd eigenlijk, "
           "is er een online deel?"),
    ("it", "ciao! ho sentito parlare di una mobilità mista breve. cosa vuol dire mista, c'è una parte "
           "online?"),
]


@pytest.mark.parametrize(("lang", "text"), FIRST)
async def test_a_question_in_the_first_message_is_answered(monkeypatch, lang, text):
    got, reply, _ = await reply_to(monkeypatch, text, {"language": lang})
    assert topic("blended_mobility", lang)[:40] in reply, reply
    assert got.get("activity") == "short_term_blended" and got.get("asked") == "role", got


async def test_first_facts_without_a_question_still_only_noted(monkeypatch):
    text = "I'm a master's student and I'd like to do a blended mobility."
    got, reply, _ = await reply_to(monkeypatch, text, {"language": "en"})
    assert topic("blended_mobility", "en")[:40] not in reply, reply
    assert got.get("call") == "itm-2024" and got.get("asked") == "destination", got


# 2. tropEd: not required, what the host must be, whether a given one is a partner is not known here.
TROPED = [
    ("en", "is Copenhagen one of those tropEd places? does it matter if it isnt?", True),
    ("en", "you repeated the money bit. my question: does the host uni need to be a tropEd partner?", False),
    ("fr", "est-ce que Copenhague fait partie de tropEd ? ça compte si ce n'est pas le cas ?", True),
    ("fr", "faut-il que l'université d'accueil soit partenaire de tropEd ?", False),
    ("nl", "is Kopenhagen een van die tropEd-instellingen? maakt het uit als dat niet zo is?", True),
    ("nl", "moet de gastuniversiteit een tropEd-partner zijn?", False),
    ("it", "Copenaghen è uno dei partner tropEd? conta se non lo è?", True),
    ("it", "l'università ospitante deve essere partner di tropEd?", False),
]


@pytest.mark.parametrize(("lang", "text", "member"), TROPED)
@pytest.mark.parametrize("intent", ["inform", "ask_grant"])
async def test_troped_is_suggested_not_required(monkeypatch, lang, text, member, intent):
    slots = await after_answer(monkeypatch, lang)
    _, reply, messages = await reply_to(monkeypatch, text, slots, intent=intent)
    no = t(lang, "answer_no", answer=topic("partner_suggestion", lang))
    assert messages[0].startswith(no), reply
    assert t(lang, "partner_host_rules") in reply, reply
    assert topic("receiving_org_types", lang)[:30] not in reply, reply  # not the whole paragraph
    assert "€" not in reply, reply  # not the money block again
    unknown = t(lang, "partner_member_unknown", place="\0", network="tropEd", who="").split("\0")[0]
    assert (unknown in reply) is member, reply


async def test_troped_said_back_not_required_gets_yes(monkeypatch):
    slots = await after_answer(monkeypatch, "en")
    _, reply, _ = await reply_to(monkeypatch, "so tropEd isn't required, just ECHE, right?", slots)
    assert reply.startswith(t("en", "answer_yes", answer=topic("partner_suggestion", "en"))), reply


async def test_a_question_without_troped_keeps_its_answer(monkeypatch):
    slots = await after_answer(monkeypatch, "en")
    _, reply, _ = await reply_to(monkeypatch, "does Copenhagen have the ECHE?", slots)
    assert "tropEd" not in reply, reply
    assert reply.startswith(t("en", "condition_not_known", who="", reason="")[:15]), reply


# 3. How to check the ECHE: who can say, no invented EU list.
ECHE_HOW = [
    ("en", "ok nice. the ECHE thing, no idea if Copenhagen has it. how would I even check that?"),
    ("fr", "d'accord. l'ECHE, aucune idée si Copenhague l'a. comment je pourrais le vérifier ?"),
    ("nl", "oké. dat ECHE-ding, geen idee of Kopenhagen dat heeft. hoe kan ik dat nagaan?"),
    ("it", "ok. l'ECHE, non so se Copenaghen ce l'ha. come posso verificarlo?"),
]


@pytest.mark.parametrize(("lang", "text"), ECHE_HOW)
async def test_how_to_check_the_eche_says_who_knows(monkeypatch, lang, text):
    slots = await after_answer(monkeypatch, lang)
    got, reply, _ = await reply_to(monkeypatch, text, slots)
    # who can say: for this plan since round 53, the call's word on checking it (not its whole ECHE topic)
    assert topic("eche_check", lang)[:60] in reply, reply
    assert "erasmusplusmobility@itg.be" in reply
    assert got.get("receiving_org_has_eche") is None, got


def test_no_source_no_list_of_eche_holders():
    for lang in LANGS:
        words = topic("eche", lang).lower()
        assert not any(w in words for w in ("list of eche", "liste des titulaires", "lijst van eche",
                                            "elenco dei titolari")), words


# 4. A fact that meets a condition after the answer: short; "so basically I'm fine?": yes first.
CHECKED = [
    ("en", "cool. oh and I checked, Copenhagen has the ECHE"),
    ("fr", "cool. au fait j'ai vérifié, Copenhague a l'ECHE"),
    ("nl", "top. ik heb het nagekeken, Kopenhagen heeft het ECHE"),
    ("it", "bene. ho controllato, Copenaghen ha l'ECHE"),
]


@pytest.mark.parametrize(("lang", "text"), CHECKED)
@pytest.mark.parametrize("intent", ["inform", "show_checks"])
async def test_a_condition_met_is_noted_in_short(monkeypatch, lang, text, intent):
    slots = await after_answer(monkeypatch, lang)
    got, reply, _ = await reply_to(monkeypatch, text, slots, intent=intent)
    assert got.get("receiving_org_has_eche") is True, got
    assert t(lang, "condition_met") in reply, reply
    assert t(lang, "all_checks_title", call="\0").split("\0")[0] not in reply, reply
    assert "€" not in reply and "📅" not in reply, reply  # not the whole answer again


async def test_show_all_checks_still_shows_every_check(monkeypatch):
    slots = await after_answer(monkeypatch, "en")
    _, reply, _ = await reply_to(monkeypatch, "show me all the checks", slots, intent="show_checks")
    assert t("en", "all_checks_title", call="\0").split("\0")[0] in reply, reply


FINE = [("en", "that's a lot lol. so basically I'm fine? who do I write to first, and what do I send them"),
        ("en", "so basically I'm fine?"), ("fr", "donc je suis bon ?"), ("nl", "dus ik zit goed?"),
        ("it", "quindi sono a posto?")]


@pytest.mark.parametrize(("lang", "text"), FINE)
async def test_am_i_fine_gets_yes_first(monkeypatch, lang, text):
    slots = await after_answer(monkeypatch, lang, receiving_org_has_eche=True)
    _, _, messages = await reply_to(monkeypatch, text, slots)
    # Yes first, or the answer said again opening with its verdict; never "I can't find" nor another topic.
    assert messages[0].startswith((t(lang, "answer_yes", answer="").strip(), "✅")), messages
    if "write to" in text:
        assert messages[0].startswith(t(lang, "answer_yes", answer="").strip()), messages


async def test_so_can_i_go_keeps_the_verdict_first(monkeypatch):
    slots = await after_answer(monkeypatch, "en", receiving_org_has_eche=True)
    _, _, messages = await reply_to(monkeypatch, "so can I go?", slots)
    assert messages[0].startswith("✅"), messages


# 5. "The amount: as above." only when the last amount shown is this one.
@pytest.mark.parametrize(("shown", "full"), [("€1,106.00", True), ("€948.00", False)])
async def test_as_above_only_for_the_last_amount_shown(monkeypatch, shown, full):
    slots = await after_answer(monkeypatch, "en")
    last = dict(slots["last_decision"])
    last["key"] = [*last["key"][:1], "not_eligible", *last["key"][2:]]  # another answer told since
    events = [{"event": "bot", "text": f"💶 about {shown} for the case"}]
    _, reply, _ = await reply_to(monkeypatch, "so can I go?", {**slots, "last_decision": last}, events=events)
    assert ("€948.00" in reply) is full, reply
    assert (t("en", "grant_same_unknown") in reply) is not full, reply


# 6. An ended call: its rule for the next call, and its paragraph once.
NEXT_RULE = [
    ("nl", "oké goed. maar dus die 2 maanden op voorhand, kan ik daar voor 2027 al op rekenen of niet?"),
    ("nl", "mijn vraag was: geldt die regel van 2 maanden vooraf dan ook voor de volgende oproep?"),
    ("en", "does the two-month rule also hold for the next call?"),
    ("fr", "est-ce que la règle des deux mois vaudra aussi pour le prochain appel ?"),
    ("it", "la regola dei 2 mesi vale anche per il prossimo bando?"),
]


@pytest.mark.parametrize(("lang", "text"), NEXT_RULE)
async def test_an_ended_calls_rule_for_the_next_call(monkeypatch, lang, text):
    got, reply, _ = await reply_to(monkeypatch, text, {**STOCKHOLM, "language": lang}, ENDED)
    assert reply.startswith(t(lang, "rule_next_call", call="\0", who="").split("\0")[0]), reply
    assert "erasmusplusmobility@itg.be" in reply
    assert t(lang, "faq_did_you_mean_in_flow")[:25] not in reply, reply
    assert "duration" not in got, got


async def test_is_there_a_new_call_keeps_its_answer(monkeypatch):
    _, reply, _ = await reply_to(monkeypatch, "is there a new call?", {**STOCKHOLM, "language": "en"}, ENDED)
    assert not reply.startswith(t("en", "rule_next_call", call="\0", who="").split("\0")[0]), reply


def _closed_paragraph(lang: str) -> str:
    from actions.calls import status_of
    from actions.closedline import closed_line

    return closed_line(status_of("itm-2024"), lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "ok. en de onderwijscoördinator, wie is dat bij ons dan?"),
    ("en", "ok. and the educational coordinator, who is that for us?"),
    ("fr", "d'accord. et le coordinateur pédagogique, c'est qui chez nous ?"),
    ("it", "ok. e il coordinatore didattico, chi è da noi?"),
])
async def test_the_ended_calls_paragraph_once(monkeypatch, lang, text):
    monkeypatch.setenv("MOBILITY_TODAY", ENDED)
    paragraph = _closed_paragraph(lang)
    slots = {**STOCKHOLM, "language": lang}
    _, first, _ = await reply_to(monkeypatch, text, slots, ENDED, events=[])
    assert paragraph in first, first  # nothing said before: in full
    events = [{"event": "bot", "text": paragraph}]
    _, again, _ = await reply_to(monkeypatch, text, slots, ENDED, events=events)
    assert paragraph not in again, again


@pytest.mark.parametrize("lang", LANGS)
async def test_the_would_have_header_drops_the_ended_sentence_said_before(monkeypatch, lang):
    from actions.calls import status_of
    from actions.closedline import closed_sentence

    monkeypatch.setenv("MOBILITY_TODAY", ENDED)
    sentence = closed_sentence(status_of("itm-2024"), lang)
    slots = {**STOCKHOLM, "language": lang, "hypothetical": True, "start_date": "2026-02-01",
             "end_date": "2026-05-31"}
    entities = [{"entity": "citizenship", "value": "BE"}]
    from tests.actions.test_dialogue import respond

    first = CollectingDispatcher()
    await respond(first, text="BE", intent="inform", slots=slots, entities=entities, events=[])
    assert sentence in texts(first)  # the first time: said
    again = CollectingDispatcher()
    await respond(again, text="BE", intent="inform", slots=slots, entities=entities,
                  events=[{"event": "bot", "text": f"{_closed_paragraph(lang)}"}])
    would = t(lang, "verdict_eligible_would", call="")[:20]  # the case's verdict, said as past (round 50)
    assert sentence not in texts(again) and would in texts(again), texts(again)
