"""A tiny JSON cache so that `mobility check` starts fast (country index, city index, validated calls).

Entries are keyed by a string (versions, file stamps); a stale or unreadable entry is rebuilt. The cache is an
optimisation only: every failure to read or write it falls back to building the value in memory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    env = os.environ.get("MOBILITY_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mobility-rules"


def cached_json(name: str, key: str, build: Callable[[], Any]) -> Any:
    """Return the cached value for `name` if its key matches `key`, else build, store and return it."""
    if os.environ.get("MOBILITY_NO_CACHE"):
        return build()
    path = cache_dir() / f"{name}.json"
    try:
        with open(path, encoding="utf-8") as fh:
            stored = json.load(fh)
        if stored.get("key") == key:
            return stored["value"]
    except (OSError, ValueError, AttributeError, KeyError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump({"key": key, "value": value}, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError:
        pass
    return value


def package_stamp(name: str) -> str:
    """A cheap version key for an installed package (its __init__ file's mtime and size): unlike
    importlib.metadata (~20 ms to import and scan) it neither imports the package nor reads dist-info."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.origin:
        return f"{name}:absent"
    st = os.stat(spec.origin)
    return f"{name}:{st.st_mtime_ns}:{st.st_size}"
