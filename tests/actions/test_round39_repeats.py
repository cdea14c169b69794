"""Round 39: the repetition simulated users complained of.

1. "📧 Next step, as above: …" came under nearly every reply once the contacts were said (r39-e: nine times in
   eleven turns). It is dropped when one of the two replies before showed the contacts, unless the reply
   points at it ("the contacts below can tell you", "The office knows:") or the person asks whom to contact
   (actions/contactrecent.py).
2. A changed fact (new dates) said the verdict again with the whole amount block and all its notes, read a
   few turns earlier (r39-d T9). Once a block was shown, the verdict says the new amount in a line or two,
   with only the notes not read before (actions/shortamount.py brief_again); the first block stays whole.
Each in the four languages, with the cases that keep their answer."""
from __future__ import annotations

from typing import Any

import pytest

from actions import i18n
from actions.contactrecent import drop_recent_contact
from actions.i18n import t
from actions.shortamount import brief_lines
from tests.actions import conversation
from tests.actions.test_round13 import ITM_OPEN, LUCCA_MUNICH, LUCCA_OPEN
from tests.actions.test_round31_repeats import as_seen, contact_said, lines_of, short_contact, text_of
from tests.actions.test_round39_chiara import PHD

LANGS = ("en", "fr", "nl", "it")
MADRID = {
    "en": "Hi, I'm an MSc student at ITM Antwerp, I'd like to do a traineeship at a university in Madrid "
          "from 1 March to 30 June 2026",
    "fr": "Bonjour, je suis étudiante en MSc à l'IMT Anvers, je voudrais faire un stage dans une université "
          "à Madrid du 1er mars au 30 juin 2026",
    "nl": "Hoi, ik ben MSc-student aan het ITG Antwerpen en wil stage lopen aan een universiteit in Madrid "
          "van 1 maart tot 30 juni 2026",
    "it": "Ciao, sono una studentessa MSc all'ITM di Anversa, vorrei fare un tirocinio in un'università a "
          "Madrid dal 1 marzo al 30 giugno 2026",
}
GRANT = {"en": "how much would I get?", "fr": "combien je toucherais ?", "nl": "hoeveel zou ik krijgen?",
         "it": "quanto prenderei?"}
BELGIAN = {"en": "I'm Belgian", "fr": "je suis belge", "nl": "ik ben Belg", "it": "sono belga"}
LEARNING = {"en": "do I need a learning agreement?", "fr": "il me faut un learning agreement ?",
            "nl": "heb ik een learning agreement nodig?", "it": "mi serve un learning agreement?"}
WHOM = {"en": "who should I contact?", "fr": "qui dois-je contacter ?", "nl": "wie moet ik contacteren?",
        "it": "chi devo contattare?"}


async def play(monkeypatch: pytest.MonkeyPatch, slots: dict[str, Any], messages: list[tuple[str, str]],
               today: str = ITM_OPEN) -> list[list[dict[str, Any]]]:
    said = await conversation.play(monkeypatch, slots, messages, today, user_event="before")
    return said.messages


def full_contact(reply: list[dict[str, Any]], lang: str) -> bool:
    prefix = t(lang, "next_step", contacts="\0").split("\0")[0]
    return any(line.startswith(tuple(as_seen(lang, prefix))) for line in lines_of(reply))


# 1. The contact line: not under a verdict right after it was shown; kept where the reply points at it.
@pytest.mark.parametrize("lang", LANGS)
async def test_a_verdict_right_after_the_contacts_does_not_repeat_them(monkeypatch, lang):
    replies = await play(monkeypatch, {"language": lang}, [
        (MADRID[lang], "inform"), (GRANT[lang], "ask_grant"), (BELGIAN[lang], "inform")])
    first, verdict = replies[1], replies[2]
    assert full_contact(first, lang), text_of(first)  # kept: the first answer names them in full
    assert t(lang, "verdict_eligible_provided", call="\0").split("\0")[0][2:12] in text_of(verdict)
    assert not contact_said(verdict, lang), text_of(verdict)


@pytest.mark.parametrize("lang", LANGS)
async def test_the_call_does_not_say_keeps_the_short_contact_line(monkeypatch, lang):
    """"The contacts below can tell you": the line under it is what it points at, kept in a few words."""
    replies = await play(monkeypatch, {"language": lang}, [
        (MADRID[lang], "inform"), (GRANT[lang], "ask_grant"), (BELGIAN[lang], "inform"),
        (LEARNING[lang], "nlu_fallback")])
    reply = replies[-1]
    below = t(lang, "learning_agreement_not_in_call", call="\0").split(". ")[-1][:20]
    assert below in text_of(reply), text_of(reply)
    assert short_contact(reply, lang), text_of(reply)


@pytest.mark.parametrize("lang", LANGS)
async def test_asking_whom_to_contact_gives_the_contacts_in_full(monkeypatch, lang):
    replies = await play(monkeypatch, {"language": lang}, [
        (MADRID[lang], "inform"), (GRANT[lang], "ask_grant"), (BELGIAN[lang], "inform"),
        (WHOM[lang], "ask_contact")])
    reply = text_of(replies[-1])
    assert "erasmusplusmobility@itg.be" in reply, reply
    assert t(lang, "contact_person", details="\0").split("\0")[0][:12] in reply, reply


def _recent(lang: str) -> list[dict[str, Any]]:
    """A conversation whose last reply named the contacts."""
    return [{"event": "user", "text": "x"},
            {"event": "bot", "text": t(lang, "next_step", contacts="erasmusplusmobility@itg.be")},
            {"event": "user", "text": "y"}]


@pytest.mark.parametrize("lang", LANGS)
def test_a_line_that_announces_the_contacts_keeps_them(lang):
    """"The office knows:" ends with a colon: the contact line is its content (no heading left bare)."""
    short = t(lang, "next_step_same", contacts="erasmusplusmobility@itg.be")
    announced = [{"text": f"{t(lang, 'next_call_unknown')}\n{short}"}]
    drop_recent_contact(_recent(lang), False, announced)
    assert announced[0]["text"].endswith(short), announced
    ask_office = [{"text": f"{t(lang, 'ended_amounts_next')}\n{short}"}]
    drop_recent_contact(_recent(lang), False, ask_office)
    assert ask_office[0]["text"].endswith(short), ask_office
    plain = [{"text": f"{t(lang, 'deadline_end_by', date='31 July 2026')}\n{short}"}]
    drop_recent_contact(_recent(lang), False, plain)
    assert plain[0]["text"] == t(lang, "deadline_end_by", date="31 July 2026"), plain
    asked = [{"text": f"{t(lang, 'deadline_end_by', date='31 July 2026')}\n{short}"}]
    drop_recent_contact(_recent(lang), True, asked)  # "who do I contact?": kept
    assert asked[0]["text"].endswith(short), asked


@pytest.mark.parametrize("lang", LANGS)
def test_contacts_shown_three_replies_ago_come_again(lang):
    """Only the two replies before count: a verdict later on names the contacts again."""
    short = t(lang, "next_step_same", contacts="erasmusplusmobility@itg.be")
    events = [*_recent(lang)[:-1], {"event": "user", "text": "a"}, {"event": "bot", "text": "b"},
              {"event": "user", "text": "c"}, {"event": "bot", "text": "d"}, {"event": "user", "text": "e"}]
    messages = [{"text": f"x\n{short}"}]
    drop_recent_contact(events, False, messages)
    assert messages[0]["text"].endswith(short), messages


# 2. The amount after a changed fact: in a line or two once its block was shown.
CHANGE_DATES = {"en": "ok. actually, I'm changing the dates: from 15 to 30 June 2026",
                "fr": "d'accord. en fait je change les dates : du 15 au 30 juin 2026",
                "nl": "ok. eigenlijk verander ik de data: van 15 tot 30 juni 2026",
                "it": "ok capito. anzi, cambio date: dal 15 al 30 giugno 2026"}
BUS = {"en": "I'm going by bus", "fr": "j'y vais en bus", "nl": "ik ga met de bus",
       "it": "ci vado in pullman"}
FULL_NOTE = {"en": "not intended to cover the full cost", "fr": "couvrir la totalité", "nl": "alle kosten",
             "it": "l'intero costo"}


def eur(amount: float, lang: str) -> str:
    return i18n.fmt_eur(amount, lang)


@pytest.mark.parametrize("lang", LANGS)
async def test_new_dates_give_the_new_amount_in_a_line(monkeypatch, lang):
    replies = await play(monkeypatch, {"language": lang, **PHD}, [
        ("/check_eligibility", "check_eligibility"), (BUS[lang], "inform"), (CHANGE_DATES[lang], "inform")])
    first, changed = text_of(replies[0]), text_of(replies[-1])
    # kept: the first block is whole, with its parts and notes
    assert "× 79 EUR" in first and "70/50" in first and FULL_NOTE[lang] in first, first
    # the new figure (16 days: 14 × 79 + 2 × 56 EUR) in one line, not the parts and notes read before
    assert eur(1218, lang) in changed, changed
    assert "× 79 EUR" not in changed and "70/50" not in changed and FULL_NOTE[lang] not in changed, changed
    amount = [line for line in changed.splitlines() if line.startswith("💶")]
    assert len(amount) == 1, changed
    # the green-travel note, not read before, is said once
    green = [line for line in changed.splitlines() if "417" in line]
    assert len(green) == 1, changed


@pytest.mark.parametrize("lang", ["en", "it"])
async def test_show_all_checks_after_new_dates_still_lists_every_check(monkeypatch, lang):
    replies = await play(monkeypatch, {"language": lang, **PHD}, [
        ("/check_eligibility", "check_eligibility"), (CHANGE_DATES[lang], "inform"),
        ("/show_checks", "show_checks")])
    checks = text_of(replies[-1])
    assert t(lang, "all_checks_title", call="\0").split("\0")[0][:10] in checks, checks
    assert checks.count("✓") >= 4, checks


LUCCA_SHORTER = {"en": "actually, I'm changing the end date: until 30 June 2016",
                 "fr": "en fait, je change la date de fin : jusqu'au 30 juin 2016",
                 "nl": "eigenlijk verander ik de einddatum: tot 30 juni 2016",
                 "it": "anzi, cambio la data di fine: fino al 30 giugno 2016"}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_known_total_after_new_dates_is_one_line(monkeypatch, lang):
    """IMT Lucca publishes its amounts: the new total, with who confirms it, in one line."""
    replies = await play(monkeypatch, {"language": lang, **LUCCA_MUNICH},
                         [("/check_eligibility", "check_eligibility"), (LUCCA_SHORTER[lang], "inform")],
                         LUCCA_OPEN)
    first, changed = text_of(replies[0]), text_of(replies[-1])
    opening = t(lang, "grant_total", amount="\0").split("\0")[0]
    assert any(line.startswith(opening) for line in first.splitlines()), first
    assert any(line.startswith("  - ") for line in first.splitlines()), first  # kept: the parts, first time
    amount = [line for line in changed.splitlines() if line.startswith("💶")]
    head = t(lang, "summary_short_amount", amount="\0").split("\0")[0]
    assert len(amount) == 1 and amount[0].startswith(head), changed
    assert not any(line.startswith("  - ") for line in changed.splitlines()), changed


@pytest.mark.parametrize("lang", LANGS)
def test_a_known_travel_part_stays_in_the_short_amount(lang):
    """Travel support known, the rest not (Dakar): the travel line, then the EU-wide guide total."""
    grant = {"total_eur": None, "travel_eur": 1188.0, "indicative_total_eur": 4588.0, "days": 120,
             "basis": "Individual support: not published", "indicative": True,
             "breakdown": [{"label": "Travel support", "amount_eur": 1188.0},
                           {"label": "Individual support", "amount_eur": 2800.0}],
             "notes": ["An Erasmus+ grant is not intended to cover the full cost of the stay abroad."]}
    lines = brief_lines({"grant": grant}, lang)
    assert len(lines) == 2, lines
    assert eur(1188, lang) in lines[0] and eur(4588, lang) in lines[1], lines
    assert not any("full cost" in line for line in lines), lines


@pytest.mark.parametrize("lang", LANGS)
def test_a_reply_of_the_contacts_alone_stays(lang):
    short = t(lang, "next_step_same", contacts="erasmusplusmobility@itg.be")
    messages = [{"text": short}]
    drop_recent_contact(_recent(lang), False, messages)
    assert messages == [{"text": short}], messages
