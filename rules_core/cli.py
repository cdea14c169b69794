"""The `mobility` command (shared/reference/rules-contract.md): check, calls, validate-call; options (what
else the call's rules allow for a profile, rules_core/options.py).

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


def cmd_check(source: str, lang: str, search: bool = False) -> int:
    """`check`: the decision; `options` (search): the variations of the plan the call's rules allow."""
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
    from .options import options

    try:
        decision = options(profile, lang) if search else evaluate(profile, lang)
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
    """Every problem of a call (file or folder) with its place: its shape, its dates, its texts in the four
    languages, its windows against the other calls of the same institution, its rule cases' shape."""
    from .cases import load_cases
    from .checks import lint
    from .errors import CallFileError
    from .loader import raw_calls, validate

    where = Path(path)
    try:
        call = validate(where)
        raw = call.model_dump(mode="json")
        others = [o for o in raw_calls().values() if o["id"] != call.id]
        problems = [f"{path}: {p}" for p in lint(raw, others)]
        cases = load_cases(where)
    except CallFileError as e:
        problems, cases = e.problems, []
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 2
    print(f"{path}: ok (call {call.id}, {len(call.rules)} rules, {len(call.topics)} topics, "
          f"{len(cases)} rule cases)")
    return 0


def cmd_test(paths: list[str]) -> int:
    """Run the rule cases of the calls given (default: every call found); exit 1 if one fails."""
    from .cases import run_source
    from .errors import CallFileError
    from .loader import call_files

    sources = [Path(p) for p in paths] or call_files()
    total, failures = 0, []
    for source in sources:
        try:
            n, failed = run_source(source)
        except CallFileError as e:
            n, failed = 0, e.problems
        total += n
        failures += failed
        print(f"{source}: {n} cases, {len(failed)} failing", file=sys.stderr)
    for line in failures:
        print(line)
    print(f"{total} cases, {len(failures)} failing checks")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mobility", description="Erasmus+ mobility rules core")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="evaluate one profile (JSON) from FILE or stdin")
    check.add_argument("file", nargs="?", default="-")
    check.add_argument("--lang", default="en", choices=["en", "fr", "nl", "it"])
    opts = sub.add_parser("options", help="for one profile (JSON), the variations the call's rules allow")
    opts.add_argument("file", nargs="?", default="-")
    opts.add_argument("--lang", default="en", choices=["en", "fr", "nl", "it"])
    sub.add_parser("calls", help="list the calls")
    val = sub.add_parser("validate-call", help="check a call definition file")
    val.add_argument("file", help="a call file or a call folder")
    tst = sub.add_parser("test-call", help="run the YAML rule cases of calls (default: every call found)")
    tst.add_argument("files", nargs="*", help="call files or folders")
    sub.add_parser("vocabulary", help="every value a call file may use (roles, activities, kinds, topics...)")
    args = parser.parse_args(argv)
    if args.command == "vocabulary":
        from .reference import vocabulary

        print(vocabulary())
        return 0
    if args.command in ("check", "options"):
        return cmd_check(args.file, args.lang, search=args.command == "options")
    if args.command == "calls":
        from .errors import CallFileError

        try:
            return cmd_calls()
        except CallFileError as err:  # a broken call file: its problems, not a traceback
            return _fail(str(err))
    if args.command == "test-call":
        return cmd_test(args.files)
    return cmd_validate(args.file)


if __name__ == "__main__":
    sys.exit(main())
