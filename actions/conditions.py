"""Questions about a condition of the person's answer ("do I need the Scientific Board?", "l'accord de mon
promoteur ?"), answered with their own facts; actions/incontext.py asks them among the questions in context.

"No: not needed" only when the call has a rule about the fact that does not apply to this plan (an agreement
for an NGO traineeship, the board for 90 days): then the call itself says so. A call with no rule about it at
all is silent, and silence is no "No": ITM's call never makes the supervisor's authorisation a condition, but
it sends students to their departmental educational coordinator or supervisor, and that is what is said."""
from __future__ import annotations

import logging
import re
from typing import Any

from actions import i18n
from actions.boardaccord import case_not_needed, that_authorisation
from actions.boardtoo import both_needed, conceded
from actions.conditionproblem import problem_for_applying
from actions.duewhen import as_skipped, timing_answered, timing_asked, timing_topic
from actions.findout import who_can_tell
from actions.hostneeds import (  # what their host must be (rounds 40, 50)
    eche_not_hei,
    host_lines,
    not_for_plan,
)
from actions.i18n import t
from actions.intime import in_time_answer, none_in_time
from actions.phrases import PHRASES, QUESTION_RX, has
from actions.polarity import reads_polarity
from actions.profile import core
from actions.recipient import addressed
from actions.stated import consent_spans, first_named
from actions.turn import Turn
from actions.whoasks import eche_held
from rules_core.vocab import CONDITION_FIELDS

logger = logging.getLogger(__name__)


@reads_polarity  # its yes/no is said of the condition: "is that a problem?" is read by it
def condition(turn: Turn) -> bool:
    """"Do I need the Scientific Board?": yes when the person's case has that condition, with the reason.
    "Must it come before the 18th or after?" (a timing): the call does not say, and who knows."""
    text = turn.text
    # "E non mi ha spiegato come si chiede al Consiglio Scientifico.": a question without its mark.
    unexplained = has("unexplained", text)
    if ("?" not in text and not QUESTION_RX.search(text.strip()) and not unexplained) or not turn.get("call"):
        return False
    # The sentence that asks ("my advisor said ok. do I need the board?" asks about the board).
    sentences = re.split(r"(?<=[.!?])\s+", text)
    # ("eh? impresa? ... io ti chiedevo se serve la firma/autorizzazione del mio relatore": not the echoes of
    # one word, the question said again as asked; round 62 answered nothing)
    asking = next((s for s in sentences if "?" in s and len(re.findall(r"[^\W\d_]+", s)) > 1), "") \
        or next((s for s in sentences if has("indirect_question", s)), "") \
        or next((s for s in sentences if "?" in s), "") \
        or next((s for s in sentences if has("unexplained", s)), text)
    from actions.asides import named_facts

    # "l'accord de mon promoteur" names the supervisor's consent, not an agreement between institutions.
    consents = consent_spans(asking)
    full = str(turn.tracker.latest_message.get("text") or "")
    named = [n for n in named_facts(asking, asking=True) if first_named(n, asking, consents, said_back=True)
             and not addressed(n, full, asking)]  # "à mon superviseur ou à l'adresse ?": whom to write to
    named, against = conceded(asking, named)  # "anche se il mio supervisore è già d'accordo" (round 60)
    if not named:
        # "I don't know if it has an ECHE. Is that a problem?": the question is about the fact just named.
        # Not a person named as the source of news ("my supervisor said it might be March. does that change
        # anything?"), nor one named in a complaint about the conversation.
        named = [n for n in named_facts(text) if not addressed(n, full, text)][:1]
    timing = timing_asked(asking, named)
    if named and not timing:
        # "Come funziona? Devo ottenerla prima della scadenza?": when is asked in another question of the
        # message; the answer says the condition once, with when (round 26: the condition, then again with
        # the timing).
        whole = re.split(r"(?<=[.!?])\s+", str(turn.tracker.latest_message.get("text") or ""))
        timing = any(has("condition_timing", s) or has("before_or_after", s)
                     for s in whole if "?" in s or s is whole[-1])
    named = that_authorisation(turn, asking, named)  # "il ne faudrait plus cet accord ?" (round 53)
    named = [n for n in named if not turn.meant or n != "interinstitutional_agreement"]  # set against it
    if turn.meant and set(named) <= {turn.meant} and has("need_words", asking):
        return True  # "Nel mio caso serve anche la sua autorizzazione?": the one meant was just answered
    if not named and timing:
        # "How do I get their authorisation?": the condition the message before named.
        named = named_facts(turn.earlier_text(), asking=True)[:1]
    if not named and not timing and not none_in_time(asking):  # "et s'il n'y en a pas, ça peut encore ?"
        return False
    # "come faccio a sapere se c'è l'accordo?": who can tell (round 50); a timing: the call data on it
    if named and who_can_tell(turn, named, asking) or timing and timing_topic(turn, named, asking):
        return True
    from actions.flow import evaluate

    try:
        decision = evaluate(turn)
    except Exception:  # an incomplete or invalid profile: the FAQ answers instead
        return False
    conditions = {c["field"]: c for c in decision.get("conditions") or []}
    if not named and len(conditions) == 1 and "receiving_org_has_eche" not in conditions \
            and not has("when_to_apply", asking):  # "wanneer moet ik aanvragen?": the date (round 60)
        # "how do I request it?" with one condition open: that one. Not the host's charter, which nobody
        # requests ("Entro quando devo fare domanda?" got "the call does not say when it is requested", r56).
        named = list(conditions)
    if not named:
        return False
    yes_no = has("yes_no_question", asking.strip())
    for name in named:
        if name in conditions:
            found = conditions[name]
            if in_time_answer(turn, found, asking):  # "can one still be signed in time?"
                return True
            if timing and timing_answered(turn, found, asking):  # due with the application, or before leaving
                return True
            if problem_for_applying(turn, found, asking):  # "is that a problem?": not for applying
                return True
            if (has("exists_question", asking) or has("do_you_know", text)) and not has("need_words", asking):
                # "Is there an agreement with Geneva already?" asks what only someone else knows, not
                # whether the plan needs it: never "Yes", but who knows, and that the answer depends on it.
                who = settled_by(turn, found.get("settled_by"))
                turn.say(t(turn.lang, "condition_not_known", who=who, reason=found["explanation"]))
                return True
            if timing:
                # "Do I ask the board before the 18th or after?": the call names the authorisation, not when.
                from actions.verdict import short_contacts

                who = short_contacts(str(turn.get("call")), turn.get("role"), turn.lang, in_sentence=True)
                said = eche_held(turn, name)
                turn.say(said or t(turn.lang, "condition_when", reason=found["explanation"], who=who))
                if turn.intent == "ask_deadline":  # the date is a point of reference: no dates block again
                    turn.set("goal", turn.tracker.get_slot("goal"))
                return True
            key = "condition_yes" if yes_no else "condition_about"
            too = both_needed(turn, name, against, conditions)  # "l'una non sostituisce l'altra"
            turn.say(" ".join(filter(None, [t(turn.lang, key, reason=found["explanation"]), too])))
            return True
    # Only a plan that passes every rule shows which conditions it needs ("not eligible" lists none), or one
    # whose role and activity no rule asking it applies to (a staff training, before its dates). Only for what
    # someone else must grant (a scholarship question is about compatibility, a topic). No rule needs it for
    # this plan ("an agreement with an NGO?", "the board for 90 days?"); every one named is answered.
    decided = decision.get("verdict") == "eligible"
    unneeded = [name for name in dict.fromkeys(named) if name in CONDITION_FIELDS and turn.get(name) is None
                and (decided and name not in (decision.get("missing") or []) or not_for_plan(turn, name)
                     or _within_limit(turn, name))]
    if unneeded:
        turn.options_answered = len(unneeded) > 1  # "an agreement or a charter?": "No" to each, said apart
        days, call_id = stay_days(turn), str(turn.get("call"))
        lines = [eche_not_hei(turn, n) or case_not_needed(turn, n, decision, days)
                 or not_needed(call_id, n, turn.get("role"), turn.lang, days, asking) for n in unneeded]
        lines += host_lines(call_id, unneeded, turn.get("role"), turn.lang, turn=turn)
        turn.say(as_skipped(turn.lang, asking, "\n".join(lines)))  # ("would I skip the board?": "Yes")
        return True
    return _depends(turn, named, decision)


def settled_by(turn: Turn, key: Any) -> str:
    """Who settles a condition, with the call's own contacts for the person (the host, or them)."""
    return i18n.label(turn.lang, "settled_by", str(key)).replace("{who}", contacts_in_sentence(turn))


def contacts_in_sentence(turn: Turn) -> str:
    """The call's contacts for the person in a few words, inside a sentence ("votre coordinateur ..."): a role
    starts small there, a person's name keeps its capital (round 28: "chieda a: daniela Giorgetti")."""
    from actions.verdict import short_contacts

    return short_contacts(turn.get("call"), turn.get("role"), turn.lang, in_sentence=True) or "-"


def _depends(turn: Turn, named: list[str], decision: dict[str, Any]) -> bool:
    """"Do I need an agreement between ITM and the hospital?" before the plan is decided (the host's kind
    not yet said): whom the call asks it of, so the person sees what it turns on (round 21 got "I can't
    find")."""
    from actions.faq import named_topics
    from actions.scope import rules_about, scope_lines

    if decision.get("verdict") == "not_eligible" or named_topics(turn.text):
        return False  # ("how many ECTS, and is there a virtual part?": the call's topic answers)
    call_id = str(turn.get("call"))
    for name in named:
        # What the host is or has (an agreement, a charter), not what the activity is (its virtual part).
        about_host = name in CONDITION_FIELDS and name != "virtual_component"
        rules = rules_about(call_id, name) if about_host and turn.get(name) is None else []
        if rules:
            field = field_label(name, turn.lang, turn.get("role"))
            turn.say("\n".join([t(turn.lang, "condition_depends", field=field),
                                *scope_lines(call_id, rules, turn.lang, turn.get("role"))]))
            return True
    return False


def not_needed(call_id: str, name: str, role: str | None, lang: str, days: int | None = None,
               asking: str = "") -> str:
    """Why the yes/no fact `name` is no condition of this plan, in the call's own terms: whom the call asks
    it of instead. Named shortly ("an ECHE"): the field's label speaks of a host university, which a company
    is not."""
    field = field_label(name, lang, role)
    try:
        call = core().get_call(call_id)
    except Exception as err:  # a call file problem: say only what is certain
        logger.debug("no call for a condition answer: %s", type(err).__name__)
        return t(lang, "condition_not_in_call_silent", field=field)
    reading = [rule for rule in call.rules if _reads(rule, name)]
    over = _over_days(call_id, reading, role, days)
    if over is not None and days is not None:
        rule = next(r for r in reading if (r.params or {}).get("over_days") is not None)
        return _shorter(call_id, field, rule.source, over, days, asking, lang)
    if reading:
        from actions.scope import scope_lines

        others = _other_roles(reading, role)
        if others:
            # A staff member asking about the ECHE: the call asks it of students only; their study and
            # traineeship cases, listed in full, were read as the staff member's (round 19).
            roles = ", ".join(i18n.label(lang, "roles", r) for r in others)
            sources = "; ".join(dict.fromkeys(i18n.source(call_id, r.source, lang) for r in reading))
            return "\n".join([t(lang, "condition_not_needed", field=field),
                              t(lang, "condition_only_for_roles", roles=roles, source=sources)])
        return "\n".join([t(lang, "condition_not_needed", field=field), t(lang, "condition_not_needed_why"),
                          *scope_lines(call_id, reading, lang, role)])
    named = [c for c in call.contacts if _names(c, name, lang) and (not c.audience or role in c.audience)]
    if named:
        from actions.verdict import describe_in

        said = "; ".join(describe_in(c, lang) for c in named)
        return t(lang, "condition_not_in_call", field=field, said=said)
    from actions.verdict import contact_lines

    silent = t(lang, "condition_not_in_call_silent", field=field)
    return "\n".join([silent, *contact_lines(call_id, role, lang)])


def _other_roles(rules: list[Any], role: str | None) -> list[str]:
    """The roles the rules are for, when every rule names its roles and none is the person's."""
    roles = [r.applies_to.roles if r.applies_to else None for r in rules]
    if not role or any(not names or role in names for names in roles):
        return []
    return list(dict.fromkeys(name for names in roles for name in names or []))


def field_label(name: str, lang: str, role: str | None = None) -> str:
    """A yes/no fact named shortly ("an ECHE"), else by its field label, in the person's role's words."""
    field = i18n.label(lang, "condition_names", name, role)
    return i18n.label(lang, "fields", name, role) if field == name else field


def stay_days(turn: Turn) -> int | None:
    """The stay's length as the rules core counts it (30/360), when both dates are known."""
    from rules_core.dates import days360, parse_date

    try:
        start, end = turn.get("start_date"), turn.get("end_date")
        return days360(parse_date(start, "start_date"), parse_date(end, "end_date"))
    except Exception:  # a date not given or not a date: no length to compare
        return None


def _over_days(call_id: str, reading: list[Any], role: str | None, days: int | None) -> int | None:
    """The length beyond which a rule for the person's role asks the fact, when their stay does not reach it
    (the board "for periods longer than 3 months"): then that length, not whom the call asks it of, is the
    reason."""
    from rules_core.loader import raw_call, resolve_param

    for rule in reading:
        over = (rule.params or {}).get("over_days")
        over = resolve_param(raw_call(call_id), over) if over is not None else None
        roles = rule.applies_to.roles if rule.applies_to else None
        if isinstance(over, int) and days is not None and days <= over and (not roles or role in roles):
            return over
    return None


def _within_limit(turn: Turn, name: str) -> bool:
    """The stay is not longer than the length beyond which the call asks the fact (the Board for 90 days),
    whatever else is still open (round 46: previous months not said got "That depends on your plan")."""
    call = core().get_call(str(turn.get("call")))
    reading = [rule for rule in call.rules if _reads(rule, name)]
    return _over_days(call.id, reading, turn.get("role"), stay_days(turn)) is not None


def length_text(days: int, lang: str) -> str:
    """"90 days (3 months)": months of 30 days, as the call's limits are counted."""
    if days % 30:
        return t(lang, "length_days", days=days)
    key = "length_one_month" if days == 30 else "length_months"
    return t(lang, key, days=days, months=days // 30)


def _shorter(call_id: str, field: str, source: str, over: int, days: int, asking: str, lang: str) -> str:
    """Not needed because the stay is not longer than the rule's limit; "Yes" first when the question stated
    that limit itself ("a friend told me the board approves stays longer than 3 months, is that right?")."""
    limits = " ".join(m.group(2) for m in PHRASES["limit_length_said"].finditer(asking))
    key = "condition_short_right" if over in _lengths_said(limits) else "condition_short_not_needed"
    return t(lang, key, field=field, limit=length_text(over, lang), length=length_text(days, lang),
             source=i18n.source(call_id, source, lang))


def _lengths_said(text: str) -> set[int]:
    """The lengths a sentence names, in days of the 30/360 count ("3 months" = 90, "90 days" = 90)."""
    found = set()
    for m in PHRASES["length_said"].finditer(text):
        number = m.group(1).lower()
        value = int(number) if number.isdigit() else PHRASES_NUMBERS.get(number, 0)
        found.add(value if m.group(2).lower().startswith(_DAY_UNITS) else value * 30)
    return found


_DAY_UNITS = ("day", "jour", "dag", "giorn")
# Number words for the few lengths a call's limits are said in ("three months", "trois mois", "tre mesi").
PHRASES_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "un": 1, "une": 1, "deux": 2,
                   "trois": 3, "quatre": 4, "een": 1, "twee": 2, "drie": 3, "vier": 4, "zes": 6, "uno": 1,
                   "due": 2, "tre": 3, "quattro": 4, "sei": 6}


def _reads(rule: Any, name: str) -> bool:
    """Whether a rule of the call is about the fact (a rule's scope then settles "not needed")."""
    return name in (rule.fields or []) or (rule.params or {}).get("field") == name


def _names(contact: Any, name: str, lang: str) -> bool:
    """Whether a contact of the call is the person who would settle the fact ("your ... supervisor")."""
    texts = [contact.role, (contact.role_text or {}).get(lang) or ""]
    return any(PHRASES["fact_words"][name].search(text) for text in texts)

