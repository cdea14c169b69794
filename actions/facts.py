"""Every message becomes facts: the NLU entities plus the words around them (negation, "I don't know", yes/no
answers with extra words, changes of mind, facts named in passing, typed button titles).

read_message() is pure: it takes the slots as they are and returns what this message changes. The dialogue
(actions/dialogue.py) applies it; actions/extraction.py keeps the entity-to-slot mapping it builds on."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from rasa_sdk import Tracker

from actions import metatalk, onlinepart, othermonths, partial_dates, pastclause, selfdesc, when, yesno
from actions.arrival import drop_arrivals
from actions.asides import (
    FUNDER_KINDS,
    asks_about_a_place,
    compared,
    drop_countries_asked_about,
    employed_phd,
    funder,
    home_aside,
    kept_in_question,
    meaning_asked_out,
    self_funded,
    works_at_negated,
)
from actions.beliefs import drop_believed_roles
from actions.calls import alias_spans, pick
from actions.casevariation import drop_case_dates
from actions.citychange import drop_unclear_changes
from actions.countrycity import city_of_destination
from actions.daycount import drop_reckoning
from actions.departure import drop_departures
from actions.doctoral import employed_phd_student, job_of_self, read_doctoral_staff
from actions.earlierplaces import drop_earlier_places
from actions.echeholder import eche_holder_is_university
from actions.eitherway import note_hedges
from actions.extraction import extract_facts
from actions.graduation import graduation
from actions.hostparent import hospital_kind_unsaid, kind_from_name
from actions.inpassing import facts_in_passing
from actions.kindtold import asked_not_told
from actions.lengths import drop_length_remarks
from actions.negated import NEGATABLE, drop_negated, negated_staff
from actions.otherevent import drop_other_event_dates
from actions.ownstaff import workplace_status
from actions.ownwords import own_words
from actions.phdresearch import blank_research_titles, drop_research_titles
from actions.phrases import NEGATION_RX, PHRASES, has
from actions.plankept import plan_dates_kept
from actions.priormonths import drop_for_non_students, this_cycle
from actions.profile import BOOL_SLOTS
from actions.quoteddate import unquoted_dates
from actions.replaced import drop_replaced
from actions.reversal import turn_round
from actions.samecity import settle_cities
from actions.selfgender import gender_said
from actions.setasked import drop_countries_in_set_questions
from actions.splitplaces import keep_one_place
from actions.stated import drop_unstated, of_group, said_of_self, works_here
from actions.stayfunding import stay_unfunded
from actions.travelmode import FACT as GREEN
from actions.travelmode import travel_mode
from actions.typed import LABEL_GROUPS, country_in_words, typed_label
from actions.virtualkept import keep_virtual_part
from actions.weekrange import weekday_end
from actions.whyrole import drop_refused_role
from actions.yearfix import without_year_pair, year_corrected


@dataclass
class Reading:
    """What one message says: new slot values (None clears), fields now known to be unknown, a problem."""

    values: dict[str, Any] = field(default_factory=dict)
    unknown: set[str] = field(default_factory=set)
    issue: dict[str, Any] | None = None
    negated: set[str] = field(default_factory=set)  # values the person said are not the case
    disowned: set[str] = field(default_factory=set)  # slots named in "I wasn't talking about X"
    reopened: set[str] = field(default_factory=set)  # facts just read, disowned: not known again
    assumed: set[str] = field(default_factory=set)  # start_date/end_date whose day was not said
    questioned: set[str] = field(default_factory=set)  # yes/no facts the message asks about or leaves open
    which_reversed: list[str] = field(default_factory=list)  # "that's backwards" after several yes/no facts
    options: dict[str, list[str]] = field(default_factory=dict)  # kinds named in "not sure if X or Y"
    inferred: set[str] = field(default_factory=set)  # a kind of host read from its name alone (round 55)

    def sets(self, name: str) -> bool:
        return name in self.values


def view(tracker: Tracker, **slots: Any) -> Tracker:
    """A tracker that reads the given slot values (the tracker itself is not changed)."""
    out = copy.copy(tracker)
    out.slots = {**tracker.slots, **slots}
    return out


def read_message(tracker: Tracker, asked: str | None, text: str, entities: list[dict[str, Any]]) -> Reading:
    reading = Reading()
    entities = settle_cities(tracker, text, entities)  # "Laval" with Canada given: Laval, Quebec
    entities = city_of_destination(tracker, text, entities)  # "een lokale ngo in kisumu" with Kenya given
    kept = drop_negated(text, drop_unstated(tracker, text, asked, entities), reading)
    # "I am NOT a PhD or postdoc. I'm HR staff": a value negated once and stated again stands (round 27)
    reading.negated -= {str(e.get("value")) for e in kept if e.get("entity") in NEGATABLE}
    kept = drop_unclear_changes(tracker, text, asked, kept)  # "Hang on, ...": no new city
    kept = drop_departures(tracker, text, asked, kept)  # "il volo Bruxelles-Malta": no destination
    kept = drop_arrivals(tracker, text, asked, kept)  # "flying to Frankfurt" to Heidelberg: the airport
    kept = [e for e in kept if not (e.get("entity") == "role" and of_group(text, e))]  # "if postdocs get …"
    kept = drop_research_titles(tracker, text, kept, reading.negated)  # "doctorante et chercheuse"
    kept = when.drop_dates_in_questions(text, unquoted_dates(tracker, text, kept))  # "15 februari??": quoted
    kept = onlinepart.drop_online_dates(text, kept)  # "the online sessions start mid May": not the stay's
    kept = selfdesc.drop_self_described(tracker, text, kept)  # "just studying" with an activity given
    kept = drop_believed_roles(tracker, text, kept)  # "pensavo che da neo-dottore non contassero"
    kept = drop_refused_role(tracker, text, kept)  # "waarom kon ik niet als doctoraatsstudent gaan?"
    kept = drop_reckoning(tracker, text, kept)  # "why 59 days? March to April is 60": the stay, not new dates
    kept = drop_length_remarks(tracker, text, kept)
    kept = when.drop_told_dates(tracker, kept)
    kept = othermonths.drop_months_about_else(tracker, asked, text, kept)  # "eind maart bevestigen"
    kept = drop_countries_asked_about(text, asked, kept, tracker)  # "un accord avec le Portugal ?": no fact
    kept = drop_countries_in_set_questions(tracker, text, kept)  # "Is Switzerland in the EU?"
    kept = _drop_asides(tracker, text, kept)
    kept = drop_replaced(tracker, text, kept)  # "15 June instead of 31 May": the old date
    # A clause about an earlier stay sets no plan fact, from entities or from words (`present` is the rest).
    earlier = pastclause.earlier_cycle(text, entities, tracker.get_slot("role"))
    kept, present, unread = pastclause.past_stays(text, asked, kept, reading.values, tracker.get_slot("call"),
                                                  earlier)
    prior = reading.values.get("prior_erasmus_months", tracker.get_slot("prior_erasmus_months"))
    kept = drop_earlier_places(tracker, text, asked, kept, prior, entities)  # "my 6 months in Lyon"
    kept = drop_case_dates(text, kept)  # "the August extension was only hypothetical" (round 52)
    kept = plan_dates_kept(tracker, text, kept)  # "Il mio piano resta dal 1° marzo al 31 luglio" (round 60)
    present = meaning_asked_out(present)  # "Wat bedoelt u met ITG-personeelslid?": no staff status said
    kept = when.same_dates_kept(tracker, text, when.merge_durations(kept))
    kept = graduation(tracker, text, kept, reading.values)
    kept = drop_other_event_dates(text, kept)  # "busy with exams until end of march": not the stay's end
    kept, cued = when.date_roles(text, metatalk.restated_dates(tracker, text, kept))
    kept, cued = metatalk.stored_dates_kept(tracker, text, kept, cued)  # never a one-day stay of a date again
    kept, assumed = partial_dates.complete(tracker, asked, text, kept, cued, reading.values)
    # A date said with "until"/"from" keeps that role even when the other date was the one asked for.
    requested = None if cued and asked in ("start_date", "end_date") else asked
    facts, issue = extract_facts(view(tracker, requested_slot=requested), kept, text)
    reading.values.update(facts)
    weekday_end(text, reading.values, assumed)  # "the 15th, Monday to Friday": ends that Friday
    reading.issue = issue
    employed_phd(tracker, text, reading.values)
    if "call" not in reading.values and not tracker.get_slot("call"):
        named = pick(text)  # an institution the NLU does not know yet (a call file added since training)
        if named:
            reading.values["call"] = named
    held = reading.values.get("citizenship") or tracker.get_slot("citizenship") or []
    if any(code in reading.negated for code in held):
        reading.values["citizenship"] = [c for c in held if c not in reading.negated]
    negated_staff(tracker, text, reading)
    if "role" not in reading.values and "staff" not in reading.negated \
            and (works_here(present) and not works_at_negated(present) or job_of_self(present)) \
            and not tracker.get_slot("role") and not _mentions_role(entities):
        reading.values["role"] = "staff"
    workplace_status(tracker, text, entities, reading.values, reading.negated)  # "I work for the WHO"
    role = reading.values.get("role") or tracker.get_slot("role")
    # Only staff teach: a training said instead of a stored teaching mobility is the staff training.
    staff = role == "staff" or role is None and tracker.get_slot("activity") == "teaching" \
        and has("training_noun", present)
    training = staff and has("training_word", present) and "staff_training" not in reading.negated
    if training and reading.values.get("activity") in (None, "conference") \
            and ("activity" in reading.values or tracker.get_slot("activity") != "staff_training"):
        reading.values["activity"] = "staff_training"
    roles = {e.get("value") for e in kept if e.get("entity") == "role"}
    if {"phd_student", "staff"} <= roles and "staff" not in reading.negated and not works_at_negated(present):
        # "doctorandus maar ook personeelslid": a PhD student who has ITM staff status.
        reading.values["role"] = "phd_student"
        reading.values["itm_staff_member"] = True
    # The roles the message names, before any was set aside: "membre du personnel et doctorant" names both.
    named_roles = [e for e in entities if e.get("entity") == "role"]
    read_doctoral_staff(tracker, text, kept, reading.values, reading.negated, named_roles)
    _more_facts(tracker, blank_research_titles(tracker, present, kept, reading.negated), reading)
    new_role, old_role = reading.values.get("role"), tracker.get_slot("role")
    if new_role and old_role not in (None, new_role) and "activity" not in reading.values:
        from actions.eligibility import activity_for_role

        fits = activity_for_role(tracker.get_slot("call"), new_role, tracker.get_slot("activity"))
        reading.values.update({"activity": fits} if fits else {})  # "Updated: ... → Staff training"
    when.same_dates_moved(tracker, text, reading.values, assumed, cued)
    year_corrected(tracker, text, reading.values)  # "wait, 2027 not 2016!": the stay's year replaced
    issue = when.impossible_period(tracker, reading.values)
    reading.issue = reading.issue or issue
    if gender_said(text):  # "je suis doctorante", "sono italiana", "Sono idonea?"
        reading.values["gender"] = gender_said(text)
    funded_self = self_funded(text)
    if funded_self is not None:  # "so I'm not self-funded": a scholarship
        reading.values["has_scholarship"] = not funded_self
    if stay_unfunded(reading.values.get("call") or tracker.get_slot("call"), text):
        reading.values["has_scholarship"] = False  # "die beurs is mijn doctoraatsbeurs, niet voor deze reis"
    mode = travel_mode(text)
    if mode is not None:  # "ik ga wel met de trein hoor, niet vliegen": green travel
        reading.values[GREEN] = mode
    facts_in_passing(text, asked, reading)
    eche_holder_is_university(tracker, reading.values)  # "universitair ziekenhuis, maar wel een ECHE"
    named = reading.disowned | reading.unknown | reading.questioned | set(reading.values)
    reading.disowned |= metatalk.denied_unnamed(tracker, text, named)  # "non ho detto che ce l'ha!"
    metatalk.undo(tracker, reading.disowned, reading.values, reading.reopened)
    if not reading.disowned and not any(e.get("entity") == "namesake" for e in entities):  # which: asked
        _answer_to_question(tracker, asked, without_year_pair(text), reading)
    turn_round(tracker, text, reading)  # "no, that's backwards": the yes/no fact just noted
    employed_phd_student(tracker, reading.values)  # "ik ben doctoraatsstudent en ook ... in dienst"
    metatalk.unknown_again(tracker, text, reading.values, reading.unknown)  # "I said no idea, not zero"
    keep_virtual_part(text, reading)  # "la partie en ligne commence en mai, ça change ?": no No (round 63)
    if (unread or earlier) and not has("never", text):
        # "no no, the Germany thing was a summer school in my master": no number and no "no" answers it; "5
        # mesi in Erasmus durante la magistrale" are another study cycle's months.
        reading.values.pop("prior_erasmus_months", None)
    # (the cycle of the role known before: "5 mois d'Erasmus en master" names no current cycle)
    cycle = this_cycle(text, entities, tracker.get_slot("role"), tracker.get_slot("prior_erasmus_months"))
    if cycle is not None:  # "in the PhD I have 0", said after an earlier degree's months (round 58)
        reading.values["prior_erasmus_months"] = cycle
    drop_for_non_students(reading.values.get("role", tracker.get_slot("role")), reading.values)
    reading.assumed = partial_dates.settle(tracker, reading.values, assumed)
    note_hedges(text, entities, reading.values, reading.unknown, reading.options)  # "X or Y, I don't know"
    hospital_kind_unsaid(text, kept, reading.values)  # "a university hospital": no kind noted (round 63)
    if kind_from_name(text, kept, reading.values):  # "Institut Pasteur": said to be read from the name
        reading.inferred.add("receiving_org")
    own_words(tracker, text, kept, reading.values)  # "Monaco di Baviera", "Karolinska Institutet" as said
    keep_one_place(tracker, text, reading.values)  # "potrei dividere il periodo tra Delft e Lovanio?" (r57)
    return reading


def _drop_asides(tracker: Tracker, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mentions that are no new fact: a length or a role inside a question once that fact is known ("six
    weeks is not enough?", "do my 3 master months count?"), a role in a past study ("during my master"), the
    country someone lives in ("j'habite en Belgique")."""
    kept = []
    case = has("case_words", text)  # "e come tirocinio?": the activity asked about is a what-if, kept
    for ent in entities:
        start = ent.get("start")
        if not isinstance(start, int):
            kept.append(ent)
            continue
        kind = ent.get("entity")
        sentence = when.clause(text, start, int(ent.get("end") or start))
        before = text[max(0, start - 25):start]
        known = tracker.get_slot("role") if kind == "role" else tracker.get_slot("end_date")
        if kind in ("duration", "role") and known and "?" in sentence \
                and not kept_in_question(kind, sentence, said_of_self(text, start)):
            continue  # ("can I do it as staff instead?" changes the role; "what if I only went 4 days?")
        if kind == "role" and has("past_study", before):
            continue
        if kind == "role" and tracker.get_slot("role") and has("erasmus_before", sentence) \
                and has("past_erasmus", sentence):
            continue  # "j'ai fait un Erasmus en master": an earlier stay, not the role now
        if kind == "role" and ent.get("value") in ("msc_student", "phd_student") \
                and has("graduated", sentence):
            ent = {**ent, "value": "recent_graduate"}  # "I just graduated from the MSc"
        if kind == "country" and ent.get("role") != "citizenship" \
                and (has("residence", before) or home_aside(tracker, ent)):
            continue
        if kind == "activity" and (has("paying_studies", sentence)
                                   or compared(text, start) and not case):
            continue
        if kind in ("activity", "receiving_org") and asked_not_told(tracker, kind, text, start, case,
                                                                    ent.get("end"), ent.get("value")):
            continue  # "per i tirocini c'è un contributo extra?", "is a research institute fine?": a question
        if kind == "receiving_org" and any(a <= start < b for a, b in alias_spans(text)):
            continue  # a word of the institution's own name ("Vistula Medical School")
        if kind in FUNDER_KINDS and funder(text, start):
            # "ma bourse vient d'une fondation", "a scholarship from Germany", "een beurs uit Duitsland":
            # who pays, not the host, the destination nor the person's origin (round 31 noted Germany).
            continue
        kept.append(ent)
    return kept


def _more_facts(tracker: Tracker, text: str, reading: Reading) -> None:
    """Facts the entity extractor has no name for: a blended course, an EU agency as host, the ITM staff
    status of a PhD student said on its own ("ik heb een personeelsstatuut")."""
    role = reading.values.get("role") or tracker.get_slot("role")
    activity = reading.values.get("activity") or tracker.get_slot("activity")
    if role in (None, "msc_student") and activity is None and has("blended_course", text):
        reading.values["activity"] = "short_term_blended"
    if "activity" not in reading.values:  # "a research period", a PhD student at IMT Lucca (round 62)
        from actions.researchstay import research_stay

        kind = research_stay(reading.values.get("call") or tracker.get_slot("call"), role, activity, text)
        reading.values.update({"activity": kind} if kind else {})
        reading.inferred |= {"activity"} if kind else set()
    if "receiving_org" not in reading.values and has("eu_body", text):
        reading.values["receiving_org"] = "eu_institution"
    if role == "phd_student" and "itm_staff_member" not in reading.values:
        from actions.extraction import STAFF_STATUS_NEGATED_RX, STAFF_STATUS_RX

        if STAFF_STATUS_RX.search(text) or works_here(text) or own_contract(text):
            # "Nee, ik ben niet in dienst van het ITM" (round 52): the employment denied, no staff status
            denied = STAFF_STATUS_NEGATED_RX.search(text) or works_at_negated(text)
            reading.values["itm_staff_member"] = not denied


def own_contract(text: str) -> bool:
    """"ik ben doctoraatsonderzoeker met een contract aan het ITG": a contract at the institution, said (not
    asked: "do I need a contract with ITM?")."""
    for found in PHRASES["own_contract_at"].finditer(text):
        stop = next((c for c in text[found.end():] if c in ".!?\n"), ".")
        if stop != "?":
            return True
    return False


def _mentions_role(entities: list[dict[str, Any]]) -> bool:
    return any(e.get("entity") == "role" for e in entities)


def _answer_to_question(tracker: Tracker, asked: str | None, text: str, reading: Reading) -> None:
    """The pending question answered in words: yes/no, "I don't know", a typed button title, a named call."""
    if not asked or reading.sets(asked) or asked in reading.questioned:
        return  # "ok, what's an ECHE?" asks about the fact: its "ok" is no yes
    stripped = text.strip()
    if asked in BOOL_SLOTS and has("or_not", stripped):
        return  # "does it have one or not?" asks; its "not" is no No
    if has("dont_know", stripped) or has("skip_answer", stripped):  # ("overslaan. wie ...?": round 59)
        if asked != "call":
            reading.unknown.add(asked)
        return
    if asked == "receiving_org" and has("hospital_word", stripped):
        # "het is een ziekenhuis": no kind of its own (public or private), not the same question again with
        # the same buttons (round 59): left open, as "I don't know" leaves it
        reading.unknown.add(asked)
        return
    if asked in BOOL_SLOTS and has("no_i_asked", stripped):
        return  # "nee ik bedoel mijn arbeidscontract": the "no" corrects a reading, it answers nothing (r51)
    if asked in BOOL_SLOTS and (has("ask_whether", stripped) or has("intention", stripped)
                                or yesno.pending(asked, stripped, stripped)):
        # "ok, I'll ask the office whether they have it", "ok, scrivo a Daniela": its "ok" is no yes; "not
        # yet" for an authorisation is pending, no refusal.
        reading.unknown.add(asked)
    elif asked in BOOL_SLOTS:
        # The Yes and No buttons send /affirm and /deny.
        if PHRASES["yes"].search(stripped) or stripped == "/affirm":
            reading.values[asked] = True
        elif PHRASES["no"].search(stripped) or NEGATION_RX.search(stripped) or stripped == "/deny":
            reading.values[asked] = False
    elif asked == "call":
        call_id = pick(stripped, answering=True)
        if call_id:
            reading.values["call"] = call_id
    elif asked in ("citizenship", "destination", "country_of_origin") \
            and not asks_about_a_place(text, asked):
        code = country_in_words(stripped, asked, reading.values.get("destination"))  # not "au Portugal"
        if code:
            reading.values[asked] = [code] if asked == "citizenship" else code
    elif asked in LABEL_GROUPS:
        value = typed_label(asked, stripped)
        if value:
            reading.values[asked] = value
    elif asked == "prior_erasmus_months" and PHRASES["no"].search(stripped):
        reading.values[asked] = 0.0
