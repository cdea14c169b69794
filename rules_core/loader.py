"""Validating and compiling calls.

Calls: rules_core/calls/ plus the directories of MOBILITY_CALLS_PATH (os.pathsep-separated), each call one
file or a folder of small files, with shared sections written once (sources.py). A new call is data only,
no code. Each call is validated by the pydantic models once; the validated form is cached as JSON keyed by the
stamps of its files (and of the shared files it may include) and of the code, so that `mobility check` does
not pay for pydantic at start-up. The engine works on the compiled plain form.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .cache import cached_json
from .checks import early
from .errors import CallFileError, InvalidProfile
from .params import ALWAYS, param_name, series, value_at
from .sources import PACKAGE_DIR, Watch, call_sources, read_call, sources_stamp, stamp

log = logging.getLogger(__name__)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_KEY = re.compile(r"datetime\.date\((\d+), (\d+), (\d+)\)")  # how pydantic names a date key


def _iso_key(m: re.Match[str]) -> str:
    return date(*(int(g) for g in m.groups())).isoformat()


def call_files() -> list[Path]:
    """Every call found: single files and folders (sources.py)."""
    return call_sources()


@cache
def _code_stamp() -> str:
    """The rules core's code as this process loaded it (read once): a cache entry validated by newer code on
    disk is not this process's validation. A server still running older code re-validates a changed call
    with its own code, and refuses it when that code does not know it (round 42: a new topic key in the call
    data reached a running server through the cache and failed every turn, "Sorry, I can't check this")."""
    parts = []
    names = ("models.py", "model_base.py", "kinds.py", "loader.py", "countries.py", "vocab.py", "params.py",
             "sources.py", "checks.py")
    for name in names:
        st = (PACKAGE_DIR / name).stat()
        parts.append(f"{st.st_mtime_ns}:{st.st_size}")
    return "|".join(parts)


def _place(data: Any, loc: tuple[Any, ...]) -> str:
    """'rules[3] (staff_duration).params' from a pydantic error location, naming list items by their id."""
    out = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and "id" in node:
                out += f" ({node['id']})"
        else:
            text = part.isoformat() if isinstance(part, date) else _DATE_KEY.sub(_iso_key, str(part))
            out += f".{text}" if out else text
            node = node.get(part) if isinstance(node, dict) else None
    # A short-form parameter (`value:`) is one line dated ALWAYS: name the parameter, not that line.
    return out.replace(f".values.{ALWAYS}", "") or "(top level)"


def validate(path: Path) -> Any:
    """Validate a call (file or folder) and return the Call model; raise CallFileError listing each problem
    with its file and place."""
    from pydantic import ValidationError

    from .models import Call

    call = read_call(path)
    try:
        return Call.model_validate(call.data)
    except ValidationError as e:
        problems = []
        for err in e.errors():
            msg = err["msg"].removeprefix("Value error, ")
            loc = tuple(err["loc"])
            problems.append(f"{call.file_of(loc)}: {_place(call.data, loc)}: {msg}")
        for extra in early(call.data):
            place = re.split(r"[.\[ (:]", extra, maxsplit=2)
            line = f"{call.file_of(tuple(place[:2]))}: {extra}"
            if line not in problems and not any(extra in p for p in problems):
                problems.append(line)
        raise CallFileError(problems) from None


def validated_raw(path: Path) -> dict[str, Any]:
    """The validated call as plain JSON data, from the cache when its files (with the shared files it may
    include) and the code are unchanged."""
    key = f"{path.resolve()}:{stamp(path)}:{_code_stamp()}"
    name = "call-" + re.sub(r"[^A-Za-z0-9]+", "_", str(path.resolve()))[-80:]
    return cached_json(name, key, lambda: validate(path).model_dump(mode="json"))


_loaded: dict[str, dict[str, Any]] | None = None
_loaded_stamp: str | None = None
_watch = Watch()
_refused_stamp: str | None = None
_generation = 0


def _read_all() -> dict[str, dict[str, Any]]:
    calls: dict[str, dict[str, Any]] = {}
    for path in call_files():
        raw = validated_raw(path)
        calls.setdefault(raw["id"], raw)  # built-in calls win over extra directories with the same id
    return calls


def raw_calls() -> dict[str, dict[str, Any]]:
    global _loaded, _loaded_stamp
    if _loaded is None:
        _loaded_stamp = sources_stamp()
        _loaded = _read_all()
    return _loaded


def generation() -> int:
    """Counts the times the calls were (re)loaded: caches built from the calls key on it."""
    return _generation


def reload_if_changed(every: float | None = None) -> bool:
    """Re-read the calls when a call file was added, changed or removed since they were read (looked at no
    more than once per `every` seconds, MOBILITY_RELOAD_SECONDS by default). A changed set that does not
    validate is refused and logged once with its problems; the calls read before keep answering, so a
    half-saved file never stops the chat."""
    global _refused_stamp, _loaded, _loaded_stamp
    if _loaded is None:
        return False
    current = _watch.look(every)
    if current is None:
        return False
    if current in (_loaded_stamp, _refused_stamp):
        return False
    try:
        fresh = _read_all()
    except CallFileError as e:
        _refused_stamp = current
        log.warning("call files changed but do not validate; still answering from the calls read before: %s",
                    "; ".join(e.problems))
        return False
    reset()
    _loaded, _loaded_stamp = fresh, current
    log.info("call files changed: %d calls loaded (%s)", len(fresh), ", ".join(sorted(fresh)))
    return True


def reset() -> None:
    """Forget loaded calls (tests change MOBILITY_CALLS_PATH; reload_if_changed)."""
    global _loaded, _loaded_stamp, _refused_stamp, _generation
    _loaded = _loaded_stamp = _refused_stamp = None
    _generation += 1
    compiled.cache_clear()
    _models.cache_clear()


def known_ids() -> list[str]:
    return sorted(raw_calls())


def raw_call(call_id: str) -> dict[str, Any]:
    calls = raw_calls()
    if call_id not in calls:
        raise InvalidProfile(f"unknown call {call_id!r}; known calls: {', '.join(sorted(calls))}")
    return calls[call_id]


@lru_cache(maxsize=1)
def _models() -> dict[str, Any]:
    from .models import Call

    return {cid: Call.model_validate(raw) for cid, raw in raw_calls().items()}


def get_call(call_id: str) -> Any:
    """The validated pydantic Call model (API for the actions)."""
    raw_call(call_id)
    return _models()[call_id]


def list_calls() -> list[Any]:
    return [m for _, m in sorted(_models().items())]


def to_date(value: Any) -> Any:
    if isinstance(value, str) and _ISO.match(value):
        return date.fromisoformat(value)
    return value


def resolve_param(raw: dict[str, Any], value: Any, day: date | None = None) -> Any:
    """'$name' refers to the call's parameters: the value in force on `day` (None: the latest; params.py)."""
    name = param_name(value)
    if name is not None:
        value = value_at(series(raw, name), day)
    return to_date(value)


@cache
def compiled(call_id: str) -> Any:
    from .compile import compile_call

    return compile_call(raw_call(call_id))
