"""Round 15 of simulated users: facts read the wrong way round from words around them. A doctorate held read
as the role PhD student; "not self-funded" read as no scholarship, and "that's backwards" not understood; a
foundation that pays read as the host; travelling by train not read as green travel; intentions ("scrivo a
Daniela per l'accordo") read as yes and "not yet" as no."""
from __future__ import annotations

from typing import Any

import pytest

from bot.nlu.extract import extract
from tests.actions.conftest import said, texts
from tests.actions.test_dialogue import respond

ITM_STAFF = {"call": "itm-2024", "role": "staff", "activity": "staff_training", "goal": "priority"}
ITM_MSC = {"call": "itm-2024", "role": "msc_student", "activity": "traineeship", "destination": "FR",
           "goal": "eligibility"}
LUCCA_PHD = {"call": "imt-lucca-2015", "role": "phd_student", "activity": "traineeship", "destination": "FR",
             "receiving_org": "research_institute", "citizenship": ["IT"], "start_date": "2016-04-01",
             "end_date": "2016-06-30", "prior_erasmus_months": 0, "goal": "eligibility"}


def roles(text: str) -> set[str]:
    return {e["value"] for e in extract(text) if e["entity"] == "role"}


# 1. A doctorate held is a degree, not the role of PhD student.
@pytest.mark.parametrize("text", ["I have a PhD", "I hold a PhD in biology", "with a PhD, do I get priority?",
                                  "j'ai un doctorat", "je suis titulaire d'un doctorat",
                                  "ik heb een doctoraat", "ho un dottorato", "ho già il dottorato"])
def test_a_doctorate_held_is_no_phd_student(text: str) -> None:
    assert "phd_student" not in roles(text)


@pytest.mark.parametrize("text", ["I'm a PhD student", "I'm doing a PhD", "I have a PhD position at ITM",
                                  "je suis doctorante", "ik ben doctoraatsstudent", "sono dottorando",
                                  "ik ben bezig met een doctoraat", "ho una borsa di dottorato"])
def test_a_phd_being_done_is_still_the_role(text: str) -> None:
    assert roles(text) == {"phd_student"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I have a PhD, I'm a senior lecturer, not a postdoc. Does that still count for the priority?"),
    ("fr", "j'ai un doctorat, je suis enseignante"),
    ("nl", "ik heb een doctoraat, ik ben docent"),
    ("it", "ho un dottorato, sono docente"),
])
async def test_a_staff_member_with_a_phd_stays_staff(dispatcher, monkeypatch, lang, text):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    got = await respond(dispatcher, text=text, entities=extract(text), slots={**ITM_STAFF, "language": lang})
    reply = texts(dispatcher)
    assert "role" not in got and got.get("itm_staff_member") is not False, got
    assert "→" not in reply and "❌" not in reply, reply


async def test_a_phd_student_still_changes_the_role(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    text = "actually I'm a PhD student, not staff"
    got = await respond(dispatcher, text=text, entities=extract(text),
                        slots={"call": "itm-2024", "role": "staff", "goal": "eligibility"})
    assert got.get("role") == "phd_student", got


# 2. "Not self-funded" is a scholarship; "that's backwards" turns the yes/no fact just noted round.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I have a scholarship, so I'm not self-funded. would that have hurt my chances?", True),
    ("en", "I have a scholarship so I'm not self-funded", True),
    ("en", "I have a scholarship and not a staff contract", True),
    ("fr", "je ne suis pas autofinancée", True),
    ("nl", "ik ben niet zelf gefinancierd", True),
    ("it", "non sono autofinanziata", True),
    ("en", "I'm self-funded", False),
    ("en", "I don't have a scholarship", False),
    ("fr", "je suis autofinancée", False),
    ("nl", "ik heb de beurs niet gekregen", False),
    ("it", "la borsa non ce l'ho", False),
])
async def test_self_funded_and_a_scholarship_the_right_way_round(dispatcher, monkeypatch, lang, text,
                                                                  expected):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    got = await respond(dispatcher, text=text, slots={**ITM_MSC, "language": lang})
    assert got.get("has_scholarship") is expected, got


NOTED_NO_SCHOLARSHIP = [{"event": "user", "text": "I have a scholarship, so I'm not self-funded."},
                        {"event": "slot", "name": "has_scholarship", "value": False}]


@pytest.mark.parametrize(("lang", "text", "line"), [
    ("en", "no, that's backwards", "Updated: other scholarship: No → Yes."),
    ("en", "no, that's backwards - I DO have a scholarship", "Updated: other scholarship: No → Yes."),
    ("fr", "non, c'est l'inverse", "Mis à jour : autre bourse: Non → Oui."),
    ("nl", "nee, het is andersom", "Bijgewerkt: andere beurs: Nee → Ja."),
    ("it", "no, è il contrario", "Aggiornato: altra borsa: No → Sì."),
])
async def test_backwards_turns_the_fact_just_noted_round(dispatcher, monkeypatch, lang, text, line):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    got = await respond(dispatcher, text=text, intent="deny", events=NOTED_NO_SCHOLARSHIP,
                        slots={**ITM_MSC, "language": lang, "has_scholarship": False})
    assert got.get("has_scholarship") is True, got
    assert line in texts(dispatcher), texts(dispatcher)


async def test_backwards_with_no_fact_just_noted_changes_nothing(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    events = [{"event": "user", "text": "hello"}, {"event": "slot", "name": "asked", "value": "start_date"}]
    got = await respond(dispatcher, text="no, that's backwards", intent="deny", events=events,
                        slots={**ITM_MSC, "has_scholarship": False})
    assert "has_scholarship" not in got, got


@pytest.mark.parametrize(("lang", "text", "question"), [
    ("en", "no, that's backwards", "Which of these is the other way round: "),
    ("it", "no, è il contrario", "Quale è al contrario: "),
])
async def test_backwards_after_two_facts_asks_which(dispatcher, monkeypatch, lang, text, question):
    monkeypatch.setenv("MOBILITY_TODAY", "2016-01-10")
    events = [{"event": "user", "text": "ok"}, {"event": "slot", "name": "board_authorised", "value": True},
              {"event": "slot", "name": "interinstitutional_agreement", "value": True}]
    got = await respond(dispatcher, text=text, intent="deny", events=events, slots={
        **LUCCA_PHD, "language": lang, "board_authorised": True, "interinstitutional_agreement": True})
    assert "board_authorised" not in got and "interinstitutional_agreement" not in got, got
    assert question in texts(dispatcher), texts(dispatcher)


# 3. A foundation that pays is no host.
@pytest.mark.parametrize(("lang", "text", "words"), [
    ("fr", "Ma bourse vient d'une fondation, vous dites que ça peut baisser mon classement. Dois-je quand "
           "même la déclarer ?", "fondation"),
    ("en", "my grant from a foundation covers the stay", "foundation"),
    ("nl", "mijn beurs van een stichting dekt het verblijf", "stichting"),
    ("it", "la mia borsa di una fondazione copre il soggiorno", "fondazione"),
])
async def test_a_foundation_that_pays_is_no_host(dispatcher, monkeypatch, lang, text, words):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    got = await respond(dispatcher, text=text, entities=[said(text, "receiving_org", "foundation", words)],
                        slots={**ITM_MSC, "language": lang, "receiving_org": "hei"})
    assert "receiving_org" not in got, got
    assert got.get("has_scholarship") is True, got
    assert "→" not in texts(dispatcher), texts(dispatcher)


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("en", "a traineeship at a foundation", "foundation"),
    ("fr", "un stage dans une fondation", "fondation"),
])
async def test_a_traineeship_at_a_foundation_is_still_the_host(dispatcher, monkeypatch, lang, text, words):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    got = await respond(dispatcher, text=text, entities=[said(text, "receiving_org", "foundation", words)],
                        slots={**ITM_MSC, "language": lang, "receiving_org": "hei"})
    assert got.get("receiving_org") == "foundation", got


# 4. Travelling by train, bus or carpool is green travel; flying or "not by train" is not; a question is
# nothing.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("nl", "ik ga wel met de trein hoor, niet vliegen. maakt dat iets uit voor het reisgeld?", True),
    ("nl", "Ik reis dus duurzaam, met de trein.", True),
    ("nl", "ik neem WEL de trein", True),
    ("en", "I'll go by train, not by plane", True),
    ("fr", "je ne prends pas l'avion mais le train", True),
    ("fr", "pas en avion, en train", True),
    ("it", "non in aereo, vado in treno", True),
    ("it", "facciamo car pooling", True),
    ("en", "not by train", False),
    ("nl", "we vliegen", False),
    ("fr", "je prends l'avion", False),
    ("it", "prendo l'aereo", False),
])
async def test_how_one_travels_is_green_travel_or_not(dispatcher, monkeypatch, lang, text, expected):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    got = await respond(dispatcher, text=text, slots={**ITM_MSC, "language": lang})
    assert got.get("green_travel") is expected, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "is the train cheaper?"), ("en", "can I go by train?"),
    ("fr", "est-ce que je peux y aller en train ?"),
    ("nl", "ik dacht dat er extra geld was voor groen reizen?"), ("it", "posso andare in treno?"),
])
async def test_a_question_about_the_train_sets_nothing(dispatcher, monkeypatch, lang, text):
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")
    got = await respond(dispatcher, text=text, slots={**ITM_MSC, "language": lang})
    assert "green_travel" not in got, got


# 5. Intentions state nothing; "not yet" for a condition is pending, never No; "supervisore" is a supervisor.
LUCCA_OPEN = "2016-01-10"


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "ok, quindi scrivo a Daniela Giorgetti per l'accordo e chiedo subito al Consiglio Scientifico. "
           "Grazie mille!"),
    ("en", "ok, I'll ask my supervisor and the board, and I will write to the office about the agreement"),
    ("fr", "je vais demander l'accord et l'autorisation du conseil scientifique"),
    ("nl", "ik vraag het akkoord tussen de instellingen en de toestemming van de wetenschappelijke raad aan"),
])
async def test_an_intention_sets_no_condition(dispatcher, monkeypatch, lang, text):
    monkeypatch.setenv("MOBILITY_TODAY", LUCCA_OPEN)
    got = await respond(dispatcher, text=text, slots={**LUCCA_PHD, "language": lang})
    for name in ("board_authorised", "interinstitutional_agreement", "supervisor_authorised"):
        assert name not in got, got


async def test_not_yet_after_a_yes_reopens_and_the_supervisor_signed(dispatcher, monkeypatch):
    monkeypatch.setenv("MOBILITY_TODAY", LUCCA_OPEN)
    text = ("No aspetta, non ce li ho ancora! L'accordo e il Consiglio no. Il supervisore invece sì, "
            "ha firmato.")
    got = await respond(dispatcher, text=text, slots={
        **LUCCA_PHD, "language": "it", "board_authorised": True, "interinstitutional_agreement": True})
    assert got.get("board_authorised") is None and got.get("interinstitutional_agreement") is None, got
    assert "board_authorised" in got and got.get("supervisor_authorised") is True, got
    reply = texts(dispatcher)
    assert "accordo interistituzionale: Sì → non ancora noto" in reply and "non idone" not in reply, reply


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "accordo interistituzionale NO, autorizzazione del Consiglio Scientifico NO. Non li ho ancora."),
    ("en", "interinstitutional agreement: no, board authorisation: no. I don't have them yet."),
    ("fr", "accord interinstitutionnel : non, conseil scientifique : non. Je ne les ai pas encore."),
    ("nl", "overeenkomst: nee, wetenschappelijke raad: nee. Ik heb ze nog niet."),
])
async def test_no_said_with_not_yet_is_pending(dispatcher, monkeypatch, lang, text):
    monkeypatch.setenv("MOBILITY_TODAY", LUCCA_OPEN)
    got = await respond(dispatcher, text=text, slots={**LUCCA_PHD, "language": lang})
    assert got.get("board_authorised") is None and got.get("interinstitutional_agreement") is None, got
    assert {"board_authorised", "interinstitutional_agreement"} <= set(got.get("skipped") or []), got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "not yet"), ("fr", "pas encore"), ("nl", "nog niet"), ("it", "non ancora"),
])
async def test_not_yet_answering_a_condition_is_pending(dispatcher, monkeypatch, lang, text):
    monkeypatch.setenv("MOBILITY_TODAY", LUCCA_OPEN)
    got = await respond(dispatcher, text=text, intent="deny",
                        slots={**LUCCA_PHD, "language": lang, "asked": "board_authorised"})
    assert "board_authorised" in (got.get("skipped") or []) and got.get("board_authorised") is not False, got


@pytest.mark.parametrize(("text", "expected"), [
    ("No, they refused", False),
    ("il consiglio ha rifiutato, l'accordo non ce l'ho ancora", False),
    ("yes", True),
])
async def test_a_refusal_stays_no(dispatcher, monkeypatch, text, expected):
    monkeypatch.setenv("MOBILITY_TODAY", LUCCA_OPEN)
    got = await respond(dispatcher, text=text, slots={**LUCCA_PHD, "asked": "board_authorised"})
    assert got.get("board_authorised") is expected, got


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "il mio supervisore è d'accordo e ha firmato"),
    ("en", "my supervisor agreed and signed"),
])
async def test_the_supervisore_agreed(dispatcher, monkeypatch, lang, text):
    monkeypatch.setenv("MOBILITY_TODAY", LUCCA_OPEN)
    got: dict[str, Any] = await respond(dispatcher, text=text, slots={**LUCCA_PHD, "language": lang})
    assert got.get("supervisor_authorised") is True and "interinstitutional_agreement" not in got, got
