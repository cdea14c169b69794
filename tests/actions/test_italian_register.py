"""The Italian register: the assistant says "Lei" by default, and "tu" to a person who says "tu"
("ciao", "puoi dirmi", "mi dici", "dimmi", "tu sai"), in every part of the reply: the verdict, the questions
it asks, the grant lines, the contact lines, the rules core's reasons and the calls' own texts
(actions.phrases.informal with the `informal_forms: it:` table of actions/locales/phrases.yaml). French keeps
its own "tu"/"vous" (test_answers.py).
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

# What the "Lei" register leaves in a reply: the courtesy capitals (not "La"/"Le" opening a sentence: they
# are articles), enclitics ("dirLe", "aiutarLa") and the third-person verbs and imperatives that address the
# person.
FORMAL = re.compile(
    r"(?-i:\bLei\b|\bSu(?:o|a|oi|e)\b|[a-zà-ù](?:La|Le)\b|(?<=[A-Za-zà-ù0-9,;] )(?:La|Le)\b)"
    r"|\b(?:mi dica|me lo dica|me li indichi|mi indichi|indichi|chieda|contatti (?:l'|il)|scriva|apra|"
    r"invii|presenti il|descriva|riprovi|si candidi|si rivolga|desidera|intendeva|vuole|proviene|viaggerà|"
    r"candidandosi|mi ha detto|ha in mente|andrebbe|può (?:rispondere|chiedere|correggere|anche|comunque)|"
    r", può candidarsi|deve candidarsi|avrebbe dovuto|ha l'autorizzazione|di cui ha|se si fosse)\b", re.I)
INFORMAL = re.compile(r"\b(?:tu|ti|te|tuo|tua|tuoi|tue|puoi|hai|sei|vuoi|devi|fai|dimmi|chiedimi|"
                      r"chiedi|riprova)\b", re.I)

MADRID = {"language": "it", "call": "itm-2024", "role": "msc_student", "activity": "study",
          "destination": "ES", "destination_city": "Madrid", "citizenship": ["IT"],
          "start_date": "2026-02-02", "end_date": "2026-04-30", "receiving_org": "hei",
          "receiving_org_has_eche": True, "goal": "eligibility"}
# A short doctoral stay in Geneva: a condition, the EU indicative grant lines and their notes.
GENEVA = {"language": "it", "call": "itm-2024", "role": "phd_student", "activity": "short_term_doctoral",
          "destination": "CH", "destination_city": "Geneva", "citizenship": ["KE"],
          "start_date": "2026-02-16", "end_date": "2026-02-25", "receiving_org": "hei",
          "itm_staff_member": False, "goal": "eligibility"}
ROME = {**GENEVA, "destination": "IT", "destination_city": "Rome", "citizenship": ["IT"]}  # not eligible
TU = ["ciao, ho una domanda", "sono dottoranda, mi dici se posso andare?", "puoi dirmi se posso andare?",
      "tu sai se posso andare?", "dimmi una cosa"]
LEI = ["Buongiorno, vorrei sapere se Lei può aiutarmi", "mi dica una cosa", "può dirmi se posso andare?"]


@pytest.fixture(autouse=True)
def open_itm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")


async def reply(text: str, intent: str, slots: dict[str, Any], earlier: list[str]) -> str:
    dispatcher = CollectingDispatcher()
    events = [{"event": "user", "text": e} for e in earlier]
    tracker = make_tracker(text=text, intent=intent, slots=slots, events=events)
    got = await ActionRespond().run(dispatcher, tracker, DOMAIN)
    assert slot_events(got).get("language", "it") == "it"
    return texts(dispatcher)


def leftover(text: str) -> list[str]:
    return [m.group(0) for m in FORMAL.finditer(text)]


# Each one shows a part of the reply: verdict, apply-by date and contacts; conditions and grant lines; the
# rule that fails; every check with its reason; a question asked; a grant question; a contact question.
TURNS = [
    ("quindi posso andare?", "check_eligibility", MADRID),
    ("quindi posso andare?", "check_eligibility", GENEVA),
    ("quindi posso andare?", "check_eligibility", ROME),
    ("/show_checks", "show_checks", ROME),
    ("sono una studentessa di master", "inform",
     {k: v for k, v in MADRID.items() if k not in ("citizenship", "start_date", "end_date")}),
    ("e quanto prenderei?", "ask_grant", GENEVA),
    ("a chi devo scrivere?", "ask_contact", MADRID),
]


@pytest.mark.parametrize("earlier", TU)
@pytest.mark.parametrize(("text", "intent", "slots"), TURNS)
async def test_an_italian_speaker_saying_tu_gets_tu_everywhere(earlier, text, intent, slots):
    said = await reply(text, intent, slots, [earlier])
    assert said and not leftover(said), leftover(said)
    assert INFORMAL.search(said), said


@pytest.mark.parametrize("earlier", LEI)
@pytest.mark.parametrize(("text", "intent", "slots"), TURNS)
async def test_an_italian_speaker_saying_lei_keeps_lei(earlier, text, intent, slots):
    said = await reply(text, intent, slots, [earlier])
    assert leftover(said), said


async def test_the_verdict_and_its_lines_in_both_registers():
    tu = await reply("quindi posso andare?", "check_eligibility", MADRID, ["ciao, ho una domanda"])
    assert "Da quanto mi hai detto, sei idoneo/a" in tu and "📅 Candidati entro il 2 dicembre 2025" in tu
    assert "Prossimo passo: Il tuo coordinatore" in tu and "chiedi al tuo coordinatore" in tu
    lei = await reply("quindi posso andare?", "check_eligibility", MADRID, ["Salve"])
    assert "Da quanto mi ha detto, Lei è idoneo/a" in lei and "📅 Si candidi entro il 2 dicembre 2025" in lei
    assert "Prossimo passo: Il Suo coordinatore" in lei and "chieda al Suo coordinatore" in lei


async def test_the_latest_register_shown_decides():
    switched = await reply("quindi posso andare?", "check_eligibility", MADRID,
                           ["ciao, ho una domanda", "mi scusi, può dirmi se è tutto a posto?"])
    assert "Lei è idoneo/a" in switched
    back = await reply("dimmi, posso andare?", "check_eligibility", MADRID, ["Buongiorno, Lei sa dirmi..."])
    assert "sei idoneo/a" in back and not leftover(back)


async def test_a_feminine_speaker_saying_tu():
    said = await reply("sono dottoranda, mi dici se posso andare?", "check_eligibility", GENEVA, [])
    assert "sei idonea" in said and not leftover(said)


@pytest.mark.parametrize(("texts_said", "register"), [
    (["ciao, ho una domanda"], "informal"),
    (["sono dottoranda, mi dici se posso andare?"], "informal"),
    (["puoi dirmi la scadenza?"], "informal"),
    (["tu sai se il Regno Unito è ammesso?"], "informal"),
    (["dimmi"], "informal"),
    (["sei un bot?"], "informal"),
    (["Buongiorno, vorrei sapere se Lei può aiutarmi"], "formal"),
    (["mi dica, il Suo sistema sa rispondere?"], "formal"),
    (["può dirmi la scadenza?"], "formal"),
    (["ciao", "mi scusi, una domanda"], "formal"),
    (["Buongiorno, Lei sa...", "ok, dimmi"], "informal"),
    # No register shown: "posso andare?" (first person), "sei mesi" (six months), "il periodo può durare" (the
    # period), "lei" in lower case (also "she"), a button's payload.
    (["posso andare?", "sei mesi", "il periodo può durare 4 mesi?", "la relatrice, lei ha firmato",
      '/inform{"activity": "study"}'], None),
])
def test_the_italian_register_of_what_the_person_said(texts_said, register):
    assert register_of(texts_said, "it") == register


def test_the_register_is_read_in_the_reply_language_only():
    assert register_of(["ciao"], "fr") is None and register_of(["salut"], "it") is None
    assert register_of(["salut, tu peux m'aider ?"], "fr") == "informal"
    assert register_of(["pouvez-vous m'aider ?"], "fr") == "formal"
    assert register_of(["ciao"], "nl") is None and register_of(["ciao"], "en") is None


@pytest.mark.parametrize(("formal", "tu"), [
    ("Lei può candidarsi? Come dottorando, può candidarsi a questo bando.",
     "Puoi candidarti? Come dottorando, puoi candidarti a questo bando."),
    ("Sì: Lei può andarci.", "Sì: puoi andarci."),
    ("Il Suo relatore deve autorizzare il periodo.", "Il tuo relatore deve autorizzare il periodo."),
    ("Lei ha lo status di membro del personale.", "Hai lo status di membro del personale."),
    ("Da quanto mi ha detto, Lei non è idoneo/a.", "Da quanto mi hai detto, non sei idoneo/a."),
    ("L'ufficio può dirLe se Le serve.", "L'ufficio può dirti se ti serve."),
    ("Mi dica la data e calcolerò entro quando deve candidarsi.",
     "Dimmi la data e calcolerò entro quando devi candidarti."),
    # The third person stays: a role, the period, the call and its own "suo", a thing that "can".
    ("Un dottorando non può candidarsi a questo bando.", "Un dottorando non può candidarsi a questo bando."),
    ("Il periodo può durare 12 mesi; il bando e le sue regole.",
     "Il periodo può durare 12 mesi; il bando e le sue regole."),
    ("Le borse sono assegnate. La mobilità deve terminare entro il 31 luglio 2026.",
     "Le borse sono assegnate. La mobilità deve terminare entro il 31 luglio 2026."),
    ("\"IMT\" può indicare due istituti; ✓ può andarci con questo bando.",
     "\"IMT\" può indicare due istituti; ✓ può andarci con questo bando."),
    ("Dove sono gli importi e chi li conosce: l'ufficio.",
     "Dove sono gli importi e chi li conosce: l'ufficio."),
])
def test_only_the_forms_that_address_the_person_change(formal, tu):
    assert informal(formal, "it") == tu


def _italian(node: Any, under_it: bool = False) -> list[str]:
    if isinstance(node, str):
        return [node] if under_it else []
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in _italian(v, under_it or k == "it")]
    if isinstance(node, list):
        return [s for v in node for s in _italian(v, under_it)]
    return []


def italian_texts() -> list[str]:
    """Each Italian sentence the assistant can say: its own, the rules core's and the calls'."""
    out: list[str] = []
    for path in ["actions/locales/it.yaml", "rules_core/messages/it.yaml",
                 *sorted(glob.glob(str(REPO / "rules_core/calls/**/*.yaml"), recursive=True))]:
        with open(REPO / path, encoding="utf-8") as handle:
            out += _italian(yaml.safe_load(handle), path.endswith("it.yaml"))
    return out


def test_every_italian_text_has_a_tu_form():
    texts_it = italian_texts()
    assert len(texts_it) > 300
    left = [(s, leftover(informal(s, "it"))) for s in texts_it if leftover(informal(s, "it"))]
    assert not left, left[:5]


def widget_sentences() -> list[str]:
    js = (REPO / "bot" / "widget" / "widget.js").read_text(encoding="utf-8")
    block = re.search(r"\n\s*it: \{(.*?)\n\s*\};", js, re.DOTALL)
    assert block, "the widget's it texts were not found; update this test if widget.js changed shape"
    return re.findall(r'(?:placeholder|delConfirm|welcome|error|you): "((?:[^"\\]|\\.)*)"', block.group(1))


def test_the_italian_default_is_lei_everywhere():
    """No "tu" in what the assistant says by default (its texts and the widget's sentences): one register."""
    sentences = widget_sentences()
    assert len(sentences) == 5
    tu = [s for s in [*italian_texts(), *sentences] if INFORMAL.search(s)]
    assert not tu, tu[:5]
