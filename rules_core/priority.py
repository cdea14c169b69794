"""The call's selection priorities for one profile ("do I get priority?"). No rule decides here: priorities
rank eligible applications, they never make one ineligible. (A source's reply-language label: headings.py.)"""

from __future__ import annotations

from typing import Any

from .compile import predicate
from .engine import normalise
from .messages import check_lang


def priorities(profile: dict[str, Any], lang: str = "en") -> list[dict[str, Any]]:
    """Each priority of the call that concerns the profile, with `favoured`: True (the person's facts match
    whom it favours), False (they do not) or None (no fact given, or none of the profile tells), and
    `otherwise`: what still holds for someone it does not favour (empty unless `favoured` is False), and
    `reads`: the profile facts whom it favours is read from."""
    lang = check_lang(lang)
    call, ctx = normalise(profile)
    out = []
    for item in call.raw.get("priorities") or []:
        if predicate(item["applies_to"])(ctx) is not True:
            continue
        favours = item.get("favours")
        favoured = predicate(favours)(ctx) if favours else None
        otherwise = item.get("otherwise") if favoured is False else None
        # The yes/no facts it reads that the profile leaves open: what the person can say to settle it.
        flags = (favours or {}).get("flags") or {}
        open_fields = [name for name in flags if profile.get(name) is None] if favoured is None else []
        out.append({"id": item["id"], "favoured": favoured,
                    "text": item["text"].get(lang) or item["text"]["en"], "source": item["source"],
                    "otherwise": (otherwise.get(lang) or otherwise["en"]) if otherwise else "",
                    # what holds for someone it does not favour, whether or not that is the person
                    "if_not": _in(item.get("otherwise"), lang),
                    "open_fields": open_fields, "reads": reads(favours),
                    "quote": item.get("quote") or "", "about": item.get("about") or "",
                    "unsettled": (item["unsettled"].get(lang) or item["unsettled"]["en"])
                    if item.get("unsettled") else ""})
    return out


# The profile facts each key of a `favours` scope reads (AppliesTo in rules_core/models.py).
SCOPE_READS = {"roles": ("role",), "activities": ("activity",), "not_activities": ("activity",),
               "destination_sets": ("destination",), "not_destination_sets": ("destination",),
               "receiving_orgs": ("receiving_org",),
               "destination_in_citizenship": ("citizenship", "country_of_origin", "destination"),
               "several_places": ("destination", "destination_city")}


def reads(favours: dict[str, Any] | None) -> list[str]:
    """The profile facts a priority's `favours` reads: "is my scholarship a problem?" is answered with the
    priorities that read `has_scholarship`, not with every priority of the call."""
    fields: list[str] = []
    for key, value in (favours or {}).items():
        if value is None:
            continue  # a scope key the call leaves unset
        fields += list(value) if key == "flags" else list(SCOPE_READS.get(key, ()))
    return list(dict.fromkeys(fields))


def _in(texts: dict[str, str] | None, lang: str) -> str:
    return (texts.get(lang) or texts["en"]) if texts else ""
