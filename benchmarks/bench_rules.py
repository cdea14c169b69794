"""Benchmark of the rules core: evaluate() checks per second on one core, and `mobility check` start-up.

Usage: .venv/bin/python benchmarks/bench_rules.py [--profiles 2000] [--seconds 3] [--runs 20]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rules_core import evaluate

TEMPLATES: list[dict[str, Any]] = [
    {
        "call": "itm-2024",
        "as_of": "2025-09-15",
        "role": "staff",
        "activity": "staff_training",
        "destination": "Spain",
        "destination_city": "Madrid",
        "citizenship": ["BE"],
        "receiving_org": "hei",
        "receiving_org_has_eche": True,
        "start_date": "2026-02-09",
        "end_date": "2026-02-20",
    },
    {
        "call": "itm-2024",
        "as_of": "2025-09-15",
        "role": "msc_student",
        "activity": "study",
        "destination": "PT",
        "citizenship": ["BE"],
        "receiving_org": "hei",
        "receiving_org_has_eche": True,
        "start_date": "2026-02-01",
        "end_date": "2026-04-30",
    },
    {
        "call": "itm-2024",
        "as_of": "2025-09-15",
        "role": "msc_student",
        "activity": "short_term_blended",
        "virtual_component": True,
        "destination": "Kenya",
        "destination_city": "Nairobi",
        "citizenship": ["FR"],
        "receiving_org": "hei",
        "interinstitutional_agreement": True,
        "start_date": "2026-03-01",
        "end_date": "2026-03-20",
    },
    {
        "call": "itm-2024",
        "as_of": "2025-09-15",
        "role": "phd_student",
        "itm_staff_member": False,
        "activity": "traineeship",
        "destination": "Allemagne",
        "citizenship": ["IT"],
        "receiving_org": "ngo",
        "start_date": "2026-03-01",
        "end_date": "2026-05-31",
        "prior_erasmus_months": 3,
    },
    {
        "call": "imt-lucca-2015",
        "as_of": "2016-01-05",
        "role": "phd_student",
        "supervisor_authorised": True,
        "activity": "study",
        "destination": "Francia",
        "citizenship": ["IT"],
        "receiving_org": "hei",
        "receiving_org_has_eche": True,
        "interinstitutional_agreement": True,
        "start_date": "2016-04-01",
        "end_date": "2016-06-30",
        "prior_erasmus_months": 0,
    },
    {
        "call": "imt-lucca-2015",
        "as_of": "2016-01-05",
        "role": "recent_graduate",
        "graduation_date": "2016-03-10",
        "supervisor_authorised": True,
        "activity": "traineeship",
        "destination": "Lituania",
        "citizenship": ["IT"],
        "receiving_org": "enterprise",
        "start_date": "2016-03-01",
        "end_date": "2016-05-10",
        "prior_erasmus_months": 4,
    },
]
PERTURB: list[tuple[str, Any]] = [
    ("destination", "Belgium"),
    ("destination", "Italy"),
    ("destination", "Brazil"),
    ("destination", "UK"),
    ("activity", "conference"),
    ("receiving_org", "eu_institution"),
    ("receiving_org_has_eche", False),
    ("citizenship", ["ES", "PT"]),
    ("prior_erasmus_months", 11),
    ("end_date", None),
    ("role", None),
    ("destination", None),
    ("application_date", "2026-08-01"),
    ("green_travel", True),
    ("has_scholarship", True),
]


def make_profiles(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """A mixed set: both calls, every role, eligible, not eligible and incomplete, with and without a city:
    valid templates with their dates shifted, about half of them with one fact changed or removed."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        p = dict(rnd.choice(TEMPLATES))
        shift = timedelta(days=rnd.randint(0, 40))
        start = date.fromisoformat(p["start_date"]) + shift
        p["start_date"] = start.isoformat()
        p["end_date"] = (
            date.fromisoformat(p["end_date"]) + shift + timedelta(days=rnd.randint(-5, 5))
        ).isoformat()
        for _ in range(rnd.choice([0, 0, 1, 1, 2])):
            key, value = rnd.choice(PERTURB)
            if value is None:
                p.pop(key, None)
            else:
                p[key] = value
        out.append(p)
    return out


def bench_evaluate(profiles: list[dict[str, Any]], seconds: float) -> tuple[float, float, dict[str, int]]:
    langs = ["en", "fr", "nl", "it"]
    verdicts: dict[str, int] = {}
    for i, p in enumerate(profiles):  # warm-up: caches (countries, cities, catalogues) and the verdict mix
        v = evaluate(p, langs[i % 4])["verdict"]
        verdicts[v] = verdicts.get(v, 0) + 1
    done = 0
    t0, c0 = time.perf_counter(), time.process_time()
    while time.perf_counter() - t0 < seconds:
        for i, p in enumerate(profiles):
            evaluate(p, langs[i & 3])
        done += len(profiles)
    # CPU time of this single-threaded process = time on one core, whatever else runs on the machine.
    return done / (time.process_time() - c0), done / (time.perf_counter() - t0), verdicts


def bench_startup(runs: int) -> float:
    cli = Path(sys.executable).parent / "mobility"
    # The first template: a staff profile with a city, so start-up includes the travel-distance look-up.
    profile = json.dumps(TEMPLATES[0])
    subprocess.run(
        [str(cli), "check", "-"], input=profile, capture_output=True, text=True, check=True
    )  # warm
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([str(cli), "check", "-"], input=profile, capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--profiles", type=int, default=2000)
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--runs", type=int, default=20)
    a = ap.parse_args()
    profiles = make_profiles(a.profiles)
    cpu_rate, wall_rate, verdicts = bench_evaluate(profiles, a.seconds)
    unseen = make_profiles(a.profiles, seed=12345)  # one pass over profiles never evaluated before
    c0 = time.process_time()
    for i, p in enumerate(unseen):
        evaluate(p, ("en", "fr", "nl", "it")[i & 3])
    unseen_rate = len(unseen) / (time.process_time() - c0)
    print(
        f"evaluate: {cpu_rate:,.0f} checks/s per CPU-second on one core ({wall_rate:,.0f}/s wall clock); "
        f"{len(profiles)} mixed profiles, verdicts {verdicts}, languages en/fr/nl/it"
    )
    print(f"evaluate, first pass over {len(unseen)} unseen profiles: {unseen_rate:,.0f} checks/s (CPU time)")
    print(f"mobility check start-up: median {bench_startup(a.runs) * 1000:.0f} ms over {a.runs} runs")


if __name__ == "__main__":
    main()
