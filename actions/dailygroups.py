""""In welke groep valt Zweden?", "de landengroep van Zweden voor de dagbedragen?": for a call whose data has
the EU's country groups for the daily rates (sets marked `for_rates`, from the reference page), the groups the
country is in under each grouping the call data has (they changed with call 2024, and ITM's mobilities may be
funded from an older project: both are said, none asserted), that the amounts per group are not published,
and whom to ask. Round 34 got "Sweden is in the EU member states" twice. Lucca's monthly groups are
actions/groupq.py's. Used by actions/incontext.py."""
from __future__ import annotations

from actions import i18n
from actions.askabout import is_question
from actions.i18n import t
from actions.phrases import has
from actions.profile import core
from actions.turn import Turn


def daily_group_question(turn: Turn) -> bool:
    call_id = turn.get("call")
    # "welke groep is portugal en wat is dat bedrag ongeveer": the amount asked too, which the grant answer
    # (with the reference table and its grouping) gives.
    if not call_id or not is_question(turn.text) or not has("rate_group_word", turn.text) \
            or has("grant_words", turn.text):
        return False
    sets = {name: found for name, found in core().get_call(str(call_id)).country_sets.items()
            if getattr(found, "for_rates", False)}
    named = [str(e.get("value")) for e in turn.entities if e.get("entity") == "country"]
    country = named[-1] if named else turn.get("destination")
    if not sets or not country:
        return False
    lang = turn.lang
    name = i18n.country(country, lang)
    labels = [str(found.label.get(lang)) for found in sets.values() if country in found.countries]
    if labels:
        lines = [t(lang, "daily_groups_of_country", country=name,
                   groups=t(lang, "daily_groups_and").join(labels))]
    else:
        lines = [t(lang, "daily_groups_none", country=name)]
    from actions.verdict import contact_lines

    lines += [t(lang, "daily_groups_unsure"), *contact_lines(str(call_id), turn.get("role"), lang)]
    turn.say("\n".join(lines))
    return True
