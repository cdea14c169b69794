"""A new call is one data file: with MOBILITY_CALLS_PATH pointing at a directory holding an invented
institution's call and ITM's next call (its years moved on), and nothing else changed (no code, no training
data), the chat answers from those calls at today's real date, when both calls it was built for have ended."""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.serve import Assistant, running_assistant
from tests.conftest import REPO
from tests.e2e.harness import Conversation, _model

FIXTURE = Path(__file__).with_name("fixtures") / "calls" / "nordhavn-2027.yaml"


def next_itm_call(target: Path) -> None:
    """ITM's call with every year two years on (itm-2026: academic years 2026-2027 and 2027-2028)."""
    text = (REPO / "rules_core" / "calls" / "itm-2024.yaml").read_text()
    for old, new in (("2026", "2028"), ("2025", "2027"), ("2024", "2026")):
        text = text.replace(old, new)
    target.write_text(text)


HARBOUR = REPO / "tests" / "rules_core" / "fixtures" / "calls" / "harbour-2031"
CALLS = Path(tempfile.mkdtemp(prefix="new-calls-"))


@pytest.fixture(scope="module")
def assistant() -> Iterator[Assistant]:
    calls = CALLS
    shutil.copy(FIXTURE, calls / FIXTURE.name)
    next_itm_call(calls / "itm-2026.yaml")
    saved = os.environ.pop("MOBILITY_TODAY", None)  # the real date: ITM 2024 and Lucca 2015 have ended
    try:
        env = {"MOBILITY_CALLS_PATH": str(calls)}
        with running_assistant(model=_model(), widget=False, env=env) as running:
            yield running
    finally:
        if saved is not None:
            os.environ["MOBILITY_TODAY"] = saved
        shutil.rmtree(calls, ignore_errors=True)


def test_an_invented_institution_in_english(assistant: Assistant) -> None:
    chat = Conversation(assistant, "nordhavn-en")
    said = chat.say("I'm an MSc student at Nordhavn University College and want a traineeship in Oslo "
                    "from 1 March to 31 May 2027")
    assert re.search(r"(?<!not )\byou are eligible", said) and "Nordhavn" in said, said
    assert "31 May 2027" in said and "ITM" not in said
    said = chat.say("Who do I write to?")
    assert "outgoing@nordhavn.example" in said, said


def test_an_invented_institution_in_french(assistant: Assistant) -> None:
    chat = Conversation(assistant, "nordhavn-fr")
    said = chat.say("Je suis étudiante en master à Nordhavn University College et je voudrais faire un stage "
                    "à Oslo du 1er mars au 31 mai 2027")
    assert "vous êtes éligible" in said and "31 mai 2027" in said, said
    said = Conversation(assistant, "nordhavn-faq").say("Who can apply to the Nordhavn call?")
    assert "second year" in said, said


def test_the_next_itm_call_answers_once_the_first_has_ended(assistant: Assistant) -> None:
    said = Conversation(assistant, "itm-next-deadline").say("What is the deadline of ITM's Erasmus+ call?")
    assert "31 July 2028" in said and "closed" not in said, said
    chat = Conversation(assistant, "itm-next-elig")
    said = chat.say("I'm a Belgian MSc student at ITM and want a traineeship at a research institute in "
                    "Lisbon from 1 March to 31 May 2027")
    assert re.search(r"(?<!not )\byou are eligible", said) and "1 January 2027" in said, said


def test_a_call_added_to_a_running_assistant_is_answered_without_a_restart(assistant: Assistant) -> None:
    """An office drops a call folder into its calls directory: both servers take it in within seconds (they
    look at the files every 2 s), with no restart and no retraining."""
    question = "What is the deadline of the Harbour School of Design call?"
    before = Conversation(assistant, "harbour-before").say(question)
    assert "15 May 2031" not in before, before
    shutil.copytree(HARBOUR, CALLS / HARBOUR.name)
    try:
        deadline = time.monotonic() + 30
        said = ""
        while "15 May 2031" not in said and time.monotonic() < deadline:
            time.sleep(1)
            said = Conversation(assistant, f"harbour-{time.monotonic():.0f}").say(question)
        assert "15 May 2031" in said, said
        said = Conversation(assistant, "harbour-contact").say("Who do I write to at Harbour School of "
                                                              "Design?")
        assert "erasmus@harbour.example" in said, said
        hello = Conversation(assistant, "harbour-hello").say("hello")
        assert "Harbour School of Design" in hello, hello
    finally:
        shutil.rmtree(CALLS / HARBOUR.name, ignore_errors=True)
