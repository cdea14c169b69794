"""A kind of host told as a fact, with a question tag after it: "Note ISS is a public body, not a university -
is that ok?", "c'est un organisme public, ça va ?", "het is een overheidsinstelling, is dat ok?", "è un ente
pubblico, va bene?". The kind is the host's (a correction of the one noted), and the tag asks about it; "is a
research institute fine?" asks about a kind without telling it (round 45 kept the kind first guessed from
the host's name and answered the tag with "I can't find the answer")."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions.hostparent import HOST_NAME, new_host_named
from actions.phrases import PHRASES, has
from actions.teachalong import asks_teaching_alongside
from actions.when import clause_span

# Where a tag question is cut off from the statement before it: a dash between spaces, a comma, a colon.
_CUT_RX = re.compile(r"\s+[-–—]+\s+|\s*[,;:]\s*")


def asked_not_told(tracker: Tracker, kind: str, text: str, start: int, case: bool, end: int | None = None,
                   value: object = None) -> bool:
    """An activity or a kind of host inside a question, once that fact is known: asked about ("per i tirocini
    c'è un contributo extra?", "is a research institute fine?"), no new fact; unless the person changes their
    mind, sets a case, or tells the host's kind with a tag after it. Teaching asked about as an addition to a
    staff training is no new activity, wherever the message names it ("No, I mean teaching. Can I combine
    the training with some teaching hours?", round 60)."""
    if kind == "activity" and value == "teaching" \
            and asks_teaching_alongside(text, tracker.get_slot("role"), tracker.get_slot("activity")):
        return True
    left, right = clause_span(text, start, start)
    sentence = text[left:right]
    if _rule_asked(text, start):  # (whatever "and the host?" before it)
        return True  # "does it have to be a university or can it be any organisation?": a rule (round 64)
    if not tracker.get_slot(kind) or "?" not in sentence or has("change_of_mind", sentence) or case:
        return False
    if kind == "activity" and has("activity_compared", sentence):
        return False  # "would a short-term doctoral mobility suit me better?": a case (activitycompared.py)
    if kind == "receiving_org" and isinstance(end, int) \
            and new_host_named(text, start, end, tracker.get_slot(HOST_NAME)):
        return False  # "Allora al Max Planck Institute di Monaco, stesse date?": a new host, told (round 56)
    return not (kind == "receiving_org" and told_then_asked(sentence, start - left))


def _rule_asked(text: str, start: int) -> bool:
    """The question around `start` asks whether something is required, with an alternative ("does it have to
    be a university or can it be any organisation?"): its options are no fact."""
    left = max(text.rfind(mark, 0, start) for mark in ".?!") + 1
    ends = [at for at in (text.find(mark, start) for mark in ".?!") if at >= 0]
    if not ends or text[min(ends)] != "?":
        return False  # the mention's own sentence is no question ("het is bij een onderzoeksinstituut.")
    question = text[left:min(ends) + 1]
    return has("must_option", question) \
        and any(rx.search(question) for rx in PHRASES["either_or"].values())


def told_then_asked(sentence: str, at: int) -> bool:
    """The mention at `at` (an offset into `sentence`) stands in a statement whose tag after it ("is that
    ok?", "ça va ?", "is dat ok?", "va bene?") asks about what it states; no condition ("if it's a public
    body, is that ok?" is a case, not the host)."""
    cuts = [m for m in _CUT_RX.finditer(sentence) if m.start() >= at]
    if not cuts:
        return False
    head, tail = sentence[:cuts[-1].start()], sentence[cuts[-1].end():].strip()
    return "?" in tail and has("plan_question", tail) and has("kind_told", sentence[:at]) \
        and not (has("if_clause", head) or has("what_if", head) or has("case_words", head))


def tag_asks_kind(text: str, start: object) -> bool:
    """told_then_asked for a mention at `start` in the whole message."""
    if not isinstance(start, int):
        return False
    left, right = clause_span(text, start, start)
    return told_then_asked(text[left:right], start - left)


def rule_words(call_id: str, role: Any, check: dict[str, Any], lang: str) -> list[str]:
    """The call's own words on the hosts of the person's role (its receiving-organisation topic's part for
    that role): a public body may host a staff training as an organisation "active in the labour market or
    in education, training, youth, research and innovation", which the yes alone did not say (round 45)."""
    from actions.askabout import sourced
    from actions.faq import topics_of
    from actions.profile import core

    call = core().get_call(call_id)
    topic = call.topics.get("receiving_org_types")
    if not role or topic is None or not any(role in p.roles for p in topic.parts):
        return []  # no part for this role: the whole topic (every role's hosts) is too much here
    part = topics_of(call_id, ("receiving_org_types",), str(role))[0]
    if part.source == check.get("source"):
        return [f"ℹ {part.answer(lang)}"]  # its source is the one just said
    return [sourced("ℹ", part.answer(lang), call_id, part.source, lang)]
