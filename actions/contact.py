"""ask_contact: the right person for the call and role, a summary ready to paste, and a mailto: link."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import i18n
from actions.base import ReplyAction
from actions.calls import call_name, call_name_unbracketed, call_short
from actions.faq import mentioned_call
from actions.i18n import t
from actions.phrases import gendered, has
from actions.profile import core, evaluate
from actions.staffposition import staff_position
from actions.summaryverdict import verdict_parts

logger = logging.getLogger(__name__)


def pick_contact(contacts: list[Any], role: str | None) -> Any | None:
    """The first reachable contact whose audience includes the role; else one for everyone; else any."""
    reachable = [c for c in contacts if c.email]
    if role:
        for c in reachable:
            if role in (c.audience or []):
                return c
    for c in reachable:
        if not c.audience:
            return c
    return reachable[0] if reachable else None


def best_contact(call_id: str, role: str | None) -> Any | None:
    try:
        return pick_contact(list(core().get_call(call_id).contacts), role)
    except Exception as err:  # a call file problem: no contact rather than a crash
        logger.error("contacts unavailable: %s", type(err).__name__)
        return None


def first_contact(call_id: str, role: str | None, reachable: Any, text: str) -> Any:
    """Whom the person turns to first: the call's contact for the role, as the verdict's next step names it
    (an ITM student's departmental educational coordinator or supervisor, who has no address of its own), then
    the address for applications. Round 53: "who do i contact first?" named erasmusplusmobility@itg.be first.
    Asked whom to write or send to ("à qui dois-je écrire ?"), the contact with an address."""
    from actions.verdict import role_contacts

    if has("write_to_question", text):
        return reachable
    ordered = role_contacts(call_id, role)
    return ordered[0] if ordered else reachable


def other_contacts(call_id: str, role: str | None, chosen: Any) -> list[Any]:
    """The call's other contacts for this role, and those for everyone that have an address."""
    contacts = list(core().get_call(call_id).contacts)
    return [c for c in contacts if c is not chosen
            and (role and role in (c.audience or []) or not c.audience and c.email)]


def describe(contact: Any, lang: str = "en") -> str:
    parts = [contact.name, contact.email, contact.phone]
    text = ", ".join(str(x) for x in parts if x)
    role = (getattr(contact, "role_text", None) or {}).get(lang) or contact.role
    if not text:
        return str(role or "")  # "your departmental educational coordinator": a role with no address
    return f"{text} ({role})" if role else text


def summary(tracker: Tracker, lang: str, call_id: str) -> str:
    """A few lines describing the person's situation and the assistant's verdict, to paste in an e-mail,
    without the parts the person asked to leave out ("remove the host from the summary": `summary_omit`,
    actions/summaryedit.py)."""
    omit = set(tracker.get_slot("summary_omit") or [])
    return "\n".join(line for part, line in summary_parts(tracker, lang, call_id) if part not in omit)


def summary_parts(tracker: Tracker, lang: str, call_id: str) -> list[tuple[str, str]]:
    """The summary's lines, each with the part it is (phrases.yaml `summary_parts`, or "call", "status")."""
    lines = [("call", t(lang, "summary_call", call=call_name(call_id, lang))), *fact_parts(tracker, lang)]
    from actions.calls import status_of

    status = status_of(call_id)
    if status["status"] == "closed":  # no verdict for an ended call: the question is the next one
        # A call that printed no closing date ends with its mobilities: that day is no "last day" of the
        # call's (round 48 put "the call's last day was 31 July 2026" in the person's e-mail).
        key = "summary_next_call" + ("_mobility_end" if status.get("applications_until") else "")
        from actions.endedsummary import ended_question_parts, ended_verdict_parts

        reasons = ended_verdict_parts(tracker, lang, call_id, status)  # "not eligible" told: why (round 58)
        lines += reasons
        lines.append(("question", t(lang, key, date=i18n.fmt_date(status["closes"], lang))))
        return [*lines, *ended_question_parts(lang, reasons)]
    try:
        lines += verdict_parts(evaluate(tracker, lang), lang)
    except Exception as err:  # an invalid profile still deserves a contact
        logger.debug("no verdict for the summary: %s", err)
    return lines


PLAN_PARTS = ("mobility", "destination", "host", "dates")


def plan_line(tracker: Tracker, lang: str) -> str:
    """The plan in one line, the summary's own lines for it ("the answer in short", actions/summaryq.py)."""
    return " ".join(line for part, line in fact_parts(tracker, lang) if part in PLAN_PARTS)


def fact_parts(tracker: Tracker, lang: str) -> list[tuple[str, str]]:
    """The person's facts as the summary says them."""
    lines: list[tuple[str, str]] = []
    # Facts as labels ("Status: PhD student."), never "I am ..." next to the assistant's "Your end ...".
    role, activity = tracker.get_slot("role"), tracker.get_slot("activity")
    call_id = str(tracker.get_slot("call") or "")
    if role:  # and where: the office reads "PhD student at ITM Antwerp", not a bare status (round 39)
        key = "summary_who_of" if role in ("recent_graduate", "staff") else "summary_who"  # "of ITM", "van"
        # A PhD or postdoc staff member, the call's priority (round 49: "ik ben postdoc" was left out)
        # ("ik heb een PhD": a staff member with a PhD, not the call's "doctoral or postdoctoral", round 53)
        said = staff_position(tracker, lang) or i18n.label(lang, "fields", "doctoral_or_postdoc_staff") \
            if role == "staff" and tracker.get_slot("doctoral_or_postdoc_staff") is True else None
        said = said[:1].upper() + said[1:] if said else i18n.label(lang, "roles", role)
        lines.append(("status", t(lang, key, role=said,
                                  institution=call_short(call_id, lang)) if call_id
                      else t(lang, "summary_who_bare", role=said)))
    citizenship = tracker.get_slot("citizenship")
    if citizenship:  # the last fact the verdict checked, which the office checks too (round 61)
        codes = [citizenship] if isinstance(citizenship, str) else list(citizenship)
        lines.append(("nationality", t(lang, "summary_nationality",
                                       countries=", ".join(i18n.country(c, lang) for c in codes))))
    if tracker.get_slot("graduation_date"):  # a fact said, the office's first question (round 61)
        lines.append(("graduation", t(lang, "summary_graduation",
                                      date=i18n.fmt_date(tracker.get_slot("graduation_date"), lang))))
    if activity:
        lines.append(("mobility", t(lang, "summary_what", activity=i18n.label(lang, "activities", activity))))
    destination, city = tracker.get_slot("destination"), tracker.get_slot("destination_city")
    if destination:
        words = tracker.get_slot("city_words")
        where = i18n.country(destination, lang) + (
            f" ({i18n.city(city, lang, destination, words)})" if city else "")
        lines.append(("destination", t(lang, "summary_where", where=where)))
    # The office looks the host up by its name ("Karolinska Institutet"), as the person said it; and whether
    # another scholarship funds the stay (or none: self-funded), which the office weighs with the grant.
    host = tracker.get_slot("receiving_org_name")
    kind = tracker.get_slot("receiving_org")
    if host:  # also before its kind is said ("the Charité")
        lines.append(("host", t(lang, "summary_host", host=host)))
    elif kind:  # the kind of host the person said ("a company"), its name not said
        lines.append(("host", t(lang, "summary_host_kind", kind=i18n.label(lang, "orgs", kind))))
    line = prior_line(tracker, lang)
    if line:  # the earlier Erasmus months of this study cycle count towards its maximum (round 29)
        lines.append(("prior", line))
    scholarship = tracker.get_slot("has_scholarship")
    if scholarship is not None:  # in the call's words: ITM's "bench fee" is no part of Lucca's call
        from actions.calls import fact_words

        key = "summary_scholarship_yes" if scholarship else "summary_scholarship_no"
        lines.append(("funding", fact_words(call_id or None, "has_scholarship", lang, bool(scholarship))
                      or t(lang, key)))
    start, end = tracker.get_slot("start_date"), tracker.get_slot("end_date")
    month = tracker.get_slot("start_month")  # a start month whose day is still asked: the month, not "?"
    if not start and isinstance(month, str):
        # no "fin le ?" when the end is not known either (round 63): said in words
        key = "summary_when_month" if end else "dates_summary_month_no_end"
        lines.append(("dates", t(lang, key, month=i18n.fmt_month(f"{month}-01", lang),
                                 end=i18n.fmt_date(end, lang))))
    elif start and not end or end and not start:  # one date known: the other said not known, not "?"
        key = "dates_summary_start_only" if start else "dates_summary_end_only"
        lines.append(("dates", t(lang, key, start=i18n.fmt_date(start, lang), end=i18n.fmt_date(end, lang))))
    elif start or end:  # dates said roughly, or their day not said: not given as exact (round 56)
        key = "summary_when_approx" if tracker.get_slot("dates_approx") else "summary_when"
        lines.append(("dates", t(lang, key, start=i18n.fmt_date(start, lang),
                                 end=i18n.fmt_date(end, lang))))
    return lines


def summary_and_link(tracker: Tracker, lang: str, call_id: str, contact: Any) -> tuple[str, str]:
    """The summary to paste and the mailto: link to the contact, its subject filled in."""
    body = gendered(summary(tracker, lang, call_id), lang, tracker.get_slot("gender"))
    subject = t(lang, "mail_subject", call=call_name_unbracketed(call_id, lang))
    # Round 37: the summary as the link's body made a link of some 1,500 characters, unreadable where the chat
    # shows it as text, and it repeated the summary shown just above it; the subject alone keeps it short.
    return body, f"mailto:{contact.email}?subject={quote(subject)}"


# The summary counts as just shown when it is in one of the last replies: the current message and the two
# before it.
RECENT_MESSAGES = 3


def summary_just_shown(tracker: Tracker, body: str, lang: str) -> bool:
    """Whether one of the last replies showed this same summary, line for line (as sent: in the "tu"
    register where the person uses it). Round 37: a second "who is it?" right after it repeated the whole
    block of some 40 lines word for word."""
    wanted = [line.strip() for line in body.splitlines() if line.strip()]
    if not wanted:
        return False
    from actions.summaryonce import in_shown

    return any(all(in_shown(line, shown, lang) for line in wanted) for shown in recent_reply_lines(tracker))


def recent_reply_lines(tracker: Tracker) -> Iterator[set[str]]:
    """The lines of each reply sent since the last RECENT_MESSAGES user messages, newest first; then, further
    up, the last reply that showed a summary (round 58: one sent for each of three contact requests in a
    conversation, word for word)."""
    from actions.openings import openings

    users = 0
    heads = openings(("contact_summary",), ())
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            users += 1
        elif event.get("event") == "bot":
            lines = {line.strip() for line in str(event.get("text") or "").splitlines()}
            if users < RECENT_MESSAGES:
                yield lines
            elif any(line.startswith(heads) for line in lines):
                yield lines
                return


def prior_line(tracker: Tracker, lang: str) -> str | None:
    """"Erasmus months already had in this study cycle: 6.", when the person said them."""
    prior = tracker.get_slot("prior_erasmus_months")
    if not isinstance(prior, int | float):
        return None
    months = f"{prior:g}" if lang == "en" else f"{prior:g}".replace(".", ",")
    return t(lang, "summary_prior", months=months)


class ActionContact(ReplyAction):
    def name(self) -> str:
        return "action_contact"

    async def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, lang: str
    ) -> list[dict[str, Any]]:
        call_id = mentioned_call(tracker)
        if not call_id:
            from actions.calls import institution_buttons

            buttons = institution_buttons("ask_contact", lang)
            dispatcher.utter_message(text=t(lang, "contact_which_call"), buttons=buttons)
            # A typed answer ("IMT Lucca") starts the form, which then ends at once with this contact.
            return [SlotSet("goal", "contact")]
        role = tracker.get_slot("role")
        contact = best_contact(call_id, role)
        if contact is None:
            dispatcher.utter_message(text=t(lang, "faq_unavailable"))
            return []
        body, link = summary_and_link(tracker, lang, call_id, contact)
        text = str((tracker.latest_message or {}).get("text") or "")
        first = first_contact(call_id, role, contact, text)
        lines = [t(lang, "contact_person", details=describe(first, lang))]

        # "Charlotte or the erasmusplus address?": each contact for this role or for everyone, with its role
        # (one to discuss the plan, one that takes the applications), as the call lists them.
        others = other_contacts(call_id, role, contact)
        from actions.calls import status_of
        from actions.summaryonce import added_text, summary_added

        if role is None and status_of(call_id).get("status") == "closed":
            # Without a role, of an ended call: every contact, each with what it is for (round 50 named only
            # the address for applications to an ITM student who had not said her role).
            others = [c for c in core().get_call(call_id).contacts if c is not contact]
        others = [c for c in ([contact] if first is not contact else []) + others if c is not first]
        lines += [t(lang, "contact_also", details=describe(c, lang)) for c in others]
        done = [SlotSet("goal", None)] if tracker.get_slot("goal") == "contact" else []
        added = [] if summary_just_shown(tracker, body, lang) else summary_added(tracker, body, lang, call_id)
        if added is not None and not has("summary_again", text):
            # The contacts again, and the summary above said to be the one to send, with the lines to add
            # ("fix the summary" and "the summary for the e-mail" still show it in full).
            dispatcher.utter_message(text="\n".join([*lines, added_text(added, lang)]))
            return done
        dispatcher.utter_message(text="\n".join(lines))
        dispatcher.utter_message(text=t(lang, "contact_summary") + "\n\n" + body)
        dispatcher.utter_message(text=t(lang, "contact_mailto", link=link))
        return done
