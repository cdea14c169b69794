"""Where calls come from: one file, or a folder of small files, plus shared sections written once.

In every calls directory (rules_core/calls/ and each directory of MOBILITY_CALLS_PATH):

- `<id>.yaml`: a call in one file; its rule cases in `<id>.tests.yaml` beside it.
- `<id>/`: a call as a folder. `call.yaml` (required) holds what the other files do not; each other file
  `<section>.yaml` holds one top-level section (`parameters.yaml`, `country_sets.yaml`, `rules.yaml`,
  `topics.yaml`, `grant.yaml`, `contacts.yaml`, ...), its content without the section's key; `tests.yaml`
  holds its rule cases.
- `_shared/<name>.yaml`: entries of a mapping section (country sets, topics, parameters) shared by several
  calls of an institution or the whole programme. A call includes them by name:
  `country_sets: {include: <name>}` (or a list of names) beside its own entries; its own entry of the same key
  wins. Names are looked up in the
  `_shared` folder beside the call, then in each calls directory's `_shared` (built-in ones first).

`stamp(path)` covers every file a call may read (its files and every shared file it could include), so the
validated-call cache is rebuilt when any of them changes.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import CallFileError

PACKAGE_DIR = Path(__file__).parent
BUILTIN_DIR = PACKAGE_DIR / "calls"
SHARED = "_shared"
CASES_SUFFIX = ".tests.yaml"
FOLDER_MAIN = "call.yaml"
FOLDER_CASES = "tests.yaml"
INCLUDABLE = ("parameters", "country_sets", "topics")


def call_dirs() -> list[Path]:
    dirs = [BUILTIN_DIR]
    for part in os.environ.get("MOBILITY_CALLS_PATH", "").split(os.pathsep):
        if part.strip():
            dirs.append(Path(part.strip()))
    return dirs


def _is_call_file(p: Path) -> bool:
    return p.is_file() and p.suffix in (".yaml", ".yml") and not p.name.endswith(CASES_SUFFIX)


def is_call_folder(p: Path) -> bool:
    return p.is_dir() and not p.name.startswith((".", "_")) and (p / FOLDER_MAIN).is_file()


def call_sources() -> list[Path]:
    """Every call found: single files and folders, directory by directory (built-in first)."""
    found: list[Path] = []
    for d in call_dirs():
        if d.is_dir():
            found.extend(sorted(p for p in d.iterdir() if _is_call_file(p) or is_call_folder(p)))
        elif d.is_file():
            found.append(d)
    return found


def sources_stamp() -> str:
    """Every call found with its stamp: changes when a call is added, edited or removed."""
    return "\n".join(f"{p.resolve()}:{stamp(p)}" for p in call_sources())


# How often a running server looks for changed call files (seconds); 0: at every message.
RELOAD_SECONDS = float(os.environ.get("MOBILITY_RELOAD_SECONDS", "2"))


@dataclass
class Watch:
    """Looks at the call files no more than once per `every` seconds (a few stat calls each time): the action
    server's calls (loader.py) and the NLU's institution names (bot/nlu/institutions.py) each keep one."""

    every: float = RELOAD_SECONDS
    checked: float = float("-inf")

    def look(self, every: float | None = None) -> str | None:
        """The call files' stamp when it is time to look again, else None (None too when a file went away
        while being looked at: the next look sees the new state)."""
        now = time.monotonic()
        if now - self.checked < (self.every if every is None else every):
            return None
        self.checked = now
        try:
            return sources_stamp()
        except OSError:
            return None


def cases_path(source: Path) -> Path | None:
    """The rule cases beside a call (`<id>.tests.yaml`, or `tests.yaml` in its folder), if there are any."""
    if source.is_dir():
        p = source / FOLDER_CASES
    else:
        p = source.with_name(source.name.split(".")[0] + CASES_SUFFIX)
    return p if p.is_file() else None


def shared_dirs(source: Path) -> list[Path]:
    """Where the shared names of a call are looked up: beside it, then every calls directory."""
    dirs = [source.resolve().parent / SHARED]
    dirs += [d.resolve() / SHARED for d in call_dirs() if d.is_dir()]
    return list(dict.fromkeys(d for d in dirs if d.is_dir()))


def own_files(source: Path) -> list[Path]:
    if source.is_dir():
        return sorted(p for p in source.iterdir() if _is_call_file(p) and p.name != FOLDER_CASES)
    return [source]


def stamp(source: Path) -> str:
    """mtime and size of every file the call may read (its own and every shared file it may include)."""
    files = own_files(source) + [p for d in shared_dirs(source) for p in sorted(d.glob("*.yaml"))]
    parts = []
    for p in files:
        st = p.stat()
        parts.append(f"{p.resolve()}:{st.st_mtime_ns}:{st.st_size}")
    return "|".join(parts)


def read_yaml(path: Path) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "?"
        raise CallFileError([f"{path}: {where}: YAML syntax error: {e.problem}"]) from None
    except OSError as e:
        raise CallFileError([f"{path}: cannot read: {e.strerror}"]) from None


@dataclass
class CallData:
    """A call's merged data and, for naming places, the file each section (or included entry) came from."""

    source: Path
    data: dict[str, Any]
    origin: dict[str, Path] = field(default_factory=dict)  # "rules" or "country_sets.region_1" -> file

    def file_of(self, loc: tuple[Any, ...]) -> Path:
        if len(loc) >= 2 and f"{loc[0]}.{loc[1]}" in self.origin:
            return self.origin[f"{loc[0]}.{loc[1]}"]
        if loc and str(loc[0]) in self.origin:
            return self.origin[str(loc[0])]
        return self.source / FOLDER_MAIN if self.source.is_dir() else self.source


def _mapping(path: Path, what: str) -> dict[str, Any]:
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise CallFileError([f"{path}: (top level): {what} must be a mapping"])
    return data


def _read_folder(folder: Path) -> CallData:
    main = folder / FOLDER_MAIN
    out = CallData(folder, _mapping(main, "a call file"))
    out.origin = {k: main for k in out.data}
    for p in own_files(folder):
        if p.name == FOLDER_MAIN:
            continue
        section = p.name.split(".")[0]
        if section in out.data:
            raise CallFileError([f"{p}: (top level): section {section!r} is also in {out.origin[section]}"])
        out.data[section] = read_yaml(p)
        out.origin[section] = p
    return out


def _include(call: CallData, section: str) -> list[str]:
    """Merge the shared entries a section names under `include`; return the problems found."""
    own = call.data.get(section)
    if not isinstance(own, dict) or "include" not in own:
        return []
    names = own["include"]
    names = [names] if isinstance(names, str) else names
    where = call.file_of((section,))
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return [f"{where}: {section}.include: expected a shared name or a list of names, got {names!r}"]
    merged: dict[str, Any] = {}
    problems = []
    for name in names:
        candidates = (d / f"{name}.yaml" for d in shared_dirs(call.source))
        path = next((c for c in candidates if c.is_file()), None)
        if path is None:
            looked = ", ".join(str(d) for d in shared_dirs(call.source)) or f"no {SHARED} folder"
            problems.append(f"{where}: {section}.include: no shared file {name!r} (looked in: {looked})")
            continue
        for key, value in _mapping(path, "a shared file").items():
            merged[key] = value
            call.origin[f"{section}.{key}"] = path
    result: dict[str, Any] = {}
    for key, value in own.items():  # the shared entries take the place of `include`
        if key == "include":
            result.update({k: v for k, v in merged.items() if k not in own})
        else:
            result[key] = value
            call.origin.pop(f"{section}.{key}", None)  # the call's own entry wins over a shared one
    call.data[section] = result
    return problems


def read_call(source: Path) -> CallData:
    """The call's data with its folder files and shared includes merged; CallFileError names each problem."""
    call = _read_folder(source) if source.is_dir() else CallData(source, _mapping(source, "a call file"))
    if not source.is_dir():
        call.origin = {}
    problems = [p for section in INCLUDABLE for p in _include(call, section)]
    if problems:
        raise CallFileError(problems)
    return call
