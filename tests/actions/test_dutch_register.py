"""One register in Dutch: the assistant says "u/uw" everywhere, never "je/jij/jouw".
(Its texts, that is: a person who says "je" gets them rewritten to "je", test_dutch_informal_register.py.)

A reply mixes the chat's own sentences (actions/locales/nl.yaml) with the rules core's reasons and notes
(rules_core/messages/nl.yaml) and the calls' own Dutch texts (rules_core/calls/, under `nl:` keys);
the widget adds its labels (bot/widget/widget.js). All of them must use the formal register.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from tests.conftest import REPO

# Informal second person as whole words only: "je" in "jeugd", "meisje" or "alsjeblieft" does not count.
# "je'" ("je 't", "je'") is caught too: the apostrophe is not a word character, so \b holds after "je".
INFORMAL = re.compile(r"\b(?:je|jij|jou|jouw|jouwe|jezelf|jullie)\b", re.IGNORECASE)


def _strings(node: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, f"{where}[{i}]")


def _under_nl(node: Any, where: str) -> Iterator[tuple[str, str]]:
    """Every string below an `nl` key, however deep (labels, rule reasons, FAQ answers, grant notes...)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "nl":
                yield from _strings(value, f"{where}.nl")
            else:
                yield from _under_nl(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _under_nl(value, f"{where}[{i}]")


def _load(path: str) -> Any:
    with (REPO / path).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def locale_texts() -> list[tuple[str, str]]:
    return list(_strings(_load("actions/locales/nl.yaml"), "actions/locales/nl.yaml"))


def rules_core_texts() -> list[tuple[str, str]]:
    return list(_strings(_load("rules_core/messages/nl.yaml"), "rules_core/messages/nl.yaml"))


def call_texts() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for path in sorted((REPO / "rules_core" / "calls").rglob("*.yaml")):  # files, folders, _shared
        rel = path.relative_to(REPO).as_posix()
        out.extend(_under_nl(_load(rel), rel))
    return out


def widget_texts() -> list[tuple[str, str]]:
    js = (REPO / "bot" / "widget" / "widget.js").read_text(encoding="utf-8")
    block = re.search(r"\n\s*nl: \{(.*?)\n\s*it: \{", js, re.DOTALL)
    assert block, "the widget's nl texts were not found; update this test if widget.js changed shape"
    strings = re.findall(r'"((?:[^"\\]|\\.)*)"', block.group(1))
    return [(f"bot/widget/widget.js nl[{i}]", s) for i, s in enumerate(strings)]


SOURCES = {
    "actions_locale": locale_texts,
    "rules_core_messages": rules_core_texts,
    "calls": call_texts,
    "widget": widget_texts,
}


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_dutch_texts_never_use_the_informal_register(source: str) -> None:
    texts = SOURCES[source]()
    assert len(texts) >= 10, f"{source}: only {len(texts)} Dutch texts found; the loader is probably broken"
    informal = [f"{where}: {m.group(0)!r} in {text!r}"
                for where, text in texts for m in INFORMAL.finditer(text)]
    assert not informal, "informal Dutch (use u/uw):\n" + "\n".join(informal)


def test_the_check_sees_whole_words_only() -> None:
    for text in ("Heb je al een beurs?", "Je mag ook", "voor jouw geval", "voor JOU", "Hoe heb je't gedaan?",
                 "zoals jij wilt", "vraag het jezelf", "jullie aanvraag"):
        assert INFORMAL.search(text), text
    for text in ("onderwijs, opleiding en jeugd", "een meisje", "alsjeblieft", "Bent u student?",
                 "uw promotor", "een bijlage", "projecten", "jeugdwerk"):
        assert not INFORMAL.search(text), text


def test_the_chat_and_the_rules_core_both_say_u() -> None:
    """Both halves of a reply really are formal, so the check above is not passing on empty texts."""
    assert any(re.search(r"\bu\b", text) for _, text in locale_texts())
    assert any(re.search(r"\buw\b", text, re.IGNORECASE) for _, text in rules_core_texts())
