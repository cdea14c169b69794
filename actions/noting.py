"""What a message states goes into the slots, said back once ("Noted: ...", "Updated: a → b") so a misreading
can be corrected; and the call whose mobility window holds the person's dates."""
from __future__ import annotations

import re

from actions import i18n
from actions.answer import show_value
from actions.approxdates import hedged_dates, mark_dates
from actions.asides import say_what_if
from actions.citynamesake import namesake_read
from actions.eitherway import either_way
from actions.facts import read_message
from actions.hostparent import name_update
from actions.i18n import t
from actions.metatalk import says_unknown_again
from actions.ownwords import CITY_WORDS, city_words
from actions.phrases import has
from actions.profile import PROFILE_SLOTS
from actions.turn import Turn
from rules_core.vocab import PRIORITY_FIELDS

MONTH_DAY_RX = re.compile(r"\d")  # a date said with its day has a digit; "mid-February" has none
NOT_ECHOED = ("call", *PRIORITY_FIELDS)


def call_for_the_dates(turn: Turn) -> str | None:
    """Of one institution's calls, answer from the one whose mobility window holds the person's start, and
    say so ("Your dates fall under ITM Antwerp (Erasmus+ 2026-2028)")."""
    import datetime as dt

    from actions.calls import call_for_dates, call_name

    month = turn.get("start_month")  # a start month waiting for its day places the stay as well
    call_id, start = turn.get("call"), turn.get("start_date") or (f"{month}-01" if month else None)
    if not call_id or not start:
        return None
    other = call_for_dates(call_id, dt.date.fromisoformat(str(start)))
    if other is None:
        return None
    turn.set("call", other)
    return t(turn.lang, "call_for_dates", call=call_name(other, turn.lang),
             before=call_name(call_id, turn.lang))


def apply_facts(turn: Turn, asked: str | None) -> tuple[str | None, bool]:
    """Every fact the message states goes into the slots; returns the "Updated: a → b" line (for facts that
    replaced an earlier value) and whether the message stated anything at all."""
    from actions.priorityask import priority_answer, priority_asked, priority_told

    # "Nee, dat ben ik niet." to the priority question the last reply asked (no form question): that fact.
    own = None if asked else priority_asked(turn)
    from actions.example import drop_examples

    # ("... or 2 months before i leave? like if i move my trip to june": an example, no fact; round 41)
    entities = drop_examples(turn.text, turn.entities)
    from actions.graduatebefore import drop_student_past

    entities = drop_student_past(turn, entities)  # "if I had applied before 15 September" (round 61)
    reading = read_message(turn.tracker, asked or own, turn.text, entities)
    if reading.issue:
        turn.set("input_issue", reading.issue)
        from actions.eligibility import issue_message

        message, _ = issue_message(turn.view, turn.lang)
        if message:
            turn.say(message)
        turn.set("input_issue", None)
    from actions.caseresume import meant_case_dates, resume_case
    from actions.keepcase import forget_case, kept_values

    meant_case_dates(turn, reading.values, reading.assumed)  # "the february to april one": the case's dates
    # "Keep this as my plan" after a what-if: its facts, as if said now.
    reading.values = {**kept_values(turn), **reading.values}
    replaced, noted = [], []
    from actions.pastcase import take_stated

    # "june 1 to july 31 2026: eligible?" after the call ended, the own plan after it: a case, not the plan.
    past = take_stated(turn, reading.values)
    from actions.applieddate import keep_with_case

    keep_with_case(turn)  # "demande faite le 1er décembre 2025": the case's date of applying (round 53)
    if say_what_if(turn, reading.values):
        return None, True
    from actions.casefollow import follow_case

    # "how much in that case?" after a what-if: that case's answer, the plan unchanged (round 52)
    followed = follow_case(turn, reading.values)
    forget_case(turn, reading.values)
    from actions.gendernoted import gender_corrected

    # "je suis étudiante hein pas étudiant": the form corrected, acknowledged (round 51)
    regendered = gender_corrected(turn.text, turn.get("gender"), reading.values.get("gender"))
    words = reading.values.get(CITY_WORDS) or city_words(turn)  # "Monaco di Baviera" said back as written
    renamed = name_update(turn, reading.values)  # "not Humboldt, the Charité": the host's name replaced
    if renamed:
        replaced.append(renamed)
    hedged = hedged_dates(turn.text, entities)
    for name, value in reading.values.items():
        old = turn.get(name)
        label = i18n.field_told(turn.lang, name, turn.get("role"))
        shown = show_value(name, value, turn.lang, words)
        if name in reading.assumed and not _day_said(value, turn.text):
            # "until June": the day taken is said, so it can be corrected ("end of July, so 31 July" said it)
            shown = f"{shown} ({t(turn.lang, 'day_assumed')})"
        elif name in hedged:  # "dates roughly 3 march to 27 june": "about 3 March 2027" (round 56)
            shown = t(turn.lang, "date_about", date=shown)
        if name in reading.inferred:  # "Institut Pasteur": a research institute by its name, to correct
            why = "cycle_research_as_study" if name == "activity" else "kind_from_name"  # (round 62)
            shown = f"{shown} ({t(turn.lang, why)})"
        shown = namesake_read(turn, name, value, shown, words, reading.values)
        if name in PROFILE_SLOTS and old not in (None, []) and value not in (None, []) and old != value:
            replaced.append(f"{label}: {show_value(name, old, turn.lang, words)} → {shown}")
        elif name in PROFILE_SLOTS and (name not in NOT_ECHOED or _phd_said(name, turn.text)) \
                and old in (None, []) and value not in (None, []) and not (name == asked and turn.is_payload):
            # Every fact read from words is said back once, the one asked for too ("du 9 au 13 mars": both
            # dates), so a misreading can be corrected; a button clicked needs no echo. A priority-only fact
            # is said back in the priority answer, the one place it counts.
            noted.append(f"{label}: {shown}")
        elif name in reading.assumed and value and not MONTH_DAY_RX.search(turn.text):
            # "somewhere in February": the day was not said; show the one taken, so it can be corrected. (A
            # month said for a date already in it keeps that date's day: nothing to correct.)
            noted.append(f"{label}: {show_value(name, value, turn.lang, words)} "
                         f"({t(turn.lang, 'day_assumed')})")
        turn.set(name, value)
    mark_dates(turn, reading.values, hedged,
               {n for n in reading.assumed if not _day_said(reading.values.get(n), turn.text)})
    for name in sorted(reading.unknown | reading.reopened):
        old = turn.get(name)
        if name in PROFILE_SLOTS and name not in reading.values and old not in (None, []):
            # "I haven't asked yet" after a "no" was read, "I wasn't talking about X": open again, said so.
            before = show_value(name, old, turn.lang, words)
            label = i18n.field_told(turn.lang, name, turn.get("role"))
            replaced.append(f"{label}: {before} → {t(turn.lang, 'value_unknown')}")
            turn.set(name, None)
    skipped = [f for f in (turn.get("skipped") or []) if f not in reading.values]
    skipped += [f for f in reading.unknown if f not in skipped]
    if skipped != (turn.get("skipped") or []):
        turn.set("skipped", skipped)
    # Disowning words ("I wasn't talking about X": reading.reopened) state nothing.
    stated = turn.restated = past or bool(reading.values) or bool(reading.unknown) \
        or bool(reading.which_reversed)
    if "hypothetical" in [e.get("entity") for e in turn.entities]:
        turn.set("hypothetical", True)
        stated = True
    lines = [t(turn.lang, "changed_facts", facts="; ".join(replaced))] if replaced else []
    if replaced and (has("complaint_question", turn.text) or has("denied_saying", turn.text)
                     or says_unknown_again(turn.text)):  # "I said no idea, not zero" (round 39)
        # "why did you write yes??", "I never said that": a misreading the person had to point out (round 35)
        lines.insert(0, t(turn.lang, "sorry_misread"))
    if regendered and not lines:
        lines.append(t(turn.lang, "gender_noted"))
    if noted and (replaced or not turn.is_payload):
        lines.append(t(turn.lang, "noted", facts="; ".join(noted)))
    lines.append(resume_case(turn, reading.values) or followed or "")  # a case's question: that case's
    if reading.which_reversed:  # "c'est l'inverse" after several yes/no facts: which one, not a guess
        role = turn.get("role")
        shown = [f"{i18n.field_told(turn.lang, n, role)}: {show_value(n, turn.get(n), turn.lang, words)}"
                 for n in reading.which_reversed]
        lines.append(t(turn.lang, "which_reversed", facts="; ".join(shown)))
    # and what the priorities make of it ("no idea": none counted, it excludes no one)
    told = None if own else priority_told(turn, reading.values)  # "En over die voorrang: ja, ik ben ..."
    lines.append(priority_answer(turn, own or told, unknown=own in reading.unknown, told=bool(told)) or "")
    lines.append(either_way(turn, reading.options) or "")  # "foundation or research institute: the same"
    return "\n".join(line for line in lines if line) or None, stated


def sorry_said(turn: Turn, changed: str | None) -> bool:
    """"c'est Grenade en Espagne, pas l'île. pourquoi tu me parles de pays tiers ?": a complaint that
    corrected a fact is answered by the sorry and the corrected fact, then the new answer (round 39
    explained the programme countries first)."""
    return bool(changed) and str(changed).startswith(t(turn.lang, "sorry_misread"))


def _phd_said(name: str, text: str) -> bool:
    """"Je n'ai pas de doctorat", "I have a PhD": the staff member's PhD said in words is said back like any
    fact (round 62 noted the status and the nationality, not it); a job title alone is not."""
    if name != "doctoral_or_postdoc_staff":
        return False
    from actions.doctoral import JOB_REACH
    from actions.phrases import PHRASES
    from actions.staffposition import holds_phd

    # (a postdoc said of oneself is the role's own word, not said back: round 13)
    return holds_phd(text) or any("post" not in m.group().lower()
                                  and has("lacking_before", text[max(0, m.start() - JOB_REACH):m.start()])
                                  for m in PHRASES["doctoral_position"].finditer(text))


def _day_said(value: object, text: str) -> bool:
    """Whether the day of a date taken from a month ("the end of July") is said as a number too ("31")."""
    day = str(value)[8:10]
    return day.isdigit() and str(int(day)) in re.findall(r"(?<![\d.,])\d{1,2}(?![\d.,])", text)
