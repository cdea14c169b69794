"""Going to one's own country, and where a selection priority is written (round 36, an IMT Lucca PhD student
from Spain going to Barcelona).

"im spanish tho, is going to my own country allowed?" got no answer, "is spain ok since im spanish?" the
destination's country group, "where does it say that in the lucca call" the country group again, and "is that
really in the IMT Lucca rules?" / "is it in the lucca call or not? yes or no pls" a "No: not every priority
favours you" that read as "no, it is not in the rules". Now:
- whether going to a country of one's citizenship is allowed: "No" with the rule that excludes it (ITM), else
  "Yes", and the call's priority about it when it has one (Lucca: it ranks lower, it does not exclude);
- where a priority is written: "Yes", the call's own sentence (`quote` in the call data) with its section and
  the call's name.
Round 58: "Germany is my home country, is that a problem?" (the destination named as the home country, no
nationality said yet) got "No, that is no problem: Germany is one of the Programme Countries", and the
priority against it only when asked again. The country so named is the own country asked about; to a problem
question, a priority against it opens the answer: not excluded, but it can count against you.
Nothing is decided here: the rules core evaluates the plan and reads the priorities for the person."""
from __future__ import annotations

from typing import Any

from actions import i18n
from actions.askabout import asking, evaluate_with, is_question, sourced
from actions.calls import call_name
from actions.i18n import t
from actions.phrases import has
from actions.polarity import problem_asked, reads_polarity, turned
from actions.profile import core, profile_from_tracker
from actions.turn import Turn

PLACE_FIELDS = {"destination", "citizenship", "country_of_origin"}


@reads_polarity  # its yes or no already answers "is that a problem?" the right way round
def home_country_question(turn: Turn) -> bool:
    """Whether the message asks about going to one's own country or where a priority is written; answered."""
    text, call_id = turn.text, turn.get("call")
    if not call_id or not is_question(text):
        return False
    home = has("home_country_words", text) or bool(_own_country_named(turn))
    if has("rule_source_question", text):
        return _where_written(turn, str(call_id), home)
    question = asking(text)
    # ("does it matter that I'm Dutch?" is the nationality's answer, actions/nationalityq.py; "ranked lower
    # for going home?" the priorities', actions/priorityq.py: both say the home-country priority too)
    if not home or has("matters_question", question) and not _home_named(turn) \
            or has("lowers_chances_question", question) \
            or not (has("yes_no_question", question.strip()) or has("allowed_words", question)):
        return False
    return _allowed(turn, str(call_id))


def _own_country_named(turn: Turn) -> list[str]:
    """The countries the message names both as a nationality and as the place ("is spain ok since im
    spanish?")."""
    ents = turn.entities
    nationalities = {str(e.get("value")) for e in ents if e.get("entity") == "country"
                     and e.get("role") == "citizenship"}
    places = {str(e.get("value")) for e in ents if e.get("entity") == "country"
              and e.get("role") != "citizenship"}
    return sorted(nationalities & places)


def _home_named(turn: Turn) -> list[str]:
    """The plan's destination named as the home country ("Germany is my home country, is that a problem?")."""
    if not has("home_country_words", turn.text):
        return []
    destination = str(turn.get("destination"))
    named = any(e.get("entity") == "country" and e.get("role") != "citizenship"
                and str(e.get("value")) == destination for e in turn.entities)
    return [destination] if named else []


def _place(turn: Turn) -> str | None:
    """The own country asked about: the destination when it is a country of the person's citizenship, else
    the first country of their citizenship ("could I go to my own country instead?"), or the destination the
    message names as the home country."""
    citizenship = [str(c) for c in turn.get("citizenship") or []] or _own_country_named(turn) \
        or _home_named(turn)
    destination = turn.get("destination")
    if destination and str(destination) in citizenship:
        return str(destination)
    return citizenship[0] if citizenship else None


def _allowed(turn: Turn, call_id: str) -> bool:
    place = _place(turn)
    if place is None:
        return False
    try:
        decision = evaluate_with(turn, destination=place)
        rules = {r.id: r for r in core().get_call(call_id).rules}
    except Exception:  # an incomplete or invalid profile: the other answers are tried
        return False
    lang = turn.lang
    from rules_core.kinds import READS

    def about_place(entry: dict[str, Any]) -> bool:
        rule = rules.get(str(entry.get("rule")))
        return rule is not None and bool(PLACE_FIELDS & {*(rule.fields or []), *READS.get(rule.kind, ())})

    failed = [f for f in decision.get("failed") or [] if about_place(f)]
    if failed:
        first = sourced("", failed[0].get("explanation"), call_id, failed[0].get("source"), lang).strip()
        lines = [t(lang, "answer_no", answer=first),
                 *[sourced("✗", f.get("explanation"), call_id, f.get("source"), lang) for f in failed[1:]]]
    else:
        # (a home country named, no nationality said: read as one of the person's for this question only)
        assumed = {} if turn.get("citizenship") else {"citizenship": [place]}
        items = _home_items(turn, {"destination": place, **assumed})
        country = i18n.country(place, lang)
        problem = problem_asked(turn.text)
        if problem and any(i["favoured"] is False for i in items):
            lines = [t(lang, "home_problem_lower", country=country)]  # not "No, that is no problem"
        else:  # ("is that a problem?" with nothing against it: "No, that is no problem: ...")
            lines = [turned(t(lang, "home_allowed", country=country), turn.text, lang)]
        for item in items:
            if item["favoured"] is False:
                lines.append(t(lang, "home_ranks_lower"))
            lines += _quote_lines(turn, call_id, item, "priority_quote")
    turn.say("\n".join(lines))
    turn.priorities_said = True
    return True


def _where_written(turn: Turn, call_id: str, home: bool) -> bool:
    """"Where does it say that?", "is that really in the rules?", "quote me": the priority asked about (the
    home-country one when the message names the home country, else those of the reply before), in the
    call's own words, "Yes" first; what it means for the person after a home-country one."""
    items = _home_items(turn) if home else _said_before(turn)
    if not items:
        return False
    lang, lines = turn.lang, []
    for item in items:
        lines += _quote_lines(turn, call_id, item, "priority_quote_yes" if not lines else "priority_quote")
    if home and any(i["favoured"] is False for i in items):
        lines.append(t(lang, "home_ranks_lower"))
    turn.say("\n".join(lines))
    turn.priorities_said = True
    return True


def _quote_lines(turn: Turn, call_id: str, item: dict[str, Any], key: str) -> list[str]:
    """The priority in the call's words with its section and the call's name; in another reply language, what
    it says in that language too (the call's text is in its own language)."""
    lang = turn.lang
    quote = item.get("quote")
    words = t(lang, "call_words", words=quote) if quote else item["text"]
    line = t(lang, key, call=call_name(call_id, lang), source=i18n.source(call_id, item["source"], lang),
             words=words)
    return [line, t(lang, "priority_quote_meaning", text=item["text"])] if quote and lang != "en" else [line]


def _items(turn: Turn, slots: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    from actions.facts import view

    try:
        return list(core().priorities(profile_from_tracker(view(turn.view, **(slots or {}))), turn.lang))
    except Exception:  # an invalid profile: no priority rather than no answer
        return []


def _home_items(turn: Turn, slots: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The call's priorities read from whether the destination is a country of one's citizenship."""
    return [i for i in _items(turn, slots) if "destination" in i["reads"] and "citizenship" in i["reads"]]


def _said_before(turn: Turn) -> list[dict[str, Any]]:
    """The priorities the reply before stated ("✗ Preference is given to ..."), when the message names no
    condition or fact of its own ("where does it say the board must authorise it?" is not about them)."""
    from actions.asides import named_facts

    if named_facts(turn.text, asking=True):
        return []
    last = next((str(e.get("text") or "") for e in reversed(turn.tracker.events or [])
                 if e.get("event") == "bot"), "")
    return [i for i in _items(turn) if i["text"].rstrip(".") in last
            or i.get("quote") and i["quote"].split("… ")[-1] in last]
