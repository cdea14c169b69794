""""Is the UK still part of Erasmus after Brexit?", "Ma la Turchia è ammessa?", "mag Turkije?": the country's
place in the call's country sets and, for the person's plan, the rules core's destination checks, yes or no
first with the source. actions/incontext.py asks it among the questions in context (before the kind of host:
"è ammessa?" said of a country is no question about the host)."""
from __future__ import annotations

import logging
import re
from typing import Any

from actions import i18n
from actions.askabout import asking, destination_checks, evaluate_with, is_question
from actions.i18n import t
from actions.outsideq import outside_asked, outside_lines, stored_destination
from actions.phrases import has
from actions.polarity import reads_polarity
from actions.profile import core
from actions.setasked import set_asked
from actions.setlabels import sets_text
from actions.travelasked import names_travel
from actions.turn import Turn

logger = logging.getLogger(__name__)


def country_asked_allowed(turn: Turn, countries: list[dict[str, Any]]) -> bool:
    """"Ma la Turchia è ammessa?", "il paese Turchia va bene o no?", "is Türkiye OK?": the sentence that asks
    names the country and whether it is fine, and no kind of host (that is the host's question)."""
    text = turn.text
    # The sentences that ask, from the first to the last: "Noorwegen zit toch niet in de EU? telt dat wel?"
    # names the country in one and asks whether it counts in the next.
    asked = [s for s in re.split(r"(?<=[.!?])\s+", text) if "?" in s] or [asking(text)]
    lo = max(text.find(asked[0]), 0)
    last = text.find(asked[-1], lo)
    hi = last + len(asked[-1]) if last >= 0 else len(text)
    if not has("acceptable_question", text[lo:hi]):
        return False

    def inside(e: dict[str, Any]) -> bool:
        start = e.get("start")
        return not isinstance(start, int) or lo <= start < hi

    if any(e.get("entity") == "receiving_org" and inside(e) for e in turn.entities):
        return False
    return any(inside(e) for e in countries)


def cost_covered_asked(text: str) -> bool:
    """Whether a cost of the stay (a visa, insurance, housing, a residence permit) is asked as covered or
    paid: the call's grant topic answers it, not the destination's place (round 58 answered "are visa costs
    covered? uganda visa + vaccines is not cheap" with "Yes: Uganda is one of the third countries ...")."""
    from actions.phrases import PHRASES

    costs = PHRASES["uncovered_topics"]
    return has("uncovered_cost", asking(text)) and any(
        costs[name].search(text) for name in ("visa", "insurance", "housing", "residence_permit"))


@reads_polarity  # its yes or no already answers "is that a problem?" the right way round
def destination_question(turn: Turn) -> bool:
    """The answer to a question about a destination country; whether it answered."""
    from actions.brexitq import brexit_question

    if brexit_question(turn):  # "will Brexit change anything?": the UK, named or not
        return True
    text = turn.text.lower()
    countries = [e for e in turn.entities if e.get("entity") == "country" and e.get("role") != "citizenship"]
    countries = countries or _city_as_country(turn) or stored_destination(turn)  # "kan dat buiten Europa?"
    if not countries or not is_question(text.strip()):
        return False
    same_place = str(countries[-1].get("value")) == turn.tracker.get_slot("destination")
    if names_travel(text) and not has("destination_question", text) and not set_asked(turn.text):
        return False  # "Krijg ik ook een tegemoetkoming voor de reis naar Berlijn?": travel (round 27)
    if same_place and _case_of_the_plan(turn.text, countries[-1]):
        return False  # "what if the Copenhagen course has no online part?": a case of the plan, not the place
    allowed = country_asked_allowed(turn, countries)
    # "is it allowed?" is answered first as it was; "is it in the EU?" asks the set
    asked_set = None if allowed else set_asked(turn.text)
    asks_place = allowed or bool(asked_set) or has("destination_question", text) \
        or has("outside_europe", asking(text))
    if not asks_place and not (same_place and "?" in text):
        return False
    from actions.faq import named_topics

    if not asks_place and (named_topics(text) or has("how_much", text) or has("amount_words", text)
                           or has("estimate_words", text) or has("rough_figure", text)):
        # ("Even a rough one for Norway?" after "no figure at all?": the amount's place, round 37)
        return False  # "enough grants for Ghana?", "even a rough estimate for Norway?": not where it stands
    if not asks_place and cost_covered_asked(turn.text):
        return False  # "are visa costs covered? uganda visa + ...": what the grant pays for (round 58)
    if not asks_place and (has("priority_named", text) or has("lowers_chances_question", text)):
        return False  # "a lower priority because the Netherlands is my home country?": the priorities
    if not asks_place and names_travel(text):
        return False  # "Is er reissteun voor Portugal?": the travel support (actions/travelq.py)
    if not asks_place and turn.intent in ("check_eligibility", "ask_grant", "ask_deadline") \
            and len(turn.entities) > 1:
        return False  # "can I do a training in Germany?" is a question about the whole plan
    from actions.incontext import _current_call

    code = str(countries[-1].get("value"))
    call_id = _current_call(turn)
    try:
        status = core().destination_status(call_id, code, turn.lang)
    except Exception as err:  # an unknown country: the normal flow reports it
        logger.debug("no destination status: %s", type(err).__name__)
        return False
    name = i18n.country(code, turn.lang)
    in_set = set_line(status, asked_set, name, turn.lang)
    from actions.countrynotes import note_lines

    notes = note_lines(call_id, code, turn.lang, turn.text)  # "Switzerland has not been ... since 2014"
    if in_set and not status["labels"]:
        turn.say("\n".join([in_set, *notes]))
        return True
    # "Le fait que le Sénégal ne soit pas en Europe pose-t-il un problème ?": a problem asked is answered the
    # other way round from "is it allowed?" ("No: … you can go there"), never "Yes:" for a place that is fine.
    problem = not allowed and has("matters_question", text) or has("counts_too", text)
    if not status["labels"]:
        outside = t(turn.lang, "destination_outside", country=name)
        turn.say("\n".join([t(turn.lang, "answer_yes" if problem else "answer_no", answer=outside)
                            if allowed or problem else outside, *notes]))
        return True
    from actions.inerasmus import in_erasmus_lines

    # "but Turkey is in Erasmus, isn't it?": that, yes or no first, then what it means for the person (r55)
    taking_part = None if problem else in_erasmus_lines(turn, call_id, code, status)
    if taking_part:
        turn.say("\n".join([*taking_part, *notes]))
        return True
    place = t(turn.lang, "destination_status", country=name, sets=sets_text(status))
    role = turn.get("role")
    from actions.calls import status_of

    # An ended call lets nobody go any more: what its rules said of the destination, in the past.
    ended = status_of(call_id)["status"] == "closed"
    own = _own_checks(turn, call_id, code, place, ended, problem) if role else None
    if own is not None:
        lines = own + (outside_lines(turn, code, [*turn.said, *own]) if outside_asked(turn) else [])
    else:
        lines = [place]
        if role:
            checks = destination_checks(call_id, role, code, turn.lang)
            key = "destination_ok_old_call" if ended else "destination_ok_for_you"
            lines += checks or [t(turn.lang, key)]
    if in_set:
        # "Is Switzerland in the EU?": that first, yes or no, then what it means for the person; the sets the
        # country is in are said in it already, and so is a "Yes:" that would only repeat them.
        yes, no = t(turn.lang, "answer_yes", answer=""), t(turn.lang, "answer_no", answer="")
        rest = [line for line in lines if line != place and not line.startswith(yes)]
        # what it means for the person, under the set's answer: "✗ …", not a second "No:" (round 25)
        lines = [in_set, *[f"✗ {line[len(no):]}" if line.startswith(no) else line for line in rest]]
    # "For students Uganda is fine, isn't it?": the destination checks for the group named, which differ.
    for group, roles in (("student_word", ("msc_student", "phd_student")), ("staff_word", ("staff",))):
        if role in roles or not has(group, text):
            continue
        for other in roles:
            checks = destination_checks(call_id, other, code, turn.lang)
            result = " ".join(checks) if checks else t(turn.lang, "destination_role_ok")
            lines.append(t(turn.lang, "destination_for_role", role=i18n.label(turn.lang, "roles", other),
                           result=result))
    turn.say("\n".join([*lines, *notes]))
    return True


def set_line(status: dict[str, Any], asked: str | None, name: str, lang: str) -> str | None:
    """"Switzerland is not one of the EU member states: it is one of the third countries not associated…",
    in the call's own words for each set; None when the call has no set of the kind asked."""
    label = (status.get("status_labels") or {}).get(asked or "")
    if not label:
        return None
    if asked in (status.get("statuses") or []):
        return t(lang, "set_member", country=name, set=label)
    if status.get("labels"):
        return t(lang, "set_not_member", country=name, set=label, sets=sets_text(status))
    return t(lang, "set_not_member_nowhere", country=name, set=label)


def _case_of_the_plan(text: str, place: dict[str, Any]) -> bool:
    """The destination already given, named in a case about something else of the stay ("what if the
    Copenhagen course has no online part, just the 2 weeks there?"): that case is answered, not the place."""
    start = place.get("start")
    if not isinstance(start, int):
        return False
    left = max(text.rfind(sep, 0, start) for sep in ".!?\n") + 1
    rights = [i for i in (text.find(sep, start) for sep in ".!?\n") if i >= 0]
    sentence = text[left:min(rights) + 1 if rights else len(text)]
    return has("what_if", sentence) and not has("destination_question", sentence) and not set_asked(sentence)


def _city_as_country(turn: Turn) -> list[dict[str, Any]]:
    """"Would Lisbon have been ok for me, since I'm not Portuguese?": the person's destination city named
    stands for its country (the destination they gave with it)."""
    cities = [e for e in turn.entities if e.get("entity") == "city"]
    city, country = turn.get("destination_city"), turn.get("destination")
    if not cities or not city or not country or str(cities[-1].get("value")).lower() != str(city).lower():
        return []
    from actions.asides import named_facts

    if named_facts(asking(turn.text), asking=True):
        return []  # "do we need an agreement between ITM and Geneva?": the condition, not the place
    found = [{**cities[-1], "entity": "country", "value": country}]
    return found if country_asked_allowed(turn, found) else []


def _own_checks(turn: Turn, call_id: str, code: str, place: str, ended: bool = False, problem: bool = False
                ) -> list[str] | None:
    """For the person's plan with this destination, from the rules core's destination checks: "Yes:" with the
    country's place and the source, or "No:" with the first failed check and its source; None when the plan
    cannot be evaluated. An ended call's rules are said in the past; a nationality the question names ("since
    I'm not Portuguese") gets the checks on it."""
    if str(turn.get("call") or "") != call_id:
        return None
    try:
        decision = evaluate_with(turn, destination=code)
    except Exception:  # an incomplete or invalid profile: the role's checks answer instead
        return None
    lang = turn.lang

    def about(checks: Any) -> list[dict[str, Any]]:
        return [c for c in checks or [] if str(c.get("kind", "")).startswith("destination")]

    def source(c: dict[str, Any]) -> str:
        return f"({t(lang, 'source')}: {i18n.source(call_id, c.get('source'), lang)})"

    failed, passed = about(decision.get("failed")), about(decision.get("passed"))
    if failed:
        first = f"{failed[0].get('explanation')} {source(failed[0])}"
        # "Questo paese (Italia) rientra tra i Paesi del Programma" under "Italy is the sending institution's
        # country" made Italy sound allowed (round 56): the country's sets are no answer then.
        sending = failed[0].get("kind") == "destination_not_sending"
        lines = [t(lang, "answer_yes" if problem else "answer_no", answer=first),
                 *([] if sending else [place])]
        return lines + [f"✗ {f.get('explanation')} {source(f)}" for f in failed[1:]]
    if not passed:
        return None
    answer = _possible(turn, call_id, code, passed[0]) or f"{place[:-1] if place.endswith('.') else place} " \
        f"{source(passed[0])}."
    if lang in ("fr", "it"):  # "Oui : ce pays (Norvège) …": no capital after a colon but a name's
        answer = answer[:1].lower() + answer[1:]
    # A rule on the nationality still open (ITM: not a country of your citizenship): allowed depending on it,
    # not "you may go there" (round 46: said to an Italian going to Milan before his nationality was known).
    open_nationality = "citizenship" in (decision.get("missing") or [])
    lines = [t(lang, "destination_not_a_problem" if problem else "answer_yes", answer=answer),
             t(lang, "destination_ok_old_call" if ended else "destination_ok_nationality_open"
               if open_nationality else "destination_ok_for_you")]
    if any(e.get("entity") == "country" and e.get("role") == "citizenship" for e in turn.entities):
        lines += [f"✓ {p.get('explanation')} {source(p)}" for p in passed
                  if p.get("kind") in ("destination_not_citizenship", "destination_not_origin")]
    return lines + _place_notes(turn, decision)


def _place_notes(turn: Turn, decision: dict[str, Any]) -> list[str]:
    """The call's notes that hold for the plan because of this destination ("Only 2 grants exist for third
    countries not associated ...": round 63, "la Svizzera va bene?"): those the plan without a destination
    does not get, from the rules core."""
    try:
        without = set(evaluate_with(turn, destination=None, destination_city=None).get("notes") or [])
    except Exception:  # an incomplete profile: no note told apart
        return []
    without |= set(decision.get("assumptions") or [])  # "your country of origin is taken as ...": no place's
    return [f"ℹ {n}" for n in decision.get("notes") or [] if n not in without]


def _possible(turn: Turn, call_id: str, code: str, check: dict[str, Any]) -> str:
    """"Switzerland belongs to the third countries not associated (regions 1 to 14), which the call covers: a
    possible destination for your type of mobility (Short-term doctoral mobility)": the country's sets and
    the person's plan in one sentence (round 50: "ce pays (Suisse) relève de ce groupe : ..." named no plan).
    "" when the country is in none of the call's sets."""
    lang = turn.lang
    try:
        status = core().destination_status(call_id, code, lang)
    except Exception:  # an unknown country: the place line answers
        return ""
    if not status["labels"]:
        return ""
    activity = turn.get("activity")
    kind = i18n.label(lang, "activities", activity, turn.get("role")) if activity else ""
    whom = t(lang, "destination_for_kind", activity=kind[:1].lower() + kind[1:]) if activity \
        else t(lang, "destination_for_you")
    return t(lang, "destination_possible", country=i18n.country(code, lang), sets=sets_text(status),
             whom=whom, source=f"{t(lang, 'source')}: {i18n.source(call_id, check.get('source'), lang)}")
