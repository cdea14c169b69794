"""The call's selection priorities asked about, read for the person by the rules core (rules_core.priorities):
"do I get priority?", "does that lower my chances?", "so I'm less likely to be selected, but not excluded?",
and a fact a priority reads said or named with "is that a problem?" ("I have a DGD scholarship. Is that a
problem? Can I still get the grant?", "io non ho nessuna borsa di studio, è un problema?").

A priority ranks eligible applications and excludes no one, so a question whether something lowers or
changes one's chances is answered "Yes: it ranks you lower (it does not exclude you)" when a priority is
against the person (round 25 opened "No: not every priority favours you", which read as "it changes
nothing"), and a scholarship "problem" gets what the priorities make of it, not "your answer stays the same"
alone. Nothing is decided here: which priority favours whom is the rules core's."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.askabout import asking, is_question, sourced
from actions.i18n import t
from actions.phrases import PHRASES, has
from actions.polarity import reads_polarity
from actions.profile import core, profile_from_tracker
from actions.turn import Turn
from rules_core.vocab import BOOL_FIELDS


@reads_polarity  # its yes or no already answers "is that a problem?" the right way round
def priority(turn: Turn) -> bool:
    """"Do I get priority?": each of the call's priorities that concerns the person, favoured or not by
    their facts, yes or no first; only those about a fact the message names when it names one ("a lower
    priority because the Netherlands is my home country?")."""
    text, call_id = turn.text, turn.get("call")
    # "How are ties between candidates with the same ranking broken?" is the tie-break topic, not priority.
    # ("je paie mes frais moi-même. ça m'aide ?": a fact of the person's and whether it helps them)
    # ("does it make sense to apply?" after the answer asks about the priorities that rank applications)
    # ("dus geen beurs is eigenlijk goed voor mij?": a priority fact named with "good for me")
    named_fact = any(PHRASES["fact_words"][f].search(text) for f in ("has_scholarship",))
    worse, changes = has("lowers_chances_question", text), has("changes_chances_question", text)
    changes = changes or named_fact and has("changes_anything_question", text)  # "ça change qqch ?" (61)
    asks = has("priority_question", text) or worse or changes \
        or has("helps_question", text) and (turn.restated or named_fact) \
        or asks_still_apply(text) and bool(turn.get("last_decision")) and not _verdict_asked(text)
    if not call_id or not is_question(text) or not asks or has("tie_question", text):
        return False
    from actions.priorityheld import held_facts, held_priority

    if held_priority(turn, _still_apply(turn)):  # "avendo la borsa rischio ...?": the fact as said (round 49)
        return True
    items = _items(turn, held_facts(turn))
    if not items:
        return False
    about = [i for i in items if set(i["reads"]) & _facts_named(turn, with_places=True)]
    items = about or items
    lang = turn.lang

    def lines_of(mark: str, favoured: bool | None) -> list[str]:
        return [sourced(mark, i["text"], call_id, i["source"], lang)
                for i in items if i["favoured"] is favoured]

    lower, higher, unknown = lines_of("✗", False), lines_of("✓", True), lines_of("•", None)
    from actions.prioritysaid import why_lines

    why = why_lines(turn, items)  # "why? what did I tell you that makes me priority?": the facts said
    if why:
        turn.say("\n".join(why))
        turn.priorities_said = True
        return True
    # What still holds for someone a priority does not favour ("you may still apply"): a no is no refusal.
    from actions.prioritystill import still_lines

    still = still_lines(turn, items)  # (not after "not eligible", nor under an ended call: round 58)
    lead = _still_apply(turn)
    from actions.shown import only_new_checks

    # Asked back to be sure ("so I'm less likely to be selected, but not excluded?"), the priorities just
    # listed are not listed again.
    fresh = bool(only_new_checks("\n".join([*lower, *higher]), turn))
    if lower and (worse or changes) and not lead:
        # "Does that lower my chances?": a priority against the person is its "Yes", with what it does not do.
        lines = [t(lang, "priority_ranks_lower"), *lower, *still, *higher] if fresh \
            else [t(lang, "priority_ranks_lower_above"), *still]
    elif lower and lead and not fresh:
        from actions.eitheror import strip_opening

        above = strip_opening(t(lang, "priority_ranks_lower_above"))
        lines = [*lead, above[:1].upper() + above[1:], *still]
    elif lower:
        # "I can still apply, just with lower priority? I'm not excluded?": a bare "No" would read as "you
        # can't apply", so whether they may apply comes first and the priorities follow without a "No".
        head = t(lang, "priority_not_all") if lead else t(lang, "priority_no")
        lines = [*lead, head, *lower, *still, *higher]
    elif higher:
        head = t(lang, "priority_partly" if unknown else "priority_yes")
        if worse and not unknown:
            from actions.eitheror import strip_opening

            head = t(lang, "answer_no", answer=strip_opening(head))
        lines = [head, *higher]
    else:
        # "Do I get priority?" with the fact it turns on unsaid: that fact asked by name ("are you a PhD or
        # postdoctoral staff member?"), not "it depends on things I can't tell" (round 20).
        names = list(dict.fromkeys(n for i in items if i["favoured"] is None
                                   for n in i.get("open_fields") or []))
        # One the person said they do not know ("geen idee" to this question) is not asked again (round 35).
        skipped = [n for n in names if n in (turn.get("skipped") or [])]
        names = [n for n in names if n not in skipped]
        plain = i18n.raw(lang, "priority_ask_fields")  # "Do you have a scholarship?", not "(other ...)"
        ask = [" ".join(plain[n] for n in names)] if names and all(n in plain for n in names) else \
            [t(lang, "priority_ask", fields=", ".join(i18n.label(lang, "fields", n) for n in names))] \
            if names else []
        if names or not skipped:
            lines = [t(lang, "priority_open"), *unknown, *ask]
        else:
            lines = [t(lang, "priority_unknown_kept",
                       fields=", ".join(i18n.label(lang, "fields", n) for n in skipped)), *unknown]
        unknown = []
    if lead and not lower:
        lines = [*lead, *lines]
    if unknown:
        lines += [t(lang, "priority_also"), *unknown]
    turn.say("\n".join(lines))
    turn.priorities_said = True
    return True


def asks_still_apply(text: str) -> bool:
    """"Do I still have a chance?", "would my application be refused outright?": whether one may apply at
    all, asked either way round."""
    return has("still_apply_question", text) or has("excluded_question", text)


def _verdict_asked(text: str) -> bool:
    """"So am I still eligible?" with no priority or chance named (round 41, after "I don't know if there is
    an agreement"): the answer itself is asked, not the priorities."""
    return has("eligible_words", text) and not has("priority_question", text)


def chances_question(turn: Turn) -> bool:
    """"So I can still apply, just with lower priority?", "en tant que doctorante, ai-je réellement une
    chance ?", "cela signifie-t-il que ma candidature serait refusée d'office ?": whether a priority excludes
    them, answered before the call's status or the contact the NLU may have read in it."""
    return asks_still_apply(turn.text) and has("priority_question", turn.text) and priority(turn)


def priority_fact(turn: Turn) -> bool:
    """"I have a DGD scholarship. Is that a problem? Can I still get the grant?", "io non ho nessuna borsa di
    studio, è un problema?", "serve avere una borsa per partecipare?": a yes/no fact a priority of the call
    reads, said or named with whether it matters, is a problem or is needed: that it excludes no one, and
    what the priorities that read it make of it for the person. (The nationality has its own answer,
    actions/nationalityq.py, which says the home-country priority too.)"""
    text, call_id = turn.text, turn.get("call")
    question = _fact_question(text)
    # ("does it make sense to apply, not being a PhD or a postdoc?" is whether one may apply: priority())
    if not call_id or not is_question(text) or asks_still_apply(question) \
            or not any(has(key, question) for key in FACT_QUESTIONS):
        return False
    facts = _facts_named(turn) - _read_by_rules(str(call_id))
    if not facts:
        return False  # a fact a rule reads may well exclude: the rules' answers (conditions, checks)
    # "ça change quoi si j'ai déjà une bourse de doctorat ?": the fact unsaid is read as the question puts it
    # (round 33 named the MSc priority only, the scholarship criterion being "unknown").
    items = [i for i in _items(turn, _assumed(turn, facts)) if set(i["reads"]) & facts]
    if not items:
        return False  # read by no priority for this person (a staff member's scholarship): other answers
    lang = turn.lang

    def lines_of(mark: str, favoured: bool | None) -> list[str]:
        return [sourced(mark, i["text"], call_id, i["source"], lang)
                for i in items if i["favoured"] is favoured]

    lower, higher, unknown = lines_of("✗", False), lines_of("✓", True), lines_of("•", None)
    if not lower and not higher:
        return False  # "is it a problem if I had none?", the fact unsaid: the call's topic on it answers
    if has("fact_needed_question", question) and not has("matters_question", question):
        # "serve avere già una borsa per partecipare?": no rule asks for it; what the priorities make of it
        lines = [t(lang, "priority_fact_needed"), *lower, *higher, *unknown]
    elif lower:
        from actions.prioritystill import still_lines

        # ("i am only technician, no phd, is it still ok?": yes, it excludes no one; round 56; not "yes, you
        # may still apply" where another rule or the call's end rules it out, round 58)
        still = still_lines(turn, items)
        own = [f"ℹ {i['otherwise']}" for i in items if i.get("otherwise")]
        head = "priority_fact_still_ok" if has("still_ok_question", question) \
            and not has("matters_question", question) and still == own else "priority_fact_lower"
        if has("priorityfact_counts_question", question):
            head = "priorityfact_counts_lower"  # "telt dat?": "Yes, it counts, in the ranking" (round 62)
        lines = [t(lang, head), *lower, *higher, *still]
    else:
        lines = [t(lang, "priority_fact_higher"), *higher]
    turn.say("\n".join(lines))
    turn.priorities_said = True
    return True


FACT_QUESTIONS = ("matters_question", "fact_needed_question", "still_ok_question",
                  "priorityfact_counts_question")


def _fact_question(text: str) -> str:
    """The sentence that asks whether a fact matters, else the first that asks ("wat bedoel je met maar 2
    beurzen? ik heb een beurs van de belgische ontwikkelingssamenwerking, telt dat?": the second; round
    62)."""
    first = asking(text)
    if any(has(key, first) for key in FACT_QUESTIONS):
        return first
    return next((s for s in re.split(r"(?<=[.!?])\s+", text)
                 if "?" in s and any(has(key, s) for key in FACT_QUESTIONS)), first)


def priority_lines(turn: Turn, facts: set[str]) -> list[str]:
    """The call's priorities that read one of `facts`, as they stand for the person: ✓ favours, ✗ does not,
    • not known yet; each with its source."""
    marks = {True: "✓", False: "✗", None: "•"}
    return [sourced(marks[i["favoured"]], i["text"], turn.get("call"), i["source"], turn.lang)
            for i in _items(turn) if set(i["reads"]) & facts]


def _read_by_rules(call_id: str) -> set[str]:
    """The facts the call's eligibility rules read (whom a rule reads it may exclude)."""
    from rules_core.kinds import READS

    fields: set[str] = set()
    for rule in core().get_call(call_id).rules:
        fields |= {*(rule.fields or []), *READS.get(rule.kind, ()), *(rule.applies_to.flags or {})}
        if isinstance(rule.params.get("field"), str):
            fields.add(rule.params["field"])
    return fields


def _items(turn: Turn, assume: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    from actions.facts import view

    try:
        return list(core().priorities(profile_from_tracker(view(turn.view, **(assume or {}))), turn.lang))
    except Exception:  # an invalid profile: the other answers are tried
        return []


def _assumed(turn: Turn, facts: set[str]) -> dict[str, bool]:
    """The yes/no facts a question names without the person having said them, as it names them ("if I
    already have a scholarship": True); one named with a negation ("if I have none") stays unknown."""
    from actions import when
    from actions.yesno import negated

    text, out = turn.text, {}
    for name in facts:
        match = PHRASES["fact_words"][name].search(text) if name in PHRASES["fact_words"] else None
        if turn.get(name) is not None or match is None:
            continue
        left, right = when.clause_span(text, match.start(), match.end())
        if not negated(text, match.start(), match.end(), left, right):
            out[name] = True
    return out


def against_lines(turn: Turn) -> list[str]:
    """The call's priorities that do not favour the person, each with its source (actions/nochance.py)."""
    call_id = turn.get("call")
    return [sourced("✗", i["text"], call_id, i["source"], turn.lang) for i in _items(turn)
            if i["favoured"] is False]


PLACE_FACTS = {"citizenship", "country_of_origin", "destination"}


def _facts_named(turn: Turn, with_places: bool = False) -> set[str]:
    """The facts the message is about: yes/no facts it states or names, and with `with_places` the home
    country when it names a nationality, a country of origin or the home country."""
    from actions.asides import named_facts

    facts = {f for f in turn.changes if f in BOOL_FIELDS} | set(named_facts(turn.text, asking=True))
    if with_places and (any(e.get("entity") == "country" and e.get("role") in ("citizenship", "origin")
                            for e in turn.entities) or has("home_country_words", turn.text)):
        facts |= PLACE_FACTS
    return facts


def _still_apply(turn: Turn) -> list[str]:
    """For "can I still apply? am I excluded?" asked about priority: the eligibility first ("Yes, you can
    apply" only when the plan is eligible), and that a priority excludes no one; nothing otherwise."""
    excluded = has("excluded_question", turn.text)
    if not excluded and not has("still_apply_question", turn.text):
        return []
    from actions.flow import evaluate

    try:
        verdict = evaluate(turn).get("verdict")
    except Exception:  # an incomplete profile: what the priority means still holds
        verdict = None
    if verdict != "eligible":
        return [t(turn.lang, "priority_ranks_only")]
    # "would I be refused outright?" is answered "No", "do I still have a chance?" "Yes": the same fact; of an
    # ended call, "would I still have had a chance?" is "Yes, you could apply" (round 37 opened "No:").
    from actions.calls import status_of

    ended = status_of(str(turn.get("call")))["status"] == "closed"
    return [t(turn.lang, "priority_not_excluded" if excluded else
              "priority_could_apply" if ended else "priority_can_apply")]
