"""The call's selection priorities for one profile ("do I get priority?"), and the reply-language labels of
section headings the call's text gives in another language. No rule decides here: priorities rank eligible
applications, they never make one ineligible."""

from __future__ import annotations

from typing import Any

from .compile import predicate
from .engine import normalise
from .loader import compiled
from .messages import catalogue, check_lang


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
                    "open_fields": open_fields, "reads": reads(favours),
                    "quote": item.get("quote") or ""})
    return out


# The profile facts each key of a `favours` scope reads (AppliesTo in rules_core/models.py).
SCOPE_READS = {"roles": ("role",), "activities": ("activity",), "not_activities": ("activity",),
               "destination_sets": ("destination",), "not_destination_sets": ("destination",),
               "receiving_orgs": ("receiving_org",),
               "destination_in_citizenship": ("citizenship", "country_of_origin", "destination")}


def reads(favours: dict[str, Any] | None) -> list[str]:
    """The profile facts a priority's `favours` reads: "is my scholarship a problem?" is answered with the
    priorities that read `has_scholarship`, not with every priority of the call."""
    fields: list[str] = []
    for key, value in (favours or {}).items():
        if value is None:
            continue  # a scope key the call leaves unset
        fields += list(value) if key == "flags" else list(SCOPE_READS.get(key, ()))
    return list(dict.fromkeys(fields))


REFERENCE_FILE = "erasmus-figures.md"


def source_label(call_id: str, source: str, lang: str) -> str:
    """A `source` ("A; B") with each heading in the reply language where the call gives a label for it."""
    headings = compiled(call_id).raw.get("headings") or {}
    lang = check_lang(lang)
    shown: list[str] = []
    for part in (p.strip() for p in str(source).split(";")):
        # The reference file's name and confidence tags mean nothing to a person: its rules are the EU's.
        label = catalogue(lang)["reference_source"] if part.startswith(REFERENCE_FILE) \
            else (headings.get(part) or {}).get(lang) or part
        if label not in shown:
            shown.append(label)
    return "; ".join(shown)
