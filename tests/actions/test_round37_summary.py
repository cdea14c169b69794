"""Round 37 (r37-c T6-T7, r37-a T18): the e-mail summary the person sends to the office.
1. Its conditions were in the assistant's voice ("Ton directeur ou directrice de thèse doit autoriser...",
   "peut te dire", and "Votre ..." in the mailto body): now the person's own ("Mon directeur ou ma directrice
   de thèse doit autoriser le séjour"), the same in the text shown and in every language.
2. The host named without a word for its kind ("alla charité di berlino") was not in the summary.
3. A second "who do I contact?" right after the summary repeated its ~40 lines word for word: now the contact
   and "the summary above is unchanged".
4. The mailto: link carried the whole summary as its body (some 1,500 characters in the chat): now the
   subject only."""
from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.contact import ActionContact, summary
from actions.dialogue import ActionRespond
from actions.i18n import t
from actions.phrases import informal
from bot.nlu.extract import extract
from tests.actions.conftest import make_tracker, texts
from tests.actions.test_round13 import ITM_OPEN, hear

DOMAIN: dict = {}
LUCCA_OPEN = "2016-01-10"
# r37-c: a PhD student of IMT Lucca, 4 months at the Sorbonne (the supervisor and the Board must authorise).
LUCCA_PARIS = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "study", "destination": "FR",
               "destination_city": "Paris", "citizenship": ["FR"], "start_date": "2016-02-01",
               "end_date": "2016-05-31", "prior_erasmus_months": 8.0, "receiving_org": "hei",
               "receiving_org_name": "Sorbonne", "gender": "f"}
MINE = {
    "en": ("My supervisor (advisor) must authorise the period abroad.", "My period of 120 days"),
    "fr": ("Mon directeur ou ma directrice de thèse doit autoriser le séjour à l'étranger.",
           "Mon séjour de 120 jours"),
    "nl": ("Mijn promotor moet het verblijf in het buitenland goedkeuren.", "Mijn verblijf van 120 dagen"),
    "it": ("Il mio supervisore (relatore) deve autorizzare il periodo all'estero.",
           "Il mio periodo di 120 giorni"),
}
YOURS = {"en": ("Your supervisor", "Your period", "tell you"),
         "fr": ("Votre directeur", "Ton directeur", "te dire"),
         "nl": ("Uw promotor", "Je promotor", "kan u zeggen"),
         "it": ("Il Suo supervisore", "tuo supervisore", "dirLe")}


ASK = {"en": "who do I contact?", "fr": "qui dois-je contacter ?", "nl": "wie moet ik contacteren?",
       "it": "chi devo contattare?"}


async def contact(monkeypatch, slots, lang, today=LUCCA_OPEN, events=None, text=None):
    monkeypatch.setenv("MOBILITY_TODAY", today)
    dispatcher = CollectingDispatcher()
    tracker = make_tracker({**slots, "language": lang}, text=text or ASK[lang], intent="ask_contact",
                           events=events)
    await ActionContact().run(dispatcher, tracker, DOMAIN)
    return dispatcher


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_conditions_in_the_summary_are_in_the_persons_voice(monkeypatch, lang):
    dispatcher = await contact(monkeypatch, LUCCA_PARIS, lang)
    said = texts(dispatcher)
    supervisor, board = MINE[lang]
    assert supervisor in said and board in said, said
    for shown in (said, informal(said, lang)):  # also once the reply is put in the "tu" register
        assert not any(word in shown for word in YOURS[lang]), shown


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "it"])
async def test_the_mailto_link_is_short_and_works(monkeypatch, lang):
    dispatcher = await contact(monkeypatch, LUCCA_PARIS, lang)
    link = next(m["text"] for m in dispatcher.messages if "mailto:" in m["text"]).split("mailto:", 1)[1]
    assert link.startswith("erasmus@imtlucca.it?subject=") and " " not in link, link
    assert "body=" not in link and len(link) < 200, link
    assert "IMT Lucca" in unquote(link), link


def shown_summary(dispatcher: CollectingDispatcher) -> list[dict]:
    """The bot events of a reply as the tracker keeps them."""
    return [{"event": "bot", "text": m.get("text")} for m in dispatcher.messages]


@pytest.mark.parametrize(("lang", "again"), [
    ("fr", "ok merci pour le mail. mais du coup tu sais pas qui est dans ce conseil scientifique ?"),
    ("en", "ok thanks. so who is it exactly?"),
    ("nl", "ok bedankt. wie is dat dan precies?"),
    ("it", "ok grazie. ma chi è esattamente?"),
])
async def test_the_same_summary_right_after_is_not_repeated(monkeypatch, lang, again):
    first = await contact(monkeypatch, LUCCA_PARIS, lang)
    events = [{"event": "user", "text": ASK[lang]}, *shown_summary(first), {"event": "user", "text": again}]
    second = await contact(monkeypatch, LUCCA_PARIS, lang, events=events, text=again)
    said = texts(second)
    assert "erasmus@imtlucca.it" in said and t(lang, "contact_summary_same") in said, said
    assert t(lang, "contact_summary") not in said and MINE[lang][0] not in said, said
    assert len(said.splitlines()) <= 3, said


async def test_a_changed_summary_or_one_asked_for_is_shown_again(monkeypatch):
    """Nearby: the plan changed since (the dates), or the summary asked for by name: shown in full."""
    first = await contact(monkeypatch, LUCCA_PARIS, "en")
    events = [{"event": "user", "text": "who do I contact?"}, *shown_summary(first),
              {"event": "user", "text": "x"}]
    changed = await contact(monkeypatch, {**LUCCA_PARIS, "end_date": "2016-04-30"}, "en", events=events)
    assert t("en", "contact_summary") in texts(changed), texts(changed)
    asked = await contact(monkeypatch, LUCCA_PARIS, "en", events=events,
                          text="can you give me the summary for the email again?")
    assert t("en", "contact_summary") in texts(asked) and "mailto:" in texts(asked), texts(asked)


async def test_a_summary_shown_long_ago_is_not_shown_again(monkeypatch):
    """Several exchanges since the summary: still "the one above", the same summary not sent again (round 58
    changed this: the whole block came once per contact request, three times in a conversation); asked for
    again, in full."""
    first = await contact(monkeypatch, LUCCA_PARIS, "en")
    later = [e for n in range(3) for e in ({"event": "user", "text": f"q{n}"}, {"event": "bot", "text": "a"})]
    events = [{"event": "user", "text": "who do I contact?"}, *shown_summary(first), *later,
              {"event": "user", "text": "who do I contact?"}]
    again = await contact(monkeypatch, LUCCA_PARIS, "en", events=events)
    assert t("en", "contact_summary") not in texts(again) and t("en", "contact_summary_same") in texts(again)
    asked = await contact(monkeypatch, LUCCA_PARIS, "en", events=events,
                          text="can you give me the summary again?")
    assert t("en", "contact_summary") in texts(asked), texts(asked)


ITM_BERLIN = {"call": "itm-2024", "role": "phd_student", "citizenship": ["IT"]}


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "ciao! sono dottoranda ad anversa, vorrei fare una breve mobilità alla charité di berlino dall'8 "
           "al 19 giugno 2026. si può fare con erasmus?"),
    ("en", "I'd like a short doctoral stay at the Charité in Berlin from 8 to 19 June 2026."),
    ("fr", "Je voudrais faire un court séjour doctoral à la Charité de Berlin du 8 au 19 juin 2026."),
    ("nl", "Ik wil een korte doctorale mobiliteit bij de Charité in Berlijn van 8 tot 19 juni 2026."),
])
async def test_a_host_named_without_its_kind_is_kept(monkeypatch, lang, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**ITM_BERLIN, "language": lang}, ITM_OPEN)
    assert got.get("receiving_org_name") == "Charité", got


async def test_the_kind_said_after_the_name_keeps_it_and_the_summary_has_it(monkeypatch):
    """r37-a: "alla charité di berlino", then "è la charité, l'ospedale universitario... quindi università?",
    then the summary: "Istituzione ospitante: Charité."."""
    slots = {**ITM_BERLIN, "language": "it", "activity": "short_term_doctoral", "destination": "DE",
             "destination_city": "Berlin", "start_date": "2026-06-08", "end_date": "2026-06-19",
             "receiving_org_name": "Charité"}
    text = "è la charité, l'ospedale universitario... quindi università credo?"
    got = await hear(CollectingDispatcher(), monkeypatch, text, slots, ITM_OPEN)
    assert got.get("receiving_org_name", "Charité") == "Charité", got
    kept = await hear(CollectingDispatcher(), monkeypatch, "un'università", slots, ITM_OPEN)
    assert kept.get("receiving_org_name", "Charité") == "Charité", kept
    body = summary(make_tracker({**slots, "receiving_org": "hei"}), "it", "itm-2024")
    assert "Istituzione ospitante: Charité." in body and "Germania (Berlino)" in body, body


@pytest.mark.parametrize("text", [
    "I'd go at the end of June in Berlin.", "vorrei partire alla fine di giugno a berlino",
    "a week at the office in Berlin", "I study at the university in Berlin",
])
async def test_no_name_from_a_time_or_a_kind_of_place(monkeypatch, text):
    got = await hear(CollectingDispatcher(), monkeypatch, text, {**ITM_BERLIN, "language": "en"}, ITM_OPEN)
    assert not got.get("receiving_org_name"), got


async def test_another_kind_of_host_still_drops_the_name(monkeypatch):
    """Nearby (round 28): a kind said after another one drops the old name, as before."""
    slots = {**ITM_BERLIN, "receiving_org": "hei", "receiving_org_name": "Charité"}
    got = await hear(CollectingDispatcher(), monkeypatch, "Actually it's a company, not a university.", slots,
                     ITM_OPEN)
    assert got.get("receiving_org") == "enterprise" and got.get("receiving_org_name", "kept") is None, got



async def respond(monkeypatch, text, slots, events=None):
    """action_respond's reply to `text` (asked as "whom do I contact?") after `events`."""
    monkeypatch.setenv("MOBILITY_TODAY", LUCCA_OPEN)
    dispatcher = CollectingDispatcher()
    entities = extract(text, dt.date.fromisoformat(LUCCA_OPEN))
    tracker = make_tracker(slots, text=text, intent="ask_contact", entities=entities, events=events)
    await ActionRespond().run(dispatcher, tracker, DOMAIN)
    return dispatcher


async def test_through_the_dialogue_in_the_tu_register(monkeypatch):
    """r37-c T6-T7 through action_respond: the summary in "tu" French, then the contact asked again."""
    slots = {**LUCCA_PARIS, "language": "fr"}
    t6 = "c'est qui concrètement ce conseil ? je dois leur écrire moi-même ou ça passe par mon directeur ?"
    first = await respond(monkeypatch, t6, slots, [{"event": "user", "text": t6}])
    said = texts(first)
    assert "Mon directeur ou ma directrice de thèse doit autoriser" in said, said
    assert "- Ton " not in said and "- Votre " not in said and "body=" not in said, said  # summary lines
    t7 = "ok merci pour le mail. mais du coup tu sais pas qui est dans ce conseil scientifique ?"
    events = [{"event": "user", "text": t6}, *shown_summary(first), {"event": "user", "text": t7}]
    again = texts(await respond(monkeypatch, t7, slots, events))
    assert "Mon directeur ou ma directrice" not in again and "erasmus@imtlucca.it" in again, again
