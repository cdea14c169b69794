"""The generated dialogue corpus: personas of both calls told in four languages, in several orders, with
greetings, "I don't know", a negation, a correction and a question in the middle, from the phrase file
(tests/e2e/corpus/phrases.yaml). Each dialogue carries its expected outcome, computed by the rules core for
the persona's final facts (the chat must agree with it), never typed by hand."""
from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from actions import i18n

PHRASES = yaml.safe_load((Path(__file__).with_name("phrases.yaml")).read_text("utf-8"))
LANGS = ("en", "fr", "nl", "it")


@dataclass(frozen=True)
class Persona:
    key: str
    call: str
    role: str
    role_line: str
    activity: str
    activity_line: str
    org: str
    start: dt.date
    end: dt.date
    citizenship: str = "BE"
    phd_not_staff: bool = False


PERSONAS = (
    Persona("msc-study", "itm-2024", "msc_student", "msc_student", "study", "study", "hei",
            dt.date(2026, 3, 2), dt.date(2026, 5, 29)),
    Persona("msc-traineeship", "itm-2024", "msc_student", "msc_student", "traineeship", "traineeship",
            "research_institute", dt.date(2026, 2, 2), dt.date(2026, 4, 30)),
    Persona("phd-traineeship", "itm-2024", "phd_student", "phd_student", "traineeship", "traineeship",
            "research_institute", dt.date(2026, 3, 2), dt.date(2026, 6, 30), phd_not_staff=True),
    Persona("staff-training", "itm-2024", "staff", "staff", "staff_training", "staff_training", "hei",
            dt.date(2026, 3, 9), dt.date(2026, 3, 13)),
    Persona("staff-conference", "itm-2024", "staff", "staff", "conference", "conference", "hei",
            dt.date(2026, 4, 20), dt.date(2026, 4, 24)),
    Persona("lucca-closed", "imt-lucca-2015", "phd_student", "lucca_phd", "study", "study", "hei",
            dt.date(2016, 4, 1), dt.date(2016, 6, 30), citizenship="IT"),
)
CITY_PAIRS = (("Madrid", "Lisbon"), ("Vienna", "Berlin"), ("Lisbon", "Madrid"), ("Berlin", "Vienna"))


def _pick(lang: str, key: str, n: int, **fill: str) -> str:
    options = PHRASES[lang][key]
    return options[n % len(options)].format(**fill)


def dialogue(persona: Persona, lang: str, variant: int, today: dt.date) -> dict[str, Any]:
    greet, side, correct, dont_know = (bool(variant >> i & 1) for i in range(4))
    first_city, second_city = CITY_PAIRS[variant % len(CITY_PAIRS)]
    city = second_city if correct else first_city
    cities = PHRASES["cities"]
    fill = {"start": i18n.fmt_date(persona.start, lang), "end": i18n.fmt_date(persona.end, lang),
            "demonym": PHRASES["demonyms"][persona.citizenship][lang]}
    turns = [_pick(lang, "greet", variant)] if greet else []
    turns.append(_pick(lang, persona.role_line, variant))
    if persona.phd_not_staff:
        turns.append(_pick(lang, "not_staff", variant))
    turns.append(_pick(lang, persona.activity_line, variant, city=cities[first_city][lang],
                       country=cities[first_city][lang]))
    if side:
        turns.append(_pick(lang, "side_question", variant))
    if dont_know:
        turns.append(_pick(lang, "dont_know", variant))
    turns.append(_pick(lang, "dates", variant, **fill))
    turns.append(_pick(lang, "nationality", variant, **fill))
    if correct:
        turns.append(_pick(lang, "correction", variant, city=cities[second_city][lang]))
    turns.append(_pick(lang, "question", variant))
    facts = {"call": persona.call, "role": persona.role, "activity": persona.activity,
             "destination": cities[city]["country"], "destination_city": city,
             "citizenship": [persona.citizenship], "receiving_org": persona.org,
             "start_date": persona.start.isoformat(), "end_date": persona.end.isoformat(),
             "as_of": today.isoformat()}
    if persona.phd_not_staff:
        facts["itm_staff_member"] = False
    return {"id": f"{persona.key}-{lang}-{variant}", "lang": lang, "turns": turns, "facts": facts}


def corpus(today: dt.date, variants: int = 17) -> list[dict[str, Any]]:
    return [dialogue(p, lang, v, today)
            for p, lang, v in itertools.product(PERSONAS, LANGS, range(variants))]
