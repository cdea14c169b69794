"""The shape a channel's JSON body must have before Rasa's handler reads it (standard library only).

Rasa's Slack and Bot Framework handlers index into the body without checking it: a wrong type is a 500
with a traceback, or worse, a message filed under the sender `None` (one shared conversation). Each channel
describes what its handler reads as `Field`s; `shape_error` names the first field that does not fit, in one
line, without quoting the body (it may hold a person's message).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

JSON_TYPE_NAMES = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}


def type_name(value: Any) -> str:
    """The JSON name of a parsed value's type: object, array, string, boolean, null or number."""
    return JSON_TYPE_NAMES.get(type(value), "number")


@dataclass(frozen=True)
class Field:
    """What one JSON value must be. Optional fields may be absent or null; `fields` describe an object's
    members, `items` each element of an array; `non_empty` refuses "" (ids that name a conversation)."""

    kind: type
    required: bool = False
    non_empty: bool = False
    fields: Mapping[str, Field] = field(default_factory=dict)
    items: Field | None = None


def shape_error(value: Any, spec: Field, path: str = "") -> str | None:
    """Why `value` (at `path`, "" for the whole body) does not fit `spec`, in one line, or None."""
    where = f"'{path}'" if path else "the body"
    if not isinstance(value, spec.kind) or (spec.kind is not bool and isinstance(value, bool)):
        return f"{where} must be a JSON {JSON_TYPE_NAMES.get(spec.kind, 'number')}, not {type_name(value)}"
    if spec.non_empty and not value:
        return f"{where} must not be empty"
    for name, member in spec.fields.items():
        child_path = f"{path}.{name}" if path else name
        if value.get(name) is None:
            if member.required:
                return f"'{child_path}' is missing"
            continue
        problem = shape_error(value[name], member, child_path)
        if problem:
            return problem
    for index, item in enumerate(value if spec.items is not None else ()):
        problem = shape_error(item, spec.items, f"{path}[{index}]")  # type: ignore[arg-type]
        if problem:
            return problem
    return None
