"""The grant: amounts by grant component kind (monthly by country group, distance-band travel, daily tiers,
flat monthly rates, unpublished amounts), with basis, confidence and whether the figures are indicative."""

from __future__ import annotations

from typing import Any

from .compile import CompiledCall
from .countries import country_name
from .dailyshares import daily_shares
from .dates import MONTH_DAYS, YEAR_DAYS, calendar_days
from .messages import fmt_amount, grant_text, note

_CONF_ORDER = ("high", "med-high", "med", "low")


def _text(t: dict[str, str] | None, lang: str) -> str:
    return (t.get(lang) or t["en"]) if t else ""


def compute_grant(call: CompiledCall, ctx: dict[str, Any], lang: str) -> dict[str, Any]:
    grant = call.raw["grant"]
    days = ctx["days"]
    lines: list[dict[str, Any]] = []
    notes: list[str] = []
    confidences: list[str] = []
    basis = _text(grant["basis"], lang)
    funded: int | None = None  # the days a daily rate pays, when they are not the 30/360 count
    physical_rule: dict[str, Any] | None = None  # how those days are counted, with the rates' reference
    travel: float | None = None
    travel_source: str | None = None  # where the travel amount comes from (the component's reference)
    travel_confidence: str | None = None  # how sure that reference is ("high": a fixed EU-wide band)
    indicative_amounts = False
    # "Travel support is not known" holds only if no other component settles travel (e.g. a known zero).
    unknown_travel_notes: list[str] = []
    # Amounts on top of the grant (a traineeship top-up): the line or note with where it comes from.
    top_ups: list[dict[str, Any]] = []
    reference: dict[str, Any] | None = None  # an unpublished amount's reference rate for the destination
    shares: dict[str, Any] | None = None  # an unpublished daily rate's EU-wide share by day (dailyshares.py)
    for applies, comp in call.grant_components:
        ok = applies(ctx)
        kind = comp["kind"]
        params = comp["params"]
        if not ok:
            roles = comp["applies_to"].get("roles")
            role_matches = roles is None or ctx["role"] in roles
            if ok is False and comp.get("not_applicable_note") and role_matches:
                unknown_travel_notes.append(_text(comp["not_applicable_note"], lang))
            continue
        label = _text(comp.get("label"), lang)
        before = len(lines)
        if kind == "unpublished":
            basis = label
            reference = _reference_rate(call, ctx, comp, lang) or reference
            shares = daily_shares(comp, ctx) or shares
        elif kind == "travel_band":
            travel = _travel(call, ctx, lang, params, label, lines, notes)
            travel_source = comp.get("reference") if travel is not None else travel_source
            travel_confidence = comp.get("confidence") if travel is not None else travel_confidence
        elif kind == "no_travel":
            travel = 0.0  # the call paid no separate travel support: a known zero, not an unknown amount
        elif kind == "monthly_by_group" and days is not None and ctx["activity"] and ctx["destination"]:
            _monthly_by_group(call, ctx, lang, params, lines)
        elif kind == "daily_tiered" and days is not None:
            # Short-term rates are per physical day ("5-30 physical days", reference "Short-term student
            # mobility"): calendar days, not the 30/360 count of monthly amounts; none past the last tier.
            physical = calendar_days(ctx["start_date"], ctx["end_date"])
            funded = min(physical, params["tiers"][-1][0])
            physical_rule = {"method": "physical_days", "max_days": params["tiers"][-1][0],
                             "reference": comp.get("reference"), "confidence": comp.get("confidence")}
            start = 0
            for upto, rate in params["tiers"]:
                n = max(0, min(physical, upto) - start)
                if n:
                    lines.append(
                        {
                            "label": grant_text(
                                "tier_line", lang, label=label, days=fmt_amount(n, "days", lang), rate=rate
                            ),
                            "amount_eur": round(n * rate, 2),
                        }
                    )
                start = upto
        elif kind == "monthly_flat" and days is not None:
            lines.append(
                {
                    "label": grant_text(
                        "flat_line",
                        lang,
                        label=label,
                        days=fmt_amount(days, "days", lang),
                        rate=params["rate"],
                    ),
                    "amount_eur": round(days * params["rate"] / 30, 2),
                    "per_month_eur": float(params["rate"]),
                    "per_month_of": label,
                }
            )
        if len(lines) > before:
            if comp.get("top_up"):
                top_ups += [{"text": line["label"], "amount_eur": line["amount_eur"],
                             "source": comp.get("reference")} for line in lines[before:]]
            if comp.get("confidence"):
                confidences.append(comp["confidence"])
            if kind != "travel_band":
                indicative_amounts = True
            if params.get("note"):
                notes.append(_text(params["note"], lang))
    if travel is None:
        notes[:0] = unknown_travel_notes
    plan_notes = [(pred, n) for pred, n in call.grant_notes if not n.get("for_group")]
    notes.extend(_text(n["text"], lang) for pred, n in plan_notes if pred(ctx))
    where = country_name(ctx["destination"], lang) if ctx.get("destination") else ""
    notes_short = {_text(n["text"], lang): _text(n["short"], lang).replace("{country}", where)
                   for pred, n in plan_notes if n.get("short") and pred(ctx)}
    top_ups += [{"text": _text(n["text"], lang), "amount_eur": None, "source": n["source"],
                 "monthly_eur": n.get("monthly_eur")}
                for pred, n in plan_notes if n.get("top_up") and pred(ctx)]
    # Top-ups for a group the person may belong to (the profile does not say): asked about, never assumed;
    # one whose plan is not known yet (long-term or short-term) is listed too, its text says for which.
    group_top_ups = [{"group": n["for_group"], "text": _text(n["text"], lang), "source": n["source"]}
                     for pred, n in call.grant_notes if n.get("for_group") and pred(ctx) is not False]
    confidence = max(confidences, key=_CONF_ORDER.index) if confidences else None
    subtotal = round(sum(line["amount_eur"] for line in lines), 2) if lines else None
    if grant["amounts_published"]:
        total = subtotal if indicative_amounts else None
        indicative = confidence not in (None, "high")
        indicative_total = None
    else:
        # The call's own amounts are unknown: never present EU-wide figures as its total.
        total = None
        indicative = indicative_amounts
        indicative_total = subtotal if indicative_amounts else None
    start, end = ctx["start_date"], ctx["end_date"]
    return {
        "total_eur": total,
        "days": days if funded is None else funded,
        # The stay on the calendar beside the funded days, so a reply can say why 2 March-30 April is 59 days.
        "calendar_days": calendar_days(start, end) if days is not None else None,
        "day_count": day_count(physical_rule or grant.get("day_count"), start if days is not None else None,
                               end),
        "travel_eur": travel,
        "travel_source": travel_source,
        "travel_confidence": travel_confidence,
        "breakdown": lines,
        "basis": basis,
        "confidence": confidence,
        "indicative": indicative,
        "indicative_total_eur": indicative_total,
        "notes": notes,
        "notes_short": notes_short,
        "top_ups": top_ups,
        "group_top_ups": group_top_ups,
        "daily_shares": shares,
        "reference_rate": _with_top_ups(reference, top_ups, days if funded is None else None),
    }


def _reference_rate(call: CompiledCall, ctx: dict[str, Any], comp: dict[str, Any],
                    lang: str) -> dict[str, Any] | None:
    """The reference rate of the destination's country set in an unpublished amount's older table (Spain:
    group 2 of the 2021-2023 grouping, 369 EUR a month), with where it comes from; never the call's amount."""
    rates = (comp.get("params") or {}).get("reference_rates") or {}
    name = next((n for n in rates if n in ctx["dest_sets"]), None)
    if name is None:
        return None
    return {"set": name, "label": _text(call.set_labels.get(name), lang), "monthly_eur": float(rates[name]),
            "reference": comp.get("reference"), "confidence": comp.get("confidence")}


def _with_top_ups(reference: dict[str, Any] | None, top_ups: list[dict[str, Any]],
                  days: int | None) -> dict[str, Any] | None:
    """The reference rate plus the plan's monthly top-ups, a month and over the stay's days (30/360)."""
    if reference is None:
        return None
    extra = sum(float(u["monthly_eur"]) for u in top_ups if u.get("monthly_eur"))
    monthly = reference["monthly_eur"] + extra
    total = round(monthly * days / MONTH_DAYS, 2) if days else None
    return {**reference, "top_ups_eur": extra, "with_top_ups_eur": monthly, "total_eur": total}


def day_count(sourced: dict[str, Any] | None, start: Any, end: Any) -> dict[str, Any]:
    """How `days` is counted: the 30/360 convention with its source from the call data (none if the call
    gives none) and the stay's dates (none without them). Month by month: rules_core.days360_by_month, not
    here: in every decision it made evaluate() about a third slower on the benchmark's profiles (84 against
    62 us), for the rare question "why 59 days?"."""
    sourced = sourced or {}
    return {
        # "physical_days": a daily rate pays the days on the calendar, up to `max_days` (short-term rates).
        "method": sourced.get("method") or "30/360",
        "max_days": sourced.get("max_days"),
        "month_days": MONTH_DAYS,
        "year_days": YEAR_DAYS,
        "start": start.isoformat() if start is not None else None,
        "end": end.isoformat() if start is not None else None,
        "source": sourced.get("source"),
        "reference": sourced.get("reference"),
        "confidence": sourced.get("confidence"),
    }


def _monthly_by_group(
    call: CompiledCall, ctx: dict[str, Any], lang: str, params: dict[str, Any], lines: list[dict[str, Any]]
) -> None:
    """Whole 30-day months at the monthly rate, the rest at 1/30 of it per day; total = days * rate / 30."""
    from .messages import catalogue

    for group, rates in params["rates"].items():
        if group in ctx["dest_sets"] and ctx["activity"] in rates:
            rate = rates[ctx["activity"]]
            months, rest = divmod(ctx["days"], 30)
            group_label = _text(call.set_labels[group], lang)
            activity = catalogue(lang)["labels"]["activity"][ctx["activity"]]
            if months:
                lines.append(
                    {
                        "label": grant_text(
                            "months_line",
                            lang,
                            months=months,
                            rate=rate,
                            group=group_label,
                            activity=activity,
                        ),
                        "amount_eur": float(months * rate),
                        # the monthly rate and what it is for ("230 EUR a month": round 48)
                        "per_month_eur": float(rate),
                        "per_month_of": f"{group_label}, {activity}",
                    }
                )
            if rest:
                lines.append(
                    {
                        "label": grant_text(
                            "days_line",
                            lang,
                            days=fmt_amount(rest, "days", lang),
                            rate=rate,
                            group=group_label,
                            activity=activity,
                        ),
                        "amount_eur": round(rest * rate / 30, 2),
                        **({} if months else {"per_month_eur": float(rate),
                                              "per_month_of": f"{group_label}, {activity}"}),
                    }
                )
            return


def _travel(
    call: CompiledCall,
    ctx: dict[str, Any],
    lang: str,
    params: dict[str, Any],
    label: str,
    lines: list[dict[str, Any]],
    notes: list[str],
) -> float | None:
    city = ctx["destination_city"]
    if not city:
        notes.append(note("city_missing", lang))
        return None
    from .travel import band_for, distance_km, find_city

    found = find_city(city, ctx["destination"])
    if found is None:
        where = country_name(ctx["destination"], lang) if ctx["destination"] else "?"
        notes.append(note("city_not_found", lang, city=city, country=where))
        return None
    home = call.raw["home"]
    km = distance_km((home["latitude"], home["longitude"]), (found[0], found[1]))
    hit = band_for(km, params["bands"])
    if hit is None:
        return None
    band, _ = hit
    green = ctx["green_travel"] is True
    amount = float(band[3] if green else band[2])
    band_text = f"{band[0]}-{band[1]} km" if band[1] is not None else f">= {band[0]} km"
    lines.append(
        {
            "label": grant_text(
                "travel_line",
                lang,
                label=label,
                km=round(km),
                band=band_text,
                green=grant_text("green", lang) if green else "",
            ),
            "amount_eur": amount,
        }
    )
    return amount
