"""Whether a staff member is a PhD or postdoctoral staff member (`doctoral_or_postdoc_staff`), from their own
words. ITM gives staff priority to "PhD and/or postdoctoral staff members" (seed 000, "Who can apply?"); the
fact is read by that priority only (rules_core.vocab.PRIORITY_FIELDS), so it changes no verdict and the form
never asks it: it is read when said, for "do I get priority?" (actions/askabout.py).

Said of the person ("I'm a postdoc", "as a postdoc, do I get priority?", "en tant que postdoctorante", "ik ben
postdoctoraal onderzoeker", "sono assegnista", "I'm doing a PhD", "ik doe geen doctoraat") it is yes or no; a
job title that is no doctoral position ("I work as a lab technician", "je suis secrétaire") is a no. Said of
others ("do postdocs get priority?"), quoted, or by someone who is no staff member, it is nothing. Used by
actions/facts.py."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions import when
from actions.phrases import PHRASES, has, negated_before
from actions.staffposition import holds_phd
from actions.stated import about_group, quoted, quoted_spans, said_of_self

FIELD = "doctoral_or_postdoc_staff"
SHORT_ANSWER = 3  # words: "postdoc", "yes, PhD researcher" answer without an "I am"
JOB_REACH = 40  # characters before a job title searched for "I work as", "je travaille comme"


def read_doctoral_staff(tracker: Tracker, text: str, entities: list[dict[str, Any]], values: dict[str, Any],
                        negated: set[str], named_roles: list[dict[str, Any]] | None = None) -> None:
    """Set `doctoral_or_postdoc_staff` in `values` when a staff member says what their position is. A PhD
    said by someone known as staff ("sono anche dottorando") is that position, not a new role: an employed
    PhD student applies as staff (the PhD mobility is for "PhD students without the status of ITM staff
    member"), unless they change their mind or say they are no staff ("actually I'm a PhD student")."""
    if FIELD in values:
        return
    said = _position(text)
    staff = (values["role"] if "role" in values else tracker.get_slot("role")) == "staff"
    if said is False and tracker.get_slot("role") == "staff" and values.get("role") == "phd_student":
        # "Priority is for PhD or postdoc, I am senior staff, not postdoc": the priority's group named, no
        # PhD of the staff member's own (round 48 noted "ITM staff membership: Yes" and the priority).
        values.pop("role")
        if tracker.get_slot("itm_staff_member") is None:
            values.pop("itm_staff_member", None)
        staff = True
    if said is False and staff:
        # "You said priority goes to PhD staff. I have no PhD": their own position denied, whatever group
        # the message also names.
        values[FIELD] = False
        return
    if _doctoral_role_of_staff(tracker, text, entities, values, negated, named_roles):
        if values.get("role") == "phd_student":
            values.pop("role")
        values[FIELD] = True
        return
    if not staff:
        return  # a student's "PhD" is their role; someone not (yet) staff has no staff position
    if said is not None:
        values[FIELD] = said


def employed_phd_student(tracker: Tracker, values: dict[str, Any]) -> None:
    """A PhD student saying they have the ITM staff status ("Ja, ik ben doctoraatsstudent en ook bij het ITM
    in dienst als onderzoeksassistent", or "yes" to "are you an ITM staff member?"): a PhD staff member, the
    fact the staff priority reads once they apply as staff (round 61 asked "doctorerend of postdoctoraal
    personeelslid?" after the switch to a staff training). Read last, once the asked question's answer is in
    `values`; a position said either way in the message stands."""
    role = values["role"] if "role" in values else tracker.get_slot("role")
    if FIELD not in values and role == "phd_student" and values.get("itm_staff_member") is True \
            and tracker.get_slot("itm_staff_member") is not True:
        values[FIELD] = True


def _position(text: str) -> bool | None:
    """True for a doctoral or postdoctoral position said of the person, or a PhD they hold ("I have a PhD":
    the call's "PhD and/or postdoctoral staff members"), False for one denied ("ik doe geen doctoraat of
    postdoc") or for a job title that is none ("I got my PhD in 2010, I'm a senior scientist": the post said
    decides), None when nothing is said of them."""
    spans = quoted_spans(text)
    short = len(text.split()) <= SHORT_ANSWER and "?" not in text  # "postdocs?" asks about them
    found: bool | None = None
    for match in PHRASES["doctoral_doing"].finditer(text):
        if quoted(text, match.start(), spans) or has("doctoral_held_before", text[max(0, match.start() - 24):
                                                                                  match.start()]):
            continue  # "I have my PhD since long time": one held, no doctoral position (round 48)
        if not negated_before(text, match.start()):
            return True  # "I'm doing a PhD", "je prépare une thèse", "faccio il dottorato"
        found = False  # "non faccio il dottorato"
    for match in PHRASES["doctoral_position"].finditer(text):
        start, end = match.start(), match.end()
        lacking = has("lacking_before", text[max(0, start - JOB_REACH):start])  # "I don't have a PhD"
        denied = negated_before(text, start) or lacking
        # "je ne suis ni doctorante ni postdoc": the second position is no further from the "je suis" in fact;
        # "Io sono docente, non dottoranda né postdoc": what one is, then the position denied (round 51).
        contrast = has("self_contrast_before", text[max(0, start - 2 * JOB_REACH):start])
        own = short or lacking or _of_self(text, start, end) \
            or denied and (has("neither_nor", text) or contrast)
        if quoted(text, start, spans) or not own:
            continue
        if denied:
            found = False  # "I'm not a postdoc", "ik doe geen doctoraat of postdoc"
            continue
        return True
    if found is not None:
        return found
    for match in PHRASES["non_doctoral_job"].finditer(text):
        if not quoted(text, match.start(), spans) and (short or _of_self(text, match.start(), match.end())) \
                and not negated_before(text, match.start()):
            return False
    if holds_phd(text):
        return True  # "I have a PhD", "as I said I hold a PhD": a PhD staff member (round 61)
    return None


def job_of_self(text: str) -> bool:
    """"ik ben Els, opleidingscoördinator aan het ITM", "I'm the IT officer": a job at the institution said of
    oneself, no doctoral position (the person is staff; round 21 asked "student or staff?" after it)."""
    spans = quoted_spans(text)
    def mine(m: re.Match[str]) -> bool:
        before = text[max(0, m.start() - 40):m.start()]
        return _of_self(text, m.start(), m.end()) or NAMED_SELF.search(before) is not None

    return any(not quoted(text, m.start(), spans) and not negated_before(text, m.start()) and mine(m)
               for m in PHRASES["non_doctoral_job"].finditer(text))


# "ik ben Els, opleidingscoördinator", "I'm Mark, lab technician": a name, then the job.
NAMED_SELF = re.compile(r"\b(?i:i['’]?m|i am|ik ben|je suis|sono)\s+[A-ZÀ-Ö]\w+,\s*"
                        r"(?:the |an? |de |het |l['’]|le |la |il )?$")


def _of_self(text: str, start: int, end: int) -> bool:
    """"I'm a", "as a", "je suis", "I work as", "mon doctorat": the person's own position, not a group's
    ("do postdocs get priority?") nor someone else's ("my colleague is a lab technician")."""
    if about_group(text, start, end) and not said_of_self(text, start):
        return False
    left, _ = when.clause_span(text, start, end)
    before = re.split(r"[,;:]", text[max(left, start - JOB_REACH):start])[-1]
    return said_of_self(text, start) or has("job_before", before)


def _doctoral_role_of_staff(tracker: Tracker, text: str, entities: list[dict[str, Any]],
                            values: dict[str, Any], negated: set[str],
                            named_roles: list[dict[str, Any]] | None = None) -> bool:
    """A staff member naming a PhD of their own as their only role in the message ("sono anche dottorando",
    "I'm also doing a PhD"): their position, the role stays staff."""
    if tracker.get_slot("role") != "staff" or "staff" in negated:
        return False
    roles = {e.get("value") for e in entities if e.get("entity") == "role"}
    together = _named_together(text, named_roles or entities)
    if together and values.get("role") in (None, "staff", "phd_student"):
        # "doctorerend personeelslid", "als doctoraatsstudent-personeel eigenlijk", "personeelslid dat een
        # doctoraat doet": both named together, the staff member's doctoral position (round 20: each flipped
        # the role to PhD student and the verdict to "not eligible").
        return True
    if values.get("role") != "phd_student" or roles != {"phd_student"} or has("change_of_mind", text) \
            or has("denied_saying", text) or PHRASES["no"].match(text.strip()):
        return False  # "no, I'm a PhD student": a correction of the role
    return _position(text) is True


# Characters between a staff word and a doctoral one in one phrase ("staff member who is also a").
TOGETHER = 30


def _named_together(text: str, roles: list[dict[str, Any]]) -> bool:
    """A staff role and a PhD role in one phrase, nothing but words between ("membre du personnel et
    doctorant"); not across a comma ("actually I'm a PhD student, you told me staff earlier")."""
    spans = quoted_spans(text)  # "you mentioned PhD and postdoc staff": the assistant's words, not theirs
    placed = [r for r in roles if isinstance(r.get("start"), int) and isinstance(r.get("end"), int)
              and not quoted(text, int(r["start"]), spans)]
    for staff in (r for r in placed if r.get("value") == "staff"):
        for phd in (r for r in placed if r.get("value") == "phd_student"):
            first, second = sorted((staff, phd), key=lambda r: int(r["start"]))
            between = text[int(first["end"]):int(second["start"])]
            # Not a group ("if PhD students and postdocs get priority", round 23), nor one denied.
            group = any(about_group(text, int(r["start"]), int(r["end"]))
                        or negated_before(text, int(r["start"])) for r in (staff, phd))
            if len(between) <= TOGETHER and not re.search(r"[,;.!?]", between) and not group:
                return True
    return False
