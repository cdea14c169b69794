"""The Dutch register: the assistant says "u" by default, and "je" to a person who says "je"/"jij"/"jouw"
("kan ik...? heb je...? weet jij...", "hoi", "mijn promotor zei dat je..."), in every part of the reply:
the verdict, the questions it asks, the grant lines, the contact lines, the rules core's reasons
and the calls' own texts (actions.phrases.informal with the `informal_forms: nl:` table of
actions/locales/phrases.yaml).
"""
from __future__ import annotations

import glob
import re
from typing import Any

import pytest
import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.dialogue import ActionRespond
from actions.phrases import informal, register_of
from tests.actions.conftest import DOMAIN, make_tracker, slot_events, texts
from tests.conftest import REPO

# What the "u" register leaves in a reply: "u", "uw", "het uwe".
FORMAL = re.compile(r"\b(?:u|uw|uwe)\b", re.I)
INFORMAL = re.compile(r"\b(?:je|jij|jou|jouw|jouwe)\b", re.I)

MADRID = {"language": "nl", "call": "itm-2024", "role": "msc_student", "activity": "study",
          "destination": "ES", "destination_city": "Madrid", "citizenship": ["BE"],
          "start_date": "2026-02-02", "end_date": "2026-04-30", "receiving_org": "hei",
          "receiving_org_has_eche": True, "goal": "eligibility"}
# A short doctoral stay in Geneva: a condition, the EU indicative grant lines and their notes.
GENEVA = {"language": "nl", "call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral",
          "destination": "CH", "destination_city": "Geneva", "citizenship": ["KE"],
          "start_date": "2026-02-16", "end_date": "2026-02-25", "receiving_org": "hei",
          "itm_staff_member": False, "goal": "eligibility"}
# Not eligible: the person's own country.
BRUSSELS = {**GENEVA, "destination": "BE", "destination_city": "Brussels", "citizenship": ["BE"]}
JE = ["hoi, ik heb een vraag", "kan ik naar Madrid? heb je een idee?", "weet jij of ik mag gaan?",
      "mijn promotor zei dat je dat kon nagaan", "hey, kun je me helpen?"]
U = ["Goedendag, kunt u mij helpen?", "bent u een bot?", "heeft u informatie over uw oproep?"]


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")


async def reply(text: str, intent: str, slots: dict[str, Any], earlier: list[str]) -> str:
    dispatcher = CollectingDispatcher()
    events = [{"event": "user", "text": e} for e in earlier]
    tracker = make_tracker(text=text, intent=intent, slots=slots, events=events)
    got = await ActionRespond().run(dispatcher, tracker, DOMAIN)
    assert slot_events(got).get("language", "nl") == "nl"
    return texts(dispatcher)


def leftover(text: str) -> list[str]:
    return [m.group(0) for m in FORMAL.finditer(text)]


# Each one shows a part of the reply: verdict, apply-by date and contacts; conditions and grant lines; the
# rule that fails; every check with its reason; a question asked; a grant question; a contact question.
TURNS = [
    ("dus mag ik gaan?", "check_eligibility", MADRID),
    ("dus mag ik gaan?", "check_eligibility", GENEVA),
    ("dus mag ik gaan?", "check_eligibility", BRUSSELS),
    ("/show_checks", "show_checks", BRUSSELS),
    ("ik ben masterstudent", "inform",
     {k: v for k, v in MADRID.items() if k not in ("citizenship", "start_date", "end_date")}),
    ("en hoeveel krijg ik?", "ask_grant", GENEVA),
    ("naar wie moet ik mailen?", "ask_contact", MADRID),
]


@pytest.mark.parametrize("earlier", JE)
@pytest.mark.parametrize(("text", "intent", "slots"), TURNS)
async def test_a_dutch_speaker_saying_je_gets_je_everywhere(earlier, text, intent, slots):
    said = await reply(text, intent, slots, [earlier])
    assert said and not leftover(said), (leftover(said), said)
    assert INFORMAL.search(said), said


@pytest.mark.parametrize("earlier", U)
@pytest.mark.parametrize(("text", "intent", "slots"), TURNS)
async def test_a_dutch_speaker_saying_u_keeps_u(earlier, text, intent, slots):
    said = await reply(text, intent, slots, [earlier])
    assert leftover(said), said


async def test_no_register_shown_keeps_u():
    said = await reply("dus mag ik gaan?", "check_eligibility", MADRID, ["Goedemiddag"])
    assert leftover(said) and "komt u in aanmerking" in said


async def test_the_verdict_in_both_registers():
    je = await reply("dus mag ik gaan?", "check_eligibility", MADRID, ["hoi, heb je even?"])
    assert "Op basis van wat je me vertelde, kom je in aanmerking" in je, je
    u = await reply("dus mag ik gaan?", "check_eligibility", MADRID, ["Goedendag, kunt u mij helpen?"])
    assert "Op basis van wat u me vertelde, komt u in aanmerking" in u, u


async def test_the_latest_register_shown_decides():
    switched = await reply("dus mag ik gaan?", "check_eligibility", MADRID,
                           ["hoi, ik heb een vraag", "excuseer, kunt u nagaan of alles klopt?"])
    assert "komt u in aanmerking" in switched
    back = await reply("weet je of ik mag gaan?", "check_eligibility", MADRID, ["Goedendag, kunt u..."])
    assert "kom je in aanmerking" in back and not leftover(back)


@pytest.mark.parametrize(("texts_said", "register"), [
    (["hoi, ik heb een vraag"], "informal"),
    (["hey"], "informal"),
    (["kan ik naar Madrid? heb je een idee?"], "informal"),
    (["kun je me helpen?"], "informal"),
    (["weet jij of ik mag gaan?"], "informal"),
    (["is dat jouw oproep?"], "informal"),
    (["mijn promotor zei dat je dat kon nagaan"], "informal"),
    (["kunt u mij helpen?"], "formal"),
    (["bent u een bot?"], "formal"),
    (["heeft u informatie?"], "formal"),
    (["wat is uw bron?"], "formal"),
    (["hoi", "u zei dat ik moest aanvragen"], "formal"),
    (["Goedendag, kunt u...", "ok, weet je het zeker?"], "informal"),
    # No register shown: the first person, a button's payload.
    (["mag ik gaan?", "ik ben masterstudent", '/inform{"activity": "study"}'], None),
])
def test_the_dutch_register_of_what_the_person_said(texts_said, register):
    assert register_of(texts_said, "nl") == register


def test_a_button_payload_says_nothing():
    assert register_of(["hoi", '/inform{"u": "je"}'], "nl") == "informal"
    assert register_of(["kunt u...", '/choose{"je": 1}'], "nl") == "formal"


def test_other_languages_keep_their_register():
    assert register_of(["hoi"], "fr") is None and register_of(["hoi"], "it") is None
    assert register_of(["ciao"], "nl") is None and register_of(["salut"], "nl") is None
    assert register_of(["salut, tu peux m'aider ?"], "fr") == "informal"
    assert register_of(["ciao"], "it") == "informal"
    assert informal("Vous pouvez postuler.", "fr") == "Tu peux postuler."
    assert informal("Lei può andarci.", "it") == "Puoi andarci."


@pytest.mark.parametrize(("formal", "je"), [
    ("Kunt u het verbeteren?", "Kun je het verbeteren?"),
    ("Bent u student?", "Ben je student?"),
    ("Heeft u al een beurs? Hebt u al een beurs?", "Heb je al een beurs? Heb je al een beurs?"),
    ("Wilt u opnieuw beginnen?", "Wil je opnieuw beginnen?"),
    ("Uit welk land komt u?", "Uit welk land kom je?"),
    ("Ja, u kunt aanvragen; u bent welkom.", "Ja, je kunt aanvragen; je bent welkom."),
    ("Op basis van wat u me vertelde, komt u in aanmerking.",
     "Op basis van wat je me vertelde, kom je in aanmerking."),
    ("📅 Dien uw aanvraag in uiterlijk op 2 december.", "📅 Dien je aanvraag in uiterlijk op 2 december."),
    ("Uw verblijf van 10 dagen.", "Je verblijf van 10 dagen."),
    ("Als student kunt u zich kandidaat stellen.", "Als student kun je je kandidaat stellen."),
    ("De juiste persoon voor u: het bureau kan u helpen.",
     "De juiste persoon voor jou: het bureau kan je helpen."),
    ("en het uwe duurt 9 dagen", "en het jouwe duurt 9 dagen"),
    # Imperatives and words that only contain "u" stay.
    ("Vraag uiterlijk op 2 december aan. Stuur het formulier. Neem contact op met het bureau.",
     "Vraag uiterlijk op 2 december aan. Stuur het formulier. Neem contact op met het bureau."),
    ("Uiteindelijk duurt het uur.", "Uiteindelijk duurt het uur."),
])
def test_only_the_forms_that_address_the_person_change(formal, je):
    assert informal(formal, "nl") == je


def _dutch(node: Any, under_nl: bool = False) -> list[str]:
    if isinstance(node, str):
        return [node] if under_nl else []
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in _dutch(v, under_nl or k == "nl")]
    if isinstance(node, list):
        return [s for v in node for s in _dutch(v, under_nl)]
    return []


def dutch_texts() -> list[str]:
    """Each Dutch sentence the assistant can say: its own, the rules core's and the calls'."""
    out: list[str] = []
    for path in ["actions/locales/nl.yaml", "rules_core/messages/nl.yaml",
                 *sorted(glob.glob(str(REPO / "rules_core/calls/**/*.yaml"), recursive=True))]:
        with open(REPO / path, encoding="utf-8") as handle:
            out += _dutch(yaml.safe_load(handle), path.endswith("nl.yaml"))
    return out


def test_every_dutch_text_has_a_je_form():
    texts_nl = dutch_texts()
    assert len(texts_nl) > 300
    left = [(s, leftover(informal(s, "nl"))) for s in texts_nl if leftover(informal(s, "nl"))]
    assert not left, left[:5]


def test_the_dutch_default_is_u():
    """No "je"/"jij" in what the assistant says by default: one register."""
    je = [s for s in dutch_texts() if INFORMAL.search(s)]
    assert not je, je[:5]
