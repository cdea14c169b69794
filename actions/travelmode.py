"""How the person travels, said in words: by train, bus or carpool is green travel ("ik ga wel met de trein
hoor, niet vliegen", "Ik reis dus duurzaam, met de trein", "je prends le train", "vado in treno"); "not by
train" or flying ("we vliegen", "je prends l'avion") is not; a question ("is the train cheaper?", "can I go by
train?") or words said back say nothing. Used by actions/facts.py before the yes/no facts named in passing."""
from __future__ import annotations

import re

from actions import when
from actions.asides import segment
from actions.inpassing import stated_part
from actions.phrases import PHRASES, QUESTION_RX, has, negation_in

FACT = "green_travel"


def travel_mode(text: str) -> bool | None:
    """True for a green mode said as the person's own way to travel, False for one denied or for flying
    said without one, None when the message says neither."""
    said = [m for m in modes(text, "green_mode") if _statement(text, m.start(), m.end())]
    if any(_statement(text, m.start(), m.end()) for m in PHRASES["green_instead"].finditer(text)):
        return True  # "je ne prends pas l'avion mais le train": the negation is the plane's
    for match in said:
        if not _denied(text, match.start(), match.end()):
            return True  # "met de trein, niet vliegen": the green mode said, the other one denied
    if said:
        return False  # "not by train", "niet met de trein"
    for match in modes(text, "flying"):
        if _statement(text, match.start(), match.end()) and not _denied(text, match.start(), match.end()):
            return False  # "we vliegen", "I'll fly there"
    if not modes(text, "flying") \
            and any(_statement(text, m.start(), m.end()) for m in PHRASES["mode_priced"].finditer(text)):
        return True  # "Le train jusqu'à Bâle c'est pas donné": the train named as theirs, "pas" the price's
    return _case(text)


def modes(text: str, key: str) -> list[re.Match[str]]:
    """The ways of travelling of phrase `key` ("green_mode", "flying") named in the text, but the one a
    message replaces ("in pullman invece che in aereo": the bus is the plan or the case, never the plane;
    round 39 answered that question as a case of flying, "viaggio sostenibile: No")."""
    return [m for m in PHRASES[key].finditer(text)
            if not PHRASES["mode_replaced_before"].search(text[max(0, m.start() - 40):m.start()])]


def named(text: str, key: str) -> bool:
    return bool(modes(text, key))


def _case(text: str) -> bool | None:
    """"What if I flew instead?": flying in a case, read as such (actions/asides.py answers it for that case
    and stores nothing; round 23 gave the train's €285 for a flight). "Et si je prends le train ?" has its
    own answer, the green band beside the other (actions/askabout.py green_travel)."""
    for match in modes(text, "flying"):
        clause = when.clause(text, match.start(), match.end())
        if has("what_if", clause) and not _denied(text, match.start(), match.end()):
            return False
    return None


def _statement(text: str, start: int, end: int) -> bool:
    """Not inside a question ("is the train cheaper?", "does erasmus pay my train or not"), nor the call's
    words said back; a statement checked back ("i go by train, that's green travel no?") still states."""
    left, right = when.clause_span(text, start, end)
    clause = stated_part(text, left, right, end, own_doing=True)
    if clause != text[left:right] and _amount_checked(clause):
        return False  # "so by train it was 417, right?": the amount told checked back, not a plan (round 36)
    if _amount_checked(segment(text, start, end)):
        return False  # "309 EUR travel, 417 by train, ... Correct?": the figure recapped, no plan (round 37)
    if has("top_up_asked", re.split(r"[.!?]", text[:start])[-1]):
        return False  # "I meant extra money for travelling green, by train": a top-up asked (round 43)
    if has("not_yet", clause) or has("dont_know", clause):
        return False  # "I haven't decided on the train yet": open (facts_in_passing), never a No (round 37)
    if has("hedged_plan", clause):
        return False  # "ik ga wss met de trein": a likely plan, not noted as a fact (round 45)
    if has("conditional_plan", _sentence(text, start)):
        return False  # "I'd take the train to Copenhagen if it's not crazy": no plan yet (round 48)
    if "?" in clause and _own_plan_part(text, start, end):
        return True  # "ik ga met de trein, hoeveel reisgeld krijg ik?": the plan said, then asked (round 49)
    return "?" not in clause and not QUESTION_RX.search(clause.strip()) and not has("quoting", clause) \
        and not has("what_if", clause)


def _own_plan_part(text: str, start: int, end: int) -> bool:
    """The part of the sentence before its question, the person's own way to travel ("I'm going by train,
    how much do I get?"): no question mark in it, and it opens with the person as the one who goes."""
    part = segment(text, start, end)
    return "?" not in part and bool(PHRASES["own_plan_lead"].match(part)) and not has("what_if", part)


def _sentence(text: str, start: int) -> str:
    """The sentence around a position (between the marks that end sentences)."""
    left = max(text.rfind(mark, 0, start) for mark in ".!?") + 1
    right = min((i for i in (text.find(mark, start) for mark in ".!?") if i >= 0), default=len(text))
    return text[left:right]


def _denied(text: str, start: int, end: int) -> bool:
    """"not by train", "pas en avion", "niet vliegen", "non in aereo": a negation in its own part of the
    sentence, before it."""
    seg = segment(text, start, end)
    words = text[start:end]
    before = seg[:seg.find(words)] if words in seg else ""
    before = PHRASES["no_i_asked"].sub("", before)  # "nee ik vroeg naar ... met de trein" (round 49)
    return negation_in(re.sub(r"^\W*(but|mais|maar|ma)\b", "", before, flags=re.I))


def _amount_checked(clause: str) -> bool:
    """An amount in a clause checked back with a tag ("by train it's 417, right?", "met de trein was het 417,
    toch?"): the figure asked about; "I go by train, so it's 417, right?" states the train in its own part."""
    from actions.grantq import amounts_said

    return bool(amounts_said(clause))
