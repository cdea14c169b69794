"""Annotate or check entity annotations in Rasa NLU YAML files against MobilityEntityExtractor's rules.

  python tests/nlu/annotate.py --check FILES...   # list examples whose annotations differ from the extractor
  python tests/nlu/annotate.py --write FILES...   # annotate from the extractor (training data only)
  python tests/nlu/annotate.py --show FILES...    # print what the extractor finds, for review

Rasa scores a rule-based extractor against annotations, so training data must be annotated exactly as the
rules find things. Dates are resolved against EVAL_TODAY (the same date scripts/eval_nlu.sh uses).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.nlu.extract import extract  # noqa: E402

EVAL_TODAY = dt.date(2026, 1, 15)
ANNOTATION = re.compile(r"\[(?P<text>[^\]]+)\](?:\{(?P<json>[^}]*)\}|\((?P<short>[^)]*)\))")
KEYS = ("entity", "value", "role")


def parse(example: str) -> tuple[str, list[dict]]:
    """Plain text and the annotated entities (entity, value, role, start, end) of one example."""
    plain, entities, pos = [], [], 0
    offset = 0
    for m in ANNOTATION.finditer(example):
        plain.append(example[pos : m.start()])
        offset += m.start() - pos
        text = m.group("text")
        if m.group("json") is not None:
            ann = json.loads("{" + m.group("json") + "}")
        else:
            name, _, value = m.group("short").partition(":")
            ann = {"entity": name, "value": value or text}
        ann.setdefault("value", text)
        ann.update(start=offset, end=offset + len(text))
        entities.append(ann)
        plain.append(text)
        offset += len(text)
        pos = m.end()
    plain.append(example[pos:])
    return "".join(plain), entities


def render(text: str, entities: list[dict]) -> str:
    out, pos = [], 0
    for e in sorted(entities, key=lambda e: e["start"]):
        ann = {k: e[k] for k in KEYS if e.get(k) is not None}
        out.append(text[pos : e["start"]])
        out.append(f"[{text[e['start'] : e['end']]}]{json.dumps(ann, ensure_ascii=False)}")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def key(e: dict) -> tuple:
    return (e["entity"], str(e["value"]), e.get("role"), e["start"], e["end"])


def process(path: Path, mode: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    problems = 0
    for i, line in enumerate(lines):
        m = re.match(r"^(\s+- )(.*)$", line)
        if not m or lines[i - 1].strip() == "" and False:
            continue
        text, annotated = parse(m.group(2))
        found = extract(text, EVAL_TODAY)
        if mode == "write":
            lines[i] = m.group(1) + render(text, found)
        elif mode == "show" and found:
            print(
                f"{path.name}:{i + 1}: {text}\n    "
                + "; ".join(
                    f"{text[e['start'] : e['end']]!r}={e['entity']}:{e['value']}"
                    + (f"/{e['role']}" if e.get("role") else "")
                    for e in found
                )
            )
        elif mode == "check" and sorted(map(key, annotated)) != sorted(map(key, found)):
            problems += 1
            print(
                f"{path}:{i + 1}: {text}\n    annotated: {render(text, annotated)}\n    extractor: "
                f"{render(text, found)}"
            )
    if mode == "write":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return problems


def main(argv: list[str]) -> int:
    mode = argv[0].lstrip("-")
    total = sum(process(Path(p), mode) for p in argv[1:])
    if mode == "check":
        print(f"{total} example(s) differ from the extractor")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
