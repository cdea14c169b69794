"""Yes/no facts named in passing ("it holds an ECHE", "il mio relatore è d'accordo", "no idea about the
charter", "never did Erasmus"), read from the words around each mention; a question about them sets
nothing."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actions import hearsay, metatalk, when, yesno
from actions.asides import asked_about, said_by, segment
from actions.phrases import PHRASES, QUESTION_RX, has
from actions.stated import about_group, consent_spans, first_named, open_question

if TYPE_CHECKING:
    from actions.facts import Reading

NEGATION_REACH = 30  # characters either side of a fact's keyword that can turn it round


def facts_in_passing(text: str, asked: str | None, reading: Reading) -> None:
    """Yes/no facts the message names ("it holds an ECHE", "il mio relatore è d'accordo", "no idea about the
    charter"); a question about them ("do I need the Scientific Board?") sets nothing."""
    consents = consent_spans(text)  # "l'accord de mon promoteur" is the supervisor's, not an agreement
    for name in PHRASES["fact_words"]:
        match = first_named(name, text, consents)
        if not match or name in reading.values:
            continue
        left, right = when.clause_span(text, match.start(), match.end())
        clause = text[left:right]
        # The words right around the mention ("non mi hai risposto sulla borsa" is no "no scholarship"), and
        # after it only up to the next comma ("ik heb een beurs, geen personeelscontract").
        comma = text.find(",", match.end())
        near_right = min(right, match.end() + NEGATION_REACH, comma if comma >= 0 else right)
        near_left = max(left, match.start() - NEGATION_REACH)
        if has("denied_saying", clause):
            reading.unknown.add(name)  # "I didn't say it has an ECHE": open again
            continue
        if metatalk.disowned(text, match.start()):
            reading.disowned.add(name)  # "je parlais pas de l'accord": undone if just read, never set
            continue
        if metatalk.set_against(text, match.start()):
            continue  # "intendevo il compenso dell'azienda, non la borsa di dottorato": not what is asked
        news = said_by(text, match.end()) and not (name == asked and PHRASES["fact_yes"].search(clause))
        if news:
            continue  # "my supervisor said it might be March"
        if has("dont_know", clause) and open_question(text, match.start(), match.end()) and not asks(clause):
            # "no, I DON'T know whether Edinburgh holds an ECHE": open again, also when stored as a yes (round
            # 34 read it as asking how to check and kept the Yes), and after "stavo chiedendo" (round 35).
            reading.unknown.add(name)
            continue
        if has("meta_talk", clause):
            continue  # "I didn't ask about my supervisor"
        if name == "green_travel" and has("hedged_plan", clause) and "?" not in clause:
            reading.questioned.add(name)  # "I'll probably take the train": a likely plan, unnoted (round 45)
            continue
        if name == "green_travel" and has("conditional_plan", re.split(r"[.!?]", text[:match.start()])[-1]
                                          + re.split(r"[.!?]", text[match.start():])[0]):
            reading.questioned.add(name)  # "I'd take the train if it's not crazy": no plan yet (round 48)
            continue
        if has("top_up_asked", re.split(r"[.!?]", text[:match.start()])[-1]):
            reading.questioned.add(name)  # "intendevo una maggiorazione per il viaggio sostenibile": asked
            continue
        if yesno.intended(text, match.start(), match.end()):
            reading.questioned.add(name)  # "scrivo a Daniela per l'accordo": meant to be asked, not had yet
            continue
        if hearsay.asked_how(name, text, match.start()):
            reading.questioned.add(name)  # "come verifico se l'università ce l'ha?": states nothing
            continue
        if hearsay.reported(name, text, match.start(), match.end()):
            reading.questioned.add(name)  # "a colleague said the host must hold an ECHE": not their yes
            continue
        # "whether Heidelberg has that charter", "ik kom in aanmerking als Porto een ECHE heeft"
        left_open = open_question(text, match.start(), match.end()) \
            or hearsay.condition(text, match.start(), match.end())
        if name in yesno.CONDITIONS and has("refused", segment(text, match.start(), match.end())) \
                and not left_open and "?" not in clause:
            reading.values[name] = False  # "the board refused, the agreement is not there yet"
        elif has("dont_know", clause) or has("not_yet", clause) or left_open and name == asked:
            reading.unknown.add(name)
        elif asked_about(text, match.start(), match.end()) or left_open \
                or about_group(text, match.start(), match.end()) \
                or has("asked_by_order", segment(text, match.start(), match.end())) \
                or asks(stated_part(text, left, right, match.end(), held=_held(name, text, left, right))) \
                and name != asked:
            reading.questioned.add(name)
            continue
        elif yesno.negated(text, match.start(), match.end(), near_left, near_right):
            if yesno.pending(name, text, clause):
                reading.unknown.add(name)  # "accordo NO ... Non li ho ancora": not refused, pending
            else:
                reading.values[name] = False
        elif PHRASES["fact_yes"].search(_without_consulting(clause)) or name == asked \
                or yesno.owned(name, text, match.start(), match.end()) or _held(name, text, left, right) \
                or _with_plan(name, text, match.start()):
            # ("modulo firmato dal supervisore, da mandare entro ...": the form to send, no signature given)
            reading.values[name] = True
    # "never did Erasmus", said as a statement: not "is Norway Erasmus, it's no EU country?" ("geen").
    never = PHRASES["never"].search(text)
    said = when.clause(text, never.start(), never.end()) if never else ""
    if never and has("erasmus_before", said) and "?" not in said \
            and "prior_erasmus_months" not in reading.values:
        reading.values["prior_erasmus_months"] = 0.0


def _without_consulting(clause: str) -> str:
    """The clause without a signed form's words ("modulo firmato dal supervisore") nor someone consulted
    ("just checked with my supervisor", "j'ai vérifié avec mon directeur", "ho sentito il mio relatore":
    asked about something, no authorisation given; round 45 read "with my" as having it)."""
    return PHRASES["consulted_person"].sub(" ", PHRASES["document_signed_by"].sub(" ", clause))


def _with_plan(name: str, text: str, start: int) -> bool:
    """The online part named with the plan ("..., met online sessies vooraf", "with online sessions before",
    "avec des sessions en ligne avant", "con sessioni online prima"): it has its virtual component (round 56
    kept the condition "check with the organisers whether it has one" in the verdict and the e-mail)."""
    before = text[max(0, start - 40):start]
    return name == "virtual_component" and PHRASES["virtual_with"].search(before) is not None


def asks(clause: str) -> bool:
    return "?" in clause or QUESTION_RX.search(clause.strip()) is not None


def _held(name: str, text: str, left: int, right: int) -> bool:
    """A scholarship said held before the first comma of its clause ("je bénéficie d'une bourse de doctorat",
    "je suis boursière", "I have a PhD scholarship, is it compatible?"): the person's fact (round 46)."""
    if name != "has_scholarship":
        return False
    comma = text.find(",", left, right)
    head = text[left:comma if comma >= 0 else right]
    return not asks(head) and has("scholarship_held", head)


def stated_part(text: str, left: int, right: int, end: int, own_doing: bool = False,
                held: bool = False) -> str:
    """The clause around a mention, without a question after a comma that asks whether it matters: "io non
    ho nessuna borsa di studio, è un problema?" states the fact and then asks about it (round 25 read it as
    a question and set nothing). `own_doing`: what the person does themselves ("i do want to go by train,
    thats green travel no?", round 31) is stated also when checked back with a tag; another's fact so
    checked ("the host has an ECHE, right?") is still asked. `held`: a scholarship said held before the comma
    ("I have a PhD scholarship, is it compatible with the grant?"): stated, whatever the question after it."""
    comma = text.find(",", end, right)
    tail = text[comma:right]
    if comma >= 0 and (has("matters_question", tail) or own_doing and has("check_back", tail) or held) \
            and not asks(text[left:comma]):
        return text[left:comma]
    return text[left:right]
