"""Whether a kind of host may host the plan ("is a research institute fine for a traineeship?", "Note ISS is a
public body, not a university - is that ok?"): yes or no from the checks of the host, with their source and
the host's conditions. Moved out of actions/askabout.py (round 55), which had grown past its size."""
from __future__ import annotations

from actions import i18n
from actions.askabout import asking, evaluate_with, is_question, sourced
from actions.i18n import t
from actions.phrases import has
from actions.polarity import openings
from actions.profile import core
from actions.saidback import DATE_ENTITIES
from actions.turn import Turn

# What a host may need to hold: a question naming them asks about that, not about the kind of host.
HOST_FACTS = {"receiving_org_has_eche", "interinstitutional_agreement"}


def host_type(turn: Turn) -> bool:
    """"Is a research institute fine for staff training?", "telt een onderzoeksinstituut ook?": the rules
    core's check of that kind of host for the person, yes or no first, with the conditions it brings."""
    text, call_id = turn.text, turn.get("call")
    from actions.asides import funder
    from actions.hostparent import hospital_kind_said
    from rules_core.vocab import RECEIVING_ORGS

    # "ma bourse vient d'une fondation": who pays is no host.
    orgs = [e for e in turn.entities
            if e.get("entity") == "receiving_org" and e.get("value") in RECEIVING_ORGS
            and not (isinstance(e.get("start"), int) and funder(text, int(e["start"])))
            and not hospital_kind_said(text, e)]  # (its kind unsettled by the call: hospitalq.py, round 63)
    question = asking(text)
    # "ok het is een onderzoeksinstituut denk ik ja. krijg ik mijn vlucht terugbetaald?": the sentence with
    # the question mark decides what Yes or No answers; a kind stated in another sentence is only noted.
    # ("It's a research institute. Is that OK?" asks about it in the next sentence.)
    at = text.find(question) if "?" in question else -1
    if at >= 0 and not any(isinstance(o.get("start"), int) and at <= int(o["start"]) < at + len(question)
                           for o in orgs) \
            and not (has("acceptable_question", question) or has("matters_question", question)):
        return False
    # ("maakt het uit dat het een onderzoeksinstituut is?": whether the kind matters, asked as such, round 45)
    if not call_id or not orgs or not is_question(text) or not (has("acceptable_question", question)
                                                              or has("yes_no_question", question.strip())
                                                              or has("matters_question", question)):
        return False
    from actions.kindtold import rule_words, tag_asks_kind

    # ("Dutch. Note ISS is a public body, not a university - is that ok?": the tag asks about the kind told)
    told = any(tag_asks_kind(text, o.get("start")) for o in orgs)
    # (the kinds named: "a research institute and not a university" names one kind, a host)
    # ("if I did a traineeship at the same university instead, from 1 March to 30 April, would that be
    # possible?" names another activity or dates with the host: the what-if's verdict, not "Yes: the host may
    # host it", round 55)
    kinds = {e.get("entity") for e in turn.entities}
    # (dates named with the host make a plan question; "are traineeships at a company allowed?" asks the host)
    plan = turn.intent in ("check_eligibility", "ask_grant", "ask_deadline") or kinds & set(DATE_ENTITIES)
    if (plan and len(kinds) > 1 and not _restated(turn) or has("can_i_apply", question)) and not told:
        return False  # "can I do a traineeship at an NGO in Kenya?" is a question about the whole plan
    from actions.asides import named_facts
    from actions.destinationq import country_asked_allowed

    places = [e for e in turn.entities if e.get("entity") == "country" and e.get("role") != "citizenship"]
    if places and country_asked_allowed(turn, places):
        return False  # "Ma la Turchia è ammessa?": the country's question (actions/destinationq.py)

    if HOST_FACTS & set(named_facts(question, asking=True)):
        return False  # "does that company need an ECHE?": the ECHE (actions/conditions.py), not the host type
    # The kind asked about: the one stored when named again, else the first named ("a research institute, or
    # must it be a university?" asks about the research institute).
    stored = turn.get("receiving_org")
    org = next((str(o["value"]) for o in orgs if o.get("value") == stored), str(orgs[0]["value"]))
    try:
        decision = evaluate_with(turn, receiving_org=org)
        rules = core().get_call(call_id).rules
    except Exception:  # an incomplete or invalid profile: the topic answers instead
        return False
    # The checks about the host: rules that read the kind of host, or apply to some kinds only.
    about_host = [r for r in rules if "receiving_org" in (r.fields or []) or r.applies_to.receiving_orgs]
    ids = {r.id for r in about_host}
    fields = {f for r in about_host for f in r.fields or []}
    failed = [f for f in decision.get("failed") or [] if f.get("rule") in ids]
    passed = [p for p in decision.get("passed") or [] if p.get("rule") in ids]
    if not failed and not passed:
        return False  # no check of the host for this plan yet (no role or activity): the topic answers
    lang = turn.lang
    first = (failed or passed)[0]
    # The answer's source right after it: a condition below with the same source said it twice in a row.
    where = i18n.source(call_id, first.get("source"), lang)
    answer = f"{first.get('explanation')} ({t(lang, 'source')}: {where})"
    yes, no = openings(question)
    if failed:
        lines = [t(lang, no, answer=answer)]
        lines += [sourced("✗", f.get("explanation"), call_id, f.get("source"), lang) for f in failed[1:]]
    else:
        # (the call's words on hosts only for a kind told: an either/or question gets its kind alone)
        words = rule_words(call_id, turn.get("role"), first, lang) if told else []
        lines = [t(lang, yes, answer=answer), *words]
    lines += [sourced("•", c.get("explanation"), call_id, c.get("source"), lang)
              for c in decision.get("conditions") or [] if c.get("field") in fields]
    turn.say("\n".join(lines))
    return True


def _restated(turn: Turn) -> bool:
    """Every fact named is the plan's as it stood ("Carlos III is a public research institute, that's fine
    for the traineeship yes?" for a traineeship at a research institute): a check of the host, not a new
    plan (round 50 got the call's whole receiving-organisation topic)."""
    kinds = ("receiving_org", "activity", "role")
    return all(e.get("entity") in kinds and e.get("value") == turn.tracker.get_slot(str(e.get("entity")))
               for e in turn.entities)
