"""Talk about the conversation itself, which states no new fact:
- a date said again "as I said at the start" ("rimango al 29 maggio come avevo detto all'inizio", "comme
  je disais au début", "zoals ik in het begin zei"): it keeps the role it had when first said (it had been
  read as a new start date, and "all'inizio" as a start cue), as one kept "as planned" ("I keep 20 February
  as planned" after the end moved from 20 February to 6 March: the end, back to 20 February);
- a date that is the value one date field already has stays in that field, never the other one;
- "I wasn't talking about X", "je parlais pas de X", "ik had het niet over X", "non parlavo di X", and the
  same after "I didn't say X": X sets nothing, and a fact the last reply read from X is undone;
- "I meant Y, not X", "intendevo Y, non X": X sets nothing either (round 36: "altra borsa: No");
- "hm wait i said no idea, not zero", "j'ai dit que je ne savais pas", "ik zei dat ik het niet wist",
  "ho detto che non lo so": the fact the last reply noted is not known again, as any "I don't know"
  answer (the flow moves on, the verdict says what depends on it; round 39 kept the 0 months read from "no
  idea, maybe?").
Used by actions/facts.py; reads the conversation's slot events."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions import partial_dates, when
from actions.phrases import PHRASES, has
from actions.profile import PROFILE_SLOTS

DATE_KINDS = ("start_date", "end_date")
# The slots an entity sets, so a fact read from it can be undone.
ENTITY_SLOTS = {"city": ("destination_city", "destination"), "country": ("destination",), "role": ("role",),
                "activity": ("activity",), "receiving_org": ("receiving_org",), "start_date": ("start_date",),
                "end_date": ("end_date",), "duration": ("end_date", "duration")}
COUNTRY_ROLES = {"citizenship": ("citizenship",), "origin": ("country_of_origin",)}
PRIOR = "prior_erasmus_months"
NEAR = 60  # characters after "I said" in which the "I don't know" words must come


def restated_dates(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"Rimango al 29 maggio come avevo detto all'inizio", "ok then I keep 20 February as planned": a date
    said again takes the role it had when the person first gave it (the NLU reads a date without a cue as a
    start), and that earlier value with its year when the year is not said now."""
    if not has("said_before", text):
        return entities
    given: dict[str, set[str]] = {kind: set() for kind in DATE_KINDS}
    for event in tracker.events or []:
        if event.get("event") == "slot" and event.get("name") in DATE_KINDS and event.get("value"):
            given[event["name"]].add(str(event["value"])[:10])
    out = []
    for ent in entities:
        if ent.get("entity") in DATE_KINDS:
            # "20 February" said in November is read as next February: the day and month name the value given
            part = 0 if partial_dates.said_year(text, ent) else 5
            value = str(ent.get("value"))[part:10]
            found = {kind: sorted(v for v in given[kind] if v[part:] == value) for kind in DATE_KINDS}
            roles = [kind for kind in DATE_KINDS if found[kind]]
            if len(roles) == 1:
                ent = {**ent, "entity": roles[0], "value": found[roles[0]][-1], "restated": True}
        out.append(ent)
    return out


def stored_dates_kept(tracker: Tracker, text: str, entities: list[dict[str, Any]],
                      cued: bool) -> tuple[list[dict[str, Any]], bool]:
    """One date that is the value one date field already has restates that field, whatever its cue: round 20,
    "I'll stick with 31 May" with the stay ending on 31 May moved the start to 31 May (a one-day stay). Never
    the other field: a stay that starts and ends on the same day is no one's meaning of a date said again."""
    dates = [e for e in entities if e.get("entity") in DATE_KINDS]
    if len(dates) != 1 or dates[0].get("day_only") or dates[0].get("month_only"):
        return entities, cued
    ent = dates[0]
    part = 0 if partial_dates.said_year(text, ent) else 5
    held = {kind: str(tracker.get_slot(kind) or "")[:10] for kind in DATE_KINDS}
    same = [kind for kind in DATE_KINDS if held[kind] and held[kind][part:] == str(ent.get("value"))[part:10]]
    if len(same) != 1 or same[0] == ent.get("entity"):
        return entities, cued
    kept = {**ent, "entity": same[0], "value": held[same[0]], "restated": True}
    return [kept if e is ent else e for e in entities], True


def disowned(text: str, start: int) -> bool:
    """Whether the mention at `start` is what the person says they were not talking about, or did not say:
    after those words in its sentence, with nothing between that starts what they did mean ("I didn't say
    Lisbon, I said Lyon": Lyon is meant)."""
    left, _ = when.clause_span(text, start, start)
    before = text[left:start]
    found = [m for key in ("not_talking_about", "denied_saying") for m in PHRASES[key].finditer(before)]
    if not found:
        return False
    last = max(m.end() for m in found)
    return not PHRASES["meant_instead"].search(before[last:])


def set_against(text: str, start: int) -> bool:
    """Whether the mention at `start` is the thing set against what the person says they meant or asked about
    ("Intendevo il compenso dell'azienda, non la borsa di dottorato", "not the scholarship, I mean the
    company's pay"): a bare "not" right before it, with only an article between, and the words for meaning
    or asking in its sentence. It names what is not asked about; it says nothing of whether they hold it
    ("non ho borse", with its verb, still does)."""
    left, right = when.clause_span(text, start, start)
    return PHRASES["not_this_one"].search(text[max(left, start - 30):start]) is not None \
        and PHRASES["meant_or_asked"].search(text[left:right]) is not None


def slots_of(ent: dict[str, Any]) -> tuple[str, ...]:
    if ent.get("entity") == "country" and ent.get("role") in COUNTRY_ROLES:
        return COUNTRY_ROLES[str(ent["role"])]
    return ENTITY_SLOTS.get(str(ent.get("entity")), ())


def denied_unnamed(tracker: Tracker, text: str, named: set[str]) -> set[str]:
    """"Aspetti, io non ho detto che ce l'ha!", "I didn't say it has one": a denial that names no fact is
    about the yes/no facts the last reply noted (round 22 got "Posso aiutarLa in qualcos'altro?"). `named`
    are the facts the message names; then the denial is theirs alone."""
    if named or not has("denied_saying", text):
        return set()
    just, _ = last_reply(tracker)
    return {name for name in PHRASES["fact_words"] if just.get(name) not in (None, [])}


def undo(tracker: Tracker, names: set[str], values: dict[str, Any], reopened: set[str]) -> None:
    """Facts the last reply read from words the person now disowns go back to what they were before it: a
    value into `values`, a fact that was not known into `reopened` (said back as "not known yet"). A fact set
    earlier than that is left alone: disowning words are about what was just read."""
    just, before = last_reply(tracker)
    for name in names:
        if name in values or name not in just or just[name] in (None, []) \
                or tracker.get_slot(name) != just[name]:
            continue
        if before.get(name) in (None, []):
            reopened.add(name)
        else:
            values[name] = before[name]


def last_reply(tracker: Tracker) -> tuple[dict[str, Any], dict[str, Any]]:
    """The slots the reply to the person's previous message set, and the values they had before it."""
    events = list(tracker.events or [])
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    end = len(events)
    if users and events[users[-1]].get("text") == tracker.latest_message.get("text"):
        end = users.pop()  # the message being read now
    if not users:
        return {}, {}
    begin = users[-1]
    just = {e["name"]: e.get("value") for e in events[begin:end] if e.get("event") == "slot" and "name" in e}
    before: dict[str, Any] = {}
    for event in events[:begin]:
        if event.get("event") == "slot" and "name" in event:
            before[event["name"]] = event.get("value")
    return just, before


def says_unknown_again(text: str) -> bool:
    """"I said no idea", "j'ai dit que je ne savais pas": "I don't know" words right after "I said"; "you put
    0 but I wasn't sure", "vous avez mis 0 mais je n'étais pas sûr": the value noted, quoted, and doubted."""
    if has("value_quoted", text) and has("dont_know", text):
        return True
    return any(PHRASES["dont_know"].search(text[m.end():m.end() + NEAR])
               for m in PHRASES["i_said"].finditer(text))


def unknown_again(tracker: Tracker, text: str, values: dict[str, Any], unknown: set[str]) -> None:
    """"I said no idea, not zero": the fact the last reply noted (the one then asked, when it noted several)
    is added to `unknown`; a zero denied with no such fact is the Erasmus months already had, the one count
    that can be 0. A value read from this message wins."""
    said, zero = says_unknown_again(text), has("zero_denied", text)
    if not (said or zero):
        return
    just, before = last_reply(tracker)
    noted = [n for n in just if n in PROFILE_SLOTS and just[n] not in (None, [])
             and tracker.get_slot(n) == just[n]]
    if len(noted) > 1:
        noted = [n for n in noted if n == before.get("asked")] or noted
    if zero:
        noted = [n for n in noted if just[n] == 0] or ([PRIOR] if tracker.get_slot(PRIOR) == 0 else [])
    elif len(noted) > 1:
        return  # several facts just noted, none of them the one asked: which one is not said
    unknown |= {n for n in noted if n not in values}
