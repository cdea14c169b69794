"""The amount for another place, or compared between places (round 45, a blended mobility in Bordeaux, then
asked about Lisbon):
- "Is dat voor Portugal anders dan voor Frankrijk?", "Dus hetzelfde als voor Bordeaux? Het land maakt niet
  uit?", "is it different for Portugal than for France?", "c'est pareil pour le Portugal ?", "è diverso per il
  Portogallo?": the rules core's answer for the plan with each place named, compared (as actions/amountsame.py
  compares a case with the plan). The second got "I can't find that in the call".
- "En hoeveel krijg ik dan voor Lissabon? Krijg ik ook iets voor de reis?": the amount (for the place named)
  before the travel support; only the travel sentence was said (actions/travelq.py).
Nothing is stored: the plan stays. Every figure is the rules core's."""
from __future__ import annotations

import re
from typing import Any

from actions import i18n
from actions.i18n import t
from actions.phrases import has
from actions.sentences import SENTENCE_RX
from actions.turn import Turn

Place = tuple[str, str | None]  # (country code, city or None)


def _from_entities(entities: list[dict[str, Any]]) -> list[Place]:
    out: list[Place] = []
    for ent in entities:
        if ent.get("role") not in (None, "destination"):
            continue
        if ent.get("entity") == "city" and ent.get("country_code"):
            out.append((str(ent["country_code"]).upper(), str(ent.get("value"))))
        elif ent.get("entity") == "country" and isinstance(ent.get("value"), str):
            out.append((str(ent["value"]).upper(), None))
    return out


def _from_text(text: str) -> list[Place]:
    """The places the person's earlier message named (its entities are not kept: read again)."""
    from bot.nlu.folding import fold
    from bot.nlu.places import find_places

    out: list[Place] = []
    for _, _, place in find_places(text, fold(text)):
        if place.kind == "city":
            out.append((place.code, place.name or None))
        elif place.kind == "country":
            out.append((place.code, None))
    return out


def _plan(turn: Turn) -> Place | None:
    code = turn.get("destination")
    return (str(code).upper(), turn.get("destination_city")) if code else None


def other_place(turn: Turn) -> Place | None:
    """The one place this message names that is not the plan's country ("voor Lissabon", plan in Bordeaux)."""
    plan = _plan(turn)
    others = {p[0]: p for p in _from_entities(turn.entities) if not plan or p[0] != plan[0]}
    return next(iter(others.values())) if len(others) == 1 else None


# The amount asked a month ("per month exactly?", "par mois", "per maand", "al mese").
MONTH_RX = re.compile(r"\b((per|a|each|par|chaque|elke|al|ogni) (month|mois|maand|mese)|monthly|mensuel\w*|"
                      r"maandelijks\w*|mensil\w*)\b", re.I)


def decision_for(turn: Turn, place: Place | None) -> dict[str, Any]:
    """The rules core's answer for the plan, with `place` as its destination when given."""
    from actions.askabout import evaluate_with
    from actions.flow import evaluate

    if place is None:
        return evaluate(turn)
    return evaluate_with(turn, destination=place[0], destination_city=place[1])


def _name(place: Place, lang: str) -> str:
    return i18n.city(place[1], lang, place[0]) if place[1] else i18n.country(place[0], lang)


def amount_asked_too(turn: Turn) -> bool:
    """A sentence of the message asks how much, apart from the travel sentence ("En hoeveel krijg ik dan voor
    Lissabon? Krijg ik ook iets voor de reis?")."""
    from actions.travelasked import names_travel

    return any("?" in s and has("how_much", s) and not names_travel(s) for s in SENTENCE_RX.split(turn.text))


def amount_lines(turn: Turn, decision: dict[str, Any], place: Place | None) -> list[str]:
    """The amount in a line or two (as the amount answer gives it once shown), for the place named."""
    from actions.shortamount import brief_lines

    lines = brief_lines(decision, turn.lang)
    if lines and place is not None:
        lines = [t(turn.lang, "amount_for_place", place=_name(place, turn.lang)), *lines]
    return lines


def _compared(turn: Turn) -> list[Place]:
    """The plan's place and those named now, or in the message before ("Dus hetzelfde als voor Bordeaux?"
    after "Is dat voor Portugal anders dan voor Frankrijk?"), one per country, at least two."""
    plan = _plan(turn)
    named = _from_entities(turn.entities)  # as the person named them ("Frankrijk", not "Bordeaux")
    if len({p[0] for p in [*named, *([plan] if plan else [])]}) < 2:
        named += _from_text(turn.earlier_text())
    named += [plan] if plan else []
    out: dict[str, Place] = {}
    for place in named:
        out.setdefault(place[0], place)
    return list(out.values()) if len(out) >= 2 else []


def _about_amount(turn: Turn) -> bool:
    return has("amount_words", turn.text) or has("how_much", turn.text) \
        or has("amount_words", turn.earlier_text()) or has("how_much", turn.earlier_text())


def place_amount_question(turn: Turn) -> bool:
    """Whether the amount differs between the places named: the rules core's figure for each, compared."""
    if not turn.get("call") or turn.is_payload or "?" not in turn.text \
            or not (has("place_compare", turn.text) or has("place_irrelevant", turn.text)) \
            or not _about_amount(turn):
        return False
    places = _compared(turn)
    if not places:
        return False
    try:
        grants = [(p, decision_for(turn, p).get("grant") or {}) for p in places]
    except Exception:  # an incomplete or invalid profile: the flow says what is wrong
        return False
    line = _comparison(grants, turn.lang)
    if not line:
        return False
    monthly = _monthly(grants, turn.lang) if MONTH_RX.search(turn.text) else None
    if monthly:
        # ("how much is the grant for Poland per month exactly? Is it the same as for Germany?": round 54 gave
        # the totals alone) each place's monthly rate first
        line = f"{monthly}\n{line}"
    turn.say(line)
    turn.answered = True
    return True


def _comparison(grants: list[tuple[Place, dict[str, Any]]], lang: str) -> str | None:
    names = _joined([_name(p, lang) for p, _ in grants], lang)
    for key, suffix in (("total_eur", ""), ("indicative_total_eur", "_guide")):
        values = [g.get(key) for _, g in grants]
        if any(v is None for v in values):
            continue
        days = grants[0][1].get("days") or "?"
        basis = str(grants[0][1].get("basis") or "").strip()
        if len(set(values)) == 1 and len({g.get("days") for _, g in grants}) == 1:
            return t(lang, f"amount_places_same{suffix}", places=names, amount=i18n.fmt_eur(values[0], lang),
                     days=days, basis=basis)
        each = "; ".join(t(lang, "amount_place_each", place=_name(p, lang),
                           amount=i18n.fmt_eur(g.get(key), lang), days=g.get("days") or "?")
                         for p, g in grants)
        return t(lang, f"amount_places_differ{suffix}", each=each, basis=basis)
    return None


def _monthly(grants: list[tuple[Place, dict[str, Any]]], lang: str) -> str | None:
    """Each place's monthly rate from the rules core's estimate ("Poland: 230 EUR a month (Group 3 ...)"),
    None when one has none or more than one."""
    each = []
    for place, grant in grants:
        rates = [p for p in grant.get("breakdown") or [] if isinstance(p.get("per_month_eur"), int | float)]
        if len(rates) != 1:
            return None
        rate = float(rates[0]["per_month_eur"])
        each.append(t(lang, "amount_place_monthly", place=_name(place, lang), of=rates[0].get("per_month_of"),
                      rate=int(rate) if rate == int(rate) else f"{rate:.2f}"))
    return t(lang, "amount_places_monthly", each="; ".join(each))


def _joined(names: list[str], lang: str) -> str:
    """"Portugal and France", "le Portugal, la France et l'Italie": the language's own list form (Babel)."""
    from babel.lists import format_list

    return format_list(names, locale=i18n.format_locale(lang))
