""""So is Spain in group 2? Why not group 1?", "in welke groep valt Portugal?": where a call pays monthly
amounts by group of countries, the country's group (the call's country sets the grant's rates name), its
monthly rates, and the other groups with their countries, each with the source. Round 19 got "I can't find"
although the grant just said "Group 2"."""
from __future__ import annotations

import logging
from typing import Any

from actions import i18n
from actions.askabout import asking, is_question
from actions.i18n import t
from actions.ownwords import city_said
from actions.phrases import has
from actions.profile import core
from actions.turn import Turn

logger = logging.getLogger(__name__)


def group_question(turn: Turn) -> bool:
    call_id = turn.get("call")
    city = _city_or_country(turn)
    # The groups named in what is asked: "do i need a letter from the vienna institute? i only emailed the
    # group leader" asks about a letter (round 39 got the grant groups).
    grouped = has("country_group_word", asking(turn.text))
    if not call_id or not is_question(turn.text) or not (grouped or city):
        return False
    groups = _groups(str(call_id))
    if not groups:
        return False
    named = [str(e.get("value")) for e in turn.entities if e.get("entity") == "country"]
    country = named[-1] if named else turn.get("destination")
    lang = turn.lang
    mine = next((name for name, found in groups.items() if country and country in found.countries), None)
    lines = []
    if city and mine is not None:
        # "480 al mese per Parigi o per tutta la Francia?": the rates are the country's group's, so the same
        # anywhere in it; the other groups were not asked (round 26 got the grant's sources block, twice).
        lines.append(t(lang, "group_same_country", country=i18n.country(country, lang),
                       city=city))
    if mine is not None:
        rates = _rates(str(call_id)).get(mine) or {}
        activity = turn.get("activity")
        rate = rates.get(activity) if activity else None
        source = i18n.source(call_id, groups[mine].source, lang)
        lines.append(t(lang, "group_of_country", country=i18n.country(country, lang),
                       group=_label(groups[mine], lang), source=source))
        if rate is not None:
            lines.append(t(lang, "group_rate", rate=rate, activity=i18n.label(lang, "activities", activity)))
    elif country:
        lines.append(t(lang, "group_none", country=i18n.country(country, lang)))
    for name, found in groups.items() if not (city and mine is not None) else ():
        if name != mine:
            names = ", ".join(i18n.country(c, lang) for c in found.countries)
            lines.append(f"• {_label(found, lang)}: {names}")
    turn.say("\n".join(lines))
    return True


def _city_or_country(turn: Turn) -> str | None:
    """The city a question about the amount sets against the whole country ("per Parigi o per tutta la
    Francia?", "the same for all of France or more for Paris?"), else None."""
    text = turn.text
    cities = [e for e in turn.entities if e.get("entity") == "city"]
    money = has("grant_words", text) or has("top_up_asked", text) or has("amount_per_period", text)
    if not cities or not has("whole_country", text) or not money:
        return None
    # The city said back as the person wrote it ("Parigi", not the English "Paris").
    return city_said(text, cities[-1:], cities[-1].get("value")) or str(cities[-1].get("value"))


def _rates(call_id: str) -> dict[str, dict[str, Any]]:
    try:
        components = core().get_call(call_id).grant.components
    except Exception as err:  # a call file problem: no groups rather than a crash
        logger.debug("no grant components: %s", type(err).__name__)
        return {}
    for comp in components:
        if comp.kind == "monthly_by_group":
            return dict((comp.params or {}).get("rates") or {})
    return {}


def _groups(call_id: str) -> dict[str, Any]:
    """The country sets the call's monthly rates are set by, in their order."""
    rates = _rates(call_id)
    sets = core().get_call(call_id).country_sets if rates else {}
    return {name: sets[name] for name in rates if name in sets}


def _label(found: Any, lang: str) -> str:
    label = found.label
    return str(getattr(label, lang, None) or getattr(label, "en", None) or "")
