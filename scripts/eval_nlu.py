#!/usr/bin/env python3
"""Print intent and entity scores from `rasa test nlu` reports, plus value-level entity scores.

Usage: eval_nlu.py [RESULTS_DIR=results/nlu] [HELDOUT=tests/nlu/heldout.yml]

- Intents: precision/recall/F1 per intent and macro, from intent_report.json (Rasa reports the top intent
  before the FallbackClassifier, so a fallback sweep over the recorded confidences follows).
- Entities (Rasa): token-level P/R/F1 per entity (and country role) from MobilityEntityExtractor_report.json.
  Rasa does not compare values, so we also re-run the extractor and compare (entity, role, value) with the
  annotations: that is the number that matters for dates and country codes.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "nlu"))
SUMMARY_KEYS = {"accuracy", "micro avg", "macro avg", "weighted avg"}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def intents(results: Path) -> None:
    report = json.loads((results / "intent_report.json").read_text())
    print("INTENTS (held-out)                 P      R      F1   n")
    for name, row in sorted(report.items()):
        if name not in SUMMARY_KEYS and isinstance(row, dict):
            print(
                f"  {name:30s} {row['precision']:.3f}  {row['recall']:.3f}  {row['f1-score']:.3f} "
                f"{row['support']:3d}"
            )
    macro = report["macro avg"]
    print(
        f"  {'MACRO':30s} {macro['precision']:.3f}  {macro['recall']:.3f}  {macro['f1-score']:.3f}"
        f"   accuracy {report['accuracy']:.3f}"
    )


def fallback_sweep(results: Path) -> None:
    rows = []
    for name, correct in (("intent_successes.json", True), ("intent_errors.json", False)):
        path = results / name
        if path.exists():
            rows += [
                (r["intent_prediction"]["confidence"], correct, r["intent"])
                for r in json.loads(path.read_text())
            ]
    if not rows:
        return
    print(
        "FALLBACK threshold sweep: kept-correct / errors caught (out_of_scope sent to fallback "
        "counts as right)"
    )
    for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        right = sum(1 for c, ok, intent in rows if (ok and c >= t) or (c < t and intent == "out_of_scope"))
        lost = sum(1 for c, ok, intent in rows if ok and c < t and intent != "out_of_scope")
        caught = sum(1 for c, ok, _ in rows if not ok and c < t)
        errors = sum(1 for _, ok, _ in rows if not ok)
        print(
            f"  t={t:.2f}: right {right}/{len(rows)} ({right / len(rows):.3f}), correct lost to "
            f"fallback {lost},"
            f" errors caught {caught}/{errors}"
        )


def rasa_entities(results: Path) -> None:
    path = results / "MobilityEntityExtractor_report.json"
    if not path.exists():
        return
    report = json.loads(path.read_text())
    print("ENTITIES, Rasa token-level         P      R      F1   n")
    for name, row in sorted(report.items()):
        if name not in SUMMARY_KEYS and isinstance(row, dict):
            print(
                f"  {name:30s} {row['precision']:.3f}  {row['recall']:.3f}  {row['f1-score']:.3f} "
                f"{row['support']:3d}"
            )
    macro = report["macro avg"]
    print(f"  {'MACRO':30s} {macro['precision']:.3f}  {macro['recall']:.3f}  {macro['f1-score']:.3f}")


def value_entities(heldout: Path) -> None:
    from annotate import EVAL_TODAY, parse

    from bot.nlu.extract import extract

    counts: dict[str, Counter] = {}
    misses = []
    for line in heldout.read_text(encoding="utf-8").splitlines():
        if not line.startswith("    - "):
            continue
        text, gold = parse(line[6:])
        pred = extract(text, EVAL_TODAY)
        gold_set = Counter((e["entity"], e.get("role"), str(e["value"])) for e in gold)
        pred_set = Counter((e["entity"], e.get("role"), str(e["value"])) for e in pred)
        for key in gold_set | pred_set:
            group = "dates" if key[0] in ("start_date", "end_date") else key[0]
            c = counts.setdefault(group, Counter())
            tp = min(gold_set[key], pred_set[key])
            c["tp"] += tp
            c["fp"] += pred_set[key] - tp
            c["fn"] += gold_set[key] - tp
            if gold_set[key] != pred_set[key]:
                misses.append(f"    {key} gold={gold_set[key]} pred={pred_set[key]}: {text}")
    print("ENTITIES, values (entity, role, value) P      R      F1   tp fp fn")
    total = Counter()
    for group, c in sorted(counts.items()):
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        total.update(c)
        print(f"  {group:30s} {p:.3f}  {r:.3f}  {f:.3f}  {c['tp']:3d} {c['fp']:2d} {c['fn']:2d}")
    p, r, f = prf(total["tp"], total["fp"], total["fn"])
    print(f"  {'ALL (micro)':30s} {p:.3f}  {r:.3f}  {f:.3f}")
    if misses:
        print("  differences:\n" + "\n".join(misses[:30]))


def main() -> None:
    results = Path(sys.argv[1] if len(sys.argv) > 1 else "results/nlu")
    heldout = Path(sys.argv[2] if len(sys.argv) > 2 else "tests/nlu/heldout.yml")
    intents(results)
    fallback_sweep(results)
    rasa_entities(results)
    value_entities(heldout)


if __name__ == "__main__":
    main()
