"""A word of an institution's own name is not a fact about the stay (a call added as data, no code change)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rasa_sdk.executor import CollectingDispatcher

from rules_core import loader
from tests.actions.conftest import said
from tests.actions.test_dialogue import respond

FIXTURE = Path(__file__).parents[1] / "e2e" / "fixtures" / "calls"


@pytest.fixture
def with_nordhavn(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MOBILITY_CALLS_PATH", str(FIXTURE))
    loader.reset()  # the calls' name matchers key on the loader's generation: they follow
    yield
    monkeypatch.delenv("MOBILITY_CALLS_PATH")
    loader.reset()


async def test_school_in_the_institutions_name_is_not_the_host(with_nordhavn) -> None:
    from actions.calls import call_ids

    call = next(c for c in call_ids() if c.startswith("nordhavn"))
    alias = next(a for a in loader.get_call(call).chat.aliases if " " in a)
    text = f"I'm a master's student at {alias} and want a traineeship"
    got = await respond(CollectingDispatcher(), text=text,
                        entities=[said(text, "receiving_org", "school", alias.split()[-1])],
                        slots={"call": call})
    assert "receiving_org" not in got, got


def _texts(dispatcher: CollectingDispatcher) -> str:
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


async def test_institutions_in_greetings_and_questions_come_from_the_call_files(with_nordhavn) -> None:
    greeting = CollectingDispatcher()
    await respond(greeting, text="hello", intent="greet")
    # the newest call first, each institution by its short name ("(Erasmus+ 2026-2027)" left out), British
    # list punctuation
    assert "for Nordhavn University College, ITM Antwerp and IMT Lucca. I can" in _texts(greeting), \
        _texts(greeting)
    which = CollectingDispatcher()
    await respond(which, text="am I eligible?", intent="check_eligibility")
    assert "Nordhavn University College, ITM Antwerp or IMT Lucca?" in _texts(which), _texts(which)
    assert len(which.messages[-1]["buttons"]) == 3


async def test_a_name_two_institutions_share_asks_which_and_names_only_those(with_nordhavn) -> None:
    dispatcher = CollectingDispatcher()
    text = "am I eligible at IMT?"
    await respond(dispatcher, text=text, intent="check_eligibility",
                  entities=[said(text, "institution", "imt", "IMT")])
    said_text = _texts(dispatcher)
    assert '"IMT" can mean ITM Antwerp or IMT Lucca' in said_text and "Nordhavn" not in said_text, said_text


@pytest.fixture
def with_next_itm_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from tests.e2e.test_new_call import next_itm_call

    next_itm_call(tmp_path / "itm-2026.yaml")
    monkeypatch.setenv("MOBILITY_CALLS_PATH", str(tmp_path))
    monkeypatch.setenv("MOBILITY_TODAY", "2025-10-01")  # ITM 2024 open, its next call not yet
    loader.reset()
    yield
    monkeypatch.delenv("MOBILITY_CALLS_PATH")
    loader.reset()


MSC_STUDY = {"call": "itm-2024", "role": "msc_student", "activity": "study", "goal": "eligibility",
             "asked": "start_date"}


async def _say_dates(text: str, start: tuple[str, str], end: tuple[str, str]) -> tuple[dict, str]:
    """The slots set and the text said when the person gives their dates (value, words) in `text`."""
    dispatcher = CollectingDispatcher()
    got = await respond(dispatcher, text=text, intent="inform", slots=MSC_STUDY,
                        entities=[said(text, "start_date", *start), said(text, "end_date", *end)])
    return got, _texts(dispatcher)


async def test_dates_under_the_institutions_next_call_are_answered_from_it(with_next_itm_call) -> None:
    got, reply = await _say_dates("I'd go from 1 October to 20 December 2026", ("2026-10-01", "1 October"),
                                  ("2026-12-20", "20 December 2026"))
    assert got["call"] == "itm-2026", got
    assert "Your dates fall under ITM Antwerp (Erasmus+ 2026-2028), not ITM Antwerp (Erasmus+ 2024-2026)" \
        in reply, reply


async def test_dates_inside_the_current_call_keep_it(with_next_itm_call) -> None:
    got, reply = await _say_dates("from 1 March to 20 May 2026", ("2026-03-01", "1 March"),
                                  ("2026-05-20", "20 May 2026"))
    assert got.get("call") in (None, "itm-2024") and "fall under" not in reply


@pytest.mark.parametrize(("call", "roles"), [
    ("imt-lucca-2015", ["phd_student", "recent_graduate"]),  # 'Who can apply?'
    ("itm-2024", ["msc_student", "phd_student", "staff"]),   # no bachelor, no recent graduate
    (None, ["msc_student", "phd_student", "bachelor_student", "staff", "recent_graduate"]),
])
def test_the_role_buttons_are_the_roles_the_call_admits(call: str | None, roles: list[str]) -> None:
    from actions.eligibility import _buttons_for
    from tests.actions.conftest import make_tracker

    buttons = _buttons_for("role", make_tracker(text="", slots={"call": call}), "en")
    assert [b["payload"] for b in buttons] == [f'/inform{{"role":"{r}"}}' for r in roles]
