"""The `mobility` command (shared/reference/rules-contract.md): check, calls, validate-call.

Exit 0 with JSON on stdout; invalid input: exit 2, one line on stderr, nothing on stdout.
Imports stay inside the commands so that start-up only pays for what the command uses.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _fail(message: str) -> int:
    print(f"mobility: {message}", file=sys.stderr)
    return 2


def cmd_check(source: str, lang: str) -> int:
    from .errors import InvalidProfile

    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as e:
        return _fail(f"cannot read {source}: {e.strerror}")
    try:
        profile = json.loads(text)
    except ValueError as e:
        return _fail(f"input is not valid JSON ({e})")
    from .engine import evaluate

    try:
        decision = evaluate(profile, lang)
    except InvalidProfile as e:
        return _fail(str(e))
    sys.stdout.write(json.dumps(decision, ensure_ascii=False, indent=2) + "\n")
    return 0


def cmd_calls() -> int:
    from .loader import compiled, known_ids

    out = []
    for cid in known_ids():
        c = compiled(cid)
        raw = c.raw
        dl = {
            k: (v.isoformat() if hasattr(v, "isoformat") else v)
            for k, v in c.deadlines.items()
            if k != "note"
        }
        out.append(
            {
                "id": cid,
                "institution": raw["institution"],
                "title": raw["title"],
                "windows": raw["windows"],
                "deadlines": dl,
                "roles": sorted(
                    {
                        r
                        for rule in raw["rules"]
                        if rule["kind"] == "role_allowed"
                        for r in rule["params"]["roles"]
                    }
                ),
            }
        )
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    return 0


def cmd_validate(path: str) -> int:
    from .errors import CallFileError
    from .loader import validate

    try:
        call = validate(Path(path))
    except CallFileError as e:
        for problem in e.problems:
            print(problem, file=sys.stderr)
        return 2
    print(f"{path}: ok (call {call.id}, {len(call.rules)} rules, {len(call.topics)} topics)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mobility", description="Erasmus+ mobility rules core")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="evaluate one profile (JSON) from FILE or stdin")
    check.add_argument("file", nargs="?", default="-")
    check.add_argument("--lang", default="en", choices=["en", "fr", "nl", "it"])
    sub.add_parser("calls", help="list the calls")
    val = sub.add_parser("validate-call", help="check a call definition file")
    val.add_argument("file")
    args = parser.parse_args(argv)
    if args.command == "check":
        return cmd_check(args.file, args.lang)
    if args.command == "calls":
        from .errors import CallFileError

        try:
            return cmd_calls()
        except CallFileError as err:  # a broken call file: its problems, not a traceback
            return _fail(str(err))
    return cmd_validate(args.file)


if __name__ == "__main__":
    sys.exit(main())
